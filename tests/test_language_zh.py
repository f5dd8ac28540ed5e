"""Mandarin Chinese: what a user says to the assistant at home, read without a model.

Chinese has no spaces: the home's names ("餐厅吊灯", "主卧室") and the user's words
are split into words by the same table, and numbers, questions, negation and "all"
are read from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.named import says_a_name
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.replies import answer, reply_for, which_one
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import still_to_do, unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import ENGLISH, get_language

ZH = get_language("zh-CN")
AREAS: Mapping[str, HomeArea] = {
    "lounge": HomeArea("lounge", "客厅", (), ()),
    "dining": HomeArea("dining", "餐厅", (), ()),
    "bedroom": HomeArea("bedroom", "主卧室", (), ()),
}
LOUNGE_LIGHT = home_entity("light.lounge", "客厅灯", "lounge", AREAS)
DINING_LIGHT = home_entity("light.dining", "餐厅吊灯", "dining", AREAS)
BEDSIDE = home_entity("light.bedside", "床头灯", "bedroom", AREAS)
AIRCON = thermostat(
    "climate.bedroom", "卧室空调", "bedroom", AREAS, modes=("off", "heat", "cool")
)
CURTAIN = home_entity("cover.lounge", "客厅窗帘", "lounge", AREAS, "curtain")
SHOPPING = home_entity("todo.shopping", "购物清单", None, AREAS)
HOME = Home(
    (LOUNGE_LIGHT, DINING_LIGHT, BEDSIDE, AIRCON, CURTAIN, SHOPPING),
    tuple(AREAS.values()),
)
LIGHTS = {"light.lounge", "light.dining", "light.bedside"}


def _clause(text: str) -> Clause:
    return read(text, HOME, ZH).clauses[0]


def _listed(text: str) -> set[str]:
    return {e.entity_id for e in shortlist(HOME, _clause(text)).entities}


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("打开客厅灯", {"light.lounge"}),
        ("把餐厅的吊灯关掉", {"light.dining"}),
        ("请帮我把主卧室的床头灯打开", {"light.bedside"}),
        # The verb after its target, as often said.
        ("客厅灯关了", {"light.lounge"}),
        ("把客厅的窗帘拉上", {"cover.lounge"}),
        ("空调开到二十六度", {"climate.bedroom"}),
    ],
)
def test_a_command_lists_the_device_named(text: str, listed: set[str]) -> None:
    """A device named inside a sentence without spaces is the one listed."""
    clause = _clause(text)
    assert clause.command
    assert not clause.question
    assert _listed(text) == listed


def test_a_name_said_in_full_meets_the_names_words() -> None:
    """Said: "餐厅吊灯" is said in full inside "打开餐厅吊灯", and "客厅" is an area."""
    clause = _clause("打开餐厅吊灯")
    assert says_a_name(HOME, clause)
    assert ("light", None) in clause.kinds
    assert "客厅" in _clause("打开客厅的灯").words


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("把空调调到二十五度", {"25"}),
        ("把空调调到二十一点五度", {"21.5"}),
        ("把空调调到21.5度", {"21.5"}),
        ("把床头灯调到百分之五十", {"50"}),
        ("把床头灯的亮度调到百分之百", {"100"}),
        ("空调调高两度", {"2"}),
        ("把客厅窗帘开一半", {"50"}),
        ("把床头灯调到十五", {"15"}),
        # "一点" is "a bit", never the number one.
        ("把床头灯调亮一点", set()),
    ],
)
def test_values_said_in_chinese(text: str, numbers: set[str]) -> None:
    """Number words, percentages and decimals with "点" are the values said."""
    assert _clause(text).numbers == numbers


def test_a_decimal_is_the_temperature_offered() -> None:
    """Said: "二十一点五度" may set 21.5, never 21 or 5."""
    clause = _clause("把卧室空调调到二十一点五度")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"21.5"' in grammar
    assert '"21"' not in grammar
    assert '"5"' not in grammar


@pytest.mark.parametrize(
    "text",
    [
        "客厅灯开着吗",
        "卧室的温度是多少",
        "现在几度",
        "哪个灯开着",
        "客厅灯是不是开着",
        "有没有开着的灯",
        "购物清单上有什么",
        "请问卧室空调开着呢",
    ],
)
def test_a_question_never_changes_anything(text: str) -> None:
    """A question word anywhere ("吗" at the end) asks; nothing is offered to change."""
    clause = _clause(text)
    assert clause.question
    assert not clause.command
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert "state ::=" in grammar
    for change in ("turn-on", "turn-off", "todo-add", "climate-temp", "close"):
        assert f"{change} ::=" not in grammar


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("不要开灯", True),
        ("别把客厅灯关了", True),
        ("客厅灯不要关", True),
        ("不开空调", True),
        ("打开客厅灯，算了，不要了", True),
        ("打开客厅灯", False),
        ("能不能打开客厅灯", False),
        ("客厅灯是不是开着", False),
    ],
)
def test_negation(text: str, negated: bool) -> None:
    """Said: "不要", "别", "不" before a verb (or at the end) undo the command."""
    assert read(text, HOME, ZH).negated is negated


@pytest.mark.parametrize("text", ["把所有的灯都关了", "关掉全部的灯", "灯都打开"])
def test_all_the_lights(text: str) -> None:
    """Said: "所有", "全部", "都": every light, wherever it is."""
    clause = _clause(text)
    assert clause.every
    assert _listed(text) == LIGHTS


def test_a_kind_said_alone_is_asked_about() -> None:
    """Said: "把灯打开" in a home of three lights, from no room: which one is asked."""
    choice = unnamed_choice(HOME, _clause("把灯打开"))
    assert choice is not None
    kind, devices = choice
    assert kind == "灯"
    assert {e.entity_id for e in devices} == LIGHTS
    question = which_one(kind, [e.name for e in devices[:2]], ZH)
    assert question == "你说的是哪个灯：客厅灯还是餐厅吊灯？"
    # From the living room, the light there.
    clause = _clause("把灯打开")
    assert unnamed_choice(HOME, clause, ["客厅"]) is None
    assert {e.entity_id for e in shortlist(HOME, clause, ["客厅"]).entities} == {
        "light.lounge"
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [("太热了", ("climate", None)), ("好冷啊", ("climate", None))],
)
def test_an_indirect_request_is_a_command(text: str, kind: tuple[str, None]) -> None:
    """Said: "太热了" is read as the table's command for it."""
    clause = _clause(text)
    assert clause.comfort
    assert clause.command
    assert kind in clause.kinds


