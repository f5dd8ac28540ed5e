"""The spoken benchmark's options, hearing scores and summary per voice and room."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.assist.cli import parse_args
from benchmarks.assist.dataset import load_dataset
from benchmarks.assist.report import TO_REPLY, TO_TRANSCRIPT, markdown
from benchmarks.assist.runner import selected
from benchmarks.assist.transcripts import home_names, names_heard, wer

DATASET = Path(__file__).parent / "bench_data" / "mini"


@pytest.mark.parametrize(
    ("said", "heard", "edits", "words"),
    [
        (
            "Set the thermostat to twenty-one degrees",
            "Set the thermostat to 21°.",
            0,
            6,
        ),
        ("Dim the lamp to fifty percent", "dim the lamp to 50%", 0, 6),
        ("Set it to twenty one point five", "Set it to 21.5.", 0, 4),
        ("Set it to 120", "set it to one hundred twenty", 0, 4),
        ("Turn on Opa's heater", "turn on opas heater", 0, 4),
        ("Turn on the kitchen light", "Turn on the kitten light.", 1, 5),
        ("Turn on the kitchen light", "", 5, 5),
        ("Press one two three four", "press 1 2 3 4", 0, 5),
        ("Set it to twenty one", "set it to 20", 1, 4),
    ],
)
def test_word_error_rate(said: str, heard: str, edits: int, words: int) -> None:
    """Numbers said in words and written in digits are the same words; errors count."""
    assert wer(said, heard) == (edits, words)


def test_names_heard() -> None:
    """A name said counts once, as its longest form; heard only if all its words are."""
    names = ["Living Room", "Living Room Lamp", "Kitchen", "Kitchen Light"]
    said, heard = names_heard(
        names,
        "Turn on the living room lamp and the kitchen light",
        "turn on the living room lamb and the kitchen light",
    )
    assert said == ["Kitchen Light", "Living Room Lamp"]
    assert heard == ["Kitchen Light"]
    home = load_dataset(DATASET)[0].home
    assert set(home_names(home)) >= {"Kitchen Light", "Standing Lamp", "Living Room"}


def test_voice_options(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    """--voices, --conditions and --realtime make a spoken run; espeak-ng is asked for."""
    options, _, _ = parse_args(
        [
            "--dataset",
            str(DATASET),
            "--voices",
            "joe,joe-fast",
            "--conditions",
            "clean,noise10,phone",
            "--realtime",
            "--only",
            "LIGHT",
            "--limit",
            "1",
        ]
    )
    assert options.voice
    assert options.realtime
    assert [voice.name for voice in options.voices] == ["joe", "joe-fast"]
    assert [c.name for c in options.conditions] == ["clean", "noise10", "phone"]
    assert (options.only, options.limit) == (["LIGHT"], 1)
    typed, _, _ = parse_args(["--dataset", str(DATASET)])
    assert not typed.voice
    for bad in (["--conditions", "underwater"], ["--voices", "joe-whisper"]):
        with pytest.raises(SystemExit):
            parse_args(["--dataset", str(DATASET), *bad])
    monkeypatch.setattr("benchmarks.assist.voices.shutil.which", lambda _: None)
    with pytest.raises(SystemExit):
        parse_args(["--dataset", str(DATASET), "--voices", "joe,espeak-f3"])
    assert "apt-get install -y --no-upgrade espeak-ng" in capsys.readouterr().err


def test_selected_tasks() -> None:
    """--only keeps the sentences with its words, --limit the first tasks in all."""
    folders = load_dataset(DATASET)
    assert sum(len(folder.tasks) for folder in folders) > 3
    (lights,) = selected(folders, ["LIGHT"], None)
    assert [task.sentence for task in lights.tasks] == ["Turn off the kitchen light"]
    first, second = selected(folders, [], len(folders[0].tasks) + 1)
    assert first.tasks == folders[0].tasks
    assert second.tasks == folders[1].tasks[:1]
    assert selected(folders, ["no such words"], None) == []


def _task(outcome: str, speech: dict[str, Any], latency: dict[str, float]) -> Any:
    return {
        "test": "t",
        "category": "light",
        "sentence": "Turn off the kitchen light",
        "passed": outcome == "passed",
        "reason": "",
        "outcome": outcome,
        "wrong_changes": {},
        "reply": "Done",
        "speech": speech,
        "latency_ms": latency,
    }


def test_summary_per_voice_and_room() -> None:
    """The summary has a row per voice and room: accuracy, wrong actions, WER, names, waits."""
    heard = {"words": 5, "word_edits": 0, "names_said": ["K"], "names_heard": ["K"]}
    missed = {"words": 5, "word_edits": 2, "names_said": ["K"], "names_heard": []}
    runs = [
        {
            "agent": "llm_home",
            "speaker": "joe",
            "condition": "clean",
            "tasks": [
                _task("passed", heard, {TO_TRANSCRIPT: 400.0, TO_REPLY: 900.0}),
                _task("passed", heard, {TO_TRANSCRIPT: 600.0, TO_REPLY: 1100.0}),
            ],
        },
        {
            "agent": "llm_home",
            "speaker": "espeak-f3",
            "condition": "noise10",
            "tasks": [
                _task("wrong_action", missed, {TO_TRANSCRIPT: 700.0}),
                _task("passed", heard, {TO_TRANSCRIPT: 500.0}),
            ],
        },
    ]
    summary = markdown(
        {
            "dataset": "mini",
            "started": "now",
            "repeat": 1,
            "voice": True,
            "realtime": True,
            "runs": runs,
        }
    )
    assert "| category | llm_home [joe, clean] | llm_home [espeak-f3, noise10] |" in (
        summary
    )
    assert (
        "| llm_home | joe | clean | 2/2 = 100.0 % (34.2–100.0) | 0/2 = 0.0 % (0.0–65.8) "
        "| 0.0 % (0/10 words) | 2/2 = 100.0 % |"
    ) in summary
    assert (
        "| llm_home | espeak-f3 | noise10 | 1/2 = 50.0 % (9.5–90.5) "
        "| 1/2 = 50.0 % (9.5–90.5) | 20.0 % (2/10 words) | 1/2 = 50.0 % |"
    ) in summary
    assert "| llm_home | joe | clean | – | 500 / 590 | 1000 / 1090 | – | – |" in summary
    assert "| llm_home | espeak-f3 | noise10 | – | 600 / 690 | – | – | – |" in summary
