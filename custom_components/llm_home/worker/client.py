"""Asyncio client for the inference worker process.

Requests are served one at a time. A worker that crashes or times out is killed and
restarted in the background, and the last models loaded with `load_llm`, `load_stt`
and `load_tts` are loaded again before the next request, so a crash costs one
request, not the models.
"""

from __future__ import annotations

import asyncio
from asyncio.subprocess import PIPE
import base64
import binascii
from collections import deque
from collections.abc import Callable
from enum import StrEnum
import logging
from pathlib import Path
import sys
import time
from typing import Any, Final

from . import protocol
from .child import Child
from .errors import (
    WorkerBusyError,
    WorkerCrashedError,
    WorkerError,
    WorkerRequestError,
    WorkerTimeoutError,
)
from .protocol import (
    CompletionResult,
    LoadResult,
    SpeechAudio,
    SttLoadResult,
    TranscribeResult,
    TtsLoadResult,
)

_LOGGER = logging.getLogger(__name__)

SERVER_PATH: Final = Path(__file__).with_name("server.py")
LOAD_TIMEOUT: Final = 120.0
PING_TIMEOUT: Final = 30.0
SPEECH_TIMEOUT: Final = 60.0
# Ops that load a model; the last successful one of each is replayed after a restart.
LOAD_OPS: Final = frozenset({"load_llm", "load_stt", "load_tts"})
# How many restart times are kept for `recent_restarts`.
RESTART_HISTORY: Final = 16


class WorkerState(StrEnum):
    """What the worker is doing, as far as its users can tell."""

    READY = "ready"
    RESTARTING = "restarting"
    STOPPED = "stopped"


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
        self._child: Child | None = None
        self._recovery: asyncio.Task[None] | None = None
        self._active = False
        self._queued = 0
        self._next_id = 0
        self._restarts = 0
        self._restart_times: deque[float] = deque(maxlen=RESTART_HISTORY)
        self._loads: dict[str, dict[str, Any]] = {}
        self._listeners: list[Callable[[], None]] = []

    @property
    def restarts(self) -> int:
        """Return how many times the worker was restarted after a crash or timeout."""
        return self._restarts

    def recent_restarts(self, window: float) -> int:
        """Return how many restarts happened in the last `window` seconds."""
        since = time.monotonic() - window
        return sum(1 for when in self._restart_times if when >= since)

    @property
    def state(self) -> WorkerState:
        """Return whether the worker is ready, coming back after a crash, or stopped."""
        if not self._active:
            return WorkerState.STOPPED
        if self.running and (self._recovery is None or self._recovery.done()):
            return WorkerState.READY
        return WorkerState.RESTARTING

    @property
    def loaded(self) -> dict[str, dict[str, Any]]:
        """Return the arguments of the last successful load of each model kind."""
        return {op: dict(args) for op, args in self._loads.items()}

    def add_listener(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call `listener` on the event loop when the state or restarts change.

        Return a function that removes the listener.
        """
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, *_: object) -> None:
        for listener in list(self._listeners):
            listener()

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
                child = await self._ready(loading=op)
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

    async def load_stt(
        self,
        path: str | Path,
        *,
        compute_type: str = "int8",
        beam_size: int = 5,
        n_threads: int = 0,
        timeout: float = LOAD_TIMEOUT,
    ) -> SttLoadResult:
        """Load a CTranslate2 Whisper model; it is replayed after a restart."""
        args = {
            "path": str(path),
            "compute_type": compute_type,
            "beam_size": beam_size,
            "n_threads": n_threads,
        }
        result = await self.request("load_stt", args, timeout=timeout)
        return _parse(SttLoadResult, result)

    async def transcribe(
        self,
        pcm: bytes,
        *,
        language: str | None = None,
        initial_prompt: str | None = None,
        hotwords: str | None = None,
        vad: bool = True,
        timeout: float = SPEECH_TIMEOUT,
    ) -> TranscribeResult:
        """Transcribe 16 kHz mono 16-bit little-endian PCM."""
        payload = {
            "pcm_b64": base64.b64encode(pcm).decode("ascii"),
            "language": language,
            "initial_prompt": initial_prompt,
            "hotwords": hotwords,
            "vad": vad,
        }
        result = await self.request("transcribe", payload, timeout=timeout)
        return _parse(TranscribeResult, result)

    async def load_tts(
        self, path: str | Path, *, timeout: float = LOAD_TIMEOUT
    ) -> TtsLoadResult:
        """Load a Piper voice; it is replayed after a restart."""
        result = await self.request("load_tts", {"path": str(path)}, timeout=timeout)
        return _parse(TtsLoadResult, result)

    async def synthesize(
        self,
        text: str,
        *,
        length_scale: float | None = None,
        timeout: float = SPEECH_TIMEOUT,
    ) -> SpeechAudio:
        """Speak a text with the loaded voice; returns all of it as 16-bit PCM."""
        payload = {"text": text, "length_scale": length_scale}
        result = await self.request("synthesize", payload, timeout=timeout)
        try:
            pcm = base64.b64decode(result.pop("pcm_b64"), validate=True)
        except (KeyError, TypeError, binascii.Error) as err:
            raise WorkerError(f"Unexpected worker result: {err}") from err
        return _parse(SpeechAudio, {"pcm": pcm, **result})

    async def _ready(self, *, loading: str | None = None) -> Child:
        """Return a live worker that holds the remembered models (lock held).

        The model kind that the `loading` op is about to replace is not replayed.
        """
        if not self._active:
            raise WorkerError("The worker is not running")
        child = self._child
        if child is None or not child.alive:
            if child is not None:
                await child.close(WorkerCrashedError("The worker exited"))
            child = await self._spawn()
        for op, args in list(self._loads.items()):
            if op != loading and child.loads.get(op) != args:
                _LOGGER.debug("Replaying %s in %s worker", op, self._name)
                await self._call(child, op, args, LOAD_TIMEOUT)
        return child

    async def _spawn(self) -> Child:
        """Start a worker process."""
        try:
            proc = await asyncio.create_subprocess_exec(
                *self._command, stdin=PIPE, stdout=PIPE, stderr=PIPE
            )
        except OSError as err:
            raise WorkerError(f"Cannot start the worker: {err}") from err
        child = Child(proc, self._name, self._schedule_recovery)
        if not self._active:  # stopped while the process was starting
            await child.close(WorkerError("The worker was stopped"))
            raise WorkerError("The worker was stopped")
        restarted = self._child is not None
        if restarted:
            self._restarts += 1
            self._restart_times.append(time.monotonic())
        self._child = child
        if restarted:
            self._notify()
        _LOGGER.debug("Started %s worker, pid %s", self._name, proc.pid)
        return child

    async def _call(
        self, child: Child, op: str, payload: dict[str, Any], timeout: float
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
        if op in LOAD_OPS:
            child.loads.pop(op, None)
            if ok:
                child.loads[op] = self._loads[op] = payload
        if not ok:
            error = response.get("error") or {}
            raise WorkerRequestError(
                str(error.get("type", "Error")), str(error.get("message", ""))
            )
        if not isinstance(result := response.get("result"), dict):
            raise WorkerError(f"The worker answered {op} without a result")
        return result

    async def _discard(self, child: Child) -> None:
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
            self._recovery.add_done_callback(self._notify)
            self._notify()

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
