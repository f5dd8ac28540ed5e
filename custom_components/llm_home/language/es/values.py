"""Spanish words for the values calls write in Home Assistant's own (English) terms.

A word said for a colour, a white, a mode, a preset or a fan speed; the first word of
each value is also how replies say it. Words of feeling ("cold", "hot") are left
out: an indirect request ("I'm cold") must never offer a cooling mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

VALUE_NAMES: Final[Mapping[str, str]] = {
    "rojo": "red",
    "roja": "red",
    "naranja": "orange",
    "amarillo": "yellow",
    "amarilla": "yellow",
    "verde": "green",
    "azul": "blue",
    "morado": "purple",
    "morada": "purple",
    "violeta": "purple",
    "lila": "purple",
    "púrpura": "purple",
    "rosa": "pink",
    "rosado": "pink",
    "blanco": "white",
    "blanca": "white",
    "cálido": "warm",
    "cálida": "warm",
    "calido": "warm",
    "calida": "warm",
    "neutro": "neutral",
    "neutra": "neutral",
    "enfriar": "cool",
    "refrigerar": "cool",
    "refrigeración": "cool",
    "refrigeracion": "cool",
    "calefacción": "heat",
    "calefaccion": "heat",
    "calentar": "heat",
    "automático": "auto",
    "automatico": "auto",
    "deshumidificar": "dry",
    "deshumidificación": "dry",
    "seco": "dry",
    "ventilación": "fan_only",
    "ventilacion": "fan_only",
    "ventilar": "fan_only",
    "apagado": "off",
    "ecológico": "eco",
    "ecologico": "eco",
    "ausente": "away",
    "fuera": "away",
    "confort": "comfort",
    "casa": "home",
    "dormir": "sleep",
    "sueño": "sleep",
    "noche": "night",
    "vacaciones": "vacation",
    "bajo": "low",
    "baja": "low",
    "lento": "low",
    "medio": "medium",
    "media": "medium",
    "alto": "high",
    "alta": "high",
    "rápido": "high",
    "rapido": "high",
}
