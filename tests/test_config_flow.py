"""Tests for the llm_home config flow, against a real Home Assistant."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    SOURCE_USER,
    ConfigEntryState,
    ConfigFlowResult,
)
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from .chat_templates import MISTRAL_TEMPLATE
from .engines import NetworkEngine, process_exists
from .flows import finish_flow, llm_in_engine, models_form
from .gguf_files import fake_model
from .home import state_of
from custom_components.llm_home.const import (
    CONF_ENGINE,
    CONF_LLM_MODEL,
    CONF_LLM_SHA256,
    CONF_STT_MODEL,
    CONF_TTS_MODEL,
    DEFAULT_LLM_MODEL,
    DEFAULT_STT_MODEL,
    DEFAULT_TTS_MODEL,
    DOMAIN,
    ENGINE_NETWORK,
    MODEL_CONF_KEYS,
    MODELS_DIR,
)
from custom_components.llm_home.engine import protocol
from custom_components.llm_home.engine.catalog import (
    CATALOG,
    DEFAULT_MODELS,
    QWEN_1_5B_MODEL,
    ModelKind,
    catalog_for,
)
from custom_components.llm_home.engine.client import EngineClient
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.runtime import LlmHomeConfigEntry

AGENT_ENTITY = "conversation.llm_home"


async def _submit(hass: HomeAssistant, user_input: dict[str, Any]) -> ConfigFlowResult:
    result = await models_form(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _models(user_input)
    )
    return await finish_flow(hass, result)


def _models(data: dict[str, Any]) -> dict[str, Any]:
    """Return the fields of the models form from entry data."""
    return {
        key: value for key, value in data.items() if key in MODEL_CONF_KEYS.values()
    }


async def test_defaults_install_models_and_create_entry(
    hass: HomeAssistant, default_data: dict[str, Any], config_dir: Path
) -> None:
    """Accepting the embedded defaults installs the catalog models and loads the entry."""
    result = await models_form(hass)
    assert result["data_schema"] is not None
    schema = result["data_schema"].schema
    models = _models(default_data)
    assert {str(key): key.default() for key in schema if key in models} == models
    assert [str(key) for key in schema if key not in models] == [CONF_LLM_SHA256]

    result = await hass.config_entries.flow.async_configure(result["flow_id"], models)
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    assert result["progress_action"] == "install_models"
    result = await finish_flow(hass, result)

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == default_data
    entry = result["result"]
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    store = ModelStore(config_dir / MODELS_DIR)
    assert entry.runtime_data.models == dict(DEFAULT_MODELS)
    for key in DEFAULT_MODELS.values():
        assert store.path(CATALOG[key]).exists()
    assert state_of(hass, AGENT_ENTITY).state != STATE_UNAVAILABLE


async def test_local_model_paths_create_entry(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Absolute paths to local models are accepted as they are."""
    paths = {
        kind: str(model_store.path(CATALOG[key]))
        for kind, key in DEFAULT_MODELS.items()
    }
    result = await _submit(
        hass,
        {
            CONF_LLM_MODEL: paths[ModelKind.LLM],
            CONF_STT_MODEL: paths[ModelKind.STT],
            CONF_TTS_MODEL: paths[ModelKind.TTS],
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_LLM_MODEL] == paths[ModelKind.LLM]
    await hass.async_block_till_done()
    assert result["result"].runtime_data.models[ModelKind.STT] == paths[ModelKind.STT]
    assert (
        result["result"].runtime_data.client.loaded["load_stt"]["model"]
        == (paths[ModelKind.STT])
    )


async def test_missing_model_file_is_a_form_error(
    hass: HomeAssistant, default_data: dict[str, Any], tmp_path: Path
) -> None:
    """A path that does not exist is shown on its field, and nothing is created."""
    result = await _submit(
        hass, {**default_data, CONF_LLM_MODEL: str(tmp_path / "missing.gguf")}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_LLM_MODEL: "model_not_found"}
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_corrupt_model_file_is_a_form_error_and_can_be_fixed(
    hass: HomeAssistant, default_data: dict[str, Any], tmp_path: Path
) -> None:
    """A file that is not a GGUF model is rejected; choosing the default then succeeds."""
    corrupt = tmp_path / "model.gguf"
    corrupt.write_bytes(b"\x00" * 4096)
    result = await _submit(hass, {**default_data, CONF_LLM_MODEL: str(corrupt)})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_LLM_MODEL: "model_invalid"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _models(default_data)
    )
    result = await finish_flow(hass, result)
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_catalog_model_of_wrong_kind_is_a_form_error(
    hass: HomeAssistant, default_data: dict[str, Any]
) -> None:
    """A speech model chosen as the language model is rejected on its field."""
    result = await _submit(
        hass, {**default_data, CONF_LLM_MODEL: default_data[CONF_STT_MODEL]}
    )
    assert result["errors"] == {CONF_LLM_MODEL: "model_invalid"}


