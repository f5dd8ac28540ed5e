"""Tests for setting up and unloading llm_home."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
import sys
from typing import Any
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from .chat_templates import MISTRAL_TEMPLATE
from .engines import free_port
from .home import async_say, async_setup_agent, entry_state, state_of
from custom_components.llm_home.agent.chat_format import CHATML
from custom_components.llm_home.const import (
    CHAT_TEMPLATE_UNSUPPORTED,
    CONF_ENGINE,
    CONF_LLM_MODEL,
    DOMAIN,
    ENGINE_NETWORK,
)
from custom_components.llm_home.engine.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.engine.client import EngineClient
from custom_components.llm_home.engine.protocol import LoadResult
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.issues import ISSUE_ENGINE, ISSUE_MODEL


async def test_setup_and_unload(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, model_store: ModelStore
) -> None:
    """An entry with verified models loads, exposes their paths, and unloads cleanly."""
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.LOADED
    runtime = mock_config_entry.runtime_data
    assert runtime.models == dict(DEFAULT_MODELS)
    assert {op: args["model"] for op, args in runtime.client.loaded.items()} == {
        "load_llm": DEFAULT_MODELS[ModelKind.LLM],
        "load_stt": DEFAULT_MODELS[ModelKind.STT],
        "load_tts": DEFAULT_MODELS[ModelKind.TTS],
    }
    assert runtime.loaded.chat_format is CHATML  # the default model's own template
    child = runtime.client.pid
    assert child is not None

    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert entry_state(mock_config_entry) is ConfigEntryState.NOT_LOADED
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # the embedded engine stopped with the entry


async def test_missing_local_model_fails_setup(
    hass: HomeAssistant,
    default_data: dict[str, Any],
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


async def test_unsupported_chat_template_fails_setup(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, model_store: ModelStore
) -> None:
    """A model whose chat template the agent cannot write stops setup; an issue says why.

    No such model is at hand: the engine's report of the template is replaced.
    """
    load_llm = EngineClient.load_llm

    async def load_mistral(
        client: EngineClient, *args: Any, **kwargs: Any
    ) -> LoadResult:
        loaded = await load_llm(client, *args, **kwargs)
        return dataclasses.replace(loaded, chat_template=MISTRAL_TEMPLATE)

    with patch.object(EngineClient, "load_llm", load_mistral):
        assert not await hass.config_entries.async_setup(mock_config_entry.entry_id)
    assert mock_config_entry.state is ConfigEntryState.SETUP_ERROR
    reason = mock_config_entry.reason
    assert reason is not None and "chat template" in reason
    issue = ir.async_get(hass).async_get_issue(DOMAIN, ISSUE_MODEL)
    assert issue is not None and not issue.is_fixable
    assert issue.translation_key == CHAT_TEMPLATE_UNSUPPORTED
    assert issue.translation_placeholders is not None
    assert "chat template" in issue.translation_placeholders["detail"]


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


async def test_unreachable_network_engine_retries_then_raises_an_issue(
    hass: HomeAssistant, default_data: dict[str, Any]
) -> None:
    """No engine at the address: setup is retried (not ready); if it lasts, an issue says what to check."""
    data = {
        **default_data,
        CONF_ENGINE: ENGINE_NETWORK,
        CONF_HOST: "127.0.0.1",
        CONF_PORT: free_port(),
        CONF_TOKEN: "token",
    }
    entry = MockConfigEntry(domain=DOMAIN, data=data)
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_RETRY
    assert (
        entry.reason is not None and "Cannot reach the LLM Home engine" in entry.reason
    )
    registry = ir.async_get(hass)
    assert (
        registry.async_get_issue(DOMAIN, ISSUE_ENGINE) is None
    )  # not yet: it may be starting
    with patch("custom_components.llm_home.UNREACHABLE_ISSUE_AFTER", 0):
        await hass.config_entries.async_reload(entry.entry_id)
    issue = registry.async_get_issue(DOMAIN, ISSUE_ENGINE)
    assert issue is not None and issue.translation_key == "engine_unreachable"
    await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.parametrize("engine_kind", [ENGINE_NETWORK])
async def test_network_entry_works_without_the_native_packages(
    hass: HomeAssistant, default_data: dict[str, Any], model_store: ModelStore
) -> None:
    """Without the native packages in Home Assistant's Python, a network entry still works.

    As on HA OS: llama-cpp-python, faster-whisper and Piper cannot be imported, yet an
    entry with a network engine loads and acts on the home.
    """
    absent = dict.fromkeys(
        ("llama_cpp", "faster_whisper", "piper", "ctranslate2", "onnxruntime")
    )
    with patch.dict(sys.modules, absent):
        entry = await async_setup_agent(hass, default_data)
        assert entry.state is ConfigEntryState.LOADED
        await hass.services.async_call(
            "light", "turn_on", {"entity_id": "light.kitchen_lights"}, blocking=True
        )
        await async_say(hass, "turn off the kitchen lights")
        assert state_of(hass, "light.kitchen_lights").state == "off"
