"""Start a built engine image with podman on loopback and check that the engine works.

    .venv/bin/python scripts/check_engine_image.py [--app] [--image NAME:TAG]

The container gets a data folder holding the default catalog models (copied from the
development seed, scripts/seed_models.py: nothing is downloaded), a port on 127.0.0.1 and a
token. The check: a wrong token is refused; the default models load; a completion; a spoken
clip transcribed; a reply spoken; then the container is stopped and started again and the
token and models are still there. It prints the engine's resident memory (VmRSS, VmHWM of
the container's engine process) idle, after loading and after the requests.

--app checks the Home Assistant app's image: its run.sh needs the Supervisor (bashio), so the
engine is started in it with the command run.sh ends with. Run as root (podman, /proc).
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
import secrets
import subprocess
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# pylint: disable=wrong-import-position
from scripts.seed_models import default_seed_dir  # noqa: E402

from custom_components.llm_home.const import (  # noqa: E402
    DEFAULT_CONTEXT_SIZE,
    DEFAULT_LLM_MODEL,
    DEFAULT_STT_MODEL,
    DEFAULT_TTS_MODEL,
)
from custom_components.llm_home.engine.catalog import CATALOG  # noqa: E402
from custom_components.llm_home.engine.child import RemoteEngine  # noqa: E402
from custom_components.llm_home.engine.client import EngineClient  # noqa: E402
from custom_components.llm_home.engine.errors import EngineAuthError  # noqa: E402
from custom_components.llm_home.engine.store import ModelStore  # noqa: E402
from tests.clips import spoken_clip  # noqa: E402

PODMAN = ["podman", "--runtime", "runc", "--cgroup-manager=cgroupfs"]
ENGINE_PORT = 10600
COMMAND = "turn on the kitchen light"
ENGINE_ARGS = [
    "--host", "0.0.0.0", "--port", str(ENGINE_PORT),
    "--token-file", "/data/token", "--data-dir", "/data",
]  # fmt: skip


def podman(*args: str) -> str:
    """Run podman and return its output."""
    return subprocess.run(  # noqa: S603
        [*PODMAN, *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def logs(name: str) -> str:
    """Return the container's log: the engine logs to stderr, which podman keeps apart."""
    return subprocess.run(  # noqa: S603
        [*PODMAN, "logs", name], check=True, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    ).stdout.strip()  # fmt: skip


def memory(name: str) -> str:
    """Return VmRSS and VmHWM of the container's main process (the engine)."""
    pid = podman("inspect", "--format", "{{.State.Pid}}", name)
    fields = dict(
        line.split(":", 1)
        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return f"VmRSS {fields['VmRSS'].strip()}, VmHWM {fields['VmHWM'].strip()}"


def wait_listening(port: int, name: str) -> None:
    """Wait until the engine answers on its port, or fail with the container's log."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            asyncio.run(asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 1))
        except OSError, TimeoutError:
            time.sleep(0.5)
        else:
            return
    raise SystemExit(f"the engine did not listen:\n{logs(name)}")


def start(args: argparse.Namespace, name: str, data: Path, token: str) -> None:
    """Start the container: the app's image with the engine's command, else as is."""
    run = [
        "run", "-d", "--name", name,
        "--ulimit", "nofile=1000:1000", "--ulimit", "nproc=1000:1000",
        "-p", f"127.0.0.1:{args.port}:{ENGINE_PORT}", "-v", f"{data}:/data",
    ]  # fmt: skip
    if args.app:
        (data / "token").write_text(token)
        podman(*run, "--entrypoint", "python3", args.image, "-m", "llm_home_engine",
               *ENGINE_ARGS)  # fmt: skip
    else:
        podman(*run, "-e", f"LLM_HOME_ENGINE_TOKEN={token}", args.image)
    wait_listening(args.port, name)


async def exercise(port: int, token: str, name: str) -> None:
    """Talk to the engine as the integration does; print results and memory."""
    try:
        await EngineClient(RemoteEngine("127.0.0.1", port, "wrong-" + token)).start()
    except EngineAuthError as err:
        print(f"wrong token refused: {err}")  # noqa: T201
    else:
        raise SystemExit("a wrong token was accepted")
    client = EngineClient(RemoteEngine("127.0.0.1", port, token), name="check")
    await client.start()
    print(f"connected; idle: {memory(name)}")  # noqa: T201
    began = time.monotonic()
    await client.load_llm(DEFAULT_LLM_MODEL, DEFAULT_CONTEXT_SIZE, 0)
    await client.load_stt(DEFAULT_STT_MODEL)
    await client.load_tts(DEFAULT_TTS_MODEL)
    print(f"models loaded in {time.monotonic() - began:.1f} s; {memory(name)}")  # noqa: T201
    prompt = "<|im_start|>user\nSay hello.<|im_end|>\n<|im_start|>assistant\n"
    completion = await client.complete(prompt, max_tokens=16)
    print(f"completion: {completion.text!r} ({completion.generation_ms:.0f} ms)")  # noqa: T201
    heard = await client.transcribe(spoken_clip(COMMAND).tobytes())
    print(f"transcript of {COMMAND!r}: {heard.text!r}")  # noqa: T201
    reply = await client.synthesize("The kitchen light is on.")
    print(f"reply audio: {reply.duration_s:.2f} s at {reply.sample_rate} Hz")  # noqa: T201
    print(f"after the requests: {memory(name)}")  # noqa: T201
    await client.stop()
    if not heard.text.strip() or "kitchen" not in heard.text.lower():
        raise SystemExit("the transcript misses the command")


def main() -> None:
    """Start the image, exercise the engine, restart it, and clean up."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", action="store_true", help="the app's image")
    parser.add_argument("--image", help="image to start")
    parser.add_argument("--port", type=int, default=10611)
    args = parser.parse_args()
    args.image = args.image or (
        "local/llm-home-engine-app:dev" if args.app else "local/llm-home-engine:dev"
    )
    name = f"llm-home-check-{secrets.token_hex(3)}"
    token = secrets.token_hex(16)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        seed, store = ModelStore(default_seed_dir()), ModelStore(data / "models")
        for key in (DEFAULT_LLM_MODEL, DEFAULT_STT_MODEL, DEFAULT_TTS_MODEL):
            store.copy_from(seed, CATALOG[key])
        try:
            began = time.monotonic()
            start(args, name, data, token)
            print(f"{args.image} listening after {time.monotonic() - began:.1f} s")  # noqa: T201
            asyncio.run(exercise(args.port, token, name))
            podman("stop", "-t", "10", name)
            podman("start", name)
            wait_listening(args.port, name)
            asyncio.run(exercise(args.port, token, name))
            kept = (data / "token").read_text().strip() == token
            print(
                f"restarted: token kept: {kept}; data: {sorted(p.name for p in data.iterdir())}"
            )  # noqa: T201
            print(logs(name))  # noqa: T201
        finally:
            subprocess.run([*PODMAN, "rm", "-f", name], check=False)  # noqa: S603


if __name__ == "__main__":
    main()
