"""The engine's command line: serve the engine on a TCP port.

    python -m llm_home_engine --host 0.0.0.0 --port 10600 --token-file /data/token --data-dir /data

A token is required on any address but loopback; one of fewer than 16 characters is
refused. The log names the token by its fingerprint and says where it is kept, never
the token itself. With ``--embedded`` (how the
integration starts its child) the token comes from the environment, the port chosen
by the system is announced on stdout as ``LISTENING <port>``, and the engine exits
when its stdin closes, so it never outlives the Home Assistant that started it.
Otherwise an engine that listens beyond loopback announces itself with zeroconf
(announce.py) unless ``--no-announce``.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
import contextlib
import logging
import os
from pathlib import Path
import signal
import sys
import threading
from typing import IO, Final

from . import ops, protocol
from .announce import Announcement, is_loopback
from .server import EngineServer
from .store import ModelStore
from .tokens import TokenTooShortError, check_token, fingerprint

_LOGGER = logging.getLogger(__name__)

DEFAULT_PORT: Final = 10600
TOKEN_ENV: Final = "LLM_HOME_ENGINE_TOKEN"
LISTENING: Final = "LISTENING"


class ConfigError(Exception):
    """The engine cannot start with the given options."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Return the parsed command line."""
    parser = argparse.ArgumentParser(
        prog="llm_home_engine",
        description="llm_home's engine: llama.cpp, faster-whisper and Piper on a TCP port.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="TCP port (0: any)"
    )
    parser.add_argument("--token-file", type=Path, help="file holding the shared token")
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="where models are kept (models/)"
    )
    parser.add_argument("--threads", type=int, default=0, help="CPU threads (0: all)")
    parser.add_argument("--log-level", default="info", help="debug, info, warning")
    parser.add_argument(
        "--announce",
        action="store_true",
        default=None,
        help="announce the engine with zeroconf, on loopback too (default: when it "
        "listens beyond loopback and python-zeroconf is installed)",
    )
    parser.add_argument(
        "--no-announce",
        dest="announce",
        action="store_false",
        help="never announce the engine with zeroconf",
    )
    parser.add_argument(
        "--embedded",
        action="store_true",
        help=f"child of Home Assistant: token from ${TOKEN_ENV}, port on stdout, "
        "exit with stdin",
    )
    return parser.parse_args(argv)


def read_token(args: argparse.Namespace) -> str | None:
    """Return the token the clients must send, or None where none is needed."""
    token: str | None = None
    if args.token_file is not None:
        try:
            token = args.token_file.read_text(encoding="utf-8").strip()
        except OSError as err:
            raise ConfigError(f"cannot read the token file: {err}") from err
        if not token:
            raise ConfigError(f"the token file {args.token_file} is empty")
    elif args.embedded:
        token = os.environ.pop(TOKEN_ENV, None) or None
    if token is None and not is_loopback(args.host):
        raise ConfigError(
            f"a token is required to listen on {args.host}: use --token-file"
        )
    if token is not None:
        try:
            check_token(token)
        except TokenTooShortError as err:
            raise ConfigError(
                f"{err}: put a longer one in {_token_source(args)}"
            ) from err
    return token


def _token_source(args: argparse.Namespace) -> str:
    """Return where the engine's token is kept, for the log (never the token)."""
    if args.token_file is not None:
        return str(args.token_file)
    return f"${TOKEN_ENV} of the process that started the engine"


def _announce_stream() -> IO[str]:
    """Return a private copy of stdout; native libraries' prints go to stderr."""
    stream = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return stream


def _watch_stdin(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Set `stop` when stdin reaches its end (the parent process is gone)."""

    def wait() -> None:
        with contextlib.suppress(OSError, ValueError):
            sys.stdin.buffer.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait, name="stdin", daemon=True).start()


async def serve(args: argparse.Namespace, token: str | None) -> None:
    """Listen until stopped by a signal or, embedded, by the end of stdin."""
    announce = _announce_stream() if args.embedded else None
    engine = ops.Engine(
        store=ModelStore(args.data_dir / "models"), threads=args.threads
    )
    server = EngineServer(engine, token)
    listener = await asyncio.start_server(
        server.handle, args.host, args.port, limit=protocol.MAX_FRAME
    )
    port = listener.sockets[0].getsockname()[1]
    _LOGGER.info(
        "Engine %s (pid %s) listening on %s:%s, models in %s",
        protocol.ENGINE_VERSION,
        os.getpid(),
        args.host,
        port,
        args.data_dir,
    )
    if token is None:
        _LOGGER.info("Clients need no token: the engine listens on loopback only")
    else:
        _LOGGER.info(
            "Clients must send the token kept in %s (fingerprint %s)",
            _token_source(args),
            fingerprint(token),
        )
    announcement = None
    if args.announce is not False and not args.embedded:
        announcement = await Announcement.start(
            args.host, port, force=bool(args.announce)
        )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if announce is not None:
        announce.write(f"{LISTENING} {port}\n")
        announce.flush()
        _watch_stdin(loop, stop)
    async with listener:
        await stop.wait()
    _LOGGER.info("Engine stopping")
    if announcement is not None:
        await announcement.close()
    await loop.run_in_executor(None, server.close)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the engine; return the exit status."""
    args = parse_args(argv)
    logging.basicConfig(
        stream=sys.stderr,
        level=args.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        token = read_token(args)
    except ConfigError as err:
        _LOGGER.error("%s", err)
        return 2
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args, token))
    return 0
