"""Secrets: an alarm code said in every accepted form, then searched for everywhere HA keeps text.

The code has eight digits, so no pid, port, timing or temporary path holds it by chance;
a place counts a hit for every record that holds the code in any form (digits, digits
apart, words, "for" for four). Places: the log at DEBUG (llm_home's loggers, which carry
the embedded engine's lines; HA core's own lines, labelled, as they log the typed words
or the service call to the panel before or beside any agent), the conversation traces,
the chat logs, the events and debug runs of assist pipelines run from text (and, unless
quick, from speech), llm_home's diagnostics, the recorder's database when one runs, and
the log of a network engine at DEBUG.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
import json
from pathlib import Path
import re
import sqlite3
from typing import Any

from benchmarks.assist.conversing import async_converse_voice, spoken
from homeassistant.components.assist_pipeline.pipeline import KEY_ASSIST_PIPELINE
from homeassistant.components.conversation.chat_log import async_subscribe_chat_logs
from homeassistant.components.conversation.trace import async_get_traces
from homeassistant.core import HomeAssistant
from homeassistant.helpers import recorder as recorder_helper
from homeassistant.setup import async_setup_component

from .common import (
    Bench,
    LogRecorder,
    async_ask,
    async_diagnostics,
    async_pipeline,
    async_type_into_pipeline,
)
from custom_components.llm_home.const import CONF_ALLOW_DISARM
from tests.engines import network_engine
from tests.home import ALARM, async_add_agent, async_setup_agent, entry_data, state_of

CODE = "47395182"  # starts with 4: "for" stands for it
_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
]
SPACED = " ".join(CODE)
IN_WORDS = " ".join(_WORDS[int(d)] for d in CODE)
# Every way the code is said; the follow-up (the code alone) answers "what is the code?".
FORMS = {
    "digits": f"disarm the home alarm with code {CODE}",
    "spaced": f"disarm the home alarm, the code is {SPACED}",
    "words": f"disarm the alarm, code {IN_WORDS}",
    "'for' as four": f"disarm the alarm, pin for {' '.join(IN_WORDS.split()[1:])}",
    "dashes": f"disarm the home alarm {'-'.join(CODE)}",
    "commas": f"disarm the home alarm, code: {', '.join(CODE)}",
    "code first": f"the code is {CODE}, disarm the home alarm",
    "mixed": "disarm the alarm, passcode "
    + " ".join(d if i % 2 else _WORDS[int(d)] for i, d in enumerate(CODE)),
}
FOLLOW_UP = ("disarm the home alarm", CODE)
VOICE_FORMS = ["spaced", "words"]
_DIGIT = {
    d: rf"(?:{d}|{_WORDS[int(d)]}{'|for' if d == '4' else ''})" for d in "0123456789"
}
# Any form of the code: each digit as a digit or a word, anything but letters between.
FOUND = re.compile(r"[^a-z0-9]*".join(_DIGIT[d] for d in CODE), re.IGNORECASE)
NETWORK_TOKEN = "bench-token-93f1c2"


def hits(text: str) -> int:
    """Return how often the code is in a text, in any form."""
    return len(FOUND.findall(text))


LLM_HOME_LOGGER = "custom_components.llm_home"


def _log_place(name: str, text: str) -> str:
    if name.startswith(LLM_HOME_LOGGER):
        return "log: llm_home (and the embedded engine's lines)"
    if text.startswith("Processing in"):
        return "log: HA core conversation, words typed in (before any agent)"
    if name.startswith("piper"):  # tests/clips.py speaking the clips, in this process
        return "log: piper (the benchmark making its clips; not llm_home)"
    if name == "homeassistant.components.conversation.chat_log":
        return "log: HA core chat log (content the pipeline or agent added)"
    if name == "homeassistant.core":
        return "log: HA core event bus (the service call hands the panel its code)"
    return f"log: {name}"


def _pipeline_events(hass: HomeAssistant) -> list[tuple[str, str]]:
    """Return the event type and text of every event of every pipeline run kept."""
    debug = hass.data[KEY_ASSIST_PIPELINE].pipeline_debug
    return [
        (str(event.type), json.dumps(asdict(event), default=str))
        for runs in debug.values()
        for run in runs.values()
        for event in run.events
    ]


async def _async_arm(hass: HomeAssistant) -> None:
    await hass.services.async_call(
        "alarm_control_panel", "alarm_arm_away", {"entity_id": ALARM}, blocking=True
    )


async def _async_recorder(hass: HomeAssistant, path: Path) -> str | None:
    """Set up HA's recorder on a SQLite file; return why it cannot run, else None."""
    try:
        recorder_helper.async_initialize_recorder(hass)  # bootstrap does this in HA
        ok = await async_setup_component(
            hass,
            "recorder",
            {"recorder": {"db_url": f"sqlite:///{path}", "commit_interval": 0}},
        )
    except Exception as err:  # noqa: BLE001  # the figure says why
        return f"{type(err).__name__}: {err}"
    return None if ok else "the recorder did not set up"


def _database_text(path: Path) -> str:
    """Return every row of every table of a SQLite file as text; blocking."""
    with sqlite3.connect(path) as db:
        return "\n".join(db.iterdump())


