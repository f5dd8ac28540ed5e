"""What every part of the hardening benchmark shares.

A part runs on any `hass` (PHACC's fixture in tests/test_hardening.py, or the one the
CLI starts) with a `Bench`: where the models are, a scratch directory, and how big a run
it is. It returns its figures as plain data; nothing here asserts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
import logging
import os
from pathlib import Path
import re
import statistics
import time
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry

from benchmarks.assist.agents import entity_of
from benchmarks.assist.conversing import async_create_pipeline
from homeassistant.components import conversation
from homeassistant.components.assist_pipeline import PipelineEvent
from homeassistant.components.assist_pipeline.pipeline import (
    PipelineInput,
    PipelineRun,
    PipelineStage,
    async_get_pipeline,
)
from homeassistant.components.homeassistant.exposed_entities import async_should_expose
from homeassistant.const import EVENT_CALL_SERVICE, EVENT_STATE_CHANGED
from homeassistant.core import Context, CoreState, Event, HomeAssistant, callback
from homeassistant.helpers import chat_session, intent, issue_registry as ir
from homeassistant.loader import async_get_integration
from homeassistant.setup import async_setup_component

from custom_components.llm_home.const import DOMAIN, ENGINE_DATA_DIR
from custom_components.llm_home.runtime import LlmHomeConfigEntry
from tests.home import AGENT

REQUEST_TIMEOUT_S = 120.0


@dataclass(frozen=True, slots=True)
class Bench:
    """Where a part runs: the config directory holding llm_home's models, scratch space."""

    config_dir: Path
    workdir: Path
    quick: bool  # the CI test's short run

    @property
    def data_dir(self) -> Path:
        """Return the engine data directory (its models/ inside) that engines share."""
        return self.config_dir / ENGINE_DATA_DIR

    def scratch(self, name: str) -> Path:
        """Return a fresh directory for one piece of a part."""
        path = self.workdir / name
        path.mkdir(parents=True, exist_ok=True)
        return path


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one request got: a spoken answer, a spoken error, or nothing."""

    text: str
    reply: str = ""
    error: bool = False  # an error response (it still speaks `reply`)
    lost: str | None = None  # no response: the exception or a timeout
    ms: float = 0.0
    conversation_id: str | None = None

    @property
    def kind(self) -> str:
        """Return answered, failed cleanly (a spoken error) or lost."""
        if self.lost is not None or not self.reply.strip():
            return "lost"
        return "failed cleanly" if self.error else "answered"


async def async_ask(
    hass: HomeAssistant,
    text: str,
    *,
    conversation_id: str | None = None,
    device_id: str | None = None,
    timeout: float = REQUEST_TIMEOUT_S,
) -> Outcome:
    """Send typed words to llm_home's agent through HA; never raises."""
    start = time.perf_counter()
    try:
        async with asyncio.timeout(timeout):
            result = await conversation.async_converse(
                hass,
                text,
                conversation_id,
                Context(),
                language="en",
                agent_id=AGENT,
                device_id=device_id,
            )
    except Exception as err:  # noqa: BLE001  # what reaches HA is the figure
        return Outcome(text, lost=f"{type(err).__name__}: {err}", ms=_since(start))
    response = result.response
    return Outcome(
        text,
        reply=str(response.speech.get("plain", {}).get("speech", "")),
        error=response.response_type is intent.IntentResponseType.ERROR,
        ms=_since(start),
        conversation_id=result.conversation_id,
    )


def _since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def count_kinds(outcomes: list[Outcome]) -> dict[str, int]:
    """Return how many outcomes were answered, failed cleanly and lost."""
    kinds = ["answered", "failed cleanly", "lost"]
    return {kind: sum(o.kind == kind for o in outcomes) for kind in kinds}


def latency(values: list[float]) -> dict[str, float | None]:
    """Return the p50 and p95 of latencies in ms (None without any)."""
    if not values:
        return {"p50_ms": None, "p95_ms": None}
    if len(values) == 1:
        return {"p50_ms": values[0], "p95_ms": values[0]}
    cuts = statistics.quantiles(values, n=20, method="inclusive")
    return {"p50_ms": statistics.median(values), "p95_ms": cuts[18]}


def rss_mb(pid: int | None) -> float | None:
    """Return a process's resident memory in MB, from /proc (None when it is gone)."""
    if pid is None:
        return None
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return None
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    return round(int(match.group(1)) / 1024, 1) if match else None


def engine_pid(entry: LlmHomeConfigEntry) -> int | None:
    """Return the pid of an embedded engine (None on the network or while it is down)."""
    return entry.runtime_data.client.pid


def this_rss_mb() -> float | None:
    """Return Home Assistant's (this process's) resident memory in MB."""
    return rss_mb(os.getpid())


async def async_diagnostics(
    hass: HomeAssistant, entry: LlmHomeConfigEntry
) -> dict[str, Any]:
    """Return llm_home's config entry diagnostics, as HA's diagnostics download does."""
    integration = await async_get_integration(hass, DOMAIN)
    platform = await integration.async_get_platform("diagnostics")
    result: dict[str, Any] = await platform.async_get_config_entry_diagnostics(
        hass, entry
    )
    return result


@dataclass(frozen=True, slots=True)
class Action:
    """A service call or a state change seen on HA's bus while requests ran."""

    kind: str  # "call" or "state"
    domain: str
    what: str  # the service, or "old -> new"
    entity_ids: tuple[str, ...]
    data: dict[str, Any] = field(default_factory=dict)


