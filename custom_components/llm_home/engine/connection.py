"""One authenticated connection to an engine: requests by id, progress, loss detection."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import contextlib
import logging
from typing import Any, Final

from . import protocol
from .errors import (
    EngineAuthError,
    EngineCrashedError,
    EngineError,
    EngineUnavailableError,
    EngineVersionError,
)
from .tokens import fingerprint

_LOGGER = logging.getLogger(__name__)

CONNECT_TIMEOUT: Final = 10.0

Progress = Callable[[float], None]


class Connection:
    """A connection that passed the handshake, and the requests waiting on it."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        hello: protocol.Hello,
        on_lost: Callable[[], None],
    ) -> None:
        """Start reading responses; call `on_lost` if the engine goes away."""
        self.hello = hello
        # The load payloads the engine holds, by op (what it said in its hello, then
        # what this connection loaded).
        self.loads: dict[str, dict[str, Any]] = dict(hello.loaded)
        self._reader = reader
        self._writer = writer
        self._on_lost = on_lost
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._progress: dict[int, Progress] = {}
        self._closing = False
        self._task = asyncio.get_running_loop().create_task(
            self._read(), name="llm_home engine connection"
        )

    @classmethod
    async def open(
        cls, host: str, port: int, token: str, on_lost: Callable[[], None]
    ) -> Connection:
        """Connect and shake hands; raise EngineUnavailableError (or a subclass)."""
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                reader, writer = await asyncio.open_connection(
                    host, port, limit=protocol.MAX_FRAME
                )
        except (OSError, TimeoutError) as err:
            raise EngineUnavailableError(
                f"Cannot connect to the engine at {host}:{port}: {err or 'timed out'}"
            ) from err
        try:
            hello = await cls._handshake(reader, writer, token)
        except BaseException:
            writer.close()
            raise
        return cls(reader, writer, hello, on_lost)

    @staticmethod
    async def _handshake(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, token: str
    ) -> protocol.Hello:
        payload = {"protocol": protocol.PROTOCOL_VERSION, "token": token}
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                writer.write(
                    protocol.encode({"id": 0, "op": protocol.HELLO, "payload": payload})
                )
                await writer.drain()
                response = await protocol.read_frame(reader)
        except (OSError, TimeoutError, protocol.ProtocolError) as err:
            raise EngineUnavailableError(
                f"The engine did not answer the handshake: {err or 'timed out'}"
            ) from err
        if response is None:
            raise EngineUnavailableError("The engine closed the connection")
        if response.get("ok") is not True:
            error = response.get("error") or {}
            message = str(error.get("message", "refused"))
            match error.get("type"):
                case "AuthError":
                    # The fingerprint, compared with the one in the engine's log,
                    # tells a mistyped token from another cause, without showing it.
                    raise EngineAuthError(
                        f"The engine refused the token with fingerprint "
                        f"{fingerprint(token)}: {message}"
                    )
                case "VersionError":
                    raise EngineVersionError(
                        f"The engine's version does not match: {message}"
                    )
            raise EngineUnavailableError(
                f"The engine refused the connection: {message}"
            )
        try:
            return protocol.Hello(**response["result"])
        except (KeyError, TypeError) as err:
            raise EngineVersionError(f"Unexpected handshake answer: {err}") from err

    @property
    def alive(self) -> bool:
        """Return whether the connection is open and reading."""
        return not self._closing and not self._task.done()

    async def request(
        self,
        request_id: int,
        op: str,
        payload: dict[str, Any],
        timeout: float,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Send a request and return its response; raises TimeoutError or EngineError.

        A request cancelled by its caller (a closed flow) is cancelled in the engine too.
        """
        try:
            frame = protocol.encode({"id": request_id, "op": op, "payload": payload})
        except protocol.ProtocolError as err:
            raise EngineError(f"Cannot send the {op} request: {err}") from err
        if not self.alive:
            raise EngineCrashedError("The connection to the engine is closed")
        future: asyncio.Future[dict[str, Any]] = (
            asyncio.get_running_loop().create_future()
        )
        self._pending[request_id] = future
        if progress is not None:
            self._progress[request_id] = progress
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(frame)
                await self._writer.drain()
                return await future
        except ConnectionError as err:
            raise EngineCrashedError(
                f"The engine dropped the connection: {err}"
            ) from err
        except asyncio.CancelledError:
            self._send_cancel(request_id)
            raise
        finally:
            self._pending.pop(request_id, None)
            self._progress.pop(request_id, None)

    def _send_cancel(self, request_id: int) -> None:
        if self.alive:
            with contextlib.suppress(ConnectionError, protocol.ProtocolError):
                self._writer.write(
                    protocol.encode(
                        {
                            "id": -request_id,
                            "op": "cancel",
                            "payload": {"id": request_id},
                        }
                    )
                )

    async def close(self, error: EngineError) -> None:
        """Close the connection and fail the requests still waiting."""
        self._closing = True
        self._writer.close()
        with contextlib.suppress(ConnectionError):
            await self._writer.wait_closed()
        if not self._task.done():
            self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._fail(error)

    def _fail(self, error: EngineError) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(error)
        self._pending.clear()

    async def _read(self) -> None:
        """Hand responses and progress to their requests; report a lost engine."""
        try:
            while (message := await protocol.read_frame(self._reader)) is not None:
                request_id = message.get("id")
                if not isinstance(request_id, int):
                    continue
                if "progress" in message:
                    if (report := self._progress.get(request_id)) is not None:
                        report(float(message["progress"]))
                elif (future := self._pending.get(request_id)) and not future.done():
                    future.set_result(message)
        except (ConnectionError, protocol.ProtocolError) as err:
            if not self._closing:
                _LOGGER.warning("The connection to the engine broke: %s", err)
        if self._closing:
            return
        self._closing = True
        self._writer.close()
        self._fail(EngineCrashedError("The engine went away while serving the request"))
        self._on_lost()
