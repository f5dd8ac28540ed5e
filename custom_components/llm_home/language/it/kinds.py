"""Italian words for each kind of device: "la tivù", "le tapparelle", "il clima".

DOMAIN_WORDS names the kinds of device by Home Assistant domain; CLASS_WORDS names
the device classes within a domain. Words are single, lower-case words as said, in
the singular and in the plural where the plural is irregular or common ("luce",
"luci"); a name of several words is stored as its distinctive word ("aria
condizionata" -> "condizionata", "pompa di calore" -> "pompa"). "Camera" is a room
(the bedroom), never a camera: cameras are "telecamera", "videocamera". "Porta" is
only the door, never the verb "portare".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .verbs import verbs


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WASHERS: Final = "lavatrice lavastoviglie asciugatrice elettrodomestico"
_PARTICLES: Final = "polvere polveri particolato particelle sottili aria smog"
_VOC: Final = "voc tvoc composti organici volatili esalazioni"
_PLUG: Final = "presa prese spina ciabatta multipresa"
_ROLLER: Final = "tapparella tapparelle avvolgibile avvolgibili serranda serrande"

DOMAIN_WORDS: Final[Mapping[str, frozenset[str]]] = {
    "light": _w(
        "luce luci lampada lampade lampadina lampadine lampadario lampadari faretto"
        " faretti led plafoniera plafoniere applique abatjour lume lumetto piantana"
        " lampione lampioni illuminazione striscia strisce dimmer spot luminosità"
        " colore"
    ),
    "switch": _w(f"{_PLUG} interruttore interruttori relè relay"),
    "fan": _w(
        "ventilatore ventilatori ventola ventole pala pale aspiratore cappa"
        " purificatore ventilazione"
    ),
    "cover": _w(
        f"{_ROLLER} persiana persiane tenda tende tendina tendine veneziana veneziane"
        " frangisole tendone pergola tettoia cancello cancelli porta porte portone"
        " basculante garage finestra finestre lucernario velux oscurante oscuranti"
        " bocchetta"
    ),
    "lock": _w(
        "serratura serrature lucchetto chiavistello catenaccio porta porte portone"
    ),
    "climate": _w(
        "termostato termostati clima climatizzatore climatizzatori condizionatore"
        " condizionatori condizionata temperatura riscaldamento calorifero caloriferi"
        " termosifone termosifoni radiatore radiatori caldaia stufa pompa"
        " raffrescamento raffreddamento"
    ),
    "alarm_control_panel": _w("allarme allarmi antifurto sicurezza"),
    "media_player": _w(
        "tv tivù tivu tivvù tele televisione televisore televisori schermo cassa casse"
        " altoparlante altoparlanti speaker stereo soundbar hifi radio sonos musica"
        " audio lettore ricevitore amplificatore ampli proiettore chromecast"
        " canzone brano album playlist podcast volume"
    ),
    "vacuum": _w(
        "aspirapolvere robot robottino roomba folletto lavapavimenti aspirazione"
    ),
    "lawn_mower": _w("tosaerba tagliaerba rasaerba robottino prato erba"),
    "valve": _w(
        "valvola valvole rubinetto rubinetti irrigazione irrigatore irrigatori"
        " sprinkler acqua innaffiatura gas tubo"
    )
    | verbs("innaffiare irrigare", pronouns=False),  # "innaffia il giardino"
    "todo": _w("lista liste elenco elenchi spesa promemoria compiti faccende"),
    "scene": _w("scena scene atmosfera atmosfere ambientazione"),
    "script": _w("script routine sequenza macro"),
    "humidifier": _w("umidificatore deumidificatore diffusore umidità"),
    "water_heater": _w("scaldabagno scaldacqua boiler caldaia acqua"),
    "input_boolean": _w("modalità flag"),
    "siren": _w("sirena sirene campanello cicalino allarme"),
    "button": _w("pulsante pulsanti bottone bottoni tasto tasti"),
    "number": _w("soglia limite offset setpoint cursore"),
    "sensor": _w("sensore sensori lettura misura contatore misuratore sonda"),
    "binary_sensor": _w("sensore sensori rilevatore contatto"),
    "camera": _w("telecamera telecamere videocamera webcam videocitofono"),
    "weather": _w("meteo previsioni pioggia neve temporale ombrello"),
    "person": _w("persona persone chi qualcuno nessuno"),
    "device_tracker": _w(
        "localizzatore dove posizione telefono cellulare macchina chiavi tag gps"
    ),
}

CLASS_WORDS: Final[Mapping[str, Mapping[str, frozenset[str]]]] = {
    "cover": {
        "awning": _w("frangisole tendone pergola tettoia"),
        "blind": _w(f"{_ROLLER} veneziana veneziane"),
        "curtain": _w("tenda tende tendina tendine"),
        "damper": _w("bocchetta serranda"),
        "door": _w("porta porte portone botola"),
        "garage": _w("garage basculante box"),
        "gate": _w("cancello cancelli cancelletto sbarra"),
        "shade": _w("oscurante oscuranti tapparella tapparelle tendina tendine"),
        "shutter": _w(f"{_ROLLER} persiana persiane"),
        "window": _w("finestra finestre lucernario velux"),
    },
    "binary_sensor": {
        "battery": _w("batteria"),
        "battery_charging": _w("ricarica carica caricatore"),
        "carbon_monoxide": _w("monossido co"),
        "cold": _w("gelo gelata freddo"),
        "connectivity": _w("connessione rete wifi internet router"),
        "door": _w("porta porte portone"),
        "garage_door": _w("garage basculante"),
        "gas": _w("gas metano propano gpl"),
        "glass_break": _w("vetro vetri rottura"),
        "heat": _w("surriscaldamento calore"),
        "light": _w("luce buio"),
        "lock": _w("serratura chiavistello"),
        "moisture": _w("perdita allagamento acqua bagnato umidità"),
        "motion": _w("movimento pir"),
        "moving": _w("movimento"),
        "occupancy": _w("occupazione occupato presenza"),
        "opening": _w("apertura contatto"),
        "plug": _w("presa spina"),
        "power": _w("corrente elettricità blackout"),
        "presence": _w("presenza"),
        "problem": _w("problema problemi guasto errore avviso"),
        "running": _w(f"funzionamento {_WASHERS}"),
        "safety": _w("sicurezza pericolo"),
        "smoke": _w("fumo incendio fuoco"),
        "sound": _w("suono rumore"),
        "tamper": _w("manomissione sabotaggio"),
        "update": _w("aggiornamento firmware"),
        "vibration": _w("vibrazione vibrazioni"),
        "window": _w("finestra finestre"),
    },
    "sensor": {
        "date": _w("data giorno"),
        "enum": _w("fase programma ciclo"),
        "timestamp": _w("orario quando"),
        "absolute_humidity": _w("umidità umido"),
        "aqi": _w("aqi qualità inquinamento smog"),
        "atmospheric_pressure": _w("pressione barometro barometrica"),
        "battery": _w("batteria carica"),
        "carbon_monoxide": _w("monossido co"),
        "carbon_dioxide": _w("co2 anidride"),
        "current": _w("corrente ampere amperaggio"),
        "distance": _w("distanza chilometraggio"),
        "duration": _w("durata residuo rimanente"),
        "energy": _w("energia consumo consumi kwh elettricità consumato consumata"),
        "gas": _w("gas metano"),
        "humidity": _w("umidità umido afa"),
        "illuminance": _w("illuminamento lux luminosità luce"),
        "irradiance": _w("irraggiamento solare radiazione"),
        "moisture": _w("terreno terriccio"),
        "monetary": _w("costo prezzo bolletta tariffa spesa"),
        "pm1": _w(f"pm1 {_PARTICLES}"),
        "pm10": _w(f"pm10 {_PARTICLES}"),
        "pm25": _w(f"pm25 pm2 {_PARTICLES}"),
        "power": _w(
            "potenza watt assorbimento consumo consuma consumando consumiamo assorbendo"
        ),
        "precipitation": _w("pioggia precipitazioni"),
        "pressure": _w("pressione"),
        "signal_strength": _w("segnale ricezione rssi"),
        "sound_pressure": _w("rumore decibel db"),
        "speed": _w("velocità"),
        "temperature": _w("temperatura termometro caldo freddo"),
        "volatile_organic_compounds": _w(_VOC),
        "volatile_organic_compounds_parts": _w(_VOC),
        "voltage": _w("tensione voltaggio volt"),
        "volume": _w("litri"),
        "volume_storage": _w("serbatoio cisterna"),
        "water": _w("acqua"),
        "weight": _w("peso bilancia chili kg"),
        "wind_direction": _w("direzione vento"),
        "wind_speed": _w("vento raffica raffiche"),
    },
    "media_player": {
        "tv": _w("tv tivù tivu tivvù tele televisione televisore televisori schermo"),
        "speaker": _w(
            "cassa casse altoparlante altoparlanti speaker stereo soundbar sonos"
            " radio hifi"
        ),
        "receiver": _w("ricevitore amplificatore ampli sintoamplificatore"),
        "projector": _w("proiettore"),
    },
    "switch": {
        "outlet": _w(_PLUG),
        "switch": _w("interruttore interruttori relè relay"),
    },
    "humidifier": {
        "humidifier": _w("umidificatore diffusore"),
        "dehumidifier": _w("deumidificatore"),
    },
    "valve": {
        "water": _w("acqua rubinetto rubinetti irrigazione irrigatore sprinkler"),
        "gas": _w("gas metano gpl"),
    },
}


# How a group of devices of a domain is called after an area's name ("Cucina luci")
# or "Tutti" ("Tutte serrature"): the plural, without an article.
KIND_NAMES: Final[Mapping[str, str]] = {
    "light": "luci",
    "switch": "interruttori",
    "fan": "ventilatori",
    "cover": "tapparelle",
    "valve": "valvole",
    "lock": "serrature",
    "climate": "termostati",
    "media_player": "casse e TV",
    "vacuum": "aspirapolvere",
    "lawn_mower": "tosaerba",
    "humidifier": "umidificatori",
    "water_heater": "scaldabagni",
    "input_boolean": "interruttori virtuali",
    "siren": "sirene",
    "scene": "scene",
    "script": "script",
    "todo": "liste",
    "alarm_control_panel": "allarmi",
    "sensor": "sensori",
    "binary_sensor": "sensori",
}
CLASS_KIND_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "cover": {
        "awning": "tende da sole",
        "blind": "tapparelle",
        "curtain": "tende",
        "damper": "bocchette",
        "door": "porte",
        "garage": "porte del garage",
        "gate": "cancelli",
        "shade": "oscuranti",
        "shutter": "persiane",
        "window": "finestre",
    },
    "media_player": {
        "tv": "TV",
        "speaker": "casse",
        "receiver": "amplificatori",
        "projector": "proiettori",
    },
}


def _genders(word: str) -> set[str]:
    """Return an adjective in each gender and number: "interno" ... "interne"."""
    endings = "oaie" if word.endswith("o") else "ei"
    return {word[:-1] + end for end in endings}


def _opposed(first: str, second: str) -> dict[str, frozenset[str]]:
    """Return both ways of a pair said in any gender: "interno" / "esterna"."""
    ones, others = _genders(first), _genders(second)
    return {
        **{word: frozenset(others) for word in ones},
        **{word: frozenset(ones) for word in others},
    }


# Words whose opposite in a device's name rules the device out: "chiudi la porta
# davanti" never means the "Porta dietro". Adjectives in every gender and number.
OPPOSITES: Final[Mapping[str, frozenset[str]]] = {
    **_opposed("anteriore", "posteriore"),
    **_opposed("interno", "esterno"),
    **_opposed("superiore", "inferiore"),
    "davanti": frozenset({"dietro", "retro"}),
    "dietro": frozenset({"davanti"}),
    "retro": frozenset({"davanti"}),
    "sopra": frozenset({"sotto"}),
    "sotto": frozenset({"sopra"}),
    "dentro": frozenset({"fuori"}),
    "fuori": frozenset({"dentro"}),
    "nord": frozenset({"sud"}),
    "sud": frozenset({"nord"}),
    "est": frozenset({"ovest"}),
    "ovest": frozenset({"est"}),
}
