"""A full disk during a model download: a network engine whose data directory is a tiny tmpfs.

Mounting needs root (and the capability in a container); where it is refused the figure
says so. The file system is private to the run and unmounted afterwards. The engine
downloads the catalog models from the local mirror that $HF_ENDPOINT names.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import os
from pathlib import Path
import subprocess
from typing import Any

from homeassistant.core import HomeAssistant

from .common import Bench, async_try_agent
from tests.engines import network_engine
from tests.home import entry_data

SIZE = "64m"  # room for the voice, not for the language model
TOKEN = "bench-disk-token-77aa"


@contextmanager
def tiny_disk(path: Path) -> Iterator[str | None]:
    """Mount a small tmpfs on `path` for the block; yield why not, or None; blocking."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        yield "not run: mounting a small file system needs root"
        return
    mount = subprocess.run(  # noqa: S603
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    if mount.returncode != 0:
        yield f"not run: mount refused ({mount.stderr.strip()})"
        return
    try:
        yield None
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)  # noqa: S603, S607


async def async_run(hass: HomeAssistant, bench: Bench) -> dict[str, Any] | str:
    """Let a network engine download onto a full disk; return what HA and the user get."""
    data_dir = bench.scratch("tiny-disk")
    with tiny_disk(data_dir) as refused:
        if refused:
            return refused
        with network_engine(bench.scratch("disk-engine"), data_dir, TOKEN) as engine:
            figures = await async_try_agent(
                hass, entry_data((engine.host, engine.port, TOKEN))
            )
            figures["files left on the full disk"] = sorted(
                p.name for p in data_dir.rglob("*") if p.is_file()
            )
            figures["engine still running"] = engine.process.poll() is None
    return figures
