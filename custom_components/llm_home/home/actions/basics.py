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
from .model import Action, Example, Service, words

ON_OFF_DOMAINS: Final = (
    "light",
    "switch",
    "fan",
    "input_boolean",
    "humidifier",
    "siren",
)

# The verbs a command opens with ("please turn ...", "water the garden").
COMMAND_VERBS: Final = words(
    "turn switch set open close shut lock unlock arm disarm start stop pause play"
    " resume unpause skip mute unmute put add water dim brighten raise lower"
    " increase decrease activate run toggle dock send clean vacuum mow"
)

QUESTIONS: Final = (
    Action(
        "state",
        "answer a question about a device or area",
        (),
        words=words("what is are how status state"),
        not_after=COMMAND_VERBS,
        examples=(
            Example(
                "what is the temperature in the {target}?",
                target="area",
                domain="climate",
            ),
            Example("is the {target} on?", domain="light"),
        ),
    ),
)
SWITCHING: Final = (
    Action(
        "toggle",
        "toggle",
        tuple(Service(domain, "toggle") for domain in ON_OFF_DOMAINS),
        reply="Toggled {targets}.",
        words=words("toggle"),
        offered_when=words("toggle"),
    ),
    Action(
        "turn_off",
        "turn off",
        (
            *(Service(domain, "turn_off") for domain in ON_OFF_DOMAINS),
            Service("media_player", "turn_off", feature=Media.TURN_OFF),
            # As Home Assistant's own intents do: "turn off the sprinkler" closes it.
            Service("cover", "close_cover", feature=Cover.CLOSE),
            Service("valve", "close_valve", feature=Valve.CLOSE),
            Service("climate", "turn_off", feature=Climate.TURN_OFF),
            Service("water_heater", "turn_off", feature=WaterHeater.ON_OFF),
        ),
        reply="Turned off {targets}.",
        words=words("off"),
        examples=(
            Example(
                "turn off all the lights in the {target}", target="area", domain="light"
            ),
            Example("switch off the {target}", target="pair", domain="light"),
        ),
    ),
    Action(
        "turn_on",
        "turn on, activate or run",
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
        reply="Turned on {targets}.",
        words=words("on activate run start"),
        examples=(
            Example("activate {target}", domain="scene"),
            Example("run the {target} script", domain="script"),
            Example("turn on the {target}", domain="light"),
        ),
    ),
)
