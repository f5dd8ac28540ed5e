"""Italian words for the values calls write in Home Assistant's own (English) terms.

A word said for a colour, a white, a mode, a preset or a fan speed; the first word of
each value is also how replies say it. Words of feeling ("cold", "hot") are left
out: an indirect request ("I'm cold") must never offer a cooling mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

VALUE_NAMES: Final[Mapping[str, str]] = {
    "rosso": "red",
    "rossa": "red",
    "arancione": "orange",
    "giallo": "yellow",
    "gialla": "yellow",
    "verde": "green",
    "blu": "blue",
    "azzurro": "blue",
    "azzurra": "blue",
    "viola": "purple",
    "porpora": "purple",
    "rosa": "pink",
    "bianco": "white",
    "bianca": "white",
    "caldo": "warm",
    "calda": "warm",
    "neutro": "neutral",
    "neutra": "neutral",
    "raffreddare": "cool",
    "raffreddamento": "cool",
    "raffrescamento": "cool",
    "raffrescare": "cool",
    "riscaldamento": "heat",
    "riscaldare": "heat",
    "automatico": "auto",
    "automatica": "auto",
    "deumidificare": "dry",
    "deumidificazione": "dry",
    "ventilazione": "fan_only",
    "spento": "off",
    "spenta": "off",
    "eco": "eco",
    "assente": "away",
    "fuori": "away",
    "comfort": "comfort",
    "casa": "home",
    "sonno": "sleep",
    "dormire": "sleep",
    "notte": "night",
    "vacanza": "vacation",
    "vacanze": "vacation",
    "bassa": "low",
    "basso": "low",
    "lenta": "low",
    "lento": "low",
    "media": "medium",
    "medio": "medium",
    "alta": "high",
    "alto": "high",
    "veloce": "high",
}
