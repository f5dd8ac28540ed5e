"""The big light: a room's own light, never a lamp the words do not name.

"Put the big light on" in a bedroom with "Priya's Light" and "Priya's Bedside Lamp"
had lit the bedside lamp; "turn the big light off" in a room with fairy lights turned
those off (a London flatshare's blind home).
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import home_entity
from .reading import read_clause
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea

AREAS: Mapping[str, HomeArea] = {
    "priya": HomeArea("priya", "Priya's Room", ("front bedroom",), ()),
    "sophie": HomeArea("sophie", "Sophie's Room", (), ()),
    "lounge": HomeArea("lounge", "Lounge", (), ()),
}
HOME = Home(
    entities=(
        home_entity("light.priyas_light", "Priya's Light", "priya", AREAS),
        home_entity("light.priyas_bedside", "Priya's Bedside Lamp", "priya", AREAS),
        home_entity("light.sophies_light", "Sophie's Light", "sophie", AREAS),
        home_entity("light.sophies_fairy", "Sophie's Fairy Lights", "sophie", AREAS),
        home_entity("light.lounge_light", "Lounge Light", "lounge", AREAS),
        home_entity("light.priyas_lamp", "Priya's Lamp", "lounge", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _offered(text: str, satellite: str | None = None) -> set[str]:
    clause = read_clause(text, HOME)
    found = shortlist(HOME, clause, [satellite] if satellite else [])
    return {entity.entity_id for entity in found.entities}


@pytest.mark.parametrize(
    ("text", "satellite", "expected"),
    [
        ("Put the big light on", "Priya's Room", {"light.priyas_light"}),
        ("Turn the big light off", "Sophie's Room", {"light.sophies_light"}),
        ("Turn off the main light in the lounge", None, {"light.lounge_light"}),
        # Without "big", the room's lights are offered as before.
        (
            "Turn the light off",
            "Sophie's Room",
            {"light.sophies_light", "light.sophies_fairy"},
        ),
        # Every light is every light, big or not.
        (
            "Turn off all the big lights in the lounge",
            None,
            {"light.lounge_light", "light.priyas_lamp"},
        ),
    ],
)
def test_the_big_light_is_the_rooms_own(
    text: str, satellite: str | None, expected: set[str]
) -> None:
    """The table's main words leave the light named by its room or owner alone."""
    assert _offered(text, satellite) == expected


def test_a_name_with_the_word_is_named_by_it() -> None:
    """Where a device is called "Big Light", the word names it, as any name does."""
    home = Home(
        entities=(
            home_entity("light.big", "Big Light", "lounge", AREAS),
            home_entity("light.lounge_light", "Lounge Light", "lounge", AREAS),
        ),
        areas=tuple(AREAS.values()),
    )
    clause = read_clause("Put the big light on", home)
    found = shortlist(home, clause, ["Lounge"])
    assert {entity.entity_id for entity in found.entities} == {"light.big"}


def test_a_main_word_in_another_rooms_plain_name_tells_nothing_apart() -> None:
    """Said "the big light" in Sophie's room, where the lounge's is the "Lounge Big Light"."""
    home = Home(
        entities=(
            home_entity("light.lounge_big", "Lounge Big Light", "lounge", AREAS),
            home_entity("light.sophies_light", "Sophie's Light", "sophie", AREAS),
            home_entity(
                "light.sophies_fairy", "Sophie's Fairy Lights", "sophie", AREAS
            ),
        ),
        areas=tuple(AREAS.values()),
    )
    clause = read_clause("Turn the big light off", home)
    found = shortlist(home, clause, ["Sophie's Room"])
    assert {entity.entity_id for entity in found.entities} == {"light.sophies_light"}


def test_the_main_light_is_no_main_floor() -> None:
    """Said "Turn off the main light" in Maya's room: hers, no light of the Main Floor."""
    areas = {
        "maya": HomeArea("maya", "Maya's Room", (), ("Upstairs",)),
        "kitchen": HomeArea("kitchen", "Kitchen", (), ("Main Floor",)),
        "hall": HomeArea("hall", "Front Hall", (), ("Main Floor",)),
    }
    home = Home(
        entities=(
            home_entity("light.maya", "Maya's Light", "maya", areas),
            home_entity("light.night", "Night Light", "maya", areas),
            home_entity("light.kitchen", "Kitchen Lights", "kitchen", areas),
            home_entity("light.hall", "Front Hall", "hall", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("Turn off the main light", home)
    found = shortlist(home, clause, ["Maya's Room"])
    assert {entity.entity_id for entity in found.entities} == {"light.maya"}
    # Said in full, the floor is a place: its lights.
    clause = read_clause("Turn off the lights on the main floor", home)
    found = shortlist(home, clause)
    assert {entity.entity_id for entity in found.entities} == {
        "light.kitchen",
        "light.hall",
    }


def test_a_ceiling_fan_is_no_rooms_main_fan() -> None:
    """Said "Cut the ceiling fan off" with three fans and no satellite: asked which."""
    home = Home(
        entities=(
            home_entity("fan.den", "Den Fan", "lounge", AREAS),
            home_entity("fan.bedroom", "Priya's Fan", "priya", AREAS),
            home_entity("fan.porch", "Sophie's Fan", "sophie", AREAS),
        ),
        areas=tuple(AREAS.values()),
    )
    clause = read_clause("Cut the ceiling fan off", home)
    assert "ceiling" in clause.words
    found = shortlist(home, clause)
    assert len(found.entities) == 3
