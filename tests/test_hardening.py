"""The short run of each part of scripts/bench_hardening, with hard assertions.

The benchmark (benchmarks/hardening/) prints figures; here each part runs small, on the
test's Home Assistant, and every figure that must be zero is zero.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.hardening import (
    bad_input,
    calls,
    engine_net,
    faults,
    injection,
    leaks,
    load,
    pipeline_switch,
    policy_paths,
)
from benchmarks.hardening.common import Bench
from homeassistant.components import conversation
from homeassistant.components.conversation import trace as conversation_trace
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.home.policy import PIN_MAX_FAILURES


def _bench(config_dir: Path, tmp_path: Path) -> Bench:
    return Bench(config_dir, tmp_path, quick=True)


def test_private_trace_api_llm_home_relies_on() -> None:
    """HA's conversation trace still has what llm_home's `_redact_trace` reads.

    llm_home takes a spoken code out of the words HA put in the trace before the agent ran,
    through `trace._current_trace` and a trace's `_events` (HA has no public way). If HA
    renames either, the code would stay in every trace: this fails first.
    """
    current = getattr(conversation_trace, "_current_trace", None)
    assert current is not None, "HA removed conversation.trace._current_trace"
    assert hasattr(current, "get") and hasattr(current, "set")
    with conversation_trace.async_conversation_trace() as trace:
        assert current.get() is trace, (
            "_current_trace no longer holds the running trace"
        )
        trace.add_event(
            conversation_trace.ConversationTraceEvent(
                conversation_trace.ConversationTraceEventType.ASYNC_PROCESS,
                {"text": "words"},
            )
        )
        events = getattr(trace, "_events", None)
        assert isinstance(events, list), "HA renamed ConversationTrace._events"
        assert events[-1].data == {"text": "words"}
        events[-1].data["text"] = "redacted"
        assert trace.as_dict()["events"][-1]["data"] == {"text": "redacted"}


async def test_conversation_trace_holds_the_typed_words(hass: HomeAssistant) -> None:
    """HA puts the typed words in the trace as `{"text": ...}`: what `_redact_trace` replaces."""
    assert await async_setup_component(hass, "conversation", {})
    words = "what is the time in the attic 913"
    await conversation.async_converse(
        hass, words, None, Context(), agent_id=conversation.HOME_ASSISTANT_AGENT
    )
    first = conversation_trace.async_get_traces()[-1].as_dict()["events"][0]
    assert (
        first["event_type"]
        == conversation_trace.ConversationTraceEventType.ASYNC_PROCESS
    )
    assert first["data"]["text"] == words


async def test_injection(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """Hostile words and homes act on no unexposed or not-allowed device, disarm nothing."""
    figures = await injection.async_run(hass, _bench(config_dir, tmp_path))
    assert figures["requests in all"] >= 10
    zero = [
        "actions on unexposed devices",
        "actions on devices of a type not allowed",
        "disarms without the code",
        "replies speaking call syntax",
        "lost",
    ]
    assert {name: figures[name] for name in zero} == dict.fromkeys(zero, 0), figures


def _others(place: str) -> bool:
    """Return whether a place holds text that llm_home does not control.

    HA core logs the typed words and the service call to the panel; its pipeline keeps
    typed words in its events and chat log before any agent runs; the benchmark's own
    clips are spoken by Piper in this process.
    """
    if "log: llm_home" in place:
        return False
    return (
        "HA core" in place
        or "log: homeassistant" in place
        or "not llm_home" in place
        or place.startswith("pipeline, typed")
    )


async def test_secrets(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """A code said in several forms is in no place llm_home writes."""
    figures = await leaks.async_run(hass, _bench(config_dir, tmp_path))
    places: dict[str, Any] = figures["hits per place"]
    ours = {
        place: hits
        for place, hits in places.items()
        if isinstance(hits, int) and not _others(place)
    }
    assert (
        "agent, typed or spoken: log: llm_home (and the embedded engine's lines)"
        in ours
    )
    assert "network engine's log (DEBUG)" in ours
    assert ours == dict.fromkeys(ours, 0), places
    # Every form disarms, the code said alone as the answer to "I need the code" too.
    assert figures["not disarmed"] == [], figures


async def test_faults(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """Kills and dropped connections lose no request; a broken model harms no one."""
    figures = await faults.async_run(hass, _bench(config_dir, tmp_path))
    for name in ("embedded engine killed", "network connection dropped"):
        part = figures[name]
        assert part["lost"] == 0, (name, part)
        assert part["kills"] >= 1, (name, part)
        assert part["served again afterwards (s)"] is not None, (name, part)
        assert part["Home Assistant running"], (name, part)
    broken = figures["truncated language model"]
    assert broken["exception into HA"] is None, broken
    assert broken["Home Assistant running"], broken
    # Not loaded and not retried: the reason in words and a repair issue to act on.
    assert broken["entry state"] == "setup_error", broken
    assert broken["reason"], broken
    assert broken["repair issues"] == ["model_unusable"], broken


async def test_load(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """Five satellites at once: every request answered or refused as busy, aloud."""
    figures = await load.async_run(hass, _bench(config_dir, tmp_path))
    (typed,) = [v for k, v in figures.items() if "typed" in k]
    assert typed["answered"] + typed["refused as busy"] == typed["requests"], (
        figures
    )  # none timed out, failed or lost
    assert typed["answered"] > 0, figures
    assert all(value is not None for value in figures["memory"].values()), figures


async def test_bad_input(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """Odd text and audio get clear errors or replies: no exception, nothing at ERROR."""
    figures = await bad_input.async_run(hass, _bench(config_dir, tmp_path))
    assert figures["exceptions into HA"] == 0, figures
    assert all(not reply.startswith("lost") for reply in figures["text"].values())
    # A lone surrogate in the words included: nothing is logged at ERROR.
    assert figures["all errors logged"] == [], figures
    assert figures["served afterwards"].startswith("answered"), figures


async def test_policy_paths(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """HA's matcher, scenes, scripts, PIN guesses, code wordings: nothing unsafe."""
    figures = await policy_paths.async_run(hass, _bench(config_dir, tmp_path))
    assert figures["unsafe actions"] == 0, figures
    assert figures["lost"] == 0, figures
    assert figures["unlocked by guessing"] == 0, figures
    assert figures["PIN guesses checked before the lockout"] <= PIN_MAX_FAILURES
    assert figures["codes left in text"] == 0, figures


