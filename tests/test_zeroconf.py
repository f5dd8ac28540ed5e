"""An engine on the network announces itself; Home Assistant offers it, asking only its token.

The engine runs with the container's command and announces itself with python-zeroconf,
here on loopback (`--announce`: an engine on loopback is otherwise not announced). The
test finds it with python-zeroconf as Home Assistant's zeroconf integration does: it
browses for the service type of LLM Home's manifest, which Home Assistant's loader matches
to LLM Home, and turns the answer into a ZeroconfServiceInfo with Home Assistant's own
conversion (`info_from_service`). Only Home Assistant's browser is not running.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
import dataclasses
import logging
from pathlib import Path
import sys

import pytest
from zeroconf import ServiceStateChange, Zeroconf
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

from homeassistant.components.zeroconf.discovery import info_from_service
from homeassistant.config_entries import SOURCE_ZEROCONF
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo
from homeassistant.loader import async_get_zeroconf

from .conftest import NETWORK_TOKEN
from .engines import NetworkEngine, network_engine
from .flows import finish_flow, llm_in_engine
from custom_components.llm_home.const import CONF_ENGINE, DOMAIN, ENGINE_DATA_DIR
from custom_components.llm_home.engine import protocol
from custom_components.llm_home.engine.announce import SERVICE_TYPE, Announcement
from custom_components.llm_home.engine.store import ModelStore

LOOPBACK = "127.0.0.1"


@pytest.fixture
def announced(
    tmp_path: Path, shared_config_dir: Path, model_store: ModelStore
) -> Iterator[NetworkEngine]:
    """Return an engine that announces itself on loopback."""
    with network_engine(
        tmp_path,
        shared_config_dir / ENGINE_DATA_DIR,
        NETWORK_TOKEN,
        args=["--announce"],
    ) as engine:
        yield engine


async def _discover(timeout: float = 15) -> ZeroconfServiceInfo:
    """Browse loopback for the manifest's service type; return what Home Assistant gets."""
    found: asyncio.Queue[str] = asyncio.Queue()

    def added(
        zeroconf: Zeroconf,
        service_type: str,
        name: str,
        state_change: ServiceStateChange,
    ) -> None:
        if state_change is not ServiceStateChange.Removed:
            found.put_nowait(name)

    aiozc = AsyncZeroconf(interfaces=[LOOPBACK])
    browser = AsyncServiceBrowser(aiozc.zeroconf, [SERVICE_TYPE], handlers=[added])
    try:
        async with asyncio.timeout(timeout):
            name = await found.get()
        info = AsyncServiceInfo(SERVICE_TYPE, name)
        assert await info.async_request(aiozc.zeroconf, 3000)
    finally:
        await browser.async_cancel()
        await aiozc.async_close()
    service_info = info_from_service(info)
    assert service_info is not None
    return service_info


async def test_home_assistant_matches_the_type_to_llm_home(hass: HomeAssistant) -> None:
    """The manifest's service type is the engine's: Home Assistant sends it to LLM Home."""
    matchers = await async_get_zeroconf(hass)
    assert matchers[SERVICE_TYPE] == [{"domain": DOMAIN}]


async def test_a_discovered_engine_asks_only_for_its_token(
    hass: HomeAssistant, announced: NetworkEngine
) -> None:
    """The flow shows the announced address and asks for the token alone.

    A wrong token is refused on the form; the right one goes on to the models.
    """
    service_info = await _discover()
    assert service_info.host == LOOPBACK
    assert service_info.port == announced.port
    assert service_info.properties["version"] == protocol.ENGINE_VERSION
    assert NETWORK_TOKEN not in str(service_info)

    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=service_info
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "zeroconf_confirm"
    assert result["description_placeholders"] == {
        CONF_HOST: LOOPBACK,
        CONF_PORT: str(announced.port),
    }
    assert result["data_schema"] is not None
    assert [str(key) for key in result["data_schema"].schema] == [CONF_TOKEN]
    progress = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert progress[0]["context"]["title_placeholders"] == {
        "name": f"{LOOPBACK}:{announced.port}"
    }

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_TOKEN: "not the engine's token"}
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_TOKEN: NETWORK_TOKEN}
    )
    result = await llm_in_engine(hass, result)
    result = await finish_flow(
        hass, await hass.config_entries.flow.async_configure(result["flow_id"], {})
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    data = result["data"]
    assert (data[CONF_ENGINE], data[CONF_HOST], data[CONF_PORT]) == (
        "network",
        LOOPBACK,
        announced.port,
    )


async def test_an_engine_of_another_version_is_not_offered(
    hass: HomeAssistant, announced: NetworkEngine
) -> None:
    """An engine that announces another protocol version is refused at once."""
    service_info = await _discover()
    other = dataclasses.replace(
        service_info,
        properties={
            **service_info.properties,
            "protocol": str(protocol.PROTOCOL_VERSION + 1),
        },
    )
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=other
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "incompatible_version"


async def test_the_announcement_is_optional(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Without python-zeroconf, or on loopback, the engine serves unannounced."""
    caplog.set_level(logging.INFO)
    assert await Announcement.start(LOOPBACK, 10600) is None
    monkeypatch.setitem(sys.modules, "zeroconf", None)
    monkeypatch.setitem(sys.modules, "zeroconf.asyncio", None)
    assert await Announcement.start("0.0.0.0", 10600) is None  # noqa: S104
    assert "python-zeroconf is not installed" in caplog.text
