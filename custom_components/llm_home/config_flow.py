"""Config flow for llm_home: where the engine runs, then which models it loads.

The engine runs inside Home Assistant (a child process), as the engine app on Home
Assistant OS (addon_flow.py: installed, set up and connected with nothing typed), or
anywhere on the network (typed, or discovered by zeroconf: then only its token is
asked). The rest of the flow is flow_models.py's.
"""

from __future__ import annotations

import importlib.util
from typing import Any, Final

from homeassistant.config_entries import ConfigEntry, ConfigFlowResult
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import callback
from homeassistant.helpers.hassio import is_hassio
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo

from .addon_flow import AddonFlow
from .const import CONF_ENGINE, DOMAIN, ENGINE_EMBEDDED, ENGINE_NETWORK, LOGGER
from .engine.protocol import PROTOCOL_VERSION
from .engine.tokens import MIN_TOKEN_LENGTH
from .flow_schemas import STEP_NETWORK_SCHEMA, STEP_TOKEN_SCHEMA
from .migrate import async_move_legacy_models
from .options_flow import LlmHomeOptionsFlow

# The first menu's choice of the engine app (Home Assistant OS only).
ENGINE_ADDON: Final = "addon"
# What the embedded engine imports; without them only a network engine can work.
ENGINE_PACKAGES: Final = ("llama_cpp", "faster_whisper", "piper")


def missing_engine_packages() -> list[str]:
    """Return the engine's native packages this Python lacks; blocking (imports specs)."""
    return [name for name in ENGINE_PACKAGES if importlib.util.find_spec(name) is None]


class LlmHomeConfigFlow(AddonFlow, domain=DOMAIN):
    """Handle a config flow for llm_home."""

    VERSION = 1
    MINOR_VERSION = 2  # 1.2: the embedded engine's models in the cache directory

    _discovered: dict[str, Any]  # host and port of an engine found by zeroconf

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> LlmHomeOptionsFlow:
        """Return the options flow."""
        return LlmHomeOptionsFlow()

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
        """Ask where the engine runs; inside Home Assistant only where it can.

        On Home Assistant OS the engine app comes first.
        """
        addon = [ENGINE_ADDON] if is_hassio(self.hass) else []
        missing = await self.hass.async_add_executor_job(missing_engine_packages)
        if missing:
            LOGGER.debug("Embedded engine not offered, missing %s", missing)
            return await self.async_step_network_only(missing=missing, addon=addon)
        return self.async_show_menu(
            step_id="user", menu_options=[*addon, ENGINE_EMBEDDED, ENGINE_NETWORK]
        )

    async def async_step_network_only(
        self,
        user_input: dict[str, Any] | None = None,
        *,
        missing: list[str] | None = None,
        addon: list[str] | None = None,
    ) -> ConfigFlowResult:
        """Offer the app or a network engine, saying why the embedded one cannot run."""
        return self.async_show_menu(
            step_id="network_only",
            menu_options=[*(addon or []), ENGINE_NETWORK],
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
            engine = {
                CONF_HOST: str(user_input[CONF_HOST]).strip(),
                CONF_PORT: int(user_input[CONF_PORT]),
            }
            if not (errors := await self._async_use_engine(engine, user_input)):
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

    async def async_step_zeroconf(
        self, discovery_info: ZeroconfServiceInfo
    ) -> ConfigFlowResult:
        """Offer an engine that announced itself on the network."""
        await self._async_handle_discovery_without_unique_id()
        if discovery_info.port is None:
            return self.async_abort(reason="cannot_connect")
        if discovery_info.properties.get("protocol") != str(PROTOCOL_VERSION):
            return self.async_abort(reason="incompatible_version")
        self._discovered = {
            CONF_HOST: discovery_info.host,
            CONF_PORT: discovery_info.port,
        }
        self.context["title_placeholders"] = {
            "name": f"{discovery_info.host}:{discovery_info.port}"
        }
        return await self.async_step_zeroconf_confirm()

    async def async_step_zeroconf_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask only for the discovered engine's token: the rest was announced."""
        errors: dict[str, str] = {}
        if user_input is not None:
            if not (
                errors := await self._async_use_engine(self._discovered, user_input)
            ):
                return await self.async_step_llm()
        return self.async_show_form(
            step_id="zeroconf_confirm",
            data_schema=STEP_TOKEN_SCHEMA,
            errors=errors,
            description_placeholders={
                key: str(value) for key, value in self._discovered.items()
            },
        )

    async def _async_use_engine(
        self, address: dict[str, Any], user_input: dict[str, Any]
    ) -> dict[str, str]:
        """Test the engine at `address` with the typed token; keep it if it works.

        Return the form's errors.
        """
        token = str(user_input[CONF_TOKEN]).strip()
        if len(token) < MIN_TOKEN_LENGTH:
            return {CONF_TOKEN: "token_too_short"}
        engine = {CONF_ENGINE: ENGINE_NETWORK, **address, CONF_TOKEN: token}
        if errors := await self._async_try_engine(engine):
            return errors
        self._data.update(engine)
        return {}
