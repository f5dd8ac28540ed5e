"""English words for each kind of device: "the telly", "the blinds".

DOMAIN_WORDS names the kinds of device by Home Assistant domain; CLASS_WORDS names
the device classes within a domain (a cover that is a garage door, a sensor that
measures pm2.5). Words are single, lower-case words as said; a name that is several
words is stored as its distinctive word ("washing machine" -> "washer", "washing";
"pm2.5" -> "pm2", "pm25"). Words that say only what to do or the state ("turn",
"switch", "on", "open") are not here: they name no kind of device.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WASHERS: Final = "washer washing dishwasher dryer tumble appliance"
_PARTICLES: Final = "particle particulate dust air pollution"
_VOC: Final = "voc tvoc organic compound chemical fume"
_PLUG: Final = "plug socket outlet powerpoint"

DOMAIN_WORDS: Final[Mapping[str, frozenset[str]]] = {
    "light": _w(
        "light lamp bulb lightbulb lighting led dimmer lantern chandelier spotlight"
        " downlight floodlight sconce nightlight lightstrip brightness colour color"
    ),
    "switch": _w(f"{_PLUG} relay"),
    "fan": _w("fan ventilator ventilation extractor blower purifier vent"),
    "cover": _w(
        "cover blind shade shutter curtain drape awning garage gate door window"
        " damper roller louvre louver skylight canopy pergola sunshade"
    ),
    "lock": _w("lock deadbolt latch bolt padlock door"),
    "climate": _w(
        "climate thermostat temperature degree heating heater heat radiator baseboard boiler"
        " furnace aircon airco ac conditioner conditioning hvac cooling cooler"
        " heatpump underfloor"
        # British "turn the rad off": the radiator.
        " rad"
        # American "put the air on 72": the air conditioning.
        " air"
    ),
    "alarm_control_panel": _w("alarm security burglar intruder"),
    "media_player": _w(
        "tv telly television screen speaker stereo soundbar hifi radio sonos music"
        # "Turn the wireless down": the radio, as older Britons say.
        " wireless audio player receiver amplifier amp projector chromecast roku homepod"
        " song album playlist podcast volume playing"
    ),
    "vacuum": _w(
        "vacuum vacuuming hoover hoovering vac robot roomba cleaner mop suction"
    ),
    "lawn_mower": _w("mower mowing lawnmower automower robomower lawn grass"),
    "valve": _w(
        "valve tap faucet stopcock sprinkler irrigation water watering hose drip gas"
    ),
    "todo": _w("todo list shopping grocery chore task"),
    "scene": _w("scene mood ambience ambiance"),
    "script": _w("script routine macro sequence"),
    "humidifier": _w("humidifier dehumidifier diffuser humidity"),
    "water_heater": _w("boiler geyser immersion cylinder heater water"),
    "input_boolean": _w("mode flag helper"),
    "siren": _w("siren chime buzzer bell alarm"),
    "button": _w("button pushbutton"),
    "number": _w("setpoint threshold offset limit slider"),
    "sensor": _w("sensor reading measurement meter gauge probe"),
    "binary_sensor": _w("sensor detector contact"),
    "camera": _w("camera cam cctv webcam doorbell snapshot footage"),
    "weather": _w("weather forecast rain snow storm umbrella"),
    "person": _w(
        "person people who anyone anybody someone somebody everyone everybody"
    ),
    "device_tracker": _w("tracker where location phone car key tag gps"),
}

CLASS_WORDS: Final[Mapping[str, Mapping[str, frozenset[str]]]] = {
    "cover": {
        "awning": _w("awning canopy pergola sunshade sunblind"),
        # Blinds and shades are one thing to most speakers: "close all the blinds"
        # closes the bedroom's shades too.
        "blind": _w("blind roller louvre louver venetian shade"),
        "curtain": _w("curtain drape drapery"),
        "damper": _w("damper vent flap duct"),
        "door": _w("door hatch trapdoor"),
        "garage": _w("garage"),
        "gate": _w("gate barrier"),
        "shade": _w("shade sunshade blind"),
        "shutter": _w("shutter rollershutter roller"),
        "window": _w("window skylight velux"),
    },
    "binary_sensor": {
        "battery": _w("battery"),
        "battery_charging": _w("charging charger charge"),
        "carbon_monoxide": _w("carbon monoxide co"),
        "cold": _w("cold frost freeze freezing"),
        "connectivity": _w("connection connectivity network wifi internet router"),
        "door": _w("door"),
        "garage_door": _w("garage"),
        "gas": _w("gas propane methane lpg"),
        "glass_break": _w("glass shatter breakage"),
        "heat": _w("heat overheat overheating"),
        "light": _w("light daylight dark"),
        "lock": _w("lock latch bolt"),
        "moisture": _w("leak flood water moisture wet damp"),
        "motion": _w("motion movement pir"),
        "moving": _w("moving movement"),
        "occupancy": _w("occupancy occupied occupant"),
        "opening": _w("opening contact"),
        "plug": _w("plug socket"),
        "power": _w("power electricity outage blackout"),
        "presence": _w("presence occupant"),
        "problem": _w("problem fault error issue warning trouble"),
        "running": _w(f"running {_WASHERS}"),
        "safety": _w("safety hazard danger"),
        "smoke": _w("smoke fire"),
        "sound": _w("sound noise"),
        "tamper": _w("tamper tampering sabotage"),
        "update": _w("update firmware upgrade"),
        "vibration": _w("vibration shake shaking knock"),
        "window": _w("window"),
    },
    "sensor": {
        "date": _w("date day"),
        "enum": _w("mode phase stage program programme cycle"),
        "timestamp": _w("time timestamp when"),
        "uptime": _w("uptime reboot restart"),
        "absolute_humidity": _w("humidity humid"),
        "apparent_power": _w("power va"),
        "aqi": _w("aqi air quality pollution smog"),
        "area": _w("surface acreage coverage"),
        "atmospheric_pressure": _w("pressure barometer barometric"),
        "battery": _w("battery charge"),
        "blood_glucose_concentration": _w("glucose sugar blood"),
        "carbon_monoxide": _w("carbon monoxide co"),
        "carbon_dioxide": _w("co2 carbon dioxide"),
        "conductivity": _w("conductivity fertiliser fertilizer nutrient salinity"),
        "current": _w("current ampere amperage"),
        "data_rate": _w("bandwidth throughput download upload"),
        "data_size": _w("data storage disk memory"),
        "distance": _w("distance range far mileage odometer"),
        "duration": _w("duration runtime remaining elapsed"),
        "energy": _w("energy consumption kwh usage electricity"),
        "energy_distance": _w("efficiency economy consumption"),
        "energy_storage": _w("battery capacity storage powerwall"),
        "frequency": _w("frequency hertz hz grid"),
        "gas": _w("gas propane"),
        "humidity": _w("humidity humid damp muggy"),
        "illuminance": _w("illuminance lux brightness light daylight"),
        "irradiance": _w("irradiance solar sunlight radiation"),
        "moisture": _w("moisture soil wet dry"),
        "monetary": _w("cost price money bill tariff spend"),
        "nitrogen_dioxide": _w("no2 nitrogen dioxide"),
        "nitrogen_monoxide": _w("nitrogen monoxide"),
        "nitrous_oxide": _w("nitrous oxide n2o"),
        "ozone": _w("ozone o3"),
        "ph": _w("ph acidity alkalinity"),
        "pm1": _w(f"pm1 {_PARTICLES}"),
        "pm10": _w(f"pm10 {_PARTICLES}"),
        "pm25": _w(f"pm25 pm2 {_PARTICLES}"),
        "pm4": _w(f"pm4 {_PARTICLES}"),
        "power_factor": _w("factor power"),
        "power": _w("power watt wattage load draw consumption usage"),
        "precipitation": _w("rain rainfall precipitation snowfall"),
        "precipitation_intensity": _w("rain rainfall precipitation intensity"),
        "pressure": _w("pressure psi tyre tire"),
        "radon": _w("radon"),
        "reactive_energy": _w("reactive energy"),
        "reactive_power": _w("reactive power"),
        "signal_strength": _w("signal strength wifi rssi reception"),
        "sound_pressure": _w("noise sound decibel db loud"),
        "speed": _w("speed velocity mph"),
        "sulphur_dioxide": _w("sulphur sulfur dioxide so2"),
        "temperature": _w("temperature temp thermometer degree hot cold warm"),
        "temperature_delta": _w("temperature difference delta"),
        "volatile_organic_compounds": _w(_VOC),
        "volatile_organic_compounds_parts": _w(_VOC),
        "voltage": _w("voltage volt"),
        "volume": _w("volume litre liter gallon"),
        "volume_storage": _w("tank reservoir cistern"),
        "volume_flow_rate": _w("flow flowrate"),
        "water": _w("water usage"),
        "weight": _w("weight scale kilo kg"),
        "wind_direction": _w("wind direction"),
        "wind_speed": _w("wind gust windy breeze"),
    },
    "media_player": {
        "tv": _w("tv tvs telly television screen"),
        "speaker": _w("speaker stereo soundbar sonos radio hifi homepod wireless"),
        "receiver": _w("receiver amp amplifier avr tuner"),
        "projector": _w("projector beamer cinema"),
    },
    "switch": {
        "outlet": _w(_PLUG),
        "switch": _w("relay breaker circuit"),
    },
    "humidifier": {
        "humidifier": _w("humidifier diffuser mister"),
        "dehumidifier": _w("dehumidifier damp"),
    },
    "valve": {
        "water": _w("water tap faucet stopcock sprinkler irrigation watering hose"),
        "gas": _w("gas propane lpg"),
    },
}


# How a group of devices of a domain is called after an area's name ("Kitchen lights")
# or "All" ("All locks").
KIND_NAMES: Final[Mapping[str, str]] = {
    "light": "lights",
    "switch": "switches",
    "fan": "fans",
    "cover": "covers",
    "valve": "valves",
    "lock": "locks",
    "climate": "thermostats",
    "media_player": "speakers and TVs",
    "vacuum": "vacuums",
    "lawn_mower": "mowers",
    "humidifier": "humidifiers",
    "water_heater": "water heaters",
    "input_boolean": "toggles",
    "siren": "sirens",
    "scene": "scenes",
    "script": "scripts",
    "todo": "lists",
    "alarm_control_panel": "alarms",
    "sensor": "sensors",
    "binary_sensor": "sensors",
}
# How a group of devices of one class is called: "All blinds", "Kitchen TVs".
CLASS_KIND_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "cover": {
        "awning": "awnings",
        "blind": "blinds",
        "curtain": "curtains",
        "damper": "dampers",
        "door": "doors",
        "garage": "garage doors",
        "gate": "gates",
        # Blinds and shades are one kind to most speakers: "All blinds" are both.
        "shade": "blinds",
        "shutter": "shutters",
        "window": "windows",
    },
    "media_player": {
        "tv": "TVs",
        "speaker": "speakers",
        "receiver": "receivers",
        "projector": "projectors",
    },
}


# Words whose opposite in a device's name rules the device out: "lock the front door"
# never means the "Rear door lock". "Back" rules nothing out when said ("turn the
# light back on"), but a "Back Door" is still not the front one.
OPPOSITES: Final[Mapping[str, frozenset[str]]] = {
    "front": frozenset({"rear", "back"}),
    "rear": frozenset({"front"}),
    "upstairs": frozenset({"downstairs"}),
    "downstairs": frozenset({"upstairs"}),
    # "Outside" is read as "outdoor" (the table's same_words).
    "inside": frozenset({"outdoor"}),
    "indoor": frozenset({"outdoor"}),
    "outdoor": frozenset({"indoor", "inside"}),
    "north": frozenset({"south"}),
    "south": frozenset({"north"}),
    "east": frozenset({"west"}),
    "west": frozenset({"east"}),
}
