"""Lights: colour, white, brightness and brightness steps."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from homeassistant.components.light.const import (
    ATTR_BRIGHTNESS,
    ATTR_SUPPORTED_COLOR_MODES,
)
from homeassistant.components.light.helper import brightness_supported

from .model import Action, Example, Service, Value


def _brightness(attributes: Mapping[str, Any]) -> bool:
    return brightness_supported(attributes.get(ATTR_SUPPORTED_COLOR_MODES))


ACTIONS: Final = (
    Action(
        "light_color",
        (Service("light", "turn_on", "color_name"),),
        Value.COLOR,
        examples=(Example("blue"),),
    ),
    Action(
        "light_white",
        (Service("light", "turn_on", "color_temp_kelvin"),),
        Value.WHITE,
        examples=(Example("warm"),),
    ),
    Action(
        "light_step",
        (
            Service(
                "light",
                "turn_on",
                "brightness_step_pct",
                check=_brightness,
                lowest=(ATTR_BRIGHTNESS, 255 / 100),
            ),
        ),
        Value.PERCENT_STEP,
        examples=(Example("+20"),),
        default_steps=("20",),
    ),
    Action(
        "light_level",
        (Service("light", "turn_on", "brightness_pct", check=_brightness),),
        Value.PERCENT,
        examples=(Example("30"), Example("70")),
    ),
)
