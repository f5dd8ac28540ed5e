"""Reconfiguring where the language model runs takes effect at once, through HA's flows.

The server is llama-cpp-python's own (the default model) behind a small recording
proxy, so each test sees which requests reach which server, with which key, model
name and prompt format. A proxy can report a chat template in /props, as llama-server
does, to tell the formats apart.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
import pytest

from homeassistant.config_entries import SOURCE_RECONFIGURE, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from .chat_templates import LLAMA3_TEMPLATE
from .engines import free_port
from .flows import finish_flow, llm_in_engine
from .home import async_say, async_setup_agent, state_of
from .llm_servers import LlmServerProcess
from custom_components.llm_home.const import (
    CONF_LLM_MODEL,
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_MODEL,
    CONF_LLM_SERVER_URL,
    CONF_STT_MODEL,
    CONF_TTS_MODEL,
    DOMAIN,
    ENGINE_EMBEDDED,
    MODEL_CONF_KEYS,
)
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.runtime import LlmHomeConfigEntry

KITCHEN = "light.kitchen_lights"
COMMAND = "turn on the kitchen lights"
CHATML_MARK = "<|im_start|>"
LLAMA3_MARK = "<|start_header_id|>"


@dataclass(slots=True)
class _Completion:
    """One completion request as the proxy received it."""

    auth: str
    model: str | None
    prompt: str


@dataclass(slots=True)
class _Proxy:
    """A server address that forwards to the real server and records what it gets."""

    url: str
    template: str | None
    completions: list[_Completion] = field(default_factory=list)

    def saw(self, words: str) -> list[_Completion]:
        """Return the completion requests whose prompt holds `words`."""
        return [c for c in self.completions if words in c.prompt]


type ProxyFactory = Callable[[str | None], Awaitable[_Proxy]]


@pytest.fixture
async def proxies(
    completion_server: LlmServerProcess,
) -> AsyncIterator[ProxyFactory]:
    """Return a factory of recording proxies in front of the completion server."""
    runners: list[web.AppRunner] = []
    session = aiohttp.ClientSession()
    upstream = {"Authorization": f"Bearer {completion_server.api_key}"}

    async def start(template: str | None) -> _Proxy:
        port = free_port()
        proxy = _Proxy(f"http://127.0.0.1:{port}", template)

        async def completions(request: web.Request) -> web.Response:
            body = await request.json()
            proxy.completions.append(
                _Completion(
                    request.headers.get("Authorization", ""),
                    body.pop("model", None),  # the real server serves one model
                    str(body["prompt"]),
                )
            )
            async with session.post(
                f"{completion_server.url}/v1/completions", json=body, headers=upstream
            ) as response:
                return web.Response(
                    status=response.status,
                    body=await response.read(),
                    content_type="application/json",
                )

        async def props(request: web.Request) -> web.Response:
            if proxy.template is None:  # llama-cpp-python's server has no /props
                raise web.HTTPNotFound
            return web.json_response({"chat_template": proxy.template})

        app = web.Application()
        app.router.add_post("/v1/completions", completions)
        app.router.add_get("/props", props)
        runner = web.AppRunner(app)
        await runner.setup()
        runners.append(runner)
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return proxy

    yield start
    for runner in runners:
        await runner.cleanup()
    await session.close()


async def _lights_off(hass: HomeAssistant) -> None:
    await hass.services.async_call(
        "light", "turn_off", {"entity_id": KITCHEN}, blocking=True
    )
    assert state_of(hass, KITCHEN).state == "off"


def _speech_models(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in (CONF_STT_MODEL, CONF_TTS_MODEL)}


async def _reconfigure(
    hass: HomeAssistant, entry: LlmHomeConfigEntry, llm_step: str
) -> Any:
    """Start a reconfigure flow, keep the embedded engine, choose where the LLM runs."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_RECONFIGURE, "entry_id": entry.entry_id}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": ENGINE_EMBEDDED}
    )
    if llm_step == "llm_engine":
        return await llm_in_engine(hass, result)
    assert result["type"] is FlowResultType.MENU and result["step_id"] == "llm"
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": llm_step}
    )


