"""The call language the model writes: one terse call per line, e.g. `light_on(Kitchen)`.

Short names and positional arguments keep generation short (every token costs about
27 ms on two cores). The grammar (grammar.py) admits only calls built from these specs
and the home's real names; `parse_calls` turns text back into calls and also accepts
JSON calls (`{"name": ..., "arguments": {...}}`), with or without `<tool_call>` tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
import json
import re
from typing import Final

MAX_CALLS: Final = 3
MAX_TARGETS: Final = 3
SEPARATOR: Final = ", "

# Exits: the request names no known device, or is not a command at all.
NONE_CALL: Final = "none"


class Value(StrEnum):
    """The kind of the value argument that follows the targets."""

    NONE = "none"
    PERCENT = "percent"  # 0..100
    PERCENT_STEP = "percent_step"  # +N or -N
    COLOR = "color"
    WHITE = "white"  # warm, neutral, cool
    DEGREES = "degrees"  # within the device's range
    DEGREES_STEP = "degrees_step"  # +N or -N
    HVAC_MODE = "hvac_mode"
    FAN_MODE = "fan_mode"
    PRESET = "preset"
    ARM_MODE = "arm_mode"


COLORS: Final = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "white")
WHITES: Final = {"warm": 2700, "neutral": 4000, "cool": 6500}


@dataclass(frozen=True, slots=True)
class CallSpec:
    """One callable action: its name, the domain of its targets, and its value."""

    name: str
    domain: str | None  # None: any exposed entity (questions)
    value: Value
    usage: str
    multi: bool = True  # several targets or areas allowed


SPECS: Final = {
    spec.name: spec
    for spec in (
        CallSpec("light_on", "light", Value.NONE, "turn lights on"),
        CallSpec("light_off", "light", Value.NONE, "turn lights off"),
        CallSpec("light_toggle", "light", Value.NONE, "toggle lights"),
        CallSpec("light_level", "light", Value.PERCENT, "set brightness percent"),
        CallSpec(
            "light_step",
            "light",
            Value.PERCENT_STEP,
            "brighter +N or dimmer -N percent",
        ),
        CallSpec("light_color", "light", Value.COLOR, "set colour"),
        CallSpec("light_white", "light", Value.WHITE, "warm, neutral or cool white"),
        CallSpec(
            "climate_temp", "climate", Value.DEGREES, "set target temperature", False
        ),
        CallSpec(
            "climate_step",
            "climate",
            Value.DEGREES_STEP,
            "warmer +N or cooler -N degrees",
            False,
        ),
        CallSpec(
            "climate_mode",
            "climate",
            Value.HVAC_MODE,
            "set mode (heat, cool, off...)",
            False,
        ),
        CallSpec("climate_fan", "climate", Value.FAN_MODE, "set fan mode", False),
        CallSpec("climate_preset", "climate", Value.PRESET, "set preset", False),
        CallSpec(
            "alarm_arm", "alarm_control_panel", Value.ARM_MODE, "arm the alarm", False
        ),
        CallSpec(
            "alarm_disarm", "alarm_control_panel", Value.NONE, "disarm the alarm", False
        ),
        CallSpec("state", None, Value.NONE, "answer a question about a device or area"),
    )
}


@dataclass(frozen=True, slots=True)
class Call:
    """A parsed call: a spec name, target names and an optional value."""

    name: str
    targets: tuple[str, ...] = ()
    value: str | None = None

    def as_text(self) -> str:
        """Return the call in the model's syntax."""
        args = [*self.targets, *([self.value] if self.value is not None else [])]
        return f"{self.name}({SEPARATOR.join(args)})"


class CallParseError(ValueError):
    """The model's output is not a call."""


_TERSE = re.compile(r"^(?P<name>[a-z_]+)\((?P<args>.*)\)$")
_TAGS = re.compile(r"</?tool_call>")


def parse_calls(text: str) -> list[Call]:
    """Parse the model's output into at most MAX_CALLS calls."""
    text = _TAGS.sub("\n", text).strip()
    if not text:
        raise CallParseError("empty output")
    if text.startswith(("{", "[")):
        return _parse_json(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    calls = [_parse_line(line) for line in lines[:-1]]
    try:
        calls.append(_parse_line(lines[-1]))
    except CallParseError:
        # Output cut off by the token limit ends in half a call: the whole calls
        # before it are what the model decided; without any, the output is unusable.
        if not calls:
            raise
    return calls[:MAX_CALLS]


def _parse_line(line: str) -> Call:
    match = _TERSE.match(line)
    if match is None:
        raise CallParseError(f"not a call: {line[:80]!r}")
    name, raw = match["name"], match["args"].strip()
    if name == NONE_CALL:
        return Call(NONE_CALL)
    if (spec := SPECS.get(name)) is None:
        raise CallParseError(f"unknown call {name!r}")
    args = [arg.strip() for arg in raw.split(SEPARATOR.strip())] if raw else []
    value = None
    if spec.value is not Value.NONE:
        if len(args) < 2:
            raise CallParseError(f"{name} needs a target and a value")
        value = args.pop()
    if not args or any(not arg for arg in args):
        raise CallParseError(f"{name} needs a target")
    return Call(name, tuple(args[:MAX_TARGETS]), value)


def _parse_json(text: str) -> list[Call]:
    try:
        data = json.loads(text)
    except ValueError as err:
        raise CallParseError("malformed JSON call") from err
    items = data if isinstance(data, list) else [data]
    calls = []
    for item in items[:MAX_CALLS]:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise CallParseError("a JSON call needs a name")
        args = item.get("arguments") or {}
        if not isinstance(args, dict):
            raise CallParseError("JSON call arguments must be an object")
        targets = args.get("target", [])
        if isinstance(targets, str):
            targets = [targets]
        value = args.get("value")
        calls.append(
            _parse_line(
                Call(
                    item["name"],
                    tuple(str(t) for t in targets),
                    None if value is None else str(value),
                ).as_text()
            )
        )
    return calls
