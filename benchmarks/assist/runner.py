"""Run every task of a dataset through each agent, in one Home Assistant, and collect the results.

Works on any running `hass`: a PHACC `hass` fixture in tests, or the one the CLI starts.
Each test folder's home is built once and every task starts from the fixture state with
the task's setup applied; the agents run side by side on the same homes.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
import logging
from pathlib import Path
from typing import Any

import numpy as np
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from .agents import (
    LLM_HOME,
    Agent,
    async_add_config_entries,
    async_setup_llm_home,
    entity_of,
    resolve_agent,
    split_server_options,
    use_custom_components,
)
from .conversing import (
    Exchange,
    async_converse_text,
    async_converse_voice,
    async_create_pipeline,
)
from .dataset import HomeTests, Task, load_dataset
from .home import BenchHome
from .outcome import outcome, outcome_counts, wrong_changes
from .report import speech_summary
from .rooms import CLEAN, Condition, hear, parse_condition, seed
from .scoring import changes, score, snapshot
from .transcripts import home_names, names_heard, wer
from .voices import VOICES, Voice, VoiceClips
from custom_components.llm_home.engine.catalog import DEFAULT_MODELS, ModelKind
from custom_components.llm_home.language import Language, table_for
from tests.clips import PAD_S, SAMPLE_RATE

_LOGGER = logging.getLogger(__name__)
# llm_home warms its prompt cache 5 s after the home's names change: wait for it, so
# the first task of each home is timed like the others.
LLM_HOME_SETTLE_S = 6.0
# Realtime, how long the microphone stays open after the words at most: Home
# Assistant's voice-activity detector ends the stream after 0.7 s of silence.
MICROPHONE_TAIL_S = 2.0


@dataclass(frozen=True, slots=True)
class Options:
    """What to run."""

    dataset: Path
    agents: list[str]
    model: str
    repeat: int = 1
    voice: bool = False
    # Spoken runs: every agent hears every task in each voice and each room condition.
    voices: list[Voice] = field(default_factory=lambda: [VOICES["joe"]])
    conditions: list[Condition] = field(
        default_factory=lambda: [parse_condition(CLEAN)]
    )
    realtime: bool = False  # audio sent at the pace it is said, timed from its end
    language: str = "en"  # the language the sentences are said in, and the home's
    stt_model: str = DEFAULT_MODELS[ModelKind.STT]  # the Whisper that hears them
    tests: list[str] = field(default_factory=list)
    only: list[str] = field(default_factory=list)  # only sentences with these words
    limit: int | None = None  # only the first tasks of the dataset
    custom_components: Path | None = None
    config_entries: Path | None = None
    llm_options: dict[str, Any] = field(default_factory=dict)
    # More llm_home runs: (name, options added to llm_options), run after llm_home's.
    llm_variants: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


@dataclass
class Run:
    """One agent's results."""

    agent: Agent
    voice: bool
    tasks: list[dict[str, Any]] = field(default_factory=list)
    speaker: Voice | None = None  # spoken runs: who says the sentences ...
    condition: Condition | None = None  # ... and the room the satellite hears them in

    def as_dict(self) -> dict[str, Any]:
        """Return the run as results.json writes it."""
        spoken = {}
        if self.speaker is not None and self.condition is not None:
            spoken = {
                "speaker": self.speaker.name,
                "condition": self.condition.name,
                "speech": speech_summary(self.tasks),
            }
        return {
            "agent": self.agent.name,
            "agent_id": self.agent.agent_id,
            "model": self.agent.model,
            "options": self.agent.options,
            "voice": self.voice,
            **spoken,
            "outcomes": outcome_counts(self.tasks),
            "tasks": self.tasks,
        }


