"""Codes and PINs: taken out of every wording, never guessed, never chosen by the model.

Each test names the hole of the security review it closes.
"""

from __future__ import annotations

import itertools
import logging
import re

import pytest

from homeassistant.components import conversation, persistent_notification
from homeassistant.core import Context, Event, HomeAssistant
from homeassistant.helpers import llm

from .home import state_of
from .llm_api import async_call_tool
from .safety_home import BACK, FRONT, PIN, async_setup_safety_home
from custom_components.llm_home.const import (
    CONF_ALLOW_UNLOCK,
    CONF_ORDER,
    CONF_VOICE_PIN,
    DOMAIN,
    ORDER_LLM,
)
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.home.actions import ACTIONS
from custom_components.llm_home.home.codes import CODE_MARKER, spoken_code, take_code
from custom_components.llm_home.home.policy import (
    EVENT_PIN_LOCKOUT,
    PIN_MAX_FAILURES,
    PIN_NOTIFICATION,
)
from custom_components.llm_home.language import ENGLISH

AGENT = "conversation.llm_home"
UNLOCKING = {CONF_ALLOW_UNLOCK: True, CONF_VOICE_PIN: PIN, CONF_ORDER: ORDER_LLM}

# Every word a sensitive action is asked with, and the devices it acts on.
SENSITIVE_WORDS = sorted(
    {
        word
        for action in ACTIONS
        if any(service.sensitive for service in action.services)
        for words in [ENGLISH.action(action.name)]
        for word in words.words | words.offered_when
    }
)
DEVICES = ["alarm", "smart lock", "garage door", "gate", "gas valve", "security system"]
CODE_FORMS = [
    "1234",
    "1 2 3 4",
    "1-2-3-4",
    "1, 2, 3, 4",
    "one two three four",
    "code 1234",
    "pin 1 2 3 4",
    "the code is one two three four",
]
TEMPLATES = [
    "{word} the {device} {code}",
    "{device} {word}, {code}",
    "{code}, {word} the {device}",
    "please {word} my {device} with {code}",
]
_SPELLED = re.compile(r"\b(?:one|two|three|four)\b")


@pytest.mark.parametrize("word", SENSITIVE_WORDS)
def test_every_sensitive_wording_gives_up_its_code(word: str) -> None:
    """'turn off the alarm 1234', 'open the smart lock 4821'... kept the code in the text."""
    for device, code, template in itertools.product(DEVICES, CODE_FORMS, TEMPLATES):
        text = template.format(word=word, device=device, code=code)
        redacted, taken = take_code(text)
        assert taken == "1234", text
        assert CODE_MARKER in redacted, text
        assert not re.search(r"\d", redacted.replace(CODE_MARKER, "")), redacted
        assert not _SPELLED.search(redacted), redacted


def test_a_home_name_of_a_sensitive_device_counts() -> None:
    """A lock called 'Front Entrance' says no kind: its own name makes 4821 a code."""
    assert take_code("open front entrance 4821", {"front", "entrance"}) == (
        f"open front entrance {CODE_MARKER}",
        "4821",
    )
    # Values stay values: after "to", and with a unit.
    assert take_code("set the door light to 100", {"door"})[1] is None
    assert take_code("open the garage door to 50 percent")[1] is None


async def test_wrong_pins_lock_sensitive_actions(
    hass: HomeAssistant, model_store: ModelStore, caplog: pytest.LogCaptureFixture
) -> None:
    """The voice PIN could be guessed without limit, and failures went unseen."""
    await async_setup_safety_home(hass, UNLOCKING)
    events: list[Event] = []
    hass.bus.async_listen(EVENT_PIN_LOCKOUT, events.append)
    notified: set[str] = set()
    persistent_notification.async_register_callback(
        hass, lambda _, notes: notified.update(notes)
    )
    caplog.set_level(logging.DEBUG)
    for guess in range(PIN_MAX_FAILURES):
        result = await _unlock(hass, f"1000000{guess}")
        assert result.data["error"] == "wrong_pin"
    await hass.async_block_till_done()
    assert len(events) == 1
    # The right PIN now is refused too: the lock holds for a while.
    result = await _unlock(hass, PIN)
    assert result.data["error"] == "pin_locked"
    assert state_of(hass, FRONT).state == "locked"
    assert PIN_NOTIFICATION in notified
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("wrong voice PIN" in r.getMessage() for r in warnings)
    for record in caplog.records:
        assert "1000000" not in record.getMessage()
        assert PIN not in record.getMessage()


async def _unlock(hass: HomeAssistant, code: str) -> llm.ToolResult:
    return await async_call_tool(
        hass, "unlock", {"target": ["Front Door"]}, code=code, platform=DOMAIN
    )


async def test_a_pin_never_lets_the_model_choose_the_lock(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """'unlock the door, pin ...' with two locks: asked which, then the answer unlocks it.

    Before, the PIN counted as a specific word and the model chose a lock; and the
    answer to "Which door?" could only lock (the action and code were not carried).
    """
    await async_setup_safety_home(hass, UNLOCKING)
    spoken = " ".join(PIN)
    first = await conversation.async_converse(
        hass, f"unlock the door, pin {spoken}", None, Context(), agent_id=AGENT
    )
    await hass.async_block_till_done()
    question = first.response.speech["plain"]["speech"]
    assert question.endswith("?"), question
    assert state_of(hass, FRONT).state == "locked"
    assert state_of(hass, BACK).state == "locked"
    answer = await conversation.async_converse(
        hass, "the back door", first.conversation_id, Context(), agent_id=AGENT
    )
    await hass.async_block_till_done()
    assert state_of(hass, BACK).state == "unlocked", answer.response.speech
    assert state_of(hass, FRONT).state == "locked"


async def test_a_request_without_a_code_inherits_none(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """A request started while another's code was held used that code."""
    await async_setup_safety_home(hass, UNLOCKING)
    with spoken_code(PIN):
        result = await conversation.async_converse(
            hass, "unlock the front door", None, Context(), agent_id=AGENT
        )
    await hass.async_block_till_done()
    assert state_of(hass, FRONT).state == "locked", result.response.speech
