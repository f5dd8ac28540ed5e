"""Said in Chongqing: kilowatt-hours, outdoors, and watering the flowers a little.

"今天用了好多度电" had been read as a temperature ("多少度"), "外面到底好多度哦" had
answered with the grandmother's air conditioner, and "露台的花浇下水" was no command.
Read against a small home built here (no model): the devices offered, and the calls.
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

ZH = get_language("zh")
_A: Mapping[str, HomeArea] = {
    key: HomeArea(key, name, (), ())
    for key, name in (("living", "客厅"), ("grandma", "外婆房间"), ("terrace", "露台"))
}
HOME = Home(
    (
        home_entity(
            "climate.grandma_ac",
            "外婆房间空调",
            "grandma",
            _A,
            attributes={"hvac_modes": ["off", "cool"], "supported_features": 1},
        ),
        home_entity("sensor.living", "客厅温度", "living", _A, "temperature"),
        home_entity("sensor.outdoor", "室外温度", None, _A, "temperature"),
        home_entity("sensor.energy", "今日用电量", None, _A, "energy"),
        home_entity(
            "valve.watering",
            "露台浇花阀门",
            "terrace",
            _A,
            "water",
            attributes={"supported_features": 3},
        ),
    ),
    tuple(_A.values()),
)


@pytest.mark.parametrize(
    ("text", "offered", "call"),
    [
        ("今天用了好多度电", {"sensor.energy"}, "state"),
        ("外面到底好多度哦，热惨了", {"sensor.outdoor"}, "state"),
        ("露台的花浇下水，都晒蔫了", {"valve.watering"}, "turn-on"),
    ],
)
def test_said_in_chongqing(text: str, offered: set[str], call: str) -> None:
    """Each is offered the one device it is of, with its call."""
    clause = read(text, HOME, ZH).clauses[0]
    found = shortlist(HOME, clause)
    assert {e.entity_id for e in found.entities} == offered
    calls = next(
        line
        for line in build_grammar(found, clause).splitlines()
        if line.startswith("call ::=")
    )
    assert f"| {call}" in calls
