"""Options and reconfigure: changes apply at once, and only what changed is loaded again."""

from __future__ import annotations

import io
from pathlib import Path
import shutil
import wave

import probatio
import pytest

from homeassistant.components.tts.helper import get_engine_instance
from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigEntryState,
    ConfigFlowResult,
)
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import config_validation as cv

from .flows import finish_flow, llm_in_engine
from .home import ALARM, async_say, state_of
from custom_components.llm_home.const import (
    CONF_DOMAINS,
    CONF_TTS_MODEL,
    CONF_VOICE_PIN,
    DEFAULT_TTS_MODEL,
    DOMAIN,
    ENGINE_EMBEDDED,
    MODEL_CONF_KEYS,
)
from custom_components.llm_home.engine.catalog import CATALOG, ModelKind
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.runtime import LlmHomeConfigEntry
from custom_components.llm_home.tts import LlmHomeTextToSpeechEntity

SENTENCE = "The kitchen lights are on and the heating is set to twenty one degrees."


async def _spoken_seconds(
    hass: HomeAssistant, options: dict[str, object] | None = None
) -> float:
    entity = get_engine_instance(hass, "tts.llm_home_text_to_speech")
    assert isinstance(entity, LlmHomeTextToSpeechEntity)
    merged = {**entity.default_options, **(options or {})}
    _, data = await entity.async_get_tts_audio(SENTENCE, "en_US", merged)
    assert data is not None
    with wave.open(io.BytesIO(data), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


async def test_options_apply_without_reloading_the_model(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """Saved options take effect on the next request; the worker and its model stay."""
    data = agent.runtime_data
    pid = data.client.pid
    normal_s = await _spoken_seconds(hass)

    result = await hass.config_entries.options.async_init(agent.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert result["data_schema"] is not None
    sections = [str(key) for key in result["data_schema"].schema]
    assert sections == ["generation", "safety", "speech"]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "generation": {
                "context_size": 4096,
                "threads": 0,
                "temperature": 0,
                "max_tokens": 48,
                "instructions": "The cooker is the kitchen.",
            },
            "safety": {
                "order": "llm_home",
                CONF_DOMAINS: ["light", "climate"],
                "allow_disarm": False,
                "allow_unlock": False,
                "allow_open": False,
            },
            "speech": {
                "stt_language": "auto",
                "beam_size": 1,
                "end_silence": 1.2,
                "speaking_rate": 1.5,
            },
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()

    assert agent.options[CONF_DOMAINS] == ["light", "climate"]
    assert agent.options["speaking_rate"] == 1.5
    assert data.settings.end_silence == 1.2
    assert agent.state is ConfigEntryState.LOADED
    assert agent.runtime_data is data, "the entry was not reloaded"
    assert data.client.pid == pid, "the worker and its model kept running"
    assert data.client.restarts == 0

    # The alarm is no longer the assistant's to control; lights still are.
    await async_say(hass, "arm the home alarm in away mode")
    assert state_of(hass, ALARM).state == "disarmed"
    await async_say(hass, "turn on the kitchen lights")
    assert state_of(hass, "light.kitchen_lights").state == "on"
    # The voice speaks faster, and a request can still ask for another rate.
    assert await _spoken_seconds(hass) < 0.8 * normal_s
    assert await _spoken_seconds(hass, {"speed": 1.0}) == pytest.approx(
        normal_s, rel=0.15
    )
    with pytest.raises(HomeAssistantError):
        await _spoken_seconds(hass, {"speed": 9})


async def test_reconfigure_to_a_new_voice_loads_only_the_voice(
    hass: HomeAssistant,
    agent: LlmHomeConfigEntry,
    model_store: ModelStore,
    tmp_path: Path,
) -> None:
    """A new voice chosen by reconfiguring is used at once; the language model stays."""
    joe = model_store.path(CATALOG[DEFAULT_TTS_MODEL])
    voice = tmp_path / "en_US-copy-medium.onnx"
    shutil.copy(joe, voice)
    shutil.copy(f"{joe}.json", f"{voice}.json")
    data = agent.runtime_data
    pid, llm = data.client.pid, data.models[ModelKind.LLM]

    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_RECONFIGURE, "entry_id": agent.entry_id}
    )
    assert result["type"] is FlowResultType.MENU
    result = await llm_in_engine(
        hass,
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {"next_step_id": ENGINE_EMBEDDED}
        ),
    )
    models = {key: agent.data[key] for key in MODEL_CONF_KEYS.values()}
    bad = {**models, CONF_TTS_MODEL: str(tmp_path / "missing.onnx")}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], bad)
    result = await finish_flow(hass, result)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_TTS_MODEL: "model_not_found"}

    chosen = {**models, CONF_TTS_MODEL: str(voice)}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], chosen)
    result = await finish_flow(hass, result)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()

    assert agent.data[CONF_TTS_MODEL] == str(voice)
    assert agent.runtime_data is data
    assert data.models[ModelKind.TTS] == str(voice)
    assert data.models[ModelKind.LLM] == llm
    assert data.client.pid == pid
    entity = get_engine_instance(hass, "tts.llm_home_text_to_speech")
    assert entity is not None
    assert [v.voice_id for v in entity.async_get_supported_voices("en_US") or []] == [
        "en_US-copy-medium"
    ]
    assert await _spoken_seconds(hass) > 1.0


async def test_voice_pin_is_checked_kept_and_never_shown(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """A PIN must be 4 to 10 digits; an empty field keeps it; the form never shows it."""

    async def save(pin: str) -> ConfigFlowResult:
        result = await hass.config_entries.options.async_init(agent.entry_id)
        schema = result["data_schema"]
        assert schema is not None
        # What the frontend receives: the stored PIN is not among the suggestions.
        shown = probatio.to_field_list(schema, custom_serializer=cv.custom_serializer)
        assert "48213579" not in str(shown)
        return await hass.config_entries.options.async_configure(
            result["flow_id"],
            {
                "generation": {},
                "safety": {"allow_unlock": True, CONF_VOICE_PIN: pin},
                "speech": {},
            },
        )

    result = await save("12ab")
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_VOICE_PIN: "invalid_pin"}
    result = await save("4821 3579")
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert agent.options[CONF_VOICE_PIN] == "48213579"
    result = await save("")
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert agent.options[CONF_VOICE_PIN] == "48213579"
    await hass.async_block_till_done()
    assert agent.runtime_data.policy.settings.voice_pin == "48213579"
