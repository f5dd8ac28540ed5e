"""One request, several commands: "turn on the kitchen light and then the hall light off".

A small model merges such a sentence into one call (both lights on). The request is
split where a clause break ("and", "then", a comma) is followed by a command verb,
or between targets that each say their own state, and each command is understood on
its own, in order.
"""

from __future__ import annotations

import re

from ..home.calls import MAX_CALLS
from ..home.snapshot import normalize
from ..language import Language
from .tokens import opening, tokenize


def split_clauses(text: str, language: Language) -> list[str]:
    """Return the commands of a request, in order; a single command comes back whole.

    Only a request that opens with a command verb is split, and only before another
    command verb: "turn on the kitchen and living room lights" stays one command.
    Targets that each end with their own state take the first verb: "turn the
    kitchen light on and the hall light off" is two commands.
    """
    if not _is_command(text, language):
        return [text]
    breaks = "|".join(re.escape(word) for word in sorted(language.clause_breaks))
    pattern = re.compile(rf"[,;]|\b(?:{breaks})\b" if breaks else "[,;]", re.IGNORECASE)
    joiners = re.compile(rf"^(?:[\s,;.]|\b(?:{breaks})\b)+" if breaks else r"^[\s,;.]+")
    commands: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        head = joiners.sub("", text[start : match.start()]).strip(" ,;.")
        if head and _is_command(text[match.end() :], language):
            commands.append(head)
            start = match.end()
    commands.append(joiners.sub("", text[start:]).strip(" ,;."))
    commands = [
        part
        for command in commands
        if command
        for part in _with_own_states(command, pattern, joiners, language)
    ]
    return commands if len(commands) <= MAX_CALLS else [text]


def _with_own_states(
    command: str, pattern: re.Pattern[str], joiners: re.Pattern[str], language: Language
) -> list[str]:
    """Return "turn X on and Y off" as "turn X on", "turn Y off"; else the command."""
    parts = [
        joiners.sub("", part).strip(" ,;.")
        for part in pattern.split(command)
        if part is not None
    ]
    parts = [part for part in parts if part]
    ends = [tokenize(part, language)[-1:] for part in parts]
    if len(parts) < 2 or not all(end and end[0] in language.particles for end in ends):
        return [command]
    verb = tokenize(parts[0], language)
    first = opening(verb, language)
    return [parts[0], *(f"{first} {part}" for part in parts[1:])]


def _is_command(text: str, language: Language) -> bool:
    return opening(normalize(text).split(), language) in language.command_verbs
