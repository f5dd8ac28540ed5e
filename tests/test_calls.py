"""Service calls that fail, hang or wait on each other: the reply still comes, in words."""

from __future__ import annotations

import asyncio
import logging
from unittest.mock import patch

import pytest

from homeassistant.components import conversation
from homeassistant.core import Context, CoreState, HomeAssistant, ServiceCall
from homeassistant.helpers import intent

from .awkward_home import FAILING, HANGING, PAIRED, WORKING, Plugs
from .home import AGENT, ALARM, ALARM_CODE, state_of, without_stamps
from .llm_api import async_call_tool
from custom_components.llm_home.agent.replies import reply_for
from custom_components.llm_home.home import execute
from custom_components.llm_home.language import ENGLISH
from custom_components.llm_home.runtime import LlmHomeConfigEntry

# Long enough for a working call on a loaded machine, short enough for a test.
SHORT_TIMEOUT = 0.5


async def test_any_exception_is_an_error_with_words_and_the_rest_is_done(
    hass: HomeAssistant, agent: LlmHomeConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    """A cloud's TimeoutError, aiohttp's ClientError, a bug: spoken, logged, contained.

    The working plug of the same call is switched off all the same.
    """
    plugs = Plugs(hass)
    targets = [plugs.name(p) for p in [*FAILING, WORKING]]

    result = await async_call_tool(hass, "turn_off", {"target": targets})

    assert result.error
    failed = " and ".join(plugs.name(p) for p in FAILING)
    assert reply_for(result.data, result.error, ENGLISH) == (
        f"Sorry, that did not work for {failed}."
    )
    assert state_of(hass, WORKING).state == "off"
    assert all(state_of(hass, p).state == "on" for p in FAILING)
    assert hass.state is CoreState.running
    # Each failure is logged with its traceback, at error level.
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    for error in ("TimeoutError", "ClientError: Cannot connect", "RuntimeError"):
        assert any(
            error in r.getMessage() and "Traceback" in r.getMessage() for r in errors
        )


async def test_a_failing_call_through_the_agent_is_an_error_response(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Said to llm_home's agent, the failure is an error response with plain words."""
    plugs = Plugs(hass)
    result = await conversation.async_converse(
        hass, "turn off the cloud plug", None, Context(), language="en", agent_id=AGENT
    )
    await hass.async_block_till_done()
    assert plugs.calls == ["switch.cloud_plug"]
    response = result.response
    assert response.response_type is intent.IntentResponseType.ERROR
    assert response.error_code is intent.IntentResponseErrorCode.FAILED_TO_HANDLE
    assert response.speech["plain"]["speech"] == (
        "Sorry, that did not work for Cloud Plug."
    )


async def test_a_hanging_call_is_reported_sent_within_the_timeout(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """A device that never answers costs the reply the timeout, and the reply says sent."""
    plugs = Plugs(hass)
    with patch.object(execute, "SERVICE_TIMEOUT", SHORT_TIMEOUT):
        async with asyncio.timeout(10 * SHORT_TIMEOUT):
            result = await async_call_tool(
                hass, "turn_off", {"target": [plugs.name(HANGING), plugs.name(WORKING)]}
            )
    assert not result.error
    assert reply_for(result.data, result.error, ENGLISH) == (
        "Turned off the Desk Plug. Sent the command to the Slow Plug."
    )
    assert state_of(hass, WORKING).state == "off"
    # The call goes on in the background and ends when the device answers.
    plugs.release.set()
    await hass.async_block_till_done(wait_background_tasks=True)
    assert state_of(hass, HANGING).state == "off"


async def test_the_calls_of_a_request_run_at_once(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Two calls that each finish only once the other has started are both done.

    One after the other, the first would wait for the second for ever.
    """
    plugs = Plugs(hass)
    with patch.object(execute, "SERVICE_TIMEOUT", 5.0):
        async with asyncio.timeout(8):
            result = await async_call_tool(
                hass, "turn_off", {"target": [plugs.name(p) for p in PAIRED]}
            )
    assert not result.error, result.data
    assert result.data["sent"] == []
    assert all(state_of(hass, p).state == "off" for p in PAIRED)


async def test_no_code_in_the_log_of_a_failed_call(
    hass: HomeAssistant, agent: LlmHomeConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    """A panel whose service fails with the code in its message: neither said nor logged."""

    async def broken(call: ServiceCall) -> None:
        raise RuntimeError(f"panel rejected code {call.data['code']}")

    hass.services.async_register("alarm_control_panel", "alarm_arm_home", broken)
    caplog.set_level(logging.DEBUG)
    result = await async_call_tool(
        hass,
        "alarm_arm",
        {"target": ["Home Alarm"], "value": "home"},
        code=ALARM_CODE,
    )
    assert result.error
    assert ALARM_CODE not in str(result.data)
    assert "panel rejected code <code>" in caplog.text
    assert ALARM_CODE not in without_stamps(caplog.text)
    assert state_of(hass, ALARM).state == "disarmed"


async def test_turning_on_a_thermostat_that_runs_keeps_its_mode(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """A thermostat cooling is on already: HA's own turn-on would switch it to heat."""
    hvac = "climate.hvac"
    assert state_of(hass, hvac).state == "cool"

    result = await async_call_tool(hass, "turn_on", {"target": ["Hvac"]})

    assert not result.error, result.data
    assert result.data["targets"] == ["Hvac"]
    assert state_of(hass, hvac).state == "cool"
    # Off, it is turned on.
    await hass.services.async_call(
        "climate", "turn_off", {"entity_id": hvac}, blocking=True
    )
    result = await async_call_tool(hass, "turn_on", {"target": ["Hvac"]})
    assert not result.error, result.data
    assert state_of(hass, hvac).state not in ("off", "cool")
