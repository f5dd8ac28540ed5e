"""English as Northern England and Canada say it to a satellite.

Read against a small home built here (no model): the command read and the devices
offered are what the user notices.
"""

from __future__ import annotations

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from .reading import read_clause
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.replies import answer
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import table_for

AREAS = {"front": HomeArea("front", "Front Room", (), ())}
HOME = Home(
    entities=(
        home_entity("light.big", "Big Light", "front", AREAS),
        thermostat("climate.heating", "Heating", None, AREAS, ("off", "heat", "auto")),
        home_entity("lock.front", "Front Door", "front", AREAS),
        home_entity("lock.back", "Back Door", None, AREAS),
        home_entity("todo.shopping", "Shopping List", None, AREAS),
        alarm_panel(AREAS),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "read_as", "offered"),
    [
        ("knock the big light off", "turn the big light off", "light.big"),
        ("knock the heating on", "turn the heating on", "climate.heating"),
        # The timer is the heating's schedule: its auto mode.
        (
            "put the heating back on the timer",
            "put the heating back on auto",
            "climate.heating",
        ),
    ],
)
def test_northern_english_is_read_as_meant(
    text: str, read_as: str, offered: str
) -> None:
    """Said: "Knock the big light off": turned off, as "turn" says."""
    clause = read_clause(text, HOME)
    assert clause.text == read_as
    assert clause.command
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == [offered]


def test_lock_up_love_is_every_lock() -> None:
    """Said: "Lock up, love, we're off to bed": both locks, no question."""
    clause = read_clause("lock up, love, we're off to bed", HOME)
    assert clause.every
    assert not clause.unknown
    offered = {e.entity_id for e in shortlist(HOME, clause).entities}
    assert offered == {"lock.front", "lock.back"}


def test_what_we_need_from_the_shops_is_the_shopping_list() -> None:
    """Said: "What do we need from the shops?": the list is read, nothing added."""
    clause = read_clause("what do we need from the shops?", HOME)
    assert clause.question
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == ["todo.shopping"]


def test_off_out_arms_the_alarm_away() -> None:
    """Said: "Set the alarm, we're off out": away; "turn out" says no mode."""
    clause = read_clause("set the alarm, we're off out", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"away"' in grammar
    assert '"night"' not in grammar


@pytest.mark.parametrize(
    ("code", "on", "off"),
    [
        ("en", "The Dryer is running.", "The Dryer is not running."),
        ("de", "Dryer ist in Betrieb.", "Dryer ist nicht in Betrieb."),
    ],
)
def test_a_running_sensor_is_said_running(code: str, on: str, off: str) -> None:
    """Asked "is the dryer done?": running or not, never "on"."""
    for state, said in (("on", on), ("off", off)):
        dryer = {
            "name": "Dryer",
            "domain": "binary_sensor",
            "state": state,
            "device_class": "running",
        }
        assert answer(dryer, table_for(code)) == said
