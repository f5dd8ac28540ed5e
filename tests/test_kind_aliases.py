"""A device aliased by its kind alone ("TV", "shades") under HA's built-in matcher.

Home Assistant's matcher acts on a name or alias said in full. An alias that says only
a kind names no device where the room or the home has another of that kind: "close the
shades" said in the bedroom closes the bedroom's shades, not the front room's aliased
"shades"; "turn off the TV" said there is the bedroom's TV, though another is aliased
"TV". Where no room tells, the alias is the user's word for that device.
"""

from __future__ import annotations

from typing import Any

from benchmarks.assist.agents import async_setup_llm_home
from benchmarks.assist.dataset import parse_home
from benchmarks.assist.home import BenchHome
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from .home import state_of
from custom_components.llm_home.const import (
    CONF_ORDER,
    DEFAULT_LLM_MODEL,
    ORDER_BUILTIN_THEN_LLM,
)
from custom_components.llm_home.engine.store import ModelStore

_TV = {
    "device_class": "media_player.MediaPlayerDeviceClass.TV",
    "supported_features": [
        "media_player.MediaPlayerEntityFeature.TURN_ON",
        "media_player.MediaPlayerEntityFeature.TURN_OFF",
    ],
}
_SHADES = {
    "device_class": "cover.CoverDeviceClass.SHADE",
    "current_position": 100,
    "supported_features": [
        "cover.CoverEntityFeature.OPEN",
        "cover.CoverEntityFeature.CLOSE",
        "cover.CoverEntityFeature.SET_POSITION",
    ],
}
_HOME: dict[str, Any] = {
    "areas": [
        {"id": "front_room", "name": "Front Room"},
        {"id": "bedroom", "name": "Bedroom"},
    ],
    "devices": [{"name": "Bedroom Voice", "id": "bedroom_voice", "area": "bedroom"}],
    "entities": [
        {
            "name": "Front Room TV",
            "id": "media_player.front_room_tv",
            "area": "front_room",
            "aliases": ["TV"],
            "state": "on",
            "attributes": _TV,
        },
        {
            "name": "Bedroom TV",
            "id": "media_player.bedroom_tv",
            "area": "bedroom",
            "state": "on",
            "attributes": _TV,
        },
        {
            "name": "Front Room Shades",
            "id": "cover.front_room_shades",
            "area": "front_room",
            "aliases": ["shades"],
            "state": "open",
            "attributes": _SHADES,
        },
        {
            "name": "Bedroom Shades",
            "id": "cover.bedroom_shades",
            "area": "bedroom",
            "state": "open",
            "attributes": _SHADES,
        },
    ],
}


async def _setup(hass: HomeAssistant) -> BenchHome:
    assert await async_setup_component(hass, "homeassistant", {})
    home = BenchHome(hass, parse_home(_HOME))
    await home.async_build()
    await async_setup_llm_home(
        hass, DEFAULT_LLM_MODEL, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM}
    )
    return home


async def _say(
    hass: HomeAssistant, text: str, device_id: str | None = None
) -> intent.IntentResponse:
    result = await conversation.async_converse(
        hass,
        text,
        None,
        Context(),
        language="en",
        agent_id="conversation.llm_home",
        device_id=device_id,
    )
    await hass.async_block_till_done()
    return result.response


async def test_shades_said_in_a_room_are_that_rooms(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Said in the bedroom, "close the shades" closes the bedroom's shades only."""
    home = await _setup(hass)
    response = await _say(hass, "Close the shades", home.device_ids["bedroom_voice"])
    assert state_of(hass, "cover.front_room_shades").state == "open"
    assert state_of(hass, "cover.bedroom_shades").state == "closed", response.speech


async def test_the_tv_said_in_a_room_is_that_rooms(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Said in the bedroom with both TVs on, "shut the TV off" is the bedroom's."""
    home = await _setup(hass)
    response = await _say(hass, "Shut the TV off", home.device_ids["bedroom_voice"])
    assert state_of(hass, "media_player.front_room_tv").state == "on"
    assert state_of(hass, "media_player.bedroom_tv").state == "off", response.speech


async def test_a_name_said_in_full_is_still_the_matchers(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Said in full, "turn off the front room TV" turns off that TV, and only that."""
    await _setup(hass)
    await _say(hass, "Turn off the front room TV")
    assert state_of(hass, "media_player.front_room_tv").state == "off"
    assert state_of(hass, "media_player.bedroom_tv").state == "on"
