"""The network engine's door under a connection flood and token guessing, on real sockets.

A network engine (the add-on's command) listens on 127.0.0.1. A flood of connections
that never say hello comes from one address, then from many loopback addresses
(127.0.0.x); a client with the right token from another address tries to get in
during the first. A guesser then sends wrong tokens one after another from one
address. The figures say how many connections were closed at once, how long each
wrong token's answer was held, whether any guess got in, and whether the engine's
log ever holds the token. Blocking socket work runs in threads.
"""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

from homeassistant.core import HomeAssistant

from .common import Bench
from custom_components.llm_home.engine.gate import (
    MAX_UNAUTHENTICATED,
    MAX_UNAUTHENTICATED_PER_PEER,
)
from custom_components.llm_home.engine.tokens import fingerprint
from tests.engines import (
    NetworkEngine,
    closed_by_engine,
    connect_from,
    network_engine,
    say_hello,
)

TOKEN = "bench-door-token-3b7e91c4"
CLOSED_WITHIN_S = 2.0
SETTLE_S = 5.0  # the engine drops a silent connection after 10 s
POLL_S = 0.25


def _knock(engine: NetworkEngine, token: str, source: str) -> tuple[bool, float]:
    """Say hello with `token`; return whether it was accepted and the answer's time (s)."""
    with connect_from(engine, source) as sock:
        answer, took = say_hello(sock, token)
        return answer.get("ok") is True, took


def _flood(engine: NetworkEngine, sources: list[str]) -> dict[str, Any]:
    """Open silent connections from `sources`; count those closed at once."""
    socks: list[socket.socket] = []
    try:
        socks.extend(connect_from(engine, source) for source in sources)
        # On a busy machine the engine closes the extra ones late: count until the
        # count holds for a second (at most SETTLE_S), not at a fixed moment.
        time.sleep(CLOSED_WITHIN_S)
        closed, still = 0, 0.0
        for _ in range(int(SETTLE_S / POLL_S)):
            now = sum(closed_by_engine(sock) for sock in socks if sock.fileno() >= 0)
            still = still + POLL_S if now == closed else 0.0
            closed = now
            if still >= 1.0:
                break
            time.sleep(POLL_S)
        return {"connections": len(socks), "closed at once": closed}
    finally:
        for sock in socks:
            sock.close()
        time.sleep(1.0)  # the engine sees them go before the next round


def _run(engine: NetworkEngine, quick: bool) -> dict[str, Any]:
    flood = 20 if quick else 200
    one = _flood(engine, ["127.0.0.1"] * flood)
    # While one address floods, a client from another gets in.
    socks = [
        connect_from(engine, "127.0.0.1") for _ in range(MAX_UNAUTHENTICATED_PER_PEER)
    ]
    try:
        client_in, client_s = _knock(engine, TOKEN, "127.0.0.2")
    finally:
        for sock in socks:
            sock.close()
    time.sleep(0.5)
    many = _flood(engine, [f"127.0.1.{i % 200 + 1}" for i in range(flood * 2)])
    guesses = 4 if quick else 7
    held = [_knock(engine, f"guess-{i:012d}", "127.0.0.3") for i in range(guesses)]
    right_in, right_s = _knock(engine, TOKEN, "127.0.0.3")
    log = engine.log.read_text(encoding="utf-8")
    return {
        "flood from one address": one,
        "let in from one address (cap)": one["connections"] - one["closed at once"],
        "client from another address during it": (
            f"in after {client_s * 1000:.0f} ms" if client_in else "refused"
        ),
        "flood from many addresses": many,
        "let in from many addresses (cap)": many["connections"]
        - many["closed at once"],
        "caps (per address, in all)": [
            MAX_UNAUTHENTICATED_PER_PEER,
            MAX_UNAUTHENTICATED,
        ],
        "wrong tokens answered after (s)": [round(s, 2) for s in (t for _, t in held)],
        "wrong tokens let in": sum(ok for ok, _ in held),
        "right token afterwards": (
            f"in after {right_s * 1000:.0f} ms" if right_in else "refused"
        ),
        "token in the engine's log": log.count(TOKEN),
        "fingerprint in the engine's log": fingerprint(TOKEN) in log,
    }


async def async_run(hass: HomeAssistant, bench: Bench) -> dict[str, Any]:
    """Flood and guess against a network engine of its own; return the figures."""
    with network_engine(bench.scratch("door-engine"), bench.data_dir, TOKEN) as engine:
        return await asyncio.to_thread(_run, engine, bench.quick)
