"""Network engines run from a built image (scripts/build_engine_image), with podman.

With LLM_HOME_TEST_ENGINE_IMAGE set to an image (local/llm-home-engine:dev, the container,
or local/llm-home-engine-app:dev, the app), the tests' network engine is that image on a
port of 127.0.0.1, started with the app's engine command (run.sh's, whose bashio needs the
Supervisor) and the session's engine folder as /data: the models are not downloaded again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import os
from pathlib import Path
import secrets
import subprocess

from .engines import NetworkEngine, free_port, terminate, wait_listening

IMAGE_ENV = "LLM_HOME_TEST_ENGINE_IMAGE"
# runc, cgroupfs and low ulimits: what podman needs on the development machine.
PODMAN = ["podman", "--runtime", "runc", "--cgroup-manager=cgroupfs"]
ENGINE_PORT = 10600
# The engine is PID 1 of its container.
CONTAINER_PID = 1


def engine_image() -> str | None:
    """Return the image the tests' network engine runs from, or None: a process here."""
    return os.environ.get(IMAGE_ENV) or None


@contextmanager
def image_engine(
    image: str, workdir: Path, data_dir: Path, token: str
) -> Iterator[NetworkEngine]:
    """Run the engine in a container of `image` for the duration of the block."""
    workdir.mkdir(parents=True, exist_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "token").write_text(token)
    port = free_port()
    name = f"llm-home-test-{secrets.token_hex(4)}"
    command = [
        *PODMAN, "run", "--rm", "--name", name,
        "--ulimit", "nofile=1000:1000", "--ulimit", "nproc=1000:1000",
        "-p", f"127.0.0.1:{port}:{ENGINE_PORT}", "-v", f"{data_dir}:/data",
        "--entrypoint", "python3", image, "-m", "llm_home_engine",
        "--host", "0.0.0.0", "--port", str(ENGINE_PORT),
        "--token-file", "/data/token", "--data-dir", "/data", "--no-announce",
    ]  # fmt: skip
    log = workdir / "engine.log"
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: S603
            command, stdin=subprocess.DEVNULL, stdout=out, stderr=out
        )
    try:
        wait_listening(port, process)
        yield NetworkEngine("127.0.0.1", port, token, process, log, CONTAINER_PID)
    finally:
        terminate(process)
        subprocess.run([*PODMAN, "rm", "-f", name], check=False, capture_output=True)  # noqa: S603
