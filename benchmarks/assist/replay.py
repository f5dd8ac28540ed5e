"""Replay the published benchmark reports through this harness and compare the verdicts.

home-assistant-datasets ships, for each dataset and Home Assistant release it ran on,
`reports/<dataset>/<release>/report.csv` (one row per model, task and check, with the
official verdict) and `<model>/<task_id>.yaml` (the model's output: its reply and a trace
of the conversation with every tool call it made). For each row this module builds the
task's home here, applies the task's setup, makes the recorded tool calls through Home
Assistant's own Assist LLM API (`homeassistant.helpers.llm`, API "assist"), scores the
recorded reply and the resulting states with `scoring`, and compares with the official
verdict. Agreement near 100 % means this harness scores like the public benchmark.

report.csv itself has only the first tool call (its `tool_call` column); the trace has
all of them, so the trace is used wherever it is there.
"""

from __future__ import annotations

import ast
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
import csv
from dataclasses import dataclass, field
from pathlib import Path
import re
import textwrap
from typing import Any

import yaml

from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import llm
from homeassistant.setup import async_setup_component

from .dataset import HomeTests, Task, load_dataset
from .home import BenchHome
from .scoring import check_response, check_states, snapshot

CHECKS = {
    "eval-test_expected_states": "states",
    "eval-test_expect_response": "response",
}
_EVENT = re.compile(r"^  - event_type: (\S+)\n((?:    .*\n?)*)", re.MULTILINE)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One tool call a model made."""

    name: str
    args: dict[str, Any]


@dataclass(slots=True)
class Row:
    """One row of a report.csv: a model's answer to a task and one check's verdict."""

    dataset: str
    release: str
    model: str
    task_id: str
    category: str
    text: str
    response: str
    check: str
    official: bool
    detail: str
    calls: list[ToolCall] = field(default_factory=list)
    from_trace: bool = False
    # The recorded task's expected states ({entity_id: state}), where the output has them.
    expected: dict[str, str | None] | None = None
    # Filled in by the replay.
    ours: bool | None = None
    reason: str | None = None
    tool_errors: list[str] = field(default_factory=list)

    @property
    def record(self) -> str:
        """Return the task's record id (the test file), the task id's first part."""
        return self.task_id.partition("-")[0]


def trace_calls(text: str) -> list[ToolCall]:
    """Return the tool calls of a model output file, in order (its `tool_call` events)."""
    calls = []
    for match in _EVENT.finditer(text):
        if match.group(1) != "tool_call":
            continue
        data = yaml.load(textwrap.dedent(match.group(2)), Loader=_LOADER)["data"]
        calls.append(ToolCall(data["tool_name"], data.get("tool_args") or {}))
    return calls


def _csv_calls(column: str) -> list[ToolCall]:
    """Return the one tool call report.csv records (a Python repr), if any."""
    if not column.strip():
        return []
    data = ast.literal_eval(column)
    return [ToolCall(data["tool_name"], data.get("tool_args") or {})]


def read_report(path: Path) -> list[Row]:
    """Return the rows of one report.csv, with each model's tool calls attached."""
    release_dir = path.parent
    rows = []
    with path.open(encoding="utf-8", newline="") as file:
        for item in csv.DictReader(file):
            check = CHECKS.get(item["task_name"])
            if check is None:
                continue
            row = Row(
                dataset=release_dir.parent.name,
                release=release_dir.name,
                model=item["model_id"],
                task_id=item["task_id"],
                category=item["category"],
                text=item["text"].replace("\\n", "\n"),
                # The CSV writer turned '"' into "'" and newlines into "\n".
                response=item["response"].replace("\\n", "\n"),
                check=check,
                official=item["label"] == "Good",
                detail=item["details"],
            )
            output = release_dir / row.model / f"{row.task_id}.yaml"
            if output.is_file():
                text = output.read_text(encoding="utf-8")
                row.calls, row.from_trace = trace_calls(text), True
                _read_head(row, text)
            else:
                row.calls = _csv_calls(item["tool_call"])
            rows.append(row)
    return rows


def _read_head(row: Row, text: str) -> None:
    """Take the exact reply (report.csv alters quotes) and the task from an output file."""
    head, _, _ = text.partition("\ncontext:")
    data = yaml.load(head, Loader=_LOADER)
    if not isinstance(data, dict):
        return
    if isinstance(reply := data.get("response"), str):
        row.response = reply
    changes = (data.get("task") or {}).get("expect_changes") or {}
    row.expected = {key: (value or {}).get("state") for key, value in changes.items()}


def _pick(row: Row, candidates: list[Task]) -> Task:
    """Return the task a row ran: tests of one file may share a sentence (and task id).

    The official harness then writes each test's output over the last one; the output
    left records the expected states, which tell the tests apart.
    """
    for task in candidates:
        if row.expected == {k: v.state for k, v in task.expect_changes.items()}:
            return task
    return candidates[0]


def find_reports(
    root: Path, datasets: Iterable[str], releases: Iterable[str] = ()
) -> list[Path]:
    """Return the report.csv files of these datasets under an sdist's `reports/`."""
    wanted = set(releases)
    return [
        path
        for dataset in datasets
        for path in sorted((root / dataset).glob("*/report.csv"))
        if not wanted or path.parent.name in wanted
    ]


def tool_name(api: llm.APIInstance, name: str) -> str:
    """Return the name this HA gives a recorded tool.

    Newer Home Assistant prefixes each tool with its integration (`HassTurnOn` is now
    `intent__HassTurnOn`, `todo_get_items` is `todo__get_items`).
    """
    names = [tool.name for tool in api.tools]
    if name in names:
        return name
    for candidate in names:
        if candidate.endswith(f"__{name}") or candidate.replace("__", "_") == name:
            return candidate
    return name


