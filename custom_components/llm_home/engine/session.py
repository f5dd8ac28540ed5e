"""The engine session: reaching the engine, sending requests, bringing it back.

Inference requests are sent one at a time; downloads run beside them. When the engine
goes away (a crash, a kill, a dropped network, a request that timed out) the requests
waiting on it fail with a clear error, and a background task brings it back: a new
child at once, or a reconnection with backoff. Before the next request the models last
loaded with `load_llm`, `load_stt` and `load_tts` are loaded again where the engine
does not hold them (it may have been restarted with other models), so a crash costs
one request, not the models. The typed ops are in client.py.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from enum import StrEnum
import logging
import time
from typing import Any, Final, Protocol

from . import protocol
from .connection import Connection, Progress
from .errors import (
    EngineBusyError,
    EngineCrashedError,
    EngineError,
    EngineRequestError,
    EngineTimeoutError,
)

_LOGGER = logging.getLogger(__name__)

LOAD_TIMEOUT: Final = 120.0
PING_TIMEOUT: Final = 30.0
# Ops that load a model; the last successful one of each is replayed after a restart.
LOAD_OPS: Final = frozenset({"load_llm", "load_stt", "load_tts"})
# Ops that download: they neither count against the queue nor wait behind inference.
DOWNLOAD_OPS: Final = frozenset({"install_model", "download_model"})
# Seconds between attempts to bring a lost engine back.
BACKOFF: Final = (0.0, 1.0, 2.0, 5.0, 10.0, 30.0)
RESTART_HISTORY: Final = 16


class Launcher(Protocol):
    """Where the engine runs: a child process or an address on the network."""

    @property
    def pid(self) -> int | None:
        """Return the engine's local process id, None when it is not a child."""

    def describe(self) -> str:
        """Return where the engine runs."""

    async def address(self) -> tuple[str, int, str]:
        """Return host, port and token, starting the engine where that is ours."""

    def kill(self) -> None:
        """Kill an engine that hangs or lost its connection, where that is ours to do."""

    async def stop(self) -> None:
        """Stop an engine that is ours."""


class EngineState(StrEnum):
    """What the engine is doing, as far as its users can tell."""

    READY = "ready"
    RESTARTING = "restarting"
    STOPPED = "stopped"


