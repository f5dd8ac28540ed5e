"""French words for the values the calls write (`Language.value_names`)."""

from __future__ import annotations

from typing import Final

from ..parts import value_names

VALUE_NAMES: Final = value_names(
    {
        "red": "rouge",
        "orange": "orange",
        "yellow": "jaune",
        "green": "vert verte",
        "blue": "bleu bleue",
        "purple": "violet violette mauve",
        "pink": "rose",
        "white": "blanc blanche",
        "warm": "chaud chaude",
        "neutral": "neutre",
        "cool": "refroidir rafraîchir rafraichir climatiser refroidissement",
        "heat": "chauffage chauffer",
        "auto": "automatique",
        "dry": "déshumidifier deshumidifier déshumidification",
        "fan_only": "ventilation ventiler",
        "off": "éteint eteint arrêt arret",
        "eco": "éco",
        "away": "absent absence va partons part total totale",  # "on s'en va", "on part"
        "comfort": "confort",
        "home": "présent present domicile partiel partielle",
        "sleep": "sommeil",
        "night": "nuit",
        # A fan's breeze preset ("Nature" on some: `agent/options.py`).
        "breeze": "brise",
        "vacation": "vacances",
        # A radiator kept from freezing: Netatmo's "Frost Guard" ("frost_protection").
        "frost": "horsgel",
        "low": "bas basse faible lent",
        "medium": "moyen moyenne",
        "high": "haut haute fort rapide élevé",
    }
)
