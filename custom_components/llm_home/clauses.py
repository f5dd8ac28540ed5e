"""One request, several commands: "turn on the kitchen light and then turn off the hall light".

A small model merges such a sentence into one call (both lights on). The request is
split where a comma, "and" or "then" is followed by a command verb, and each command
is understood on its own, in order.
"""

from __future__ import annotations

import re
from typing import Final

from .actions import COMMAND_VERBS, opening_word
from .calls import MAX_CALLS

_BREAKS: Final = re.compile(r"[,;]|\band\b|\bthen\b", re.IGNORECASE)
# What joins a command to the one before it.
_JOINERS: Final = re.compile(r"^(?:[\s,;.]|\band\b|\bthen\b)+", re.IGNORECASE)


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
