"""Every kind of device, end to end: a home of tests/bench_data/homes through the bench.

The homes are written in the public home-assistant-datasets format and scored the way
that benchmark scores (benchmarks/assist), with the language model answering alone.
Requests that must change nothing (sensitive actions with the default options, values
out of range, devices the home does not have) are checked here: the public scoring
checks no states when none are expected.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.assist.cli import async_run_and_write
from benchmarks.assist.runner import Options
from homeassistant.core import HomeAssistant

from custom_components.llm_home.const import CONF_ORDER, DEFAULT_LLM_MODEL, ORDER_LLM
from custom_components.llm_home.engine.store import ModelStore

HOMES = Path(__file__).parent / "bench_data" / "homes"
REFUSALS = "refusals"
# The model runs greedily; this floor guards against regressions (of 26 commands).
MIN_PASSED = 20


async def test_every_kind_of_device(
    hass: HomeAssistant, model_store: ModelStore, tmp_path: Path
) -> None:
    """The commands pass above the floor and the refusals change nothing."""
    options = Options(
        dataset=HOMES,
        agents=["llm_home"],
        model=DEFAULT_LLM_MODEL,
        llm_options={CONF_ORDER: ORDER_LLM},
    )
    await async_run_and_write(hass, options, tmp_path)

    (run,) = json.loads((tmp_path / "results.json").read_text())["runs"]
    commands = [t for t in run["tasks"] if t["category"] != REFUSALS]
    refusals = [t for t in run["tasks"] if t["category"] == REFUSALS]
    passed = [t["sentence"] for t in commands if t["passed"]]
    failed = [(t["sentence"], t["reply"]) for t in commands if not t["passed"]]
    assert len(passed) >= MIN_PASSED, failed
    assert refusals
    for task in refusals:
        assert not task["changes"], task
        assert "Sorry" in task["reply"], task
