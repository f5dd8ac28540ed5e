"""The engine app (add-on) through the Supervisor: found, installed, set up and started.

On Home Assistant OS the config flow needs no typing, as Z-Wave JS's and Matter's do
with their apps: it finds the LLM Home engine app in the Supervisor's store (adding
this repository to the store when the app is not there), installs it, writes a
generated token into its options, starts it, and connects by the hostname that the
app announces through the Supervisor's discovery once its engine listens. An app that
already has a token in its options keeps it.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from typing import Any, Final

from aiohasupervisor import SupervisorError
from aiohasupervisor.models import StoreAddRepository

from homeassistant.components.hassio import (
    AddonError,
    AddonInfo,
    AddonManager,
    AddonState,
    get_supervisor_client,
)
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from homeassistant.util.hass_dict import HassKey

from .const import CONF_ENGINE, DEFAULT_ENGINE_PORT, DOMAIN, ENGINE_NETWORK, LOGGER
from .engine.errors import EngineAuthError, EngineUnavailableError, EngineVersionError
from .engine.tokens import MIN_TOKEN_LENGTH
from .runtime import async_check_engine

ADDON_NAME: Final = "LLM Home engine"
ADDON_SLUG: Final = "llm_home_engine"  # the app's slug (llm_home_engine/config.yaml)
REPOSITORY_URL: Final = "https://github.com/llm-home/llm_home"  # repository.yaml's
OPTION_TOKEN: Final = "token"  # the app's option that holds the engine's token
# How long a started app's engine may take to announce itself and answer.
START_TIMEOUT: Final = 300.0
POLL_INTERVAL: Final = 2.0

_MANAGERS: HassKey[dict[str, AddonManager]] = HassKey(f"{DOMAIN}_addon_managers")


def repository_slug(url: str) -> str:
    """Return the Supervisor's id of an app repository: the start of its URL's SHA-1."""
    # The Supervisor's naming of repositories, not a security measure.
    return hashlib.sha1(url.lower().encode()).hexdigest()[:8]  # noqa: S324


def addon_manager(hass: HomeAssistant, slug: str) -> AddonManager:
    """Return the one manager of the app with this slug (it tracks running tasks)."""
    managers = hass.data.setdefault(_MANAGERS, {})
    if (manager := managers.get(slug)) is None:
        manager = managers[slug] = AddonManager(hass, LOGGER, ADDON_NAME, slug)
    return manager


async def async_find_addon(hass: HomeAssistant) -> str | None:
    """Return the slug of the engine app in the Supervisor's store, if it is there.

    An installed copy comes first, then the one from this repository, then any other
    (a fork, or a copy in the local apps folder).
    """
    try:
        addons = await get_supervisor_client(hass).store.addons_list()
    except SupervisorError as err:
        raise AddonError(f"Cannot list the Supervisor's apps: {err}") from err
    ours = repository_slug(REPOSITORY_URL)
    found = sorted(
        (addon for addon in addons if addon.slug == f"{addon.repository}_{ADDON_SLUG}"),
        key=lambda addon: (not addon.installed, addon.repository != ours),
    )
    return found[0].slug if found else None


async def async_add_repository(hass: HomeAssistant) -> str:
    """Add this repository to the Supervisor's store; return the engine app's slug."""
    try:
        await get_supervisor_client(hass).store.add_repository(
            StoreAddRepository(repository=REPOSITORY_URL)
        )
    except SupervisorError as err:
        raise AddonError(f"Cannot add the repository {REPOSITORY_URL}: {err}") from err
    return f"{repository_slug(REPOSITORY_URL)}_{ADDON_SLUG}"


def addon_token(info: AddonInfo) -> str | None:
    """Return the token in the app's options, if the engine would accept it."""
    token = str(info.options.get(OPTION_TOKEN) or "")
    return token if len(token) >= MIN_TOKEN_LENGTH else None


async def async_set_up_addon(manager: AddonManager) -> str:
    """Give the app a token if it has none, and have it run; return the token.

    A new token restarts a running app, which reads its options when it starts.
    """
    info = await manager.async_get_addon_info()
    if info.state is AddonState.NOT_INSTALLED:
        raise AddonError(f"The {ADDON_NAME} app is not installed")
    token = addon_token(info)
    if token is None:
        token = secrets.token_hex(32)  # as the app makes one: 64 hexadecimal digits
        await manager.async_configure_addon({OPTION_TOKEN: token})
        if info.state is AddonState.RUNNING:
            await manager.async_schedule_restart_addon()
    if info.state is not AddonState.RUNNING:
        await manager.async_schedule_start_addon()
    return token


async def async_addon_engine(manager: AddonManager, token: str) -> dict[str, Any]:
    """Return the entry data of the app's engine, at the address the app announced."""
    config = await manager.async_get_addon_discovery_info()
    return {
        CONF_ENGINE: ENGINE_NETWORK,
        CONF_HOST: str(config[CONF_HOST]),
        CONF_PORT: int(config.get(CONF_PORT, DEFAULT_ENGINE_PORT)),
        CONF_TOKEN: token,
    }


async def async_connect_addon(
    hass: HomeAssistant, manager: AddonManager, token: str
) -> dict[str, Any]:
    """Wait until the app's engine announces itself and answers; return its entry data.

    Raise AddonError when it does not within START_TIMEOUT, and EngineAuthError or
    EngineVersionError when it answers but cannot be used.
    """
    waiting_for: Exception | None = None
    try:
        async with asyncio.timeout(START_TIMEOUT):
            while True:
                try:
                    engine = await async_addon_engine(manager, token)
                    await async_check_engine(hass, engine)
                except EngineAuthError, EngineVersionError:
                    raise
                except (AddonError, EngineUnavailableError) as err:
                    waiting_for = err  # not announced, or not listening yet
                else:
                    return engine
                await asyncio.sleep(POLL_INTERVAL)
    except TimeoutError as err:
        raise AddonError(
            f"The {ADDON_NAME} app's engine did not answer within "
            f"{START_TIMEOUT:.0f} seconds: {waiting_for}"
        ) from err
