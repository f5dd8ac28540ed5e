"""Thermostats and water heaters: temperature, modes, fan modes and presets."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from homeassistant.components.climate.const import ClimateEntityFeature as Climate
from homeassistant.components.water_heater.const import (
    WaterHeaterEntityFeature as WaterHeater,
)

from .model import Action, Example, Service, Value, words

_SET_TEMPERATURE: Final = Service(
    "climate", "set_temperature", "temperature", Climate.TARGET_TEMPERATURE
)

ACTIONS: Final = (
    Action(
        "climate_temp",
        "set target temperature",
        (
            _SET_TEMPERATURE,
            Service(
                "water_heater",
                "set_temperature",
                "temperature",
                WaterHeater.TARGET_TEMPERATURE,
            ),
        ),
        Value.DEGREES,
        multi=False,
        words=words("temperature degree set"),
        examples=(Example("set the {target} to {value} degrees"),),
    ),
    Action(
        "climate_step",
        "warmer +N or cooler -N degrees",
        (replace(_SET_TEMPERATURE, relative="temperature"),),
        Value.DEGREES_STEP,
        multi=False,
        words=words("warmer cooler hotter colder warm cool up down"),
        examples=(Example("make the {target} 2 degrees cooler", "-2"),),
        default_steps=("1",),
        max_step=10,
    ),
    Action(
        "climate_mode",
        "set mode (heat, cool, off...)",
        (Service("climate", "set_hvac_mode", "hvac_mode"),),
        Value.HVAC_MODE,
        "Set {targets} to {value}.",
        multi=False,
        words=words("mode heat heating cool cooling auto dry"),
        examples=(
            Example("switch the {target} to {value}", prefer=("heat", "cool", "auto")),
            Example("turn off the {target}", "off", prefer=("off",)),
        ),
    ),
    Action(
        "climate_fan",
        "set fan mode",
        (Service("climate", "set_fan_mode", "fan_mode", Climate.FAN_MODE),),
        Value.FAN_MODE,
        "Set the fan of {targets} to {value}.",
        multi=False,
        words=words("fan"),
    ),
    Action(
        "climate_preset",
        "set preset",
        (Service("climate", "set_preset_mode", "preset_mode", Climate.PRESET_MODE),),
        Value.PRESET,
        "Set {targets} to {value} mode.",
        multi=False,
        words=words("preset mode eco away boost comfort"),
        examples=(Example("set the {target} to {value}"),),
    ),
)