def test_heating_means_a_device_that_heats() -> None:
    """Said: "暖气" is a climate device that can heat."""
    assert ("hvac_modes", "heat") in _clause("把暖气打开").needs


@pytest.mark.parametrize(
    ("result", "reply"),
    [
        ({"action": "turn_on", "targets": ["客厅灯"]}, "已打开客厅灯。"),
        (
            {"action": "turn_off", "targets": ["客厅灯", "餐厅吊灯", "床头灯"]},
            "已关闭客厅灯、餐厅吊灯和床头灯。",
        ),
        (
            {"action": "light_step", "targets": ["床头灯"], "value": "-20"},
            "已调暗床头灯。",
        ),
        (
            {"action": "position", "targets": ["客厅窗帘"], "value": "40"},
            "已将客厅窗帘开到40%。",
        ),
    ],
)
def test_replies(result: dict[str, Any], reply: str) -> None:
    """Replies are Chinese sentences, whatever the devices are called."""
    assert reply_for(result, False, ZH) == reply


def test_answers_and_errors() -> None:
    """Answers from state and refusals are Chinese, with every placeholder filled."""
    light = {"name": "客厅灯", "domain": "light", "state": "off"}
    assert answer(light, ZH) == "客厅灯现在关着。"
    temperature = {
        "name": "卧室温度",
        "domain": "sensor",
        "state": "22.5",
        "unit": "°C",
    }
    assert answer(temperature, ZH) == "卧室温度是22.5°C。"
    error = {"error": "unknown_target", "name": "烤面包机"}
    assert reply_for(error, True, ZH) == "抱歉，我不知道叫烤面包机的设备。"


def test_the_table_has_every_english_reply_and_example() -> None:
    """Every reply, error and state of English has its Chinese, and each example."""
    assert set(ENGLISH.replies) <= set(ZH.replies)
    assert set(ENGLISH.errors) <= set(ZH.errors)
    assert set(ENGLISH.state_words) <= set(ZH.state_words)
    assert set(ENGLISH.binary_states) <= set(ZH.binary_states)
    for name, words in ENGLISH.actions.items():
        zh = ZH.action(name)
        assert len(zh.examples) == len(words.examples), name
        assert bool(zh.reply) == bool(words.reply), name
        assert (zh.reply_down is None) == (words.reply_down is None), name
    assert ZH.question_marks <= ZH.question_words


@pytest.mark.parametrize(
    ("text", "call"),
    [
        # Said of a Shanghai flat: the lock, the robot, the alarm by their verbs.
        ("把门锁上", "lock"),
        ("帮我把扫地机器人打开", "start"),
        ("开启离家布防", "alarm-arm"),
        ("暂停扫地", "pause"),
    ],
)
def test_everyday_commands_of_a_chinese_home(text: str, call: str) -> None:
    """Locking the door, starting the robot, arming: "把门锁上" is no "门锁" + "上"."""
    areas = {"lounge": AREAS["lounge"]}
    home = Home(
        (
            home_entity(
                "vacuum.robot",
                "扫地机器人",
                "lounge",
                areas,
                attributes={"supported_features": 1 | 4 | 8 | 16 | 8192},
            ),
            home_entity("lock.door", "智能门锁", "lounge", areas),
            alarm_panel(areas),
        ),
        tuple(areas.values()),
    )
    clause = read(text, home, ZH).clauses[0]
    grammar = build_grammar(shortlist(home, clause), clause)
    assert f"| {call}" in next(
        line for line in grammar.splitlines() if line.startswith("call ::=")
    )


def test_a_robot_cleaning_is_busy_as_a_player_playing() -> None:
    """A robot cleaning could be paused as a speaker playing could ("暂停")."""
    speaker = home_entity(
        "media_player.speaker", "小爱音箱", "lounge", AREAS, "speaker"
    )
    robot = home_entity("vacuum.robot", "扫地机器人", "lounge", AREAS)
    states = {"media_player.speaker": "playing", "vacuum.robot": "cleaning"}
    clause = read("暂停", Home((speaker, robot), tuple(AREAS.values())), ZH).clauses[0]
    left = still_to_do([speaker, robot], clause, states.get)
    assert {e.entity_id for e in left} == {"media_player.speaker", "vacuum.robot"}
