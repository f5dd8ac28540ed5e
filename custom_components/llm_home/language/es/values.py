"""Spanish words for the values the calls write (`Language.value_names`)."""

from __future__ import annotations

from typing import Final

from ..parts import value_names

VALUE_NAMES: Final = value_names(
    {
        "red": "rojo roja",
        "orange": "naranja",
        "yellow": "amarillo amarilla",
        "green": "verde",
        "blue": "azul",
        "purple": "morado morada violeta lila púrpura",
        "pink": "rosa rosado",
        "white": "blanco blanca",
        "warm": "cálido cálida calido calida",
        "neutral": "neutro neutra",
        "cool": "enfriar refrigerar refrigeración refrigeracion",
        "heat": "calefacción calefaccion calentar",
        "auto": "automático automatico",
        "dry": "deshumidificar deshumidificación seco",
        "fan_only": "ventilación ventilacion ventilar",
        "off": "apagado",
        "eco": "ecológico ecologico",
        "away": "ausente fuera total",
        "comfort": "confort",
        "home": "casa parcial",
        "sleep": "dormir sueño",
        "night": "noche",
        # A fan's breeze preset ("Nature" on some: `agent/options.py`).
        "breeze": "brisa",
        "vacation": "vacaciones",
        # "El ventilador del aire al máximo": its fastest speed, as "alto".
        "low": "bajo baja lento",
        "medium": "medio media",
        "high": "alto alta rápido rapido máximo máxima maximo maxima tope",
    }
)
