"""Tests for the status sensors: worker state, restarts and the last command's latency."""

from __future__ import annotations

import asyncio
import os
import signal

from homeassistant.components import conversation
from homeassistant.const import EntityCategory, UnitOfTime
from homeassistant.core import Context, Event, EventStateChangedData, HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.event import async_track_state_change_event

from .home import async_setup_agent, state_of
from custom_components.llm_home.engine.store import ModelStore

STATUS = "sensor.llm_home_status"
LATENCY = "sensor.llm_home_last_command_latency"
RESTARTS = "sensor.llm_home_engine_restarts"


async def wait_for_state(
    hass: HomeAssistant, entity_id: str, state: str, timeout: float = 60
) -> None:
    """Wait until an entity has a state (the worker recovers outside HA's tasks)."""
    async with asyncio.timeout(timeout):
        while (current := hass.states.get(entity_id)) is None or current.state != state:
            await asyncio.sleep(0.1)


async def test_sensors_follow_commands_and_worker_restarts(
    hass: HomeAssistant, default_data: dict[str, str], model_store: ModelStore
) -> None:
    """Latency appears after a command; a killed worker shows as restarting, then ready."""
    entry = await async_setup_agent(hass, default_data)
    ent_reg = er.async_get(hass)
    for entity_id in (STATUS, LATENCY, RESTARTS):
        entity = ent_reg.async_get(entity_id)
        assert entity is not None and entity.config_entry_id == entry.entry_id
        assert entity.entity_category is EntityCategory.DIAGNOSTIC
    status = state_of(hass, STATUS)
    assert status.state == "ready"
    assert status.attributes["friendly_name"] == "LLM Home Status"
    assert status.attributes["options"] == ["ready", "restarting", "stopped"]
    assert state_of(hass, LATENCY).state == "unknown"
    assert state_of(hass, RESTARTS).state == "0"

    await conversation.async_converse(
        hass,
        "turn on the kitchen lights",
        None,
        Context(),
        language="en",
        agent_id="conversation.llm_home",
    )
    await hass.async_block_till_done()
    assert state_of(hass, "light.kitchen_lights").state == "on"
    latency = state_of(hass, LATENCY)
    timing = entry.runtime_data.stats.last
    assert timing is not None and float(latency.state) == round(timing.total_ms) > 0
    assert latency.attributes["unit_of_measurement"] == UnitOfTime.MILLISECONDS

    seen: list[str] = []

    def remember(event: Event[EventStateChangedData]) -> None:
        if (new := event.data["new_state"]) is not None:
            seen.append(new.state)

    unsubscribe = async_track_state_change_event(hass, STATUS, remember)
    pid = entry.runtime_data.client.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    await wait_for_state(hass, RESTARTS, "1")
    await wait_for_state(hass, STATUS, "ready")
    unsubscribe()
    assert seen[0] == "restarting"
    assert entry.runtime_data.client.pid not in (None, pid)

    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert state_of(hass, STATUS).state == "unavailable"
