"""One policy on every path: HA's built-in matcher, scenes and scripts, other agents.

Each test names the hole it closes (issue: the security review). The home is
tests/bench_data/safety, with scenes and scripts exposed as HA exposes them by default.
"""

from __future__ import annotations

from typing import Any

import pytest

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import (
    entity_registry as er,
    intent,
    label_registry as lr,
    llm,
)

from .home import state_of
from .llm_api import async_call_tool
from .safety_home import (
    ALARM,
    BACK,
    FRONT,
    GARAGE,
    GAS,
    GATE,
    HALL,
    PIN,
    THERMOSTAT,
    async_setup_safety_home,
)
from custom_components.llm_home.agent.replies import reply_for
from custom_components.llm_home.const import (
    CONF_ALLOW_DISARM,
    CONF_ALLOW_OPEN,
    CONF_ALLOW_UNLOCK,
    CONF_DOMAINS,
    CONF_ORDER,
    CONF_SENSITIVE_ENTITIES,
    CONF_SENSITIVE_LABELS,
    CONF_VOICE_PIN,
    DOMAIN,
    ORDER_BUILTIN_THEN_LLM,
    ORDER_LLM_THEN_BUILTIN,
)
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.language import ENGLISH

AGENT = "conversation.llm_home"
UNLOCKING = {CONF_ALLOW_UNLOCK: True, CONF_ALLOW_OPEN: True, CONF_VOICE_PIN: PIN}


async def _say(hass: HomeAssistant, text: str) -> conversation.ConversationResult:
    result = await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id=AGENT
    )
    await hass.async_block_till_done()
    return result


async def _own(
    hass: HomeAssistant, tool: str, target: str, code: str | None = None
) -> llm.ToolResult:
    """Call a tool as llm_home's own assistant does, with the code said."""
    return await async_call_tool(
        hass, tool, {"target": [target]}, code=code, platform=DOMAIN
    )


@pytest.mark.parametrize("order", [ORDER_BUILTIN_THEN_LLM, ORDER_LLM_THEN_BUILTIN])
async def test_builtin_matcher_never_runs_a_scene_that_unlocks(
    hass: HomeAssistant, model_store: ModelStore, order: str
) -> None:
    """'activate arrive home' unlocked the front door through HA's matcher: no more."""
    await async_setup_safety_home(hass, {CONF_ORDER: order})
    result = await _say(hass, "activate arrive home")
    assert state_of(hass, FRONT).state == "locked"
    assert result.response.response_type is intent.IntentResponseType.ERROR

    # A scene that touches nothing sensitive is still the matcher's, in milliseconds.
    result = await _say(hass, "activate evening")
    assert state_of(hass, HALL).state == "on"
    assert result.response.response_type is intent.IntentResponseType.ACTION_DONE


async def test_builtin_matcher_never_runs_a_script_that_opens_the_garage(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """A script 'Open Garage' ran through the matcher without the option or PIN."""
    await async_setup_safety_home(hass, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM})
    await _say(hass, "run open garage")
    assert state_of(hass, GARAGE).state == "closed"


async def test_builtin_matcher_keeps_to_the_allowed_device_types(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """With climate unticked, HA's matcher set the thermostat anyway."""
    domains = ["light", "switch", "scene", "script", "lock", "cover"]
    await async_setup_safety_home(
        hass, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM, CONF_DOMAINS: domains}
    )
    await _say(hass, "set the living room temperature to 25")
    assert state_of(hass, THERMOSTAT).attributes["temperature"] == 20


