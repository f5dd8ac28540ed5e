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
from custom_components.llm_home.agent.closing import closing
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.items import item_spans, items_said
from custom_components.llm_home.agent.named import says_a_name
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.replies import answer, reply_for, which_one
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.still_to_do import still_to_do
from custom_components.llm_home.agent.which import unnamed_choice
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
    assert ("light", "pendant") in clause.kinds
    assert ("light", None) in _clause("打开餐厅的灯").kinds
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
        ("莫开客厅灯", True),
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


# A flat in Chengdu: two desk lamps, a light strip, an AC that heats, a fresh-air fan,
# a door lock beside a door contact, a kettle and a mahjong table on plugs.
CHENGDU_AREAS: Mapping[str, HomeArea] = {
    "lounge": HomeArea("lounge", "客厅", (), ()),
    "kids": HomeArea("kids", "儿童房", (), ()),
    "study": HomeArea("study", "书房", (), ()),
    "terrace": HomeArea("terrace", "露台", (), ()),
    "bath": HomeArea("bath", "卫生间", (), ()),
}
_A = CHENGDU_AREAS
CHENGDU = Home(
    (
        home_entity("light.kids_lamp", "儿童房台灯", "kids", _A),
        home_entity("light.study_lamp", "书房台灯", "study", _A),
        home_entity("light.lounge_main", "客厅主灯", "lounge", _A),
        home_entity(
            "light.strip",
            "客厅灯带",
            "lounge",
            _A,
            attributes={"supported_color_modes": ["hs"]},
        ),
        home_entity(
            "climate.kids_ac",
            "儿童房空调",
            "kids",
            _A,
            attributes={
                "hvac_modes": ["off", "cool", "heat", "dry", "fan_only", "auto"],
                "fan_modes": ["auto", "low", "medium", "high"],
                "min_temp": 16,
                "max_temp": 30,
                "supported_features": 1 | 8 | 128 | 256,
            },
        ),
        home_entity(
            "climate.floor",
            "地暖",
            "lounge",
            _A,
            attributes={
                "hvac_modes": ["off", "heat"],
                "min_temp": 5,
                "max_temp": 35,
                "temperature": 20,
                "supported_features": 1 | 128 | 256,
            },
        ),
        home_entity(
            "fan.fresh_air",
            "新风",
            "lounge",
            _A,
            attributes={"supported_features": 1 | 16 | 32, "percentage": 40},
        ),
        home_entity("lock.front", "智能门锁", "lounge", _A),
        home_entity("binary_sensor.terrace_door", "露台门", "terrace", _A, "door"),
        home_entity("binary_sensor.gas", "燃气报警器", "lounge", _A, "gas"),
        home_entity("switch.mahjong", "麻将机", "terrace", _A),
        home_entity("switch.kettle", "茶台烧水壶", "terrace", _A),
        home_entity("switch.heater", "热水器", "bath", _A),
        home_entity("switch.bath_heater", "浴霸", "bath", _A),
        home_entity(
            "cover.curtain",
            "客厅窗帘",
            "lounge",
            _A,
            "curtain",
            attributes={"supported_features": 15},
        ),
        home_entity(
            "media_player.tv",
            "客厅电视",
            "lounge",
            _A,
            "tv",
            attributes={
                "source_list": ["机顶盒", "投屏", "游戏机", "爱奇艺"],
                "supported_features": 1 | 4 | 8 | 128 | 256 | 2048,
            },
        ),
    ),
    tuple(_A.values()),
)


def _chengdu(text: str) -> tuple[Clause, str]:
    clause = read(text, CHENGDU, ZH).clauses[0]
    return clause, build_grammar(shortlist(CHENGDU, clause), clause)


def _calls(grammar: str) -> str:
    return next(line for line in grammar.splitlines() if line.startswith("call ::="))


