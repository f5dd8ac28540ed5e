"""Asyncio client for the inference worker process.

Requests are served one at a time. A worker that crashes or times out is killed and
restarted in the background, and the last model loaded with `load_llm` is loaded
again before the next request, so a crash costs one request, not the model.
"""

from __future__ import annotations

import asyncio
from asyncio.subprocess import PIPE, Process
from collections.abc import Callable
import contextlib
import logging
from pathlib import Path
import sys
from typing import Any, Final

from homeassistant.exceptions import HomeAssistantError

from . import protocol
from .protocol import CompletionResult, LoadResult

_LOGGER = logging.getLogger(__name__)

SERVER_PATH: Final = Path(__file__).with_name("server.py")
LOAD_TIMEOUT: Final = 120.0
PING_TIMEOUT: Final = 30.0
STOP_GRACE: Final = 2.0
ERROR_WORDS: Final = ("error", "exception", "traceback", "fatal", "abort")


class WorkerError(HomeAssistantError):
    """The inference worker failed to serve a request."""


class WorkerBusyError(WorkerError):
    """Too many requests are waiting for the worker."""


class WorkerTimeoutError(WorkerError):
    """The worker did not answer in time; it was restarted."""


class WorkerCrashedError(WorkerError):
    """The worker process died while serving the request; it was restarted."""


class WorkerRequestError(WorkerError):
    """The worker refused or failed the request and kept running."""

    def __init__(self, error_type: str, message: str) -> None:
        """Keep the worker's error type (an exception class name) and message."""
        super().__init__(f"{error_type}: {message}")
        self.error_type = error_type
        self.message = message


class _Child:
    """One worker process, the tasks that read its output, its unanswered requests."""

    def __init__(self, proc: Process, name: str, on_crash: Callable[[], None]) -> None:
        """Start reading the process's stdout and stderr."""
        self.proc = proc
        self.name = name
        self.pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.llm: dict[str, Any] | None = None  # the load_llm arguments it holds
        self.closing = False
        self._on_crash = on_crash
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._read_responses(), name=f"{name} worker stdout"),
            loop.create_task(self._read_stderr(), name=f"{name} worker stderr"),
        ]

    @property
    def alive(self) -> bool:
        """Return whether the process runs and is not being closed."""
        return self.proc.returncode is None and not self.closing

    async def send(self, request_id: int, frame: bytes, timeout: float) -> Any:
        """Send a framed request and wait for the response with its id."""
        assert self.proc.stdin is not None
        future = asyncio.get_running_loop().create_future()
        self.pending[request_id] = future
        try:
            async with asyncio.timeout(timeout):
                self.proc.stdin.write(frame)
                await self.proc.stdin.drain()
                return await future
        finally:
            self.pending.pop(request_id, None)

    async def close(self, error: WorkerError) -> None:
        """End the process (gracefully when idle), its readers and its requests."""
        self.closing = True
        if self.proc.stdin is not None:
            self.proc.stdin.close()  # the worker exits when its stdin ends
        if self.pending:  # busy: it would not see the end of stdin in time
            _kill(self.proc)
        try:
            async with asyncio.timeout(STOP_GRACE):
                await self.proc.wait()
        except TimeoutError:
            _kill(self.proc)
            await self.proc.wait()
        for task in self._tasks:
            task.cancel()
        await asyncio.wait(self._tasks)
        self._fail(error)

    def _fail(self, error: WorkerError) -> None:
        """Fail every request still waiting for a response."""
        for future in self.pending.values():
            if not future.done():
                future.set_exception(error)
        self.pending.clear()

    async def _read_responses(self) -> None:
        """Hand responses to their requests; report the process's unexpected end."""
        assert self.proc.stdout is not None
        stdout = self.proc.stdout
        try:
            while True:
                header = await stdout.readexactly(protocol.HEADER.size)
                body = await stdout.readexactly(protocol.decode_header(header))
                message = protocol.decode_body(body)
                request_id = message.get("id")
                if isinstance(request_id, int) and (
                    future := self.pending.pop(request_id, None)
                ):
                    future.set_result(message)
        except asyncio.IncompleteReadError:
            pass
        except protocol.ProtocolError as err:
            _LOGGER.error("%s worker sent a broken frame: %s", self.name, err)
        if self.closing:
            return
        self.closing = True
        _kill(self.proc)
        code = await self.proc.wait()
        _LOGGER.warning("%s worker exited unexpectedly (code %s)", self.name, code)
        self._fail(WorkerCrashedError(f"The worker exited unexpectedly (code {code})"))
        self._on_crash()

    async def _read_stderr(self) -> None:
        """Forward the worker's stderr lines to the log."""
        assert self.proc.stderr is not None
        stderr = self.proc.stderr
        while True:
            try:
                raw = await stderr.readline()
            except ValueError:  # an overlong line, which readline dropped
                continue
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip()
            if any(word in line.lower() for word in ERROR_WORDS):
                _LOGGER.warning("%s worker: %s", self.name, line)
            else:
                _LOGGER.debug("%s worker: %s", self.name, line)


