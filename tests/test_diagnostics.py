"""Tests for the config entry diagnostics."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.components import conversation
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import Context, HomeAssistant

from .home import ALARM, async_setup_agent, state_of
from custom_components.llm_home.const import (
    CONF_ALLOW_DISARM,
    CONF_INSTRUCTIONS,
    CONF_ORDER,
    CONF_TTS_MODEL,
    ENGINE_NETWORK,
    ORDER_LLM,
)
from custom_components.llm_home.engine.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.engine.protocol import ENGINE_VERSION
from custom_components.llm_home.engine.store import ModelStore

# Twelve digits in no simple pattern: a pid (at most seven digits), port, token count or
# temporary directory cannot hold them, and a timing or a sha256 only with a chance of
# about 1e-11; finding them means the code leaked.
ALARM_CODE = "860427519364"
COMMAND = f"disarm the home alarm with code {ALARM_CODE}"


def _leaves(value: Any) -> list[Any]:
    """Return every scalar in a JSON document, keys included."""
    if isinstance(value, dict):
        return [*value, *(leaf for item in value.values() for leaf in _leaves(item))]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


NOTE = "Grandma's room is the guest room."


async def test_diagnostics_describe_the_agent_without_codes_or_words(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    default_data: dict[str, Any],
    model_store: ModelStore,
) -> None:
    """Options, models, the engine and timings are there; the spoken code is not."""
    tts = CATALOG[DEFAULT_MODELS[ModelKind.TTS]]
    local_voice = str(model_store.path(tts))  # a local path: hashed for diagnostics
    entry = await async_setup_agent(
        hass,
        {**default_data, CONF_TTS_MODEL: local_voice},
        {CONF_ALLOW_DISARM: True, CONF_INSTRUCTIONS: NOTE},
        alarm_code=ALARM_CODE,
    )
    await hass.services.async_call(
        "alarm_control_panel", "alarm_arm_away", {"entity_id": ALARM}, blocking=True
    )
    await conversation.async_converse(
        hass, COMMAND, None, Context(), language="en", agent_id="conversation.llm_home"
    )
    await hass.async_block_till_done()
    assert state_of(hass, ALARM).state == "disarmed"

    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)

    assert diagnostics["state"] == "loaded"
    assert diagnostics["options"] == {
        CONF_ALLOW_DISARM: True,
        CONF_INSTRUCTIONS: "**REDACTED**",
        CONF_ORDER: ORDER_LLM,
    }
    llm = CATALOG[DEFAULT_MODELS[ModelKind.LLM]]
    models = diagnostics["models"]
    assert models["llm"]["model"] == llm.key
    assert models["llm"]["verified"] is True
    assert [f["sha256"] for f in models["llm"]["files"]] == [
        f.sha256 for f in llm.files
    ]
    assert models["tts"]["path"] == local_voice
    assert models["tts"]["exists"] is True and models["tts"]["size"] > 0
    client = entry.runtime_data.client
    engine = diagnostics["engine"]
    assert engine["where"] == "embedded"
    assert engine["state"] == "ready"
    assert engine["pid"] == client.pid is not None
    assert engine["restarts"] == 0
    assert engine["version"] == ENGINE_VERSION
    assert set(engine["loaded"]) == {"load_llm", "load_stt", "load_tts"}
    assert engine["loaded"]["load_llm"]["model"] == llm.key
    timings = diagnostics["timings"]
    assert len(timings) == 1
    assert timings[0]["total_ms"] > 0 and timings[0]["prompt_tokens"] > 0

    # Not in any key or value, as text or as a number; nor the words around it.
    for leaf in _leaves(diagnostics):
        if isinstance(leaf, str):
            assert ALARM_CODE not in leaf, leaf
            assert "disarm the home alarm" not in leaf and NOTE not in leaf
        else:  # a number is the code only when it is the code, not when it holds it
            assert str(leaf) != ALARM_CODE, leaf


@pytest.mark.parametrize("engine_kind", [ENGINE_NETWORK])
async def test_diagnostics_never_hold_the_engine_token(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    default_data: dict[str, Any],
    model_store: ModelStore,
) -> None:
    """A network engine is described by its address; its token is redacted everywhere."""
    entry = await async_setup_agent(hass, default_data)
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    token = default_data[CONF_TOKEN]
    assert diagnostics["data"][CONF_TOKEN] == "**REDACTED**"
    assert diagnostics["engine"]["where"] == (
        f"{default_data[CONF_HOST]}:{default_data[CONF_PORT]}"
    )
    assert diagnostics["engine"]["pid"] is None
    assert all(token not in str(leaf) for leaf in _leaves(diagnostics))
