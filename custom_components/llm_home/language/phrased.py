"""The patterns that find a table's phrases in what is said (`Language.phrases`).

A phrase is words said together ("op slot"), or two parts with a few words of the same
command between them, written with `GAP` ("geluid … uit"): a separable verb's
particle comes last, after the object ("zet het geluid van de tv uit" mutes it). The
words between are kept as said; a word that ends a command or opens another (a
clause break, a command verb) is never between the parts ("doe het geluid harder en
de lamp uit" leaves the lamp's "uit" alone).
"""

from __future__ import annotations

from collections.abc import Collection
import re
from typing import Final

GAP: Final = " … "
_MOST_BETWEEN: Final = 4  # words between the two parts of a phrase


def phrase_pattern(
    phrase: str, meant: str, edge: str, apart: Collection[str]
) -> tuple[re.Pattern[str], str]:
    """Return the pattern that finds `phrase`, and what replaces what it finds.

    `apart` are the words never said between the parts of a phrase with a gap; the
    words between are kept, where `meant` has its own gap.
    """
    first, _, last = phrase.partition(GAP)
    if not last:
        return re.compile(rf"{edge}{re.escape(phrase)}{edge}", re.IGNORECASE), meant
    never = "|".join(sorted(map(re.escape, apart), key=len, reverse=True))
    word = rf"\s+(?!(?:{never})\b)[^\s.,;:!?]+" if never else r"\s+[^\s.,;:!?]+"
    between = rf"((?:{word}){{0,{_MOST_BETWEEN}}})\s+"
    found = rf"{edge}{re.escape(first)}{between}{re.escape(last)}{edge}"
    said_first, _, said_last = meant.partition(GAP)
    return re.compile(found, re.IGNORECASE), rf"{said_first}\1 {said_last}"
