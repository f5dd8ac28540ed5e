"""One request, several commands: "turn on the kitchen light and then turn off the hall light".

A small model merges such a sentence into one call (both lights on). The request is
split where a comma, "and" or "then" is followed by a command verb, and each command
is understood on its own, in order.

A request in which any command is negated ("don't turn on the light", "turn off the
fan and never open the blinds") is carried out not at all: `negated` says so before
any matcher or model sees the words, since a model that is shown a device by its whole
name is made to act on it.
"""

from __future__ import annotations

import re
from typing import Final

from ..home.actions import COMMAND_VERBS, opening_word
from ..home.calls import MAX_CALLS
from ..home.snapshot import normalize
from ..language import ENGLISH

_BREAKS: Final = re.compile(r"[,;]|\band\b|\bthen\b", re.IGNORECASE)
# What joins a command to the one before it.
_JOINERS: Final = re.compile(r"^(?:[\s,;.]|\band\b|\bthen\b)+", re.IGNORECASE)


def negated(text: str) -> bool:
    """Return whether a command of the request is negated: "don't turn on the light".

    A negation counts before a command verb ("do not unlock", "never ever open") or
    at the very end ("turn on the fan, actually don't"); "don't forget to turn on
    the light" asks for the light, and "do not disturb" names a mode.
    """
    words = normalize(text).split()
    for start in range(len(words)):
        for negation in ENGLISH.negations:
            end = start + len(negation)
            if tuple(words[start:end]) != negation:
                continue
            while end < len(words) and words[end] in ENGLISH.negation_gaps:
                end += 1
            if end == len(words) or words[end] in COMMAND_VERBS:
                return True
    return False


def _is_command(text: str) -> bool:
    return opening_word(text) in COMMAND_VERBS


def split_commands(text: str) -> list[str]:
    """Return the commands of a request, in order; a single command comes back whole.

    Only a request that opens with a command verb is split, and only before another
    command verb: "turn on the kitchen and living room lights" stays one command.
    More commands than the agent carries out at once are left whole.
    """
    if not _is_command(text):
        return [text]
    commands: list[str] = []
    start = 0
    for match in _BREAKS.finditer(text):
        head = _JOINERS.sub("", text[start : match.start()]).strip(" ,;.")
        if head and _is_command(text[match.end() :]):
            commands.append(head)
            start = match.end()
    commands.append(_JOINERS.sub("", text[start:]).strip(" ,;."))
    if len(commands) > MAX_CALLS:
        return [text]
    return [command for command in commands if command]
