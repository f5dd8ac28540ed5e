"""The network engine's door, against a real engine process and real sockets.

Connections that have not shown the token are capped (per address and in all), a
wrong token is answered later each time from the same address, a short token stops
the engine at start, and the engine's log names its token only by fingerprint.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
import socket
import subprocess
import time

import pytest
import pytest_socket

from .engines import (
    NetworkEngine,
    closed_by_engine,
    connect_from,
    engine_command,
    free_port,
    network_engine,
    say_hello,
)
from custom_components.llm_home.const import ENGINE_DATA_DIR
from custom_components.llm_home.engine.child import RemoteEngine
from custom_components.llm_home.engine.client import EngineClient
from custom_components.llm_home.engine.errors import EngineAuthError
from custom_components.llm_home.engine.gate import (
    BAD_TOKEN_DELAY,
    MAX_UNAUTHENTICATED,
    MAX_UNAUTHENTICATED_PER_PEER,
)
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.engine.tokens import MIN_TOKEN_LENGTH, fingerprint

TOKEN = "door-test-token-9c41d7e2"
# Well below the engine's 10 s hello timeout: a capped connection is closed at once,
# one that was let in waits for its hello that long.
AT_ONCE = 3.0


@pytest.fixture(scope="module")
def engine(
    model_store: ModelStore,
    shared_config_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[NetworkEngine]:
    """Run an engine of this module's own, so that its log and counts are this module's."""
    pytest_socket.enable_socket()  # module fixtures start before each test's socket_enabled
    with network_engine(
        tmp_path_factory.mktemp("door"), shared_config_dir / ENGINE_DATA_DIR, TOKEN
    ) as running:
        yield running


def _held(engine: NetworkEngine, token: str) -> tuple[bool, float, float]:
    """Knock once with `token`; return accepted, the delay reported, the time taken."""
    with connect_from(engine) as sock:
        answer, took = say_hello(sock, token)
    error = answer.get("error")
    delay = float(error["delay"]) if isinstance(error, dict) else 0.0
    return answer["ok"] is True, delay, took


def _open_silent(engine: NetworkEngine, sources: list[str]) -> list[socket.socket]:
    """Open connections that never send their hello, one per source address."""
    socks = [connect_from(engine, source) for source in sources]
    time.sleep(0.5)  # the engine has taken them all in
    return socks


def _check_cap(engine: NetworkEngine) -> None:
    per_peer = _open_silent(engine, ["127.0.0.1"] * MAX_UNAUTHENTICATED_PER_PEER)
    try:
        with connect_from(engine) as extra:
            assert closed_by_engine(extra, AT_ONCE), (
                "one more from the address was let in"
            )
        # Another address is still let in: one address cannot lock everyone out.
        with connect_from(engine, "127.0.0.2") as other:
            assert not closed_by_engine(other, 0.5)
    finally:
        for sock in per_peer:
            sock.close()
    time.sleep(0.5)
    # Fill the engine from many addresses, a few each: then nobody else gets in.
    sources = [
        f"127.0.0.{10 + i // MAX_UNAUTHENTICATED_PER_PEER}"
        for i in range(MAX_UNAUTHENTICATED)
    ]
    everyone = _open_silent(engine, sources)
    try:
        with connect_from(engine, "127.0.0.3") as extra:
            assert closed_by_engine(extra, AT_ONCE), "one more than the cap was let in"
    finally:
        for sock in everyone:
            sock.close()
    time.sleep(0.5)


async def test_connections_without_the_token_are_capped(engine: NetworkEngine) -> None:
    """One connection over a cap is closed at once and counted; a client then gets in."""
    await asyncio.to_thread(_check_cap, engine)
    log = engine.log.read_text()
    assert "Closed 1 connection(s) at once (1 in all, the last from 127.0.0.1)" in log
    client = EngineClient(RemoteEngine(engine.host, engine.port, TOKEN))
    await client.start()
    assert await client.request("ping", {}, timeout=10) == {}
    await client.stop()


async def test_wrong_tokens_are_answered_later_each_time(engine: NetworkEngine) -> None:
    """A second wrong token waits longer than the first; the right one resets the wait."""
    wrong = "x" * MIN_TOKEN_LENGTH
    first = await asyncio.to_thread(_held, engine, wrong)
    second = await asyncio.to_thread(_held, engine, wrong)
    assert not first[0] and not second[0]
    assert first[1] == BAD_TOKEN_DELAY
    assert second[1] == 2 * BAD_TOKEN_DELAY
    # The answers really waited that long (at least).
    assert first[2] >= first[1] and second[2] >= second[1]

    accepted = await asyncio.to_thread(_held, engine, TOKEN)
    assert accepted[0]
    assert accepted[2] < BAD_TOKEN_DELAY, "the right token is answered at once"
    again = await asyncio.to_thread(_held, engine, wrong)
    assert not again[0] and again[1] == BAD_TOKEN_DELAY


async def test_client_names_the_refused_token_by_fingerprint(
    engine: NetworkEngine,
) -> None:
    """Home Assistant's error names the token it sent by fingerprint, never in full."""
    wrong = "y" * MIN_TOKEN_LENGTH
    client = EngineClient(RemoteEngine(engine.host, engine.port, wrong))
    with pytest.raises(EngineAuthError) as raised:
        await client.start()
    assert fingerprint(wrong) in str(raised.value)
    assert wrong not in str(raised.value)
    # The right token after a wrong one: the engine forgives the address.
    good = EngineClient(RemoteEngine(engine.host, engine.port, TOKEN))
    await good.start()
    await good.stop()


async def test_log_names_the_token_by_fingerprint_only(engine: NetworkEngine) -> None:
    """The log says which token (fingerprint) and where it is kept; never the token."""
    wrong = "wrong-token-5f0c2a"
    assert not (await asyncio.to_thread(_held, engine, wrong))[0]
    assert (await asyncio.to_thread(_held, engine, TOKEN))[0]
    log = engine.log.read_text()
    token_file = engine.log.parent / "token"
    assert f"kept in {token_file} (fingerprint {fingerprint(TOKEN)})" in log
    assert TOKEN not in log
    assert "Refused a client at 127.0.0.1: wrong or missing token" in log
    assert wrong not in log


@pytest.mark.parametrize("token", ["0123456789", " " * 20 + "k3y9z"])
def test_short_token_stops_the_engine_at_start(
    tmp_path: Path, shared_config_dir: Path, token: str
) -> None:
    """A token under 16 characters: the engine does not start and says why."""
    token_file = tmp_path / "token"
    token_file.write_text(token)
    command, env = engine_command(
        tmp_path, shared_config_dir / ENGINE_DATA_DIR, free_port(), token_file
    )
    result = subprocess.run(  # noqa: S603
        command, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    assert f"it needs at least {MIN_TOKEN_LENGTH}" in result.stderr
    assert str(token_file) in result.stderr
    assert token.strip() not in result.stderr
