"""Ticking off an item, a source, oscillation and suction: offered only when said.

Each of these names a value the device lists itself (a source, a suction level) or
the user's own words (an item): the grammar admits the call only with a value said,
and never when the words ask for something else ("turn off the TV", "add bread").
"""

from __future__ import annotations

from collections.abc import Mapping
import random

import pytest

from homeassistant.components.fan.const import FanEntityFeature
from homeassistant.components.media_player.const import MediaPlayerEntityFeature
from homeassistant.components.todo.const import TodoListEntityFeature
from homeassistant.components.vacuum.const import VacuumEntityFeature

from .gbnf import GrammarSampler
from .home_entities import home_entity
from .reading import read_clause
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.calls import Call, parse_calls
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.home.states import listed_item

AREAS: Mapping[str, HomeArea] = {
    "den": HomeArea("den", "Den", (), ()),
    "loft": HomeArea("loft", "Loft", (), ()),
}
_TV = MediaPlayerEntityFeature
_FAN = FanEntityFeature
_VACUUM = VacuumEntityFeature
HOME = Home(
    entities=(
        home_entity(
            "media_player.den_tv",
            "Den TV",
            "den",
            AREAS,
            "tv",
            attributes={
                "supported_features": _TV.TURN_ON
                | _TV.TURN_OFF
                | _TV.VOLUME_SET
                | _TV.VOLUME_STEP
                | _TV.SELECT_SOURCE,
                "volume_level": 0.3,
                "source_list": ["Live TV", "HDMI 1", "HDMI 2", "Xbox", "Netflix"],
            },
        ),
        home_entity(
            "fan.desk",
            "Desk Fan",
            "loft",
            AREAS,
            attributes={
                "supported_features": _FAN.SET_SPEED
                | _FAN.OSCILLATE
                | _FAN.TURN_ON
                | _FAN.TURN_OFF,
            },
        ),
        home_entity(
            "vacuum.kevin",
            "Kevin",
            "den",
            AREAS,
            attributes={
                "supported_features": _VACUUM.START
                | _VACUUM.RETURN_HOME
                | _VACUUM.FAN_SPEED,
                "fan_speed_list": ["quiet", "balanced", "turbo", "max", "max_plus"],
            },
        ),
        home_entity(
            "todo.market",
            "Market",
            None,
            AREAS,
            attributes={
                "supported_features": TodoListEntityFeature.CREATE_TODO_ITEM
                | TodoListEntityFeature.UPDATE_TODO_ITEM
            },
        ),
        home_entity("light.den_lamp", "Den Lamp", "den", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _calls(text: str) -> set[Call]:
    """Return the calls the grammar admits for the words (drawn many times)."""
    clause = read_clause(text, HOME)
    sampler = GrammarSampler(build_grammar(shortlist(HOME, clause), clause))
    rng = random.Random(3)
    return {call for _ in range(400) for call in parse_calls(sampler.sample(rng))}


def _named(calls: set[Call], name: str) -> set[str | None]:
    return {call.value for call in calls if call.name == name}


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("switch the den TV to the Xbox", {"Xbox"}),
        ("den TV to HDMI 2", {"HDMI 2"}),
        ("put the den TV on Netflix", {"Netflix"}),
    ],
)
def test_a_source_said_is_the_only_source_offered(text: str, sources: set[str]) -> None:
    """Said "Switch the TV to the Xbox": that source, never the volume or off.

    "Den TV to HDMI 2" has no verb: it may be read as a question too, which
    changes nothing.
    """
    calls = _calls(text)
    assert _named(calls, "media_source") == sources
    assert {call.name for call in calls} <= {"media_source", "turn_on", "state", "none"}


@pytest.mark.parametrize(
    "text", ["turn off the den TV", "turn the den TV up", "set the den TV volume to 20"]
)
def test_no_source_is_offered_when_none_is_said(text: str) -> None:
    """Said "Turn off the TV": no source at all."""
    assert not _named(_calls(text), "media_source")


def test_suction_said_is_the_only_suction_offered() -> None:
    """Said "Set Kevin's suction to max": max, never max_plus, never start or dock."""
    calls = _calls("set Kevin's suction to max")
    assert {call.name for call in calls} <= {"vacuum_speed", "none"}
    assert _named(calls, "vacuum_speed") == {"max"}
    assert _named(_calls("set the kevin to turbo"), "vacuum_speed") == {"turbo"}


def test_run_on_a_suction_starts_and_sets_it() -> None:
    """Said "Run Kevin on max": it starts and cleans at max, never one of the two."""
    clause = read_clause("run Kevin on max", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    sampler = GrammarSampler(grammar)
    rng = random.Random(3)
    for _ in range(50):
        calls = parse_calls(sampler.sample(rng))
        made = {call.name for call in calls} - {"none"}
        assert made in (set(), {"start", "vacuum_speed"})
    assert _named(_calls("run Kevin on max"), "vacuum_speed") == {"max"}
    assert _named(_calls("set the suction to turbo"), "vacuum_speed") == {"turbo"}
    # "Set" is no start: the suction alone may be set.
    clause = read_clause("set Kevin to max suction", HOME)
    assert "start-speed" not in build_grammar(shortlist(HOME, clause), clause)


@pytest.mark.parametrize("text", ["start kevin", "send kevin back to its dock"])
def test_no_suction_is_offered_when_none_is_said(text: str) -> None:
    """Said "Start Kevin": it starts; its suction stays as it is."""
    assert "vacuum_speed" not in {call.name for call in _calls(text)}


@pytest.mark.parametrize(
    ("text", "meant", "never"),
    [
        ("make the desk fan oscillate", "oscillate", "oscillate_off"),
        ("turn on oscillation on the desk fan", "oscillate", "oscillate_off"),
        ("stop the desk fan oscillating", "oscillate_off", "oscillate"),
        ("turn off the desk fan's oscillation", "oscillate_off", "oscillate"),
    ],
)
def test_oscillation_is_offered_the_way_the_words_ask(
    text: str, meant: str, never: str
) -> None:
    """Said "Stop the fan oscillating": it stops swinging, never starts."""
    names = {call.name for call in _calls(text)}
    assert meant in names
    assert never not in names


@pytest.mark.parametrize(
    "text", ["turn off the desk fan", "turn on the desk fan", "set the desk fan to 40%"]
)
def test_oscillation_is_never_offered_unless_said(text: str) -> None:
    """Said "Turn off the fan": it is turned off, its swinging left alone."""
    names = {call.name for call in _calls(text)}
    assert not names & {"oscillate", "oscillate_off"}


@pytest.mark.parametrize(
    "text",
    [
        "tick bread off the market list",
        "mark bread as done on the market list",
        "cross bread off the market list",
    ],
)
def test_ticking_off_takes_words_said_on_a_list_said(text: str) -> None:
    """Said "Tick bread off the market list": an item of those words, never an add."""
    calls = _calls(text)
    items = _named(calls, "todo_complete")
    assert "bread" in items
    said = text.split()
    for item in items:
        assert item is not None
        assert " ".join(item.split()) in " ".join(said)
    assert "todo_add" not in {call.name for call in calls}


@pytest.mark.parametrize(
    "text",
    [
        "add bread to the market list",
        "what is on the market list",
        "tick the den lamp",
        "mark the den lamp as done",
    ],
)
def test_ticking_off_is_never_offered_otherwise(text: str) -> None:
    """Said "Add bread to the list", a question, or no list: nothing is ticked off."""
    assert "todo_complete" not in {call.name for call in _calls(text)}


@pytest.mark.parametrize(
    ("said", "items", "meant"),
    [
        ("bread", ["Bread", "Eggs"], "Bread"),
        ("bread off", ["Bread", "Eggs"], "Bread"),
        ("oat milk", ["Milk", "Oat milk"], "Oat milk"),
        ("the milk", ["Milk", "Oat milk"], "Milk"),
        ("eggs and bread", ["Bread", "Eggs"], None),
        ("butter", ["Bread", "Eggs"], None),
        ("bread", ["Breadcrumbs"], None),
        # A part of one item: that item; of two, neither; "it" tells nothing.
        ("coffee", ["Community coffee", "rice"], "Community coffee"),
        (
            "the AC filter",
            ["change the AC filter", "clean the gutters"],
            "change the AC filter",
        ),
        (
            "AC filter",
            ["change the AC filter", "clean the gutters"],
            "change the AC filter",
        ),
        ("coffee", ["Community coffee", "coffee filters"], None),
        ("it", ["fix it", "rice"], None),
    ],
)
def test_the_item_meant_is_an_open_item_whose_words_were_said(
    said: str, items: list[str], meant: str | None
) -> None:
    """Said "bread": the list's "Bread"; two items said, or none, name neither."""
    assert listed_item(said, items) == meant
