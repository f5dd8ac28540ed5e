"""Dutch words for the values calls write in Home Assistant's own (English) terms.

A word said for a colour, a white, a mode, a preset or a fan speed; the first word of
each value is also how replies say it. Words of feeling ("cold", "hot") are left
out: an indirect request ("I'm cold") must never offer a cooling mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

VALUE_NAMES: Final[Mapping[str, str]] = {
    "rood": "red",
    "rode": "red",
    "oranje": "orange",
    "geel": "yellow",
    "gele": "yellow",
    "groen": "green",
    "groene": "green",
    "blauw": "blue",
    "blauwe": "blue",
    "paars": "purple",
    "paarse": "purple",
    "violet": "purple",
    "roze": "pink",
    "wit": "white",
    "witte": "white",
    "warmwit": "warm",
    "neutraal": "neutral",
    "koel": "cool",
    "koelen": "cool",
    "koeling": "cool",
    "koelwit": "cool",
    "verwarmen": "heat",
    "verwarming": "heat",
    "automatisch": "auto",
    "ontvochtigen": "dry",
    "drogen": "dry",
    "ventileren": "fan_only",
    "ventilatie": "fan_only",
    "uit": "off",
    "eco": "eco",
    "afwezig": "away",
    "comfort": "comfort",
    "thuis": "home",
    "slapen": "sleep",
    "slaap": "sleep",
    "nacht": "night",
    "vakantie": "vacation",
    "laag": "low",
    "lage": "low",
    "langzaam": "low",
    "gemiddeld": "medium",
    "middel": "medium",
    "hoog": "high",
    "hoge": "high",
    "snel": "high",
}
