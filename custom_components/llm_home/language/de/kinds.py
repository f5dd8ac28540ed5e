"""German words for each kind of device: "das Licht", "die Rollläden", "die Glotze".

DOMAIN_WORDS names the kinds of device by Home Assistant domain; CLASS_WORDS names
the device classes within a domain. Words are single lower-case words in the
singular, as said in Germany, Austria and Switzerland ("Rollladen", "Rollbalken",
"Store"); their plurals are in NOUNS (__init__.py reads them into `Plurals`).

German writes a compound as one word. Only compounds that are the usual word for a
kind are here ("Steckdose", "Staubsauger", "Einkaufsliste"); a compound that says
where or which ("Küchenlicht", "Deckenlampe") is left to the home's names, since a
kind word tells no device apart: "die Deckenlampe" must still narrow the lights.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final


def words(text: str) -> frozenset[str]:
    """Return the words of a text as the reading compares them: case-folded ("ß": "ss")."""
    return frozenset(text.casefold().split())


_w = words


_WASHERS: Final = (
    "waschmaschine spülmaschine geschirrspüler trockner wäschetrockner gerät"
)
_PARTICLES: Final = "feinstaub staub partikel luft luftqualität"
_VOC: Final = "voc tvoc schadstoff lösungsmittel ausdünstung"
_PLUG: Final = "steckdose dose stecker zwischenstecker funksteckdose steckdosenleiste"
_TV: Final = (
    "fernseher fernseh fernsehen fernsehgerät fernsehapparat tv glotze flimmerkiste"
)
_SPEAKER: Final = (
    "lautsprecher box musikbox stereoanlage soundbar sonos radio hifi homepod"
)

DOMAIN_WORDS: Final[Mapping[str, frozenset[str]]] = {
    "light": _w(
        "licht lampe leuchte beleuchtung birne glühbirne glühlampe leuchtmittel led"
        " dimmer laterne kronleuchter leuchter lüster luster strahler spot"
        " lichterkette lichtleiste lichtstreifen leuchtstreifen lightstrip nachtlicht"
        " funzel helligkeit farbe"
    ),
    "switch": _w(f"{_PLUG} schalter relais"),
    "fan": _w(
        "ventilator venti lüfter lüftung gebläse abzug dunstabzug dunstabzugshaube"
        " abzugshaube luftreiniger"
    ),
    "cover": _w(
        "abdeckung rollladen rolladen rollade rollo rouleau jalousie jalousette"
        " raffstore store markise vorhang gardine verdunkelung rolltor garagentor"
        " garage tor hoftor einfahrtstor gartentor tür türe haustür wohnungstür"
        " fenster dachfenster velux klappe lamelle sonnenschutz sonnensegel pergola"
        " beschattung fensterladen rollbalken schranke"
    ),
    "lock": _w(
        "schloss türschloss riegel verriegelung nuki tür türe haustür wohnungstür"
    ),
    # Not "Grad": "21,5 Grad" would be a device of its own after the comma; the
    # climate_temp action's "grad" still means a thermostat.
    "climate": _w(
        "klima klimaanlage klimagerät thermostat heizung heizkörper radiator"
        " temperatur fußbodenheizung bodenheizung wärmepumpe heizlüfter kühlung"
        " klimatisierung raumtemperatur"
    ),
    "alarm_control_panel": _w(
        "alarm alarmanlage alarmsystem sicherheitssystem einbruchmeldeanlage"
    ),
    "media_player": _w(
        f"{_TV} {_SPEAKER} bildschirm musik audio player receiver verstärker beamer"
        " projektor chromecast lied song titel album playlist wiedergabeliste"
        " podcast hörbuch lautstärke"
    ),
    "vacuum": _w(
        "staubsauger sauger saugroboter roboter roomba wischroboter putzroboter staubi"
    ),
    "lawn_mower": _w("rasenmäher mäher mähroboter rasenroboter automower rasen gras"),
    "valve": _w(
        "ventil hahn wasserhahn absperrhahn haupthahn bewässerung sprinkler"
        " rasensprenger regner wasser schlauch gas gashahn gieße gieß gießen bewässere"
        " bewässern"
    ),
    "todo": _w(
        "liste einkaufsliste einkaufszettel einkauf aufgabe aufgabenliste todo"
        " todoliste merkliste zettel"
    ),
    "scene": _w("szene stimmung atmosphäre ambiente lichtszene"),
    "script": _w("skript script routine ablauf makro"),
    "humidifier": _w(
        "luftbefeuchter befeuchter luftentfeuchter entfeuchter diffuser"
        " luftfeuchtigkeit feuchtigkeit"
    ),
    "water_heater": _w(
        "boiler warmwasser warmwasserspeicher warmwasserbereiter durchlauferhitzer"
        " therme"
    ),
    "input_boolean": _w("modus helfer umschalter"),
    "siren": _w("sirene gong klingel summer glocke alarm"),
    "button": _w("knopf taster taste button"),
    "number": _w("sollwert schwellwert grenzwert offset limit regler schieberegler"),
    "sensor": _w("sensor fühler messwert messung zähler messgerät anzeige"),
    "binary_sensor": _w("sensor melder kontakt detektor fühler"),
    "camera": _w(
        "kamera cam webcam überwachungskamera videoklingel türklingel aufnahme"
    ),
    "weather": _w("wetter wettervorhersage vorhersage regen schnee sturm gewitter"),
    "person": _w("person leute wer jemand irgendwer irgendjemand niemand"),
    "device_tracker": _w(
        "tracker standort ort handy telefon smartphone wagen schlüssel gps airtag"
    ),
}

CLASS_WORDS: Final[Mapping[str, Mapping[str, frozenset[str]]]] = {
    "cover": {
        # Swiss: "die Storen" are the slatted blinds; the awning is the "Sonnenstore".
        "awning": _w("markise sonnensegel pergola sonnenstore"),
        "blind": _w(
            "jalousie jalousette raffstore rollo rouleau lamelle store lamellenstore"
        ),
        "curtain": _w("vorhang gardine verdunkelung"),
        "damper": _w("klappe lüftungsklappe luftklappe"),
        "door": _w("tür türe haustür wohnungstür"),
        "garage": _w("garage garagentor rolltor"),
        "gate": _w("tor hoftor einfahrtstor gartentor schranke"),
        "shade": _w("beschattung sonnenschutz rollo"),
        "shutter": _w("rollladen rolladen rollade fensterladen rollbalken"),
        "window": _w("fenster dachfenster velux"),
    },
    "binary_sensor": {
        "battery": _w("batterie akku"),
        "battery_charging": _w("laden ladung ladegerät"),
        "carbon_monoxide": _w("kohlenmonoxid co"),
        "cold": _w("frost kälte"),
        "connectivity": _w("verbindung netzwerk wlan internet router"),
        "door": _w("tür türe haustür"),
        "garage_door": _w("garage garagentor"),
        "gas": _w("gas propan methan"),
        "glass_break": _w("glasbruch glas"),
        "heat": _w("hitze überhitzung"),
        "light": _w("licht tageslicht"),
        "lock": _w("schloss riegel"),
        "moisture": _w("leck wasser wasserschaden feuchtigkeit nässe überschwemmung"),
        "motion": _w("bewegung bewegungsmelder pir"),
        "moving": _w("bewegung"),
        "occupancy": _w("belegung anwesenheit"),
        "opening": _w("öffnung kontakt"),
        "plug": _w("stecker steckdose"),
        "power": _w("strom stromausfall"),
        "presence": _w("anwesenheit präsenz"),
        "problem": _w("problem fehler störung warnung"),
        "running": _w(f"betrieb {_WASHERS}"),
        "safety": _w("sicherheit gefahr"),
        "smoke": _w("rauch rauchmelder feuer brand"),
        "sound": _w("geräusch lärm"),
        "tamper": _w("sabotage manipulation"),
        "update": _w("update aktualisierung firmware"),
        "vibration": _w("vibration erschütterung"),
        "window": _w("fenster"),
    },
    "sensor": {
        "date": _w("datum tag"),
        "enum": _w("modus phase programm zyklus"),
        "timestamp": _w("zeit uhrzeit zeitpunkt wann"),
        "uptime": _w("laufzeit neustart"),
        "absolute_humidity": _w("luftfeuchtigkeit feuchtigkeit"),
        "apparent_power": _w("scheinleistung"),
        "aqi": _w("aqi luftqualität smog"),
        "area": _w("fläche"),
        "atmospheric_pressure": _w("luftdruck barometer"),
        "battery": _w("batterie akku ladestand"),
        "blood_glucose_concentration": _w("blutzucker zucker glukose"),
        "carbon_monoxide": _w("kohlenmonoxid co"),
        "carbon_dioxide": _w("co2 kohlendioxid"),
        "conductivity": _w("leitfähigkeit dünger nährstoff"),
        "current": _w("stromstärke ampere"),
        "data_rate": _w("bandbreite datenrate download upload"),
        "data_size": _w("daten speicher festplatte"),
        "distance": _w("entfernung abstand distanz kilometerstand"),
        "duration": _w("dauer restzeit restlaufzeit"),
        "energy": _w("energie verbrauch kwh stromverbrauch strom verbraucht"),
        "energy_distance": _w("effizienz verbrauch"),
        "energy_storage": _w("batterie speicher kapazität"),
        "frequency": _w("frequenz hertz hz netzfrequenz"),
        "gas": _w("gas gasverbrauch"),
        "humidity": _w(
            "luftfeuchtigkeit feuchtigkeit luftfeuchte feuchte feucht schwül"
        ),
        "illuminance": _w("helligkeit beleuchtungsstärke lux licht tageslicht"),
        "irradiance": _w("sonneneinstrahlung einstrahlung solar"),
        "moisture": _w("bodenfeuchte bodenfeuchtigkeit erde"),
        "monetary": _w("kosten preis geld rechnung tarif strompreis"),
        "nitrogen_dioxide": _w("no2 stickstoffdioxid"),
        "nitrogen_monoxide": _w("stickstoffmonoxid"),
        "nitrous_oxide": _w("lachgas distickstoffmonoxid n2o"),
        "ozone": _w("ozon o3"),
        "ph": _w("ph säure"),
        "pm1": _w(f"pm1 {_PARTICLES}"),
        "pm10": _w(f"pm10 {_PARTICLES}"),
        "pm25": _w(f"pm25 pm2 {_PARTICLES}"),
        "pm4": _w(f"pm4 {_PARTICLES}"),
        "power_factor": _w("leistungsfaktor"),
        "power": _w("leistung watt last stromverbrauch verbrauch"),
        "precipitation": _w("niederschlag regen regenmenge schneefall"),
        "precipitation_intensity": _w("niederschlag regen regenstärke"),
        "pressure": _w("druck reifendruck"),
        "radon": _w("radon"),
        "reactive_energy": _w("blindenergie"),
        "reactive_power": _w("blindleistung"),
        "signal_strength": _w("signal signalstärke empfang wlan"),
        "sound_pressure": _w("lärm lautstärke dezibel"),
        "speed": _w("geschwindigkeit tempo"),
        "sulphur_dioxide": _w("schwefeldioxid so2"),
        "temperature": _w("temperatur thermometer warm kalt heiß"),
        "temperature_delta": _w("temperaturdifferenz differenz"),
        "volatile_organic_compounds": _w(_VOC),
        "volatile_organic_compounds_parts": _w(_VOC),
        "voltage": _w("spannung volt"),
        "volume": _w("volumen liter"),
        "volume_storage": _w("tank zisterne füllstand"),
        "volume_flow_rate": _w("durchfluss durchflussmenge"),
        "water": _w("wasserverbrauch wasser"),
        "weight": _w("gewicht waage kilo kg"),
        "wind_direction": _w("windrichtung"),
        "wind_speed": _w("wind windgeschwindigkeit böe böen"),
    },
    "media_player": {
        "tv": _w(_TV),
        "speaker": _w(_SPEAKER),
        "receiver": _w("receiver verstärker avr tuner"),
        "projector": _w("beamer projektor leinwand heimkino"),
    },
    "switch": {
        "outlet": _w(_PLUG),
        "switch": _w("schalter relais sicherung stromkreis"),
    },
    "humidifier": {
        "humidifier": _w("luftbefeuchter befeuchter diffuser"),
        "dehumidifier": _w("luftentfeuchter entfeuchter"),
    },
    "valve": {
        "water": _w(
            "wasser wasserhahn hahn haupthahn absperrhahn bewässerung sprinkler"
            " rasensprenger regner schlauch"
        ),
        "gas": _w("gas gashahn propan"),
    },
}


# How a group of devices of a domain is called after an area's name ("Küche
# Lichter") or "Alle" ("Alle Schlösser"). Two domains never share a group name.
KIND_NAMES: Final[Mapping[str, str]] = {
    "light": "Lichter",
    "switch": "Schalter",
    "fan": "Ventilatoren",
    "cover": "Abdeckungen",
    "valve": "Ventile",
    "lock": "Schlösser",
    "climate": "Thermostate",
    "media_player": "Lautsprecher und Fernseher",
    "vacuum": "Staubsauger",
    "lawn_mower": "Mäher",
    "humidifier": "Luftbefeuchter",
    "water_heater": "Warmwasserbereiter",
    "input_boolean": "Umschalter",
    "siren": "Sirenen",
    "scene": "Szenen",
    "script": "Skripte",
    "todo": "Listen",
    "alarm_control_panel": "Alarmanlagen",
    "sensor": "Sensoren",
    "binary_sensor": "Sensoren",
}
# How a group of devices of one class is called: "Alle Rollläden", "Küche Fernseher".
CLASS_KIND_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "cover": {
        "awning": "Markisen",
        "blind": "Jalousien",
        "curtain": "Vorhänge",
        "damper": "Klappen",
        "door": "Türen",
        "garage": "Garagentore",
        "gate": "Tore",
        "shade": "Beschattungen",
        "shutter": "Rollläden",
        "window": "Fenster",
    },
    "media_player": {
        "tv": "Fernseher",
        "speaker": "Lautsprecher",
        "receiver": "Receiver",
        "projector": "Beamer",
    },
}

# The plural of each kind word that has one ("lampe": "lampen"); a word not here is
# the same in the plural ("Fenster", "Lautsprecher"). Each is a rule on the word's
# end, so compounds follow: "Stehlampen" is "Stehlampe", "Garagentore" "Garagentor".
_NOUNS: Final[Mapping[str, str]] = {
    **{
        word: f"{word}n"
        for word in _w(
            "lampe leuchte birne glühbirne glühlampe laterne lichterkette lichtleiste"
            " dose steckdose funksteckdose steckdosenleiste klappe lamelle markise"
            " gardine abzugshaube dunstabzugshaube rollade liste einkaufsliste"
            " aufgabe aufgabenliste merkliste todoliste szene routine sirene glocke"
            " klingel türklingel videoklingel taste anzeige schranke garage"
        )
    },
    **{
        word: f"{word}en"
        for word in _w(
            "tür haustür wohnungstür heizung lüftung beleuchtung verdunkelung"
            " beschattung bewässerung abdeckung messung klimatisierung verriegelung"
            " ventilator sensor detektor projektor motor"
        )
    },
    **{
        word: f"{word}e"
        for word in _w(
            "thermostat ventil tor garagentor hoftor einfahrtstor gartentor rolltor"
            " alarm gerät skript script regler schieberegler schlauch"
        )
    },
    **{
        word: f"{word}s"
        for word in _w(
            "rollo rouleau spot radio handy tv led beamer player receiver"
            " dimmer chromecast homepod airtag tracker song album podcast"
            " velux roomba automower"
        )
    },
    "kamera": "kameras",
    "licht": "lichter",
    "lichtstreifen": "lichtstreifen",
    "schloss": "schlösser",
    "türschloss": "türschlösser",
    "rollladen": "rollläden",
    "rolladen": "rolläden",
    "fensterladen": "fensterläden",
    "vorhang": "vorhänge",
    "hahn": "hähne",
    "wasserhahn": "wasserhähne",
    "gashahn": "gashähne",
    "raffstore": "raffstoren",
    "store": "storen",
    "sonnenstore": "sonnenstoren",
    "lamellenstore": "lamellenstoren",
    "jalousie": "jalousien",
    "jalousette": "jalousetten",
    "box": "boxen",
    "musikbox": "musikboxen",
    "batterie": "batterien",
    "lied": "lieder",
    "titel": "titel",
    "fernsehgerät": "fernsehgeräte",
    "klimagerät": "klimageräte",
    "person": "personen",
    "sprinkler": "sprinkler",
}
NOUNS: Final[Mapping[str, str]] = {
    singular.casefold(): plural.casefold() for singular, plural in _NOUNS.items()
}


# Words whose opposite in a device's name rules the device out: "schließ die
# vordere Tür ab" never means the "Hintere Tür". Each is a word's reading (its
# adjective endings taken off: "vordere", "vorderen" are "vorder").
_OPPOSITES: Final[Mapping[str, frozenset[str]]] = {
    "vorne": _w("hinten hinter"),
    "vorn": _w("hinten hinter"),
    "vorder": _w("hinten hinter"),
    "hinten": _w("vorne vorn vorder"),
    "hinter": _w("vorne vorn vorder"),
    "oben": _w("unten unter"),
    "ober": _w("unten unter"),
    "unten": _w("oben ober"),
    "unter": _w("oben ober"),
    "innen": _w("außen aussen"),
    "drinnen": _w("draußen draussen"),
    "außen": _w("innen"),
    "aussen": _w("innen"),
    "draußen": _w("drinnen"),
    "draussen": _w("drinnen"),
    "links": _w("rechts"),
    "rechts": _w("links"),
    "nord": _w("süd"),
    "süd": _w("nord"),
    "ost": _w("west"),
    "west": _w("ost"),
}
OPPOSITES: Final[Mapping[str, frozenset[str]]] = {
    word.casefold(): opposite for word, opposite in _OPPOSITES.items()
}