def test_a_kind_of_light_calls_the_lights_so() -> None:
    """Said: "把台灯关了" of two desk lamps asks which; "灯带" is the light strip.

    "台灯", "灯带" are the lights whose names say so, never any light of the home:
    the strip was asked about among all lights, and "客厅的台灯" (none there) is no
    other light of the living room.
    """
    choice = unnamed_choice(CHENGDU, _chengdu("把台灯关了")[0])
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {"light.kids_lamp", "light.study_lamp"}
    assert not shortlist(CHENGDU, _chengdu("把客厅的台灯打开")[0]).entities
    clause, grammar = _chengdu("把灯带调成紫色")
    assert unnamed_choice(CHENGDU, clause) is None
    assert {e.entity_id for e in shortlist(CHENGDU, clause).entities} == {"light.strip"}
    assert '"purple"' in grammar


def test_the_ac_fan_said_at_full_is_its_highest_speed() -> None:
    """Said: "空调风速开到最大" is the fan's high speed, never the AC's cooling.

    An AC heats as well in China: "开" wakes no cooling of it.
    """
    _, grammar = _chengdu("儿童房空调风速开到最大")
    assert '"high"' in grammar
    assert "climate-mode ::=" not in grammar
    assert "climate-fan ::=" not in _chengdu("儿童房空调温度调到最低")[1]
    assert "climate-mode ::=" not in _chengdu("把儿童房空调开起")[1]


def test_a_fan_at_full_is_a_hundred_percent() -> None:
    """Said: "新风开到最大" is 100 %."""
    clause, grammar = _chengdu("新风开到最大")
    assert clause.numbers == {"100"}
    assert '"100"' in grammar


def test_a_step_goes_the_way_said() -> None:
    """Said: "地暖调高两度" is two degrees up, never a setting of 2 degrees."""
    grammar = _chengdu("地暖调高两度")[1]
    assert "climate-temp ::=" not in grammar
    assert '"+" ("2")' in grammar
    assert '"-" ("2")' in _chengdu("地暖调低两度")[1]


@pytest.mark.parametrize(
    ("text", "call"),
    [
        # Particles at the end: "嘛", "哈".
        ("客厅窗帘拉上嘛", "close"),
        ("客厅主灯关了哈", "turn-off"),
        # Sichuan "开起", "烧起": on.
        ("把麻将机开起，等会儿要搓麻将", "turn-on"),
        ("帮我把茶台的水烧起", "turn-on"),
        # "把门锁了" beside a door contact: the lock.
        ("把门锁了", "lock"),
        ("门锁好", "lock"),
        ("电视切回机顶盒", "media-source"),
    ],
)
def test_sichuan_and_spoken_commands(text: str, call: str) -> None:
    """Said in Chengdu: each is read as its command, with no word left unknown."""
    clause, grammar = _chengdu(text)
    assert clause.command
    assert not clause.unknown
    assert f"| {call}" in _calls(grammar)


def test_a_source_said_is_offered() -> None:
    """Said: "切回机顶盒" switches the TV to its set-top box."""
    assert '"机顶盒"' in _chengdu("电视切回机顶盒，要看新闻")[1]
    # An app the table has no word for, read as three words (Chongqing).
    assert '"爱奇艺"' in _chengdu("电视换到爱奇艺")[1]


def test_the_bathroom_heater_and_the_water_heater() -> None:
    """Said: "热水器和浴霸都打开": both, "浴霸" found whole."""
    clause = _chengdu("热水器和浴霸都打开")[0]
    assert "浴霸" in clause.words
    assert {e.entity_id for e in shortlist(CHENGDU, clause).entities} == {
        "switch.heater",
        "switch.bath_heater",
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("客厅好多度", {"多少", "度"}),
        ("啥子灯开着", {"什么"}),
        ("家里莫得人吗", {"没有"}),
    ],
)
def test_sichuan_question_words(text: str, words: set[str]) -> None:
    """Said: "好多度" asks how many degrees, "啥子" what, "莫得" none."""
    clause = _chengdu(text)[0]
    assert clause.question
    assert words <= clause.words


