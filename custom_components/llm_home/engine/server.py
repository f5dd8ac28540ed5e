"""The engine's network server: the handshake, one task per connection, bounded work.

Every connection must open with the ``hello`` op inside `HELLO_TIMEOUT`, in a frame
of at most `protocol.MAX_HELLO_FRAME` bytes, with the protocol version and (where
the engine has one) the shared token, compared in constant time. Connections still
in their handshake are capped, and a wrong token's answer is held back longer each
time from the same address (see gate.py); the refusal says how long in ``delay``.
After that its
requests run on two threads shared by all connections: one for inference (models
are not thread-safe, so requests there run one at a time, in arrival order) and one
for the model store (a download does not hold up a voice command). A connection
that breaks the protocol is closed and logged; the requests of other connections
and the models are untouched. The ``cancel`` op stops a running download of the
same connection; a connection that closes cancels its own downloads.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
import contextlib
from dataclasses import asdict
import hmac
import logging
import os
import threading
from typing import Any, Final

import llama_cpp

from . import ops, protocol
from .gate import Gate

_LOGGER = logging.getLogger(__name__)

HELLO_TIMEOUT: Final = 10.0
WRITE_TIMEOUT: Final = 30.0
# Requests a connection may have in flight; more are refused as busy.
MAX_IN_FLIGHT: Final = 8
# Progress frames are sent when the fraction moved this much.
PROGRESS_STEP: Final = 0.005


class HandshakeError(Exception):
    """The client's hello was refused; the type name tells the client why."""


class AuthError(HandshakeError):
    """The token is missing or wrong."""


class VersionError(HandshakeError):
    """The client speaks another protocol version."""


class BusyError(Exception):
    """The connection has too many requests in flight."""


