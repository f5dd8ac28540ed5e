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

from homeassistant.components.repairs import repairs_flow_manager
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component

from .common import Bench, async_try_agent
from custom_components.llm_home.const import DOMAIN
from tests.engines import network_engine
from tests.flows import finish_progress
from tests.home import entry_data

SIZE = "48m"  # room for no model of the catalog
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


async def _async_fix_flow(hass: HomeAssistant) -> str:
    """Run llm_home's fix flow for its missing model, as the repairs panel does."""
    issue = next(
        (i for i in ir.async_get(hass).issues.values() if i.domain == DOMAIN), None
    )
    if issue is None:
        return "no repair issue to fix"
    assert await async_setup_component(hass, "repairs", {})
    manager = repairs_flow_manager(hass)
    assert manager is not None
    try:
        result = await manager.async_init(DOMAIN, context={"issue_id": issue.issue_id})
        result = await manager.async_configure(result["flow_id"], {})
        result = await finish_progress(hass, result, manager.async_configure)
    except Exception as err:  # noqa: BLE001  # an exception is the finding
        return f"EXCEPTION {type(err).__name__}: {err}"
    words = result.get("reason") or result.get("errors") or result.get("step_id")
    return f"{result['type']}: {words} {result.get('description_placeholders') or ''}"


async def async_run(hass: HomeAssistant, bench: Bench) -> dict[str, Any] | str:
    """Download the models onto a full disk through the fix flow; return what HA shows."""
    data_dir = bench.scratch("tiny-disk")
    with tiny_disk(data_dir) as refused:
        if refused:
            return refused
        with network_engine(bench.scratch("disk-engine"), data_dir, TOKEN) as engine:
            data = entry_data((engine.host, engine.port, TOKEN))

            async def fix() -> dict[str, Any]:
                return {"fix flow (downloads the models)": await _async_fix_flow(hass)}

            figures = await async_try_agent(hass, data, before_removal=fix)
            figures["files left on the full disk"] = sorted(
                str(p.relative_to(data_dir)) for p in data_dir.rglob("*") if p.is_file()
            )
            figures["engine still running"] = engine.process.poll() is None
            log = engine.log.read_text(encoding="utf-8", errors="replace")
            figures["engine log says the disk is full"] = "No space left" in log
    return figures
