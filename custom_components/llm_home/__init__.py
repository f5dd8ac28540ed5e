"""The llm_home integration: a fully local voice assistant brain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import os
from pathlib import Path
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryError, ConfigEntryNotReady
from homeassistant.helpers import llm

from .brain import Brain
from .catalog import ModelKind
from .const import (
    CONF_ALLOW_DISARM,
    CONF_ASSIST_FALLBACK,
    CONF_TEMPERATURE,
    DEFAULT_CONTEXT_SIZE,
    DEFAULT_TEMPERATURE,
    DOMAIN,
    MODEL_CONF_KEYS,
    MODELS_DIR,
    STT_BEAM_SIZE,
    STT_COMPUTE_TYPE,
)
from .issues import (
    async_create_model_issue,
    async_create_worker_issue,
    async_delete_issues,
    async_watch_worker,
)
from .models import ModelError, ModelStore, resolve_model
from .stats import RequestStats
from .tools import LlmHomeAPI, ToolPolicy
from .worker import SttLoadResult, TtsLoadResult, WorkerClient, WorkerError

PLATFORMS: list[Platform] = [
    Platform.CONVERSATION,
    Platform.SENSOR,
    Platform.STT,
    Platform.TTS,
]


@dataclass(slots=True)
class LlmHomeData:
    """What an entry holds while it is loaded."""

    models: dict[ModelKind, Path]
    worker: WorkerClient
    brain: Brain
    assist_fallback: bool
    stt: SttLoadResult
    voice: TtsLoadResult
    stats: RequestStats


type LlmHomeConfigEntry = ConfigEntry[LlmHomeData]


def model_store(hass: HomeAssistant) -> ModelStore:
    """Return the store that catalog models are assembled into."""
    return ModelStore(Path(hass.config.path(MODELS_DIR)))


def resolve_models(store: ModelStore, data: Mapping[str, Any]) -> dict[ModelKind, Path]:
    """Check the entry's models and return their paths; blocking."""
    return {
        kind: resolve_model(store, kind, data[MODEL_CONF_KEYS[kind]])
        for kind in ModelKind
    }


async def async_setup_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> bool:
    """Set up llm_home from a config entry."""
    try:
        models = await hass.async_add_executor_job(
            resolve_models, model_store(hass), entry.data
        )
    except ModelError as err:
        async_create_model_issue(hass, entry.entry_id, err)
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key=err.reason,
            translation_placeholders={"model": err.model, "detail": err.detail},
        ) from err

    options = entry.options
    worker = WorkerClient(name=DOMAIN)
    n_threads = os.cpu_count() or 2
    try:
        await worker.start()
        await worker.load_llm(
            str(models[ModelKind.LLM]),
            n_ctx=DEFAULT_CONTEXT_SIZE,
            n_threads=n_threads,
        )
        stt = await worker.load_stt(
            models[ModelKind.STT],
            compute_type=STT_COMPUTE_TYPE,
            beam_size=STT_BEAM_SIZE,
            n_threads=n_threads,
        )
        voice = await worker.load_tts(models[ModelKind.TTS])
    except WorkerError as err:
        await worker.stop()
        async_create_worker_issue(hass, err)
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="worker_failed",
            translation_placeholders={"error": str(err)},
        ) from err
    entry.async_on_unload(worker.stop)
    async_delete_issues(hass)
    entry.async_on_unload(async_watch_worker(hass, worker))

    api = LlmHomeAPI(
        hass=hass,
        id=DOMAIN,
        name="LLM Home",
        policy=ToolPolicy(allow_disarm=bool(options.get(CONF_ALLOW_DISARM, False))),
    )
    entry.async_on_unload(llm.async_register_api(hass, api))
    brain = Brain(
        hass, worker, float(options.get(CONF_TEMPERATURE, DEFAULT_TEMPERATURE))
    )
    entry.runtime_data = LlmHomeData(
        models=models,
        worker=worker,
        brain=brain,
        assist_fallback=bool(options.get(CONF_ASSIST_FALLBACK, False)),
        stt=stt,
        voice=voice,
        stats=RequestStats(hass, entry.entry_id),
    )
    entry.async_create_background_task(hass, brain.async_warm_up(), f"{DOMAIN} warm-up")
    entry.async_on_unload(brain.async_watch_home())
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> bool:
    """Unload a config entry and stop its worker."""
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> None:
    """Delete the entry's repair issues when it is removed."""
    async_delete_issues(hass)
