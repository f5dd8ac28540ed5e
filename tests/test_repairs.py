"""Tests for the repair issues and their fix flows."""

from __future__ import annotations

import os
from pathlib import Path
import signal
from typing import Any
from unittest.mock import patch

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.repairs import RepairsFlowResult, repairs_flow_manager
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component

from .engines import until
from .flows import finish_progress
from .home import async_setup_agent, entry_state
from custom_components.llm_home.const import CONF_LLM_MODEL, DOMAIN
from custom_components.llm_home.diagnostics import async_get_config_entry_diagnostics
from custom_components.llm_home.engine.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.engine.client import EngineState
from custom_components.llm_home.engine.download import sha256_file
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.issues import ISSUE_ENGINE, ISSUE_MODEL

SIGILL_ENGINE = Path(__file__).with_name("sigill_engine.py")


async def _fix(hass: HomeAssistant, issue_id: str) -> RepairsFlowResult:
    """Run an issue's fix flow as the repairs panel does, to its end."""
    manager = repairs_flow_manager(hass)
    assert manager is not None
    result = await manager.async_init(DOMAIN, context={"issue_id": issue_id})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "confirm"
    placeholders = result["description_placeholders"]
    assert placeholders is not None and placeholders["detail"]
    result = await manager.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    return await finish_progress(hass, result, manager.async_configure)


async def test_damaged_model_is_repaired_by_its_fix_flow(
    hass: HomeAssistant,
    hf_mirror: str,
    mock_config_entry: MockConfigEntry,
    model_store: ModelStore,
) -> None:
    """A damaged catalog model raises a fixable issue; the fix downloads it again and loads."""
    assert await async_setup_component(hass, "repairs", {})
    model = CATALOG[DEFAULT_MODELS[ModelKind.STT]]
    vocabulary = model_store.path(model) / "vocabulary.txt"
    original = vocabulary.read_bytes()
    vocabulary.write_bytes(b"x" + original[1:])
    try:
        assert not await hass.config_entries.async_setup(mock_config_entry.entry_id)
        assert mock_config_entry.state is ConfigEntryState.SETUP_ERROR
        issue = ir.async_get(hass).async_get_issue(DOMAIN, ISSUE_MODEL)
        assert issue is not None and issue.is_fixable
        assert issue.severity is ir.IssueSeverity.ERROR
        assert issue.translation_key == "model_damaged"
        assert issue.translation_placeholders == {
            "model": model.key,
            "detail": "vocabulary.txt does not match its size and sha256",
        }
        diagnostics = await async_get_config_entry_diagnostics(hass, mock_config_entry)
        assert "engine" not in diagnostics

        result = await _fix(hass, ISSUE_MODEL)

        assert result["type"] is FlowResultType.CREATE_ENTRY
        expected = next(f.sha256 for f in model.files if f.name == vocabulary.name)
        assert sha256_file(vocabulary) == expected
        assert entry_state(mock_config_entry) is ConfigEntryState.LOADED
        assert ir.async_get(hass).async_get_issue(DOMAIN, ISSUE_MODEL) is None
    finally:
        if vocabulary.read_bytes() != original:
            vocabulary.write_bytes(original)


async def test_missing_local_model_raises_an_issue_without_fix(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    tmp_path: Path,
) -> None:
    """A local model that disappeared cannot be reinstalled: the issue says what to do."""
    gone = str(tmp_path / "gone.gguf")
    entry = MockConfigEntry(domain=DOMAIN, data={**default_data, CONF_LLM_MODEL: gone})
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    issue = ir.async_get(hass).async_get_issue(DOMAIN, ISSUE_MODEL)
    assert issue is not None and not issue.is_fixable
    assert issue.translation_key == "model_unusable"
    assert issue.translation_placeholders == {
        "model": gone,
        "detail": "no such file or directory",
    }


async def test_engine_crash_loop_raises_an_issue_until_setup_succeeds(
    hass: HomeAssistant, default_data: dict[str, Any], model_store: ModelStore
) -> None:
    """Three engine restarts within minutes raise an issue; a clean setup removes it."""
    entry = await async_setup_agent(hass, default_data)
    client = entry.runtime_data.client
    issues = ir.async_get(hass)
    for restarts in (1, 2, 3):
        assert issues.async_get_issue(DOMAIN, ISSUE_ENGINE) is None
        pid = client.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)

        def recovered(restarts: int = restarts) -> bool:
            return client.restarts == restarts and client.state is EngineState.READY

        await until(recovered)
    issue = issues.async_get_issue(DOMAIN, ISSUE_ENGINE)
    assert issue is not None and not issue.is_fixable
    assert issue.translation_key == "worker_crash_loop"
    assert issue.translation_placeholders == {"restarts": "3", "minutes": "10"}

    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert issues.async_get_issue(DOMAIN, ISSUE_ENGINE) is None


async def test_engine_crash_while_loading_raises_an_issue(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, model_store: ModelStore
) -> None:
    """An engine killed by an illegal instruction at model load: setup retries, an issue says why."""
    with patch("custom_components.llm_home.engine.child.ENGINE_DIR", SIGILL_ENGINE):
        assert not await hass.config_entries.async_setup(mock_config_entry.entry_id)
    assert mock_config_entry.state is ConfigEntryState.SETUP_RETRY
    issue = ir.async_get(hass).async_get_issue(DOMAIN, ISSUE_ENGINE)
    assert issue is not None and not issue.is_fixable
    assert issue.translation_key == "worker_crashed_loading"
