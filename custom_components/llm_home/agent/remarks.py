"""Remarks beside a request: why it is asked, never a request of their own.

"Shut the heat off, it's warm enough in here": the remark after the pause says why.
"It's too dark in here" alone is an indirect request, read as the language table's
command ("turn on the lights"); beside words that name a device and say what to do
with it, it is only the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
import re
from typing import TYPE_CHECKING

from ..language import Language
from .clauses import target_said
from .names import NameIndex, naming_words
from .tokens import PAUSE, tokenize

if TYPE_CHECKING:
    from .reading import Clause


def comfort_command(tokens: Sequence[str], language: Language) -> str | None:
    """Return the command an indirect request stands for ("turn on the lights")."""
    said = set(tokens)
    return next((c.command for c in language.comfort if c.words <= said), None)


def a_reason(clause: Clause) -> bool:
    """Return whether a clause says why, or what leads in, rather than what to do.

    "It's freezing in here" before "turn on the heater", "it's warm enough in here"
    after "shut the heat off" (which lends it its verb), "hey" before a command.
    """
    if clause.comfort or not (clause.command or clause.question):
        return True
    if clause.tokens[:1] and clause.tokens[0] in clause.language.reasons:
        return True  # "..., que da un solazo en la terraza": why, not what
    return comfort_command(clause.tokens, clause.language) is not None and not any(
        owners for _, _, owners in clause.spans
    )


def beside_a_remark(text: str, index: NameIndex) -> str | None:
    """Return the words that name a device, where the rest is a remark on comfort.

    "Nana's AC to just the fan, it's getting too cold in there": the fan only, never
    the heating that "too cold" alone would ask for. A pause sets them apart.
    """
    language = index.language
    parts = [part.strip() for part in re.split(PAUSE, text) if part.strip()]
    if len(parts) == 1:
        parts = _at_an_opener(text, language) or parts
    said = _not_remarks(parts, language)
    if len(said) != 1 or len(said) == len(parts):
        return None
    named = target_said(tokenize(said[0], language), index)
    return said[0] if named is not None else None


def said_in_a_remark(text: str, language: Language) -> bool:
    """Return whether the kinds said are all said in a remark on comfort.

    "Make it colder, it's too hot": "hot" names a thermometer only in the remark.
    """
    parts = [part for part in re.split(PAUSE, text) if part.strip()]
    said = _not_remarks(parts, language)
    if len(said) == len(parts):
        return False
    tokens = [token for part in said for token in tokenize(part, language)]
    return not language.kinds_meant(naming_words(tokens, language))


def _not_remarks(parts: list[str], language: Language) -> list[str]:
    """Return the parts that are no remark on comfort ("it's too hot")."""
    return [
        part
        for part in parts
        if comfort_command(tokenize(part, language), language) is None
    ]


def _at_an_opener(text: str, language: Language) -> list[str] | None:
    """Return the words before a remark and the remark, where no pause sets it apart.

    Speech-to-text writes "Nana's AC to just the fan it's getting too cold in there":
    the remark opens at "it's" (the table's `remark_openers`).
    """
    found = sorted(
        (
            match
            for opener in language.remark_openers
            for match in re.finditer(
                rf"(?<!\w){re.escape(opener)}(?!\w)", text, re.IGNORECASE
            )
            if match.start() > 0
        ),
        key=lambda match: match.start(),
    )
    for match in found:
        head, tail = text[: match.start()].strip(), text[match.start() :].strip()
        if head and comfort_command(tokenize(tail, language), language) is not None:
            return [head, tail]
    return None
