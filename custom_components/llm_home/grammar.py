"""A llama.cpp grammar (GBNF) that admits only valid calls on the exposed home.

Only real call names, only exposed entities and areas that support the call, only
values the device accepts (its HVAC modes, its temperature range, ...), at most
MAX_CALLS calls of at most MAX_TARGETS targets, and the `none()` exit.
"""

from __future__ import annotations

from typing import Final

from .calls import (
    COLORS,
    MAX_CALLS,
    MAX_TARGETS,
    NONE_CALL,
    SEPARATOR,
    SPECS,
    WHITES,
    Value,
)
from .capabilities import WORD_VALUES, option_values, targets_for, value_options
from .home import Home

# Values the model writes the same way for every device.
_SHARED_VALUES: Final = {
    Value.PERCENT: '("100" | [1-9] [0-9]? | "0")',
    Value.PERCENT_STEP: '[+-] ("100" | [1-9] [0-9]?)',
    Value.DEGREES_STEP: '[+-] ("10" | [1-9])',
    Value.COLOR: " | ".join(f'"{color}"' for color in COLORS),
    Value.WHITE: " | ".join(f'"{white}"' for white in WHITES),
}


def literal(text: str) -> str:
    """Return a GBNF string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _alternatives(options: list[str]) -> str:
    return "(" + " | ".join(options) + ")"


def build_grammar(home: Home) -> str:
    """Return the GBNF grammar for calls on this home."""
    rules: dict[str, str] = {}
    calls = [literal(f"{NONE_CALL}()")]
    for spec in SPECS.values():
        targets = targets_for(home, spec)
        if not targets:
            continue
        rule = spec.name.replace("_", "-")
        if spec.value in _SHARED_VALUES or spec.value is Value.NONE:
            rules[f"{rule}-target"] = " | ".join(literal(name) for name in targets)
            body = f"{rule}-target"
            if spec.multi:
                body += f" ({literal(SEPARATOR)} {rule}-target){{0,{MAX_TARGETS - 1}}}"
            if spec.value is not Value.NONE:
                body += f" {literal(SEPARATOR)} ({_SHARED_VALUES[spec.value]})"
        else:
            # Each target with the values that this device accepts.
            options = []
            for name, entities in targets.items():
                # Single-target calls: an area stands for exactly one device here.
                values = value_options(spec, entities[0])
                if spec.value in WORD_VALUES:
                    values = option_values(values)
                if values:
                    options.append(
                        f"{literal(name + SEPARATOR)} {_alternatives([literal(v) for v in values])}"
                    )
            if not options:
                continue
            body = _alternatives(options)
        rules[rule] = f"{literal(spec.name + '(')} {body} {literal(')')}"
        calls.append(rule)
    lines = [
        f"root ::= call ({literal(chr(10))} call){{0,{MAX_CALLS - 1}}}",
        f"call ::= {' | '.join(calls)}",
        *(f"{name} ::= {body}" for name, body in rules.items()),
    ]
    return "\n".join(lines) + "\n"
