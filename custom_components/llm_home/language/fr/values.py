"""French words for the values calls write in Home Assistant's own (English) terms.

A word said for a colour, a white, a mode, a preset or a fan speed; the first word of
each value is also how replies say it. Words of feeling ("cold", "hot") are left
out: an indirect request ("I'm cold") must never offer a cooling mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

VALUE_NAMES: Final[Mapping[str, str]] = {
    "rouge": "red",
    "orange": "orange",
    "jaune": "yellow",
    "vert": "green",
    "verte": "green",
    "bleu": "blue",
    "bleue": "blue",
    "violet": "purple",
    "violette": "purple",
    "mauve": "purple",
    "rose": "pink",
    "blanc": "white",
    "blanche": "white",
    "chaud": "warm",
    "chaude": "warm",
    "neutre": "neutral",
    "refroidir": "cool",
    "rafraîchir": "cool",
    "rafraichir": "cool",
    "climatiser": "cool",
    "refroidissement": "cool",
    "chauffage": "heat",
    "chauffer": "heat",
    "automatique": "auto",
    "déshumidifier": "dry",
    "deshumidifier": "dry",
    "déshumidification": "dry",
    "ventilation": "fan_only",
    "ventiler": "fan_only",
    "éteint": "off",
    "eteint": "off",
    "arrêt": "off",
    "arret": "off",
    "éco": "eco",
    "absent": "away",
    "absence": "away",
    "confort": "comfort",
    "présent": "home",
    "present": "home",
    "domicile": "home",
    "sommeil": "sleep",
    "nuit": "night",
    "vacances": "vacation",
    "bas": "low",
    "basse": "low",
    "faible": "low",
    "lent": "low",
    "moyen": "medium",
    "moyenne": "medium",
    "haut": "high",
    "haute": "high",
    "fort": "high",
    "rapide": "high",
    "élevé": "high",
}
