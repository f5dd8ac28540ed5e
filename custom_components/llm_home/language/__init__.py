"""What each language decides, as data: one table per language, loaded by its code.

The code that reads the words (agent/reading.py) and everything below it hold no word
of any language: kinds of device, actions, values, numbers, plurals, negation,
questions, codes, replies and examples all come from a `Language`. English (`en/`)
is the first table; a language is added by adding a table.

Words in a table are single lower-case words as said. The reading compares them in
the table's own singular form (`Language.singular`), so a table may list "blinds" or
"blind".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from . import de, en, es, fr, it, nl, zh
from .model import BY_CLASS, Kind, Language
from .parts import ActionWords, Comfort, Numbers, Plurals, PromptWords

__all__ = [
    "BY_CLASS",
    "DEFAULT_LANGUAGE",
    "ENGLISH",
    "LANGUAGES",
    "ActionWords",
    "Comfort",
    "Kind",
    "Language",
    "Numbers",
    "Plurals",
    "PromptWords",
    "UnknownLanguageError",
    "get_language",
    "table_for",
]

ENGLISH: Final = en.LANGUAGE
DEFAULT_LANGUAGE: Final = ENGLISH.code
LANGUAGES: Final[Mapping[str, Language]] = {
    ENGLISH.code: ENGLISH,
    zh.LANGUAGE.code: zh.LANGUAGE,
    de.LANGUAGE.code: de.LANGUAGE,
    fr.LANGUAGE.code: fr.LANGUAGE,
    es.LANGUAGE.code: es.LANGUAGE,
    nl.LANGUAGE.code: nl.LANGUAGE,
    it.LANGUAGE.code: it.LANGUAGE,
}


class UnknownLanguageError(LookupError):
    """No table for the language."""


def get_language(code: str) -> Language:
    """Return the table of a language ("en", "en-GB" -> en); raises UnknownLanguageError."""
    base = code.replace("_", "-").split("-")[0].casefold()
    if (language := LANGUAGES.get(base)) is None:
        raise UnknownLanguageError(code)
    return language


def table_for(code: str | None) -> Language:
    """Return the table of a language, English when it has none (or none is said)."""
    try:
        return get_language(code or DEFAULT_LANGUAGE)
    except UnknownLanguageError:
        return ENGLISH