class Watch:
    """Records service calls and state changes on HA's bus while `recording`."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Listen on the bus from now on; `close` stops."""
        self.actions: list[Action] = []
        self.recording = False
        self._unsubs = [
            hass.bus.async_listen(EVENT_CALL_SERVICE, self._on_call),
            hass.bus.async_listen(EVENT_STATE_CHANGED, self._on_state),
        ]

    @contextmanager
    def record(self) -> Iterator[list[Action]]:
        """Record what happens in the block; yield the list that fills."""
        start = len(self.actions)
        self.recording = True
        seen: list[Action] = []
        try:
            yield seen
        finally:
            self.recording = False
            seen.extend(self.actions[start:])

    @callback
    def _on_call(self, event: Event[Any]) -> None:
        if not self.recording:
            return
        data = dict(event.data.get("service_data") or {})
        ids = data.get("entity_id") or []
        self.actions.append(
            Action(
                "call",
                str(event.data.get("domain")),
                str(event.data.get("service")),
                tuple([ids] if isinstance(ids, str) else ids),
                data,
            )
        )

    @callback
    def _on_state(self, event: Event[Any]) -> None:
        if not self.recording:
            return
        old, new = event.data.get("old_state"), event.data.get("new_state")
        if old is None or new is None:
            return  # an entity that appears or goes is no action
        if old.state == new.state and old.attributes == new.attributes:
            return
        entity_id = str(event.data["entity_id"])
        self.actions.append(
            Action(
                "state",
                entity_id.split(".", maxsplit=1)[0],
                f"{old.state} -> {new.state}",
                (entity_id,),
            )
        )

    def close(self) -> None:
        """Stop listening."""
        for unsub in self._unsubs:
            unsub()


def unexposed(hass: HomeAssistant, domains: list[str]) -> set[str]:
    """Return the entities of `domains` that are not exposed to Assist."""
    return {
        state.entity_id
        for state in hass.states.async_all(domains)
        if not async_should_expose(hass, conversation.DOMAIN, state.entity_id)
    }


class LogRecorder(logging.Handler):
    """Keeps every log record of every logger (root at DEBUG while it is attached)."""

    def __init__(self) -> None:
        """Hold nothing yet."""
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record's logger, level and full text (exception included)."""
        try:
            text = record.getMessage()
        except Exception as err:  # noqa: BLE001  # a broken record is text too
            text = f"{record.msg!r} {record.args!r} ({err})"
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        self.records.append((record.name, record.levelno, text))

    @contextmanager
    def attached(self, level: int = logging.DEBUG) -> Iterator[LogRecorder]:
        """Attach to the root logger for the block, at `level`."""
        root = logging.getLogger()
        previous = root.level
        root.addHandler(self)
        root.setLevel(level)
        try:
            yield self
        finally:
            root.removeHandler(self)
            root.setLevel(previous)

    def errors(self, since: int = 0) -> list[str]:
        """Return the records at ERROR or above from index `since` (tracebacks included)."""
        return [
            f"{name}: {text}"
            for name, level, text in self.records[since:]
            if level >= logging.ERROR
        ]


def figure_lines(title: str, figures: dict[str, Any], indent: str = "") -> list[str]:
    """Return a part's figures as aligned lines (nested dicts indented)."""
    lines = [f"\n## {title}"] if not indent else []
    for name, value in figures.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{name}:")
            lines.extend(figure_lines(title, value, indent + "  "))
        elif isinstance(value, float):
            lines.append(f"{indent}{name:<56} {value:,.1f}")
        else:
            lines.append(f"{indent}{name:<56} {value}")
    return lines


def print_figures(title: str, figures: dict[str, Any]) -> None:
    """Print a part's figures."""
    print("\n".join(figure_lines(title, figures)), flush=True)


async def async_type_into_pipeline(
    hass: HomeAssistant,
    pipeline_id: str,
    text: str,
    on_event: Callable[[PipelineEvent], None] = lambda _event: None,
) -> None:
    """Run typed words through a pipeline's intent stage, as the Assist dialog does."""
    with chat_session.async_get_chat_session(hass, None) as session:
        run = PipelineRun(
            hass,
            context=Context(),
            pipeline=async_get_pipeline(hass, pipeline_id),
            start_stage=PipelineStage.INTENT,
            end_stage=PipelineStage.INTENT,
            event_callback=on_event,
        )
        await PipelineInput(run=run, session=session, intent_input=text).execute(
            validate=True
        )


async def async_pipeline(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> str:
    """Set up HA's assist pipelines; return a new one of llm_home's STT, agent and TTS."""
    assert await async_setup_component(hass, "assist_pipeline", {})
    return await async_create_pipeline(
        hass,
        AGENT,
        entity_of(hass, entry.entry_id, "stt"),
        entity_of(hass, entry.entry_id, "tts"),
    )


async def async_try_agent(
    hass: HomeAssistant,
    data: dict[str, Any],
    before_removal: Callable[[], Awaitable[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """Add an llm_home entry that may not load; return what HA and a request got.

    `before_removal` adds figures of its own; then the entry is removed again.
    """
    entry = MockConfigEntry(domain=DOMAIN, title="LLM Home", data=data)
    entry.add_to_hass(hass)
    error: str | None = None
    try:
        await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done(wait_background_tasks=True)
    except Exception as err:  # noqa: BLE001  # what reaches HA is the figure
        error = f"{type(err).__name__}: {err}"
    outcome = await async_ask(hass, "turn on the kitchen lights")
    figures = {
        "entry state": entry.state.value,
        "reason": entry.reason,
        "exception into HA": error,
        "repair issues": [
            issue.translation_key or issue.issue_id
            for issue in ir.async_get(hass).issues.values()
            if issue.domain == DOMAIN
        ],
        "request": f"{outcome.kind}: {outcome.lost or outcome.reply!r}",
        "Home Assistant running": hass.state is CoreState.running,
    }
    if before_removal is not None:
        figures |= await before_removal()
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    return figures
