"""The embedded engine: a child process of Home Assistant on a loopback port.

The child gets a fresh random token through its environment, announces the port the
system gave it on stdout, and exits when its stdin closes, so it never outlives Home
Assistant. Its stderr is forwarded to the log. A crash in native code kills only
the child; the client starts another.
"""

from __future__ import annotations

import asyncio
from asyncio.subprocess import PIPE, Process
import contextlib
import logging
import os
from pathlib import Path
import secrets
import sys
from typing import Final

from .errors import EngineUnavailableError

_LOGGER = logging.getLogger(__name__)

ENGINE_DIR: Final = Path(__file__).resolve().parent
TOKEN_ENV: Final = "LLM_HOME_ENGINE_TOKEN"
START_TIMEOUT: Final = 60.0
STOP_GRACE: Final = 5.0
ERROR_WORDS: Final = ("error", "exception", "traceback", "fatal", "abort")


class EmbeddedEngine:
    """Start and stop the engine as a child process; say where it listens."""

    def __init__(
        self, data_dir: Path, *, python: str = sys.executable, name: str = "llm_home"
    ) -> None:
        """Keep models under `data_dir`; run the engine with `python`."""
        self._command = (
            python,
            "-u",
            str(ENGINE_DIR),
            "--embedded",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--data-dir",
            str(data_dir),
        )
        self._name = name
        self._proc: Process | None = None
        self._stderr: asyncio.Task[None] | None = None
        self._address: tuple[str, int, str] | None = None

    @property
    def pid(self) -> int | None:
        """Return the child's process id while it runs."""
        return self._proc.pid if self.running and self._proc else None

    @property
    def running(self) -> bool:
        """Return whether the child process is alive."""
        return self._proc is not None and self._proc.returncode is None

    def describe(self) -> str:
        """Return where the engine runs, for logs and diagnostics."""
        return "embedded"

    async def address(self) -> tuple[str, int, str]:
        """Return host, port and token of a running child, starting one if needed."""
        if self.running and self._address is not None:
            return self._address
        await self.stop()
        token = secrets.token_urlsafe(32)
        try:
            self._proc = proc = await asyncio.create_subprocess_exec(
                *self._command,
                stdin=PIPE,
                stdout=PIPE,
                stderr=PIPE,
                env={**os.environ, TOKEN_ENV: token},
            )
        except OSError as err:
            raise EngineUnavailableError(f"Cannot start the engine: {err}") from err
        assert proc.stdout is not None and proc.stderr is not None
        self._stderr = asyncio.get_running_loop().create_task(
            self._forward_stderr(proc.stderr), name=f"{self._name} engine stderr"
        )
        try:
            async with asyncio.timeout(START_TIMEOUT):
                line = await proc.stdout.readline()
            port = _announced_port(line)
        except (TimeoutError, ValueError) as err:
            await self.stop()
            raise EngineUnavailableError(
                "The engine process did not start (see the log)"
            ) from err
        _LOGGER.debug("Started %s engine, pid %s, port %s", self._name, proc.pid, port)
        self._address = ("127.0.0.1", port, token)
        return self._address

    def kill(self) -> None:
        """Kill the child at once (it hangs, or its connection broke); the next address starts another."""
        self._address = None
        if self._proc is not None and self._proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self._proc.kill()

    async def stop(self) -> None:
        """End the child: gracefully (stdin closes), killed after a grace period."""
        proc, self._proc, self._address = self._proc, None, None
        if proc is not None:
            if proc.stdin is not None:
                proc.stdin.close()
            try:
                async with asyncio.timeout(STOP_GRACE):
                    await proc.wait()
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
        if (task := self._stderr) is not None:
            self._stderr = None
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _forward_stderr(self, stderr: asyncio.StreamReader) -> None:
        """Forward the engine's log lines to Home Assistant's log."""
        while True:
            try:
                raw = await stderr.readline()
            except ValueError:  # an overlong line, which readline dropped
                continue
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip()
            if any(word in line.lower() for word in ERROR_WORDS):
                _LOGGER.warning("%s engine: %s", self._name, line)
            else:
                _LOGGER.debug("%s engine: %s", self._name, line)


def _announced_port(line: bytes) -> int:
    """Return the port of the engine's ``LISTENING <port>`` line; ValueError otherwise."""
    word, port = line.decode().split()
    if word != "LISTENING":
        raise ValueError(line)
    return int(port)


class RemoteEngine:
    """An engine on the network (an add-on, a container, another machine)."""

    def __init__(self, host: str, port: int, token: str) -> None:
        """Connect to `host`:`port` with `token`."""
        self._address = (host, port, token)

    pid = None

    def describe(self) -> str:
        """Return where the engine runs (never the token)."""
        return f"{self._address[0]}:{self._address[1]}"

    async def address(self) -> tuple[str, int, str]:
        """Return host, port and token."""
        return self._address

    def kill(self) -> None:
        """Nothing to kill: the connection is dropped instead."""

    async def stop(self) -> None:
        """Nothing to stop."""