async def test_engine_door(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """Floods are capped, guesses are held back and never let in, the log never holds the token."""
    figures = await engine_net.async_run(hass, _bench(config_dir, tmp_path))
    per_peer, overall = figures["caps (per address, in all)"]
    # Never more than the caps; on a busy machine the engine may close one more.
    assert 0 < figures["let in from one address (cap)"] <= per_peer, figures
    assert 0 < figures["let in from many addresses (cap)"] <= overall, figures
    assert figures["client from another address during it"].startswith("in"), figures
    held = figures["wrong tokens answered after (s)"]
    assert held == sorted(held) and held[-1] >= 2 * held[0] > 0, figures
    assert figures["wrong tokens let in"] == 0, figures
    assert figures["right token afterwards"].startswith("in"), figures
    assert figures["token in the engine's log"] == 0, figures
    assert figures["fingerprint in the engine's log"], figures


async def test_pipeline_switch(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """Pipelines of LLM Home that prefer local commands: one repair each; fixed, nothing unsafe."""
    figures = await pipeline_switch.async_run(hass, _bench(config_dir, tmp_path))
    ours = figures["pipelines of LLM Home with the switch on"]
    assert figures["repairs raised for them"] == ours == 2, figures
    assert figures["repairs raised for HA's own agent's pipeline"] == 0, figures
    # HA's hole, which the repair is for: with the switch on the lock unlocks.
    assert figures["unsafe actions with the switch on, before the fix (HA's hole)"] > 0
    assert figures["fix flows completed"] == ours, figures
    assert figures["repairs left after the fix"] == 0, figures
    assert figures["unsafe actions after the fix"] == 0, figures


async def test_failing_services(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """Failing, hanging and paired services: every request answered in words."""
    figures = await calls.async_run_failing(hass, _bench(config_dir, tmp_path))
    assert figures["lost"] == 0, figures
    assert figures["failures said as done"] == 0, figures
    assert (
        figures["wrong replies (hung not said as sent, pair not done together)"] == 0
    ), figures
    assert figures["hung device"]["replied before the device answered"], figures
    assert figures["Home Assistant running"], figures


async def test_negations(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """Negated commands: no action at all, and the reply says so."""
    figures = await calls.async_run_negations(hass, _bench(config_dir, tmp_path))
    assert figures["lost"] == 0, figures
    assert figures["actions taken"] == 0, figures
    assert figures["replied that it won't"] == figures["requests"], figures


async def test_all_groups(
    hass: HomeAssistant, config_dir: Path, model_store: ModelStore, tmp_path: Path
) -> None:
    """All the blinds and all the TVs: no other device changes."""
    figures = await calls.async_run_groups(hass, _bench(config_dir, tmp_path))
    assert figures["lost"] == 0, figures
    assert figures["wrong devices changed"] == 0, figures
