"""Config flow for llm_home: pick the catalog models or local model files."""

from __future__ import annotations

import asyncio
from pathlib import Path
import threading
from typing import Any

import probatio

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigEntry,
    ConfigEntryState,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlow,
)
from homeassistant.core import callback
from homeassistant.helpers.selector import (
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
)

from . import model_store
from .catalog import CATALOG, DEFAULT_MODELS, CatalogModel, ModelKind, catalog_for
from .const import CONF_LLM_SHA256, DOMAIN, LOGGER, MODEL_CONF_KEYS
from .download import download_model, download_target, is_url, valid_sha256
from .install import async_install_model
from .models import ModelError, ProgressCallback, check_local_model
from .options_schema import flatten_sections, options_schema, sectioned

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
        **{
            probatio.Required(
                MODEL_CONF_KEYS[kind], default=DEFAULT_MODELS[kind]
            ): _model_selector(kind)
            for kind in ModelKind
        },
        probatio.Optional(CONF_LLM_SHA256): TextSelector(),
    }
)


def _check_local_models(data: dict[str, Any]) -> dict[str, str]:
    """Check the chosen models that are local paths; blocking. Return form errors."""
    errors: dict[str, str] = {}
    for kind in ModelKind:
        field = MODEL_CONF_KEYS[kind]
        value = str(data[field]).strip()
        if kind is ModelKind.LLM and is_url(value):
            sha256 = str(data.get(CONF_LLM_SHA256) or "")
            if sha256 and not valid_sha256(sha256):
                errors[CONF_LLM_SHA256] = "invalid_sha256"
            continue
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
        self._cancel = threading.Event()

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose other models; only the models that changed are loaded again."""
        if not self._data:
            self._data = dict(self._get_reconfigure_entry().data)
        return await self.async_step_user(user_input)

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
            step_id="reconfigure" if self.source == SOURCE_RECONFIGURE else "user",
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
        """Create the entry, or update it: its update listener loads what changed."""
        if self.source == SOURCE_RECONFIGURE:
            return self.async_update_and_abort(
                self._get_reconfigure_entry(), data=self._data
            )
        return self.async_create_entry(title=TITLE, data=self._data)

    def _chosen_catalog_models(self) -> dict[str, CatalogModel]:
        return {
            field: CATALOG[self._data[field]]
            for field in MODEL_CONF_KEYS.values()
            if self._data[field] in CATALOG
        }

    @callback
    def async_remove(self) -> None:
        """Stop a download when the user closes the flow."""
        self._cancel.set()

    async def _async_download(self) -> dict[str, str]:
        """Download a language model given by URL; return form errors by field."""
        field = MODEL_CONF_KEYS[ModelKind.LLM]
        url = str(self._data[field]).strip()
        sha256 = str(self._data.pop(CONF_LLM_SHA256, None) or "") or None
        target = download_target(model_store(self.hass).root, url)
        try:
            path = await self.hass.async_add_executor_job(
                download_model,
                url,
                target,
                sha256,
                self._progress_callback(0, 1, 1),
                self._cancel,
            )
        except ModelError as err:
            LOGGER.error("Cannot download %s: %s", url, err.detail)
            return {field: err.reason}
        self._data[field] = str(path)
        return {}

    async def _async_install(self) -> dict[str, str]:
        """Download and install the chosen models; return form errors by field."""
        if is_url(str(self._data[MODEL_CONF_KEYS[ModelKind.LLM]])):
            if errors := await self._async_download():
                return errors
        self._data.pop(CONF_LLM_SHA256, None)
        chosen = self._chosen_catalog_models()
        total = sum(model.size for model in chosen.values()) or 1
        done = 0
        for field, model in chosen.items():
            try:
                await async_install_model(
                    self.hass, model, self._progress_callback(done, model.size, total)
                )
            except ModelError as err:
                LOGGER.error("Cannot install model %s: %s", model.key, err)
                return {field: err.reason}
            except OSError as err:
                LOGGER.error("Cannot write model %s: %s", model.key, err)
                return {field: "cannot_write"}
            done += model.size
        return {}

    def _progress_callback(self, done: int, size: int, total: int) -> ProgressCallback:
        """Return a thread-safe callback that reports one model's share of the progress."""

        def report(fraction: float) -> None:
            self.hass.loop.call_soon_threadsafe(
                self.async_update_progress, (done + fraction * size) / total
            )

        return report


class LlmHomeOptionsFlow(OptionsFlow):
    """Options in three groups: generation, safety and speech.

    Saving does not reload the entry: its update listener applies what changed.
    """

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and save the options."""
        if user_input is not None:
            return self.async_create_entry(data=flatten_sections(user_input))
        entry = self.config_entry
        loaded = entry.state is ConfigEntryState.LOADED
        languages = entry.runtime_data.stt.languages if loaded else []
        schema = options_schema(languages)
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                schema, sectioned(entry.options)
            ),
        )