class Benchmark:
    """The agents, their pipelines and the results of one run."""

    def __init__(self, hass: HomeAssistant, options: Options) -> None:
        """Prepare; `async_setup` loads what the agents need."""
        self.hass = hass
        self.options = options
        self.runs: list[Run] = []
        self._pipelines: dict[str, str] = {}
        self._llm_entry: MockConfigEntry | None = None
        self._llm_data: dict[str, Any] = {}
        self._clips = VoiceClips()
        self._language = table_for(options.language)

    async def async_setup(self) -> None:
        """Set up HA's conversation stack, llm_home (once) and the other agents."""
        hass, options = self.hass, self.options
        hass.config.language = options.language
        for component in ("homeassistant", "conversation", "intent"):
            assert await async_setup_component(hass, component, {})
        if options.custom_components:
            use_custom_components(hass, options.custom_components)
        if LLM_HOME in options.agents or options.voice:
            self._llm_entry = await async_setup_llm_home(
                hass, options.model, options.llm_options, options.stt_model
            )
            self._llm_data = dict(self._llm_entry.data)
        if options.config_entries:
            await async_add_config_entries(hass, options.config_entries)
        for name in options.agents:
            variants = [(name, options.llm_options)]
            if name == LLM_HOME:
                variants += [
                    (f"{LLM_HOME}+{variant}", options.llm_options | extra)
                    for variant, extra in options.llm_variants
                ]
            for run_name, run_options in variants:
                agent = resolve_agent(
                    hass, run_name, self._llm_entry, options.model, run_options
                )
                if not options.voice:
                    self.runs.append(Run(agent, voice=False))
                    continue
                self.runs.extend(
                    Run(agent, voice=True, speaker=speaker, condition=condition)
                    for speaker in options.voices
                    for condition in options.conditions
                )
        if options.voice:
            assert self._llm_entry is not None
            assert await async_setup_component(hass, "assist_pipeline", {})
            stt_engine = entity_of(hass, self._llm_entry.entry_id, "stt")
            tts_engine = entity_of(hass, self._llm_entry.entry_id, "tts")
            for run in self.runs:
                if run.agent.name not in self._pipelines:
                    self._pipelines[run.agent.name] = await async_create_pipeline(
                        hass, run.agent.agent_id, stt_engine, tts_engine
                    )

    async def async_run(self) -> list[dict[str, Any]]:
        """Run every selected test folder; return the runs as plain data."""
        folders = load_dataset(self.options.dataset)
        if self.options.tests:
            folders = [f for f in folders if f.name in self.options.tests]
        for folder in selected(folders, self.options.only, self.options.limit):
            await self._async_run_folder(folder)
        return [run.as_dict() for run in self.runs]

    async def _async_run_folder(self, folder: HomeTests) -> None:
        home = BenchHome(self.hass, folder.home)
        await home.async_build()
        if self._llm_entry is not None:
            await asyncio.sleep(LLM_HOME_SETTLE_S)
            await self.hass.async_block_till_done(wait_background_tasks=True)
            # The warm-up may still be waiting on its cooldown: a minute of prefill
            # on two slow cores would land on the first task's time.
            await self._llm_entry.runtime_data.brain.async_warm_up()
        try:
            for run in self.runs:
                if run.agent.is_llm_home:
                    await self._async_use_llm_options(run.agent.options)
                for task in folder.tasks:
                    for repeat in range(self.options.repeat):
                        run.tasks.append(
                            await self._async_task(home, run, task, repeat)
                        )
        finally:
            await home.async_remove()

    async def _async_use_llm_options(self, options: dict[str, Any]) -> None:
        """Give the llm_home entry a run's options (applied in place, no reload)."""
        entry = self._llm_entry
        if entry is None:
            return
        data, options = split_server_options(self._llm_data, options)
        if dict(entry.options) == options and dict(entry.data) == data:
            return
        # Another language model backend is entry data: the entry reloads on it.
        self.hass.config_entries.async_update_entry(entry, data=data, options=options)
        await asyncio.sleep(LLM_HOME_SETTLE_S)  # a changed prompt is warmed up again
        await self.hass.async_block_till_done(wait_background_tasks=True)
        if entry.state is not ConfigEntryState.LOADED:
            raise RuntimeError(
                f"llm_home did not load with {list(data)}: {entry.reason}"
            )

    async def _async_task(
        self, home: BenchHome, run: Run, task: Task, repeat: int
    ) -> dict[str, Any]:
        await home.async_reset(task)
        entity_ids = list(home.entities)
        before = snapshot(self.hass, entity_ids)
        # The official harness passes the task's context device to the conversation.
        device_id = home.device_ids.get(task.context_device or "")
        exchange = await self._async_exchange(run, task.sentence, device_id, entity_ids)
        after = snapshot(self.hass, entity_ids)
        verdict = score(
            task,
            before,
            after,
            exchange.reply,
            refused=exchange.error and self.options.language != "en",
        )
        wrong = wrong_changes(task, before, after)
        result = outcome(verdict.passed, wrong)
        _LOGGER.info(
            "%s %s %s: %r -> %r",
            run.agent.name,
            result.upper(),
            task.test,
            task.sentence,
            exchange.reply,
        )
        return {
            "dataset": task.dataset,
            "test": task.test,
            "category": task.category,
            "sentence": task.sentence,
            "repeat": repeat,
            "passed": verdict.passed,
            "reason": verdict.reason,
            "outcome": result,
            "wrong_changes": wrong,
            "reply": exchange.reply,
            "transcript": exchange.transcript,
            **(
                _heard(home, task.sentence, exchange, self._language)
                if run.voice
                else {}
            ),
            "tool_calls": exchange.tool_calls,
            "changes": changes(before, after),
            "latency_ms": exchange.latency_ms,
            "tokens": exchange.tokens,
        }

    async def _async_exchange(
        self, run: Run, sentence: str, device_id: str | None, entity_ids: list[str]
    ) -> Exchange:
        if run.speaker is None or run.condition is None:
            return await async_converse_text(
                self.hass,
                run.agent.agent_id,
                sentence,
                device_id,
                self.options.language,
            )
        pcm, speech_end = await self.hass.async_add_executor_job(
            self._clip, run.speaker, run.condition, sentence
        )
        return await async_converse_voice(
            self.hass,
            self._pipelines[run.agent.name],
            pcm,
            device_id=device_id,
            realtime=self.options.realtime,
            speech_end=speech_end,
            watched=entity_ids,
            language=self.options.language,
        )

    def _clip(
        self, speaker: Voice, condition: Condition, sentence: str
    ) -> tuple[bytes, int]:
        """Return `sentence` said by `speaker` as heard in `condition`; blocking.

        And where its last word ends, in bytes. Realtime, the microphone stays open
        after the words, in the same room, as a satellite's does until Home
        Assistant's voice-activity detector ends the stream.
        """
        said = self._clips.clip(speaker, sentence)
        speech_end = 2 * (len(said) - int(PAD_S * SAMPLE_RATE))
        if self.options.realtime:
            tail = np.zeros(int(MICROPHONE_TAIL_S * SAMPLE_RATE), dtype=said.dtype)
            said = np.concatenate([said, tail])
        pcm = hear(condition, said, seed(condition, sentence), self._clips.talkers)
        return pcm.astype("<i2").tobytes(), speech_end


