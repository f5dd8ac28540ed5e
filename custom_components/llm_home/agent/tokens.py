"""Words and numbers as a language says them: tokens, the opening word, negation, values."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Final

from ..home.actions import ACTIONS
from ..language import Language

# A pause in writing: a comma (not the decimal comma of "21,5"), a semicolon, the end
# of a question or exclamation ("Did I leave the coffee pot on? Turn it off"), and the
# full-width marks of Chinese (、 joins items of a list).
PAUSE: Final = r",(?!\d)|(?<!\d),|[;?!，；、？！]"


def opening(tokens: Sequence[str], language: Language) -> str | None:
    """Return the word a clause opens with: the first that is not a filler.

    "Please turn" -> "turn". When neither a command verb nor a question word opens,
    a question word said later (the table's `question_marks`: "客厅灯开着吗") or,
    in a language that says the verb after its target (`late_verbs`), a command
    verb said later ("客厅灯打开") stands for the opening, the question first.
    """
    first = next((w for w in tokens if w not in language.fillers), None)
    if first in language.command_verbs or first in language.question_words:
        return first
    later = [language.question_marks]
    if language.late_verbs:
        later.append(language.command_verbs)
    return next((w for words in later for w in tokens if w in words), first)


def negated(tokens: Sequence[str], language: Language) -> bool:
    """Return whether a command of the words is negated: "don't turn on the light".

    A negation counts before a command verb ("do not unlock", "never ever open") or
    at the very end ("turn on the fan, actually don't"); "don't forget to turn on
    the light" asks for the light, and "do not disturb" names a mode.
    """
    for start in range(len(tokens)):
        for negation in language.negations:
            end = start + len(negation)
            if tuple(tokens[start:end]) != negation:
                continue
            while end < len(tokens) and tokens[end] in language.negation_gaps:
                end += 1
            if end == len(tokens) or tokens[end] in language.command_verbs:
                return True
    return False


def way_said(tokens: Sequence[str], language: Language) -> str | None:
    """Return the one way the words say ("+" up, "-" down), None for both or neither."""
    up = not language.ups.isdisjoint(tokens)
    if up == (not language.downs.isdisjoint(tokens)):
        return None
    return "+" if up else "-"


def tokenize(text: str, language: Language) -> tuple[str, ...]:
    """Return the words of a text, lower case, in order; a decimal number is one word.

    "21.5" (or "21,5" in a language with a decimal comma) stays "21.5". The words
    are found by the language (`Language.words`): "打开餐厅灯" has four.
    """
    return tuple(word.replace(",", ".") for word in language.words(text, decimals=True))


def said_numbers(
    tokens: Sequence[str], language: Language, *, fractions: bool = True
) -> frozenset[str]:
    """Return the numbers said: digits (with decimals) and number words up to 100.

    "twenty one point five" is 21.5; "half" is 50 (the table's fractions), unless
    `fractions` is False ("half" is no temperature).
    """
    return frozenset(
        number
        for _, number, fraction in _numbers(tokens, language)
        if fractions or not fraction
    )


def _half_after(tokens: Sequence[str], i: int, language: Language) -> int:
    """Return how many words from `i` say "and a half" after a number (0: none)."""
    return next(
        (
            len(half)
            for half in language.numbers.halves
            if tuple(tokens[i : i + len(half)]) == half
        ),
        0,
    )


def counted_at(tokens: Sequence[str], i: int, language: Language) -> bool:
    """Return whether the number at `i` counts the devices said after it, in the plural.

    "Tutti e due i condizionatori", "the two lamps": how many, never a value.
    """
    if not (_is_number(tokens[i]) or tokens[i] in language.numbers.words):
        return False
    after = tokens[i + 1 : i + 3]
    if after and after[0] in language.articles:
        after = after[1:]
    return (
        bool(after)
        and after[0] not in language.numbers.units  # "2 degrees", "3 hours"
        and language.singular(after[0]) != after[0]
        and bool(language.kinds_meant(after[:1]))
    )


def _numbers(
    tokens: Sequence[str], language: Language
) -> Iterator[tuple[int, str, bool]]:
    """Yield where each number said starts, the number, and whether it is a fraction."""
    numbers = language.numbers
    i = 0
    while i < len(tokens):
        start, word = i, tokens[i]
        if i + 1 < len(tokens) and tokens[i + 1] in numbers.counters:
            i += 2  # "两个窗帘": two curtains, never 2 %
            continue
        if counted_at(tokens, i, language):
            i += 1  # "tutti e due i condizionatori": both, never 2 degrees
            continue
        if _is_number(word):
            if len(word.split(".")[0]) > 3:
                i += 1
                continue
            half = _half_after(tokens, i + 1, language)
            said = _number_text(float(word) + (0.5 if half else 0))
            i += half
        elif word in numbers.words:
            value: float = numbers.words[word]
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if (
                word in numbers.tens
                and following in numbers.joiners
                and 0 < (unit := _unit(tokens, i + 2, language)) < 10
            ):
                value += unit  # "treinta y cinco", "vingt et un"
                i += 2
            elif word in numbers.tens and 0 < numbers.words.get(following, 0) < 10:
                value += numbers.words[following]
                i += 1
            if i + 2 < len(tokens) and tokens[i + 1] in numbers.decimal_points:
                digit = numbers.words.get(tokens[i + 2])
                if digit is not None and digit < 10:
                    value += digit / 10
                    i += 2
            if half := _half_after(tokens, i + 1, language):
                value += 0.5  # "twenty one and a half"
                i += half
            said = _number_text(value)
        else:
            if word in numbers.fractions:
                yield start, numbers.fractions[word], True
            i += 1
            continue
        if clock := _clock_after(tokens, i + 1, language):
            i += clock  # "bis vier Uhr", "till 4 30 pm": a time of day, never a value
        else:
            yield start, said, False
        i += 1


def _clock_after(tokens: Sequence[str], at: int, language: Language) -> int:
    """Return how many words from `at` say a time of day after an hour (0: none).

    The minutes may come first: "4 30 pm".
    """
    for skip in (0, 1):
        if skip and not (at < len(tokens) and _is_number(tokens[at])):
            break
        for clock in language.numbers.clock:
            if tuple(tokens[at + skip : at + skip + len(clock)]) == clock:
                return skip + len(clock)
    return 0


def _unit(tokens: Sequence[str], at: int, language: Language) -> int:
    """Return the unit said at `at` after a joiner (a digit word counts: "et un")."""
    if at >= len(tokens):
        return 0
    word = tokens[at]
    if (value := language.numbers.words.get(word)) is not None:
        return value
    digit = language.digit_words.get(word, "")
    return int(digit) if digit.isdigit() else 0


def _is_number(word: str) -> bool:
    head, _, tail = word.partition(".")
    return head.isdigit() and (not tail or tail.isdigit())


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(round(value, 2))


def end_points(values: Sequence[str], language: Language) -> frozenset[str]:
    """Return the numbers said right after "to" ("to like 40"): end points, never steps."""
    ends = {
        _after_fillers(values, i + 1, language)
        for i, word in enumerate(values)
        if word in language.numbers.end_points
    }
    return frozenset(n for start, n, _ in _numbers(values, language) if start in ends)


def _after_fillers(words: Sequence[str], at: int, language: Language) -> int:
    """Return where the first word at or after `at` that is no filler is."""
    while at < len(words) and words[at] in language.fillers:
        at += 1
    return at


@lru_cache(maxsize=16)
def all_action_words(language: Language) -> frozenset[str]:
    """Return every word that asks for an action ("open", "warmer", "mute")."""
    return frozenset(w for a in ACTIONS for w in language.action(a.name).words)


@lru_cache(maxsize=16)
def statement_openings(language: Language) -> tuple[tuple[str, ...], ...]:
    """Return the table's statement openers as said, in tokens: ("we", "re")."""
    return tuple(
        said
        for opener in language.statement_openers
        if (said := tokenize(opener, language))
    )


@lru_cache(maxsize=16)
def vocabulary(language: Language) -> frozenset[str]:
    """Return every word the language's table gives a meaning to."""
    return _with_singulars(language, _table_words(language) | _comfort_words(language))


@lru_cache(maxsize=16)
def comfort_only(language: Language) -> frozenset[str]:
    """Return the words that mean something only in a comfort phrase ("see")."""
    table = _with_singulars(language, _table_words(language))
    return _with_singulars(language, _comfort_words(language)) - table


def _comfort_words(language: Language) -> set[str]:
    return {word for comfort in language.comfort for word in comfort.words}


def _with_singulars(language: Language, words: set[str]) -> frozenset[str]:
    return frozenset(language.singular(word) for word in words) | words


def _table_words(language: Language) -> set[str]:
    """Return the table's words, but for those of its comfort phrases."""
    words = set(all_action_words(language))
    words |= language.fillers | language.value_words | language.code_words
    words |= language.every | language.stop_words | language.command_verbs
    words |= language.question_words | language.particles | language.refers_back
    words |= language.clause_breaks | language.negation_gaps | language.sensitive_verbs
    words |= {word for negation in language.negations for word in negation}
    words |= language.speakers | set(language.value_names) | language.here
    # "调到", "调成": where a value is said.
    words |= language.numbers.end_points
    # "Auf vierundzwanzig einhalb": the half of a number said.
    words |= {word for half in language.numbers.halves for word in half}
    return words


# Verbs of actions that only a few kinds of device take ("unlock", "mute", "dock").
_SPECIFIC: Final = 3


@lru_cache(maxsize=16)
def verb_domains(language: Language) -> dict[str, frozenset[str]]:
    """Return, for each verb that only a few kinds of device take, their domains."""
    domains: dict[str, set[str]] = {}
    for action in ACTIONS:
        if action.services and len(action.domains) <= _SPECIFIC:
            for word in language.action(action.name).words:
                domains.setdefault(word, set()).update(action.domains)
    return {word: frozenset(found) for word, found in domains.items()}
