"""Dutch words for the values the calls write (`Language.value_names`)."""

from __future__ import annotations

from typing import Final

from ..parts import value_names

VALUE_NAMES: Final = value_names(
    {
        "red": "rood rode",
        "orange": "oranje",
        "yellow": "geel gele",
        "green": "groen groene",
        "blue": "blauw blauwe",
        "purple": "paars paarse violet",
        "pink": "roze",
        "white": "wit witte",
        "warm": "warmwit",
        "neutral": "neutraal",
        "cool": "koel koelen koeling koelwit",
        "heat": "verwarmen verwarming",
        "auto": "automatisch",
        "dry": "ontvochtigen drogen",
        "fan_only": "ventileren ventilatie",
        "off": "uit",
        "eco": "eco",
        "away": "afwezig volledig afwezigheidsmodus",
        "comfort": "comfort",
        "home": "thuis gedeeltelijk deels thuismodus",
        "sleep": "slapen slaap",
        "night": "nacht",
        # A fan's breeze preset ("Nature" on some: `agent/options.py`).
        "breeze": "bries",
        "vacation": "vakantie",
        "low": "laag lage langzaam",
        "medium": "gemiddeld middel",
        "high": "hoog hoge snel",
    }
)
