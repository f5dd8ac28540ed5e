"""Tests for setting up and unloading llm_home."""

from __future__ import annotations

from pathlib import Path

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant

from custom_components.llm_home.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.const import CONF_LLM_MODEL, DOMAIN
from custom_components.llm_home.models import ModelStore


async def test_setup_and_unload(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, model_store: ModelStore
) -> None:
    """An entry with verified models loads, exposes their paths, and unloads cleanly."""
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.LOADED
    models = mock_config_entry.runtime_data.models
    assert set(models) == set(ModelKind)
    assert models[ModelKind.LLM] == model_store.path(
        CATALOG[DEFAULT_MODELS[ModelKind.LLM]]
    )

    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.NOT_LOADED


async def test_missing_local_model_fails_setup(
    hass: HomeAssistant,
    default_data: dict[str, str],
    model_store: ModelStore,
    tmp_path: Path,
) -> None:
    """A local model that disappeared after configuration stops setup with an error."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        data={**default_data, CONF_LLM_MODEL: str(tmp_path / "gone.gguf")},
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    assert entry.reason is not None and "gone.gguf" in entry.reason


async def test_corrupt_catalog_model_fails_setup(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, model_store: ModelStore
) -> None:
    """A catalog model damaged on disk is detected at setup, not used."""
    model = CATALOG[DEFAULT_MODELS[ModelKind.STT]]
    vocabulary = model_store.path(model) / "vocabulary.txt"
    original = vocabulary.read_bytes()
    vocabulary.write_bytes(b"x" + original[1:])
    try:
        assert not await hass.config_entries.async_setup(mock_config_entry.entry_id)
        assert mock_config_entry.state is ConfigEntryState.SETUP_ERROR
        assert (
            mock_config_entry.reason is not None
            and "damaged" in mock_config_entry.reason
        )
    finally:
        vocabulary.write_bytes(original)
