"""Words beside the commands: a room said in a remark, and what "except" leaves out.

"It's stuffy down in the gym, crank the fan up": the gym is where the fan is. "Turn
off the lights but leave the island pendants on": the pendants are left out. Read by
the reading (reading.py) once per request.
"""

from __future__ import annotations

from collections.abc import Iterable
import re

from ..home.snapshot import holds_run
from .names import NameIndex, naming_words
from .tokens import tokenize


def room_aside(
    text: str, commands: Iterable[tuple[str, ...]], index: NameIndex
) -> tuple[str, ...] | None:
    """Return the one room said only outside the commands, where it is one.

    "It's kinda stuffy down in the gym, crank the fan all the way up": the reason
    says the room the command means ("Gogo is sleeping in the cottage, put the light
    on there").
    """
    tokens = tokenize(text, index.language)
    said = {
        tokens[start:end] for start, end, owners in index.spans(tokens) if not owners
    }
    aside = [
        room
        for room in said
        if not any(holds_run(command, room) for command in commands)
    ]
    return aside[0] if len(aside) == 1 and len(said) == 1 else None


def excepted(text: str, index: NameIndex) -> tuple[str, frozenset[str]]:
    """Return the words before an "except" and the naming words after it.

    "But" leaves out only where a name of the home follows it ("but leave the island
    pendants on"), never in "turn it on but dim".
    """
    language = index.language
    markers = language.exceptions | language.contrasts
    if not markers or language.unspaced:
        return text, frozenset()
    words = "|".join(re.escape(word) for word in sorted(markers))
    found = re.search(rf"\b(?:{words})\b", text, re.IGNORECASE)
    if found is None:
        return text, frozenset()
    rest = tokenize(text[found.end() :], language)
    if found.group().casefold() in language.contrasts and not index.spans(rest):
        return text, frozenset()
    # The marker itself keeps the words non-empty: "except" said leaves something out.
    return text[: found.start()], naming_words(rest, language) | {
        found.group().casefold()
    }
