"""Spoken replies from tool results: templates, no second model pass, never JSON."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from ..home.actions import Action, Value, action_named

_ERRORS: Final = {
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
}
NOT_UNDERSTOOD: Final = "Sorry, I couldn't find a device for that."
FAILED: Final = "Sorry, something went wrong. Please try again."
ENGINE_DOWN: Final = (
    "Sorry, I can't reach my speech and language engine right now. "
    "Please try again in a moment."
)
# A negated command ("don't turn on the light"): nothing is done, and that is no failure.
WONT_DO: Final = "Okay, I won't do that."
# Calls still running when the reply is due (execute.py): sent, not known to be done.
_SENT: Final = "Sent the command to {targets}."
BUSY: Final = (
    "Sorry, I'm still busy with another request. Please try again in a moment."
)
# Plain words for states, where the raw state is not a word people say.
_STATE_WORDS: Final = {
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
_BINARY: Final = {
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
}


def join_names(names: Sequence[str], conjunction: str = "and") -> str:
    """Return 'the A', 'the A and the B', 'the A, the B and the C'."""
    items = [f"the {name}" for name in names]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


# More devices than a question can list aloud.
MAX_LISTED: Final = 4


def which_one(kind: str, names: Sequence[str]) -> str:
    """Return the question for a command that could mean any of several devices."""
    if len(names) > MAX_LISTED:
        # Ends with a question mark: the satellite listens for the answer.
        return (
            f"There are {len(names)} of those. "
            f"Which {kind} do you mean, by its name or its room?"
        )
    return f"Which {kind} do you mean: {join_names(names, 'or')}?"


def reply_for(result: Mapping[str, Any], is_error: bool) -> str:
    """Return the sentence for one tool result."""
    if is_error:
        template = _ERRORS.get(str(result.get("error")), FAILED)
        try:
            return template.format(**result)
        except KeyError, IndexError, ValueError:
            return FAILED
    action = action_named(str(result.get("action")))
    if action is None:
        return FAILED
    if sent := result.get("sent"):
        said = _SENT.format(targets=join_names(sent))
        return f"{_done(action, result)} {said}" if result.get("targets") else said
    return _done(action, result)


def _done(action: Action, result: Mapping[str, Any]) -> str:
    states = result.get("states") or []
    if action.read_only:
        return " ".join(answer(state) for state in states) or NOT_UNDERSTOOD
    if action.value in (Value.DEGREES, Value.DEGREES_STEP):
        return " ".join(_temperature_set(state) for state in states)
    value = result.get("value")
    template = action.reply
    if action.reply_down is not None and str(value).startswith("-"):
        template = action.reply_down
    return template.format(targets=join_names(result.get("targets") or []), value=value)


def _temperature_set(state: Mapping[str, Any]) -> str:
    target = state.get("temperature")
    unit = state.get("unit") or "°"
    return f"Set the {state['name']} to {_number(target)} {unit}."


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _state_words(state: Mapping[str, Any]) -> str:
    value = str(state.get("state"))
    if state.get("domain") == "binary_sensor" and value in ("on", "off"):
        on, off = _BINARY.get(str(state.get("device_class")), ("on", "off"))
        return on if value == "on" else off
    return _STATE_WORDS.get(value, value.replace("_", " "))


def answer(state: Mapping[str, Any]) -> str:
    """Answer 'how is X' from an entity's described state, in plain words."""
    name, value = state["name"], str(state.get("state"))
    unit = state.get("unit") or ""
    match state.get("domain"):
        case "light" if value == "on" and "brightness_pct" in state:
            return f"The {name} is on at {state['brightness_pct']}% brightness."
        case "climate" | "water_heater":
            parts = [f"The {name} is set to {_state_words(state)}"]
            if (current := state.get("current_temperature")) is not None:
                parts.append(f"the temperature is {_number(current)} {unit or '°'}")
            if (target := state.get("temperature")) is not None:
                parts.append(f"the target is {_number(target)} {unit or '°'}")
            return ", ".join(parts) + "."
        case "cover" | "valve" if value == "open" and (
            position := state.get("current_position")
        ) not in (None, 100):
            return f"The {name} is {position}% open."
        case "media_player" if value == "playing" and state.get("media_title"):
            artist = state.get("media_artist")
            by = f" by {artist}" if artist else ""
            return f"The {name} is playing {state['media_title']}{by}."
        case "todo":
            items = state.get("items") or []
            if not items:
                return f"The {name} is empty."
            count = f"{len(items)} item{'s' if len(items) != 1 else ''}"
            return f"The {name} has {count}: {', '.join(items)}."
        case "sensor" if unit:
            return f"The {name} is {_number(value)} {unit}."
    return f"The {name} is {_state_words(state)}."
