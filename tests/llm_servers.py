"""llama-cpp-python's OpenAI-compatible server with the default model, as users run llama-server.

python -m llama_cpp.server --model <gguf> --n_ctx 4096 --port <port> --api_key <key>
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
import subprocess
import sys
import time
import urllib.error
import urllib.request

from .engines import free_port, terminate

START_TIMEOUT = 120.0
API_KEY = "test-server-key"


@dataclass(frozen=True, slots=True)
class LlmServerProcess:
    """A running completion server: its base URL, API key and process."""

    url: str
    api_key: str
    process: subprocess.Popen[bytes]


def _ready(url: str) -> bool:
    request = urllib.request.Request(
        f"{url}/v1/models", headers={"Authorization": f"Bearer {API_KEY}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
            return bool(response.status == 200)
    except urllib.error.URLError, OSError:
        return False


@contextmanager
def llm_server(model: Path, log: Path, threads: int = 2) -> Iterator[LlmServerProcess]:
    """Run the server for the duration of the block."""
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model),
        "--n_ctx", "4096", "--n_threads", str(threads), "--host", "127.0.0.1",
        "--port", str(port), "--api_key", API_KEY,
    ]  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603
            command, stdin=subprocess.DEVNULL, stdout=out, stderr=out
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _ready(url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the completion server did not start: {log}")
            time.sleep(0.2)
        yield LlmServerProcess(url, API_KEY, process)
    finally:
        terminate(process)
