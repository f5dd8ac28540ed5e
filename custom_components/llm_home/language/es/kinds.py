"""Spanish words for each kind of device: "la tele", "las persianas", "el clima".

As in English's table: by Home Assistant domain, then by device class; a name of
several words is stored as its distinctive word ("aire acondicionado" ->
"acondicionado", "aire"; "suelo radiante" -> "radiante"). Spain's, Mexico's and
Argentina's words are all here: "bombilla", "foco", "bombita", "velador"; "altavoz",
"bocina", "parlante"; "enchufe", "contacto", "tomacorriente"; "el clima" (Mexico's
air conditioner, and the weather); "calefón", "termotanque", Chile's "calefont";
"lavarropas".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .forms import words as _w

_WASHERS: Final = (
    "lavadora lavarropas lavavajillas lavaplatos secadora electrodoméstico"
)
_PARTICLES: Final = "partícula partículas polvo aire contaminación"
_VOC: Final = "cov compuesto orgánico químico vapor"
_PLUG: Final = "enchufe toma tomacorriente contacto regleta"

DOMAIN_WORDS: Final[Mapping[str, frozenset[str]]] = {
    "light": _w(
        "luz luces lámpara bombilla bombillo bombita foco foquito lamparita plafón"
        " aplique flexo led tira iluminación araña candil farol farola dicroica"
        " halógeno downlight brillo color velador"
    ),
    "switch": _w(f"{_PLUG} relé interruptor"),
    "fan": _w("ventilador abanico ventilación extractor purificador soplador"),
    "cover": _w(
        "persiana estor cortina visillo toldo puerta portón cancela verja garaje"
        " cochera ventana claraboya tragaluz contraventana compuerta rejilla"
        " pérgola marquesina"
    ),
    "lock": _w("cerradura cerrojo pestillo candado chapa puerta"),
    "climate": _w(
        "clima climatización climatizador termostato temperatura calefacción"
        " calefactor calentador radiador caldera estufa calor aire acondicionado ac"
        " split bomba radiante refrigeración enfriamiento"
    ),
    "alarm_control_panel": _w("alarma seguridad antirrobo intrusos"),
    "media_player": _w(
        "tele tv televisión televisor pantalla altavoz bocina parlante equipo"
        " estéreo barra radio sonos música audio reproductor receptor amplificador"
        " ampli proyector chromecast roku homepod canción álbum reproducción"
        " podcast volumen"
    ),
    "vacuum": _w("aspiradora aspirador robot roomba conga roborock mopa friegasuelos"),
    "lawn_mower": _w(
        "cortacésped cortacéspedes cortadora segadora podadora césped pasto automower"
    ),
    "valve": _w(
        "válvula grifo llave aspersor riego agua manguera goteo gas"
        # "Riega las plantas": the watering.
        " riega riegue riegues riegas regar regá riégalas riégalo"
    ),
    "todo": _w("lista compra tarea pendiente recado mandado quehacer súper"),
    "scene": _w("escena ambiente atmósfera"),
    "script": _w("script guion guión rutina macro secuencia"),
    "humidifier": _w("humidificador deshumidificador difusor humedad"),
    "water_heater": _w(
        "termo termotanque calentador caldera boiler calefón calefont acumulador agua"
        " caliente"
    ),
    "input_boolean": _w("modo ayudante"),
    "siren": _w("sirena timbre campana alarma zumbador carillón"),
    "button": _w("botón pulsador"),
    "number": _w("consigna umbral ajuste límite deslizador desfase"),
    "sensor": _w("sensor lectura medida medición medidor contador sonda"),
    "binary_sensor": _w("sensor detector contacto"),
    "camera": _w("cámara cam cctv webcam videoportero mirilla grabación"),
    "weather": _w("tiempo clima pronóstico previsión lluvia nieve tormenta paraguas"),
    "person": _w("persona gente quién alguien nadie"),
    "device_tracker": _w(
        "rastreador localizador dónde ubicación móvil celular teléfono coche carro"
        " llavero etiqueta gps"
    ),
}

CLASS_WORDS: Final[Mapping[str, Mapping[str, frozenset[str]]]] = {
    "cover": {
        "awning": _w("toldo marquesina pérgola parasol"),
        "blind": _w("persiana estor veneciana enrollable"),
        "curtain": _w("cortina visillo"),
        "damper": _w("compuerta rejilla trampilla conducto"),
        "door": _w("puerta trampilla"),
        "garage": _w("garaje cochera"),
        "gate": _w("portón cancela verja barrera portal reja"),
        "shade": _w("estor parasol"),
        "shutter": _w("persiana contraventana postigo"),
        "window": _w("ventana claraboya tragaluz velux ventanal"),
    },
    "binary_sensor": {
        "battery": _w("batería pila"),
        "battery_charging": _w("cargando cargador carga"),
        "carbon_monoxide": _w("monóxido carbono co"),
        "cold": _w("frío helada congelación"),
        "connectivity": _w("conexión conectividad red wifi internet router"),
        "door": _w("puerta"),
        "garage_door": _w("garaje cochera"),
        "gas": _w("gas propano metano butano glp"),
        "glass_break": _w("cristal vidrio rotura"),
        "heat": _w("calor sobrecalentamiento"),
        "light": _w("luz claridad oscuridad"),
        "lock": _w("cerradura cerrojo pestillo"),
        "moisture": _w("fuga inundación agua humedad mojado goteo"),
        "motion": _w("movimiento pir"),
        "moving": _w("movimiento moviendo"),
        "occupancy": _w("ocupación ocupado ocupante"),
        "opening": _w("apertura contacto"),
        "plug": _w("enchufe toma"),
        "power": _w("corriente electricidad apagón suministro"),
        "presence": _w("presencia ocupante"),
        "problem": _w("problema fallo falla error avería aviso incidencia"),
        "running": _w(f"funcionando funcionamiento {_WASHERS}"),
        "safety": _w("seguridad peligro riesgo"),
        "smoke": _w("humo fuego incendio"),
        "sound": _w("sonido ruido"),
        "tamper": _w("manipulación sabotaje"),
        "update": _w("actualización firmware"),
        "vibration": _w("vibración golpe sacudida"),
        "window": _w("ventana"),
    },
    "sensor": {
        "date": _w("fecha día"),
        "enum": _w("modo fase etapa programa ciclo"),
        "timestamp": _w("hora cuándo momento"),
        "uptime": _w("reinicio arranque"),
        "absolute_humidity": _w("humedad húmedo"),
        "apparent_power": _w("potencia"),
        "aqi": _w("aqi calidad aire contaminación smog"),
        "area": _w("superficie área"),
        "atmospheric_pressure": _w("presión barómetro barométrica"),
        "battery": _w("batería pila carga"),
        "blood_glucose_concentration": _w("glucosa azúcar sangre"),
        "carbon_monoxide": _w("monóxido carbono co"),
        "carbon_dioxide": _w("co2 dióxido carbono"),
        "conductivity": _w("conductividad fertilizante abono nutriente salinidad"),
        "current": _w("corriente amperio amperaje intensidad"),
        "data_rate": _w("ancho banda velocidad descarga subida"),
        "data_size": _w("datos almacenamiento disco memoria"),
        "distance": _w("distancia lejos kilometraje cuentakilómetros"),
        "duration": _w("duración restante transcurrido"),
        "energy": _w("energía consumo kwh electricidad"),
        "energy_distance": _w("eficiencia consumo"),
        "energy_storage": _w("batería capacidad almacenamiento powerwall"),
        "frequency": _w("frecuencia hercio hz red"),
        "gas": _w("gas propano butano"),
        "humidity": _w("humedad húmedo bochorno"),
        "illuminance": _w("iluminancia lux luminosidad luz claridad"),
        "irradiance": _w("irradiancia solar radiación"),
        "moisture": _w("humedad tierra suelo mojado seco"),
        "monetary": _w("coste costo precio dinero factura tarifa gasto"),
        "nitrogen_dioxide": _w("no2 dióxido nitrógeno"),
        "nitrogen_monoxide": _w("monóxido nitrógeno"),
        "nitrous_oxide": _w("óxido nitroso n2o"),
        "ozone": _w("ozono o3"),
        "ph": _w("ph acidez alcalinidad"),
        "pm1": _w(f"pm1 {_PARTICLES}"),
        "pm10": _w(f"pm10 {_PARTICLES}"),
        "pm25": _w(f"pm25 pm2 {_PARTICLES}"),
        "pm4": _w(f"pm4 {_PARTICLES}"),
        "power_factor": _w("factor potencia"),
        "power": _w("potencia vatio vatios watt carga consumo"),
        "precipitation": _w("lluvia precipitación nevada"),
        "precipitation_intensity": _w("lluvia precipitación intensidad"),
        "pressure": _w("presión psi neumático rueda"),
        "radon": _w("radón"),
        "reactive_energy": _w("reactiva energía"),
        "reactive_power": _w("reactiva potencia"),
        "signal_strength": _w("señal intensidad wifi rssi cobertura"),
        "sound_pressure": _w("ruido sonido decibelio db"),
        "speed": _w("velocidad rapidez"),
        "sulphur_dioxide": _w("azufre dióxido so2"),
        "temperature": _w("temperatura termómetro calor frío"),
        "temperature_delta": _w("temperatura diferencia delta"),
        "volatile_organic_compounds": _w(_VOC),
        "volatile_organic_compounds_parts": _w(_VOC),
        "voltage": _w("voltaje tensión voltio"),
        "volume": _w("volumen litro galón"),
        "volume_storage": _w("depósito tanque aljibe cisterna"),
        "volume_flow_rate": _w("caudal flujo"),
        "water": _w("agua consumo"),
        "weight": _w("peso báscula kilo kg"),
        "wind_direction": _w("viento dirección"),
        "wind_speed": _w("viento ráfaga brisa"),
    },
    "media_player": {
        "tv": _w("tele tv televisión televisor pantalla"),
        "speaker": _w(
            "altavoz bocina parlante equipo estéreo barra sonos radio homepod"
        ),
        "receiver": _w("receptor amplificador ampli avr sintonizador"),
        "projector": _w("proyector cine"),
    },
    "switch": {
        "outlet": _w(_PLUG),
        "switch": _w("relé interruptor circuito diferencial"),
    },
    "humidifier": {
        "humidifier": _w("humidificador difusor nebulizador"),
        "dehumidifier": _w("deshumidificador"),
    },
    "valve": {
        "water": _w("agua grifo llave aspersor riego manguera"),
        "gas": _w("gas propano butano"),
    },
}


# How a group of devices of a domain is called after an area's name or "All".
KIND_NAMES: Final[Mapping[str, str]] = {
    "light": "luces",
    "switch": "interruptores",
    "fan": "ventiladores",
    "cover": "persianas",
    "valve": "válvulas",
    "lock": "cerraduras",
    "climate": "termostatos",
    "media_player": "altavoces y teles",
    "vacuum": "aspiradoras",
    "lawn_mower": "cortacéspedes",
    "humidifier": "humidificadores",
    "water_heater": "calentadores de agua",
    "input_boolean": "ayudantes",
    "siren": "sirenas",
    "scene": "escenas",
    "script": "scripts",
    "todo": "listas",
    "alarm_control_panel": "alarmas",
    "sensor": "sensores",
    "binary_sensor": "sensores",
}
# How a group of devices of one class is called.
CLASS_KIND_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "cover": {
        "awning": "toldos",
        "blind": "persianas",
        "curtain": "cortinas",
        "damper": "compuertas",
        "door": "puertas",
        "garage": "puertas de garaje",
        "gate": "portones",
        "shade": "estores",
        "shutter": "contraventanas",
        "window": "ventanas",
    },
    "media_player": {
        "tv": "teles",
        "speaker": "altavoces",
        "receiver": "receptores",
        "projector": "proyectores",
    },
}


def _opposed(pairs: str) -> dict[str, frozenset[str]]:
    """Return each word's opposites from "word:opposite,opposite" pairs, both accents."""
    found: dict[str, frozenset[str]] = {}
    for pair in pairs.split():
        word, opposite = pair.split(":")
        for form in _w(word):
            found[form] = _w(opposite.replace(",", " "))
    return found


