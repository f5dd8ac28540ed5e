"""Mandarin as Wuhan says it to a satellite ("空调打低两度", "…，除了玄关灯，…").

Read against a small home built here (no model): the devices offered, and the
question back, are what the user notices.
"""

from __future__ import annotations

from collections.abc import Mapping

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

ZH = get_language("zh-CN")
AREAS: Mapping[str, HomeArea] = {
    "lounge": HomeArea("lounge", "客厅", (), ()),
    "baby": HomeArea("baby", "宝宝房", (), ()),
    "hall": HomeArea("hall", "玄关", (), ()),
}
_COOLING = ("off", "cool", "heat")
HOME = Home(
    (
        home_entity("light.lounge", "客厅吸顶灯", "lounge", AREAS),
        home_entity("light.baby", "宝宝房吸顶灯", "baby", AREAS),
        home_entity("light.hall", "玄关灯", "hall", AREAS),
        thermostat("climate.lounge", "客厅空调", "lounge", AREAS, _COOLING),
        thermostat("climate.baby", "宝宝房空调", "baby", AREAS, _COOLING),
    ),
    tuple(AREAS.values()),
)


def test_da_di_turns_down_and_asks_which_air_conditioner() -> None:
    """Said "空调打低两度" with two ACs and no satellite: which one is asked."""
    clause = read("空调打低两度", HOME, ZH).clauses[0]
    assert clause.command
    asked = unnamed_choice(HOME, clause, [])
    assert asked is not None
    assert {e.entity_id for e in asked[1]} == {"climate.lounge", "climate.baby"}


def test_an_exception_said_after_a_remark_is_left_out() -> None:
    """Said "我们下楼散步克哒，除了玄关灯，其他灯都关了撒": the hall light stays on."""
    text = "我们一屋人下楼散步克哒，除了玄关灯，其他灯都关了撒"
    clause = read(text, HOME, ZH).clauses[0]
    offered = {e.entity_id for e in shortlist(HOME, clause).entities}
    assert offered == {"light.lounge", "light.baby"}


def test_why_after_the_command_names_no_second_target() -> None:
    """Said "客厅的灯关了撒，看电视晃眼睛": the lights off, never the TV too."""
    home = Home(
        (
            *HOME.entities,
            home_entity("media_player.tv", "电视", "lounge", AREAS, "tv"),
        ),
        HOME.areas,
    )
    request = read("客厅的灯关了撒，看电视晃眼睛", home, ZH)
    offered = {
        e.entity_id for c in request.clauses for e in shortlist(home, c).entities
    }
    assert offered == {"light.lounge"}
