"""Tests for the config entry diagnostics."""

from __future__ import annotations

from typing import Any

from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant

from .home import ALARM, ALARM_CODE, async_setup_agent
from custom_components.llm_home.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.const import (
    CONF_ALLOW_DISARM,
    CONF_INSTRUCTIONS,
    CONF_TTS_MODEL,
)
from custom_components.llm_home.models import ModelStore

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
    default_data: dict[str, str],
    model_store: ModelStore,
) -> None:
    """Options, model files, the worker and timings are there; the spoken code is not."""
    tts = CATALOG[DEFAULT_MODELS[ModelKind.TTS]]
    local_voice = str(model_store.path(tts))  # a local path: hashed for diagnostics
    entry = await async_setup_agent(
        hass,
        {**default_data, CONF_TTS_MODEL: local_voice},
        {CONF_ALLOW_DISARM: True, CONF_INSTRUCTIONS: NOTE},
    )
    await hass.services.async_call(
        "alarm_control_panel", "alarm_arm_away", {"entity_id": ALARM}, blocking=True
    )
    await conversation.async_converse(
        hass, COMMAND, None, Context(), language="en", agent_id="conversation.llm_home"
    )
    await hass.async_block_till_done()
    assert hass.states.get(ALARM).state == "disarmed"

    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)

    assert diagnostics["state"] == "loaded"
    assert diagnostics["options"] == {
        CONF_ALLOW_DISARM: True,
        CONF_INSTRUCTIONS: "**REDACTED**",
    }
    llm = CATALOG[DEFAULT_MODELS[ModelKind.LLM]]
    assert diagnostics["models"]["llm"] == {
        "catalog": llm.key,
        "files": [
            {
                "path": str(model_store.file_path(llm, file)),
                "size": file.size,
                "sha256": file.sha256,
                "expected_sha256": file.sha256,
            }
            for file in llm.files
        ],
    }
    assert diagnostics["models"]["tts"] == {
        "local": local_voice,
        "files": [
            {
                "path": str(model_store.file_path(tts, file)),
                "size": file.size,
                "sha256": file.sha256,
            }
            for file in tts.files
        ],
    }
    worker = entry.runtime_data.worker
    assert diagnostics["worker"]["state"] == "ready"
    assert diagnostics["worker"]["running"] is True
    assert diagnostics["worker"]["pid"] == worker.pid
    assert diagnostics["worker"]["restarts"] == 0
    assert set(diagnostics["worker"]["loaded"]) == {"load_llm", "load_stt", "load_tts"}
    assert diagnostics["worker"]["loaded"]["load_llm"]["path"] == str(
        model_store.path(llm)
    )
    timings = diagnostics["timings"]
    assert len(timings) == 1
    assert timings[0]["total_ms"] > 0 and timings[0]["prompt_tokens"] > 0

    for leaf in _leaves(diagnostics):
        if isinstance(leaf, str):
            assert ALARM_CODE not in leaf and "disarm the home alarm" not in leaf
            assert NOTE not in leaf
        else:
            assert str(leaf) != ALARM_CODE