# Words whose opposite in a device's name rules the device out: "cierra la puerta
# delantera" never means the "Puerta trasera". "Atrás" rules nothing out when said
# ("vuelve atrás"), but a "Puerta de atrás" is still not the front one.
OPPOSITES: Final[Mapping[str, frozenset[str]]] = _opposed(
    "delantera:trasera,atrás,detrás delantero:trasero,atrás,detrás"
    " trasera:delantera,principal trasero:delantero,principal"
    " arriba:abajo abajo:arriba superior:inferior inferior:superior"
    " interior:exterior exterior:interior dentro:fuera fuera:dentro"
    " izquierda:derecha derecha:izquierda izquierdo:derecho derecho:izquierdo"
    " norte:sur sur:norte oeste:este"
)

# Words of a name that mean one word, in names as in what is said (`same_words`).
# "Afuera" is the "exterior" of "Temperatura exterior". The air a device works on is
# no air conditioner: "prende el aire" never means the "Purificador de aire" or the
# "Freidora de aire" (a plug), which are called by their own noun.
SAME_WORDS: Final[Mapping[str, str]] = {
    "afuera": "exterior",
    "fuera": "exterior",
    **{
        f"{device}{plural} {of} aire": f"{device}{plural}"
        for device, plurals in (
            ("purificador", ("", "es")),
            ("purificadora", ("", "s")),
            ("limpiador", ("", "es")),
            ("freidora", ("", "s")),
        )
        for plural in plurals
        for of in ("de", "del")
    },
}
