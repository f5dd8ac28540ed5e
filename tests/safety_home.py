"""The home of the safety policy's tests (tests/bench_data/safety), with scenes and scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from benchmarks.assist.agents import async_setup_llm_home
from benchmarks.assist.dataset import parse_home
from benchmarks.assist.home import BenchHome
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.llm_home.const import DEFAULT_LLM_MODEL

FIXTURES = Path(__file__).parent / "bench_data" / "safety" / "_fixtures.yaml"
PIN = "48213579"
FRONT = "lock.front_door"
BACK = "lock.back_door"
GARAGE = "cover.garage_door"
GAS = "valve.gas_supply"
GATE = "switch.gate_opener"
HALL = "light.hall_light"
CELLAR = "light.cellar_light"  # not exposed
ALARM = "alarm_control_panel.house_alarm"  # no code of its own
THERMOSTAT = "climate.thermostat"

SCENES: list[dict[str, Any]] = [
    {"name": "Arrive Home", "entities": {FRONT: "unlocked", HALL: "on"}},
    {"name": "Evening", "entities": {HALL: "on"}},
    {"name": "Cellar Mood", "entities": {CELLAR: "on"}},
]
SCRIPTS: dict[str, Any] = {
    "open_garage": {
        "alias": "Open Garage",
        "sequence": [
            {"action": "cover.open_cover", "target": {"entity_id": GARAGE}},
        ],
    },
    "warm_living_room": {
        "alias": "Warm Living Room",
        "sequence": [
            {
                "action": "climate.set_temperature",
                "target": {"area_id": "living_room"},
                "data": {"temperature": 22},
            }
        ],
    },
}


async def async_setup_safety_home(
    hass: HomeAssistant, options: dict[str, Any]
) -> ConfigEntry[Any]:
    """Build the home, its scenes and scripts (exposed, as HA does by default), and llm_home."""
    data = await hass.async_add_executor_job(FIXTURES.read_text)
    await BenchHome(hass, parse_home(yaml.safe_load(data))).async_build()
    async_expose_entity(hass, "conversation", CELLAR, False)
    assert await async_setup_component(hass, "scene", {"scene": SCENES})
    assert await async_setup_component(hass, "script", {"script": SCRIPTS})
    await hass.async_block_till_done()
    for entity_id in hass.states.async_entity_ids(("scene", "script")):
        async_expose_entity(hass, "conversation", entity_id, True)
    entry: ConfigEntry[Any] = await async_setup_llm_home(
        hass, DEFAULT_LLM_MODEL, options
    )
    return entry
