"""How many devices the words count: "both", "beide", "the two lamps".

"Zet de verwarming bij de kinderen allebei op zeventien" counts two; the model set
three thermostats, the living room's too. More devices changed than the words count is
a guess: the user is asked which (brain.py).
"""

from __future__ import annotations

from ..home.actions import action_named
from ..home.calls import Call
from ..home.snapshot import Home
from .reading import Clause
from .replies import which_one
from .tokens import counted_at, said_numbers
from .which import nouns_said


def devices_counted(clause: Clause) -> int | None:
    """Return how many devices the words count, None where they count none."""
    language = clause.language
    if not language.pair_words.isdisjoint(clause.tokens):
        return 2
    for i, token in enumerate(clause.tokens):
        if counted_at(clause.tokens, i, language) and (
            number := said_numbers([token], language)
        ):
            return int(float(next(iter(number))))
    return None


def more_than_counted(calls: list[Call], clause: Clause) -> bool:
    """Return whether the calls change more devices than the words count."""
    if (count := devices_counted(clause)) is None:
        return False
    targets = {
        target
        for call in calls
        if (action := action_named(call.name)) is not None and not action.read_only
        for target in call.targets
    }
    return len(targets) > count


def which_counted(clause: Clause, offered: Home) -> str:
    """Return the question which of the devices offered the words mean.

    Asked by the kind said, as a command that names no device is
    (`which.nouns_said`): never a unit after a number ("op zeventien graden").
    """
    nouns = nouns_said(clause)
    names = [entity.name for entity in offered.entities]
    return which_one(
        nouns[-1] if nouns else "", names, clause.language, clause.unknown_said
    )
