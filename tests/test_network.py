"""The network engine under hostile clients and faults: tokens, versions, garbage, kill -9."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
import signal
import socket
import struct
from typing import Any

import pytest

from homeassistant.components import conversation
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN, STATE_UNAVAILABLE
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import entity_registry as er, intent

from .conftest import NETWORK_TOKEN
from .engines import NetworkEngine, network_engine, until
from .home import AGENT, async_say, async_setup_agent, state_of
from custom_components.llm_home.const import (
    CONF_ENGINE,
    DEFAULT_LLM_MODEL,
    ENGINE_DATA_DIR,
    ENGINE_NETWORK,
)
from custom_components.llm_home.engine import protocol
from custom_components.llm_home.engine.child import RemoteEngine
from custom_components.llm_home.engine.client import EngineClient, EngineState
from custom_components.llm_home.engine.errors import (
    EngineAuthError,
    EngineCrashedError,
    EngineUnavailableError,
)
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.language import ENGLISH

LONG_PROMPT = "Numbers from 1 to 1000, one per line:\n1\n2\n3\n4\n5\n"


def _raw(engine: NetworkEngine) -> socket.socket:
    sock = socket.create_connection((engine.host, engine.port), timeout=10)
    sock.settimeout(10)
    return sock


def _frame(message: dict[str, object]) -> bytes:
    body = json.dumps(message).encode()
    return struct.pack(">I", len(body)) + body


def _read(sock: socket.socket) -> dict[str, object] | None:
    header = sock.recv(4, socket.MSG_WAITALL)
    if len(header) < 4:
        return None
    (length,) = struct.unpack(">I", header)
    return dict(json.loads(sock.recv(length, socket.MSG_WAITALL)))


def _closed(sock: socket.socket) -> bool:
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


async def _client(engine: NetworkEngine, token: str = NETWORK_TOKEN) -> EngineClient:
    client = EngineClient(RemoteEngine(engine.host, engine.port, token), name="test")
    await client.start()
    return client


async def test_wrong_token_is_refused(network: NetworkEngine) -> None:
    """A client with a wrong or empty token is refused with a clear error."""
    for token in ("wrong", ""):
        client = EngineClient(RemoteEngine(network.host, network.port, token))
        with pytest.raises(EngineAuthError, match="refused the token"):
            await client.start()
        assert client.state is EngineState.STOPPED


async def test_version_mismatch_is_refused(network: NetworkEngine) -> None:
    """A client of another protocol version is told so, and the engine stays up."""
    sock = await asyncio.to_thread(_raw, network)
    try:
        hello = {"protocol": 999, "token": NETWORK_TOKEN}
        sock.sendall(_frame({"id": 0, "op": "hello", "payload": hello}))
        answer = await asyncio.to_thread(_read, sock)
        assert answer is not None and answer["ok"] is False
        error = answer["error"]
        assert isinstance(error, dict) and error["type"] == "VersionError"
        assert await asyncio.to_thread(_closed, sock)
    finally:
        sock.close()
    client = await _client(network)
    assert await client.request("ping", {}, timeout=10) == {}
    await client.stop()


async def test_connection_refused_is_unavailable(tmp_path: Path) -> None:
    """Nothing listening: the client says the engine cannot be reached."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = EngineClient(RemoteEngine("127.0.0.1", port, NETWORK_TOKEN))
    with pytest.raises(EngineUnavailableError, match="Cannot connect"):
        await client.start()


@pytest.mark.parametrize(
    "payload",
    [
        b"\xff\xff\xff\xff",  # a 4 GB frame announced before the handshake
        struct.pack(">I", protocol.MAX_HELLO_FRAME + 1) + b"x" * 100,
        struct.pack(">I", 10) + b"not json!!",
        struct.pack(">I", 2) + b"[]",
        b"\x00\x00",  # a truncated header, then silence
    ],
    ids=["huge", "over-hello-limit", "garbage", "not-object", "truncated"],
)
async def test_garbage_clients_do_not_harm_others(
    network: NetworkEngine, payload: bytes
) -> None:
    """A client that sends garbage is dropped; a request of another client is served."""
    good = await _client(network)
    running = asyncio.create_task(good.request("ping", {}, timeout=30))
    sock = await asyncio.to_thread(_raw, network)
    try:
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
        assert await asyncio.to_thread(_closed, sock)
    finally:
        sock.close()
    assert await running == {}
    assert await good.request("ping", {}, timeout=10) == {}
    await good.stop()


