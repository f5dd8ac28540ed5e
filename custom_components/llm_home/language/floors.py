"""How a language names floors: the words that give a floor's level, and "upstairs".

"Turn off the lights upstairs" in a home whose floors are "Ground Floor" and "First
Floor": the floors' names say their order, and the table says which words do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Floors:
    """A language's words for floors.

    `levels`: a word of a floor's name and the level it says ("basement": -1,
    "ground": 0, "first": 1, "attic": 10); a number in the name says it first
    ("Level 2", "2nd Floor"). Where the ground floor is not named, the lowest floor
    that is no basement is the ground ("First Floor" in the United States).
    `above` and `below`: what the floors above the ground floor, and the ground floor
    itself, are called ("upstairs", "downstairs"); `top` the highest ("top floor").
    """

    levels: Mapping[str, int] = field(default_factory=dict)
    above: str = ""
    below: str = ""
    top: str = ""


def floor_levels(text: str) -> dict[str, int]:
    """Return the levels written "basement cellar:-1 ground:0": words, then their level."""
    levels: dict[str, int] = {}
    words: list[str] = []
    for part in text.split():
        word, _, level = part.partition(":")
        words.append(word)
        if level:
            levels.update(dict.fromkeys(words, int(level)))
            words.clear()
    return levels
