"""English replies: refusals, failures, questions back and answers from state.

Keyed by reply name; {placeholders} are filled by agent/replies.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

REPLIES: Final[Mapping[str, str]] = {
    "unknown_target": "Sorry, I don't know a device called {name}.",
    "ambiguous_target": "Sorry, more than one device is called {name}. Please say which one.",
    "not_allowed": "Sorry, you are not allowed to do that.",
    "allow_disarm_disabled": "Sorry, disarming the alarm by voice is turned off. It can be allowed in LLM Home's options.",
    "allow_unlock_disabled": "Sorry, unlocking by voice is turned off. It can be allowed in LLM Home's options.",
    "allow_open_disabled": "Sorry, opening garage doors, gates and gas valves by voice is turned off. It can be allowed in LLM Home's options.",
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
    "no_current_value": "Sorry, I don't know the current setting, so I can't change it by a step.",
    "not_understood": "Sorry, I couldn't find a device for that.",
    "failed": "Sorry, something went wrong. Please try again.",
    "engine_down": "Sorry, I can't reach my speech and language engine right now. Please try again in a moment.",
    "wont_do": "Okay, I won't do that.",
    "busy": "Sorry, I'm still busy with another request. Please try again in a moment.",
    "sent": "Sent the command to {targets}.",
}