def test_a_gas_leak_is_asked_of_the_gas_sensor() -> None:
    """Said: "燃气有没有漏气": the gas sensor's state."""
    clause, grammar = _chengdu("燃气有没有漏气")
    assert ("binary_sensor", "gas") in clause.kinds
    assert not clause.unknown
    assert "binary_sensor.gas" in {
        e.entity_id for e in shortlist(CHENGDU, clause).entities
    }
    assert "| state" in _calls(grammar)


def test_beijing_er_after_a_bit() -> None:
    """Said: "客厅主灯暗一点儿": "儿" is no word nobody knows."""
    clause = _chengdu("客厅主灯暗一点儿")[0]
    assert not clause.unknown
    assert clause.command


def test_the_ac_of_a_room_with_floor_heating() -> None:
    """Said in a living room with its AC and floor heating: "空调" is the AC.

    "空调" wakes no cooling (an AC heats in a Chinese winter), yet it still tells
    the AC from the floor heating ("空调开到二十六度" never sets the floor).
    """
    areas = {"lounge": AREAS["lounge"]}
    modes = ("off", "heat", "cool")
    home = Home(
        (
            thermostat("climate.ac", "客厅空调", "lounge", areas, modes=modes),
            thermostat("climate.floor", "地暖", "lounge", areas),
        ),
        tuple(areas.values()),
    )
    for text in ("空调调高一度", "空调开到二十六度", "把空调打开"):
        clause = read(text, home, ZH).clauses[0]
        listed = shortlist(home, clause, ["客厅"]).entities
        assert {e.entity_id for e in listed} == {"climate.ac"}, text
        assert "climate-mode" not in build_grammar(shortlist(home, clause), clause)


@pytest.mark.parametrize(
    ("text", "reply"),
    [("要得，莫得事了", "okay"), ("要得", "okay"), ("安逸，谢谢哈", "welcome")],
)
def test_sichuan_closings(text: str, reply: str) -> None:
    """Said in Chengdu: "要得" (all right), "莫得事了" (nothing else) close."""
    assert closing(text, ZH) == reply
    assert not read(text, HOME, ZH).clauses[0].unknown


def test_opening_that_also_switches_on_says_no_curtain() -> None:
    """Said: "台灯开一下" of two desk lamps asks which, never one picked.

    "开" opens and switches on alike: it names no curtain or valve.
    """
    choice = unnamed_choice(CHENGDU, _chengdu("台灯开一下")[0])
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {"light.kids_lamp", "light.study_lamp"}


# A flat in Guangzhou: a TV on and a speaker playing, a standing fan with the modes
# Chinese fans have, two curtains of the living room, ACs in two bedrooms.
GUANGZHOU_AREAS: Mapping[str, HomeArea] = {
    "lounge": HomeArea("lounge", "客厅", (), ()),
    "master": HomeArea("master", "主卧", (), ()),
    "elder": HomeArea("elder", "老人房", (), ()),
    "balcony": HomeArea("balcony", "阳台", (), ()),
}
_G = GUANGZHOU_AREAS
_AC = {
    "hvac_modes": ["off", "cool", "dry", "fan_only", "heat", "auto"],
    "min_temp": 16,
    "max_temp": 30,
    "supported_features": 1 | 128 | 256,
}
GUANGZHOU = Home(
    (
        home_entity(
            "media_player.tv",
            "客厅电视",
            "lounge",
            _G,
            "tv",
            attributes={"supported_features": 1 | 128 | 256 | 16384},
        ),
        home_entity(
            "media_player.speaker",
            "小爱音箱",
            "lounge",
            _G,
            "speaker",
            attributes={"supported_features": 1 | 16 | 32 | 16384},
        ),
        home_entity(
            "fan.standing",
            "落地扇",
            "elder",
            _G,
            attributes={
                "preset_modes": ["标准风", "自然风", "睡眠风"],
                "supported_features": 1 | 2 | 8 | 16 | 32,
            },
        ),
        home_entity(
            "cover.curtain",
            "客厅窗帘",
            "lounge",
            _G,
            "curtain",
            attributes={"supported_features": 15},
        ),
        home_entity(
            "cover.sheer",
            "客厅纱帘",
            "lounge",
            _G,
            "curtain",
            attributes={"supported_features": 15},
        ),
        home_entity("climate.master_ac", "主卧空调", "master", _G, attributes=_AC),
        home_entity("climate.elder_ac", "老人房空调", "elder", _G, attributes=_AC),
        home_entity("sensor.washer", "洗衣机状态", "balcony", _G),
        home_entity(
            "cover.rack",
            "晾衣架",
            "balcony",
            _G,
            attributes={"supported_features": 15},
        ),
    ),
    tuple(_G.values()),
)


