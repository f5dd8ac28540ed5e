"""Live state of exposed entities, as plain data for replies and other agents."""

from __future__ import annotations

from homeassistant.components.climate.const import (
    ATTR_CURRENT_TEMPERATURE,
    ATTR_HVAC_ACTION,
)
from homeassistant.components.light.const import ATTR_BRIGHTNESS
from homeassistant.const import ATTR_TEMPERATURE, ATTR_UNIT_OF_MEASUREMENT
from homeassistant.core import HomeAssistant
from homeassistant.util.json import JsonObjectType

from .home import HomeEntity

_CLIMATE_ATTRIBUTES = (ATTR_CURRENT_TEMPERATURE, ATTR_TEMPERATURE, ATTR_HVAC_ACTION)


def describe_state(hass: HomeAssistant, entity: HomeEntity) -> JsonObjectType:
    """Return the entity's name, domain, state and the attributes a user asks about."""
    state = hass.states.get(entity.entity_id)
    data: JsonObjectType = {"name": entity.name, "domain": entity.domain}
    if state is None:
        data["state"] = "unavailable"
        return data
    data["state"] = state.state
    attributes = state.attributes
    if (brightness := attributes.get(ATTR_BRIGHTNESS)) is not None:
        data["brightness_pct"] = round(brightness * 100 / 255)
    for key in _CLIMATE_ATTRIBUTES:
        if entity.domain == "climate" and (value := attributes.get(key)) is not None:
            data[key] = value
    if entity.domain == "climate":
        data["unit"] = hass.config.units.temperature_unit
    elif (unit := attributes.get(ATTR_UNIT_OF_MEASUREMENT)) is not None:
        data["unit"] = unit
    return data
