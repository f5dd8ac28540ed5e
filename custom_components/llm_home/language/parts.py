"""The parts of a language table: an action's words, numbers, plurals, and more.

Indirect requests and the prompt's words too; model.py holds the table itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ActionWords:
    """A language's words for one action (home/actions/), keyed by its call name.

    `words` ask for it; it is offered to the model only when one of `offered_when`
    is said (when given: a small model otherwise picks "toggle" for "turn on", or
    arms the alarm when words about it come with another request).
    `usage` tells the model what it does.
    `reply` ({targets}, {value}) confirms it; `examples` are requests said with
    {target} and {value}, one per example of the action, in its order.
    """

    usage: str = ""
    words: frozenset[str] = frozenset()
    offered_when: frozenset[str] = frozenset()
    reply: str = ""
    reply_down: str | None = None
    examples: tuple[str, ...] = ()

    @property
    def said_by(self) -> frozenset[str]:
        """Return every word that says this action: `words` and `offered_when`."""
        return self.words | self.offered_when


@dataclass(frozen=True, slots=True)
class Numbers:
    """How a language says numbers: word values, and the words around a value."""

    words: Mapping[str, int]  # "five": 5, "twenty": 20 (tens are followed by units)
    tens: frozenset[str]  # the words above that take a unit after them
    fractions: Mapping[str, str]  # "half": "50"
    decimal_points: frozenset[str]  # "point": "twenty one point five"
    decimal_comma: bool  # "21,5" is 21.5 (German, French ...)
    # "degrees", "percent", "per cent", "%": the number before is a value. A unit
    # may be a few words or a sign; each form is listed as said ("hour", "hours").
    units: frozenset[str]
    end_points: frozenset[str]  # "to": the number after is where a setting ends
    value_before: frozenset[str]  # "to", "at", "by": the number after is a value
    # Words between tens and units: "treinta y cinco", "vingt et un".
    joiners: frozenset[str] = frozenset()
    # Words after a number that add a half: "twenty one and a half", "21 y medio".
    halves: tuple[tuple[str, ...], ...] = ()
    # Words after a number that make it a count of devices, never a value: "客厅两个
    # 窗帘全部拉开" opens both curtains (the measure words of Chinese).
    counters: frozenset[str] = frozenset()
    # Words after an hour that make it a time of day, never a value: "…, die hat bis
    # vier Uhr gelernt" says no position of 4 %.
    clock: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Plurals:
    """How plural forms become singular: irregular forms, then suffix rules."""

    irregular: Mapping[str, str]  # "people": "person", "shelves": "shelf"
    # (suffix, replacement, shortest word the rule applies to), the first that fits.
    rules: tuple[tuple[str, str, int], ...]
    invariant: frozenset[str]  # words that end like a plural but are not ("glass")


@dataclass(frozen=True, slots=True)
class Comfort:
    """An indirect request ("it's too dark in here") and the command it stands for."""

    words: frozenset[str]  # all of these said ...
    command: str  # ... stand for this command, said in the same language


@dataclass(frozen=True, slots=True)
class PromptWords:
    """The words of the model's prompt (agent/prompt.py), around the actions' own."""

    instructions: str  # what the model does, first in the prompt
    notes: str  # {instructions}: the user's own notes for the model
    functions: str  # the heading of the list of calls
    nothing_to_do: str  # what none() means
    value_hints: Mapping[str, str]  # by the kind of value (home/actions/ Value)
    devices: str  # {devices}: the devices offered with a request
    no_devices: str  # in place of {devices} when none is offered
    aliases: str  # {aliases}: a device's other names, after its kind
    in_area: str  # {area}: where the satellite is, before the request
    pair: str  # {first}, {second}: two devices in one example
    not_for_the_home: tuple[str, ...]  # examples answered with none(); {missing}
    absent_devices: tuple[str, ...]  # for {missing}: the first the home lacks


def value_names(words: Mapping[str, str]) -> dict[str, str]:
    """Return each word said for a call's value: {"red": "rot rote"} -> {"rot": "red", ...}.

    A word listed for two values means the first.
    """
    names: dict[str, str] = {}
    for value, said in words.items():
        for word in said.split():
            names.setdefault(word, value)
    return names
