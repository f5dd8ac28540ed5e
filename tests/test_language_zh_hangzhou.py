"""Mandarin as a Hangzhou family says it ("客厅两个窗帘全部拉开", "加牛奶跟酸奶").

Read against a small home built here (no model): the devices and values offered,
and the items added, are what the user notices.
"""

from __future__ import annotations

from collections.abc import Mapping

from .home_entities import curtain, home_entity, thermostat
from custom_components.llm_home.agent.asked import woken_modes
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.items import each_item, joins_items
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.calls import Call
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

ZH = get_language("zh-CN")
AREAS: Mapping[str, HomeArea] = {
    "lounge": HomeArea("lounge", "客厅", (), ()),
    "master": HomeArea("master", "主卧", (), ()),
    "duoduo": HomeArea("duoduo", "朵朵房间", (), ()),
    "bath": HomeArea("bath", "卫生间", (), ()),
    "ensuite": HomeArea("ensuite", "主卫", (), ()),
}
_AC = ("off", "auto", "cool", "heat")


HOME = Home(
    (
        curtain("cover.curtain", "客厅窗帘", "lounge", AREAS),
        curtain("cover.sheer", "客厅纱帘", "lounge", AREAS),
        home_entity("light.lounge", "客厅主灯", "lounge", AREAS),
        thermostat("climate.lounge", "客厅空调", "lounge", AREAS, _AC),
        thermostat("climate.master", "主卧空调", "master", AREAS, _AC),
        thermostat("climate.duoduo", "朵朵房间空调", "duoduo", AREAS, _AC),
        thermostat("climate.floor", "地暖", "lounge", AREAS),
        home_entity("todo.hema", "盒马清单", None, AREAS),
        home_entity("fan.fresh_air", "新风", "lounge", AREAS),
        home_entity("fan.bath", "卫生间排气扇", "bath", AREAS),
        home_entity("fan.ensuite", "主卫排气扇", "ensuite", AREAS),
    ),
    tuple(AREAS.values()),
)


def _clause(text: str, home: Home = HOME) -> Clause:
    return read(text, home, ZH).clauses[0]


def test_two_before_a_kind_counts_the_curtains_and_sets_no_value() -> None:
    """Said "客厅两个窗帘全部拉开": both curtains, never opened to 2 %."""
    clause = _clause("客厅两个窗帘全部拉开")
    offered = shortlist(HOME, clause)
    assert {e.entity_id for e in offered.entities} == {"cover.curtain", "cover.sheer"}
    assert not clause.numbers
    assert '"2"' not in build_grammar(offered, clause)
    # A number with no measure word still is a value: "空调调高两度" is 2 degrees.
    assert _clause("空调调高两度").numbers == {"2"}


def test_gen_joins_two_things_for_a_list() -> None:
    """Said "盒马清单里加牛奶跟酸奶": milk and yoghurt added, whichever the model wrote."""
    clause = _clause("盒马清单里加牛奶跟酸奶")
    assert joins_items(clause)
    for written in ("酸奶", "牛奶", "牛奶跟酸奶"):
        calls = each_item(
            [Call("todo_add", ("盒马清单",), written)], clause, HOME.entities
        )
        assert [call.value for call in calls] == ["牛奶", "酸奶"]


def test_kong_tiao_names_the_air_conditioners_never_the_floor_heating() -> None:
    """Said "除了朵朵房间，其他空调全部关掉": the other ACs off, the floor heating on.

    "空调" still wakes no cooling: "把空调开起" leaves an AC in its mode.
    """
    clause = _clause("除了朵朵房间，其他空调全部关掉")
    offered = {e.entity_id for e in shortlist(HOME, clause).entities}
    assert offered == {"climate.lounge", "climate.master"}
    assert not woken_modes(_clause("把主卧空调开起"))
    assert woken_modes(_clause("把主卧冷气打开")) == {"cool"}


def test_exhaust_fans_are_never_the_fresh_air_system() -> None:
    """Said "两个排气扇都关掉": both bathrooms' exhaust fans, never the fresh air."""
    clause = _clause("两个排气扇都关掉")
    offered = {e.entity_id for e in shortlist(HOME, clause).entities}
    assert offered == {"fan.bath", "fan.ensuite"}


def test_the_big_light_is_the_satellites_rooms_own() -> None:
    """Said "大灯关掉" in Duoduo's room: her light, never the living room's "客厅大灯"."""
    home = Home(
        (
            home_entity("light.lounge", "客厅大灯", "lounge", AREAS),
            home_entity("light.duoduo", "朵朵房间灯", "duoduo", AREAS),
            home_entity("light.desk", "朵朵台灯", "duoduo", AREAS),
            home_entity("light.night", "朵朵小夜灯", "duoduo", AREAS),
        ),
        tuple(AREAS.values()),
    )
    offered = shortlist(home, _clause("大灯关掉", home), ["朵朵房间"])
    assert [e.entity_id for e in offered.entities] == ["light.duoduo"]
    offered = shortlist(home, _clause("把客厅大灯关掉", home), ["朵朵房间"])
    assert [e.entity_id for e in offered.entities] == ["light.lounge"]


def test_a_remark_on_the_cold_wakes_the_ac_to_heat() -> None:
    """Said "这里冷煞嘞，空调开起来": the AC heats, never its first mode (auto)."""
    clause = read("这里冷煞嘞，空调开起来", HOME, ZH).clauses[0]
    assert woken_modes(clause) == {"heat"}
    offered = shortlist(HOME, clause, ["主卧"])
    grammar = build_grammar(offered, clause)
    assert '"heat"' in grammar
    assert '"auto"' not in grammar
    # Said in the heat, it cools; said with no remark, the AC keeps its mode.
    assert woken_modes(read("热死了，空调开起来", HOME, ZH).clauses[0]) == {"cool"}
    assert not woken_modes(_clause("空调开起来"))
