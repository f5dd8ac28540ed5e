"""The llm_home integration: a fully local voice assistant brain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryError, ConfigEntryNotReady
from homeassistant.helpers import llm

from .brain import Brain
from .catalog import ModelKind
from .codes import CodeVault
from .const import DOMAIN, LOGGER, MODEL_CONF_KEYS, MODELS_DIR, STT_COMPUTE_TYPE
from .issues import (
    async_create_model_issue,
    async_create_worker_issue,
    async_delete_issues,
    async_watch_worker,
)
from .models import ModelError, ModelStore, resolve_model
from .settings import Settings
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
    settings: Settings
    worker: WorkerClient
    brain: Brain
    policy: ToolPolicy
    stt: SttLoadResult
    voice: TtsLoadResult
    stats: RequestStats
    codes: CodeVault


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


async def _async_resolve_models(
    hass: HomeAssistant, entry: LlmHomeConfigEntry
) -> dict[ModelKind, Path]:
    """Check the entry's models in the executor; a problem fails the setup."""
    try:
        return await hass.async_add_executor_job(
            resolve_models, model_store(hass), entry.data
        )
    except ModelError as err:
        async_create_model_issue(hass, entry.entry_id, err)
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key=err.reason,
            translation_placeholders={"model": err.model, "detail": err.detail},
        ) from err


async def _async_load_models(
    worker: WorkerClient, models: dict[ModelKind, Path], settings: Settings
) -> tuple[SttLoadResult, TtsLoadResult]:
    """Load the models into the worker; a model already loaded alike is kept."""
    await worker.load_llm(
        str(models[ModelKind.LLM]),
        n_ctx=settings.context_size,
        n_threads=settings.n_threads,
    )
    stt = await worker.load_stt(
        models[ModelKind.STT],
        compute_type=STT_COMPUTE_TYPE,
        beam_size=settings.beam_size,
        n_threads=settings.n_threads,
    )
    return stt, await worker.load_tts(models[ModelKind.TTS])


async def async_setup_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> bool:
    """Set up llm_home from a config entry."""
    models = await _async_resolve_models(hass, entry)
    settings = Settings.from_options(entry.options)
    worker = WorkerClient(name=DOMAIN)
    try:
        await worker.start()
        stt, voice = await _async_load_models(worker, models, settings)
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

    policy = ToolPolicy(allow_disarm=settings.allow_disarm, domains=settings.domains)
    api = LlmHomeAPI(hass=hass, id=DOMAIN, name="LLM Home", policy=policy)
    entry.async_on_unload(llm.async_register_api(hass, api))
    brain = Brain(hass, worker, policy, settings)
    entry.runtime_data = LlmHomeData(
        models=models,
        settings=settings,
        worker=worker,
        brain=brain,
        policy=policy,
        stt=stt,
        voice=voice,
        stats=RequestStats(hass, entry.entry_id),
        codes=CodeVault(),
    )
    entry.async_create_background_task(hass, brain.async_warm_up(), f"{DOMAIN} warm-up")
    entry.async_on_unload(brain.async_watch_home())
    entry.async_on_unload(entry.add_update_listener(_async_apply_changes))
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def _async_apply_changes(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> None:
    """Apply new options or models in place: only what changed is loaded again.

    A new voice loads only the voice; sampling, safety and speech options take effect
    with the next request. A model that cannot be used reloads the entry, which then
    reports the problem.
    """
    data = entry.runtime_data
    settings = Settings.from_options(entry.options)
    try:
        models = await hass.async_add_executor_job(
            resolve_models, model_store(hass), entry.data
        )
        data.stt, data.voice = await _async_load_models(data.worker, models, settings)
    except (ModelError, WorkerError) as err:
        LOGGER.error("Cannot apply the new settings, reloading: %s", err)
        hass.config_entries.async_schedule_reload(entry.entry_id)
        return
    llm_reloaded = _llm_args(models, settings) != _llm_args(data.models, data.settings)
    data.models, data.settings = models, settings
    data.policy.allow_disarm = settings.allow_disarm
    data.policy.domains = settings.domains
    data.brain.async_update_settings(settings, llm_reloaded=llm_reloaded)


def _llm_args(models: dict[ModelKind, Path], settings: Settings) -> tuple[Any, ...]:
    return (models[ModelKind.LLM], settings.context_size, settings.n_threads)


async def async_unload_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> bool:
    """Unload a config entry and stop its worker."""
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> None:
    """Delete the entry's repair issues when it is removed."""
    async_delete_issues(hass)
