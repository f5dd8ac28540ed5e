"""Summaries of a run: accuracy with Wilson intervals, latency percentiles, markdown, results.json.

Spoken runs (one per agent, voice and room condition) add how well the sentences were
heard (word error rate, the home's names in the transcript) and, with `--realtime`,
the waits from the end of speech.
"""

from __future__ import annotations

from collections import defaultdict
import json
import math
from pathlib import Path
from typing import Any

from .outcome import FAILED, PASSED, WRONG_ACTION, outcome_counts

Z_95 = 1.959964
STAGES = ("total", "stt", "agent", "prefill", "generation", "tools", "tts")
# Stages timed from the end of speech (--realtime), in the order a user meets them.
TO_STREAM_END = "speech_end_to_stream_end"
TO_TRANSCRIPT = "speech_end_to_transcript"
TO_REPLY = "speech_end_to_reply"
TO_STATE_CHANGE = "speech_end_to_state_change"
TO_REPLY_AUDIO = "speech_end_to_reply_audio"
AFTER_SPEECH = {
    TO_STREAM_END: "stream's end",
    TO_TRANSCRIPT: "transcript",
    TO_REPLY: "agent's reply",
    TO_STATE_CHANGE: "first state change",
    TO_REPLY_AUDIO: "reply's first audio",
}
OUTCOME_ROWS = (
    (PASSED, "passed, nothing wrong changed"),
    (FAILED, "failed, nothing wrong changed"),
    (WRONG_ACTION, "**wrong actions**"),
)
WRONG_ACTIONS_NOTE = (
    "Wrong actions: tasks that changed something they should not have (another "
    "device, a value not asked for, anything on a question or on a task that expects "
    "no change), counted apart from the other failures. The official scoring checks no "
    "states where no change is expected, so it can pass a wrong action; accuracy above "
    "is the official score."
)


def wilson(passed: int, total: int, z: float = Z_95) -> tuple[float, float]:
    """Return the Wilson score interval (95 % by default) of a pass rate."""
    if total == 0:
        return 0.0, 0.0
    rate = passed / total
    denominator = 1 + z * z / total
    centre = (rate + z * z / (2 * total)) / denominator
    margin = z * math.sqrt(rate * (1 - rate) / total + z * z / (4 * total * total))
    return max(0.0, centre - margin / denominator), min(
        1.0, centre + margin / denominator
    )


