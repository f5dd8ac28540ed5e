"""German words for the values the calls write (`Language.value_names`)."""

from __future__ import annotations

from typing import Final

from ..parts import value_names

VALUE_NAMES: Final = value_names(
    {
        "red": "rot rote roten",
        "orange": "orange",
        "yellow": "gelb gelbe",
        "green": "grün gruen grüne",
        "blue": "blau blaue",
        "purple": "lila violett",
        "pink": "rosa pink",
        "white": "weiß weiss weiße",
        "warm": "warmweiß warmweiss",
        "neutral": "neutralweiß neutralweiss neutral",
        "cool": "kaltweiß kaltweiss tageslicht kühlen kuehlen kühlung kühlbetrieb",
        "heat": "heizen heizung heizbetrieb",
        "auto": "automatik automatisch",
        "dry": "entfeuchten entfeuchtung trocknen",
        "fan_only": "lüften lüftung umluft",
        "off": "aus",
        "eco": "eco sparmodus",
        "away": "abwesend abwesenheit extern vollschutz",
        "comfort": "komfort",
        # KNX's frost protection, and the alarm's perimeter ("Hüllschutz") at home.
        "building_protection": "frostschutz gebäudeschutz",
        "home": "zuhause anwesend intern hüllschutz",
        "sleep": "schlafen schlafmodus",
        "night": "nacht nachtmodus",
        # A fan's breeze preset ("Nature" on some: `agent/options.py`).
        "breeze": "brise",
        "vacation": "urlaub urlaubsmodus",
        "low": "niedrig leise langsam",
        "medium": "mittel mittlere",
        "high": "hoch schnell stark",
        # A robot's suction said as its strongest or weakest step.
        "max": "maximal maximum stärkste stärksten höchste höchsten",
        "quiet": "leiseste leisesten schwächste schwächsten",
    }
)
