"""Sensitive actions: unlocking and opening a garage door need the option and the voice PIN.

The flat of tests/bench_data/homes has a lock and a garage door. Disarming (the alarm's
own code) is covered by test_tools.py and test_security.py.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from benchmarks.assist.agents import async_setup_llm_home
from benchmarks.assist.dataset import load_dataset
from benchmarks.assist.home import BenchHome
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent, llm

from .home import state_of
from .llm_api import async_call_tool
from custom_components.llm_home.const import (
    CONF_ALLOW_OPEN,
    CONF_ALLOW_UNLOCK,
    CONF_ORDER,
    CONF_VOICE_PIN,
    DEFAULT_LLM_MODEL,
    DOMAIN,
    ORDER_BUILTIN_THEN_LLM,
    ORDER_LLM,
    ORDER_LLM_THEN_BUILTIN,
)
from custom_components.llm_home.diagnostics import async_get_config_entry_diagnostics
from custom_components.llm_home.engine.store import ModelStore

HOMES = Path(__file__).parent / "bench_data" / "homes"
LOCK = "lock.front_door"
GARAGE = "cover.garage_door"
PIN = "48213579"
HA_INPUT_LOGGER = "homeassistant.components.conversation.agent_manager"


async def _setup(hass: HomeAssistant, options: dict[str, Any]) -> MockConfigEntry:
    (flat,) = load_dataset(HOMES)
    await BenchHome(hass, flat.home).async_build()
    return await async_setup_llm_home(hass, DEFAULT_LLM_MODEL, options)


async def _call(
    hass: HomeAssistant, tool: str, target: str, code: str | None = None
) -> llm.ToolResult:
    return await async_call_tool(
        hass, tool, {"target": [target]}, code=code, platform=DOMAIN
    )


async def test_unlock_and_open_are_off_by_default(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Even with a code, nothing sensitive happens; locking and closing are allowed."""
    await _setup(hass, {})
    result = await _call(hass, "unlock", "Front Door", PIN)
    assert result.error
    assert result.data["error"] == "allow_unlock_disabled"
    result = await _call(hass, "open", "Garage Door", PIN)
    assert result.data["error"] == "allow_open_disabled"
    assert state_of(hass, LOCK).state == "locked"
    assert state_of(hass, GARAGE).state == "closed"

    hass.states.async_set(LOCK, "unlocked")
    result = await _call(hass, "lock", "Front Door")
    assert not result.error
    assert state_of(hass, LOCK).state == "locked"


async def test_unlock_needs_the_voice_pin(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """With the option on: no PIN, a wrong PIN, then the right PIN."""
    await _setup(hass, {CONF_ALLOW_UNLOCK: True, CONF_VOICE_PIN: PIN})
    assert (await _call(hass, "unlock", "Front Door")).data["error"] == "pin_required"
    wrong = await _call(hass, "unlock", "Front Door", "11112222")
    assert wrong.data["error"] == "wrong_pin"
    assert state_of(hass, LOCK).state == "locked"

    assert not (await _call(hass, "unlock", "Front Door", PIN)).error
    assert state_of(hass, LOCK).state == "unlocked"
    # Another option, another permission: the garage stays shut.
    result = await _call(hass, "open", "Garage Door", PIN)
    assert result.data["error"] == "allow_open_disabled"


async def test_spoken_pin_unlocks_and_leaks_nowhere(
    hass: HomeAssistant, model_store: ModelStore, caplog: pytest.LogCaptureFixture
) -> None:
    """'Unlock the front door, PIN ...' through the agent: unlocked, the PIN kept out.

    The PIN never reaches the model's prompt (only the marker does), the logs at debug
    level, the chat log's history or the diagnostics.
    """
    caplog.set_level(logging.DEBUG)
    entry = await _setup(
        hass, {CONF_ALLOW_UNLOCK: True, CONF_VOICE_PIN: PIN, CONF_ORDER: ORDER_LLM}
    )
    spoken = " ".join(PIN)
    result = await conversation.async_converse(
        hass,
        f"unlock the front door, pin {spoken}",
        None,
        Context(),
        language="en",
        agent_id="conversation.llm_home",
    )
    await hass.async_block_till_done()
    assert state_of(hass, LOCK).state == "unlocked", result.response.speech
    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    for text in (str(diagnostics), str(result.as_dict())):
        assert PIN not in text.replace(" ", "")
    # Home Assistant logs typed words itself before any agent runs (the README says
    # so); every other log line, llm_home's and HA's chat log's, holds no PIN.
    leaks = [
        record.name
        for record in caplog.records
        if PIN in record.getMessage().replace(" ", "")
    ]
    assert set(leaks) <= {HA_INPUT_LOGGER}, leaks


async def test_no_pin_set_refuses(hass: HomeAssistant, model_store: ModelStore) -> None:
    """Allowing opening without setting a PIN opens nothing."""
    await _setup(hass, {CONF_ALLOW_OPEN: True})
    result = await _call(hass, "open", "Garage Door", PIN)
    assert result.data["error"] == "pin_not_set"
    assert state_of(hass, GARAGE).state == "closed"


@pytest.mark.parametrize("order", [ORDER_BUILTIN_THEN_LLM, ORDER_LLM_THEN_BUILTIN])
@pytest.mark.parametrize(
    "case",
    [
        ("unlock the front door", LOCK, "locked"),
        ("open the garage door", GARAGE, "closed"),
    ],
)
async def test_sensitive_requests_are_never_handed_to_the_builtin_agent(
    hass: HomeAssistant,
    model_store: ModelStore,
    order: str,
    case: tuple[str, str, str],
) -> None:
    """HA's own matcher would act without any PIN: it never sees these requests."""
    sentence, entity_id, before = case
    await _setup(hass, {CONF_ORDER: order})
    result = await conversation.async_converse(
        hass, sentence, None, Context(), language="en", agent_id="conversation.llm_home"
    )
    await hass.async_block_till_done()
    assert state_of(hass, entity_id).state == before
    assert result.response.response_type is intent.IntentResponseType.ERROR
    assert result.response.speech["plain"]["speech"].startswith("Sorry")

    # What the guard prevents: the built-in agent itself acts without a PIN.
    await conversation.async_converse(
        hass,
        sentence,
        None,
        Context(),
        language="en",
        agent_id=conversation.HOME_ASSISTANT_AGENT,
    )
    await hass.async_block_till_done()
    assert state_of(hass, entity_id).state != before
