"""Replay of the published benchmark reports: our verdicts equal the official ones.

The sample in bench_data/replay is a slice of home-assistant-datasets 0.3.0: the dom1-pl
home with its light tests and the report rows (trimmed to their tool calls) of two
models on HA 2025.7.1 and one on 2025.4.3. It covers both quirks the harness follows:
a light set up "off" that keeps its brightness (so stays on), and `state: true` that
leaves a switch off.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.assist.replay import (
    ToolCall,
    async_replay_reports,
    read_report,
    summary,
    trace_calls,
)
from homeassistant.core import HomeAssistant

DATA = Path(__file__).parent / "bench_data" / "replay"
REPORTS = DATA / "reports"
RELEASE = REPORTS / "assist" / "2025.4.3"


def test_read_report() -> None:
    """Rows carry the official verdict and every tool call of the trace, not just the first."""
    (row,) = read_report(RELEASE / "report.csv")
    assert (row.model, row.check, row.official) == ("gpt-4.1-nano", "states", True)
    assert row.from_trace
    assert row.calls == [
        ToolCall("HassTurnOff", {"name": "Kitchen Light", "domain": ["light"]}),
        ToolCall("HassTurnOff", {"name": "Coffee Maker", "domain": ["switch"]}),
    ]
    assert row.expected == {"light.kitchen_light": "off"}
    text = (RELEASE / row.model / f"{row.task_id}.yaml").read_text()
    assert trace_calls(text) == row.calls


async def test_replay_agrees_with_official_verdicts(hass: HomeAssistant) -> None:
    """Every sampled row, passed or failed officially, gets the same verdict here."""
    rows, missing = await async_replay_reports(
        hass, DATA / "datasets", REPORTS, ["assist"]
    )
    assert not missing
    assert len(rows) == 27
    assert {row.official for row in rows} == {True, False}
    assert [row for row in rows if row.ours != row.official] == []
    # the quirky tasks are among them, and pass as they do officially
    passed = {row.task_id for row in rows if row.ours}
    assert (
        "dom1_pl_lights-turn_on_both_the_kitchen_light_and_living_room_lights-0"
        in passed
    )
    assert "dom1_pl_lights-kitchen_light_off-0" in passed
    text = summary(rows, missing)
    assert "Agreement with the official verdict: 27/27 = 100.00 %" in text
    assert "## Disagreements (0;" in text
