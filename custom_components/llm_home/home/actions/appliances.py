"""Vacuums, lawn mowers, fans, humidifiers and to-do lists."""

from __future__ import annotations

from typing import Final

from homeassistant.components.climate.const import ClimateEntityFeature as Climate
from homeassistant.components.fan.const import FanEntityFeature as Fan
from homeassistant.components.humidifier.const import (
    ATTR_MAX_HUMIDITY,
    ATTR_MIN_HUMIDITY,
)
from homeassistant.components.lawn_mower.const import LawnMowerEntityFeature as Mower
from homeassistant.components.todo.const import (
    TodoItemStatus,
    TodoListEntityFeature as Todo,
)
from homeassistant.components.vacuum.const import VacuumEntityFeature as Vacuum

from .model import Action, Example, Service, Value


def _direction(direction: str) -> Service:
    return Service(
        "fan", "set_direction", feature=Fan.DIRECTION, data={"direction": direction}
    )


def _oscillate(oscillating: bool) -> Service:
    return Service(
        "fan", "oscillate", feature=Fan.OSCILLATE, data={"oscillating": oscillating}
    )


ACTIONS: Final = (
    Action(
        "start",
        (
            Service("vacuum", "start", feature=Vacuum.START),
            Service("lawn_mower", "start_mowing", feature=Mower.START_MOWING),
        ),
        examples=(Example(),),
        with_a_value=True,
    ),
    # "Stop the vacuum" sends it home, as HA's own intents do (they have no
    # stop for vacuums or mowers): a cleaner stopped mid-floor is in the way.
    Action(
        "dock",
        (
            Service("vacuum", "return_to_base", feature=Vacuum.RETURN_HOME),
            Service("lawn_mower", "dock", feature=Mower.DOCK),
        ),
        examples=(Example(), Example()),
    ),
    Action(
        "fan_speed",
        (Service("fan", "set_percentage", "percentage", Fan.SET_SPEED),),
        Value.PERCENT,
        examples=(Example("60"),),
    ),
    Action(
        "vacuum_speed",
        (Service("vacuum", "set_fan_speed", "fan_speed", Vacuum.FAN_SPEED),),
        Value.VACUUM_SPEED,
        multi=False,
    ),
    Action("oscillate", (_oscillate(True),)),
    Action("oscillate_off", (_oscillate(False),)),
    # "Put the ceiling fan in reverse", "spin forward" (HA's two directions).
    Action("fan_reverse", (_direction("reverse"),)),
    Action("fan_forward", (_direction("forward"),)),
    Action(
        "humidity",
        (
            Service(
                "humidifier",
                "set_humidity",
                "humidity",
                limits=(ATTR_MIN_HUMIDITY, ATTR_MAX_HUMIDITY),
            ),
            # "Bump the humidity on the thermostat up to 35": its target humidity.
            Service(
                "climate",
                "set_humidity",
                "humidity",
                Climate.TARGET_HUMIDITY,
                limits=(ATTR_MIN_HUMIDITY, ATTR_MAX_HUMIDITY),
            ),
        ),
        Value.PERCENT,
    ),
    Action(
        "todo_add",
        (Service("todo", "add_item", "item", Todo.CREATE_TODO_ITEM),),
        Value.ITEM,
        multi=False,
        examples=(Example("milk"),),
    ),
    # "Tick bread off the shopping list": the item said, as the list names it
    # (HA's own HassListCompleteItem).
    Action(
        "todo_complete",
        (
            Service(
                "todo",
                "update_item",
                "item",
                Todo.UPDATE_TODO_ITEM,
                data={"status": TodoItemStatus.COMPLETED},
                listed=True,
            ),
        ),
        Value.ITEM,
        multi=False,
    ),
)
