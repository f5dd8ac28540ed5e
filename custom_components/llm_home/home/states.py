"""Live state of exposed entities, as plain data for replies and other agents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
import re
from typing import Final

from homeassistant.components.climate.const import (
    ATTR_CURRENT_TEMPERATURE,
    ATTR_HVAC_ACTION,
)
from homeassistant.components.cover.const import ATTR_CURRENT_POSITION
from homeassistant.components.light.const import ATTR_BRIGHTNESS
from homeassistant.components.media_player.const import (
    ATTR_MEDIA_ARTIST,
    ATTR_MEDIA_TITLE,
    ATTR_MEDIA_VOLUME_LEVEL,
    ATTR_MEDIA_VOLUME_MUTED,
)
from homeassistant.components.todo.const import TodoItemStatus
from homeassistant.const import (
    ATTR_DEVICE_CLASS,
    ATTR_TEMPERATURE,
    ATTR_UNIT_OF_MEASUREMENT,
)
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.util.json import JsonObjectType, JsonValueType

from .services import ActionError, ServiceCall
from .snapshot import HomeEntity, holds_run

MAX_ITEMS: Final = 10
_ITEM_WORD: Final = re.compile(r"[\w']+")
# Attributes a user asks about, per domain.
_ATTRIBUTES: Final = {
    "climate": (ATTR_CURRENT_TEMPERATURE, ATTR_TEMPERATURE, ATTR_HVAC_ACTION),
    "water_heater": (ATTR_CURRENT_TEMPERATURE, ATTR_TEMPERATURE),
    "cover": (ATTR_CURRENT_POSITION,),
    "valve": (ATTR_CURRENT_POSITION,),
    "media_player": (ATTR_MEDIA_TITLE, ATTR_MEDIA_ARTIST, ATTR_MEDIA_VOLUME_MUTED),
    "humidifier": ("humidity", "current_humidity"),
}
_TEMPERATURE_DOMAINS: Final = frozenset({"climate", "water_heater"})


async def async_describe_state(
    hass: HomeAssistant, entity: HomeEntity, *, items: bool = True
) -> JsonObjectType:
    """Return the entity's name, domain, state and the attributes a user asks about.

    A to-do list's open items are read with `items`; a list that cannot be read
    raises ActionError("service_failed") rather than passing for an empty one.
    """
    state = hass.states.get(entity.entity_id)
    data: JsonObjectType = {"name": entity.name, "domain": entity.domain}
    if state is None:
        data["state"] = "unavailable"
        return data
    data["state"] = state.state
    attributes = state.attributes
    if (device_class := attributes.get(ATTR_DEVICE_CLASS)) is not None:
        data["device_class"] = str(device_class)
    if (brightness := attributes.get(ATTR_BRIGHTNESS)) is not None:
        data["brightness_pct"] = round(brightness * 100 / 255)
    if (volume := attributes.get(ATTR_MEDIA_VOLUME_LEVEL)) is not None:
        data["volume_pct"] = round(float(volume) * 100)
    for key in _ATTRIBUTES.get(entity.domain, ()):
        if (value := attributes.get(key)) is not None:
            data[key] = value
    if entity.domain in _TEMPERATURE_DOMAINS:
        data["unit"] = hass.config.units.temperature_unit
    elif (unit := attributes.get(ATTR_UNIT_OF_MEASUREMENT)) is not None:
        data["unit"] = unit
    if items and entity.domain == "todo":
        data["items"] = await _async_open_items(hass, entity)
    return data


async def _async_open_items(
    hass: HomeAssistant, entity: HomeEntity
) -> list[JsonValueType]:
    """Return the summaries of a to-do list's first MAX_ITEMS open items."""
    items = await _async_items(hass, entity)
    return [summary for _, summary in items[:MAX_ITEMS]]


