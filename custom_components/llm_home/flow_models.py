"""The config flow's second half: where the language model runs, then the models.

`ModelsFlow` holds what the flow chose so far (`_data`) and, once a subclass has found
the engine (embedded, on the network, the app), asks where the language model runs,
which models the engine loads, installs them with progress, and creates or updates
the entry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Final

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigFlow,
    ConfigFlowResult,
)
from homeassistant.const import CONF_HOST
from homeassistant.core import callback

from .agent.llm_server import async_check_server
from .const import (
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_MODEL,
    CONF_LLM_SERVER_URL,
    CONF_LLM_SHA256,
    DOMAIN,
    LOGGER,
    MODEL_CONF_KEYS,
)
from .engine.catalog import CATALOG, DEFAULT_MODELS, ModelKind, speech_defaults
from .engine.client import EngineClient
from .engine.errors import (
    EngineAuthError,
    EngineError,
    EngineRequestError,
    EngineVersionError,
)
from .engine.local_models import is_url, valid_sha256
from .flow_schemas import (
    STEP_MODELS_SCHEMA,
    STEP_SERVER_SCHEMA,
    STEP_SPEECH_MODELS_SCHEMA,
)
from .runtime import async_check_engine, chat_format_of, engine_client

TITLE: Final = "LLM Home"
LLM_ENGINE: Final = "llm_engine"
LLM_SERVER: Final = "llm_server"
SERVER_KEYS: Final = (CONF_LLM_SERVER_URL, CONF_LLM_SERVER_KEY, CONF_LLM_SERVER_MODEL)


def engine_error(err: EngineError) -> str:
    """Return the form error (or abort reason) for an engine that cannot be used."""
    if isinstance(err, EngineAuthError):
        return "invalid_auth"
    if isinstance(err, EngineVersionError):
        return "incompatible_version"
    return "cannot_connect"


class ModelsFlow(ConfigFlow):
    """The steps after the engine was found: the language model, the models, the entry."""

    def __init__(self) -> None:
        """Start with nothing chosen."""
        self._data: dict[str, Any] = {}
        self._errors: dict[str, str] = {}
        self._install_task: asyncio.Task[dict[str, str]] | None = None
        self._failure: str | None = None

    async def _async_try_engine(self, engine: dict[str, Any]) -> dict[str, str]:
        """Connect to the engine the form names; return the form's errors."""
        try:
            await async_check_engine(self.hass, engine)
        except EngineError as err:
            LOGGER.info("Cannot use the engine at %s: %s", engine[CONF_HOST], err)
            return {"base": engine_error(err)}
        return {}

    async def async_step_llm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask where the language model runs: in the engine, or on an inference server."""
        return self.async_show_menu(
            step_id="llm", menu_options=[LLM_ENGINE, LLM_SERVER]
        )

    async def async_step_llm_engine(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Run the language model in the engine, like the speech models."""
        for key in SERVER_KEYS:
            self._data.pop(key, None)
        self._data.setdefault(
            MODEL_CONF_KEYS[ModelKind.LLM], DEFAULT_MODELS[ModelKind.LLM]
        )
        return await self.async_step_models()

    async def async_step_llm_server(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Use a llama.cpp-compatible server; it must answer a grammar-constrained test."""
        errors: dict[str, str] = {}
        if user_input is not None:
            server = {key: str(user_input.get(key, "")).strip() for key in SERVER_KEYS}
            if error := await async_check_server(
                self.hass,
                server[CONF_LLM_SERVER_URL],
                server[CONF_LLM_SERVER_KEY],
                server[CONF_LLM_SERVER_MODEL],
            ):
                errors["base"] = error
            else:
                self._data.update({k: v for k, v in server.items() if v})
                self._data.pop(MODEL_CONF_KEYS[ModelKind.LLM], None)
                return await self.async_step_models()
        suggested = {**self._data, **(user_input or {})}
        suggested.pop(CONF_LLM_SERVER_KEY, None)
        return self.async_show_form(
            step_id="llm_server",
            data_schema=self.add_suggested_values_to_schema(
                STEP_SERVER_SCHEMA, suggested
            ),
            errors=errors,
        )

    async def async_step_models(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Let the user choose the models; local paths are paths on the engine's machine."""
        if user_input is not None:
            self._data.update(user_input)
            return await self.async_step_install()
        errors, self._errors = self._errors, {}
        schema = (
            STEP_SPEECH_MODELS_SCHEMA
            if CONF_LLM_SERVER_URL in self._data
            else STEP_MODELS_SCHEMA
        )
        # A home that speaks another language hears and speaks it by default.
        suggested = {
            MODEL_CONF_KEYS[kind]: key
            for kind, key in speech_defaults(self.hass.config.language).items()
        }
        return self.async_show_form(
            step_id="models",
            data_schema=self.add_suggested_values_to_schema(
                schema, suggested | self._data
            ),
            errors=errors,
        )

    async def async_step_install(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Check, download and verify the chosen models on the engine, with progress."""
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
        try:
            self._errors = self._install_task.result()
        except Exception as err:  # noqa: BLE001  # an unexpected failure ends the flow
            LOGGER.exception("Installing the models failed")
            self._failure = str(err) or type(err).__name__
        self._install_task = None
        if self._failure is not None:
            return self.async_show_progress_done(next_step_id="install_failed")
        return self.async_show_progress_done(
            next_step_id="models" if self._errors else "finish"
        )

    async def async_step_install_failed(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """End the flow after an unexpected failure, saying what failed."""
        return self.async_abort(
            reason="install_failed",
            description_placeholders={"error": self._failure or ""},
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

    @callback
    def async_remove(self) -> None:
        """Stop a download (and the flow's engine client) when the user closes the flow."""
        if self._install_task is not None:
            self._install_task.cancel()

    async def _async_install(self) -> dict[str, str]:
        """Check and install the chosen models on the engine; return form errors.

        The flow's own engine client lives only as long as this task: closing the flow
        cancels it, which cancels a download in the engine and stops the client.
        """
        client = engine_client(self.hass, self._data)
        try:
            await client.start()
            return await self._async_install_models(client)
        except EngineRequestError as err:
            if err.reason is None:  # the engine failed unexpectedly: end the flow
                raise
            LOGGER.error("The engine refused the models: %s", err)
            return {"base": err.reason}
        except EngineError as err:
            LOGGER.error("The engine failed while installing the models: %s", err)
            return {"base": engine_error(err)}
        finally:
            await client.stop()

    async def _async_install_models(self, client: EngineClient) -> dict[str, str]:
        """Download a URL, check local paths, install catalog models; errors by field."""
        sha256 = str(self._data.pop(CONF_LLM_SHA256, None) or "").strip() or None
        chosen: dict[str, str] = {}
        for kind in ModelKind:
            field = MODEL_CONF_KEYS[kind]
            if field not in self._data:  # the language model runs on a server
                continue
            value = str(self._data[field]).strip()
            try:
                if kind is ModelKind.LLM and is_url(value):
                    if sha256 and not valid_sha256(sha256):
                        return {CONF_LLM_SHA256: "invalid_sha256"}
                    value = await client.download_model(
                        value, sha256, self._progress(0, 1, 1)
                    )
                elif (model := CATALOG.get(value)) is None:
                    value = (await client.check_model(kind, value)).path
                elif model.kind is not kind:
                    return {field: "model_invalid"}
                else:
                    chosen[field] = value
            except EngineRequestError as err:
                if err.reason is None:
                    raise
                LOGGER.error("Model %s cannot be used: %s", value, err.detail)
                return {field: err.reason}
            self._data[field] = value
        total = sum(CATALOG[key].size for key in chosen.values()) or 1
        done = 0
        for field, key in chosen.items():
            try:
                await client.install_model(
                    key, self._progress(done, CATALOG[key].size, total)
                )
            except EngineRequestError as err:
                if err.reason is None:
                    raise
                LOGGER.error("Cannot install model %s: %s", key, err.detail)
                return {field: err.reason}
            done += CATALOG[key].size
        return await self._async_check_chat_template(client)

    async def _async_check_chat_template(self, client: EngineClient) -> dict[str, str]:
        """Refuse a language model whose chat template the agent cannot write."""
        field = MODEL_CONF_KEYS[ModelKind.LLM]
        if field not in self._data:  # a server's template was checked with the server
            return {}
        model = str(self._data[field])
        check = await client.check_model(ModelKind.LLM, model)
        try:
            chat_format_of(model, check.chat_template)
        except EngineRequestError as err:
            LOGGER.warning("Model %s cannot be used: %s", model, err.detail)
            return {field: err.reason or "model_invalid"}
        return {}

    def _progress(self, done: int, size: int, total: int) -> Callable[[float], None]:
        """Return a callback that reports one model's share of the whole progress."""

        def report(fraction: float) -> None:
            self.async_update_progress(min((done + fraction * size) / total, 1.0))

        return report
