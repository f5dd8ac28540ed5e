"""A llama.cpp grammar (GBNF) that admits only valid calls on the exposed home.

Only real call names, only exposed entities and areas that support the call, only
values the device accepts (its HVAC modes, its temperature range, ...), at most
MAX_CALLS calls of at most MAX_TARGETS targets, and the `none()` exit unless the
request surely names a device.
"""

from __future__ import annotations

from collections.abc import Iterable
import re
from typing import Final

from ..home.actions import ACTIONS, STEPS, Action, Value, opening_word
from ..home.calls import COLORS, MAX_CALLS, MAX_TARGETS, NONE_CALL, SEPARATOR, WHITES
from ..home.capabilities import WORD_VALUES, option_values, targets_for, value_options
from ..home.snapshot import Home, label
from ..language import ENGLISH

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


# Words that stand for a number: "half brightness" is 50 %.
_FRACTIONS: Final = {"half": "50", "halfway": "50", "quarter": "25", "full": "100"}
MAX_ITEM_WORDS: Final = 8
MAX_DEGREES: Final = 200


_UNITS: Final = {
    word: n
    for n, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS: Final = {
    word: 10 * n
    for n, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        2,
    )
}


def without_names(text: str, names: Iterable[str]) -> str:
    """Return the words with the names in them taken out: what is left says values."""
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}\b", " ", text, flags=re.IGNORECASE)
    return text


def said_numbers(text: str, names: Iterable[str] = ()) -> frozenset[str]:
    """Return the whole numbers in the user's words, in digits or in words up to 100.

    A number that is part of a name said ("Bedroom 1", "Fan 2") is no value.
    """
    text = without_names(text, names)
    numbers = {str(int(n)) for n in re.findall(r"\d+", text) if len(n) <= 3}
    words = re.findall(r"[a-z]+", text.casefold().replace("-", " "))
    for i, word in enumerate(words):
        if word in _TENS:
            following = words[i + 1] if i + 1 < len(words) else ""
            numbers.add(
                str(
                    _TENS[word]
                    + (_UNITS[following] if 0 < _UNITS.get(following, 0) < 10 else 0)
                )
            )
        elif word in _UNITS and (i == 0 or words[i - 1] not in _TENS):
            numbers.add(str(_UNITS[word]))
        elif word == "hundred":
            numbers.add("100")
        elif word in _FRACTIONS:
            numbers.add(_FRACTIONS[word])
    return frozenset(numbers)


def item_spans(text: str) -> list[str]:
    """Return every run of up to MAX_ITEM_WORDS of the user's words: a to-do item."""
    words = re.findall(r"[\w']+", text.casefold())
    spans = {
        " ".join(words[start:end])
        for start in range(len(words))
        for end in range(start + 1, min(start + MAX_ITEM_WORDS, len(words)) + 1)
    }
    return sorted(spans)


def _said_values(
    action: Action, said: frozenset[str], targets: frozenset[str]
) -> str | None:
    """Return the value rule limited to numbers the user said; None drops the call.

    A step is a number the user said, or the action's default step ("a bit
    brighter") only when the words hold no number at all: "set it to 40 degrees"
    can never become "2 degrees warmer". A number said after "to" is where the
    setting should end up, never a step: "turn the volume down to 50%".
    """
    if action.value is Value.PERCENT:
        numbers = sorted(n for n in said if int(n) <= 100)
        return _alternatives([literal(n) for n in numbers]) if numbers else None
    if action.value in STEPS:
        steps = [n for n in said if 0 < int(n) <= action.max_step and n not in targets]
        if not said:
            steps = list(action.default_steps)
        if not steps:
            return None
        return f"[+-] {_alternatives([literal(n) for n in sorted(steps)])}"
    return _SHARED_VALUES[action.value]


# Values that are words: offered only when the user said them ("set it to heat", "make
# it blue"); "set opa's heater to 19 degrees" must never switch it off. Arm modes
# are left out: "arm the alarm" alone arms it in its usual mode.
_NAMED_VALUES: Final = {Value.COLOR: COLORS, Value.WHITE: tuple(WHITES)}
_SAID_OPTIONS: Final = frozenset({Value.HVAC_MODE, Value.FAN_MODE, Value.PRESET})


def names_of(home: Home) -> list[str]:
    """Return every name and alias of the home's devices, areas and floors."""
    return [
        *(name for entity in home.entities for name in entity.names),
        *(name for area in home.areas for name in (*area.names, *area.floor_names)),
    ]


def _said_options(options: Iterable[str], said_words: set[str]) -> tuple[str, ...]:
    """Return the options that the words say ("cooling" says "cool", "heat" "heat_cool")."""

    def said(option: str) -> bool:
        parts = [part for part in re.split(r"[\W_]+", option.casefold()) if part]
        return any(
            word.startswith(part) or (len(word) >= 4 and part.startswith(word))
            for part in parts
            for word in said_words
        )

    return tuple(option for option in options if said(option))


