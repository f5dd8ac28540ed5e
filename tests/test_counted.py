"""Devices counted by the words: no more are changed than "both" or "the two" say.

"Zet de verwarming bij de kinderen allebei op zeventien" (Maastricht): the model set
the two children's thermostats and the living room's too; three for "allebei" is a
guess, and the user is asked which. Read against a small home built here; the calls
are the model's as it wrote them.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.counted import (
    devices_counted,
    more_than_counted,
    which_counted,
)
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.home.calls import Call
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

AREAS: Mapping[str, HomeArea] = {
    "woonkamer": HomeArea("woonkamer", "Woonkamer", ("kamer",), ()),
    "joep": HomeArea("joep", "Kamer Joep", (), ()),
    "lieke": HomeArea("lieke", "Kamer Lieke", (), ()),
}
HOME = Home(
    (
        thermostat("climate.woonkamer", "Woonkamer", "woonkamer", AREAS),
        thermostat("climate.joep", "Kamer Joep", "joep", AREAS),
        thermostat("climate.lieke", "Kamer Lieke", "lieke", AREAS),
        home_entity("light.lamp", "Lamp Joep", "joep", AREAS),
    ),
    tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("nl", "zet de verwarming bij de kinderen allebei op zeventien", 2),
        ("en", "turn off both heaters", 2),
        ("en", "turn off the two heaters", 2),
        ("de", "Mach ma beide Lüfter aus", 2),
        ("en", "turn off the heaters", None),
        ("en", "set the heater to 2 degrees", None),
    ],
)
def test_how_many_the_words_count(code: str, text: str, count: int | None) -> None:
    """Said "both", "allebei", "the two": two; a plural or a value counts none."""
    clause = read(text, HOME, get_language(code)).clauses[0]
    assert devices_counted(clause) == count


def test_three_changed_for_allebei_is_asked_about() -> None:
    """Three thermostats set for "allebei": asked which; two set are as said."""
    clause = read(
        "zet de verwarming bij de kinderen allebei op zeventien",
        HOME,
        get_language("nl"),
    ).clauses[0]
    three = Call("climate_temp", ("Kamer Joep", "Kamer Lieke", "Woonkamer"), "17")
    two = Call("climate_temp", ("Kamer Joep", "Kamer Lieke"), "17")
    assert more_than_counted([three], clause)
    assert not more_than_counted([two], clause)
    # A question is no change: an answer about three is no guess.
    assert not more_than_counted([Call("state", three.targets)], clause)
    offered = Home(HOME.entities[:3], HOME.areas)
    question = which_counted(clause, offered)
    assert "Kamer Joep" in question
    assert "Woonkamer" in question
    # Asked by the kind said, never by the unit after the number.
    degrees = read("set both heaters to 17 degrees", HOME, get_language("en"))
    asked = which_counted(degrees.clauses[0], offered)
    assert "heater" in asked
    assert "degree" not in asked
