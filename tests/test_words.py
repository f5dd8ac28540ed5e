"""The everyday words for each kind of device: complete, in the matcher's form, found."""

from __future__ import annotations

from enum import StrEnum
import re
from string import Formatter

import pytest

from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.components.cover import CoverDeviceClass
from homeassistant.components.humidifier.const import HumidifierDeviceClass
from homeassistant.components.media_player.const import MediaPlayerDeviceClass
from homeassistant.components.sensor import SensorDeviceClass
from homeassistant.components.switch.const import SwitchDeviceClass
from homeassistant.components.valve.const import ValveDeviceClass

from custom_components.llm_home.home.actions import ACTIONS, Action, Value
from custom_components.llm_home.home.snapshot import normalize
from custom_components.llm_home.language import ENGLISH, LANGUAGES, Language
from custom_components.llm_home.language.en.kinds import CLASS_WORDS, DOMAIN_WORDS

kind_words = ENGLISH.kind_words
kinds_meant = ENGLISH.kinds_meant
singular = ENGLISH.singular

DEVICE_CLASSES: dict[str, type[StrEnum]] = {
    "binary_sensor": BinarySensorDeviceClass,
    "cover": CoverDeviceClass,
    "humidifier": HumidifierDeviceClass,
    "media_player": MediaPlayerDeviceClass,
    "sensor": SensorDeviceClass,
    "switch": SwitchDeviceClass,
    "valve": ValveDeviceClass,
}
DOMAINS = [
    "light",
    "switch",
    "fan",
    "cover",
    "lock",
    "climate",
    "alarm_control_panel",
    "media_player",
    "vacuum",
    "lawn_mower",
    "valve",
    "todo",
    "scene",
    "script",
    "humidifier",
    "water_heater",
    "input_boolean",
    "siren",
    "button",
    "number",
    "sensor",
    "binary_sensor",
    "camera",
    "weather",
    "person",
    "device_tracker",
]
# Words whose own last letter is "s": stored whole, looked up in the matcher's form.
ENDS_IN_S = frozenset({"brightness", "glass", "grass", "nitrous", "sonos"})
# Words in almost every request: they say nothing about the kind of device.
TOO_COMMON = frozenset(
    [
        "a",
        "an",
        "the",
        "it",
        "on",
        "off",
        "in",
        "to",
        "device",
        "thing",
        "switch",
        "turn",
        "set",
        "make",
        "home",
        "all",
        "no",
        "please",
    ]
)


def _all_words() -> set[str]:
    words = {word for domain_words in DOMAIN_WORDS.values() for word in domain_words}
    for classes in CLASS_WORDS.values():
        words |= {word for class_words in classes.values() for word in class_words}
    return words


def _said(text: str) -> set[str]:
    """Return a request's words as the shortlist matcher reads them."""
    return {singular(word) for word in normalize(text).split()}


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_domain_has_words(domain: str) -> None:
    """Every domain the agent controls or answers about has words of its own."""
    assert DOMAIN_WORDS[domain]


@pytest.mark.parametrize("domain", sorted(DEVICE_CLASSES))
def test_every_device_class_has_words(domain: str) -> None:
    """Every member of Home Assistant's device class enum has words, and no other key."""
    classes = {member.value for member in DEVICE_CLASSES[domain]}
    table = CLASS_WORDS[domain]
    assert not classes - table.keys(), "classes without words"
    assert not table.keys() - classes, "words for classes that do not exist"
    assert all(table[device_class] for device_class in classes)


def test_words_are_in_the_matcher_form() -> None:
    """Lower case, one word, singular by the table's rules unless it is a plural."""
    words = _all_words()
    assert not {word for word in words if not re.fullmatch(r"[a-z0-9]+", word)}
    plurals = ENDS_IN_S | ENGLISH.plurals.irregular.keys()
    assert {word for word in words if singular(word) != word} <= plurals
    assert not words & TOO_COMMON


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("mute the telly", "media_player"),
        ("is the sonos playing", "media_player"),
        ("get the study cooler", "climate"),
        ("turn up the aircon", "climate"),
        ("put the AC on", "climate"),
        ("is the hoover docked", "vacuum"),
        ("run the irrigation", "valve"),
        ("open the blinds", "cover"),
        ("close the curtains", "cover"),
        ("is the garage shut", "cover"),
        ("lock the deadbolt", "lock"),
        ("turn off the lamps", "light"),
        ("switch on the sockets", "switch"),
        ("put the hot water on", "water_heater"),
        ("mow the lawn", "lawn_mower"),
        ("add milk to the shopping list", "todo"),
        ("is anyone home", "person"),
        ("where is my phone", "device_tracker"),
        ("what is the forecast", "weather"),
    ],
)
def test_kinds_meant(text: str, domain: str) -> None:
    """A request's everyday word for a device finds that kind of device."""
    assert domain in {meant for meant, _ in kinds_meant(_said(text))}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is there a leak under the sink", ("binary_sensor", "moisture")),
        ("is the washing machine running", ("binary_sensor", "running")),
        ("what is the pm2.5 in the bedroom", ("sensor", "pm25")),
        ("is the glass broken", ("binary_sensor", "glass_break")),
        ("is the sonos on", ("media_player", "speaker")),
        ("open the garage door", ("cover", "garage")),
        ("turn on the televisions", ("media_player", "tv")),
    ],
)
def test_kinds_meant_classes(text: str, kind: tuple[str, str | None]) -> None:
    """Words as said and words in the matcher's form find the device class."""
    raw = set(normalize(text).split())
    assert kind in kinds_meant(_said(text))
    assert kind in kinds_meant(raw)


def test_kinds_meant_nothing() -> None:
    """A request that names no kind of device means none."""
    assert kinds_meant(_said("turn it on please and thank you")) == set()
    assert kinds_meant([]) == set()


def test_kind_words() -> None:
    """A kind's words are its domain's and its class's."""
    garage = kind_words("cover", "garage")
    assert {"cover", "blind", "garage"} <= garage
    assert kind_words("cover", None) == DOMAIN_WORDS["cover"]
    assert kind_words("cover", "no_such_class") == DOMAIN_WORDS["cover"]
    assert kind_words("sensor", "pm25") >= {"sensor", "pm25", "pm2", "dust"}
    assert kind_words("no_such_domain", None) == frozenset()


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(template) if field}


@pytest.mark.parametrize("action", ACTIONS, ids=lambda action: action.name)
@pytest.mark.parametrize("language", LANGUAGES.values(), ids=lambda lang: lang.code)
def test_every_action_has_its_words(language: Language, action: Action) -> None:
    """Words that ask for it, what it does, its reply, one request per example."""
    assert action.name in language.actions
    words = language.action(action.name)
    assert words.words
    assert words.usage
    assert len(words.examples) == len(action.examples)
    for said in words.examples:
        assert "target" in _fields(said) <= {"target", "value"}, said
    if action.read_only or action.value in (Value.DEGREES, Value.DEGREES_STEP):
        return  # replied from the devices' states
    assert _fields(words.reply) <= {"targets", "value"}
    assert "targets" in _fields(words.reply)
    if action.value is Value.PERCENT_STEP:
        assert words.reply_down


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=lambda lang: lang.code)
def test_a_table_has_words_only_for_actions(language: Language) -> None:
    """No words for an action that does not exist, and a hint for every value."""
    assert language.actions.keys() <= {action.name for action in ACTIONS}
    assert language.prompt.value_hints.keys() == {value.value for value in Value}