def _said_after_to(text: str | None) -> frozenset[str]:
    """Return the numbers said right after "to": end points, never steps."""
    if text is None:
        return frozenset()
    return frozenset(
        str(int(n)) for n in re.findall(r"\bto\s+(\d{1,3})\b", text.casefold())
    )


def _item_rule(text: str | None) -> str | None:
    if text is None:
        return "[a-zA-Z0-9' ]{1,60}"
    spans = item_spans(text)
    return _alternatives([literal(span) for span in spans]) if spans else None


def build_grammar(
    home: Home,
    said: frozenset[str] | None = None,
    *,
    exit_allowed: bool = True,
    text: str | None = None,
) -> str:
    """Return the GBNF grammar for calls on this home.

    With `said` (the numbers in the user's words), brightness and temperature values
    must be numbers the user said: the model cannot invent "30%" for "a bit brighter".
    With `text` (the user's words), a to-do item must be words the user said.
    Without `exit_allowed`, `none()` is only admitted when no other call is possible.
    When the words say "all" ("every", "both"), a call that takes several targets
    names groups only ("All blinds", "Kitchen lights"): a group means the devices
    offered, which llm_home's tools hold it to (offered.py).
    """
    rules: dict[str, str] = {}
    calls: list[str] = []
    said_words = set(re.findall(r"\w+", text.casefold())) if text is not None else None
    # The words that can say a value: "heat" in "Heat Pump" asks for no mode.
    value_words = (
        None
        if text is None
        else set(re.findall(r"\w+", without_names(text, names_of(home)).casefold()))
    )
    end_points = _said_after_to(text)
    single_names = {
        name
        for entity in home.entities
        for name in (entity.label, *map(label, entity.aliases))
    }
    opening = opening_word(text) if text is not None else None
    for spec in ACTIONS:
        spoken = ENGLISH.action(spec.name)
        if spoken.offered_when and not (
            said_words is None or spoken.offered_when & said_words
        ):
            continue
        if opening in spoken.not_after:
            continue
        every = bool(said_words and said_words & ENGLISH.every)
        targets = targets_for(home, spec, every=every)
        if every and spec.multi:
            # "Close all the blinds": a group ("All blinds"), which means the devices
            # offered for this request; a small model otherwise often names just one.
            targets = {
                name: members
                for name, members in targets.items()
                if name not in single_names
            } or targets
        if not targets:
            continue
        rule = spec.name.replace("_", "-")
        if spec.value in _SHARED_VALUES or spec.value in (Value.NONE, Value.ITEM):
            value_rule = _SHARED_VALUES.get(spec.value)
            if spec.value is Value.ITEM:
                value_rule = _item_rule(text)
            elif said is not None and spec.value is not Value.NONE:
                value_rule = _said_values(spec, said, end_points)
            if spec.value in _NAMED_VALUES and value_words is not None:
                named = _said_options(_NAMED_VALUES[spec.value], value_words)
                value_rule = (
                    _alternatives([literal(v) for v in named]) if named else None
                )
            if value_rule is None and spec.value is not Value.NONE:
                continue
            rules[f"{rule}-target"] = " | ".join(literal(name) for name in targets)
            body = f"{rule}-target"
            if spec.multi:
                body += f" ({literal(SEPARATOR)} {rule}-target){{0,{MAX_TARGETS - 1}}}"
            if value_rule is not None:
                body += f" {literal(SEPARATOR)} ({value_rule})"
        else:
            # Each target with the values that this device accepts.
            options = []
            for name, entities in targets.items():
                # Single-target calls: an area stands for exactly one device here.
                values = value_options(spec, entities[0])
                if spec.value in WORD_VALUES:
                    values = option_values(values)
                if spec.value in _SAID_OPTIONS and value_words is not None:
                    values = _said_options(values, value_words)
                if spec.value is Value.DEGREES and said is not None:
                    # Any number said: one out of range is refused with the range.
                    values = tuple(sorted(n for n in said if int(n) <= MAX_DEGREES))
                if values:
                    options.append(
                        f"{literal(name + SEPARATOR)} {_alternatives([literal(v) for v in values])}"
                    )
            if not options:
                continue
            body = _alternatives(options)
        rules[rule] = f"{literal(spec.name + '(')} {body} {literal(')')}"
        calls.append(rule)
    if exit_allowed or not calls:
        calls.insert(0, literal(f"{NONE_CALL}()"))
    lines = [
        f"root ::= call ({literal(chr(10))} call){{0,{MAX_CALLS - 1}}}",
        f"call ::= {' | '.join(calls)}",
        *(f"{name} ::= {body}" for name, body in rules.items()),
    ]
    return "\n".join(lines) + "\n"