async def _async_items(
    hass: HomeAssistant, entity: HomeEntity
) -> list[tuple[str, str]]:
    """Return the (uid, summary) of a to-do list's open items, in its order."""
    try:
        response = await hass.services.async_call(
            "todo",
            "get_items",
            {"entity_id": entity.entity_id, "status": [TodoItemStatus.NEEDS_ACTION]},
            blocking=True,
            return_response=True,
        )
    except HomeAssistantError as err:
        raise ActionError("service_failed", name=entity.name, message=str(err)) from err
    listed = (response or {}).get(entity.entity_id)
    items = listed.get("items") if isinstance(listed, dict) else None
    if not isinstance(items, list):
        return []
    return [
        (str(item.get("uid") or item["summary"]), str(item["summary"]))
        for item in items
        if isinstance(item, dict) and item.get("summary")
    ]


async def async_with_listed_item(
    hass: HomeAssistant, call: ServiceCall
) -> tuple[ServiceCall, str | None]:
    """Return the call with its item as the list has it, and the item's summary.

    Only for a `listed` value; any other call is returned as it is, with None. The
    value is the user's words; the list's open item they name is the one sent, by
    its uid (HA matches a summary exactly, done items too: "bread" must tick off
    the open "Bread"). No open item said, or two, refuses the call: an item that
    was not said is never completed.
    """
    source = call.source
    if source is None or not source.listed or source.key is None:
        return call, None
    said = str(call.data[source.key])
    items = dict(await _async_items(hass, call.entity))
    uids = {summary: uid for uid, summary in reversed(items.items())}
    if (item := listed_item(said, uids)) is None:
        raise ActionError("not_on_list", value=said, name=call.entity.name)
    return replace(call, data={**call.data, source.key: uids[item]}), item


async def async_lists_holding(
    hass: HomeAssistant, lists: Iterable[HomeEntity], said: str
) -> list[HomeEntity]:
    """Return the to-do lists with an open item that the words name.

    "Ya compré los cambures, bórralos de la lista": the one list the bananas are on,
    of three; none where no list (or several) can tell it.
    """
    holding = []
    for entity in lists:
        if entity.domain != "todo":
            return []
        try:
            items = await _async_items(hass, entity)
        except ActionError:
            return []
        if listed_item(said, [summary for _, summary in items]) is not None:
            holding.append(entity)
    return holding


async def async_not_listed_yet(hass: HomeAssistant, call: ServiceCall) -> None:
    """Refuse to add an item the list has open already: "beach badges" twice.

    Told apart as the list writes it, case and spaces aside; a done item is added
    again (it is wanted anew).
    """
    source = call.source
    if source is None or source.key is None or call.service != "add_item":
        return
    summaries = [summary for _, summary in await _async_items(hass, call.entity)]
    if (listed := listed_already(str(call.data[source.key]), summaries)) is not None:
        raise ActionError("already_on_list", value=listed, name=call.entity.name)


def listed_already(said: str, summaries: Iterable[str]) -> str | None:
    """Return the open item that is the item said, case, spaces and marks aside.

    The one test of llm_home's own path and of HA's matcher's (`builtin.py`).
    """
    words = _ITEM_WORD.findall(said.casefold())
    return next(
        (s for s in summaries if _ITEM_WORD.findall(s.casefold()) == words), None
    )


# The fewest letters of a word said that may tell one item by a part of it.
_TOLD: Final = 3


def listed_item(said: str, items: Iterable[str]) -> str | None:
    """Return the one item the words name: all of its words, in order, case aside.

    The item said exactly wins; else the longest held in the words ("bread off"
    holds "Bread"); two of the same length name neither. Where none is held, the one
    item that holds the words said, a word of three letters or more among them:
    "coffee" is the "Community coffee", "the AC filter" the "change the AC filter".
    """
    words = _ITEM_WORD.findall(said.casefold())
    held: dict[str, int] = {}
    holding: list[str] = []
    for item in items:
        own = _ITEM_WORD.findall(item.casefold())
        if own == words:
            return item
        if own and holds_run(words, own):
            held[item] = len(own)
        elif words and holds_run(own, words):
            holding.append(item)
    if not held:
        told = any(len(word) >= _TOLD for word in words)
        return holding[0] if told and len(holding) == 1 else None
    longest = max(held.values())
    named = [item for item, size in held.items() if size == longest]
    return named[0] if len(named) == 1 else None
