"""English words for each action: what asks for it, its reply, its examples.

Keyed by the action's call name (home/actions/). Written by hand; the words are
single lower-case words as said. The examples are in the order of the action's own
(home/actions/), one for each.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..parts import ActionWords


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_OSCILLATION: Final = (
    "oscillate oscillates oscillating oscillation rotate rotating rotation swing"
    " swinging"
)

ACTIONS: Final[Mapping[str, ActionWords]] = {
    "alarm_arm": ActionWords(
        usage="arm the alarm",
        words=_w("alarm arm away night security vacation"),
        offered_when=_w("arm arming away night vacation leaving heading home stay"),
        reply="Armed {targets} in {value} mode.",
        examples=("arm the {target} in {value} mode",),
    ),
    "alarm_disarm": ActionWords(
        usage="disarm the alarm",
        words=_w("alarm disarm security"),
        offered_when=_w("disarm disarmed disarming off"),
        reply="Disarmed {targets}.",
    ),
    "lock": ActionWords(
        usage="lock locks",
        # "Make sure the back door is locked".
        words=_w("lock locked"),
        reply="Locked {targets}.",
        examples=("lock the {target}",),
    ),
    "unlock": ActionWords(
        usage="unlock locks",
        words=_w("unlock unlocked"),
        offered_when=_w("open unbolt unlock unlocked"),
        reply="Unlocked {targets}.",
    ),
    "open": ActionWords(
        usage="open covers, blinds, doors and valves",
        words=_w("open raise up lift"),
        reply="Opened {targets}.",
        examples=("open the {target}",),
    ),
    "close": ActionWords(
        usage="close covers, blinds, doors and valves",
        words=_w("close down lower shut drop"),
        reply="Closed {targets}.",
        examples=("close the {target}",),
    ),
    "position": ActionWords(
        usage="set how far open, percent",
        words=_w("halfway open position"),
        reply="Set {targets} to {value}%.",
        examples=("set the {target} to 40%",),
    ),
    "stop": ActionWords(
        usage="stop moving or playing",
        words=_w("halt stop"),
        reply="Stopped {targets}.",
    ),
    "start": ActionWords(
        usage="start cleaning or mowing",
        words=_w("clean cleaning going hoover mow run start vacuum"),
        reply="Started {targets}.",
        examples=("start the {target}",),
    ),
    "dock": ActionWords(
        usage="stop cleaning or mowing and go back to the dock",
        words=_w("base charge charger dock home return stop"),
        # "Clean the living room" must never send the hoover home.
        offered_when=_w("base charge charger dock docking home return stop"),
        reply="Sent {targets} back to the dock.",
        examples=(
            "send the {target} back to its dock",
            "stop the {target}",
        ),
    ),
    "fan_speed": ActionWords(
        usage="set fan speed percent",
        words=_w("fan speed"),
        reply="Set {targets} to {value}% speed.",
        examples=("set the {target} speed to 60 percent",),
    ),
    "vacuum_speed": ActionWords(
        usage="set a vacuum's suction",
        words=_w("suction"),
        reply="Set the suction of {targets} to {value}.",
    ),
    "oscillate": ActionWords(
        usage="make a fan oscillate",
        words=_w(_OSCILLATION),
        offered_when=_w(_OSCILLATION),
        reply="Made {targets} oscillate.",
    ),
    "oscillate_off": ActionWords(
        usage="stop a fan oscillating",
        words=_w(_OSCILLATION),
        # Said with an oscillation word: "turn off the fan" never stops it swinging.
        offered_when=_w("disable halt off stop"),
        reply="Stopped {targets} oscillating.",
    ),
    "fan_reverse": ActionWords(
        usage="make a fan spin in reverse",
        words=_w("reverse backwards counterclockwise anticlockwise direction"),
        reply="Set {targets} to spin in reverse.",
    ),
    "fan_forward": ActionWords(
        usage="make a fan spin forward",
        words=_w("forward forwards clockwise direction"),
        reply="Set {targets} to spin forward.",
    ),
    "humidity": ActionWords(
        usage="set target humidity percent",
        words=_w("dry humid humidity"),
        reply="Set {targets} to {value}% humidity.",
    ),
    "todo_add": ActionWords(
        usage="add an item to a list",
        words=_w("add list remind shopping todo"),
        offered_when=_w("add put remind write chuck stick pop jot"),
        reply="Added {value} to {targets}.",
        examples=("add milk to the {target}",),
    ),
    "todo_complete": ActionWords(
        usage="tick an item off a list",
        words=_w("bought complete completed crossed done finished tick ticked"),
        offered_when=_w(
            "bought complete completed cross crossed done finished got mark tick ticked"
            # "Take the grits off the grocery list", "remove garri from the list".
            " take remove delete scratch strike"
        ),
        reply="Ticked {value} off {targets}.",
    ),
    "pause": ActionWords(
        usage="pause playing or cleaning",
        words=_w("pause"),
        # "Clean the living room" must never pause the hoover.
        offered_when=_w("hold pause paused pausing"),
        reply="Paused {targets}.",
        examples=("pause the {target}",),
    ),
    "resume": ActionWords(
        usage="play or resume",
        words=_w("continue music play resume unpause"),
        reply="Resumed {targets}.",
        examples=("resume the {target}",),
    ),
    "next": ActionWords(
        usage="next track",
        words=_w("next skip song track"),
        reply="Skipped to the next track on {targets}.",
        examples=("skip this song on the {target}",),
    ),
    "previous": ActionWords(
        usage="previous track",
        words=_w("back previous song track"),
        reply="Went back a track on {targets}.",
    ),
    "volume": ActionWords(
        usage="set volume percent",
        words=_w("loud louder quiet quieter volume"),
        reply="Set the volume of {targets} to {value}%.",
        examples=("set the {target} volume to 30",),
    ),
    "volume_step": ActionWords(
        usage="louder +N or quieter -N percent",
        words=_w("down louder quieter softer up volume"),
        reply="Turned {targets} up.",
        reply_down="Turned {targets} down.",
        examples=("turn the {target} up a bit",),
    ),
    "media_source": ActionWords(
        usage="switch to a source or input",
        words=_w("hdmi input source"),
        reply="Switched {targets} to {value}.",
    ),
    "mute": ActionWords(
        usage="mute",
        words=_w("mute silence"),
        # "Turn off the music" is turn_off, "unpause" is resume: never a mute.
        offered_when=_w("mute silence"),
        reply="Muted {targets}.",
        examples=("mute the {target}",),
    ),
    "unmute": ActionWords(
        usage="unmute",
        words=_w("unmute"),
        offered_when=_w("unmute"),
        reply="Unmuted {targets}.",
    ),
    "climate_temp": ActionWords(
        usage="set target temperature",
        words=_w("degree set temperature"),
        examples=("set the {target} to {value} degrees",),
    ),
    "climate_step": ActionWords(
        usage="warmer +N or cooler -N degrees",
        words=_w(
            "colder cool cooler down hotter up warm warmer"
            # "Reduce the AC by two degrees", "raise the heat a degree".
            " lower raise reduce decrease increase drop"
        ),
        examples=("make the {target} 2 degrees cooler",),
    ),
    "climate_mode": ActionWords(
        usage="set mode (heat, cool, off...)",
        words=_w("auto cool cooling dry heat heating mode"),
        reply="Set {targets} to {value}.",
        examples=(
            "switch the {target} to {value}",
            "turn off the {target}",
        ),
    ),
    "climate_fan": ActionWords(
        usage="set fan mode",
        words=_w("fan"),
        reply="Set the fan of {targets} to {value}.",
    ),
    "climate_preset": ActionWords(
        usage="set preset",
        words=_w("away boost comfort eco mode preset"),
        reply="Set {targets} to {value} mode.",
        examples=("set the {target} to {value}",),
    ),
    "state": ActionWords(
        usage="answer a question about a device or area",
        words=_w("are how is state status what"),
        examples=(
            "what is the temperature in the {target}?",
            "is the {target} on?",
        ),
    ),
    "light_color": ActionWords(
        usage="set colour",
        words=_w("blue color colour green orange pink purple red yellow"),
        reply="Set {targets} to {value}.",
        examples=("make the {target} blue",),
    ),
    "light_white": ActionWords(
        usage="warm, neutral or cool white",
        words=_w("cool neutral warm white"),
        reply="Set {targets} to {value} white.",
        examples=("set the {target} to warm white",),
    ),
    "light_step": ActionWords(
        usage="brighter +N or dimmer -N percent",
        words=_w("bright brighten brighter dim dimmer up down"),
        reply="Made {targets} brighter.",
        reply_down="Made {targets} dimmer.",
        examples=("make the {target} a bit brighter",),
    ),
    "light_level": ActionWords(
        usage="set brightness percent",
        words=_w("brightness dim percent"),
        reply="Set {targets} to {value}%.",
        examples=(
            "dim the {target} to 30 percent",
            "set the {target} to 70%",
        ),
    ),
    "toggle": ActionWords(
        usage="toggle",
        words=_w("toggle"),
        offered_when=_w("toggle"),
        reply="Toggled {targets}.",
    ),
    "turn_off": ActionWords(
        usage="turn off",
        words=_w("disable off kill"),
        reply="Turned off {targets}.",
        examples=(
            "turn off all the lights in the {target}",
            "switch off the {target}",
        ),
    ),
    "turn_on": ActionWords(
        usage="turn on, activate or run",
        words=_w("activate enable going on run start water"),
        reply="Turned on {targets}.",
        examples=(
            "activate {target}",
            "run the {target} script",
            "turn on the {target}",
        ),
    ),
}
