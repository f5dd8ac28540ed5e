"""Heard words that name a device only by guess change nothing.

Speech-to-text mishears names into other words of the home ("the space speaker" for
"the space heater") or into words nobody knows ("the Madroom Shade" for "the bedroom
shades"), and drops a question's opening ("Living on the lock in the front door" for
"did anybody lock the front door?"). The guard reads the words the model acted on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from .reading import read_clause
from custom_components.llm_home.agent.guard import guessed_target, misheard_target
from custom_components.llm_home.home.calls import parse_calls
from custom_components.llm_home.home.snapshot import Home, HomeArea

AREAS: Mapping[str, HomeArea] = {
    "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
    "bedroom": HomeArea("bedroom", "Bedroom", (), ()),
    "basement": HomeArea("basement", "Basement", (), ()),
    "lounge": HomeArea("lounge", "Lounge", (), ()),
    "jakes_room": HomeArea("jakes_room", "Jake's Room", (), ()),
    "nanas_room": HomeArea("nanas_room", "Nana's Room", (), ()),
    "dining_room": HomeArea("dining_room", "Dining Room", (), ()),
    "master": HomeArea("master", "Master Bedroom", ("our room",), ()),
}
_POSITION = {"supported_features": 1 | 2 | 4}
_DIMMABLE = {"supported_color_modes": ["brightness"]}
# A list items can be added to (TodoListEntityFeature.CREATE_TODO_ITEM).
_LIST = {"supported_features": 1}
HOME = Home(
    entities=(
        home_entity(
            "media_player.sonos",
            "Sonos",
            "kitchen",
            AREAS,
            "speaker",
            attributes={
                "supported_features": 1 | 4 | 256 | 2048,
                "source_list": ["triple j", "Radio National"],
            },
        ),
        home_entity("switch.space_heater", "Space Heater", "basement", AREAS),
        home_entity("fan.humidifier", "Humidifier", "basement", AREAS),
        home_entity("lock.front_door", "Front Door", "lounge", AREAS),
        home_entity(
            "cover.bedroom_shades",
            "Bedroom Shades",
            "bedroom",
            AREAS,
            "shade",
            attributes=_POSITION,
        ),
        home_entity(
            "cover.lounge_blinds",
            "Lounge Blinds",
            "lounge",
            AREAS,
            "blind",
            attributes=_POSITION,
        ),
        home_entity("switch.jakes_pc", "Jake's PC", "jakes_room", AREAS),
        home_entity("fan.jakes_fan", "Jake's Fan", "jakes_room", AREAS),
        home_entity(
            "media_player.jakes_tv",
            "Jake's TV",
            "jakes_room",
            AREAS,
            "tv",
            attributes={"supported_features": 4, "volume_level": 0.5},
        ),
        home_entity(
            "light.kitchen",
            "Kitchen Light",
            "kitchen",
            AREAS,
            attributes={"supported_color_modes": ["hs"]},
        ),
        home_entity(
            "vacuum.roborock",
            "Roborock",
            "lounge",
            AREAS,
            attributes={
                "supported_features": 8 | 16 | 8192,
                "fan_speed_list": ["quiet", "balanced", "turbo", "max"],
            },
        ),
        home_entity(
            "light.dining", "Dining Light", "dining_room", AREAS, attributes=_DIMMABLE
        ),
        home_entity(
            "light.master", "Bedroom Light", "master", AREAS, attributes=_DIMMABLE
        ),
        alarm_panel(AREAS),
        thermostat(
            "climate.nanas_ac",
            "Nana's AC",
            "nanas_room",
            AREAS,
            ("off", "cool", "fan_only"),
        ),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("heard", "calls", "misheard"),
    [
        # "Space" is the heater's word: the speaker is a guess.
        (
            "Turn off the space speaker and the humidifier",
            "turn_off(Sonos)\nturn_off(Humidifier)",
            True,
        ),
        # Its own room's word before the kind names it.
        ("Turn off the kitchen speaker", "turn_off(Sonos)", False),
        # A word of the table before the kind ("big") tells nothing apart.
        ("Turn off the big speaker", "turn_off(Sonos)", False),
        # A word nobody knows where the room was.
        ("Both Madroom Shade Net 50%", "position(Bedroom Shades, 50)", True),
        ("Put the bedroom shades at 50%", "position(Bedroom Shades, 50)", False),
        # Heard without the question's opening: "the lock" is the device.
        ("Living on the lock in the front door", "lock(Front Door)", True),
        # A command without its verb still asks for what it says.
        ("Lock the front door", "lock(Front Door)", False),
        ("Lights off in the kitchen", "turn_off(Kitchen Light)", False),
        ("Kitchen light blue", "light_color(Kitchen Light, blue)", False),
        ("Bedroom shades 50 percent", "position(Bedroom Shades, 50)", False),
        # Heard for "turn off Jake's fan": no kind, and no word of the PC's own name.
        ("Turn off Jake's Pin", "turn_off(Jake's PC)", True),
        ("Turn off Jake's PC", "turn_off(Jake's PC)", False),
        ("Turn off Jake's fan", "turn_off(Jake's Fan)", False),
        # Heard for "cool Jake's room down to 70": a TV's volume, a light's level.
        ("Pool Jake's Room down to 17", "volume(Jake's TV, 17)", True),
        ("Cool on the room down to 70", "light_level(Kitchen Light, 70)", True),
        # A verb of one kind of device says it: the TV in the room.
        ("Pause", "pause(Jake's TV)", False),
        # A word of its own name that is no room's says the device.
        ("Turn the Sonos off", "turn_off(Sonos)", False),
        # A speed the vacuum names itself is no word nobody knows.
        (
            "Run the vacuum on max",
            "start(Roborock)\nvacuum_speed(Roborock, max)",
            False,
        ),
        ("Run the vacuum on wax", "start(Roborock)\nvacuum_speed(Roborock, max)", True),
        # A mode said after "to" asks for it, though no verb is heard.
        ("Nana's AC to just the fan", "climate_mode(Nana's AC, fan_only)", False),
        ("Nana's AC to just the Stan", "climate_mode(Nana's AC, fan_only)", True),
        # Heard for "the dining room light": "room" names the bedroom aliased "our
        # room", but the word before it was the dining room's.
        ("Shout the Finding Room Light to 50%", "light_level(Bedroom Light, 50)", True),
        ("Set the light in our room to 50%", "light_level(Bedroom Light, 50)", False),
        # Heard for "put the alarm on stay": "arm", but no mode; away is a guess.
        ("Both The Alarm Arm State", "alarm_arm(House Alarm, away)", True),
        ("Alarm to away", "alarm_arm(House Alarm, away)", False),
        # What was asked last is lost, "both" said or not.
        ("Turn both the Sonos up our way", "volume(Sonos, 20)", True),
        # Heard for "put the alarm on, we're heading off": "both" of no kind said.
        ("Both the other one we're heading up", "volume_step(Sonos, +1)", True),
        ("Turn both speakers up", "volume_step(Sonos, +1)", False),
        # "For a sec" is said in passing.
        ("Pause the Sonos for a sec", "pause(Sonos)", False),
        # Heard for "turn the humidifier on in the lounge": "I run" inside the
        # command, and which verb was the command is lost.
        ("Turn the vacuum in it I run in the lounge", "start(Roborock)", True),
        ("Run the vacuum in the lounge", "start(Roborock)", False),
        ("Can I turn on the kitchen light", "turn_on(Kitchen Light)", False),
        # Heard for "open the office shades halfway": a name lost between articles.
        ("Open the off the shades halfway", "position(Bedroom Shades, 50)", True),
        ("Open the shades halfway", "position(Bedroom Shades, 50)", False),
        # A station the player names itself names the player.
        ("Chuck Triple J on in the kitchen", "media_source(Sonos, triple j)", False),
        ("Chuck Triple Gang on in the kitchen", "media_source(Sonos, triple j)", True),
    ],
)
def test_a_device_named_by_guess_is_not_acted_on(
    heard: str, calls: str, misheard: bool
) -> None:
    """The guard stops calls on devices the heard words do not clearly name."""
    clause = read_clause(heard, HOME)
    assert misheard_target(HOME, parse_calls(calls), clause) is misheard


def test_a_group_offered_is_the_devices_offered() -> None:
    """Heard "turn Chloe's big light off": her room's lights offered are that light."""
    areas = {"chloe": HomeArea("chloe", "Chloe's Room", (), ())}
    big = replace(
        home_entity("light.chloe", "Chloe's Light", "chloe", areas),
        aliases=("big light",),
    )
    night = home_entity("light.night", "Night Light", "chloe", areas)
    home = Home(entities=(big, night), areas=tuple(areas.values()))
    clause = read_clause("turn Chloe's big light off", home)
    calls = parse_calls("turn_off(Chloe's Room lights)")

    assert not misheard_target(home, calls, clause, Home((big,), home.areas))
    # Both lights of the room: the night light is no big light.
    assert misheard_target(home, calls, clause)


