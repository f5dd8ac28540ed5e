"""Every device of a kind, and all but one: said with words that one alias holds.

"Cut every ceiling fan in the house off except the one on the porch" in a home whose
den fan alone is aliased "den ceiling fan": found nothing (the alias made "ceiling"
name one fan, and "the one on the porch" named no device).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from .home_entities import home_entity
from .reading import read_clause
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea

AREAS = {
    "den": HomeArea("den", "Den", (), ()),
    "bedroom": HomeArea("bedroom", "Master Bedroom", (), ()),
    "porch": HomeArea("porch", "Back Porch", ("screened porch",), ()),
    "yard": HomeArea("yard", "Backyard", (), ()),
}
HOME = Home(
    entities=(
        replace(
            home_entity("fan.den", "Den Fan", "den", AREAS),
            aliases=("den ceiling fan",),
        ),
        home_entity("fan.bedroom", "Bedroom Fan", "bedroom", AREAS),
        home_entity("fan.porch", "Porch Fan", "porch", AREAS),
        home_entity("fan.jets", "Hot Tub Jets", "yard", AREAS),
        home_entity("light.porch", "Porch Light", "porch", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Cut every ceiling fan in the house off",
            {"fan.den", "fan.bedroom", "fan.porch"},
        ),
        (
            "Cut every ceiling fan in the house off except the one on the porch",
            {"fan.den", "fan.bedroom"},
        ),
        (
            "Turn off all the fans except the porch fan",
            {"fan.den", "fan.bedroom", "fan.jets"},
        ),
        # Said of the one that holds it, the word still names it.
        ("Turn off the den ceiling fan", {"fan.den"}),
    ],
)
def test_every_fan_is_every_one_called_a_fan(text: str, found: set[str]) -> None:
    """A word of one alias ("ceiling") narrows no "every"; "the one on" is its kind."""
    clause = read_clause(text, HOME)
    assert {e.entity_id for e in shortlist(HOME, clause).entities} == found