class Replayer:
    """Replays report rows in one Home Assistant, one dataset home at a time."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Prepare; `async_setup` loads the conversation stack."""
        self.hass = hass

    async def async_setup(self) -> None:
        """Set up the Assist API (the `llm` integration) and the intents it offers."""
        for component in ("homeassistant", "conversation", "intent", "llm"):
            assert await async_setup_component(self.hass, component, {})

    async def async_replay(self, dataset: Path, rows: list[Row]) -> list[Row]:
        """Replay the rows of one dataset; return the rows not found in it."""
        folders = load_dataset(dataset)
        index: dict[tuple[str, str], list[Task]] = defaultdict(list)
        folder_name: dict[int, str] = {}
        for folder in folders:
            for task in folder.tasks:
                index[task.record, task.sentence].append(task)
                folder_name[id(task)] = folder.name
        by_folder: dict[str, list[tuple[Row, Task]]] = defaultdict(list)
        folder_of = {folder.name: folder for folder in folders}
        missing = []
        for row in rows:
            if candidates := index.get((row.record, row.text)):
                task = _pick(row, candidates)
                by_folder[folder_name[id(task)]].append((row, task))
            else:
                missing.append(row)
        for name, items in by_folder.items():
            await self._async_replay_folder(folder_of[name], items)
        return missing

    async def _async_replay_folder(
        self, folder: HomeTests, items: list[tuple[Row, Task]]
    ) -> None:
        home = BenchHome(self.hass, folder.home)
        await home.async_build()
        try:
            for row, task in items:
                await self._async_replay_row(home, row, task)
        finally:
            await home.async_remove()

    async def _async_replay_row(self, home: BenchHome, row: Row, task: Task) -> None:
        await home.async_reset(task)
        entity_ids = list(home.entities)
        before = snapshot(self.hass, entity_ids)
        context = llm.LLMContext(
            platform="bench",
            context=Context(),
            language="en",
            assistant="conversation",
            device_id=home.device_ids.get(task.context_device or ""),
        )
        api = await llm.async_get_api(self.hass, llm.LLM_API_ASSIST, context)
        for call in row.calls:
            try:
                name = tool_name(api, call.name)
                await api.async_call_tool(llm.ToolInput(name, call.args))
            except (HomeAssistantError, ValueError) as err:
                # The agent hands such errors back to the model; the home is unchanged.
                row.tool_errors.append(f"{call.name}: {err!r}")
        await self.hass.async_block_till_done()
        after = snapshot(self.hass, entity_ids)
        if row.check == "states":
            row.reason = check_states(task, before, after, row.response)
        else:
            row.reason = check_response(task, row.response)
        row.ours = row.reason is None


def _share(rows: list[Row]) -> str:
    same = sum(row.ours == row.official for row in rows)
    return f"{same}/{len(rows)} = {100 * same / len(rows):.2f} %" if rows else "-"


def _table(title: str, rows: list[Row], key: Any) -> Iterator[str]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    yield f"\n| {title} | agreement | official pass | our pass |\n|---|---|---|---|"
    for name in sorted(groups):
        group = groups[name]
        yield (
            f"| {name} | {_share(group)} | {sum(r.official for r in group)} "
            f"| {sum(bool(r.ours) for r in group)} |"
        )


def summary(rows: list[Row], missing: list[Row], limit: int = 40) -> str:
    """Return the agreement (overall, per dataset, model, category) and the disagreements."""
    done = [row for row in rows if row.ours is not None]
    lines = [
        "# Replay of the published reports",
        "",
        (
            f"Rows replayed: {len(done)} (tool calls from the trace: "
            f"{sum(row.from_trace for row in done)}); rows whose task is not in this "
            f"dataset version: {len(missing)}."
        ),
        f"**Agreement with the official verdict: {_share(done)}**",
    ]
    lines += _table("dataset", done, lambda r: r.dataset)
    lines += _table("release", done, lambda r: f"{r.dataset} {r.release}")
    lines += _table("model", done, lambda r: r.model)
    lines += _table("category", done, lambda r: f"{r.dataset} {r.category}")
    wrong = [row for row in done if row.ours != row.official]
    kinds = Counter(
        (row.task_id.rsplit("-", 1)[0], row.official, row.reason or "", row.detail)
        for row in wrong
    )
    lines.append(f"\n## Disagreements ({len(wrong)}; by task and reason)\n")
    for (task, official, reason, detail), count in kinds.most_common(limit):
        verdict = "official pass, ours fail" if official else "official fail, ours pass"
        lines.append(
            f"- {count}× `{task}`: {verdict}; ours: {reason or '-'}; "
            f"official: {detail[:300] or '-'}"
        )
    return "\n".join(lines)


async def async_replay_reports(
    hass: HomeAssistant,
    datasets_root: Path,
    reports_root: Path,
    datasets: list[str],
    *,
    releases: Iterable[str] = (),
    models: Iterable[str] = (),
) -> tuple[list[Row], list[Row]]:
    """Replay the reports of these datasets; return (rows replayed, rows not found)."""
    replayer = Replayer(hass)
    await replayer.async_setup()
    rows: list[Row] = []
    missing: list[Row] = []
    models = set(models)
    for dataset in datasets:
        found = [
            row
            for path in find_reports(reports_root, [dataset], releases)
            for row in await hass.async_add_executor_job(read_report, path)
            if not models or row.model in models
        ]
        missing += await replayer.async_replay(datasets_root / dataset, found)
        rows += found
    return rows, missing