@pytest.mark.parametrize(
    ("typed", "calls", "guessed"),
    [
        # A thing the home lacks, said by a word nobody knows: the room's shades are
        # no mosquito net.
        ("Close the zanzariera in the bedroom", "close(Bedroom Shades)", True),
        ("Close the shades in the bedroom", "close(Bedroom Shades)", False),
        ("Close the bedroom shades", "close(Bedroom Shades)", False),
        # No word nobody knows: the model's choice stands.
        ("Close it in the bedroom", "close(Bedroom Shades)", False),
    ],
)
def test_a_device_is_no_guess_for_a_word_nobody_knows(
    typed: str, calls: str, guessed: bool
) -> None:
    """Typed or heard, a device the words do not name is no stand-in for an unknown one."""
    clause = read_clause(typed, HOME)
    assert guessed_target(HOME, parse_calls(calls), clause) is guessed


_SHOPPING = Home(
    entities=(
        home_entity("light.desk_leds", "Desk LEDs", "bedroom", AREAS),
        home_entity("light.kitchen", "Kitchen Light", "kitchen", AREAS),
        home_entity("todo.costco", "Costco List", None, AREAS, attributes=_LIST),
        home_entity("todo.grocery", "Grocery List", None, AREAS, attributes=_LIST),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("heard", "calls", "misheard"),
    [
        # Heard for "the alley light": "LED" names the Desk LEDs, never the kitchen's.
        ("Turn the LED light on", "turn_on(Kitchen Light)", True),
        ("Turn the LED light on", "turn_on(Desk LEDs)", False),
        # Heard for "add oat milk to the King Soopers list": "list" says no one of two.
        (
            "Add Out Moaked of the King Super's List",
            "todo_add(Costco List, moaked)",
            True,
        ),
        ("Add oat milk to the Costco list", "todo_add(Costco List, oat milk)", False),
    ],
)
def test_a_word_of_another_device_or_list_names_no_guess(
    heard: str, calls: str, misheard: bool
) -> None:
    """A name word before a kind, or "list" of several lists, names no device alone."""
    clause = read_clause(heard, _SHOPPING)
    assert misheard_target(_SHOPPING, parse_calls(calls), clause) is misheard
