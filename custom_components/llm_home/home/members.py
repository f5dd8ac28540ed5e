"""The entities a scene or script touches, as Home Assistant itself references them.

A scene's members are the entities it sets; a script's are every entity, device,
area, floor and label its actions target, each widened to the entities it stands for,
and the members of the scenes and scripts it runs in turn. What HA cannot reference
without running the script (a target written as a template) is not known here.
"""

from __future__ import annotations

from homeassistant.components.homeassistant.scene import entities_in_scene
from homeassistant.components.script import (
    areas_in_script,
    devices_in_script,
    entities_in_script,
    floors_in_script,
    labels_in_script,
)
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)


@callback
def async_members(hass: HomeAssistant, entity_id: str) -> set[str]:
    """Return every entity the scene or script touches, through nested ones too."""
    found: set[str] = set()
    waiting = [entity_id]
    while waiting:
        current = waiting.pop()
        for member in _direct_members(hass, current):
            if member not in found and member != entity_id:
                found.add(member)
                waiting.append(member)
    return found


@callback
def _direct_members(hass: HomeAssistant, entity_id: str) -> set[str]:
    domain = entity_id.partition(".")[0]
    if domain == "scene":
        return set(entities_in_scene(hass, entity_id))
    if domain != "script":
        return set()
    entities = er.async_get(hass)
    members = set(entities_in_script(hass, entity_id))
    devices = set(devices_in_script(hass, entity_id))
    areas = set(areas_in_script(hass, entity_id))
    floors = set(floors_in_script(hass, entity_id))
    areas |= {
        area.id
        for floor_id in floors
        for area in ar.async_get(hass).async_list_areas()
        if area.floor_id == floor_id
    }
    for label_id in labels_in_script(hass, entity_id):
        members |= {e.entity_id for e in er.async_entries_for_label(entities, label_id)}
        devices |= {
            d.id for d in dr.async_entries_for_label(dr.async_get(hass), label_id)
        }
    for area_id in areas:
        members |= {e.entity_id for e in er.async_entries_for_area(entities, area_id)}
        devices |= {
            d.id for d in dr.async_entries_for_area(dr.async_get(hass), area_id)
        }
    for device_id in devices:
        members |= {
            e.entity_id for e in er.async_entries_for_device(entities, device_id)
        }
    return members
