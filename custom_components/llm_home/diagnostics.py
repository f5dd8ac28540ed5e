"""Diagnostics for llm_home: options, model files, the worker, the last requests' timings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_CODE
from homeassistant.core import HomeAssistant

from . import model_store
from .catalog import CATALOG, ModelKind
from .const import CONF_INSTRUCTIONS, MODEL_CONF_KEYS
from .models import ModelStore, sha256_file

if TYPE_CHECKING:
    from . import LlmHomeConfigEntry

# Nothing the user said or typed belongs in diagnostics: alarm codes, words, prompts.
# Codes and the user's own words; the extra instructions option is the user's text too.
TO_REDACT: Final = {
    CONF_CODE,
    CONF_INSTRUCTIONS,
    "text",
    "prompt",
    "speech",
    "transcript",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: LlmHomeConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a config entry."""
    models = await hass.async_add_executor_job(
        _describe_models, model_store(hass), dict(entry.data)
    )
    diagnostics: dict[str, Any] = {
        "state": entry.state.value,
        "data": dict(entry.data),
        "options": dict(entry.options),
        "models": models,
    }
    if entry.state is ConfigEntryState.LOADED:
        data = entry.runtime_data
        worker = data.worker
        diagnostics["worker"] = {
            "state": worker.state.value,
            "running": worker.running,
            "pid": worker.pid,
            "restarts": worker.restarts,
            "loaded": worker.loaded,
        }
        diagnostics["timings"] = [timing.as_dict() for timing in data.stats.timings]
    return async_redact_data(diagnostics, TO_REDACT)


def _describe_models(store: ModelStore, data: dict[str, Any]) -> dict[str, Any]:
    """Describe each configured model's files; blocking."""
    return {
        kind.value: _describe_model(store, str(data.get(MODEL_CONF_KEYS[kind], "")))
        for kind in ModelKind
    }


def _describe_model(store: ModelStore, value: str) -> dict[str, Any]:
    """Catalog files take their sha256 from the store's records; local files are hashed."""
    if (model := CATALOG.get(value)) is not None:
        files = []
        for file in model.files:
            path = store.file_path(model, file)
            files.append(
                {
                    "path": str(path),
                    "size": _size(path),
                    "sha256": store.verified_sha256(model, file),
                    "expected_sha256": file.sha256,
                }
            )
        return {"catalog": model.key, "files": files}
    return {
        "local": value,
        "files": [_describe_file(path) for path in _local_files(value)],
    }


def _local_files(value: str) -> list[Path]:
    path = Path(value)
    if path.is_dir():
        return sorted(child for child in path.iterdir() if child.is_file())
    sidecar = path.with_name(f"{path.name}.json")  # a Piper voice's config
    return [path, *([sidecar] if sidecar.is_file() else [])]


def _describe_file(path: Path) -> dict[str, Any]:
    try:
        size: int | None = path.stat().st_size
        sha256: str | None = sha256_file(path)
    except OSError:
        size = sha256 = None
    return {"path": str(path), "size": size, "sha256": sha256}


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None
