"""Media players: play, pause, tracks, volume and mute."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from homeassistant.components.media_player.const import (
    MediaPlayerEntityFeature as Media,
)
from homeassistant.components.vacuum.const import VacuumEntityFeature as Vacuum

from .model import Action, Example, Service, Value, words

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
        "pause playing or cleaning",
        (
            Service("media_player", "media_pause", feature=Media.PAUSE),
            Service("vacuum", "pause", feature=Vacuum.PAUSE),
        ),
        reply="Paused {targets}.",
        words=words("pause"),
        examples=(Example("pause the {target}"),),
        # "Clean the living room" must never pause the hoover.
        offered_when=words("pause paused pausing hold"),
    ),
    Action(
        "resume",
        "play or resume",
        (Service("media_player", "media_play", feature=Media.PLAY),),
        reply="Resumed {targets}.",
        words=words("play resume unpause continue music"),
        examples=(Example("resume the {target}"),),
    ),
    Action(
        "next",
        "next track",
        (Service("media_player", "media_next_track", feature=Media.NEXT_TRACK),),
        reply="Skipped to the next track on {targets}.",
        words=words("next skip track song"),
        examples=(Example("skip this song on the {target}"),),
    ),
    Action(
        "previous",
        "previous track",
        (
            Service(
                "media_player", "media_previous_track", feature=Media.PREVIOUS_TRACK
            ),
        ),
        reply="Went back a track on {targets}.",
        words=words("previous back track song"),
    ),
    Action(
        "volume",
        "set volume percent",
        (_VOLUME,),
        Value.PERCENT,
        "Set the volume of {targets} to {value}%.",
        words=words("volume loud louder quiet quieter"),
        examples=(Example("set the {target} volume to 30", "30"),),
    ),
    Action(
        "volume_step",
        "louder +N or quieter -N percent",
        (replace(_VOLUME, relative="volume_level"),),
        Value.PERCENT_STEP,
        "Turned {targets} up.",
        "Turned {targets} down.",
        words=words("volume louder quieter softer up down"),
        examples=(Example("turn the {target} up a bit", "+10"),),
        default_steps=("10",),
    ),
    Action(
        "mute",
        "mute",
        (_mute(True),),
        reply="Muted {targets}.",
        words=words("mute silence"),
        examples=(Example("mute the {target}"),),
        # "Turn off the music" is turn_off, "unpause" is resume: never a mute.
        offered_when=words("mute silence"),
    ),
    Action(
        "unmute",
        "unmute",
        (_mute(False),),
        reply="Unmuted {targets}.",
        words=words("unmute"),
        offered_when=words("unmute"),
    ),
)
