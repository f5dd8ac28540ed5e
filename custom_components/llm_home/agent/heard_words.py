"""Words as speech-to-text writes them: "in" for "and", a name broken into small words.

Whisper often writes "in" for a quick "and": "turn off the TV in the projector",
"turn on the island pendants in the kitchen lights". Read as written, the second
device is where the first one is, and only the first is switched. Between a device
(or a kind) and another device named in full, never a room, the word is read as the
table's "and" (`Language.joiners_heard`); never where one device's name holds both
("the light in the range hood" of a "Range Hood Light"). Spoken words only: a typist
writes what they mean.

A name may be heard as small words: "open the off the shades" for "the office
shades". An article, one small word, an article again is no way to say a thing:
the name between them is lost (`agent/guard.py` asks again).
"""

from __future__ import annotations

import re

from ..home.actions import CONTROL_DOMAINS
from ..language import Language
from .names import NameIndex, naming_words
from .tokens import tokenize


def with_joiners_heard(text: str, index: NameIndex) -> str:
    """Return the words with "and" where speech-to-text wrote another word for it."""
    heard = index.language.joiners_heard
    if not heard:
        return text
    words = "|".join(re.escape(word) for word in sorted(heard))
    for found in reversed(list(re.finditer(rf"\b(?:{words})\b", text, re.IGNORECASE))):
        before = _target_before(tokenize(text[: found.start()], index.language), index)
        after = _target_after(tokenize(text[found.end() :], index.language), index)
        if before and after and not _one_name_holds(before | after, index):
            joiner = heard[found.group().casefold()]
            text = f"{text[: found.start()]}{joiner}{text[found.end() :]}"
    return text


def _target_before(tokens: tuple[str, ...], index: NameIndex) -> frozenset[str]:
    """Return the words of the device or kind the words end on ("the TV on")."""
    language = index.language
    end = len(tokens)
    while end and tokens[end - 1] in language.particles:
        end -= 1  # "turn the living room light on in the floor lamp off"
    for start, stop, owners in index.spans(tokens[:end]):
        if stop == end and owners:
            return naming_words(tokens[start:stop], language)
    return _a_kind(tokens[end - 1 : end], index)


def _target_after(tokens: tuple[str, ...], index: NameIndex) -> frozenset[str]:
    """Return the words of the device or kind the words open with, never a room's."""
    language = index.language
    start = 0
    while start < len(tokens) and tokens[start] in language.articles:
        start += 1
    said = tokens[start:]
    spans = index.spans(said)
    if spans and spans[0][0] == 0:
        _, stop, owners = spans[0]
        return naming_words(said[:stop], language) if owners else frozenset()
    return _a_kind(said[:1], index)


def _a_kind(tokens: tuple[str, ...], index: NameIndex) -> frozenset[str]:
    """Return the word when it is a kind of device a command changes ("light")."""
    language = index.language
    if tokens and any(
        domain in CONTROL_DOMAINS for domain, _ in language.kinds_meant(tokens)
    ):
        return naming_words(tokens, language)
    return frozenset()


def _one_name_holds(words: frozenset[str], index: NameIndex) -> bool:
    """Return whether a name of one device holds the words of both sides."""
    return any(words <= name for names in index.entities.values() for name in names)


def name_broken(tokens: tuple[str, ...], language: Language) -> bool:
    """Return whether an article, a state word ("off") and an article follow one another.

    Not a word that joins ("la de la encimera" is no state word).
    """
    return any(
        first in language.articles
        and word in language.particles
        and then in language.articles
        for first, word, then in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )
