"""Dutch words for each kind of device: "de tv", "de rolluiken", "het licht".

Written for Dutch as spoken in the Netherlands and Flanders (nl-BE: "den", "gsm",
"zetel", "living"). Words are single, lower-case words as said, stored in the table's
singular form where the plural differs ("lampen" is read as "lamp").

Dutch writes compound nouns as one word ("plafondlamp", "keukenlamp"). Only the
compounds that name a type of device, as single English words do ("kroonluchter",
"zonnescherm", "garagedeur"), are listed: a compound with a room or a place in it
("keukenlamp", "bureaulamp") would lose the word that tells devices apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WASHERS: Final = "wasmachine wasdroger droger vaatwasser vaatwasmachine afwasmachine"
_PARTICLES: Final = "fijnstof stof deeltjes lucht luchtvervuiling"
_VOC: Final = "voc tvoc vluchtige organische stoffen dampen"
# Diminutives, said in the singular of one thing ("het nachtlampje", "het spotje"):
# each names its kind, and a compound ending in one ("leeslampje") too.
_LIGHTS_SMALL: Final = "lampje lichtje spotje peertje ledje"
_PLUG: Final = "stekker stopcontact contactdoos wandcontactdoos plug"

# "Graden" names no kind: "zet de thermostaat op 21,5 graden" would otherwise be
# split at its decimal comma into a second target (agent/clauses.py).
DOMAIN_WORDS: Final[Mapping[str, frozenset[str]]] = {
    "light": _w(
        "lamp licht verlichting gloeilamp peer ledlamp led ledstrip"
        " lichtstrip spot dimmer kroonluchter luchter plafonnière wandlamp"
        " hanglamp schemerlamp nachtlamp lichtslinger lantaarn helderheid kleur"
        f" {_LIGHTS_SMALL}"
    ),
    "switch": _w(f"{_PLUG} relais schakelaar stekkertje"),
    "fan": _w(
        "ventilator fan ventilatie afzuiging afzuigkap afzuiger luchtreiniger wtw"
        " blazer"
    ),
    "cover": _w(
        "zonwering rolluik screen jaloezie lamel gordijn rolgordijn vitrage markies"
        " zonnescherm luifel garagedeur garage poort hek deur raam dakraam velux luik"
        " klep pergola overkapping raampje luikje gordijntje"
    ),
    # Not "grendel": "vergrendel" and "ontgrendel", the verbs, would be read as
    # compounds of it, nouns that name a lock ("Welke vergrendel bedoel je?").
    "lock": _w("slot deurslot vergrendeling nachtslot hangslot deur"),
    "climate": _w(
        "thermostaat klimaat temperatuur verwarming kachel radiator cv ketel"
        " airco airconditioning airconditioner warmtepomp vloerverwarming koeling"
        " hvac chauffage"
    ),
    "alarm_control_panel": _w(
        "alarm alarmsysteem alarminstallatie beveiliging inbraakalarm"
    ),
    "media_player": _w(
        "tv televisie teevee beeldscherm scherm speaker luidspreker box stereo"
        " soundbar radio sonos muziek audio speler mediaspeler receiver versterker"
        " beamer projector chromecast homepod nummer lied album afspeellijst"
        " playlist podcast volume"
    ),
    "vacuum": _w(
        "stofzuiger robotstofzuiger stofzuigrobot robot dweilrobot roomba"
        " stofzuigen dweil"
    ),
    "lawn_mower": _w("grasmaaier maaier robotmaaier maairobot automower gazon gras"),
    "valve": _w(
        "klep kraan ventiel afsluiter hoofdkraan sproeier beregening"
        " irrigatie besproeiing water tuinslang slang druppelslang gas sproei sproeien"
        " kraantje"
    ),
    "todo": _w(
        "lijst boodschappenlijst boodschappen takenlijst taak todo klus klusje taakje"
    ),
    "scene": _w("scène scene sfeer stemming"),
    "script": _w("script routine macro"),
    "humidifier": _w(
        "luchtbevochtiger bevochtiger ontvochtiger luchtontvochtiger vochtigheid"
        " luchtvochtigheid diffuser"
    ),
    "water_heater": _w("boiler geiser warmwater warmwaterboiler quooker"),
    "input_boolean": _w("modus vlag helper"),
    "siren": _w("sirene bel gong zoemer alarm"),
    "button": _w("knop drukknop knopje"),
    "number": _w("instelwaarde drempel drempelwaarde offset limiet schuif slider"),
    "sensor": _w("sensor meting meter meetwaarde voeler"),
    "binary_sensor": _w("sensor melder detector contact"),
    "camera": _w("camera cam webcam deurbel opname beelden snapshot"),
    "weather": _w("weer weerbericht weersverwachting voorspelling regen sneeuw storm"),
    "person": _w("persoon mens iemand wie iedereen"),
    "device_tracker": _w("tracker locatie waar telefoon mobiel gsm auto sleutel gps"),
}

CLASS_WORDS: Final[Mapping[str, Mapping[str, frozenset[str]]]] = {
    "cover": {
        # "Zonwering" is any sun shade: the awning as well as the screens.
        "awning": _w(
            "markies zonnescherm luifel knikarmscherm pergola overkapping zonwering"
        ),
        "blind": _w("jaloezie lamel rolgordijn vouwgordijn"),
        "curtain": _w("gordijn vitrage overgordijn gordijntje"),
        "damper": _w("klep ventilatieklep rooster"),
        "door": _w("deur luik"),
        "garage": _w("garage garagedeur kanteldeur"),
        "gate": _w("poort hek slagboom"),
        "shade": _w("zonwering screen rolgordijn"),
        "shutter": _w("rolluik luik luikje"),
        "window": _w("raam dakraam velux venster raampje"),
    },
    "binary_sensor": {
        "battery": _w("batterij accu"),
        "battery_charging": _w("opladen lader laden"),
        "carbon_monoxide": _w("koolmonoxide co"),
        "cold": _w("kou koude vorst bevriezing"),
        "connectivity": _w("verbinding netwerk wifi internet router"),
        "door": _w("deur"),
        "garage_door": _w("garage garagedeur"),
        "gas": _w("gas aardgas propaan methaan"),
        "glass_break": _w("glas glasbreuk"),
        "heat": _w("hitte oververhitting"),
        "light": _w("licht daglicht donker"),
        "lock": _w("slot"),
        "moisture": _w("lek lekkage water vocht nat overstroming"),
        "motion": _w("beweging bewegingsmelder pir"),
        "moving": _w("beweging"),
        "occupancy": _w("bezetting bezet aanwezig"),
        "opening": _w("opening contact"),
        "plug": _w("stekker stopcontact"),
        "power": _w("stroom elektriciteit stroomuitval"),
        "presence": _w("aanwezigheid aanwezig"),
        "problem": _w("probleem storing fout waarschuwing"),
        "running": _w(f"actief {_WASHERS}"),
        "safety": _w("veiligheid gevaar"),
        "smoke": _w("rook brand rookmelder"),
        "sound": _w("geluid lawaai"),
        "tamper": _w("sabotage"),
        "update": _w("update firmware"),
        "vibration": _w("trilling schok"),
        "window": _w("raam venster"),
    },
    "sensor": {
        "date": _w("datum dag"),
        "enum": _w("modus fase programma cyclus"),
        "timestamp": _w("tijd tijdstip wanneer"),
        "uptime": _w("uptime herstart"),
        "absolute_humidity": _w("vochtigheid luchtvochtigheid"),
        "apparent_power": _w("vermogen va"),
        "aqi": _w("aqi luchtkwaliteit luchtvervuiling smog"),
        "area": _w("oppervlakte"),
        "atmospheric_pressure": _w("luchtdruk barometer"),
        "battery": _w("batterij accu"),
        "blood_glucose_concentration": _w("glucose bloedsuiker suiker"),
        "carbon_monoxide": _w("koolmonoxide co"),
        "carbon_dioxide": _w("co2 kooldioxide koolstofdioxide"),
        "conductivity": _w("geleidbaarheid voeding"),
        "current": _w("stroomsterkte ampère ampere"),
        "data_rate": _w("bandbreedte snelheid download upload"),
        "data_size": _w("data opslag schijf geheugen"),
        "distance": _w("afstand bereik kilometerstand"),
        # "Hoe lang moet de was nog?": the time left.
        "duration": _w("duur looptijd resterend resterende hoelang"),
        "energy": _w(
            "energie verbruik kwh stroomverbruik elektriciteit stroom verbruikt"
        ),
        "energy_distance": _w("efficiëntie verbruik"),
        "energy_storage": _w("batterij thuisbatterij capaciteit opslag"),
        "frequency": _w("frequentie hertz hz"),
        "gas": _w("gas gasverbruik"),
        "humidity": _w("vochtigheid luchtvochtigheid vochtig klam"),
        "illuminance": _w("lichtsterkte lux helderheid licht daglicht"),
        "irradiance": _w("instraling zonnestraling zon"),
        "moisture": _w("vocht bodemvocht grond nat droog"),
        "monetary": _w("kosten prijs geld rekening tarief"),
        "nitrogen_dioxide": _w("no2 stikstofdioxide"),
        "nitrogen_monoxide": _w("stikstofmonoxide"),
        "nitrous_oxide": _w("lachgas n2o distikstofoxide"),
        "ozone": _w("ozon o3"),
        "ph": _w("ph zuurgraad"),
        "pm1": _w(f"pm1 {_PARTICLES}"),
        "pm10": _w(f"pm10 {_PARTICLES}"),
        "pm25": _w(f"pm25 pm2 {_PARTICLES}"),
        "pm4": _w(f"pm4 {_PARTICLES}"),
        "power_factor": _w("arbeidsfactor vermogen"),
        "power": _w("vermogen watt wattage verbruik belasting"),
        "precipitation": _w("neerslag regen regenval sneeuwval"),
        "precipitation_intensity": _w("neerslag regen intensiteit"),
        "pressure": _w("druk bandenspanning"),
        "radon": _w("radon"),
        "reactive_energy": _w("blindenergie"),
        "reactive_power": _w("blindvermogen"),
        "signal_strength": _w("signaal signaalsterkte wifi rssi ontvangst"),
        "sound_pressure": _w("geluid lawaai decibel db"),
        "speed": _w("snelheid"),
        "sulphur_dioxide": _w("zwaveldioxide so2"),
        "temperature": _w("temperatuur thermometer warm koud"),
        "temperature_delta": _w("temperatuurverschil verschil"),
        "volatile_organic_compounds": _w(_VOC),
        "volatile_organic_compounds_parts": _w(_VOC),
        "voltage": _w("spanning voltage volt"),
        "volume": _w("volume liter"),
        "volume_storage": _w("tank reservoir regenton"),
        "volume_flow_rate": _w("debiet doorstroming"),
        "water": _w("water waterverbruik"),
        "weight": _w("gewicht weegschaal kilo kg"),
        "wind_direction": _w("windrichting"),
        "wind_speed": _w("wind windsnelheid windkracht"),
    },
    "media_player": {
        "tv": _w("tv televisie teevee beeldscherm scherm"),
        "speaker": _w("speaker luidspreker box stereo soundbar sonos radio"),
        "receiver": _w("receiver versterker"),
        "projector": _w("projector beamer"),
    },
    "switch": {
        "outlet": _w(_PLUG),
        "switch": _w("relais schakelaar groep"),
    },
    "humidifier": {
        "humidifier": _w("luchtbevochtiger bevochtiger diffuser"),
        "dehumidifier": _w("ontvochtiger luchtontvochtiger"),
    },
    "valve": {
        "water": _w(
            "water kraan hoofdkraan sproeier beregening irrigatie"
            " besproeiing tuinslang slang kraantje"
        ),
        "gas": _w("gas gaskraan"),
    },
}


# How a group of devices of a domain is called ("Alle lampen"), and, singular,
# what "Welke ... bedoel je?" asks about a sensitive device.
KIND_NAMES: Final[Mapping[str, str]] = {
    "light": "lampen",
    "switch": "schakelaars",
    "fan": "ventilatoren",
    "cover": "rolluiken",
    "valve": "kranen",
    "lock": "sloten",
    "climate": "thermostaten",
    "media_player": "mediaspelers",
    "vacuum": "stofzuigers",
    "lawn_mower": "maaiers",
    "humidifier": "luchtbevochtigers",
    "water_heater": "boilers",
    "input_boolean": "schakelaars",
    "siren": "sirenes",
    "scene": "scènes",
    "script": "scripts",
    "todo": "lijsten",
    "alarm_control_panel": "alarmen",
    "sensor": "sensoren",
    "binary_sensor": "sensoren",
}
CLASS_KIND_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "cover": {
        "awning": "zonneschermen",
        "blind": "jaloezieën",
        "curtain": "gordijnen",
        "damper": "kleppen",
        "door": "deuren",
        "garage": "garagedeuren",
        "gate": "poorten",
        "shade": "screens",
        "shutter": "rolluiken",
        "window": "ramen",
    },
    "media_player": {
        "tv": "tv's",
        "speaker": "speakers",
        "receiver": "versterkers",
        "projector": "beamers",
    },
}


# Words whose opposite in a device's name rules the device out: "doe de voordeur op
# slot" never means the "Achterdeur". Dutch joins the place to the thing, so the
# compounds are listed as well as the words said apart.
_PAIRS: Final = (
    ("voorkant", "achterkant"),
    ("voordeur", "achterdeur"),
    ("voortuin", "achtertuin"),
    ("boven", "beneden"),
    ("bovenverdieping", "benedenverdieping"),
    ("binnen", "buiten"),
    ("binnenlamp", "buitenlamp"),
    ("noord", "zuid"),
    ("oost", "west"),
)
OPPOSITES: Final[Mapping[str, frozenset[str]]] = {
    **{one: frozenset({other}) for one, other in _PAIRS},
    **{other: frozenset({one}) for one, other in _PAIRS},
}
