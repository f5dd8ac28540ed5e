"""What the words say of the kinds of device: which kinds, and whether all of them.

"The space heater in the garage" names heaters (the garage is where), "the lights
downstairs" every light there. Read once per clause (reading.py).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from ..language import Kind, Language
from .names import NameIndex, in_areas, naming_words
from .tokens import statement_openings, verb_domains

# The kinds a room has a main one of: its big light.
MAIN_KINDS: Final = frozenset({"light"})


def every_meant(
    tokens: Sequence[str],
    words: frozenset[str],
    spans: Sequence[tuple[int, int, frozenset[str]]],
    index: NameIndex,
) -> bool:
    """Return whether the words mean every device of a kind: "all", "both", "every".

    So does a kind said in the plural, with no device named, somewhere the home
    names ("the lights downstairs") or with a word of names ("the ceiling lights",
    "die Deckenlampen"); not a plural that is a name's own ("the can lights").
    """
    language = index.language
    if any(
        token in language.every and not _of_the_speakers(tokens, i, language)
        for i, token in enumerate(tokens)
    ):
        return True
    if not plural_kind(tokens, spans, index):
        return False
    domains = {domain for domain, _ in language.kinds_meant(words)}
    named = {
        w
        for w in words & index.name_words
        if not language.kinds_meant([w])
        # "The big lights": the main ones, where "big" names only the "big TV".
        and (w not in language.main_words or index.names_of(w, domains))
    }
    return bool(spans) or bool(named)


def _of_the_speakers(tokens: Sequence[str], at: int, language: Language) -> bool:
    """Return whether the word at `at` follows a statement's opener: "we're all away".

    It is said of the people, never of every device.
    """
    return any(
        tuple(tokens[max(0, at - len(said)) : at]) == said
        for said in statement_openings(language)
    )


def plural_kind(
    tokens: Sequence[str],
    spans: Sequence[tuple[int, int, frozenset[str]]],
    index: NameIndex,
) -> bool:
    """Return whether a kind is said in the plural, with no device named in full.

    "Zet de screens omlaag", "close the blinds": all of those offered (the satellite's
    room's, or the home's). Not a plural that is a name's own ("the can lights").
    """
    if any(owners for _, _, owners in spans):
        return False
    language = index.language
    return any(
        language.singular(word) != word
        and (language.kinds_meant([word]) or language.parts(language.singular(word)))
        and not index.in_a_name(tokens, i)  # a name's own plural
        for i, word in enumerate(tokens)
    )


def kinds_meant(
    tokens: Sequence[str],
    words: Collection[str],
    spans: Sequence[tuple[int, int, frozenset[str]]],
    index: NameIndex,
) -> frozenset[Kind]:
    """Return the kinds of device the words name, an area's name aside where others do.

    "The space heater in the garage": the heater, never the garage door; "open the
    garage" still names the garage door, as no other kind is said, and so does
    "close the garage door" (a door, as the garage's kind). A kind said before
    another, as a name of the home has them, only says which: "dim the fan light"
    (of a "Family Room Fan Light") names a light, never the fan.
    """
    language = index.language

    def domains_of(word: str) -> set[str]:
        return {domain for domain, _ in language.kinds_meant([word])}

    # Of another kind: "the garage door" is a door of the garage kind, one kind.
    before = {
        language.singular(tokens[i - 1])
        for i in range(1, len(tokens))
        if language.modifier_first
        and index.in_a_name(tokens, i)
        and (head := domains_of(tokens[i]))
        and (modifier := domains_of(tokens[i - 1]))
        and head.isdisjoint(modifier)
    }
    # A part of the kind said before it: "the furnace fan" is the furnace's fan (its
    # fan mode), one kind: the furnace's; not "the hood fan", a fan itself.
    parts = {
        language.singular(tokens[i])
        for i in range(1, len(tokens))
        if language.modifier_first
        and not index.in_a_name(tokens, i)
        and (modifier := domains_of(tokens[i - 1]))
        and modifier & verb_domains(language).get(language.singular(tokens[i]), set())
        and modifier.isdisjoint(domains_of(tokens[i]))
    }
    kinds = language.kinds_meant(
        [word for word in words if word not in before and word not in parts]
    )
    in_area = in_areas(spans)
    outside = [word for i, word in enumerate(tokens) if i not in in_area]
    if in_area and (
        said := language.kinds_meant(naming_words(outside, language) - before - parts)
    ):
        domains = {domain for domain, _ in said}
        return frozenset(said | {kind for kind in kinds if kind[0] in domains})
    return frozenset(kinds)


def measured(
    tokens: tuple[str, ...],
    question: bool,
    spans: Sequence[tuple[int, int, frozenset[str]]],
    language: Language,
) -> frozenset[Kind]:
    """Return the kinds a question with no kind or name asks about by its unit.

    "¿Cuántos grados hace afuera?": a temperature, also of a room said.
    """
    if not question or any(owners for _, _, owners in spans):
        return frozenset()
    return units_said(tokens, language)


def units_said(tokens: Sequence[str], language: Language) -> frozenset[Kind]:
    """Return the kinds the units said are measured by ("grados": temperatures)."""
    return frozenset().union(
        *(language.measures.get(language.singular(t), ()) for t in tokens)
    )


def said_as_main(tokens: Sequence[str], index: NameIndex) -> frozenset[str]:
    """Return the main words said before a kind, where they name no device of it.

    "The main light", "the big lights": each room's own (`agent/mains.py`), no word
    of a place ("Main Floor") or of another kind's name ("big TV"). Lights only: a
    "ceiling fan" is a kind of fan, no room's main one.
    """
    language = index.language
    return frozenset(
        word
        for word, then in zip(tokens, tokens[1:], strict=False)
        if word in language.main_words
        and (domains := {domain for domain, _ in language.kinds_meant([then])})
        and not domains.isdisjoint(MAIN_KINDS)
        and not index.names_of(word, domains, plain=True)
    )
