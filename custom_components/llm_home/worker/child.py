"""One inference worker process: its pipes, its output readers, its pending requests."""

from __future__ import annotations

import asyncio
from asyncio.subprocess import Process
from collections.abc import Callable
import contextlib
import logging
from typing import Any, Final

from . import protocol
from .errors import WorkerCrashedError, WorkerError

_LOGGER = logging.getLogger(__name__)

STOP_GRACE: Final = 2.0
ERROR_WORDS: Final = ("error", "exception", "traceback", "fatal", "abort")


class Child:
    """One worker process, the tasks that read its output, its unanswered requests."""

    def __init__(self, proc: Process, name: str, on_crash: Callable[[], None]) -> None:
        """Start reading the process's stdout and stderr."""
        self.proc = proc
        self.name = name
        self.pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.loads: dict[str, dict[str, Any]] = {}  # the load op arguments it holds
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
            kill(self.proc)
        try:
            async with asyncio.timeout(STOP_GRACE):
                await self.proc.wait()
        except TimeoutError:
            kill(self.proc)
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
        kill(self.proc)
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


def kill(proc: Process) -> None:
    """Kill a process unless it has already gone."""
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
