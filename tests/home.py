"""A realistic fixture home, built from real Home Assistant entities.

HA's demo lights (different colour modes) and climate devices, a `manual` alarm
panel with a code, areas with aliases, entity aliases, and a light that is not
exposed to Assist.
"""

from __future__ import annotations

import re
from typing import Any, cast
from unittest.mock import patch

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN, Platform
from homeassistant.core import Context, HomeAssistant, State
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
    intent,
)
from homeassistant.setup import async_setup_component

from custom_components.llm_home.const import (
    CONF_ENGINE,
    CONF_ORDER,
    DOMAIN,
    ENGINE_EMBEDDED,
    ENGINE_NETWORK,
    MODEL_CONF_KEYS,
    ORDER_LLM,
)
from custom_components.llm_home.engine.catalog import DEFAULT_MODELS
from custom_components.llm_home.runtime import LlmHomeConfigEntry

AGENT = "conversation.llm_home"

ALARM_CODE = "4321"
ALARM = "alarm_control_panel.home_alarm"
UNEXPOSED_LIGHT = "light.office_rgbw_lights"

# Times, ids and tokens the code's digits may happen to be part of ("18:32:12.744321", a ULID,
# the test harness's random auth tokens).
_STAMPS = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ][\d:.]+(?:[+-]\d{2}:\d{2})?"
    r"|datetime\.datetime\([^)]*\)"
    r"|\b[0-9A-HJKMNP-TV-Z]{26}\b|\b[0-9a-f]{32,}\b"
)


def without_stamps(text: str) -> str:
    """Return the text without times and ids, where a code's digits can occur by chance."""
    return _STAMPS.sub("", text)


AREAS = {
    "light.kitchen_lights": "Kitchen",
    "light.bed_light": "Bedroom",
    "light.ceiling_lights": "Living Room",
    "light.living_room_rgbww_lights": "Living Room",
    "light.entrance_color_white_lights": "Hallway",
    UNEXPOSED_LIGHT: "Office",
    "climate.hvac": "Living Room",
    "climate.heatpump": "Bedroom",
    "climate.ecobee": "Office",
}
ALIASES = {"light.bed_light": ["Lumière lamp"], "climate.heatpump": ["Opa's heater"]}
AREA_ALIASES = {"Living Room": {"Lounge"}}
FLOORS = {
    "Bedroom": "Upstairs",
    "Office": "Upstairs",
    "Kitchen": "Ground Floor",
    "Living Room": "Ground Floor",
}


def _floor_id(hass: HomeAssistant, area_name: str) -> str | None:
    if (name := FLOORS.get(area_name)) is None:
        return None
    floor_reg = fr.async_get(hass)
    floor = floor_reg.async_get_floor_by_name(name) or floor_reg.async_create(name)
    return floor.floor_id


async def async_setup_home(hass: HomeAssistant, alarm_code: str = ALARM_CODE) -> None:
    """Create the fixture home; its alarm panel takes `alarm_code`."""
    with patch(
        "homeassistant.components.demo.COMPONENTS_WITH_CONFIG_ENTRY_DEMO_PLATFORM",
        [Platform.LIGHT, Platform.CLIMATE],
    ):
        entry = MockConfigEntry(domain="demo")
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
    assert await async_setup_component(
        hass,
        "alarm_control_panel",
        {
            "alarm_control_panel": [
                {
                    "platform": "manual",
                    "name": "Home Alarm",
                    "unique_id": "home_alarm",
                    "code": alarm_code,
                    "code_arm_required": False,
                    "arming_time": 0,
                    "delay_time": 0,
                    "trigger_time": 0,
                }
            ]
        },
    )
    await hass.async_block_till_done()

    area_reg = ar.async_get(hass)
    ent_reg = er.async_get(hass)
    dev_reg = dr.async_get(hass)
    for entity_id, area_name in AREAS.items():
        area = area_reg.async_get_area_by_name(area_name) or area_reg.async_create(
            area_name,
            aliases=AREA_ALIASES.get(area_name, set()),
            floor_id=_floor_id(hass, area_name),
        )
        entry = ent_reg.async_get(entity_id)
        assert entry is not None
        if entry.device_id:
            dev_reg.async_update_device(entry.device_id, area_id=area.id)
        else:
            ent_reg.async_update_entity(entity_id, area_id=area.id)
        ent_reg.async_update_entity(entity_id, aliases=[*ALIASES.get(entity_id, [])])
    for entity_id in [*AREAS, ALARM]:
        async_expose_entity(
            hass, "conversation", entity_id, entity_id != UNEXPOSED_LIGHT
        )
    await hass.async_block_till_done()


def entry_data(remote: tuple[str, int, str] | None = None) -> dict[str, Any]:
    """Return entry data with the default catalog models.

    The engine is embedded, or on the network at `remote` (host, port, token).
    """
    data: dict[str, Any] = {
        MODEL_CONF_KEYS[kind]: key for kind, key in DEFAULT_MODELS.items()
    }
    if remote is None:
        return {CONF_ENGINE: ENGINE_EMBEDDED, **data}
    host, port, token = remote
    return {
        CONF_ENGINE: ENGINE_NETWORK,
        **data,
        CONF_HOST: host,
        CONF_PORT: port,
        CONF_TOKEN: token,
    }


async def async_setup_agent(
    hass: HomeAssistant,
    data: dict[str, Any],
    options: dict[str, Any] | None = None,
    alarm_code: str = ALARM_CODE,
) -> LlmHomeConfigEntry:
    """Set up the fixture home and a loaded llm_home entry (its cache warmed).

    The language model answers everything unless the options say another order: the
    tests are about llm_home, not HA's built-in intent matcher.
    """
    await async_setup_home(hass, alarm_code)
    return await async_add_agent(hass, data, options)


async def async_add_agent(
    hass: HomeAssistant, data: dict[str, Any], options: dict[str, Any] | None = None
) -> LlmHomeConfigEntry:
    """Add and load an llm_home entry (its cache warmed) in a home that is set up."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="LLM Home",
        data=data,
        options={CONF_ORDER: ORDER_LLM, **(options or {})},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    # PHACC ships no type information; the loaded entry holds llm_home's runtime.
    return cast("LlmHomeConfigEntry", entry)


def state_of(hass: HomeAssistant, entity_id: str) -> State:
    """Return an entity's current state; fail the test when it has none."""
    state = hass.states.get(entity_id)
    assert state is not None, f"{entity_id} has no state"
    return state


def entry_state(entry: ConfigEntry[Any]) -> ConfigEntryState:
    """Return a config entry's state now.

    After `assert entry.state is ...`, mypy holds `entry.state` at that value across the
    awaits that change it; a call's result is read afresh.
    """
    return entry.state


async def async_respond(hass: HomeAssistant, text: str) -> intent.IntentResponse:
    """Say words to llm_home's agent; return its response once the home settled."""
    result = await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id=AGENT
    )
    await hass.async_block_till_done()
    return result.response


async def async_say(hass: HomeAssistant, text: str) -> str:
    """Say words to llm_home's agent; return its spoken reply once the home settled."""
    response = await async_respond(hass, text)
    return str(response.speech["plain"]["speech"])
