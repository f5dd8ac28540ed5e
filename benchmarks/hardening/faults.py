"""Faults: the engine killed (embedded and on the network), cut off, or given a broken model.

Requests run through HA's conversation API while the engine is killed with SIGKILL at
random points (before, during or after the model's turn, or while it restarts), or while
a proxy between HA and a network engine drops the connection. Each request is answered,
fails cleanly (an error response with spoken words) or is lost (no words, an exception
or no answer at all). Afterwards a request must be served again. A language model file
that is truncated, or not a model at all, is given at the start.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import ExitStack
import logging
import os
from pathlib import Path
import random
import signal
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.core import CoreState, HomeAssistant

from . import disk
from .common import Bench, Outcome, async_ask, async_try_agent, count_kinds, engine_pid
from .proxy import DroppingProxy
from custom_components.llm_home.const import (
    CONF_LLM_MODEL,
    DEFAULT_LLM_MODEL,
    MODELS_DIR,
)
from custom_components.llm_home.engine.catalog import CATALOG
from custom_components.llm_home.engine.store import ModelStore
from tests.engines import NetworkEngine, network_engine
from tests.home import async_add_agent, async_setup_home, entry_data

_LOGGER = logging.getLogger(__name__)
TOKEN = "bench-faults-token-5d1e"
COMMANDS = [
    "turn on the kitchen lights",
    "set the hvac to 21 degrees",
    "turn off the kitchen lights",
    "turn on the bed light",
    "set the hvac to 22 degrees",
    "turn off the bed light",
]
KILL_SHARE = 0.2  # of the requests, chosen at random
KILL_WITHIN_S = 2.5  # after the request is sent
RECOVERY_S = 120.0
RETRY_AFTER_S = 1.0
Kill = Callable[[], Awaitable[bool]]


async def _async_requests(
    hass: HomeAssistant, count: int, rng: random.Random, kill: Kill
) -> dict[str, Any]:
    """Send `count` requests, killing at random points; then wait for one to be served."""
    outcomes: list[Outcome] = []
    kills = 0
    for number in range(count):
        task = hass.async_create_task(async_ask(hass, COMMANDS[number % len(COMMANDS)]))
        if rng.random() < KILL_SHARE or number == 0:
            await asyncio.sleep(rng.uniform(0, KILL_WITHIN_S))
            kills += await kill()
        outcomes.append(await task)
        if outcomes[-1].kind != "answered":  # as a user would: try again in a moment
            await asyncio.sleep(RETRY_AFTER_S)
        _LOGGER.info(
            "%s: %r -> %r", outcomes[-1].kind, outcomes[-1].text, outcomes[-1].reply
        )
    recovered = await _async_served_again(hass)
    return {
        "requests": count,
        "kills": kills,
        **count_kinds(outcomes),
        "lost replies": sorted(
            {o.lost or repr(o.reply) for o in outcomes if o.kind == "lost"}
        ),
        "served again afterwards (s)": recovered,
        "Home Assistant running": hass.state is CoreState.running,
    }


async def _async_served_again(hass: HomeAssistant) -> float | None:
    """Return how long until a request is answered again (None: not within the limit)."""
    start = asyncio.get_running_loop().time()
    while (waited := asyncio.get_running_loop().time() - start) < RECOVERY_S:
        if (await async_ask(hass, "turn on the kitchen lights")).kind == "answered":
            return round(waited, 1)
        await asyncio.sleep(1)
    return None


async def _async_embedded(
    hass: HomeAssistant, count: int, rng: random.Random
) -> dict[str, Any]:
    entry = await async_add_agent(hass, entry_data())

    async def kill() -> bool:
        if (pid := engine_pid(entry)) is None:
            return False  # between engines: nothing to kill
        os.kill(pid, signal.SIGKILL)
        return True

    figures = await _async_requests(hass, count, rng, kill)
    figures["restarts"] = entry.runtime_data.client.restarts
    await _async_remove(hass, entry)
    return figures


class _Restarting:
    """A network engine on a fixed port that comes back a moment after each kill."""

    def __init__(self, bench: Bench, rng: random.Random) -> None:
        self._bench, self._rng = bench, rng
        self._stack = ExitStack()
        self.engine: NetworkEngine | None = None
        self.port: int | None = None
        self._lives = 0

    def start(self) -> NetworkEngine:
        """Start an engine (on the port of the last one); blocking."""
        self._lives += 1
        self.engine = self._stack.enter_context(
            network_engine(
                self._bench.scratch(f"faults-engine-{self._lives}"),
                self._bench.data_dir,
                TOKEN,
                port=self.port,
            )
        )
        self.port = self.engine.port
        return self.engine

    async def kill(self) -> bool:
        if self.engine is None:
            return False
        self.engine.process.send_signal(signal.SIGKILL)
        self.engine = None
        self._stack.close()
        asyncio.get_running_loop().call_later(
            self._rng.uniform(0, 3),
            lambda: asyncio.ensure_future(asyncio.to_thread(self.start)),
        )
        return True

    def close(self) -> None:
        self._stack.close()


async def _async_network(
    hass: HomeAssistant, bench: Bench, count: int, rng: random.Random
) -> dict[str, Any]:
    engines = _Restarting(bench, rng)
    engine = await asyncio.to_thread(engines.start)
    try:
        entry = await async_add_agent(
            hass, entry_data((engine.host, engine.port, TOKEN))
        )
        figures = await _async_requests(hass, count, rng, engines.kill)
        figures["reconnections"] = entry.runtime_data.client.restarts
        await _async_remove(hass, entry)
    finally:
        await asyncio.to_thread(engines.close)
    return figures


async def _async_dropped(
    hass: HomeAssistant, bench: Bench, count: int, rng: random.Random
) -> dict[str, Any]:
    """Send requests through a proxy that drops the connection to the network engine."""
    with network_engine(
        bench.scratch("faults-proxied"), bench.data_dir, TOKEN
    ) as engine:
        async with DroppingProxy(engine.host, engine.port) as proxy:
            entry = await async_add_agent(
                hass, entry_data((proxy.host, proxy.port, TOKEN))
            )

            async def drop() -> bool:
                return proxy.drop() > 0

            figures = await _async_requests(hass, count, rng, drop)
            await _async_remove(hass, entry)
    return figures


def _broken_models(bench: Bench, quick: bool) -> dict[str, Path]:
    """Write a truncated copy of the language model and a file that is no model; blocking."""
    real = ModelStore(bench.config_dir / MODELS_DIR).path(CATALOG[DEFAULT_LLM_MODEL])
    folder = bench.scratch("broken-models")
    truncated = folder / "truncated.gguf"
    with real.open("rb") as source:
        truncated.write_bytes(source.read(3 * 1024 * 1024))
    models = {"truncated language model": truncated}
    if not quick:
        garbage = folder / "garbage.gguf"
        garbage.write_bytes(b"GGUF" + random.Random(0).randbytes(1024 * 1024))
        models["language model of random bytes"] = garbage
    return models


async def _async_remove(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)


async def async_run(hass: HomeAssistant, bench: Bench) -> dict[str, Any]:
    """Run every fault; return the figures of each."""
    rng = random.Random(10)
    await async_setup_home(hass)
    figures: dict[str, Any] = {}
    models = await asyncio.to_thread(_broken_models, bench, bench.quick)
    for label, path in models.items():
        figures[label] = await async_try_agent(
            hass, {**entry_data(), CONF_LLM_MODEL: str(path)}
        )
    figures["embedded engine killed"] = await _async_embedded(
        hass, 2 if bench.quick else 50, rng
    )
    figures["network connection dropped"] = await _async_dropped(
        hass, bench, 2 if bench.quick else 20, rng
    )
    if not bench.quick:
        figures["network engine killed"] = await _async_network(hass, bench, 30, rng)
    if not bench.quick:
        figures["disk full during a model download"] = await disk.async_run(hass, bench)
    return figures
