"""Everyday requests end to end, through HA's built-in matcher and the language model.

"Turn on the AC" cools: Home Assistant turns a thermostat on in its first (or last)
mode, often heating, while the words said which mode was meant. "Turn on the fan and
make it oscillate": "it" is the fan just turned on. "Turn off the AC" of two, one
of them on: the one on.
"""

from __future__ import annotations

from typing import Any

from benchmarks.assist.agents import async_setup_llm_home
from benchmarks.assist.dataset import parse_home
from benchmarks.assist.home import BenchHome
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component

from .home import state_of
from custom_components.llm_home.const import (
    CONF_ORDER,
    DEFAULT_LLM_MODEL,
    ORDER_BUILTIN_THEN_LLM,
)
from custom_components.llm_home.engine.store import ModelStore

AC = "climate.living_room_ac"
BEDROOM_AC = "climate.bedroom_ac"
FAN = "fan.tower_fan"
_HOME: dict[str, Any] = {
    "areas": [
        {"id": "living_room", "name": "Living Room"},
        {"id": "bedroom", "name": "Bedroom"},
        {"id": "outside", "name": "Carport"},
        {"id": "porch", "name": "Front Porch"},
        {"id": "hall", "name": "Hall"},
    ],
    "entities": [
        {
            "name": "Bedroom AC",
            "id": BEDROOM_AC,
            "area": "bedroom",
            "state": "off",
            "attributes": {
                "hvac_modes": ["off", "heat", "cool"],
                "min_temp": 16,
                "max_temp": 30,
                "temperature": 22,
            },
        },
        {
            "name": "Living Room AC",
            "id": AC,
            "area": "living_room",
            "state": "off",
            "attributes": {
                "hvac_modes": ["off", "heat", "cool"],
                "min_temp": 16,
                "max_temp": 30,
                "current_temperature": 27,
                "temperature": 22,
            },
        },
        {
            "name": "Tower Fan",
            "id": FAN,
            "area": "living_room",
            "state": "off",
            "attributes": {
                "supported_features": [
                    "fan.FanEntityFeature.OSCILLATE",
                    "fan.FanEntityFeature.DIRECTION",
                ],
                "oscillating": False,
                "direction": "forward",
            },
        },
        {
            "name": "Carport Light",
            "id": "light.carport",
            "area": "outside",
            "state": "off",
        },
        {
            "name": "Front Porch Light",
            "id": "light.front_porch",
            "area": "porch",
            "state": "off",
        },
        {"name": "Hall Light", "id": "light.hall", "area": "hall", "state": "off"},
        {
            "name": "Back Door",
            "id": "binary_sensor.back_door",
            "area": "hall",
            "state": "on",
            "attributes": {"device_class": "door"},
        },
    ],
}


async def _say(hass: HomeAssistant, text: str) -> str:
    result = await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id="conversation.llm_home"
    )
    await hass.async_block_till_done()
    return str(result.response.speech["plain"]["speech"])


async def _setup(hass: HomeAssistant) -> None:
    assert await async_setup_component(hass, "homeassistant", {})
    await BenchHome(hass, parse_home(_HOME)).async_build()
    await async_setup_llm_home(
        hass, DEFAULT_LLM_MODEL, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM}
    )


async def test_turning_on_the_ac_cools_and_a_step_up_heats(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """The AC turned on cools (not heats); "warmer" to it when off heats."""
    await _setup(hass)
    await _say(hass, "turn on the living room AC")
    assert state_of(hass, AC).state == "cool"

    await _say(hass, "turn off the living room AC")
    assert state_of(hass, AC).state == "off"
    await _say(hass, "make the living room AC two degrees warmer")
    ac = state_of(hass, AC)
    assert (ac.state, ac.attributes["temperature"]) == ("heat", 24)


async def test_it_after_and_is_the_device_just_named(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Turning on the tower fan and making it oscillate leaves it on and oscillating."""
    await _setup(hass)
    await _say(hass, "turn on the tower fan and make it oscillate")
    fan = state_of(hass, FAN)
    assert (fan.state, fan.attributes["oscillating"]) == ("on", True)


async def test_a_fan_put_in_reverse_spins_in_reverse(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Putting the tower fan in reverse sets its direction, and only that."""
    await _setup(hass)
    await _say(hass, "put the tower fan in reverse")
    fan = state_of(hass, FAN)
    assert (fan.state, fan.attributes["direction"]) == ("off", "reverse")
    await _say(hass, "make the tower fan spin forward")
    assert state_of(hass, FAN).attributes["direction"] == "forward"


async def test_of_two_the_one_the_command_would_change_is_meant(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Two ACs, one on: "turn off the AC" turns that one off, no question asked."""
    await _setup(hass)
    await _say(hass, "turn on the living room AC")
    assert state_of(hass, AC).state == "cool"
    await _say(hass, "turn off the AC")
    assert state_of(hass, AC).state == "off"
    assert state_of(hass, BEDROOM_AC).state == "off"


async def test_a_device_named_with_too_is_its_own_not_the_one_before(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Said: "Cut the carport light on and the porch light too": both are on."""
    await _setup(hass)
    await _say(hass, "Cut the carport light on and the porch light too")
    assert state_of(hass, "light.carport").state == "on"
    assert state_of(hass, "light.front_porch").state == "on"


async def test_a_door_sensor_asked_about_is_answered_in_words(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Asked "Is the back door shut?" of an open door: it is open, never "No, on"."""
    await _setup(hass)
    reply = await _say(hass, "Is the back door shut?")
    assert "open" in reply.lower()
    assert "on" not in reply.lower().replace(",", " ").split()
