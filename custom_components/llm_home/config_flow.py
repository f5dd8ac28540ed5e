"""Config flow for llm_home: where the engine runs, then which models it loads."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import importlib.util
from typing import Any, Final

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
)
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import callback

from .agent.llm_server import async_check_server
from .const import (
    CONF_ENGINE,
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_MODEL,
    CONF_LLM_SERVER_URL,
    CONF_LLM_SHA256,
    DOMAIN,
    ENGINE_EMBEDDED,
    ENGINE_NETWORK,
    LOGGER,
    MODEL_CONF_KEYS,
)
from .engine.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from .engine.client import EngineClient
from .engine.errors import (
    EngineAuthError,
    EngineError,
    EngineRequestError,
    EngineVersionError,
)
from .engine.local_models import is_url, valid_sha256
from .engine.tokens import MIN_TOKEN_LENGTH
from .flow_schemas import (
    STEP_MODELS_SCHEMA,
    STEP_NETWORK_SCHEMA,
    STEP_SERVER_SCHEMA,
    STEP_SPEECH_MODELS_SCHEMA,
)
from .migrate import async_move_legacy_models
from .options_flow import LlmHomeOptionsFlow
from .runtime import chat_format_of, engine_client

TITLE: Final = "LLM Home"
LLM_ENGINE: Final = "llm_engine"
LLM_SERVER: Final = "llm_server"
SERVER_KEYS: Final = (CONF_LLM_SERVER_URL, CONF_LLM_SERVER_KEY, CONF_LLM_SERVER_MODEL)
# What the embedded engine imports; without them only a network engine can work.
ENGINE_PACKAGES: Final = ("llama_cpp", "faster_whisper", "piper")


def missing_engine_packages() -> list[str]:
    """Return the engine's native packages this Python lacks; blocking (imports specs)."""
    return [name for name in ENGINE_PACKAGES if importlib.util.find_spec(name) is None]


def _engine_error(err: EngineError) -> str:
    """Return the form error for an engine that cannot be used."""
    if isinstance(err, EngineAuthError):
        return "invalid_auth"
    if isinstance(err, EngineVersionError):
        return "incompatible_version"
    return "cannot_connect"


class LlmHomeConfigFlow(ConfigFlow, domain=DOMAIN):
    """Handle a config flow for llm_home."""

    VERSION = 1
    MINOR_VERSION = 2  # 1.2: the embedded engine's models in the cache directory

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
        self._failure: str | None = None

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Move the engine or choose other models; only what changed is loaded again."""
        if not self._data:
            self._data = dict(self._get_reconfigure_entry().data)
        return await self.async_step_user(user_input)

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask where the engine runs; inside Home Assistant only where it can."""
        missing = await self.hass.async_add_executor_job(missing_engine_packages)
        if missing:
            LOGGER.debug("Embedded engine not offered, missing %s", missing)
            return await self.async_step_network_only(missing=missing)
        return self.async_show_menu(
            step_id="user", menu_options=[ENGINE_EMBEDDED, ENGINE_NETWORK]
        )

    async def async_step_network_only(
        self,
        user_input: dict[str, Any] | None = None,
        *,
        missing: list[str] | None = None,
    ) -> ConfigFlowResult:
        """Offer only a network engine, saying why the embedded one cannot run here."""
        return self.async_show_menu(
            step_id="network_only",
            menu_options=[ENGINE_NETWORK],
            description_placeholders={"missing": ", ".join(missing or ENGINE_PACKAGES)},
        )

    async def async_step_embedded(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Run the engine as a child process of Home Assistant."""
        self._data = await async_move_legacy_models(self.hass, self._data)
        for key in (CONF_HOST, CONF_PORT, CONF_TOKEN):
            self._data.pop(key, None)
        self._data[CONF_ENGINE] = ENGINE_EMBEDDED
        return await self.async_step_llm()

    async def async_step_network(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Connect to an engine on the network; the connection is tested first."""
        errors: dict[str, str] = {}
        if user_input is not None:
            token = str(user_input[CONF_TOKEN]).strip()
            engine: dict[str, Any] = {
                CONF_ENGINE: ENGINE_NETWORK,
                CONF_HOST: str(user_input[CONF_HOST]).strip(),
                CONF_PORT: int(user_input[CONF_PORT]),
                CONF_TOKEN: token,
            }
            if len(token) < MIN_TOKEN_LENGTH:
                errors[CONF_TOKEN] = "token_too_short"
            else:
                errors = await self._async_try_engine(engine)
            if not errors:
                self._data.update(engine)
                return await self.async_step_llm()
        suggested = {**self._data, **(user_input or {})}
        suggested.pop(CONF_TOKEN, None)
        return self.async_show_form(
            step_id="network",
            data_schema=self.add_suggested_values_to_schema(
                STEP_NETWORK_SCHEMA, suggested
            ),
            errors=errors,
        )

    async def _async_try_engine(self, engine: dict[str, Any]) -> dict[str, str]:
        """Connect to the engine the form names; return the form's errors."""
        client = engine_client(self.hass, engine)
        try:
            await client.start()
        except EngineError as err:
            LOGGER.info("Cannot use the engine at %s: %s", engine[CONF_HOST], err)
            return {"base": _engine_error(err)}
        finally:
            await client.stop()
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
        return self.async_show_form(
            step_id="models",
            data_schema=self.add_suggested_values_to_schema(schema, self._data),
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
            return {"base": _engine_error(err)}
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