class EngineServer:
    """Serve the engine's ops to authenticated connections."""

    def __init__(self, engine: ops.Engine, token: str | None) -> None:
        """Serve `engine`; require `token` in every hello unless it is None."""
        self._engine = engine
        self._token = token
        self.gate = Gate()
        self._inference = ThreadPoolExecutor(1, thread_name_prefix="inference")
        self._models = ThreadPoolExecutor(1, thread_name_prefix="models")

    def close(self) -> None:
        """Stop taking work and free the models once running requests end."""
        self._inference.shutdown(wait=True, cancel_futures=True)
        self._models.shutdown(wait=True, cancel_futures=True)
        self._engine.unload()

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """Serve one connection until it closes or breaks the protocol."""
        peer = writer.get_extra_info("peername")
        host = str(peer[0]) if isinstance(peer, tuple) else str(peer)
        if not self.gate.enter(host):
            writer.close()
            return
        connection = _Connection(writer)
        try:
            try:
                accepted = await self._handshake(reader, connection, host)
            finally:
                self.gate.leave(host)
            if accepted:
                _LOGGER.info("Client %s connected", peer)
                await self._serve(reader, connection)
        except protocol.ProtocolError as err:
            _LOGGER.warning("Closing the connection of %s: %s", peer, err)
        except (TimeoutError, ConnectionError) as err:
            _LOGGER.info("Connection of %s ended: %r", peer, err)
        except Exception:
            _LOGGER.exception("Unexpected error on the connection of %s", peer)
        finally:
            await connection.close()
            _LOGGER.debug("Client %s gone", peer)

    async def _handshake(
        self, reader: asyncio.StreamReader, connection: _Connection, host: str
    ) -> bool:
        """Check the client's hello and answer it; False when it was refused."""
        async with asyncio.timeout(HELLO_TIMEOUT):
            hello = await protocol.read_frame(reader, protocol.MAX_HELLO_FRAME)
        if hello is None:
            return False
        request_id = hello.get("id")
        try:
            self._check_hello(hello)
        except AuthError as err:
            count, delay = self.gate.bad_token(host)
            _LOGGER.warning(
                "Refused a client at %s: %s (%d in a row from there; answering in %.1f s)",
                host,
                err,
                count,
                delay,
            )
            # Held back so that guessing tokens is slow; the client is told how long.
            await asyncio.sleep(delay)
            refusal = ops.error_response(request_id, err)
            refusal["error"]["delay"] = delay
            await connection.send(refusal)
            return False
        except HandshakeError as err:
            _LOGGER.warning("Refused a client at %s: %s", host, err)
            await connection.send(ops.error_response(request_id, err))
            return False
        self.gate.good_token(host)
        result = protocol.Hello(
            protocol=protocol.PROTOCOL_VERSION,
            engine=protocol.ENGINE_VERSION,
            llama_cpp=llama_cpp.__version__,
            pid=os.getpid(),
            loaded=dict(self._engine.loaded),
        )
        await connection.send({"id": request_id, "ok": True, "result": asdict(result)})
        return True

    def _check_hello(self, hello: dict[str, Any]) -> None:
        payload = hello.get("payload")
        if hello.get("op") != protocol.HELLO or not isinstance(payload, dict):
            raise HandshakeError("the first message must be hello")
        if payload.get("protocol") != protocol.PROTOCOL_VERSION:
            raise VersionError(
                f"the engine speaks protocol {protocol.PROTOCOL_VERSION}, "
                f"the client {payload.get('protocol')!r}"
            )
        if self._token is not None:
            token = payload.get("token")
            if not isinstance(token, str) or not hmac.compare_digest(
                token.encode(), self._token.encode()
            ):
                raise AuthError("wrong or missing token")

    async def _serve(
        self, reader: asyncio.StreamReader, connection: _Connection
    ) -> None:
        while (request := await protocol.read_frame(reader)) is not None:
            if not isinstance(request.get("id"), int):
                raise protocol.ProtocolError("a request without an integer id")
            if request.get("op") == "cancel":
                payload = request.get("payload")
                if isinstance(payload, dict):
                    connection.cancel(payload.get("id"))
                continue
            connection.start(self._run(request, connection))

    async def _run(self, request: dict[str, Any], connection: _Connection) -> None:
        """Run one request on its thread and send the response."""
        request_id = request.get("id")
        if len(connection.cancels) >= MAX_IN_FLIGHT:
            busy = BusyError(f"{MAX_IN_FLIGHT} requests are already in flight")
            await connection.send(ops.error_response(request_id, busy))
            return
        loop = asyncio.get_running_loop()
        cancel = threading.Event()
        connection.cancels[request_id] = cancel
        sent = [0.0]

        def progress(fraction: float) -> None:  # called on the executor thread
            if fraction - sent[0] >= PROGRESS_STEP or (fraction >= 1 > sent[0]):
                sent[0] = fraction
                loop.call_soon_threadsafe(
                    connection.start,
                    connection.send({"id": request_id, "progress": fraction}),
                )

        executor = (
            self._models if request.get("op") in ops.STORE_OPS else self._inference
        )
        try:
            response = await loop.run_in_executor(
                executor, ops.respond, self._engine, request, progress, cancel
            )
        finally:
            connection.cancels.pop(request_id, None)
        try:
            frame = protocol.encode(response)
        except protocol.ProtocolError as err:
            frame = protocol.encode(ops.error_response(request_id, err))
        await connection.send_frame(frame)


class _Connection:
    """One client's writer, its running requests and their cancel switches."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer
        self._tasks: set[asyncio.Task[None]] = set()
        self.cancels: dict[Any, threading.Event] = {}

    def start(self, coro: Any) -> None:
        """Run a coroutine of this connection; it ends with the connection."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def cancel(self, request_id: Any) -> None:
        """Ask a running request of this connection to stop (downloads check it)."""
        if (event := self.cancels.get(request_id)) is not None:
            event.set()

    async def send(self, message: dict[str, Any]) -> None:
        """Send a message; a client that stopped reading is dropped."""
        await self.send_frame(protocol.encode(message))

    async def send_frame(self, frame: bytes) -> None:
        """Send an encoded frame, unless the connection is closing."""
        if self._writer.is_closing():
            return
        self._writer.write(frame)
        try:
            async with asyncio.timeout(WRITE_TIMEOUT):
                await self._writer.drain()
        except (TimeoutError, ConnectionError):
            self._writer.close()

    async def close(self) -> None:
        """Cancel this connection's downloads and close it.

        Requests already on an engine thread finish there and their responses are
        dropped; the models stay as they are.
        """
        for event in self.cancels.values():
            event.set()
        self._writer.close()
        with contextlib.suppress(ConnectionError):
            await self._writer.wait_closed()
