"""English replies: refusals, failures, questions back and answers from state.

{placeholders} are filled by agent/replies.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

# A tool's refusals and failures, keyed by the error it returns (home/).
ERRORS: Final[Mapping[str, str]] = {
    "unknown_target": "Sorry, I don't know a device called {name}.",
    "ambiguous_target": "Sorry, more than one device is called {name}. Please say which one.",
    "not_allowed": "Sorry, you are not allowed to do that.",
    "allow_disarm_disabled": "Sorry, I can't disarm the alarm by voice: that is turned off for safety. It can be allowed in LLM Home's options.",
    "allow_unlock_disabled": "Sorry, I can't unlock by voice: that is turned off for safety. It can be allowed in LLM Home's options.",
    "allow_open_disabled": "Sorry, I can't open garage doors, gates or gas valves by voice: that is turned off for safety. It can be allowed in LLM Home's options.",
    "code_required": "Sorry, I need the alarm code to disarm it. Say the code with the command.",
    "pin_required": "Sorry, I need your voice PIN for that. Say the PIN with the command.",
    "pin_not_set": "Sorry, no voice PIN is set. It can be set in LLM Home's options.",
    "wrong_pin": "Sorry, that PIN is not right.",
    "pin_locked": "Sorry, too many wrong PINs were said. Unlocking, disarming and opening are locked for {minutes} minutes.",
    "own_assistant_only": "Sorry, for safety the {name} can only be changed through LLM Home's own assistant.",
    "touches_unexposed": "Sorry, {name} changes devices that are not exposed to the assistant.",
    "touches_not_allowed": "Sorry, {name} changes a type of device the assistant may not control.",
    "out_of_range": "Sorry, {value} is outside the allowed range of {low} to {high}.",
    "unsupported_value": "Sorry, that device does not support {value}.",
    "bad_value": "Sorry, I can't use {value} for that.",
    "service_failed": "Sorry, that did not work for {name}: {message}",
    "service_error": "Sorry, that did not work for {name}.",
    "not_on_list": "Sorry, {value} is not on the {name}.",
    "already_on_list": "{value} is already on the {name}.",
    "no_current_value": "Sorry, I don't know the current setting, so I can't change it by a step.",
}
# The fixed replies, and the parts of the replies built from results and states.
REPLIES: Final[Mapping[str, str]] = {
    "not_understood": "Sorry, I couldn't find a device for that.",
    "failed": "Sorry, something went wrong. Please try again.",
    "engine_down": "Sorry, I can't reach my speech and language engine right now. Please try again in a moment.",
    # A negated command ("don't turn on the light"): nothing is done, and that is no
    # failure.
    "welcome": "You're welcome.",
    "greeting": "Hello! I'm doing well. How can I help?",
    "morning": "Good morning!",
    "night": "Good night!",
    "okay": "Okay.",
    "bye": "Bye! See you later.",
    "device": "device",
    "wont_do": "Okay, I won't do that.",
    "busy": "Sorry, I'm still busy with another request. Please try again in a moment.",
    # Calls still running when the reply is due (home/execute.py): sent, not known to
    # be done.
    "sent": "Sent the command to {targets}.",
    "not_heard": "Sorry, I didn't catch that. Please say it again.",
    "too_long": "Sorry, that request is too long. Please say it in fewer words.",
    # Asked when a command could mean any of several devices (ends with "?": the
    # satellite listens for the answer).
    "not_known": "I don't know what “{words}” means here.",
    "which_one": "Which {kind} do you mean: {names}?",
    "which_one_of_many": "There are {count} of those. Which {kind} do you mean, by its name or its room?",
    # Devices named in a reply: "the A", "the A and the B", "the A, the B or the C".
    "name": "the {name}",
    "list_separator": ", ",
    "list_and": "{names} and {last}",
    "list_or": "{names} or {last}",
    "temperature_set": "Set the {name} to {temperature} {unit}.",
    # Answers from a device's state.
    "state": "The {name} is {state}.",
    "state_brightness": "The {name} is on at {brightness}% brightness.",
    "state_climate": "The {name} is set to {state}{current}{target}.",
    "state_climate_current": ", the temperature is {temperature} {unit}",
    "state_climate_target": ", the target is {temperature} {unit}",
    "state_position": "The {name} is {position}% open.",
    "state_playing": "The {name} is playing {title}.",
    "state_playing_by": "The {name} is playing {title} by {artist}.",
    "state_list_empty": "The {name} is empty.",
    "state_list_one": "The {name} has {count} item: {items}.",
    "state_list": "The {name} has {count} items: {items}.",
    "state_measured": "The {name} is {value} {unit}.",
}

# Plain words for states, where the raw state is not a word people say (others are
# said as they are, "_" as a space).
STATE_WORDS: Final[Mapping[str, str]] = {
    "on": "on",
    "off": "off",
    "armed_away": "armed in away mode",
    "armed_home": "armed in home mode",
    "armed_night": "armed in night mode",
    "armed_vacation": "armed in vacation mode",
    "armed_custom_bypass": "armed",
    "not_home": "away",
    "home": "home",
    "returning": "returning to its dock",
}
# Binary sensors: what "on" and "off" mean for each device class.
BINARY_STATES: Final[Mapping[str, tuple[str, str]]] = {
    "door": ("open", "closed"),
    "garage_door": ("open", "closed"),
    "window": ("open", "closed"),
    "opening": ("open", "closed"),
    "lock": ("unlocked", "locked"),
    "motion": ("detecting motion", "clear"),
    "occupancy": ("occupied", "clear"),
    "presence": ("home", "away"),
    "moisture": ("wet", "dry"),
    "smoke": ("detecting smoke", "clear"),
    "gas": ("detecting gas", "clear"),
    "battery": ("low", "normal"),
    "plug": ("plugged in", "unplugged"),
    "connectivity": ("connected", "disconnected"),
    "problem": ("reporting a problem", "OK"),
    "running": ("running", "not running"),
    "moving": ("moving", "not moving"),
}
