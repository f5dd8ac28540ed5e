"""The language model on an OpenAI-compatible server: llama-cpp-python's own server, for real.

Faults that a real server does not produce on demand (a 5xx, broken JSON, a server that
ignores the grammar, one that stalls) come from small misbehaving HTTP servers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any
from unittest.mock import patch

from aiohttp import web
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.config_entries import SOURCE_USER, ConfigEntryState, ConfigFlowResult
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import entity_registry as er, intent, issue_registry as ir

from .chat_templates import LLAMA3_TEMPLATE, MISTRAL_TEMPLATE
from .engines import free_port
from .flows import finish_flow
from .home import AGENT, async_setup_agent
from .llm_servers import API_KEY, LlmServerProcess
from .test_conversation import MIN_PASSED, _snapshot, run_commands
from custom_components.llm_home.agent.chat_format import LLAMA3
from custom_components.llm_home.const import (
    CHAT_TEMPLATE_UNSUPPORTED,
    CONF_LLM_MODEL,
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_URL,
    CONF_STT_MODEL,
    CONF_TTS_MODEL,
    DOMAIN,
    ENGINE_EMBEDDED,
)
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.issues import ISSUE_MODEL
from custom_components.llm_home.language import ENGLISH

KITCHEN = "light.kitchen_lights"
# How long the "cold" server takes to evaluate a prompt it has no prefix of cached.
COLD_PREFILL_S = 2.0
# Servers that answer completions and report a model's chat template in /props.
TEMPLATES = {"llama3-template": LLAMA3_TEMPLATE, "mistral-template": MISTRAL_TEMPLATE}


def _server_data(
    default_data: dict[str, Any], url: str, key: str = API_KEY
) -> dict[str, Any]:
    data = {k: v for k, v in default_data.items() if k != CONF_LLM_MODEL}
    return {**data, CONF_LLM_SERVER_URL: url, CONF_LLM_SERVER_KEY: key}


async def test_commands_end_to_end_on_a_server(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    completion_server: LlmServerProcess,
) -> None:
    """The agent's commands pass with the language model on the server.

    Speech stays in the engine, which loads no language model.
    """
    entry = await async_setup_agent(
        hass, _server_data(default_data, completion_server.url)
    )
    assert "load_llm" not in entry.runtime_data.client.loaded
    assert await run_commands(hass) >= MIN_PASSED
    last = entry.runtime_data.stats.last
    assert last is not None and last.prompt_tokens > 0


async def _models_via_server(
    hass: HomeAssistant, url: str, key: str
) -> ConfigFlowResult:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": ENGINE_EMBEDDED}
    )
    assert result["type"] is FlowResultType.MENU and result["step_id"] == "llm"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "llm_server"}
    )
    assert result["step_id"] == "llm_server"
    return await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_LLM_SERVER_URL: url, CONF_LLM_SERVER_KEY: key}
    )


async def test_config_flow_with_a_server(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    completion_server: LlmServerProcess,
) -> None:
    """The flow tests the server with a grammar-constrained completion.

    A wrong key or an address where nothing answers is a form error; the entry then works.
    """
    result = await _models_via_server(hass, completion_server.url, "wrong key")
    assert result["errors"] == {"base": "invalid_api_key"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            CONF_LLM_SERVER_URL: f"http://127.0.0.1:{free_port()}",
            CONF_LLM_SERVER_KEY: API_KEY,
        },
    )
    assert result["errors"] == {"base": "server_unreachable"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_LLM_SERVER_URL: completion_server.url, CONF_LLM_SERVER_KEY: API_KEY},
    )
    assert result["step_id"] == "models"
    schema = result["data_schema"]
    assert schema is not None
    fields = {str(key) for key in schema.schema}
    assert fields == {CONF_STT_MODEL, CONF_TTS_MODEL}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {key: default_data[key] for key in (CONF_STT_MODEL, CONF_TTS_MODEL)},
    )
    result = await finish_flow(hass, result)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_LLM_SERVER_URL] == completion_server.url
    assert CONF_LLM_MODEL not in result["data"]
    await hass.async_block_till_done()
    assert result["result"].state is ConfigEntryState.LOADED


class _BadServer:
    """An OpenAI-compatible server that misbehaves in one way."""

    def __init__(self, fault: str) -> None:
        self.fault = fault
        self.cached: set[str] = set()  # "cold": the prefixes it has evaluated

    async def completions(self, request: web.Request) -> web.StreamResponse:
        """Answer a completion request the wrong way."""
        match self.fault:
            case "cold":
                return await self._cold(await request.json())
            case "5xx":
                return web.Response(status=503, text="overloaded")
            case "malformed":
                return web.Response(text="{not json", content_type="application/json")
            case "no-text":
                return web.json_response({"choices": [{"index": 0}]})
            case "slow":
                await asyncio.sleep(5)
            case fault if fault in TEMPLATES:
                return web.json_response({"choices": [{"text": "yes"}], "usage": {}})
        # "ignores-grammar": a well-formed call on an exposed device the request never named.
        return web.json_response(
            {"choices": [{"text": "turn_on(Bed Light)"}], "usage": {}}
        )

    async def _cold(self, body: dict[str, Any]) -> web.StreamResponse:
        """Answer slowly when the prompt's prefix is not in the cache, as a small CPU.

        A warm-up (one token) keeps its prompt in the cache; a request turns on the
        kitchen lights.
        """
        prompt = str(body["prompt"])
        if not any(prompt.startswith(prefix) for prefix in self.cached):
            await asyncio.sleep(COLD_PREFILL_S)
        if body.get("max_tokens") == 1:
            self.cached.add(prompt)
            return web.json_response({"choices": [{"text": ""}], "usage": {}})
        return web.json_response(
            {"choices": [{"text": "turn_on(Kitchen Lights)"}], "usage": {}}
        )

    async def props(self, request: web.Request) -> web.StreamResponse:
        """Report the model's chat template as llama-server does; others have no /props."""
        if (template := TEMPLATES.get(self.fault)) is None:
            raise web.HTTPNotFound
        return web.json_response({"chat_template": template, "total_slots": 1})