def _heard(
    home: BenchHome, sentence: str, exchange: Exchange, language: Language
) -> dict[str, Any]:
    """Return how well a spoken task's sentence was heard, for its results."""
    edits, words = wer(sentence, exchange.transcript or "", language)
    said, heard = names_heard(
        home_names(home.home), sentence, exchange.transcript or "", language
    )
    return {
        "speech": {
            "words": words,
            "word_edits": edits,
            "names_said": said,
            "names_heard": heard,
        },
        "acknowledged": exchange.acknowledged,
    }


def selected(
    folders: list[HomeTests], only: list[str], limit: int | None
) -> list[HomeTests]:
    """Return the folders with only the tasks selected, in dataset order.

    A task is kept when its sentence has one of `only` in it (any case; an empty
    `only` keeps every task), up to `limit` tasks in all (None: no limit).
    """
    kept: list[HomeTests] = []
    left = limit
    for folder in folders:
        tasks = [
            task
            for task in folder.tasks
            if not only or any(text.lower() in task.sentence.lower() for text in only)
        ]
        if left is not None:
            tasks = tasks[: max(0, left)]
            left -= len(tasks)
        if tasks:
            kept.append(replace(folder, tasks=tasks))
    return kept


async def async_run_benchmark(
    hass: HomeAssistant, options: Options
) -> list[dict[str, Any]]:
    """Run the benchmark in `hass`; return the runs (one per agent) as plain data."""
    benchmark = Benchmark(hass, options)
    await benchmark.async_setup()
    return await benchmark.async_run()