def _guangzhou(text: str) -> tuple[Clause, str]:
    clause = read(text, GUANGZHOU, ZH).clauses[0]
    return clause, build_grammar(shortlist(GUANGZHOU, clause), clause)


@pytest.mark.parametrize("text", ["音乐暂停一下啦", "暂停音乐喔", "把音乐暂停呗"])
def test_southern_particles_at_the_end(text: str) -> None:
    """Said in Guangzhou: "啦", "喔", "呗" end a command and name nothing.

    "音乐暂停一下啦" pauses the speaker playing, never asks what "啦" is.
    """
    clause, grammar = _guangzhou(text)
    assert clause.command
    assert not clause.unknown
    assert "| pause" in _calls(grammar)
    players = [e for e in GUANGZHOU.entities if e.domain == "media_player"]
    states = {"media_player.tv": "on", "media_player.speaker": "playing"}
    left = still_to_do(players, clause, states.get)
    assert [e.entity_id for e in left] == ["media_player.speaker"]


@pytest.mark.parametrize(
    ("text", "mode"), [("落地扇换成自然风", "自然风"), ("风扇调成睡眠风吧", "睡眠风")]
)
def test_a_fans_mode_said_is_its_preset(text: str, mode: str) -> None:
    """Said: "换成自然风" sets the fan's "自然风", never "自" + "然" + "风" unread."""
    clause, grammar = _guangzhou(text)
    assert clause.command
    assert mode in clause.words
    assert "| climate-preset" in _calls(grammar)
    assert f'("{mode}")' in grammar


@pytest.mark.parametrize("text", ["开下新风", "把新风打开", "打开空气净化器"])
def test_a_fresh_air_system_is_no_other_fan(text: str) -> None:
    """Said in a home with a standing fan only: no fan is the fresh-air system.

    "开下新风" is refused, never "which fan?" nor the standing fan switched on; the
    Chengdu flat's "新风" is still its fresh-air fan.
    """
    clause = _guangzhou(text)[0]
    assert clause.command
    assert not shortlist(GUANGZHOU, clause).entities
    assert unnamed_choice(GUANGZHOU, clause) is None
    listed = shortlist(CHENGDU, _chengdu(text)[0]).entities
    fresh_air = {"fan.fresh_air"} if "新风" in text else set()
    assert {e.entity_id for e in listed} == fresh_air


@pytest.mark.parametrize("text", ["所有风扇都关了", "把风扇关掉"])
def test_the_fans_are_never_the_acs(text: str) -> None:
    """Said: "所有风扇都关了" turns off the fans, never every AC of the home."""
    clause, grammar = _guangzhou(text)
    assert ("climate", None) not in clause.kinds
    listed = {e.domain for e in shortlist(GUANGZHOU, clause).entities}
    assert listed == {"fan"}
    assert "空调" not in grammar


