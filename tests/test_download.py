"""Language models given by URL: downloaded with progress, checked, nothing left on failure.

A local HTTP server stands in for the internet.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from pathlib import Path
import threading

import pytest

from homeassistant.config_entries import ConfigEntryState, ConfigFlowResult
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from .flows import finish_flow, models_form
from .mirror import CHUNK, FileHandler, serve
from custom_components.llm_home.const import (
    CONF_LLM_MODEL,
    CONF_LLM_SHA256,
    DEFAULT_LLM_MODEL,
    DOMAIN,
    MODEL_CONF_KEYS,
    MODELS_DIR,
)
from custom_components.llm_home.engine.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.engine.store import DOWNLOADS_DIR, ModelStore


class _Handler(FileHandler):
    """Serves the files of `routes`; `/slow.gguf` stalls after its first chunk."""

    release = threading.Event()

    def do_GET(self) -> None:
        if self.path != "/slow.gguf":
            super().do_GET()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(10 * CHUNK))
        self.end_headers()
        self.wfile.write(b"GGUF" + bytes(CHUNK - 4))
        self.wfile.flush()
        self.release.wait(30)
        self.wfile.write(bytes(CHUNK))


@pytest.fixture
def server(model_store: ModelStore) -> Generator[str]:
    """Serve the default language model on localhost; return the base URL."""
    _Handler.release.clear()
    routes = {"/qwen.gguf": model_store.path(CATALOG[DEFAULT_LLM_MODEL])}
    with serve(_Handler, routes) as url:
        yield url
        _Handler.release.set()


async def _start(hass: HomeAssistant, url: str, sha256: str = "") -> ConfigFlowResult:
    result = await models_form(hass)
    user_input = {MODEL_CONF_KEYS[kind]: key for kind, key in DEFAULT_MODELS.items()}
    user_input[CONF_LLM_MODEL] = url
    if sha256:
        user_input[CONF_LLM_SHA256] = sha256
    return await hass.config_entries.flow.async_configure(result["flow_id"], user_input)


def _downloads(config_dir: Path) -> list[str]:
    folder = config_dir / MODELS_DIR / DOWNLOADS_DIR
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


async def test_url_model_is_downloaded_checked_and_used(
    hass: HomeAssistant, server: str, model_store: ModelStore, config_dir: Path
) -> None:
    """A GGUF URL with its sha256 downloads with progress and becomes the entry's model."""
    sha256 = CATALOG[DEFAULT_LLM_MODEL].files[0].pin
    result = await _start(hass, f"{server}/qwen.gguf", sha256)
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    result = await finish_flow(hass, result)

    assert result["type"] is FlowResultType.CREATE_ENTRY
    target = config_dir / MODELS_DIR / DOWNLOADS_DIR / "qwen.gguf"
    assert result["data"][CONF_LLM_MODEL] == str(target.resolve())
    assert CONF_LLM_SHA256 not in result["data"]
    assert _downloads(config_dir) == ["qwen.gguf"]
    entry = result["result"]
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert entry.runtime_data.models[ModelKind.LLM] == str(target.resolve())
    target.unlink()


@pytest.mark.parametrize(
    "case",
    [
        ("/qwen.gguf", "0" * 64, "model_corrupt"),
        ("/missing.gguf", "", "download_failed"),
        ("/qwen.gguf", "not-a-sha", "invalid_sha256"),
    ],
)
async def test_bad_download_is_a_form_error_and_leaves_nothing(
    hass: HomeAssistant,
    server: str,
    config_dir: Path,
    case: tuple[str, str, str],
) -> None:
    """A wrong checksum, a missing file or a malformed sha256 shows on the form."""
    path, sha256, error = case
    result = await finish_flow(hass, await _start(hass, f"{server}{path}", sha256))

    assert result["type"] is FlowResultType.FORM
    field = CONF_LLM_SHA256 if error == "invalid_sha256" else CONF_LLM_MODEL
    assert result["errors"] == {field: error}
    assert _downloads(config_dir) == []


async def test_closing_the_flow_stops_the_download(
    hass: HomeAssistant, server: str, config_dir: Path
) -> None:
    """Closing the dialog mid-download stops it and removes the partial file."""
    result = await _start(hass, f"{server}/slow.gguf")
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    async with asyncio.timeout(10):
        while _downloads(config_dir) != ["slow.gguf.part"]:
            await asyncio.sleep(0.05)

    hass.config_entries.flow.async_abort(result["flow_id"])
    _Handler.release.set()
    async with asyncio.timeout(10):
        while _downloads(config_dir):
            await asyncio.sleep(0.05)
    assert not hass.config_entries.async_entries(DOMAIN)
