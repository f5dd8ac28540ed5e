"""Load: five satellites (devices in five areas) talking at once, typed and spoken.

Each satellite sends its requests one after another; the five run side by side. Each
request is answered, refused as busy with a spoken reply, fails otherwise, times out or
is lost. Latency is words in to reply out. Memory is the resident size of Home Assistant
(this process) and of the embedded engine, before and after.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry

from benchmarks.assist.conversing import Exchange, async_converse_voice, spoken
from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, device_registry as dr

from .common import (
    Bench,
    Outcome,
    async_ask,
    async_pipeline,
    engine_pid,
    latency,
    rss_mb,
    this_rss_mb,
)
from tests.home import async_setup_agent, entry_data

SATELLITES = ["Kitchen", "Bedroom", "Living Room", "Hallway", "Office"]
SENTENCES = [
    "turn on the lights",
    "turn off the lights",
    "set the hvac to 21 degrees",
    "is the alarm armed?",
    "turn on the kitchen lights",
    "set the bed light to 40 percent",
    "turn off the kitchen lights",
    "what is the temperature of the heatpump?",
]
SPOKEN = ["Turn on the kitchen light.", "Set the hvac to 22 degrees."]
TIMEOUT_S = 60.0  # a satellite gives up about then
QUICK_TIMEOUT_S = 180.0  # the test's: a busy CI machine is slow, not broken


async def _async_satellites(hass: HomeAssistant) -> list[str]:
    """Create one satellite device in each area; return their device ids."""
    owner = MockConfigEntry(domain="hardening_satellites")
    owner.add_to_hass(hass)
    dev_reg, area_reg = dr.async_get(hass), ar.async_get(hass)
    ids = []
    for number, area_name in enumerate(SATELLITES):
        area = area_reg.async_get_area_by_name(area_name)
        device = dev_reg.async_get_or_create(
            config_entry_id=owner.entry_id,
            identifiers={("hardening_satellites", str(number))},
            name=f"{area_name} satellite",
        )
        dev_reg.async_update_device(device.id, area_id=area.id if area else None)
        ids.append(device.id)
    return ids


def kind(outcome: Outcome) -> str:
    """Return answered, busy, failed, timed out or lost."""
    if outcome.lost is not None and outcome.lost.startswith("TimeoutError"):
        return "timed out"
    if outcome.kind == "failed cleanly":
        return (
            "refused as busy" if "busy" in outcome.reply.lower() else "failed (spoken)"
        )
    return outcome.kind


def summary(kinds: list[str], latencies: list[float]) -> dict[str, Any]:
    """Return the counts of each kind and the answered requests' latency."""
    names = ["answered", "refused as busy", "failed (spoken)", "timed out", "lost"]
    return {name: kinds.count(name) for name in names} | latency(latencies)


async def _async_typed(
    hass: HomeAssistant, devices: list[str], count: int, timeout: float
) -> dict[str, Any]:
    async def satellite(number: int, device_id: str) -> list[Outcome]:
        return [
            await async_ask(
                hass,
                SENTENCES[(number + turn) % len(SENTENCES)],
                device_id=device_id,
                timeout=timeout,
            )
            for turn in range(count)
        ]

    runs = await asyncio.gather(*(satellite(n, d) for n, d in enumerate(devices)))
    outcomes = [outcome for run in runs for outcome in run]
    kinds = [kind(outcome) for outcome in outcomes]
    answered = [o.ms for o, k in zip(outcomes, kinds, strict=True) if k == "answered"]
    failures = {
        o.lost or o.reply
        for o, k in zip(outcomes, kinds, strict=True)
        if k != "answered"
    }
    return {
        "requests": len(outcomes),
        **summary(kinds, answered),
        "failures": sorted(failures),
    }


async def _async_spoken(hass: HomeAssistant, pipeline_id: str) -> dict[str, Any]:
    clips = [await spoken(hass, sentence) for sentence in SPOKEN]

    async def satellite(number: int) -> list[Exchange]:
        return [
            await async_converse_voice(
                hass, pipeline_id, clips[(number + turn) % len(clips)]
            )
            for turn in range(len(clips))
        ]

    runs = await asyncio.gather(*(satellite(n) for n in range(len(SATELLITES))))
    exchanges = [exchange for run in runs for exchange in run]
    kinds = [
        ("refused as busy" if "busy" in e.reply.lower() else "failed (spoken)")
        if e.error
        else ("answered" if e.reply else "lost")
        for e in exchanges
    ]
    answered = [
        e.latency_ms["total"] or 0.0
        for e, k in zip(exchanges, kinds, strict=True)
        if k == "answered"
    ]
    failures = {
        e.reply for e, k in zip(exchanges, kinds, strict=True) if k != "answered"
    }
    return {
        "requests": len(exchanges),
        **summary(kinds, answered),
        "failures": sorted(failures),
    }


async def async_run(hass: HomeAssistant, bench: Bench) -> dict[str, Any]:
    """Five satellites at once; return outcomes, latency and memory."""
    entry = await async_setup_agent(hass, entry_data())
    devices = await _async_satellites(hass)
    memory = {
        "HA before (MB)": this_rss_mb(),
        "engine before (MB)": rss_mb(engine_pid(entry)),
    }
    count = 2 if bench.quick else 20
    figures: dict[str, Any] = {
        f"{len(devices)} satellites x {count} typed requests": await _async_typed(
            hass, devices, count, QUICK_TIMEOUT_S if bench.quick else TIMEOUT_S
        )
    }
    if not bench.quick:
        pipeline_id = await async_pipeline(hass, entry)
        figures[
            f"{len(devices)} satellites x {len(SPOKEN)} spoken requests"
        ] = await _async_spoken(hass, pipeline_id)
    memory |= {
        "HA after (MB)": this_rss_mb(),
        "engine after (MB)": rss_mb(engine_pid(entry)),
    }
    return figures | {"memory": memory}
