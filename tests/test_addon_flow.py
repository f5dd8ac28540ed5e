"""Home Assistant OS: the config flow installs, sets up and connects the engine app.

The Supervisor is a stand-in for its HTTP API (tests/supervisor.py); Home Assistant's
own Supervisor client and add-on manager talk to it, and starting the app starts a real
engine with the token in the app's options. Nothing is typed in these flows: only menu
choices, and the models form submitted as it comes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from homeassistant.config_entries import (
    SOURCE_HASSIO,
    SOURCE_USER,
    ConfigEntryState,
    ConfigFlowResult,
)
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.hassio import HassioServiceInfo

from .flows import finish_flow, llm_in_engine
from .home import state_of
from .supervisor import HOSTNAME, StandInSupervisor, async_serve, repository_id
from custom_components.llm_home.const import (
    CONF_ENGINE,
    DOMAIN,
    ENGINE_DATA_DIR,
    ENGINE_EMBEDDED,
    ENGINE_NETWORK,
)
from custom_components.llm_home.engine.store import ModelStore

REPOSITORY = "https://github.com/llm-home/llm_home"


@pytest.fixture
async def supervisor(
    hass: HomeAssistant,
    tmp_path: Path,
    shared_config_dir: Path,
    model_store: ModelStore,
) -> AsyncIterator[StandInSupervisor]:
    """Return the stand-in Supervisor, serving Home Assistant; its engine has the models."""
    stand_in = StandInSupervisor(tmp_path, shared_config_dir / ENGINE_DATA_DIR)
    runner = await async_serve(hass, stand_in)
    yield stand_in
    stand_in.stop_engine()
    await runner.cleanup()


async def _choose_the_app(hass: HomeAssistant) -> ConfigFlowResult:
    """Start the flow on Home Assistant OS and choose the app; return what follows."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == ["addon", ENGINE_EMBEDDED, ENGINE_NETWORK]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "addon"}
    )
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    return await finish_flow(hass, result)


async def test_the_app_is_installed_set_up_and_connected(
    hass: HomeAssistant,
    supervisor: StandInSupervisor,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Nothing typed: the repository is added, the app installed with a token, started.

    The entry connects to the engine at the address the app announced, with the token
    the flow wrote into the app's options, and the assistant works.
    """
    result = await _choose_the_app(hass)
    result = await llm_in_engine(hass, result)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    result = await finish_flow(hass, result)

    assert result["type"] is FlowResultType.CREATE_ENTRY
    slug = f"{repository_id(REPOSITORY)}_llm_home_engine"
    assert supervisor.repositories == [REPOSITORY]
    assert (
        supervisor.calls.index(f"POST /store/addons/{slug}/install")
        < (supervisor.calls.index(f"POST /addons/{slug}/options"))
        < supervisor.calls.index(f"POST /addons/{slug}/start")
    )
    token = supervisor.apps[slug].options["token"]
    assert len(token) == 64
    assert supervisor.apps[slug].options["threads"] == 0  # the other options are kept
    data = result["data"]
    assert data[CONF_ENGINE] == ENGINE_NETWORK
    assert data[CONF_HOST] == HOSTNAME
    assert data[CONF_PORT] == supervisor.discovery[0]["config"]["port"]
    assert data[CONF_TOKEN] == token == supervisor.engine_token
    assert token not in caplog.text

    await hass.async_block_till_done()
    entry = result["result"]
    assert entry.state is ConfigEntryState.LOADED
    assert supervisor.engine is not None
    assert entry.runtime_data.client.hello.pid == supervisor.engine.pid
    assert state_of(hass, "conversation.llm_home").state != STATE_UNAVAILABLE


async def test_a_running_app_with_a_token_is_used_as_it_is(
    hass: HomeAssistant, supervisor: StandInSupervisor
) -> None:
    """An app the user installed and started keeps its token, and is not restarted."""
    app = supervisor.add_running_app(REPOSITORY)  # its token generated and saved
    token = app.options["token"]
    supervisor.calls.clear()

    result = await _choose_the_app(hass)

    assert result["type"] is FlowResultType.MENU
    assert result["step_id"] == "llm"
    assert not [call for call in supervisor.calls if call.startswith("POST")]
    assert app.options["token"] == token


async def test_a_running_app_without_a_token_gets_one_and_restarts(
    hass: HomeAssistant, supervisor: StandInSupervisor
) -> None:
    """An app whose token could not be saved in its options gets one, and restarts."""
    app = supervisor.add_running_app(REPOSITORY)
    app.options.pop("token")
    first_engine = supervisor.engine

    result = await _choose_the_app(hass)

    assert result["step_id"] == "llm"
    assert f"POST /addons/{app.slug}/restart" in supervisor.calls
    assert supervisor.engine is not first_engine
    assert supervisor.engine_token == app.options["token"]


async def test_an_install_the_supervisor_refuses_ends_the_flow(
    hass: HomeAssistant, supervisor: StandInSupervisor
) -> None:
    """The Supervisor's reason reaches the user; nothing is created."""
    slug = f"{repository_id(REPOSITORY)}_llm_home_engine"
    supervisor.refuse[f"POST /store/addons/{slug}/install"] = "Not enough free space"

    result = await _choose_the_app(hass)

    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "addon_install_failed"
    placeholders = result["description_placeholders"]
    assert placeholders is not None
    assert "Not enough free space" in placeholders["error"]
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_the_app_that_announced_itself_is_offered(
    hass: HomeAssistant, supervisor: StandInSupervisor
) -> None:
    """The app's Supervisor discovery shows LLM Home as discovered; one click connects."""
    app = supervisor.add_running_app(REPOSITORY)
    message = supervisor.discovery[0]

    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_HASSIO},
        data=HassioServiceInfo(
            config=message["config"],
            name=app.config["name"],
            slug=app.slug,
            uuid=message["uuid"],
        ),
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "hassio_confirm"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    result = await finish_flow(hass, result)
    assert result["step_id"] == "llm"


async def test_the_app_is_not_offered_off_home_assistant_os(
    hass: HomeAssistant,
) -> None:
    """Without the Supervisor the first menu has no app."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert "addon" not in result["menu_options"]
