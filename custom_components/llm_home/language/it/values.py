"""Italian words for the values the calls write (`Language.value_names`)."""

from __future__ import annotations

from typing import Final

from ..parts import value_names

VALUE_NAMES: Final = value_names(
    {
        "red": "rosso rossa",
        "orange": "arancione",
        "yellow": "giallo gialla",
        "green": "verde",
        "blue": "blu azzurro azzurra",
        "purple": "viola porpora",
        "pink": "rosa",
        "white": "bianco bianca",
        "warm": "caldo calda",
        "neutral": "neutro neutra",
        "cool": "raffreddare raffreddamento raffrescamento raffrescare",
        "heat": "riscaldamento riscaldare",
        "auto": "automatico automatica",
        "dry": "deumidificare deumidificazione",
        "fan_only": "ventilazione",
        "off": "spento spenta",
        "eco": "eco",
        "away": "assente fuori totale",
        "comfort": "comfort",
        "home": "casa parziale",
        "sleep": "sonno dormire",
        "night": "notte",
        # A fan's breeze preset ("Nature" on some: `agent/options.py`).
        "breeze": "brezza",
        "vacation": "vacanza vacanze",
        "low": "bassa basso lenta lento minimo minima",
        "medium": "media medio",
        "high": "alta alto veloce massimo massima",
    }
)