async def test_scene_and_script_need_what_they_touch_needs(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Through llm_home's own tools: the option and the voice PIN of the lock inside."""
    await async_setup_safety_home(hass, {})
    result = await _own(hass, "turn_on", "Arrive Home", PIN)
    assert result.data["error"] == "allow_unlock_disabled"
    result = await _own(hass, "turn_on", "Open Garage", PIN)
    assert result.data["error"] == "allow_open_disabled"
    assert state_of(hass, FRONT).state == "locked"
    assert state_of(hass, GARAGE).state == "closed"
    # A scene touching a light the user did not expose is refused whatever is said.
    result = await _own(hass, "turn_on", "Cellar Mood", PIN)
    assert result.data["error"] == "touches_unexposed"
    assert state_of(hass, "light.cellar_light").state == "off"
    # Nothing sensitive inside: it runs.
    assert not (await _own(hass, "turn_on", "Warm Living Room")).error


async def test_scene_with_the_option_and_pin_runs(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Allowed and with the PIN, the scene runs; without the PIN it does not."""
    await async_setup_safety_home(hass, UNLOCKING)
    result = await _own(hass, "turn_on", "Arrive Home")
    assert result.data["error"] == "pin_required"
    assert state_of(hass, FRONT).state == "locked"
    assert not (await _own(hass, "turn_on", "Arrive Home", PIN)).error
    await hass.async_block_till_done()
    assert state_of(hass, FRONT).state == "unlocked"


@pytest.mark.parametrize(
    "case",
    [
        ("open", "Garage Door", GARAGE, "closed"),  # no device class: its name says it
        ("open", "Gas Supply", GAS, "closed"),
        ("turn_on", "Gas Supply", GAS, "closed"),
    ],
)
async def test_sensitive_by_name_and_gas_valves(
    hass: HomeAssistant, model_store: ModelStore, case: tuple[str, str, str, str]
) -> None:
    """A garage door without a device class and a gas valve opened without any PIN."""
    tool, target, entity_id, before = case
    await async_setup_safety_home(hass, {})
    result = await _own(hass, tool, target, PIN)
    assert result.data["error"] == "allow_open_disabled"
    assert state_of(hass, entity_id).state == before


@pytest.mark.parametrize("by_label", [False, True])
async def test_entities_the_user_marks_need_the_pin(
    hass: HomeAssistant, model_store: ModelStore, by_label: bool
) -> None:
    """A gate opener exposed as a switch: marked by the user, it needs the voice PIN."""
    options: dict[str, Any] = {CONF_VOICE_PIN: PIN}
    if by_label:
        label = lr.async_get(hass).async_create("Needs PIN")
        options[CONF_SENSITIVE_LABELS] = [label.label_id]
    else:
        options[CONF_SENSITIVE_ENTITIES] = [GATE]
    entry = await async_setup_safety_home(hass, options)
    if by_label:
        er.async_get(hass).async_update_entity(GATE, labels={label.label_id})
    assert entry.runtime_data.policy.async_marked(hass, GATE)
    result = await _own(hass, "turn_on", "Gate Opener")
    assert result.data["error"] == "pin_required"
    assert state_of(hass, GATE).state == "off"
    # HA's matcher would switch it on at once: it is kept away from it.
    await _say(hass, "turn on the gate opener")
    assert state_of(hass, GATE).state == "off"
    assert not (await _own(hass, "turn_on", "Gate Opener", PIN)).error
    await hass.async_block_till_done()
    assert state_of(hass, GATE).state == "on"


async def test_panel_without_a_code_needs_the_voice_pin(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """A panel with no code format disarmed on any number said: now the voice PIN."""
    await async_setup_safety_home(hass, {CONF_ALLOW_DISARM: True, CONF_VOICE_PIN: PIN})
    result = await _own(hass, "alarm_disarm", "House Alarm", "1111")
    assert result.data["error"] == "wrong_pin"
    assert state_of(hass, ALARM).state == "armed_away"
    assert not (await _own(hass, "alarm_disarm", "House Alarm", PIN)).error
    await hass.async_block_till_done()
    assert state_of(hass, ALARM).state == "disarmed"


async def test_other_agents_are_refused_sensitive_calls(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Another agent (a cloud one, perhaps) never unlocks, and is not asked for a PIN."""
    await async_setup_safety_home(hass, UNLOCKING)
    result = await async_call_tool(
        hass, "unlock", {"target": ["Front Door"]}, code=PIN, platform="ollama"
    )
    assert result.data["error"] == "own_assistant_only"
    assert "PIN" not in reply_for(result.data, True, ENGLISH)
    assert state_of(hass, FRONT).state == "locked"
    # Harmless calls from other agents still work.
    result = await async_call_tool(
        hass, "turn_on", {"target": ["Hall Light"]}, platform="ollama"
    )
    assert not result.error
    assert state_of(hass, BACK).state == "locked"


async def test_builtin_matcher_never_claims_a_colour_a_light_cannot_take(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """HA's matcher said "Color set" for a light that only switches on and off."""
    await async_setup_safety_home(hass, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM})
    result = await _say(hass, "turn the hall light red")
    assert result.response.response_type is intent.IntentResponseType.ERROR
    assert "color" not in result.response.speech["plain"]["speech"].casefold()
    assert "rgb_color" not in state_of(hass, HALL).attributes
