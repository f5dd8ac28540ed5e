"""Spanish replies: refusals, failures, questions back and answers from state.

{placeholders} are filled by agent/replies.py. A device's name is said without an
article and the sentences need no agreement with it, whatever its gender or number
("He encendido {targets}.", "{name}: apagado."), as Home Assistant's own Spanish
shows a state: "Encendido", "Apagado". Perfect tense, understood everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_OPTIONS: Final = "Se puede permitir en las opciones de LLM Home."

# A tool's refusals and failures, keyed by the error it returns (home/).
ERRORS: Final[Mapping[str, str]] = {
    "unknown_target": "Lo siento, no conozco ningún dispositivo llamado {name}.",
    "ambiguous_target": "Lo siento, hay más de un dispositivo llamado {name}. Dime cuál, por favor.",
    "not_allowed": "Lo siento, no tienes permiso para hacer eso.",
    "allow_disarm_disabled": f"Lo siento, desarmar la alarma por voz está desactivado. {_OPTIONS}",
    "allow_unlock_disabled": f"Lo siento, abrir cerraduras por voz está desactivado. {_OPTIONS}",
    "allow_open_disabled": f"Lo siento, abrir puertas de garaje, portones y válvulas de gas por voz está desactivado. {_OPTIONS}",
    "code_required": "Lo siento, necesito el código de la alarma para desarmarla. Dime el código junto con la orden.",
    "pin_required": "Lo siento, para eso necesito tu PIN de voz. Dime el PIN junto con la orden.",
    "pin_not_set": "Lo siento, no hay ningún PIN de voz configurado. Se puede configurar en las opciones de LLM Home.",
    "wrong_pin": "Lo siento, ese PIN no es correcto.",
    "pin_locked": "Lo siento, se han dicho demasiados PIN incorrectos. Abrir cerraduras, desarmar y abrir quedan bloqueados durante {minutes} minutos.",
    "own_assistant_only": "Lo siento, por seguridad {name} solo se puede cambiar desde el propio asistente de LLM Home.",
    "touches_unexposed": "Lo siento, {name} cambia dispositivos que no están expuestos al asistente.",
    "touches_not_allowed": "Lo siento, {name} cambia un tipo de dispositivo que el asistente no puede controlar.",
    "out_of_range": "Lo siento, {value} está fuera del rango permitido, de {low} a {high}.",
    "unsupported_value": "Lo siento, ese dispositivo no admite {value}.",
    "bad_value": "Lo siento, no puedo usar {value} para eso.",
    "service_failed": "Lo siento, no ha funcionado con {name}: {message}",
    "service_error": "Lo siento, no ha funcionado con {name}.",
    "not_on_list": "Lo siento, {value} no está en la lista {name}.",
    "no_current_value": "Lo siento, no sé cuál es el valor actual, así que no puedo cambiarlo poco a poco.",
}
# The fixed replies, and the parts of the replies built from results and states.
REPLIES: Final[Mapping[str, str]] = {
    "not_understood": "Lo siento, no he encontrado ningún dispositivo para eso.",
    "failed": "Lo siento, algo ha salido mal. Inténtalo de nuevo, por favor.",
    "engine_down": "Lo siento, ahora mismo no puedo conectar con mi motor de voz y lenguaje. Inténtalo de nuevo en un momento.",
    "welcome": "De nada.",
    "okay": "Vale.",
    "device": "dispositivo",
    "wont_do": "Vale, no lo haré.",
    "busy": "Lo siento, todavía estoy con otra petición. Inténtalo de nuevo en un momento.",
    "sent": "He enviado la orden a {targets}.",
    "not_heard": "Lo siento, no te he entendido bien. ¿Puedes repetirlo?",
    "too_long": "Lo siento, esa petición es demasiado larga. Dímela con menos palabras.",
    # Asked when a command could mean any of several devices (ends with "?").
    "not_known": "No sé qué significa «{words}» aquí.",
    "which_one": "¿A qué {kind} te refieres: {names}?",
    "which_one_of_many": "Hay {count}. Dime su nombre o su habitación: ¿a qué {kind} te refieres?",
    # Devices named in a reply: "A", "A y B", "A, B o C".
    "name": "{name}",
    "list_separator": ", ",
    "list_and": "{names} y {last}",
    "list_or": "{names} o {last}",
    "temperature_set": "He puesto {name} a {temperature} {unit}.",
    # Answers from a device's state.
    "state": "{name}: {state}.",
    "state_brightness": "{name} está al {brightness} % de brillo.",
    "state_climate": "{name}: {state}{current}{target}.",
    "state_climate_current": ", temperatura actual {temperature} {unit}",
    "state_climate_target": ", temperatura deseada {temperature} {unit}",
    "state_position": "{name} está al {position} % de apertura.",
    "state_playing": "{name} está reproduciendo {title}.",
    "state_playing_by": "{name} está reproduciendo {title}, de {artist}.",
    "state_list_empty": "No hay nada en {name}.",
    "state_list_one": "{name} tiene {count} elemento: {items}.",
    "state_list": "{name} tiene {count} elementos: {items}.",
    "state_measured": "{name}: {value} {unit}.",
}

# States in words, as Home Assistant's Spanish shows them: every raw state a device
# may report is English, so each one said is here ("_" else read as a space).
STATE_WORDS: Final[Mapping[str, str]] = {
    "on": "encendido",
    "off": "apagado",
    "open": "abierto",
    "opening": "abriéndose",
    "closed": "cerrado",
    "closing": "cerrándose",
    "stopped": "parado",
    "locked": "cerrado con llave",
    "unlocked": "abierto",
    "locking": "cerrándose con llave",
    "unlocking": "abriéndose",
    "jammed": "atascado",
    "armed_away": "armado en modo ausente",
    "armed_home": "armado en modo en casa",
    "armed_night": "armado en modo noche",
    "armed_vacation": "armado en modo vacaciones",
    "armed_custom_bypass": "armado",
    "arming": "armándose",
    "disarmed": "desarmado",
    "disarming": "desarmándose",
    "pending": "pendiente",
    "triggered": "disparado",
    "not_home": "fuera de casa",
    "home": "en casa",
    "returning": "volviendo a su base",
    "docked": "en su base",
    "cleaning": "limpiando",
    "mowing": "cortando el césped",
    "paused": "en pausa",
    "idle": "inactivo",
    "error": "con un error",
    "playing": "reproduciendo",
    "buffering": "cargando",
    "standby": "en espera",
    "heat": "calefacción",
    "cool": "refrigeración",
    "heat_cool": "calefacción y refrigeración",
    "auto": "automático",
    "dry": "deshumidificación",
    "fan_only": "solo ventilador",
    "eco": "eco",
    "electric": "eléctrico",
    "gas": "gas",
    "heat_pump": "bomba de calor",
    "high_demand": "alta demanda",
    "performance": "máximo rendimiento",
    "unavailable": "no disponible",
    "unknown": "desconocido",
    "above_horizon": "sobre el horizonte",
    "below_horizon": "bajo el horizonte",
    "clear-night": "despejado",
    "cloudy": "nublado",
    "exceptional": "tiempo excepcional",
    "fog": "niebla",
    "hail": "granizo",
    "lightning": "tormenta eléctrica",
    "lightning-rainy": "tormenta con lluvia",
    "partlycloudy": "parcialmente nublado",
    "pouring": "lluvia intensa",
    "rainy": "lluvia",
    "snowy": "nieve",
    "snowy-rainy": "aguanieve",
    "sunny": "soleado",
    "windy": "viento",
    "windy-variant": "viento y nubes",
}
# Binary sensors: what "on" and "off" mean for each device class.
BINARY_STATES: Final[Mapping[str, tuple[str, str]]] = {
    "door": ("abierto", "cerrado"),
    "garage_door": ("abierto", "cerrado"),
    "window": ("abierto", "cerrado"),
    "opening": ("abierto", "cerrado"),
    "lock": ("abierto", "cerrado con llave"),
    "motion": ("detectando movimiento", "sin movimiento"),
    "occupancy": ("ocupado", "libre"),
    "presence": ("en casa", "fuera de casa"),
    "moisture": ("mojado", "seco"),
    "smoke": ("detectando humo", "sin humo"),
    "gas": ("detectando gas", "sin gas"),
    "battery": ("bajo", "normal"),
    "plug": ("enchufado", "desenchufado"),
    "connectivity": ("conectado", "desconectado"),
    "problem": ("con un problema", "correcto"),
}
