"""Accuracy and latency of the conversation agent on the fixture home, with the real model.

Run with `scripts/bench_agent`. Prints numbers; asserts nothing about time.
Measures:
- accuracy and latency (words in, state changed) over tests/commands.py, warm cache,
  with the embedded engine (a child process) and a network engine on loopback;
- prompt time with the prefix cached and uncached;
- latency with 20 and with 200 extra exposed lights;
- five simultaneous requests with the language model in the engine and on a server.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from custom_components.llm_home.agent.brain import Brain
from custom_components.llm_home.agent.prompt import build_prefix, build_prompt
from custom_components.llm_home.const import (
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_URL,
    DOMAIN,
    ENGINE_EMBEDDED,
    ENGINE_NETWORK,
    MODEL_CONF_KEYS,
)
from custom_components.llm_home.engine.catalog import ModelKind
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.home.snapshot import async_get_home
from custom_components.llm_home.language import ENGLISH
from tests.commands import COMMANDS
from tests.home import async_setup_home
from tests.llm_servers import API_KEY, LlmServerProcess
from tests.test_conversation import _passed, _snapshot

AGENT = "conversation.llm_home"
_ADJECTIVES = [
    "amber",
    "brass",
    "cedar",
    "dusk",
    "ember",
    "frost",
    "granite",
    "harbor",
    "ivory",
    "jade",
]
_NOUNS = [
    "lamp",
    "sconce",
    "pendant",
    "spot",
    "strip",
    "lantern",
    "globe",
    "bulb",
    "arc",
    "beam",
]
_ROOMS = [
    "attic",
    "porch",
    "study",
    "pantry",
    "gym",
    "nursery",
    "cellar",
    "studio",
    "loft",
    "den",
]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _print(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n## {title}")
    for name, value in rows:
        print(f"{name:<44} {value}")


async def _add_lights(hass: HomeAssistant, count: int) -> None:
    """Add `count` exposed template lights with distinct names."""
    lights = [
        {
            "name": f"{_ROOMS[i // 20 % 10]} {_ADJECTIVES[i % 10]} {_NOUNS[i // 10 % 10]}",
            "unique_id": f"bench_light_{i}",
            "turn_on": [],
            "turn_off": [],
        }
        for i in range(count)
    ]
    assert await async_setup_component(
        hass, "template", {"template": [{"light": lights}]}
    )
    await hass.async_block_till_done()
    for state in hass.states.async_all("light"):
        async_expose_entity(hass, "conversation", state.entity_id, True)


async def _converse(
    hass: HomeAssistant, text: str, conversation_id: str | None
) -> tuple[str, str, float]:
    start = time.perf_counter()
    result = await conversation.async_converse(
        hass, text, conversation_id, Context(), language="en", agent_id=AGENT
    )
    await hass.async_block_till_done()
    elapsed = (time.perf_counter() - start) * 1000
    return (
        str(result.response.speech["plain"]["speech"]),
        str(result.conversation_id),
        elapsed,
    )


async def _setup(
    hass: HomeAssistant, entry: MockConfigEntry, extra_lights: int
) -> Brain:
    await async_setup_home(hass)
    if extra_lights:
        await _add_lights(hass, extra_lights)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    return entry.runtime_data.brain


@pytest.mark.parametrize("engine_kind", [ENGINE_EMBEDDED, ENGINE_NETWORK])
async def test_bench_commands(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    model_store: ModelStore,
    engine_kind: str,
) -> None:
    """Accuracy and warm latency over the command set, embedded engine and network engine."""
    await _setup(hass, mock_config_entry, 0)
    latencies, passed, conversation_id = [], 0, None
    for command in COMMANDS:
        before = _snapshot(hass)
        reply, new_id, elapsed = await _converse(
            hass, command.sentence, conversation_id if command.follows else None
        )
        conversation_id = new_id
        ok = _passed(hass, command, reply, before)
        passed += ok
        latencies.append(elapsed)
        print(
            f"{'PASS' if ok else 'FAIL'} {elapsed:6.0f} ms  {command.sentence!r} -> {reply!r}"
        )
    _print(
        f"Commands (fixture home, warm cache, {engine_kind} engine)",
        [
            (
                "accuracy",
                f"{passed}/{len(COMMANDS)} = {100 * passed / len(COMMANDS):.1f} %",
            ),
            (
                "latency median (words in -> state changed)",
                f"{statistics.median(latencies):.0f} ms",
            ),
            ("latency p95", f"{_percentile(latencies, 0.95):.0f} ms"),
            ("latency max", f"{max(latencies):.0f} ms"),
        ],
    )


async def test_bench_prompt_cache(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, model_store: ModelStore
) -> None:
    """Prompt evaluation time with the prefix cached and uncached."""
    brain = await _setup(hass, mock_config_entry, 0)
    home = async_get_home(hass)
    prompt = build_prompt(
        build_prefix(home, ENGLISH),
        [],
        "turn on the kitchen lights",
        None,
        home.entities[:3],
        language=ENGLISH,
    )
    rows = []
    for label in ("uncached", "cached"):
        if label == "uncached":
            await brain.engine.complete(
                "<|im_start|>system\nreset<|im_end|>\n", max_tokens=1
            )
        result = await brain.engine.complete(prompt, max_tokens=1)
        rows.append(
            (
                f"prompt {label}",
                f"{result.prompt_tokens} tokens, {result.cached_tokens} cached, prefill {result.prefill_ms:.0f} ms",
            )
        )
    _print("Prompt cache", rows)


async def _bench_size(hass: HomeAssistant, entry: MockConfigEntry, extra: int) -> None:
    brain = await _setup(hass, entry, extra)
    sentences = [c.sentence for c in COMMANDS[:12]]
    latencies, prompt_tokens = [], []
    for sentence in sentences:
        thought = await brain.async_think(sentence, [], None)
        latencies.append(thought.total_ms)
        if thought.completion:
            prompt_tokens.append(thought.completion.prompt_tokens)
    exposed = len(async_get_home(hass).entities)
    _print(
        f"{exposed} exposed entities",
        [
            ("think latency median", f"{statistics.median(latencies):.0f} ms"),
            ("think latency p95", f"{_percentile(latencies, 0.95):.0f} ms"),
            ("prompt tokens median", f"{statistics.median(prompt_tokens):.0f}"),
        ],
    )


async def test_bench_20_entities(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, model_store: ModelStore
) -> None:
    """Latency with about 20 exposed entities."""
    await _bench_size(hass, mock_config_entry, 10)


async def test_bench_200_entities(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, model_store: ModelStore
) -> None:
    """Latency with about 200 exposed entities."""
    await _bench_size(hass, mock_config_entry, 190)


async def test_bench_concurrent_requests(
    hass: HomeAssistant,
    default_data: dict[str, Any],
    model_store: ModelStore,
    completion_server: LlmServerProcess,
) -> None:
    """Five requests at once, as five satellites would send them, per backend."""
    server = {
        k: v for k, v in default_data.items() if k != MODEL_CONF_KEYS[ModelKind.LLM]
    } | {CONF_LLM_SERVER_URL: completion_server.url, CONF_LLM_SERVER_KEY: API_KEY}
    sentences = [
        "turn off the kitchen lights",
        "set the hvac to 23 degrees",
        "turn on the bed light",
        "is the alarm armed?",
        "turn off the entrance lights",
    ]
    await async_setup_home(hass)
    for backend, data in (("engine", default_data), ("server", server)):
        entry = MockConfigEntry(domain=DOMAIN, title="LLM Home", data=data)
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done(wait_background_tasks=True)

        async def one(sentence: str) -> tuple[str, float, bool]:
            start = time.perf_counter()
            result = await conversation.async_converse(
                hass, sentence, None, Context(), language="en", agent_id=AGENT
            )
            elapsed = (time.perf_counter() - start) * 1000
            error = result.response.response_type is intent.IntentResponseType.ERROR
            return result.response.speech["plain"]["speech"], elapsed, error

        outcomes = await asyncio.gather(*(one(sentence) for sentence in sentences))
        for (reply, elapsed, error), sentence in zip(outcomes, sentences, strict=True):
            print(
                f"{backend}: {elapsed:6.0f} ms {'ERROR' if error else 'ok   '} {sentence!r} -> {reply!r}"
            )
        latencies = [elapsed for _, elapsed, error in outcomes if not error]
        _print(
            f"5 simultaneous requests, language model in the {backend}",
            [
                ("answered", f"{len(latencies)}/5"),
                ("refused or failed", f"{sum(error for *_, error in outcomes)}/5"),
                (
                    "latency median",
                    f"{statistics.median(latencies):.0f} ms" if latencies else "-",
                ),
                ("latency max", f"{max(latencies):.0f} ms" if latencies else "-"),
            ],
        )
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.config_entries.async_remove(entry.entry_id)
