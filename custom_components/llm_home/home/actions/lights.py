"""Lights: colour, white, brightness and brightness steps."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from homeassistant.components.light.const import ATTR_SUPPORTED_COLOR_MODES
from homeassistant.components.light.helper import brightness_supported

from .model import Action, Example, Service, Value, words


def _brightness(attributes: Mapping[str, Any]) -> bool:
    return brightness_supported(attributes.get(ATTR_SUPPORTED_COLOR_MODES))


ACTIONS: Final = (
    Action(
        "light_color",
        "set colour",
        (Service("light", "turn_on", "color_name"),),
        Value.COLOR,
        "Set {targets} to {value}.",
        words=words("colour color red orange yellow green blue purple pink"),
        examples=(Example("make the {target} blue", "blue"),),
    ),
    Action(
        "light_white",
        "warm, neutral or cool white",
        (Service("light", "turn_on", "color_temp_kelvin"),),
        Value.WHITE,
        "Set {targets} to {value} white.",
        words=words("white warm cool neutral"),
        examples=(Example("set the {target} to warm white", "warm"),),
    ),
    Action(
        "light_step",
        "brighter +N or dimmer -N percent",
        (Service("light", "turn_on", "brightness_step_pct", check=_brightness),),
        Value.PERCENT_STEP,
        "Made {targets} brighter.",
        "Made {targets} dimmer.",
        words=words("brighter dimmer dim brighten bright"),
        examples=(Example("make the {target} a bit brighter", "+20"),),
        default_steps=("20",),
    ),
    Action(
        "light_level",
        "set brightness percent",
        (Service("light", "turn_on", "brightness_pct", check=_brightness),),
        Value.PERCENT,
        "Set {targets} to {value}%.",
        words=words("brightness dim percent"),
        examples=(
            Example("dim the {target} to 30 percent", "30"),
            Example("set the {target} to 70%", "70"),
        ),
    ),
)
