"""The run as a PNG chart: accuracy per category with its interval, and latency per agent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib as mpl

mpl.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from .report import accuracy, latencies, run_label, wilson  # noqa: E402


def write_chart(path: Path, results: dict[str, Any]) -> None:
    """Draw accuracy per category (bars with 95 % intervals) and total latency per agent."""
    runs = results["runs"]
    per_run = [accuracy(run["tasks"]) for run in runs]
    categories = [
        *sorted({key for counts in per_run for key in counts} - {"overall"}),
        "overall",
    ]
    figure, (bars, boxes) = plt.subplots(
        1, 2, figsize=(14, 5), gridspec_kw={"width_ratios": [3, 1]}
    )
    width = 0.8 / max(1, len(runs))
    for index, (run, counts) in enumerate(zip(runs, per_run, strict=True)):
        rates, low_err, high_err = [], [], []
        for category in categories:
            passed, total = counts.get(category, (0, 0))
            rate = passed / total if total else 0.0
            low, high = wilson(passed, total)
            rates.append(100 * rate)
            low_err.append(max(0.0, 100 * (rate - low)))
            high_err.append(max(0.0, 100 * (high - rate)))
        positions = [
            i + (index - (len(runs) - 1) / 2) * width for i in range(len(categories))
        ]
        bars.bar(
            positions,
            rates,
            width,
            yerr=[low_err, high_err],
            capsize=3,
            label=run_label(run),
        )
    bars.set_xticks(range(len(categories)), categories, rotation=30, ha="right")
    bars.set_ylabel("tasks passed (%)")
    bars.set_ylim(0, 105)
    bars.set_title(f"Accuracy on {results['dataset']} (95 % Wilson interval)")
    bars.legend()
    totals = [latencies(run["tasks"]).get("total", [0.0]) for run in runs]
    boxes.boxplot(totals, tick_labels=[run_label(run) for run in runs])
    plt.setp(boxes.get_xticklabels(), rotation=30, ha="right")
    boxes.set_yscale("log")
    boxes.set_ylabel("total latency per task (ms, log)")
    boxes.set_title("Latency")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