async def test_oversized_frame_after_handshake_drops_only_that_client(
    network: NetworkEngine,
) -> None:
    """An authenticated client that announces a frame over the limit is dropped alone."""
    good = await _client(network)
    sock = await asyncio.to_thread(_raw, network)
    try:
        hello = {"protocol": protocol.PROTOCOL_VERSION, "token": NETWORK_TOKEN}
        sock.sendall(_frame({"id": 0, "op": "hello", "payload": hello}))
        answer = await asyncio.to_thread(_read, sock)
        assert answer is not None and answer["ok"] is True
        sock.sendall(struct.pack(">I", protocol.MAX_FRAME + 1))
        assert await asyncio.to_thread(_closed, sock)
    finally:
        sock.close()
    assert await good.request("ping", {}, timeout=10) == {}
    await good.stop()


async def test_kill_mid_request_then_engine_comes_back_with_other_models(
    model_store: ModelStore, shared_config_dir: Path, tmp_path: Path
) -> None:
    """Kill -9 of the network engine fails the running request only.

    Once an engine listens again (restarted, without the model) the client reconnects
    and loads the model into it.
    """
    data_dir = shared_config_dir / ENGINE_DATA_DIR
    with network_engine(tmp_path / "a", data_dir, NETWORK_TOKEN) as first:
        client = await _client(first)
        await client.load_llm(DEFAULT_LLM_MODEL, 2048, 2)
        task = asyncio.create_task(client.complete(LONG_PROMPT, max_tokens=1500))
        await asyncio.sleep(1)
        assert not task.done()
        first.process.send_signal(signal.SIGKILL)
        with pytest.raises(EngineCrashedError):
            await task
        await asyncio.sleep(0.5)
        assert client.state is EngineState.RESTARTING
        port = first.port
    restarted = tmp_path / "b"
    with network_engine(restarted, data_dir, NETWORK_TOKEN, port=port) as second:
        assert second.port == port
        await until(lambda: client.state is EngineState.READY)
        assert client.restarts == 1
        assert client.hello is not None and client.hello.pid == second.process.pid
        # The new engine started empty; the reconnection loaded the model into it.
        assert client.hello.loaded == {}
        result = await client.complete("<|im_start|>user\nHi<|im_end|>\n", max_tokens=4)
        assert result.completion_tokens > 0
    await client.stop()


async def test_home_assistant_rides_out_a_lost_network_engine(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    shared_config_dir: Path,
    tmp_path: Path,
) -> None:
    """The network engine dies mid-command; Home Assistant copes and recovers.

    That command gets a spoken error response, the entities go unavailable, and once
    the engine is back everything works again.
    """
    data_dir = shared_config_dir / ENGINE_DATA_DIR
    with network_engine(tmp_path / "a", data_dir, NETWORK_TOKEN) as first:
        data = {
            **default_data,
            CONF_ENGINE: ENGINE_NETWORK,
            CONF_HOST: first.host,
            CONF_PORT: first.port,
            CONF_TOKEN: NETWORK_TOKEN,
        }
        entry = await async_setup_agent(hass, data)
        client = entry.runtime_data.client
        # A new name changes the prompt's prefix, so the next request evaluates it from
        # scratch (seconds on two cores) and is still running when the engine dies.
        er.async_get(hass).async_update_entity("light.bed_light", name="Reading Lamp")
        await hass.async_block_till_done()
        task = hass.async_create_task(
            conversation.async_converse(
                hass, "turn on the reading lamp", None, Context(), agent_id=AGENT
            )
        )
        await asyncio.sleep(1.5)
        assert not task.done()
        first.process.send_signal(signal.SIGKILL)
        result = await task
        port = first.port
    assert result.response.response_type is intent.IntentResponseType.ERROR
    assert result.response.speech["plain"]["speech"] == ENGLISH.replies["engine_down"]
    assert state_of(hass, "light.bed_light").state == "off"
    await hass.async_block_till_done()
    assert state_of(hass, AGENT).state == STATE_UNAVAILABLE
    assert state_of(hass, "sensor.llm_home_status").state == "restarting"

    with network_engine(tmp_path / "b", data_dir, NETWORK_TOKEN, port=port):
        await until(lambda: client.state is EngineState.READY)
        await hass.async_block_till_done()
        assert state_of(hass, AGENT).state != STATE_UNAVAILABLE
        assert await async_say(hass, "turn on the reading lamp") == (
            "Turned on the Reading Lamp."
        )
        assert state_of(hass, "light.bed_light").state == "on"
        await hass.config_entries.async_unload(entry.entry_id)