class EngineSession:
    """Keep an engine connected and send it requests from the event loop."""

    def __init__(
        self, launcher: Launcher, *, max_pending: int = 4, name: str = "llm_home"
    ) -> None:
        """Reach the engine through `launcher`; queue at most `max_pending` requests."""
        self.launcher = launcher
        self._max_pending = max_pending
        self._name = name
        self._lock = asyncio.Lock()
        self._connection: Connection | None = None
        self._recovery: asyncio.Task[None] | None = None
        self._active = False
        self._queued = 0
        self._next_id = 0
        self._connects = 0
        self._restart_times: deque[float] = deque(maxlen=RESTART_HISTORY)
        self._loads: dict[str, dict[str, Any]] = {}
        self._listeners: list[Callable[[], None]] = []

    @property
    def restarts(self) -> int:
        """Return how many times the engine was brought back after it went away."""
        return max(self._connects - 1, 0)

    def recent_restarts(self, window: float) -> int:
        """Return how many restarts happened in the last `window` seconds."""
        since = time.monotonic() - window
        return sum(1 for when in self._restart_times if when >= since)

    @property
    def state(self) -> EngineState:
        """Return whether the engine is ready, coming back, or stopped."""
        if not self._active:
            return EngineState.STOPPED
        if self.connected and (self._recovery is None or self._recovery.done()):
            return EngineState.READY
        return EngineState.RESTARTING

    @property
    def connected(self) -> bool:
        """Return whether a connection to the engine is open."""
        return self._connection is not None and self._connection.alive

    @property
    def hello(self) -> protocol.Hello | None:
        """Return what the engine said when the current connection opened."""
        return self._connection.hello if self._connection else None

    @property
    def loaded(self) -> dict[str, dict[str, Any]]:
        """Return the arguments of the last successful load of each model kind."""
        return {op: dict(args) for op, args in self._loads.items()}

    @property
    def pid(self) -> int | None:
        """Return the embedded engine's process id, None for a network engine."""
        return self.launcher.pid

    def add_listener(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call `listener` on the event loop when the state or restarts change.

        Return a function that removes the listener.
        """
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, *_: object) -> None:
        for listener in list(self._listeners):
            listener()

    async def start(self) -> None:
        """Reach the engine and check that it answers; raises EngineUnavailableError."""
        self._active = True
        try:
            await self.request("ping", {}, timeout=PING_TIMEOUT)
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """Close the connection, stop an embedded engine, fail waiting requests."""
        self._active = False
        if (recovery := self._recovery) is not None:
            self._recovery = None
            recovery.cancel()
            await asyncio.wait([recovery])
        if (connection := self._connection) is not None:
            self._connection = None
            await connection.close(EngineError("The engine was stopped"))
        await self.launcher.stop()

    async def request(
        self,
        op: str,
        payload: dict[str, Any],
        *,
        timeout: float,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Send a request and return its result.

        Inference requests wait for each other; `timeout` runs from the moment the
        engine takes the request, not while it waits behind earlier ones.
        """
        if op in DOWNLOAD_OPS:
            async with self._lock:
                connection = await self._ready()
            return await self._call(connection, op, payload, timeout, progress)
        if self._queued >= self._max_pending:
            raise EngineBusyError(f"The engine has {self._queued} requests queued")
        self._queued += 1
        try:
            async with self._lock:
                connection = await self._ready(loading=op)
                return await self._call(connection, op, payload, timeout, progress)
        finally:
            self._queued -= 1

    async def _ready(self, *, loading: str | None = None) -> Connection:
        """Return a connection to an engine that holds the remembered models (lock held).

        The model kind that the `loading` op is about to replace is not replayed.
        """
        if not self._active:
            raise EngineError("The engine client is stopped")
        connection = self._connection
        if connection is None or not connection.alive:
            if connection is not None:
                await connection.close(EngineCrashedError("The engine went away"))
            connection = await self._connect()
        for op, args in list(self._loads.items()):
            if op != loading and connection.loads.get(op) != args:
                _LOGGER.debug("Loading %s again in the %s engine", op, self._name)
                await self._call(connection, op, args, LOAD_TIMEOUT)
        return connection

    async def _connect(self) -> Connection:
        host, port, token = await self.launcher.address()
        connection = await Connection.open(host, port, token, self._on_lost)
        if not self._active:  # stopped while connecting
            await connection.close(EngineError("The engine client was stopped"))
            raise EngineError("The engine client was stopped")
        self._connection = connection
        self._connects += 1
        if self._connects > 1:
            self._restart_times.append(time.monotonic())
            self._notify()
        _LOGGER.debug(
            "Connected to the %s engine (%s, pid %s)",
            self._name,
            self.launcher.describe(),
            connection.hello.pid,
        )
        return connection

    async def _call(
        self,
        connection: Connection,
        op: str,
        payload: dict[str, Any],
        timeout: float,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Send one request and return the result of its response."""
        self._next_id += 1
        try:
            response = await connection.request(
                self._next_id, op, payload, timeout, progress
            )
        except TimeoutError:
            _LOGGER.warning(
                "The %s engine took over %s s for %s", self._name, timeout, op
            )
            await self._discard(connection)
            raise EngineTimeoutError(f"No answer to {op} within {timeout} s") from None
        except EngineCrashedError:
            self.launcher.kill()
            self._schedule_recovery()
            raise
        ok = response.get("ok") is True
        if op in LOAD_OPS:
            connection.loads.pop(op, None)
            if ok:
                connection.loads[op] = self._loads[op] = payload
        if not ok:
            error = response.get("error") or {}
            raise EngineRequestError(
                str(error.get("type", "Error")),
                str(error.get("message", "")),
                reason=error.get("reason"),
                model=str(error.get("model", "")),
                detail=str(error.get("detail", "")),
            )
        if not isinstance(result := response.get("result"), dict):
            raise EngineError(f"The engine answered {op} without a result")
        return result

    async def _discard(self, connection: Connection) -> None:
        """Drop an engine that hangs (killed where it is ours); bring it back."""
        self.launcher.kill()
        await connection.close(EngineCrashedError("The engine was restarted"))
        self._schedule_recovery()

    def _on_lost(self) -> None:
        _LOGGER.warning("Lost the %s engine (%s)", self._name, self.launcher.describe())
        self.launcher.kill()  # an embedded engine without its connection cannot be trusted
        self._schedule_recovery()

    def _schedule_recovery(self) -> None:
        """Bring the engine and its models back without waiting for a request."""
        if self._active and (self._recovery is None or self._recovery.done()):
            self._recovery = asyncio.get_running_loop().create_task(
                self._recover(), name=f"{self._name} engine recovery"
            )
            self._recovery.add_done_callback(self._notify)
            self._notify()

    async def _recover(self) -> None:
        """Try again with backoff until the engine answers and holds the models."""
        attempt = 0
        while self._active:
            await asyncio.sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
            attempt += 1
            async with self._lock:
                try:
                    await self._ready()
                except EngineError as err:
                    _LOGGER.warning(
                        "Could not bring the %s engine back (attempt %s): %s",
                        self._name,
                        attempt,
                        err,
                    )
                    continue
            return