async def test_damaged_catalog_model_is_repaired_by_the_flow(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    hf_mirror: str,
) -> None:
    """A catalog file damaged on disk is downloaded again when the flow installs it."""
    voice_config = model_store.path(CATALOG[DEFAULT_MODELS[ModelKind.TTS]]).with_suffix(
        ".onnx.json"
    )
    original = voice_config.read_bytes()
    voice_config.write_bytes(original[:-10])
    try:
        result = await _submit(hass, default_data)
        assert result["type"] is FlowResultType.CREATE_ENTRY
        assert voice_config.read_bytes() == original
    finally:  # the store is shared by the session: leave no damage for later tests
        if voice_config.read_bytes() != original:
            voice_config.write_bytes(original)


async def test_single_instance(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """A second entry is refused."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "single_instance_allowed"


async def test_default_llm_is_listed_first(hass: HomeAssistant) -> None:
    """The language model field offers the catalog models and accepts a custom path."""
    result = await models_form(hass)
    assert result["data_schema"] is not None
    selector = next(
        v for k, v in result["data_schema"].schema.items() if str(k) == CONF_LLM_MODEL
    )
    config = selector.config
    assert config["custom_value"] is True
    assert config["options"][0]["value"] == DEFAULT_LLM_MODEL
    # Every catalog language model, the optional larger one too, under its title.
    assert {option["value"]: option["label"] for option in config["options"]} == {
        model.key: model.title for model in catalog_for(ModelKind.LLM)
    }
    assert QWEN_1_5B_MODEL in {option["value"] for option in config["options"]}


@pytest.mark.parametrize(
    ("language", "stt", "tts"),
    [
        ("en", DEFAULT_STT_MODEL, DEFAULT_TTS_MODEL),
        ("de-CH", "whisper-base", "piper-de_DE-thorsten-medium"),
        ("zh-Hans", "whisper-base", "piper-zh_CN-huayan-medium"),
        ("pl", "whisper-base", DEFAULT_TTS_MODEL),
    ],
)
async def test_speech_models_follow_the_homes_language(
    hass: HomeAssistant, language: str, stt: str, tts: str
) -> None:
    """A German home is offered the multilingual Whisper and a German voice first."""
    hass.config.language = language
    result = await models_form(hass)
    assert result["data_schema"] is not None
    suggested = {
        str(key): key.description["suggested_value"]
        for key in result["data_schema"].schema
        if key.description and "suggested_value" in key.description
    }
    assert suggested[CONF_STT_MODEL] == stt
    assert suggested[CONF_TTS_MODEL] == tts


async def _network_form(hass: HomeAssistant) -> ConfigFlowResult:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": ENGINE_NETWORK}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "network"
    return result


def _address(engine: NetworkEngine, **changes: Any) -> dict[str, Any]:
    return {
        CONF_HOST: engine.host,
        CONF_PORT: engine.port,
        CONF_TOKEN: engine.token,
    } | changes


async def test_network_engine_creates_entry(
    hass: HomeAssistant, network: NetworkEngine, default_data: dict[str, Any]
) -> None:
    """An engine on the network is tested, then its models installed; the entry works."""
    result = await _network_form(hass)
    result = await llm_in_engine(
        hass,
        await hass.config_entries.flow.async_configure(
            result["flow_id"], _address(network)
        ),
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _models(default_data)
    )
    result = await finish_flow(hass, result)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {
        CONF_ENGINE: ENGINE_NETWORK,
        **_address(network),
        **_models(default_data),
    }
    await hass.async_block_till_done()
    entry = result["result"]
    assert entry.state is ConfigEntryState.LOADED
    assert entry.runtime_data.client.pid is None  # not a child of Home Assistant
    assert entry.runtime_data.client.hello.pid == network.pid
    assert state_of(hass, AGENT_ENTITY).state != STATE_UNAVAILABLE


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({CONF_TOKEN: "not the engine's token"}, {"base": "invalid_auth"}),
        ({CONF_TOKEN: "0123456789"}, {CONF_TOKEN: "token_too_short"}),
        ({CONF_PORT: 1}, {"base": "cannot_connect"}),
    ],
)
async def test_network_engine_form_errors(
    hass: HomeAssistant,
    network: NetworkEngine,
    changes: dict[str, Any],
    errors: dict[str, str],
) -> None:
    """A wrong or short token, or an address where nothing answers, is a form error.

    Nothing is created.
    """
    result = await _network_form(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _address(network, **changes)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == errors
    assert not hass.config_entries.async_entries(DOMAIN)
    # Corrected, the same form goes on.
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _address(network)
    )
    assert result["step_id"] == "llm"


async def test_network_engine_of_another_version_is_a_form_error(
    hass: HomeAssistant, network: NetworkEngine
) -> None:
    """An engine that speaks another protocol version is refused with plain words."""
    result = await _network_form(hass)
    with patch.object(protocol, "PROTOCOL_VERSION", protocol.PROTOCOL_VERSION + 1):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], _address(network)
        )
    assert result["errors"] == {"base": "incompatible_version"}


async def test_embedded_engine_not_offered_without_its_packages(
    hass: HomeAssistant,
) -> None:
    """Without llama-cpp-python and friends (HA OS, the container) only a network engine is offered.

    The menu says which packages are missing.
    """
    with patch(
        "custom_components.llm_home.config_flow.missing_engine_packages",
        return_value=["llama_cpp", "faster_whisper", "piper"],
    ):
        result = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": SOURCE_USER}
        )
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == [ENGINE_NETWORK]
    assert result["description_placeholders"] == {
        "missing": "llama_cpp, faster_whisper, piper"
    }


async def test_reconfigure_moves_the_engine_to_the_network(
    hass: HomeAssistant, agent: LlmHomeConfigEntry, network: NetworkEngine
) -> None:
    """Reconfigure switches an embedded entry to a network engine; the entry reloads on it."""
    child = agent.runtime_data.client.pid
    assert child is not None
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_RECONFIGURE, "entry_id": agent.entry_id}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": ENGINE_NETWORK}
    )
    result = await llm_in_engine(
        hass,
        await hass.config_entries.flow.async_configure(
            result["flow_id"], _address(network)
        ),
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], _models(dict(agent.data))
    )
    result = await finish_flow(hass, result)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done(wait_background_tasks=True)
    assert agent.state is ConfigEntryState.LOADED
    assert agent.data[CONF_ENGINE] == ENGINE_NETWORK
    assert agent.runtime_data.client.pid is None
    hello = agent.runtime_data.client.hello
    assert hello is not None and hello.pid == network.pid
    assert not process_exists(child)


async def test_model_with_an_unsupported_chat_template_is_refused(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    tmp_path: Path,
) -> None:
    """A GGUF whose chat template the agent cannot write is refused on its field."""
    model = fake_model(tmp_path / "mistral.gguf", MISTRAL_TEMPLATE)
    result = await _submit(hass, {**default_data, CONF_LLM_MODEL: str(model)})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "models"
    assert result["errors"] == {CONF_LLM_MODEL: "chat_template_unsupported"}


async def test_unexpected_install_failure_ends_the_flow(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A failure nobody expected ends the flow saying what failed, logged with its trace."""
    with patch.object(
        EngineClient, "install_model", side_effect=RuntimeError("disk on fire")
    ):
        result = await _submit(hass, default_data)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "install_failed"
    assert result["description_placeholders"] == {"error": "disk on fire"}
    assert "Installing the models failed" in caplog.text
    assert "RuntimeError: disk on fire" in caplog.text  # the traceback
    assert not hass.config_entries.async_entries(DOMAIN)
