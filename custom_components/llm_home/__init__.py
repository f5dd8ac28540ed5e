"""The llm_home integration: a fully local voice assistant brain."""

from __future__ import annotations

import time
from typing import Final, NoReturn

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryError, ConfigEntryNotReady
from homeassistant.helpers import llm
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .engine.errors import (
    EngineAuthError,
    EngineCrashedError,
    EngineError,
    EngineRequestError,
    EngineUnavailableError,
    EngineVersionError,
)
from .home.settings import Settings
from .home.tools import LlmHomeAPI
from .issues import (
    CRASHED_LOADING,
    async_create_engine_issue,
    async_create_model_issue,
    async_delete_issues,
    async_watch_engine,
)
from .migrate import async_move_legacy_models
from .pipelines import async_delete_pipeline_issues, async_watch_pipelines
from .runtime import (
    LlmHomeConfigEntry,
    LlmHomeRuntime,
    async_load_models,
    engine_client,
    entry_models,
    llm_server_for,
)

PLATFORMS: list[Platform] = [
    Platform.CONVERSATION,
    Platform.SENSOR,
    Platform.STT,
    Platform.TTS,
]

# An engine unreachable for this long (seconds) gets a repair issue; shorter
# outages (Home Assistant starting before the add-on) only retry.
UNREACHABLE_ISSUE_AFTER: Final = 300.0
UNREACHABLE_SINCE: HassKey[dict[str, float]] = HassKey(f"{DOMAIN}_unreachable_since")

__all__ = ["LlmHomeConfigEntry"]


async def async_migrate_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> bool:
    """Move the embedded engine's models out of Home Assistant's backups (1.1 to 1.2)."""
    if entry.version > 1:  # from a newer LLM Home: refuse rather than guess
        return False
    if entry.minor_version < 2:
        data = await async_move_legacy_models(hass, entry.data)
        hass.config_entries.async_update_entry(entry, data=data, minor_version=2)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> bool:
    """Set up llm_home from a config entry."""
    settings = Settings.from_options(entry.options)
    client = engine_client(hass, entry.data)
    try:
        await client.start()
        loaded = await async_load_models(
            client,
            entry_models(entry.data),
            settings,
            llm_server_for(hass, entry.data),
        )
    except EngineError as err:
        await client.stop()
        _raise_setup_error(hass, entry, err)
    hass.data.get(UNREACHABLE_SINCE, {}).pop(entry.entry_id, None)
    entry.async_on_unload(client.stop)
    async_delete_issues(hass)
    entry.async_on_unload(async_watch_engine(hass, client))

    runtime = LlmHomeRuntime.create(hass, entry, client, settings, loaded)
    entry.runtime_data = runtime
    entry.async_on_unload(client.add_listener(runtime.async_engine_changed))
    api = LlmHomeAPI(hass=hass, id=DOMAIN, name="LLM Home", policy=runtime.policy)
    entry.async_on_unload(llm.async_register_api(hass, api))
    entry.async_create_background_task(
        hass, runtime.brain.async_warm_up(), f"{DOMAIN} warm-up"
    )
    entry.async_on_unload(runtime.brain.async_watch_home())
    entry.async_on_unload(entry.add_update_listener(_async_apply_changes))
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    # After the platforms: the agent's entity id is what pipelines name it by.
    entry.async_on_unload(async_watch_pipelines(hass, entry))
    return True


def _raise_setup_error(
    hass: HomeAssistant, entry: LlmHomeConfigEntry, err: EngineError
) -> NoReturn:
    """Turn an engine failure at setup into the right setup error and issue."""
    placeholders = {"error": str(err)}
    if isinstance(err, EngineRequestError) and err.reason is not None:
        async_create_model_issue(hass, entry.entry_id, err)
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key=err.reason,
            translation_placeholders={"model": err.model, "detail": err.detail},
        ) from err
    if isinstance(err, EngineAuthError | EngineVersionError):
        key = "engine_auth" if isinstance(err, EngineAuthError) else "engine_version"
        async_create_engine_issue(hass, key, placeholders)
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key=key,
            translation_placeholders=placeholders,
        ) from err
    if isinstance(err, EngineUnavailableError):
        since = hass.data.setdefault(UNREACHABLE_SINCE, {}).setdefault(
            entry.entry_id, time.monotonic()
        )
        if time.monotonic() - since >= UNREACHABLE_ISSUE_AFTER:
            async_create_engine_issue(hass, "engine_unreachable", placeholders)
        raise ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="engine_unreachable",
            translation_placeholders=placeholders,
        ) from err
    if isinstance(err, EngineCrashedError):
        async_create_engine_issue(hass, CRASHED_LOADING, placeholders)
    raise ConfigEntryNotReady(
        translation_domain=DOMAIN,
        translation_key="worker_failed",
        translation_placeholders=placeholders,
    ) from err


async def _async_apply_changes(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> None:
    """Apply new options or models in place (see LlmHomeRuntime.async_apply)."""
    await entry.runtime_data.async_apply(entry)


async def async_unload_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> bool:
    """Unload a config entry; its engine client stops with it."""
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> None:
    """Delete the entry's repair issues when it is removed."""
    async_delete_issues(hass)
    async_delete_pipeline_issues(hass)