def percentile(values: list[float], share: float) -> float:
    """Return the `share` percentile of `values`, linearly interpolated."""
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def accuracy(tasks: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Return (passed, total) per category, and under "overall"."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for task in tasks:
        for key in (task["category"], "overall"):
            counts[key][0] += bool(task["passed"])
            counts[key][1] += 1
    return {key: (passed, total) for key, (passed, total) in counts.items()}


def latencies(tasks: list[dict[str, Any]]) -> dict[str, list[float]]:
    """Return the measured values of each stage (stages never measured are left out)."""
    values: dict[str, list[float]] = defaultdict(list)
    for task in tasks:
        for stage, value in task["latency_ms"].items():
            if value is not None:
                values[stage].append(float(value))
    return dict(values)


def run_title(run: dict[str, Any]) -> str:
    """Return a run's agent with its model and options: "llm_home (model; key=value)"."""
    options = [
        f"{key}={json.dumps(value)}"
        for key, value in (run.get("options") or {}).items()
    ]
    details = "; ".join([*([run["model"]] if run.get("model") else []), *options])
    title = f"{run['agent']} ({details})" if details else run["agent"]
    return f"{title} {_spoken_by(run)}".rstrip()


def run_label(run: dict[str, Any]) -> str:
    """Return a run's short name: its agent, and its voice and room where spoken."""
    return f"{run['agent']} {_spoken_by(run)}".rstrip()


def _spoken_by(run: dict[str, Any]) -> str:
    return f"[{run['speaker']}, {run['condition']}]" if run.get("speaker") else ""


def speech_summary(tasks: list[dict[str, Any]]) -> dict[str, Any]:
    """Return how well a spoken run's sentences were heard, and its waits after speech."""
    heard = [task["speech"] for task in tasks if "speech" in task]
    words = sum(item["words"] for item in heard)
    edits = sum(item["word_edits"] for item in heard)
    names_said = sum(len(item["names_said"]) for item in heard)
    names_heard = sum(len(item["names_heard"]) for item in heard)
    values = latencies(tasks)
    return {
        "words": words,
        "word_edits": edits,
        "wer": edits / words if words else None,
        "names_said": names_said,
        "names_heard": names_heard,
        "name_accuracy": names_heard / names_said if names_said else None,
        "after_speech_ms": {
            stage: {
                "p50": percentile(values[stage], 0.5),
                "p95": percentile(values[stage], 0.95),
            }
            for stage in AFTER_SPEECH
            if stage in values
        },
    }


def _cell(passed: int, total: int) -> str:
    low, high = wilson(passed, total)
    return f"{passed}/{total} = {100 * passed / total:.1f} % ({100 * low:.1f}–{100 * high:.1f})"


def _header(first: str, names: list[str]) -> list[str]:
    return ["| " + " | ".join([first, *names]) + " |", "|---" * (len(names) + 1) + "|"]


def markdown(results: dict[str, Any]) -> str:
    """Return the run's summary as markdown."""
    runs = results["runs"]
    names = [run_title(run) for run in runs]
    lines = [
        f"# Benchmark on {results['dataset']}",
        "",
        (f"{results['started']}; {results['repeat']} repeat(s); {_how_said(results)}."),
        "",
        "## Accuracy and outcomes (95 % Wilson interval)",
        "",
        *_header("category", names),
    ]
    per_run = [accuracy(run["tasks"]) for run in runs]
    categories = sorted({key for counts in per_run for key in counts} - {"overall"})
    for category in [*categories, "overall"]:
        cells = [
            _cell(*counts[category]) if category in counts else "–"
            for counts in per_run
        ]
        label = f"**{category}**" if category == "overall" else category
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    per_run_outcomes = [outcome_counts(run["tasks"]) for run in runs]
    for key, label in OUTCOME_ROWS:
        cells = [
            _cell(counts[key], sum(counts.values())) if any(counts.values()) else "–"
            for counts in per_run_outcomes
        ]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += [
        "",
        WRONG_ACTIONS_NOTE,
        "",
        "## Latency in ms, p50 / p95",
        "",
        *_header("stage", names),
    ]
    per_run_latency = [latencies(run["tasks"]) for run in runs]
    for stage in STAGES:
        if not any(stage in values for values in per_run_latency):
            continue
        cells = [
            f"{percentile(values[stage], 0.5):.0f} / {percentile(values[stage], 0.95):.0f}"
            if stage in values
            else "–"
            for values in per_run_latency
        ]
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    if any(run.get("speaker") for run in runs):
        lines += _spoken_lines(runs)
    for name, run in zip(names, runs, strict=True):
        lines += _task_lists(name, run["tasks"])
    return "\n".join(lines) + "\n"


def _spoken_lines(runs: list[dict[str, Any]]) -> list[str]:
    """Return the spoken runs' table: outcomes and hearing per voice and room."""
    lines = [
        "",
        "## Per voice and room condition",
        "",
        "| agent | voice | condition | accuracy | wrong actions | word error rate | names heard |",
        "|---" * 7 + "|",
    ]
    waits = [
        "",
        "## Waiting from the end of speech in ms, p50 / p95 (realtime)",
        "",
        "| agent | voice | condition | " + " | ".join(AFTER_SPEECH.values()) + " |",
        "|---" * (3 + len(AFTER_SPEECH)) + "|",
    ]
    timed = False
    for run in runs:
        if not run.get("speaker"):
            continue
        counts = outcome_counts(run["tasks"])
        total = sum(counts.values())
        passed, _ = accuracy(run["tasks"]).get("overall", (0, 0))
        speech = speech_summary(run["tasks"])
        rate = speech["wer"]
        names = speech["name_accuracy"]
        row = f"| {run['agent']} | {run['speaker']} | {run['condition']} | "
        lines.append(
            row
            + " | ".join(
                [
                    _cell(passed, total) if total else "–",
                    _cell(counts[WRONG_ACTION], total) if total else "–",
                    "–"
                    if rate is None
                    else f"{100 * rate:.1f} % ({speech['word_edits']}/{speech['words']} words)",
                    "–"
                    if names is None
                    else f"{speech['names_heard']}/{speech['names_said']} = {100 * names:.1f} %",
                ]
            )
            + " |"
        )
        after = speech["after_speech_ms"]
        timed = timed or bool(after)
        waits.append(
            row
            + " | ".join(
                f"{after[stage]['p50']:.0f} / {after[stage]['p95']:.0f}"
                if stage in after
                else "–"
                for stage in AFTER_SPEECH
            )
            + " |"
        )
    return lines + (waits if timed else [])


def _how_said(results: dict[str, Any]) -> str:
    if not results["voice"]:
        return "typed"
    pace = ", sent in real time" if results.get("realtime") else ""
    return f"spoken through the assist pipeline to each task's device{pace}"


def _task_lists(name: str, tasks: list[dict[str, Any]]) -> list[str]:
    """Return a run's wrong actions (with what they changed) and its other failures."""
    wrong = [task for task in tasks if task["outcome"] == WRONG_ACTION]
    failed = [task for task in tasks if task["outcome"] == FAILED]
    return [
        "",
        f"## Wrong actions: {name} ({len(wrong)})",
        "",
        *(
            f"- `{task['test']}` {task['sentence']!r} → {task['reply']!r}: "
            f"changed {task['wrong_changes']}"
            for task in wrong
        ),
        "",
        f"## Failed tasks, nothing wrong changed: {name} ({len(failed)})",
        "",
        *(
            f"- `{task['test']}` {task['sentence']!r} → {task['reply']!r}: {task['reason']}"
            for task in failed
        ),
    ]


def write_results(out: Path, results: dict[str, Any]) -> None:
    """Write results.json and summary.md into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    (out / "summary.md").write_text(markdown(results), encoding="utf-8")