@pytest.mark.parametrize("text", ["衣服洗好没有", "衣服洗完了吗", "衣服还要洗多久"])
def test_the_washing_done_asks_the_washing_machine(text: str) -> None:
    """Said: "衣服洗好没有" asks the washing machine, never the clothes rack."""
    clause, grammar = _guangzhou(text)
    assert clause.question
    assert not clause.command
    assert not clause.unknown
    listed = {e.entity_id for e in shortlist(GUANGZHOU, clause).entities}
    assert listed == {"sensor.washer"}
    assert "| state" in _calls(grammar)


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("唔该", "welcome"),
        ("唔该晒", "welcome"),
        ("OK，搞掂了，谢谢啦", "okay"),
        ("搞定了", "okay"),
        ("冇事了", "okay"),
    ],
)
def test_guangzhou_closings(text: str, reply: str) -> None:
    """Said in Guangzhou: "唔该" thanks, "搞掂" (done) and "冇事" close."""
    assert closing(text, ZH) == reply
    assert not read(text, GUANGZHOU, ZH).clauses[0].unknown


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("主卧空调转抽湿模式", "climate-mode"),
        ("老人房空调开送风就行", "climate-mode"),
        ("晾衣架降到一半", "position"),
        ("叫落地扇摇头", "oscillate"),
    ],
)
def test_guangzhou_verbs(text: str, call: str) -> None:
    """Said in Guangzhou: "转" switches to, "降" lowers, "叫" has a device do it."""
    clause, grammar = _guangzhou(text)
    assert clause.command
    assert not clause.unknown
    assert f"| {call}" in _calls(grammar)


@pytest.mark.parametrize("text", ["落地扇别摇头了", "落地扇莫摇头了"])
def test_stop_swinging_stops_it(text: str) -> None:
    """Said "莫摇头了" (Chongqing: stop swinging): it had been made to swing."""
    calls = _calls(_guangzhou(text)[1])
    assert "| oscillate-off" in calls
    assert "| oscillate " not in f"{calls} "


def test_at_home_names_nothing() -> None:
    """Said: "家里湿度多少？" asks; "家里" (at home) is no word nobody knows."""
    clause = _guangzhou("家里湿度多少？")[0]
    assert clause.question
    assert not clause.unknown


@pytest.mark.parametrize(
    ("text", "sign"), [("主卧空调降两度", "-"), ("主卧空调升两度", "+")]
)
def test_down_two_degrees_is_a_step(text: str, sign: str) -> None:
    """Said: "空调降两度" lowers by two degrees, never sets 2 degrees."""
    clause, grammar = _guangzhou(text)
    assert clause.command
    assert "climate-temp ::=" not in grammar
    assert f'"{sign}" ("2")' in grammar


@pytest.mark.parametrize(
    "text",
    [
        # Harbin: what is left out, said first.
        "除了客厅灯，别的灯都关了吧，我们睡觉了",
        "灯都关了，除了客厅灯",
    ],
)
def test_what_is_left_out_is_never_the_target(text: str) -> None:
    """The lights but the lounge's are offered: "除了" leaves it out, said first or last."""
    clause = _clause(text)
    assert clause.command
    assert _listed(text) == LIGHTS - {"light.lounge"}


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # Northeastern "开开" turns on, "整" sets: "把灯整到最亮" is as bright as it goes.
        ("床头灯开开", set()),
        ("把床头灯整到最亮", {"100"}),
    ],
)
def test_northeastern_verbs_command(text: str, numbers: set[str]) -> None:
    """Said in Harbin, the words are a command on the bedside light, with its value."""
    clause = _clause(text)
    assert clause.command
    assert _listed(text) == {"light.bedside"}
    assert clause.numbers == numbers


def test_huan_dao_switches_the_tv() -> None:
    """Said "电视换到机顶盒，…": a command on the TV, read before the reason after it."""
    home = Home(
        (
            home_entity(
                "media_player.tv",
                "客厅电视",
                "lounge",
                AREAS,
                "tv",
                attributes={"supported_features": 2048, "source_list": ["机顶盒"]},
            ),
        ),
        tuple(AREAS.values()),
    )
    request = read("电视换到机顶盒，姥姥要看二人转", home, ZH)
    clause = request.clauses[0]
    assert clause.command
    assert clause.text == "电视换到机顶盒"


def test_items_said_without_spaces_are_each_added() -> None:
    """Said "购物清单上加上对联和福字": two items, never the whole sentence as one."""
    clause = _clause("购物清单上加上对联和福字")
    assert "对联和福字" in item_spans(clause)
    assert "购物清单上加上对联和福字" not in item_spans(clause)
    assert items_said("对联和福字", clause, frozenset({"购物清单"})) == ("对联", "福字")
