"""Ticking off an item, a source, oscillation and suction, carried out in a real home.

HA's demo fan, TV and vacuum and its shopping list, through llm_home's tools: the
state changes as asked, and an item that is not on the list is refused in words,
with the list unchanged.
"""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant

from .home import async_add_agent, state_of
from .llm_api import async_call_tool
from custom_components.llm_home.agent.replies import reply_for
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.language import ENGLISH
from custom_components.llm_home.runtime import LlmHomeConfigEntry

FAN = "fan.living_room_fan"
TV = "media_player.lounge_room"
VACUUM = "vacuum.demo_vacuum_0_ground_floor"
LIST = "todo.shopping_list"


def _items(listed: object) -> list[dict[str, Any]]:
    """Return a list's items as `todo.get_items` reports them."""
    assert isinstance(listed, dict)
    items = listed["items"]
    assert isinstance(items, list)
    return items


@pytest.fixture
async def appliances(
    hass: HomeAssistant, default_data: dict[str, Any], model_store: ModelStore
) -> LlmHomeConfigEntry:
    """Return llm_home loaded in a home of a demo fan, TV and vacuum and a list."""
    with patch(
        "homeassistant.components.demo.COMPONENTS_WITH_CONFIG_ENTRY_DEMO_PLATFORM",
        [Platform.FAN, Platform.MEDIA_PLAYER, Platform.VACUUM],
    ):
        demo = MockConfigEntry(domain="demo")
        demo.add_to_hass(hass)
        assert await hass.config_entries.async_setup(demo.entry_id)
    shopping = MockConfigEntry(domain="shopping_list")
    shopping.add_to_hass(hass)
    assert await hass.config_entries.async_setup(shopping.entry_id)
    await hass.async_block_till_done()
    for entity_id in (FAN, TV, VACUUM, LIST):
        async_expose_entity(hass, "conversation", entity_id, True)
    for item in ("Bread", "Eggs"):
        await hass.services.async_call(
            "todo", "add_item", {"entity_id": LIST, "item": item}, blocking=True
        )
    return await async_add_agent(hass, default_data)


async def test_ticking_off_completes_the_open_item_said(
    hass: HomeAssistant, appliances: LlmHomeConfigEntry
) -> None:
    """Said "tick bread off": the list's "Bread" is done; an item not on it is refused."""
    assert state_of(hass, LIST).state == "2"
    result = await async_call_tool(
        hass, "todo_complete", {"target": ["Shopping list"], "value": "bread off"}
    )
    assert not result.error
    assert reply_for(result.data, result.error, ENGLISH) == (
        "Ticked Bread off the Shopping list."
    )
    assert state_of(hass, LIST).state == "1"
    done = await hass.services.async_call(
        "todo",
        "get_items",
        {"entity_id": LIST, "status": ["completed"]},
        blocking=True,
        return_response=True,
    )
    assert done is not None
    assert [item["summary"] for item in _items(done[LIST])] == ["Bread"]

    for said in ("butter", "bread"):
        result = await async_call_tool(
            hass, "todo_complete", {"target": ["Shopping list"], "value": said}
        )
        assert result.error
        assert reply_for(result.data, result.error, ENGLISH) == (
            f"Sorry, {said} is not on the Shopping list."
        )
    assert state_of(hass, LIST).state == "1"


async def test_a_source_said_is_switched_to(
    hass: HomeAssistant, appliances: LlmHomeConfigEntry
) -> None:
    """Said "Lounge room to YouTube": its source changes; one it lacks is refused."""
    result = await async_call_tool(
        hass, "media_source", {"target": ["Lounge room"], "value": "youtube"}
    )
    assert not result.error
    assert state_of(hass, TV).attributes["source"] == "youtube"
    result = await async_call_tool(
        hass, "media_source", {"target": ["Lounge room"], "value": "Xbox"}
    )
    assert result.error
    assert state_of(hass, TV).attributes["source"] == "youtube"


async def test_a_fan_oscillates_and_stops(
    hass: HomeAssistant, appliances: LlmHomeConfigEntry
) -> None:
    """Said "make the fan oscillate", then "stop it oscillating"."""
    await async_call_tool(hass, "oscillate_off", {"target": ["Living Room Fan"]})
    assert state_of(hass, FAN).attributes["oscillating"] is False
    result = await async_call_tool(hass, "oscillate", {"target": ["Living Room Fan"]})
    assert not result.error
    assert state_of(hass, FAN).attributes["oscillating"] is True
    result = await async_call_tool(
        hass, "oscillate_off", {"target": ["Living Room Fan"]}
    )
    assert not result.error
    assert state_of(hass, FAN).attributes["oscillating"] is False


async def test_suction_said_is_set(
    hass: HomeAssistant, appliances: LlmHomeConfigEntry
) -> None:
    """Said "set the vacuum's suction to max": max; a speed it lacks is refused."""
    name = "Demo vacuum 0 ground floor"
    result = await async_call_tool(
        hass, "vacuum_speed", {"target": [name], "value": "max"}
    )
    assert not result.error
    assert state_of(hass, VACUUM).attributes["fan_speed"] == "max"
    result = await async_call_tool(
        hass, "vacuum_speed", {"target": [name], "value": "turbo"}
    )
    assert result.error
    assert state_of(hass, VACUUM).attributes["fan_speed"] == "max"