async def _finish(
    hass: HomeAssistant, entry: LlmHomeConfigEntry, result: Any, models: dict[str, Any]
) -> None:
    result = await hass.config_entries.flow.async_configure(result["flow_id"], models)
    result = await finish_flow(hass, result)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.state is ConfigEntryState.LOADED


async def _to_server(
    hass: HomeAssistant,
    entry: LlmHomeConfigEntry,
    proxy: _Proxy,
    key: str,
    model: str = "",
) -> None:
    result = await _reconfigure(hass, entry, "llm_server")
    assert result["step_id"] == "llm_server"
    server = {CONF_LLM_SERVER_URL: proxy.url, CONF_LLM_SERVER_KEY: key}
    if model:
        server[CONF_LLM_SERVER_MODEL] = model
    result = await hass.config_entries.flow.async_configure(result["flow_id"], server)
    assert result["step_id"] == "models" and not result["errors"]
    await _finish(hass, entry, result, _speech_models(dict(entry.data)))


async def test_engine_to_server_takes_effect_at_once(
    hass: HomeAssistant, agent: LlmHomeConfigEntry, proxies: ProxyFactory
) -> None:
    """Moved to a server, the next command is completed there; the engine holds no LLM."""
    server = await proxies(None)
    await _to_server(hass, agent, server, "key-one")
    assert agent.data[CONF_LLM_SERVER_URL] == server.url

    await _lights_off(hass)
    await async_say(hass, COMMAND)
    assert state_of(hass, KITCHEN).state == "on"
    asked = server.saw(COMMAND)
    assert asked, "the command did not reach the new server"
    assert asked[-1].auth == "Bearer key-one"
    # The server's model has no /props template: ChatML, as its Qwen model writes.
    assert CHATML_MARK in asked[-1].prompt
    assert LLAMA3_MARK not in asked[-1].prompt
    assert "load_llm" not in agent.runtime_data.client.loaded


async def test_new_server_url_key_and_model_take_effect_at_once(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    proxies: ProxyFactory,
) -> None:
    """Another server, key and model: the next request goes there, in its model's format."""
    old = await proxies(None)
    data = {k: v for k, v in default_data.items() if k != CONF_LLM_MODEL}
    entry = await async_setup_agent(
        hass, {**data, CONF_LLM_SERVER_URL: old.url, CONF_LLM_SERVER_KEY: "key-old"}
    )
    new = await proxies(LLAMA3_TEMPLATE)
    await _to_server(hass, entry, new, "key-new", "model-new")
    old.completions.clear()

    await async_say(hass, COMMAND)
    assert not old.saw(COMMAND), "the command still went to the old server"
    asked = new.saw(COMMAND)
    assert asked, "the command did not reach the new server"
    assert (asked[-1].auth, asked[-1].model) == ("Bearer key-new", "model-new")
    # The new server's model is a Llama 3 one (its /props): the prompt is written so.
    assert LLAMA3_MARK in asked[-1].prompt
    assert CHATML_MARK not in asked[-1].prompt


async def test_server_to_engine_takes_effect_at_once(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    proxies: ProxyFactory,
) -> None:
    """Moved back to the engine, its model answers, in its own format; the server is not asked."""
    server = await proxies(LLAMA3_TEMPLATE)
    data = {k: v for k, v in default_data.items() if k != CONF_LLM_MODEL}
    entry = await async_setup_agent(
        hass, {**data, CONF_LLM_SERVER_URL: server.url, CONF_LLM_SERVER_KEY: "key"}
    )
    result = await _reconfigure(hass, entry, "llm_engine")
    models = {key: default_data[key] for key in MODEL_CONF_KEYS.values()}
    await _finish(hass, entry, result, models)
    assert CONF_LLM_SERVER_URL not in entry.data
    server.completions.clear()

    await _lights_off(hass)
    await async_say(hass, COMMAND)
    assert not server.saw(COMMAND), "the command still went to the server"
    # The engine's Qwen model, prompted in ChatML as it expects, turned the lights on.
    assert state_of(hass, KITCHEN).state == "on"
    assert "load_llm" in entry.runtime_data.client.loaded
