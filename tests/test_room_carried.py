"""The room of one command is the next one's, where it names none.

"Turn the living room lamp on and cut the big lights off, we're fixing to watch a
movie" had turned off every light of a Houston house (its blind home): the second
command names no room, and "big" of the home's "big TV" had read "the big lights" as
a name said, so every light of the house.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import home_entity
from .reading import read_request
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea

AREAS: Mapping[str, HomeArea] = {
    "living": HomeArea("living", "Living Room", ("den",), ()),
    "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
    "bedroom": HomeArea("bedroom", "Bedroom", ("our room",), ()),
    "foyer": HomeArea("foyer", "Foyer", (), ()),
}
HOME = Home(
    entities=(
        home_entity("light.living_lights", "Living Room Lights", "living", AREAS),
        home_entity("light.living_lamp", "Living Room Lamp", "living", AREAS),
        home_entity("media_player.big_tv", "Big TV", "living", AREAS, "tv"),
        home_entity(
            "cover.living_blinds", "Living Room Blinds", "living", AREAS, "blind"
        ),
        home_entity("light.kitchen_lights", "Kitchen Lights", "kitchen", AREAS),
        home_entity("light.island", "Island Pendants", "kitchen", AREAS),
        home_entity(
            "cover.bedroom_curtains", "Bedroom Curtains", "bedroom", AREAS, "curtain"
        ),
        home_entity("light.bedroom_light", "Bedroom Light", "bedroom", AREAS),
        home_entity("light.bedside", "Bedside Lamp", "bedroom", AREAS),
        home_entity("lock.front_door", "Front Door", "foyer", AREAS),
    ),
    areas=tuple(AREAS.values()),
)
LIGHTS = {e.entity_id for e in HOME.entities if e.domain == "light"}


def _offered(text: str, home: Home = HOME) -> list[set[str]]:
    """Return the devices offered for each command of the words, no satellite."""
    return [
        {entity.entity_id for entity in shortlist(home, clause).entities}
        for clause in read_request(text, home).clauses
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            (
                "Turn the living room lamp on and cut the big lights off, we're "
                "fixing to watch a movie"
            ),
            {"light.living_lights"},
        ),
        (
            "Turn the living room lamp on and cut the lights off",
            {"light.living_lights", "light.living_lamp"},
        ),
        ("Close the blinds in the den and dim the lamp", {"light.living_lamp"}),
    ],
)
def test_the_room_said_before_is_the_next_commands(text: str, second: set[str]) -> None:
    """A command that names no room is of the room said in the one before."""
    assert _offered(text)[1] == second


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # The living room has no lock: the front door is the one locked.
        ("Turn the living room lamp on and lock the doors", {"lock.front_door"}),
        # "All" says every one.
        ("Turn the living room lamp on and turn off all the lights", LIGHTS),
    ],
)
def test_a_room_is_not_carried_where_the_words_say_otherwise(
    text: str, second: set[str]
) -> None:
    """The room is never carried to a kind it lacks, nor to "all"."""
    assert _offered(text)[1] == second


def test_the_big_lights_are_the_main_ones_whatever_else_is_big() -> None:
    """The word "big" of "Big TV" names no light: the big lights are the main ones."""
    assert _offered("Cut the big lights off in the kitchen") == [
        {"light.kitchen_lights"}
    ]


def test_letting_light_in_after_opening_the_curtains_lights_no_lamp() -> None:
    """Letting some light come says why the curtains open: it asks for no light."""
    request = read_request("Open the curtains in our room, let some light come", HOME)
    assert len(request.clauses) == 1
    assert _offered("Open the curtains in our room, let some light come") == [
        {"cover.bedroom_curtains"}
    ]


def test_bar_the_room_leaves_that_room_out() -> None:
    """Said "Turn all the lights off upstairs bar the landing": all but the landing's."""
    clause = read_request("Turn all the lights off bar the kitchen", HOME).clauses[0]
    offered = {entity.entity_id for entity in shortlist(HOME, clause).entities}
    assert offered == LIGHTS - {"light.kitchen_lights", "light.island"}
    # A name ending in "bar" is a name: "the sound bar" leaves nothing out.
    assert not read_request("Turn the sound bar off", HOME).clauses[0].excluded


def test_a_word_of_a_name_says_which_wherever_it_is() -> None:
    """Said "… and the bedside light too": the Bedside Lamp is offered, in any room."""
    offered = _offered("Turn the living room lamp on and the bedside light too")
    assert "light.bedside" in offered[1]


def test_an_app_said_next_is_of_the_device_just_turned_on() -> None:
    """Said "Turn on the living room TV and put Netflix on": Netflix on that TV.

    Both TVs have Netflix; the basement one had been switched to it.
    """
    sources = {"source_list": ["Netflix", "YouTube"], "supported_features": 2048 | 384}
    home = Home(
        entities=(
            home_entity(
                "media_player.living_tv",
                "Living Room TV",
                "living",
                AREAS,
                "tv",
                attributes=sources,
            ),
            home_entity(
                "media_player.bedroom_tv",
                "Bedroom TV",
                "bedroom",
                AREAS,
                "tv",
                attributes=sources,
            ),
        ),
        areas=tuple(AREAS.values()),
    )
    assert _offered("Turn on the living room TV and put Netflix on", home) == [
        {"media_player.living_tv"},
        {"media_player.living_tv"},
    ]


def test_a_plug_called_by_the_kind_is_of_the_room_before() -> None:
    """Said "Close the bedroom curtains and turn the heater off": the bedroom's plug.

    Its heater is a smart plug called "Bedroom Heater", no thermostat: "Lock up the
    studio and turn the heater off out there" had asked which of four heaters.
    """
    home = Home(
        entities=(
            *HOME.entities,
            home_entity("switch.bedroom_heater", "Bedroom Heater", "bedroom", AREAS),
            home_entity("switch.kitchen_heater", "Kitchen Heater", "kitchen", AREAS),
        ),
        areas=HOME.areas,
    )
    assert _offered("Close the bedroom curtains and turn the heater off", home) == [
        {"cover.bedroom_curtains"},
        {"switch.bedroom_heater"},
    ]
