"""Network engines for tests, started the way the add-on starts them.

The add-on runs ``python3 -m llm_home_engine --host 0.0.0.0 --port 10600 --token-file
/data/token --data-dir /data`` with the engine directory copied under that name; here
the same command runs on 127.0.0.1 with the directory linked under that name.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
import json
import os
from pathlib import Path
import socket
import struct
import subprocess
import sys
import time
from typing import Any

from custom_components.llm_home.engine import protocol

ENGINE_DIR = Path(__file__).resolve().parents[1] / "custom_components/llm_home/engine"
START_TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class NetworkEngine:
    """A running network engine: where it listens, its token, its process.

    In a container, `process` runs the container and the engine reports its own pid there.
    """

    host: str
    port: int
    token: str
    process: subprocess.Popen[bytes]
    log: Path
    engine_pid: int | None = None

    @property
    def pid(self) -> int:
        """Return the pid the engine reports in its hello."""
        return self.process.pid if self.engine_pid is None else self.engine_pid


async def until(check: Callable[[], bool], timeout: float = 60) -> None:
    """Wait for something an engine does outside Home Assistant's tasks."""
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.1)


def process_exists(pid: int) -> bool:
    """Return whether a process with this id runs."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def engine_command(
    workdir: Path,
    data_dir: Path,
    port: int,
    token_file: Path,
    log_level: str = "info",
    *,
    args: Sequence[str] = (),
) -> tuple[list[str], dict[str, str]]:
    """Return the add-on's command line (with `args` added) and environment."""
    package = workdir / "llm_home_engine"
    if not package.exists():
        package.symlink_to(ENGINE_DIR, target_is_directory=True)
    command = [
        sys.executable,
        "-m",
        "llm_home_engine",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--token-file",
        str(token_file),
        "--data-dir",
        str(data_dir),
        "--log-level",
        log_level,
        *args,
    ]
    return command, {**os.environ, "PYTHONPATH": str(workdir)}


def wait_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    """Wait until the engine accepts connections; fail if it exits first."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the engine exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            time.sleep(0.1)
        else:
            return
    raise RuntimeError("the engine did not start listening")


@contextmanager
def network_engine(
    workdir: Path,
    data_dir: Path,
    token: str,
    *,
    port: int | None = None,
    log_level: str = "info",
    args: Sequence[str] = (),
) -> Iterator[NetworkEngine]:
    """Run a network engine for the duration of the block (on `port`, or a free one)."""
    workdir.mkdir(parents=True, exist_ok=True)
    token_file = workdir / "token"
    token_file.write_text(token)
    port = port or free_port()
    command, env = engine_command(
        workdir, data_dir, port, token_file, log_level, args=args
    )
    log = workdir / "engine.log"
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: S603
            command, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=out
        )
    try:
        wait_listening(port, process)
        yield NetworkEngine("127.0.0.1", port, token, process, log)
    finally:
        terminate(process)


def terminate(process: subprocess.Popen[bytes]) -> None:
    """End a test's server process: politely, then for good."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def connect_from(engine: NetworkEngine, source: str = "127.0.0.1") -> socket.socket:
    """Open a raw connection to the engine from a loopback address of choice; blocking."""
    sock = socket.socket()
    sock.settimeout(15)
    sock.bind((source, 0))
    sock.connect((engine.host, engine.port))
    return sock


def say_hello(sock: socket.socket, token: str) -> tuple[dict[str, Any], float]:
    """Send the handshake with `token`; return the answer and its time (s); blocking."""
    payload = {"protocol": protocol.PROTOCOL_VERSION, "token": token}
    body = json.dumps({"id": 0, "op": "hello", "payload": payload}).encode()
    start = time.monotonic()
    sock.sendall(struct.pack(">I", len(body)) + body)
    (length,) = struct.unpack(">I", sock.recv(4, socket.MSG_WAITALL))
    answer = json.loads(sock.recv(length, socket.MSG_WAITALL))
    return dict(answer), time.monotonic() - start


def closed_by_engine(sock: socket.socket, wait: float = 0.0) -> bool:
    """Return whether the engine closed the connection, waiting up to `wait` s; blocking."""
    sock.settimeout(wait)  # 0: only what has already come
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True
    except TimeoutError, BlockingIOError:
        return False
