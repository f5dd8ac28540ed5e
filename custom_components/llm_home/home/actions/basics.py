"""Questions, and turning any device on, off or over."""

from __future__ import annotations

from typing import Final

from homeassistant.components.climate.const import ClimateEntityFeature as Climate
from homeassistant.components.cover.const import CoverEntityFeature as Cover
from homeassistant.components.media_player.const import (
    MediaPlayerEntityFeature as Media,
)
from homeassistant.components.valve.const import ValveEntityFeature as Valve
from homeassistant.components.water_heater.const import (
    WaterHeaterEntityFeature as WaterHeater,
)

from .covers import GARAGE, GAS
from .model import Action, Example, Service

ON_OFF_DOMAINS: Final = (
    "light",
    "switch",
    "fan",
    "input_boolean",
    "humidifier",
    "siren",
)

QUESTIONS: Final = (
    Action(
        "state",
        (),
        examples=(
            Example(target="area", domain="climate"),
            Example(domain="light"),
        ),
    ),
)
SWITCHING: Final = (
    Action("toggle", tuple(Service(domain, "toggle") for domain in ON_OFF_DOMAINS)),
    Action(
        "turn_off",
        (
            *(Service(domain, "turn_off") for domain in ON_OFF_DOMAINS),
            Service("media_player", "turn_off", feature=Media.TURN_OFF),
            # As Home Assistant's own intents do: "turn off the sprinkler" closes it.
            Service("cover", "close_cover", feature=Cover.CLOSE),
            Service("valve", "close_valve", feature=Valve.CLOSE),
            Service("climate", "turn_off", feature=Climate.TURN_OFF),
            Service("water_heater", "turn_off", feature=WaterHeater.ON_OFF),
        ),
        examples=(
            Example(target="area", domain="light"),
            Example(target="pair", domain="light"),
        ),
    ),
    Action(
        "turn_on",
        (
            *(Service(domain, "turn_on") for domain in ON_OFF_DOMAINS),
            Service("media_player", "turn_on", feature=Media.TURN_ON),
            Service("cover", "open_cover", feature=Cover.OPEN, sensitive=GARAGE),
            Service("valve", "open_valve", feature=Valve.OPEN, sensitive=GAS),
            Service("climate", "turn_on", feature=Climate.TURN_ON),
            Service("water_heater", "turn_on", feature=WaterHeater.ON_OFF),
            Service("scene", "turn_on"),
            Service("script", "turn_on"),
        ),
        examples=(
            Example(domain="scene"),
            Example(domain="script"),
            Example(domain="light"),
        ),
    ),
)
