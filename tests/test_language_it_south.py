"""Italian as the South says it: "apri la luce" is on, "tutti e due" counts devices.

In Bari "apri la luce dell'ingresso" had found no device (no light opens) and
"astuta tutti e due i condizionatori" had set both to 2 degrees, a value nobody
said (refused only because 2 is below their range). No model is loaded: the
commands the grammar lets the model write are what the user notices.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import home_entity
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

ITALIAN = get_language("it")
AREAS: Mapping[str, HomeArea] = {
    "ingresso": HomeArea("ingresso", "Ingresso", (), ()),
    "cucina": HomeArea("cucina", "Cucina", (), ()),
    "camera": HomeArea("camera", "Camera", (), ()),
}
_AC = {
    "hvac_modes": ["off", "cool", "heat"],
    "min_temp": 16,
    "max_temp": 30,
    "supported_features": 1 | 128 | 256,
}
HOME = Home(
    (
        home_entity("light.ingresso", "Luce ingresso", "ingresso", AREAS),
        home_entity(
            "cover.tapparella",
            "Tapparella cucina",
            "cucina",
            AREAS,
            "shutter",
            attributes={"supported_features": 15},
        ),
        *(
            home_entity(
                f"climate.{area}",
                f"Condizionatore {area}",
                area,
                AREAS,
                attributes=_AC,
            )
            for area in ("cucina", "camera")
        ),
    ),
    tuple(AREAS.values()),
)


def _grammar(text: str) -> str:
    clause = read(text, HOME, ITALIAN).clauses[0]
    return build_grammar(shortlist(HOME, clause), clause)


@pytest.mark.parametrize(
    ("text", "written", "never"),
    [
        ("apri la luce dell'ingresso", '"turn_on("', '"open("'),
        ("chiudi la luce dell'ingresso", '"turn_off("', '"close("'),
        # A device that opens still opens.
        ("apri la tapparella della cucina", '"open("', '"turn_on("'),
    ],
)
def test_a_light_opened_is_turned_on(text: str, written: str, never: str) -> None:
    """Said of a light, "apri" and "chiudi" are on and off; of a shutter, as said."""
    grammar = _grammar(text)
    assert written in grammar
    assert never not in grammar


def test_both_said_as_a_number_is_no_value() -> None:
    """Said "tutti e due i condizionatori": both off, no temperature of 2 offered."""
    grammar = _grammar("astuta tutti e due i condizionatori, che andiamo a letto")
    assert '"turn_off("' in grammar
    assert '"2"' not in grammar