class WorkerClient:
    """Run the inference worker process and send it requests from the event loop."""

    def __init__(
        self,
        *,
        python: str = sys.executable,
        max_pending: int = 4,
        name: str = "llm_home",
    ) -> None:
        """Configure the interpreter, the bound on queued requests and a log name."""
        self._command = (python, "-u", str(SERVER_PATH))
        self._max_pending = max_pending
        self._name = name
        self._lock = asyncio.Lock()
        self._child: _Child | None = None
        self._recovery: asyncio.Task[None] | None = None
        self._active = False
        self._queued = 0
        self._next_id = 0
        self._restarts = 0
        self._llm_args: dict[str, Any] | None = None

    @property
    def restarts(self) -> int:
        """Return how many times the worker was restarted after a crash or timeout."""
        return self._restarts

    @property
    def pid(self) -> int | None:
        """Return the worker's process id, None when no worker runs."""
        return self._child.proc.pid if self._child and self._child.alive else None

    @property
    def running(self) -> bool:
        """Return whether a worker process is alive."""
        return self._child is not None and self._child.alive

    async def start(self) -> None:
        """Start the worker process and check that it answers."""
        self._active = True
        try:
            await self.request("ping", {}, timeout=PING_TIMEOUT)
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """End the worker process and fail the requests waiting for it; idempotent."""
        self._active = False
        if (recovery := self._recovery) is not None:
            self._recovery = None
            recovery.cancel()
            await asyncio.wait([recovery])
        if (child := self._child) is not None:
            self._child = None
            await child.close(WorkerError("The worker was stopped"))

    async def request(
        self, op: str, payload: dict[str, Any], *, timeout: float
    ) -> dict[str, Any]:
        """Send a request and return its result.

        `timeout` runs from the moment the worker takes the request, not while it
        waits behind earlier ones.
        """
        if self._queued >= self._max_pending:
            raise WorkerBusyError(f"The worker has {self._queued} requests queued")
        self._queued += 1
        try:
            async with self._lock:
                child = await self._ready(replay_llm=op != "load_llm")
                return await self._call(child, op, payload, timeout)
        finally:
            self._queued -= 1

    async def load_llm(
        self,
        path: str | Path,
        n_ctx: int,
        n_threads: int,
        *,
        timeout: float = LOAD_TIMEOUT,
    ) -> LoadResult:
        """Load a language model (a no-op when it is already loaded).

        The last model loaded successfully is loaded again before the next request
        after a restart or a failed load.
        """
        args = {"path": str(path), "n_ctx": n_ctx, "n_threads": n_threads}
        return _parse(LoadResult, await self.request("load_llm", args, timeout=timeout))

    async def complete(
        self,
        prompt: str,
        *,
        grammar: str | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        timeout: float = 60.0,
    ) -> CompletionResult:
        """Complete a prompt, optionally constrained by a GBNF grammar."""
        payload = {
            "prompt": prompt,
            "grammar": grammar,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stop": stop or [],
        }
        result = await self.request("complete", payload, timeout=timeout)
        return _parse(CompletionResult, result)

    async def warmup(self, prompt: str, *, timeout: float = 60.0) -> CompletionResult:
        """Evaluate a prompt prefix into the KV cache so later prompts reuse it."""
        result = await self.request("warmup", {"prompt": prompt}, timeout=timeout)
        return _parse(CompletionResult, result)

    async def _ready(self, *, replay_llm: bool = True) -> _Child:
        """Return a live worker that holds the remembered model (lock held)."""
        if not self._active:
            raise WorkerError("The worker is not running")
        child = self._child
        if child is None or not child.alive:
            if child is not None:
                await child.close(WorkerCrashedError("The worker exited"))
            child = await self._spawn()
        if replay_llm and self._llm_args is not None and child.llm != self._llm_args:
            _LOGGER.debug("Loading the language model into %s worker again", self._name)
            await self._call(child, "load_llm", self._llm_args, LOAD_TIMEOUT)
        return child

    async def _spawn(self) -> _Child:
        """Start a worker process."""
        try:
            proc = await asyncio.create_subprocess_exec(
                *self._command, stdin=PIPE, stdout=PIPE, stderr=PIPE
            )
        except OSError as err:
            raise WorkerError(f"Cannot start the worker: {err}") from err
        child = _Child(proc, self._name, self._schedule_recovery)
        if not self._active:  # stopped while the process was starting
            await child.close(WorkerError("The worker was stopped"))
            raise WorkerError("The worker was stopped")
        if self._child is not None:
            self._restarts += 1
        self._child = child
        _LOGGER.debug("Started %s worker, pid %s", self._name, proc.pid)
        return child

    async def _call(
        self, child: _Child, op: str, payload: dict[str, Any], timeout: float
    ) -> dict[str, Any]:
        """Send one request to a worker and return the result of its response."""
        self._next_id += 1
        try:
            frame = protocol.encode({"id": self._next_id, "op": op, "payload": payload})
        except protocol.ProtocolError as err:
            raise WorkerError(f"Cannot send the {op} request: {err}") from err
        try:
            response = await child.send(self._next_id, frame, timeout)
        except TimeoutError:
            _LOGGER.warning("%s worker took over %s s for %s", self._name, timeout, op)
            await self._discard(child)
            raise WorkerTimeoutError(f"No answer to {op} within {timeout} s") from None
        except ConnectionError as err:
            await self._discard(child)
            raise WorkerCrashedError(f"The worker died before taking {op}") from err
        ok = response.get("ok") is True
        if op == "load_llm":
            child.llm = payload if ok else None
            if ok:
                self._llm_args = payload
        if not ok:
            error = response.get("error") or {}
            raise WorkerRequestError(
                str(error.get("type", "Error")), str(error.get("message", ""))
            )
        if not isinstance(result := response.get("result"), dict):
            raise WorkerError(f"The worker answered {op} without a result")
        return result

    async def _discard(self, child: _Child) -> None:
        """Kill a worker that cannot be trusted any more; restart it in the background."""
        if not child.closing:
            await child.close(WorkerCrashedError("The worker was restarted"))
            self._schedule_recovery()

    def _schedule_recovery(self) -> None:
        """Restart the worker and reload its model without waiting for a request."""
        if self._active and (self._recovery is None or self._recovery.done()):
            self._recovery = asyncio.get_running_loop().create_task(
                self._recover(), name=f"{self._name} worker recovery"
            )

    async def _recover(self) -> None:
        """Bring the worker and its model back."""
        async with self._lock:
            try:
                await self._ready()
            except WorkerError as err:
                _LOGGER.warning("Could not restart %s worker: %s", self._name, err)


def _parse[T](cls: Callable[..., T], result: dict[str, Any]) -> T:
    """Build a result dataclass from a worker result."""
    try:
        return cls(**result)
    except TypeError as err:
        raise WorkerError(f"Unexpected worker result: {err}") from err


def _kill(proc: Process) -> None:
    """Kill a process unless it has already gone."""
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
