"""Command line of the hardening benchmark: each part in a Home Assistant of its own.

Every part starts a fresh in-process Home Assistant (PHACC's test instance, as
scripts/bench does) on a config directory whose models are assembled once, runs, and
prints its figures; results.json gathers them under build/bench_hardening/<timestamp>/.
Nothing is asserted: tests/test_hardening.py runs the short version with assertions.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
import json
import logging
import os
from pathlib import Path
import time
import traceback
from typing import Any

from pytest_homeassistant_custom_component.common import async_test_home_assistant

from benchmarks.assist.agents import install_models
from benchmarks.assist.cli import CACHE
from homeassistant import loader
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from scripts.seed_models import default_seed_dir

from . import (
    bad_input,
    calls,
    engine_net,
    faults,
    injection,
    leaks,
    load,
    pipeline_switch,
    policy_paths,
)
from .common import Bench, print_figures
from custom_components.llm_home.const import DEFAULT_LLM_MODEL, DOMAIN
from custom_components.llm_home.engine.catalog import HF_ENDPOINT
from custom_components.llm_home.engine.store import ModelStore
from tests.mirror import hugging_face_mirror

Part = Callable[[HomeAssistant, Bench], Awaitable[dict[str, Any]]]
PARTS: dict[str, Part] = {
    "injection": injection.async_run,
    "secrets": leaks.async_run,
    "faults": faults.async_run,
    "load": load.async_run,
    "bad input": bad_input.async_run,
    "policy paths": policy_paths.async_run,
    "engine door": engine_net.async_run,
    "pipeline switch": pipeline_switch.async_run,
    "failing services": calls.async_run_failing,
    "negations": calls.async_run_negations,
    "all groups": calls.async_run_groups,
}
# HA's event bus decides at its start whether it logs every event at DEBUG.
DEBUG_PARTS = {"secrets"}


async def async_run_part(name: str, bench: Bench) -> dict[str, Any]:
    """Run one part in a Home Assistant of its own; return its figures."""
    core = logging.getLogger("homeassistant.core")
    previous = core.level
    if name in DEBUG_PARTS:
        core.setLevel(logging.DEBUG)
    start = time.monotonic()
    try:
        async with async_test_home_assistant(config_dir=str(bench.config_dir)) as hass:
            core.setLevel(previous)
            hass.data.pop(loader.DATA_CUSTOM_COMPONENTS, None)  # let llm_home load
            assert await async_setup_component(hass, "homeassistant", {})
            try:
                figures = await PARTS[name](hass, bench)
            finally:
                for entry in hass.config_entries.async_entries(DOMAIN):
                    await hass.config_entries.async_unload(entry.entry_id)
                await hass.async_stop(force=True)
    finally:
        core.setLevel(previous)
    return {**figures, "part wall time (s)": round(time.monotonic() - start, 1)}


async def _async_main(parts: list[str], bench: Bench, out: Path) -> dict[str, Any]:
    await asyncio.to_thread(install_models, bench.config_dir, DEFAULT_LLM_MODEL)
    started = datetime.now().astimezone().isoformat(timespec="seconds")
    start, load_before = time.monotonic(), os.getloadavg()
    results: dict[str, Any] = {"started": started, "quick": bench.quick, "parts": {}}
    for name in parts:
        try:
            figures = await async_run_part(name, bench)
        except Exception:  # noqa: BLE001  # a broken part must not hide the others
            figures = {"failed": traceback.format_exc()}
        print_figures(name, figures)
        results["parts"][name] = figures
    results["wall time (s)"] = round(time.monotonic() - start, 1)
    results["load average before / after"] = [load_before, os.getloadavg()]
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(
        json.dumps(results, indent=2, default=str), encoding="utf-8"
    )
    return results


def main(argv: list[str] | None = None) -> None:
    """Run the chosen parts and print their figures."""
    parser = argparse.ArgumentParser(
        prog="scripts/bench_hardening", description=__doc__
    )
    parser.add_argument(
        "--part",
        action="append",
        choices=list(PARTS),
        help="only this part (repeatable)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="the CI test's short version of each part"
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="output directory (default: build/bench_hardening/<timestamp>)",
    )
    parser.add_argument(
        "--config-dir",
        type=Path,
        default=CACHE / "bench" / "config",
        help="Home Assistant config directory (its models are assembled once)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log every request and reply"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    level = logging.INFO if args.verbose else logging.WARNING
    logging.getLogger("benchmarks.hardening").setLevel(level)
    for handler in logging.getLogger().handlers:  # the secrets part logs all at DEBUG
        handler.addFilter(
            lambda r: (
                r.levelno >= logging.WARNING
                or (r.levelno >= level and r.name.startswith("benchmarks.hardening"))
            )
        )
    out = args.out or Path("build/bench_hardening") / datetime.now().strftime(
        "%Y%m%d-%H%M%S"
    )
    bench = Bench(args.config_dir.resolve(), (out / "work").resolve(), args.quick)
    with hugging_face_mirror(ModelStore(default_seed_dir())) as (endpoint, _requests):
        os.environ[HF_ENDPOINT] = endpoint
        results = asyncio.run(_async_main(args.part or list(PARTS), bench, out))
    print(f"\nwall time {results['wall time (s)']} s; results in {out}/results.json")
