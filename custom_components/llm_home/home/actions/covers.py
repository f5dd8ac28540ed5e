"""Covers and valves: open, close, position and stop (opening a garage door or gate is sensitive)."""

from __future__ import annotations

from typing import Final

from homeassistant.components.cover.const import CoverEntityFeature as Cover
from homeassistant.components.media_player.const import (
    MediaPlayerEntityFeature as Media,
)
from homeassistant.components.valve.const import ValveEntityFeature as Valve

from .model import Action, Example, Sensitive, Service, Value

# Opening these needs the option and the voice PIN; closing is always allowed.
GARAGE: Final = Sensitive("allow_open", "pin", frozenset({"garage", "gate", "door"}))
# Opening a gas valve is as dangerous, under the same option.
GAS: Final = Sensitive("allow_open", "pin", frozenset({"gas"}))

ACTIONS: Final = (
    Action(
        "open",
        (
            Service("cover", "open_cover", feature=Cover.OPEN, sensitive=GARAGE),
            Service("valve", "open_valve", feature=Valve.OPEN, sensitive=GAS),
        ),
        examples=(Example(),),
    ),
    Action(
        "close",
        (
            Service("cover", "close_cover", feature=Cover.CLOSE),
            Service("valve", "close_valve", feature=Valve.CLOSE),
        ),
        examples=(Example(),),
    ),
    Action(
        "position",
        (
            Service(
                "cover",
                "set_cover_position",
                "position",
                Cover.SET_POSITION,
                sensitive=GARAGE,
            ),
            Service(
                "valve",
                "set_valve_position",
                "position",
                Valve.SET_POSITION,
                sensitive=GAS,
            ),
        ),
        Value.PERCENT,
        examples=(Example("40"),),
    ),
    Action(
        "stop",
        (
            Service("cover", "stop_cover", feature=Cover.STOP),
            Service("valve", "stop_valve", feature=Valve.STOP),
            Service("media_player", "media_stop", feature=Media.STOP),
        ),
    ),
)