@contextmanager
def _chat_log_events(hass: HomeAssistant) -> Iterator[list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []
    unsubscribe = async_subscribe_chat_logs(
        hass, lambda _id, kind, data: seen.append((str(kind), repr(data)))
    )
    try:
        yield seen
    finally:
        unsubscribe()


class _Places:
    """Hits per place, each place named by the phase whose words it holds."""

    def __init__(self) -> None:
        self.hits: dict[str, Any] = {}

    def count(self, place: str, texts: list[str]) -> None:
        self.hits[place] = self.hits.get(place, 0) + sum(hits(t) for t in texts)

    def tally(
        self,
        phase: str,
        chat: list[tuple[str, str]],
        pipeline: list[tuple[str, str]],
        logs: list[tuple[str, int, str]],
    ) -> None:
        """Count the chat log events, pipeline events and log records of one phase."""
        for kind, text in chat:
            self.count(f"{phase}: chat logs, {kind} events", [text])
        for kind, text in pipeline:
            self.count(f"{phase}: pipeline runs, {kind} events (debug view)", [text])
        for name, _level, text in logs:  # only the loggers that hold the code, and ours
            if hits(text) or name.startswith(LLM_HOME_LOGGER):
                self.count(f"{phase}: {_log_place(name, text)}", [text])
        self.hits.setdefault(f"{phase}: {_log_place(LLM_HOME_LOGGER, '')}", 0)


async def _async_say_every_form(
    hass: HomeAssistant, pipeline_id: str, forms: dict[str, str], voice: list[str]
) -> tuple[dict[str, bool], list[str]]:
    """Disarm with each form typed, as a follow-up answer, and spoken."""
    disarmed: dict[str, bool] = {}
    for form, words in forms.items():
        await _async_arm(hass)
        await async_ask(hass, words)
        await hass.async_block_till_done()
        disarmed[form] = state_of(hass, ALARM).state == "disarmed"
    await _async_arm(hass)
    first = await async_ask(hass, FOLLOW_UP[0])
    second = await async_ask(hass, FOLLOW_UP[1], conversation_id=first.conversation_id)
    disarmed["follow-up: the code alone"] = state_of(hass, ALARM).state == "disarmed"
    for form in voice:
        await _async_arm(hass)
        await async_converse_voice(hass, pipeline_id, await spoken(hass, FORMS[form]))
        disarmed[f"spoken: {form}"] = state_of(hass, ALARM).state == "disarmed"
    return disarmed, [first.reply, second.reply]


async def async_run(hass: HomeAssistant, bench: Bench) -> dict[str, Any]:
    """Say the code in every form; return the hits per place (and how many disarmed)."""
    places = _Places()
    logs = LogRecorder()
    database = bench.scratch("recorder") / "home-assistant_v2.db"
    database.unlink(missing_ok=True)
    recorder = None if bench.quick else await _async_recorder(hass, database)
    with logs.attached(), _chat_log_events(hass) as chat:
        entry = await async_setup_agent(
            hass, entry_data(), {CONF_ALLOW_DISARM: True}, alarm_code=CODE
        )
        pipeline_id = await async_pipeline(hass, entry)
        forms = dict(list(FORMS.items())[:3]) if bench.quick else FORMS
        marks = (len(chat), len(_pipeline_events(hass)), len(logs.records))
        disarmed, follow_up = await _async_say_every_form(
            hass, pipeline_id, forms, [] if bench.quick else VOICE_FORMS
        )
        places.tally(
            "agent, typed or spoken",
            chat[marks[0] :],
            _pipeline_events(hass)[marks[1] :],
            logs.records[marks[2] :],
        )
        marks = (len(chat), len(_pipeline_events(hass)), len(logs.records))
        for form in list(forms)[:2]:
            await _async_arm(hass)
            await async_type_into_pipeline(hass, pipeline_id, forms[form])
            disarmed[f"typed into a pipeline: {form}"] = (
                state_of(hass, ALARM).state == "disarmed"
            )
        places.tally(
            "pipeline, typed (HA core keeps the words before any agent)",
            chat[marks[0] :],
            _pipeline_events(hass)[marks[1] :],
            logs.records[marks[2] :],
        )
        traces = [t.as_dict() for t in async_get_traces()]
        places.count("conversation traces", [json.dumps(traces, default=str)])
        diagnostics = await async_diagnostics(hass, entry)
        places.count("diagnostics", [json.dumps(diagnostics, default=str)])
        if recorder is None and not bench.quick:
            await recorder_helper.get_instance(hass).async_block_till_done()
            text = await hass.async_add_executor_job(_database_text, database)
            places.count("recorder database (HA core)", [text])
        else:
            places.hits["recorder database (HA core)"] = (
                f"not run ({recorder or 'quick run'})"
            )
        await hass.config_entries.async_unload(entry.entry_id)
        places.hits |= await _async_network_engine(
            hass, bench, list(forms.values())[:2]
        )
    return {
        "code forms said": len(disarmed),
        "disarmed": f"{sum(disarmed.values())}/{len(disarmed)}",
        "not disarmed": [form for form, done in disarmed.items() if not done],
        "follow-up replies": follow_up,
        "hits per place": dict(sorted(places.hits.items())),
    }


async def _async_network_engine(
    hass: HomeAssistant, bench: Bench, words: list[str]
) -> dict[str, int]:
    """Say the code to llm_home on a network engine logging at DEBUG; search its log."""
    with network_engine(
        bench.scratch("leaks-engine"), bench.data_dir, NETWORK_TOKEN, log_level="debug"
    ) as engine:
        entry = await async_add_agent(
            hass,
            entry_data((engine.host, engine.port, engine.token)),
            {CONF_ALLOW_DISARM: True},
        )
        for text in words:
            await _async_arm(hass)
            await async_ask(hass, text)
        await hass.config_entries.async_unload(entry.entry_id)
        log = engine.log.read_text(encoding="utf-8", errors="replace")
    return {"network engine's log (DEBUG)": hits(log)}
