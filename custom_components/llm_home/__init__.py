"""The llm_home integration: a fully local voice assistant brain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryError

from .const import DOMAIN, MODEL_CONF_KEYS, MODELS_DIR
from .models import ModelError, ModelKind, ModelStore, resolve_model

PLATFORMS: list[Platform] = []


@dataclass(slots=True)
class LlmHomeData:
    """What an entry holds while it is loaded."""

    models: dict[ModelKind, Path]


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
        raise ConfigEntryError(
            translation_domain=DOMAIN,
            translation_key=err.reason,
            translation_placeholders={"model": err.model, "detail": err.detail},
        ) from err
    entry.runtime_data = LlmHomeData(models=models)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> bool:
    """Unload a config entry."""
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
