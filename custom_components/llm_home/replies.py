"""Spoken replies from tool results: templates, no second model pass, never JSON."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

_ACTIONS: Final = {
    "light_on": "Turned on {targets}.",
    "light_off": "Turned off {targets}.",
    "light_toggle": "Toggled {targets}.",
    "light_level": "Set {targets} to {value}%.",
    "light_color": "Set {targets} to {value}.",
    "light_white": "Set {targets} to {value} white.",
    "climate_mode": "Set {targets} to {value}.",
    "climate_fan": "Set the fan of {targets} to {value}.",
    "climate_preset": "Set {targets} to {value} mode.",
    "alarm_arm": "Armed {targets} in {value} mode.",
    "alarm_disarm": "Disarmed {targets}.",
}
_ERRORS: Final = {
    "unknown_target": "Sorry, I don't know a device called {name}.",
    "ambiguous_target": "Sorry, more than one device is called {name}. Please say which one.",
    "not_allowed": "Sorry, you are not allowed to do that.",
    "disarm_disabled": "Sorry, disarming the alarm by voice is turned off. It can be allowed in LLM Home's options.",
    "code_required": "Sorry, I need the alarm code to disarm it. Say the code with the command.",
    "out_of_range": "Sorry, {value} is outside the allowed range of {low} to {high}.",
    "unsupported_value": "Sorry, that device does not support {value}.",
    "service_failed": "Sorry, that did not work for {name}: {message}",
    "no_current_temperature": "Sorry, I don't know the current setting, so I can't change it by a step.",
}
NOT_UNDERSTOOD: Final = "Sorry, I couldn't find a device for that."
FAILED: Final = "Sorry, something went wrong. Please try again."
ENGINE_DOWN: Final = (
    "Sorry, I can't reach my speech and language engine right now. "
    "Please try again in a moment."
)
BUSY: Final = (
    "Sorry, I'm still busy with another request. Please try again in a moment."
)


def join_names(names: Sequence[str]) -> str:
    """Return 'the A', 'the A and the B', 'the A, the B and the C'."""
    items = [f"the {name}" for name in names]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def reply_for(result: Mapping[str, Any], is_error: bool) -> str:
    """Return the sentence for one tool result."""
    if is_error:
        template = _ERRORS.get(str(result.get("error")), FAILED)
        try:
            return template.format(**result)
        except KeyError, IndexError, ValueError:
            return FAILED
    action = str(result.get("action"))
    states = result.get("states") or []
    if action == "state":
        return " ".join(answer(state) for state in states) or NOT_UNDERSTOOD
    if action in ("climate_temp", "climate_step"):
        return " ".join(_temperature_set(state) for state in states)
    if action == "light_step":
        step = float(result.get("value") or 0)
        return f"Made {join_names(result['targets'])} {'brighter' if step > 0 else 'dimmer'}."
    confirmation = _ACTIONS.get(action)
    if confirmation is None:
        return FAILED
    return confirmation.format(
        targets=join_names(result.get("targets") or []), value=result.get("value")
    )


def _temperature_set(state: Mapping[str, Any]) -> str:
    target = state.get("temperature")
    unit = state.get("unit") or "°"
    return f"Set the {state['name']} to {_number(target)} {unit}."


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def answer(state: Mapping[str, Any]) -> str:
    """Answer 'how is X' from an entity's described state."""
    name, value = state["name"], str(state.get("state"))
    match state.get("domain"):
        case "light" if value == "on" and "brightness_pct" in state:
            return f"The {name} is on at {state['brightness_pct']}% brightness."
        case "climate":
            parts = [f"The {name} is set to {value}"]
            if (current := state.get("current_temperature")) is not None:
                parts.append(
                    f"the temperature is {_number(current)} {state.get('unit') or '°'}"
                )
            if (target := state.get("temperature")) is not None:
                parts.append(
                    f"the target is {_number(target)} {state.get('unit') or '°'}"
                )
            return ", ".join(parts) + "."
        case "alarm_control_panel":
            return f"The {name} is {value.replace('_', ' ')}."
        case "sensor" if state.get("unit"):
            return f"The {name} is {_number(value)} {state['unit']}."
    return f"The {name} is {value.replace('_', ' ')}."
