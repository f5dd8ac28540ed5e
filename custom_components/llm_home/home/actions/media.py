"""Media players: play, pause, tracks, volume, sources and mute."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from homeassistant.components.media_player.const import (
    MediaPlayerEntityFeature as Media,
)
from homeassistant.components.vacuum.const import VacuumEntityFeature as Vacuum

from .model import Action, Example, Service, Value

_VOLUME: Final = Service(
    "media_player", "volume_set", "volume_level", Media.VOLUME_SET, scale=0.01
)


def _mute(muted: bool) -> Service:
    return Service(
        "media_player",
        "volume_mute",
        feature=Media.VOLUME_MUTE,
        data={"is_volume_muted": muted},
    )


ACTIONS: Final = (
    Action(
        "pause",
        (
            Service("media_player", "media_pause", feature=Media.PAUSE),
            Service("vacuum", "pause", feature=Vacuum.PAUSE),
        ),
        examples=(Example(),),
    ),
    Action(
        "resume",
        (Service("media_player", "media_play", feature=Media.PLAY),),
        examples=(Example(),),
    ),
    Action(
        "next",
        (Service("media_player", "media_next_track", feature=Media.NEXT_TRACK),),
        examples=(Example(),),
    ),
    Action(
        "previous",
        (
            Service(
                "media_player", "media_previous_track", feature=Media.PREVIOUS_TRACK
            ),
        ),
    ),
    Action("volume", (_VOLUME,), Value.PERCENT, examples=(Example("30"),)),
    Action(
        "volume_step",
        (replace(_VOLUME, relative="volume_level"),),
        Value.PERCENT_STEP,
        examples=(Example("+10"),),
        default_steps=("10",),
    ),
    # "Switch the TV to the Xbox": one of the device's own sources, said.
    Action(
        "media_source",
        (Service("media_player", "select_source", "source", Media.SELECT_SOURCE),),
        Value.SOURCE,
        multi=False,
    ),
    Action("mute", (_mute(True),), examples=(Example(),)),
    Action("unmute", (_mute(False),)),
)
