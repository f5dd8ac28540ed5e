"""French words for each kind of device: "la télé", "les volets", "la clim".

DOMAIN_WORDS names the kinds of device by Home Assistant domain; CLASS_WORDS names
the device classes within a domain. Words are single, lower-case words as said: a
name of several words is stored as its distinctive words ("lave-linge" -> "lave",
"linge"; "haut-parleur" -> "parleur", never "haut", which is "en haut", upstairs).
Words for France, Belgium, Switzerland and Québec alike ("télé", "tévé", "store",
"toile"); the colloquial ones too ("clim", "ventilo", "aspi"). Words that only say
what to do or the state ("allume", "ouvert") are not here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .words import w

_WASHERS: Final = "lave linge vaisselle sèche machine électroménager"
_PARTICLES: Final = "particule fine poussière air pollution"
_VOC: Final = "cov composé organique volatil chimique émanation"
_PLUG: Final = "prise multiprise"

DOMAIN_WORDS: Final[Mapping[str, frozenset[str]]] = {
    "light": w(
        "lumière lampe ampoule éclairage luminaire plafonnier lustre applique spot"
        " veilleuse lampadaire led guirlande ruban bandeau néon halogène liseuse"
        " suspension lanterne projo luminosité couleur"
    ),
    "switch": w(f"{_PLUG} relais interrupteur"),
    "fan": w(
        "ventilateur ventilo ventilation extracteur aérateur vmc purificateur fan"
        " brasseur hotte"
    ),
    "cover": w(
        "volet store rideau voilage persienne jalousie banne marquise auvent tente"
        " garage portail porte fenêtre velux lucarne pergola toile occultant trappe"
    ),
    "lock": w("serrure verrou loquet cadenas gâche porte"),
    # Not "poêle": a stove is no radiator ("allume le poêle" where there is none).
    "climate": w(
        "thermostat température chauffage radiateur chaudière convecteur"
        " plancher chauffant clim climatisation climatiseur climatisé refroidissement"
        " pac chaleur thermopompe plinthe calorifère"
    ),
    "alarm_control_panel": w("alarme sécurité cambriolage intrusion antivol"),
    "media_player": w(
        "télé tv tévé télévision téléviseur écran enceinte parleur baffle chaîne hifi"
        " radio sonos musique audio lecteur ampli amplificateur récepteur"
        " vidéoprojecteur projecteur chromecast roku homepod box décodeur chanson"
        " morceau album playlist podcast volume son toune"
    ),
    "vacuum": w("aspirateur aspi robot roomba nettoyeur serpillière laveur balayeuse"),
    "lawn_mower": w("tondeuse tonte pelouse gazon herbe"),
    "valve": w(
        "vanne électrovanne robinet arrosage arroseur asperseur irrigation eau"
        " tuyau goutte gaz arrose arrosez arroser"
    ),
    "todo": w("liste courses tâche todo commission"),
    "scene": w("scène ambiance atmosphère"),
    "script": w("script routine macro séquence scénario"),
    "humidifier": w("humidificateur déshumidificateur diffuseur brumisateur humidité"),
    "water_heater": w("chauffe eau cumulus ballon"),
    "input_boolean": w("mode bascule drapeau"),
    "siren": w("sirène carillon sonnette buzzer alarme"),
    "button": w("bouton poussoir"),
    "number": w("consigne seuil décalage limite curseur"),
    "sensor": w("capteur sonde mesure relevé compteur jauge"),
    "binary_sensor": w("capteur détecteur contact"),
    "camera": w("caméra cam webcam vidéosurveillance visiophone image capture vidéo"),
    # Belgium: "il drache" (it pours down).
    "weather": w("météo prévision temps pluie neige orage parapluie drache bise"),
    "person": w("personne quelqu monde"),
    "device_tracker": w(
        "traceur localisation où téléphone portable voiture balise gps"
    ),
}

CLASS_WORDS: Final[Mapping[str, Mapping[str, frozenset[str]]]] = {
    "cover": {
        # Belgium: "la tente solaire".
        "awning": w("banne marquise auvent pergola parasol tente"),
        "blind": w("store jalousie vénitien lamelle"),
        "curtain": w("rideau voilage tenture"),
        "damper": w("clapet registre"),
        "door": w("porte trappe"),
        "garage": w("garage"),
        "gate": w("portail barrière portillon"),
        "shade": w("toile occultant store enrouleur"),
        "shutter": w("volet roulant persienne"),
        "window": w("fenêtre velux lucarne vasistas baie"),
    },
    "binary_sensor": {
        "battery": w("batterie pile"),
        "battery_charging": w("charge chargeur recharge"),
        "carbon_monoxide": w("monoxyde carbone co"),
        "cold": w("froid gel givre gelé"),
        "connectivity": w("connexion connectivité réseau wifi internet routeur"),
        "door": w("porte"),
        "garage_door": w("garage"),
        "gas": w("gaz propane méthane butane"),
        "glass_break": w("vitre verre bris"),
        "heat": w("chaleur surchauffe"),
        "light": w("lumière jour obscurité"),
        "lock": w("serrure verrou loquet"),
        "moisture": w("fuite inondation eau humide mouillé"),
        "motion": w("mouvement pir"),
        "moving": w("mouvement déplacement"),
        "occupancy": w("occupation occupé occupant"),
        "opening": w("ouverture contact"),
        "plug": w("prise"),
        "power": w("courant électricité coupure"),
        "presence": w("présence occupant"),
        "problem": w("problème défaut erreur panne alerte souci"),
        "running": w(f"fonctionnement {_WASHERS}"),
        "safety": w("sécurité danger"),
        "smoke": w("fumée incendie feu"),
        "sound": w("bruit sonore"),
        "tamper": w("sabotage arrachement"),
        "update": w("mise firmware micrologiciel"),
        "vibration": w("vibration secousse choc"),
        "window": w("fenêtre"),
    },
    "sensor": {
        "date": w("date jour"),
        "enum": w("mode phase étape programme cycle"),
        "timestamp": w("heure horodatage quand"),
        "uptime": w("redémarrage uptime"),
        "absolute_humidity": w("humidité humide"),
        "apparent_power": w("puissance"),
        "aqi": w("aqi qualité air pollution smog"),
        "area": w("surface superficie"),
        "atmospheric_pressure": w("pression baromètre barométrique atmosphérique"),
        "battery": w("batterie charge pile"),
        "blood_glucose_concentration": w("glycémie glucose sucre sang"),
        "carbon_monoxide": w("monoxyde carbone co"),
        "carbon_dioxide": w("co2 dioxyde carbone"),
        "conductivity": w("conductivité engrais nutriment salinité"),
        "current": w("courant ampère ampérage intensité"),
        "data_rate": w("débit bande passante téléchargement upload"),
        "data_size": w("données stockage disque mémoire"),
        "distance": w("distance portée kilométrage"),
        "duration": w("durée restant écoulé"),
        "energy": w("énergie consommation kwh électricité"),
        "energy_distance": w("efficacité consommation"),
        "energy_storage": w("batterie capacité stockage powerwall"),
        "frequency": w("fréquence hertz hz réseau"),
        "gas": w("gaz propane"),
        "humidity": w("humidité humide moite"),
        "illuminance": w("luminosité lux lumière jour"),
        "irradiance": w("irradiance ensoleillement solaire rayonnement"),
        "moisture": w("sol terre mouillé sec"),
        "monetary": w("coût prix argent facture tarif dépense"),
        "nitrogen_dioxide": w("no2 dioxyde azote"),
        "nitrogen_monoxide": w("monoxyde azote"),
        "nitrous_oxide": w("protoxyde azote n2o"),
        "ozone": w("ozone o3"),
        "ph": w("ph acidité alcalinité"),
        "pm1": w(f"pm1 {_PARTICLES}"),
        "pm10": w(f"pm10 {_PARTICLES}"),
        "pm25": w(f"pm25 pm2 {_PARTICLES}"),
        "pm4": w(f"pm4 {_PARTICLES}"),
        "power_factor": w("facteur puissance"),
        "power": w("puissance watt charge consommation"),
        "precipitation": w("pluie précipitation pluviométrie neige drache"),
        "precipitation_intensity": w("pluie précipitation intensité drache"),
        "pressure": w("pression psi pneu"),
        "radon": w("radon"),
        "reactive_energy": w("réactive énergie"),
        "reactive_power": w("réactive puissance"),
        "signal_strength": w("signal force wifi rssi réception"),
        "sound_pressure": w("bruit décibel db sonore"),
        "speed": w("vitesse"),
        "sulphur_dioxide": w("soufre dioxyde so2"),
        "temperature": w("température temp thermomètre chaud froid"),
        "temperature_delta": w("température différence écart delta"),
        "volatile_organic_compounds": w(_VOC),
        "volatile_organic_compounds_parts": w(_VOC),
        "voltage": w("tension volt voltage"),
        "volume": w("volume litre gallon"),
        "volume_storage": w("cuve réservoir citerne"),
        "volume_flow_rate": w("débit"),
        "water": w("eau consommation"),
        "weight": w("poids balance kilo kg"),
        "wind_direction": w("vent direction"),
        # Switzerland: "y a la bise" (the cold north wind).
        "wind_speed": w("vent rafale venteux brise bise"),
    },
    "media_player": {
        "tv": w("tv tévé télé télévision téléviseur écran"),
        "speaker": w("enceinte parleur baffle chaîne hifi radio sonos homepod"),
        "receiver": w("ampli amplificateur récepteur tuner"),
        "projector": w("projecteur vidéoprojecteur cinéma"),
    },
    "switch": {
        "outlet": w(_PLUG),
        "switch": w("relais disjoncteur circuit interrupteur"),
    },
    "humidifier": {
        "humidifier": w("humidificateur diffuseur brumisateur"),
        "dehumidifier": w("déshumidificateur"),
    },
    "valve": {
        "water": w("eau robinet arrosage arroseur asperseur irrigation tuyau goutte"),
        "gas": w("gaz propane butane"),
    },
}


# How a group of devices of a domain is called ("Cuisine lumières", "Tous ...").
KIND_NAMES: Final[Mapping[str, str]] = {
    "light": "lumières",
    "switch": "interrupteurs",
    "fan": "ventilateurs",
    "cover": "volets",
    "valve": "vannes",
    "lock": "serrures",
    "climate": "thermostats",
    "media_player": "enceintes et télés",
    "vacuum": "aspirateurs",
    "lawn_mower": "tondeuses",
    "humidifier": "humidificateurs",
    "water_heater": "chauffe-eau",
    "input_boolean": "bascules",
    "siren": "sirènes",
    "scene": "scènes",
    "script": "scripts",
    "todo": "listes",
    "alarm_control_panel": "alarmes",
    "sensor": "capteurs",
    "binary_sensor": "capteurs",
}
# How a group of devices of one class is called: "stores", "télés".
CLASS_KIND_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "cover": {
        "awning": "stores bannes",
        "blind": "stores",
        "curtain": "rideaux",
        "damper": "clapets",
        "door": "portes",
        "garage": "portes de garage",
        "gate": "portails",
        "shade": "toiles",
        "shutter": "volets",
        "window": "fenêtres",
    },
    "media_player": {
        "tv": "télés",
        "speaker": "enceintes",
        "receiver": "amplis",
        "projector": "projecteurs",
    },
}


def _pairs(*pairs: tuple[str, str]) -> dict[str, frozenset[str]]:
    """Return each word of the pairs with its opposite, both ways, accents or none."""
    opposites: dict[str, set[str]] = {}
    for first, second in pairs:
        for word, other in ((first, second), (second, first)):
            for said in w(word):
                opposites.setdefault(said, set()).update(w(other))
    return {word: frozenset(other) for word, other in opposites.items()}


# Words whose opposite in a device's name rules the device out: "ferme la porte de
# devant" never means the "Porte de derrière". "Est" is "is" as well: only "ouest"
# said rules out the east.
OPPOSITES: Final[Mapping[str, frozenset[str]]] = {
    **_pairs(
        ("avant", "arrière"),
        ("devant", "derrière"),
        ("haut", "bas"),
        ("étage", "rez"),
        ("intérieur", "extérieur"),
        ("dedans", "dehors"),
        ("nord", "sud"),
        ("gauche", "droite"),
    ),
    "ouest": frozenset({"est"}),
}
