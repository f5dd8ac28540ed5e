"""Tests for the llm_home config flow, against a real Home Assistant."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import SOURCE_USER, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from .flows import finish_flow
from custom_components.llm_home.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.const import (
    CONF_LLM_MODEL,
    CONF_LLM_SHA256,
    CONF_STT_MODEL,
    CONF_TTS_MODEL,
    DEFAULT_LLM_MODEL,
    DOMAIN,
)
from custom_components.llm_home.models import ModelStore


async def _submit(hass: HomeAssistant, user_input: dict[str, str]) -> dict[str, Any]:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], user_input
    )
    return await finish_flow(hass, result)


async def test_defaults_install_models_and_create_entry(
    hass: HomeAssistant, default_data: dict[str, str], config_dir: Path
) -> None:
    """Accepting the embedded defaults installs the catalog models and loads the entry."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    schema = result["data_schema"].schema
    assert {str(key): key.default() for key in schema if key in default_data} == (
        default_data
    )
    assert [str(key) for key in schema if key not in default_data] == [CONF_LLM_SHA256]

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], default_data
    )
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    assert result["progress_action"] == "install_models"
    result = await finish_flow(hass, result)

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == default_data
    entry = result["result"]
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    store = ModelStore(config_dir / "llm_home" / "models")
    for kind, key in DEFAULT_MODELS.items():
        assert entry.runtime_data.models[kind] == store.path(CATALOG[key])
        assert store.path(CATALOG[key]).exists()


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
    assert result["result"].runtime_data.models[ModelKind.STT] == Path(
        paths[ModelKind.STT]
    )


async def test_missing_model_file_is_a_form_error(
    hass: HomeAssistant, default_data: dict[str, str], tmp_path: Path
) -> None:
    """A path that does not exist is shown on its field, and nothing is created."""
    result = await _submit(
        hass, {**default_data, CONF_LLM_MODEL: str(tmp_path / "missing.gguf")}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_LLM_MODEL: "model_not_found"}
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_corrupt_model_file_is_a_form_error_and_can_be_fixed(
    hass: HomeAssistant, default_data: dict[str, str], tmp_path: Path
) -> None:
    """A file that is not a GGUF model is rejected; choosing the default then succeeds."""
    corrupt = tmp_path / "model.gguf"
    corrupt.write_bytes(b"\x00" * 4096)
    result = await _submit(hass, {**default_data, CONF_LLM_MODEL: str(corrupt)})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_LLM_MODEL: "model_invalid"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], default_data
    )
    result = await finish_flow(hass, result)
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_catalog_model_of_wrong_kind_is_a_form_error(
    hass: HomeAssistant, default_data: dict[str, str]
) -> None:
    """A speech model chosen as the language model is rejected on its field."""
    result = await _submit(
        hass, {**default_data, CONF_LLM_MODEL: default_data[CONF_STT_MODEL]}
    )
    assert result["errors"] == {CONF_LLM_MODEL: "model_invalid"}


async def test_damaged_catalog_model_is_repaired_by_the_flow(
    hass: HomeAssistant, default_data: dict[str, str], model_store: ModelStore
) -> None:
    """A catalog file damaged on disk is assembled again when the flow installs it."""
    voice_config = model_store.path(CATALOG[DEFAULT_MODELS[ModelKind.TTS]]).with_suffix(
        ".onnx.json"
    )
    original = voice_config.read_bytes()
    voice_config.write_bytes(original[:-10])

    result = await _submit(hass, default_data)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert voice_config.read_bytes() == original


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
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    selector = next(
        v for k, v in result["data_schema"].schema.items() if str(k) == CONF_LLM_MODEL
    )
    config = selector.config
    assert config["custom_value"] is True
    assert config["options"][0]["value"] == DEFAULT_LLM_MODEL
