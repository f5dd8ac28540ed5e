"""Vacuums, lawn mowers, fans, humidifiers and to-do lists."""

from __future__ import annotations

from typing import Final

from homeassistant.components.fan.const import FanEntityFeature as Fan
from homeassistant.components.humidifier.const import (
    ATTR_MAX_HUMIDITY,
    ATTR_MIN_HUMIDITY,
)
from homeassistant.components.lawn_mower.const import LawnMowerEntityFeature as Mower
from homeassistant.components.todo.const import TodoListEntityFeature as Todo
from homeassistant.components.vacuum.const import VacuumEntityFeature as Vacuum

from .model import Action, Example, Service, Value, words

ACTIONS: Final = (
    Action(
        "start",
        "start cleaning or mowing",
        (
            Service("vacuum", "start", feature=Vacuum.START),
            Service("lawn_mower", "start_mowing", feature=Mower.START_MOWING),
        ),
        reply="Started {targets}.",
        words=words("start clean cleaning vacuum hoover mow"),
        examples=(Example("start the {target}"),),
    ),
    # "Stop the vacuum" sends it home, as HA's own intents do (they have no
    # stop for vacuums or mowers): a cleaner stopped mid-floor is in the way.
    Action(
        "dock",
        "stop cleaning or mowing and go back to the dock",
        (
            Service("vacuum", "return_to_base", feature=Vacuum.RETURN_HOME),
            Service("lawn_mower", "dock", feature=Mower.DOCK),
        ),
        reply="Sent {targets} back to the dock.",
        words=words("dock base return home charge charger stop"),
        # "Clean the living room" must never send the hoover home.
        offered_when=words("dock docking base return home charge charger stop"),
        examples=(
            Example("send the {target} back to its dock"),
            Example("stop the {target}"),
        ),
    ),
    Action(
        "fan_speed",
        "set fan speed percent",
        (Service("fan", "set_percentage", "percentage", Fan.SET_SPEED),),
        Value.PERCENT,
        "Set {targets} to {value}% speed.",
        words=words("speed fan"),
        examples=(Example("set the {target} speed to 60 percent", "60"),),
    ),
    Action(
        "humidity",
        "set target humidity percent",
        (
            Service(
                "humidifier",
                "set_humidity",
                "humidity",
                limits=(ATTR_MIN_HUMIDITY, ATTR_MAX_HUMIDITY),
            ),
        ),
        Value.PERCENT,
        "Set {targets} to {value}% humidity.",
        words=words("humidity humid dry"),
    ),
    Action(
        "todo_add",
        "add an item to a list",
        (Service("todo", "add_item", "item", Todo.CREATE_TODO_ITEM),),
        Value.ITEM,
        "Added {value} to {targets}.",
        multi=False,
        words=words("add put list todo shopping remind"),
        examples=(Example("add milk to the {target}", "milk"),),
    ),
)