@pytest.fixture
async def bad_server(request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """Serve a misbehaving completion endpoint on 127.0.0.1; return its base URL."""
    app = web.Application()
    server = _BadServer(request.param)
    app.router.add_post("/v1/completions", server.completions)
    app.router.add_get("/props", server.props)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.mark.parametrize(
    ("bad_server", "spoken"),  # the reply's name
    [
        ("5xx", "failed"),
        ("malformed", "failed"),
        ("no-text", "failed"),
        ("ignores-grammar", "failed"),
        ("slow", "engine_down"),
    ],
    indirect=["bad_server"],
)
async def test_server_faults_are_spoken_errors_never_actions(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    bad_server: str,
    spoken: str,
) -> None:
    """A broken server costs the request a spoken error response and changes nothing."""
    with patch("custom_components.llm_home.agent.brain.WARMUP_TIMEOUT", 1):
        await async_setup_agent(hass, _server_data(default_data, bad_server))
    await hass.services.async_call(
        "light", "turn_off", {"entity_id": KITCHEN}, blocking=True
    )
    before = _snapshot(hass)
    # The warm-up failed, so the request's prefix is cold: both limits are short here.
    with (
        patch("custom_components.llm_home.agent.brain.REQUEST_TIMEOUT", 1),
        patch("custom_components.llm_home.agent.brain.WARMUP_TIMEOUT", 1),
    ):
        result = await conversation.async_converse(
            hass, "turn on the kitchen lights", None, Context(), agent_id=AGENT
        )
    await hass.async_block_till_done()
    assert result.response.response_type is intent.IntentResponseType.ERROR
    assert result.response.speech["plain"]["speech"] == ENGLISH.replies[spoken]
    assert _snapshot(hass) == before


@pytest.mark.parametrize("bad_server", ["cold"], indirect=True)
async def test_a_prefix_not_yet_cached_is_given_the_time_to_evaluate(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    bad_server: str,
) -> None:
    """A device renamed a moment before the request: the command is still carried out.

    The warm-up waits out its cooldown, so the request evaluates the new prefix
    itself (about a minute on two slow cores); it was cut off as "can't reach my
    engine" by the request's own time limit, and the engine stayed busy after.
    """
    with (
        patch("custom_components.llm_home.agent.brain.REQUEST_TIMEOUT", 1),
        patch("custom_components.llm_home.agent.brain.WARMUP_TIMEOUT", 10),
    ):
        await async_setup_agent(hass, _server_data(default_data, bad_server))
        await hass.async_block_till_done(wait_background_tasks=True)
        er.async_get(hass).async_update_entity("light.bed_light", name="Reading Lamp")
        result = await conversation.async_converse(
            hass, "turn on the kitchen lights", None, Context(), agent_id=AGENT
        )
    assert result.response.response_type is intent.IntentResponseType.ACTION_DONE
    state = hass.states.get(KITCHEN)
    assert state is not None and state.state == "on"


@pytest.mark.parametrize("bad_server", ["ignores-grammar"], indirect=True)
async def test_flow_refuses_a_server_that_ignores_grammars(
    hass: HomeAssistant, bad_server: str
) -> None:
    """A server that ignores the grammar cannot be chosen, with plain words why."""
    result = await _models_via_server(hass, bad_server, "")
    assert result["errors"] == {"base": "no_grammar_support"}


async def test_server_down_is_unreachable(
    hass: HomeAssistant, default_data: dict[str, Any], model_store: ModelStore
) -> None:
    """No server at the address: the command gets a spoken error; HA goes on."""
    await async_setup_agent(
        hass, _server_data(default_data, f"http://127.0.0.1:{free_port()}")
    )
    result = await conversation.async_converse(
        hass, "turn on the kitchen lights", None, Context(), agent_id=AGENT
    )
    assert result.response.response_type is intent.IntentResponseType.ERROR
    assert result.response.speech["plain"]["speech"] == ENGLISH.replies["engine_down"]


@pytest.mark.parametrize("bad_server", ["llama3-template"], indirect=True)
async def test_server_chat_template_sets_the_format(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    bad_server: str,
) -> None:
    """The template the server reports in /props decides how the agent writes turns."""
    result = await _models_via_server(hass, bad_server, "")
    assert result["step_id"] == "models" and not result["errors"]
    entry = MockConfigEntry(domain=DOMAIN, data=_server_data(default_data, bad_server))
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    assert entry.runtime_data.loaded.chat_format is LLAMA3
    assert await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.parametrize("bad_server", ["mistral-template"], indirect=True)
async def test_server_with_an_unsupported_chat_template_is_refused(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    bad_server: str,
) -> None:
    """The flow refuses the server; an entry that uses it fails setup with an issue."""
    result = await _models_via_server(hass, bad_server, "")
    assert result["errors"] == {"base": "chat_template_unsupported"}
    entry = MockConfigEntry(domain=DOMAIN, data=_server_data(default_data, bad_server))
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.SETUP_ERROR
    issue = ir.async_get(hass).async_get_issue(DOMAIN, ISSUE_MODEL)
    assert issue is not None and issue.translation_key == CHAT_TEMPLATE_UNSUPPORTED
    placeholders = issue.translation_placeholders
    assert placeholders is not None and placeholders["model"] == bad_server
