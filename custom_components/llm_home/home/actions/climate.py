"""Thermostats and water heaters: temperature, modes, fan modes and presets."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from homeassistant.components.climate.const import ClimateEntityFeature as Climate
from homeassistant.components.fan.const import FanEntityFeature as Fan
from homeassistant.components.water_heater.const import (
    WaterHeaterEntityFeature as WaterHeater,
)

from .model import Action, Example, Service, Value

_SET_TEMPERATURE: Final = Service(
    "climate", "set_temperature", "temperature", Climate.TARGET_TEMPERATURE
)

ACTIONS: Final = (
    Action(
        "climate_temp",
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
        examples=(Example(),),
    ),
    Action(
        "climate_step",
        (replace(_SET_TEMPERATURE, relative="temperature"),),
        Value.DEGREES_STEP,
        multi=False,
        examples=(Example("-2"),),
        default_steps=("1",),
        max_step=10,
    ),
    Action(
        "climate_mode",
        (Service("climate", "set_hvac_mode", "hvac_mode"),),
        Value.HVAC_MODE,
        multi=False,
        examples=(
            Example(prefer=("heat", "cool", "auto")),
            Example("off", prefer=("off",)),
        ),
    ),
    Action(
        "climate_fan",
        (Service("climate", "set_fan_mode", "fan_mode", Climate.FAN_MODE),),
        Value.FAN_MODE,
        multi=False,
    ),
    Action(
        "climate_preset",
        (
            Service("climate", "set_preset_mode", "preset_mode", Climate.PRESET_MODE),
            # A fan's presets ("sleep", "breeze", "high") are set alike.
            Service("fan", "set_preset_mode", "preset_mode", Fan.PRESET_MODE),
        ),
        Value.PRESET,
        multi=False,
        examples=(Example(),),
    ),
)
