"""Mandarin as a Shenzhen family says it: what is left as it is, and "房间" said alone.

"大灯熄掉，夜灯留着" had turned off the night light and left the big light on; "客厅窗帘
打开，纱帘不要动" had opened the sheer too; "房间的灯全关了" said in the main bedroom had
turned off the lights of the room aliased "外婆房间"; "风扇开一下啦" in the living room
had offered the fresh-air system beside the floor fan. Xi'an's "把灯都关咧" said in the
living room had turned off every light of the home, and "空调关咧，地暖开着呢" the floor
heating too. Read against a small home built here (no model): the devices offered are
what the user notices.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import curtain, home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

ZH = get_language("zh-CN")
AREAS: Mapping[str, HomeArea] = {
    "lounge": HomeArea("lounge", "客厅", (), ()),
    "master": HomeArea("master", "主卧", (), ()),
    "baby": HomeArea("baby", "宝宝房", ("外婆房间",), ()),
}


HOME = Home(
    (
        curtain("cover.curtain", "客厅窗帘", "lounge", AREAS),
        curtain("cover.sheer", "客厅纱帘", "lounge", AREAS),
        home_entity("light.lounge", "客厅吸顶灯", "lounge", AREAS),
        home_entity("light.master", "主卧吸顶灯", "master", AREAS),
        home_entity("light.bedside", "床头灯", "master", AREAS),
        home_entity("light.baby", "宝宝房吸顶灯", "baby", AREAS),
        home_entity("light.night", "小夜灯", "baby", AREAS),
        home_entity("fan.fresh_air", "新风", "lounge", AREAS),
        home_entity("fan.floor", "客厅落地扇", "lounge", AREAS),
        thermostat("climate.ac", "客厅空调", "lounge", AREAS, ("off", "cool", "heat")),
        thermostat("climate.floor", "客厅地暖", "lounge", AREAS),
    ),
    tuple(AREAS.values()),
)


_LIGHTS = {"light.lounge", "light.master", "light.bedside", "light.baby", "light.night"}


@pytest.mark.parametrize(
    ("text", "here", "offered"),
    [
        ("宝宝要睏了，大灯熄掉，夜灯留着", "宝宝房", {"light.baby"}),
        ("客厅窗帘打开，纱帘不要动", None, {"cover.curtain"}),
        ("房间的灯全关了，睡觉", "主卧", {"light.master", "light.bedside"}),
        # The fresh-air system is a fan to Home Assistant, never "the fan".
        ("风扇开一下啦", "客厅", {"fan.floor"}),
        # Said in full, the alias is still the room's.
        ("外婆房间的灯关掉", "主卧", {"light.baby", "light.night"}),
        # "都" says all of those here; "所有" every one of the home.
        ("把灯都关咧", "客厅", {"light.lounge"}),
        ("灯都关了吧", None, _LIGHTS),
        ("所有的灯都关了", "客厅", _LIGHTS),
        # "The floor heating is on": it stays so.
        ("空调关咧，地暖开着呢", None, {"climate.ac"}),
    ],
)
def test_what_is_left_and_the_room_said_alone(
    text: str, here: str | None, offered: set[str]
) -> None:
    """One command, of the devices meant; what is left as it is offered to none."""
    commands = [c for c in read(text, HOME, ZH).clauses if c.command]
    assert len(commands) == 1
    found = shortlist(HOME, commands[0], [here] if here else [])
    assert {e.entity_id for e in found.entities} == offered


def test_xi_turns_a_light_off() -> None:
    """Said "把客厅的灯熄掉啦" (Chaozhou "熄"): a light turned off, as "关掉" does."""
    clause = read("把客厅的灯熄掉啦", HOME, ZH).clauses[0]
    assert clause.command
    assert '"turn_off("' in build_grammar(shortlist(HOME, clause), clause)
