"""The call language the model writes: one terse call per line, e.g. `turn_on(Kitchen)`.

Short names and positional arguments keep generation short (every token costs about
27 ms on two cores). The grammar (grammar.py) admits only calls built from the actions (actions.py)
and the home's real names; `parse_calls` turns text back into calls and also accepts
JSON calls (`{"name": ..., "arguments": {...}}`), with or without `<tool_call>` tags.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
import re
from typing import Final

from .actions import Value, action_named

MAX_CALLS: Final = 3
MAX_TARGETS: Final = 3
SEPARATOR: Final = ", "
# A comma between arguments; not one between digits: "NDR 90,3" is one station.
ARGUMENT_BREAK: Final = re.compile(r"(?<!\d),|,(?!\d)")

# Exits: the request names no known device, or is not a command at all.
NONE_CALL: Final = "none"


COLORS: Final = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "white")
WHITES: Final = {"warm": 2700, "neutral": 4000, "cool": 6500}


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
    # A call written twice is made once.
    return list(dict.fromkeys(calls))[:MAX_CALLS]


def _parse_line(line: str) -> Call:
    match = _TERSE.match(line)
    if match is None:
        raise CallParseError(f"not a call: {line[:80]!r}")
    name, raw = match["name"], match["args"].strip()
    if name == NONE_CALL:
        return Call(NONE_CALL)
    if (spec := action_named(name)) is None:
        raise CallParseError(f"unknown call {name!r}")
    args = [arg.strip() for arg in ARGUMENT_BREAK.split(raw)] if raw else []
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
