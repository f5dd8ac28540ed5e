"""The reading: the user's words, once, into one language-neutral request.

Everything the agent decides downstream (the shortlist, the grammar, the prompt, the
question back, the guard) reads the `Request` and its `Clause`s, never the raw words;
everything a language decides comes from its table (language/). The home's names are
read once per change of the home (`NameIndex`), not once per request.

A request is split into clauses where a clause break ("and", "then", a comma) is
followed by a command verb ("turn on the kitchen light and then turn off the hall
light"), and each clause says: whether it is a command or a question, the kinds of
device and the areas it names, the words that can name devices, the values said
(numbers with decimals, number words, fractions), "all", and whether it leans on the
command before ("... and set them to 50%"). An indirect request ("it's too dark in
here") is read as the command the language's table gives for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
import math
import re
from typing import Final

from ..home.actions import ACTIONS
from ..home.calls import MAX_CALLS
from ..home.snapshot import Home, HomeArea, HomeEntity, normalize
from ..language import Kind, Language

# Verbs of actions that only a few kinds of device take ("unlock", "mute", "dock").
_SPECIFIC: Final = 3
MAX_ITEM_WORDS: Final = 8
# A to-do item's words keep their apostrophes: "mum's birthday card".
_ITEM_WORD: Final = re.compile(r"[\w']+")


@dataclass(frozen=True, slots=True)
class Clause:
    """One command or question of a request, read."""

    text: str  # the clause's words as said (a code replaced by its marker)
    language: Language
    names: NameIndex  # the home's names, as read for this request
    tokens: tuple[str, ...]  # its words, lower case, without punctuation, in order
    words: frozenset[str]  # singular, without stop words: what can name a device
    opening: str | None  # the first word after the fillers ("please turn" -> "turn")
    command: bool  # opens with a command verb
    question: bool  # opens with a question word, and is no command
    every: bool  # "all", "every", "both"
    kinds: frozenset[Kind]  # the kinds of device the nouns name
    needs: frozenset[tuple[str, str]]  # what they must be able to do ("heating")
    verb_domains: frozenset[str]  # the domains a specific verb takes ("lock")
    # The home's names said: token span and the devices (none: an area) it names.
    spans: tuple[tuple[int, int, frozenset[str]], ...]
    refers_back: bool  # "it", "them": leans on the command before
    comfort: bool  # an indirect request read as its command

    def values(self, devices: Collection[str] | None = None) -> Values:
        """Return the values said outside the names of `devices` (None: all) and areas.

        "Bedroom 1" or "Heat Pump" said as a name says no number and no mode; a
        name of a device that is not meant ("Night" for a scene) still may.
        """
        inside = {
            i
            for start, end, owners in self.spans
            if not owners or devices is None or owners & set(devices)
            for i in range(start, end)
        }
        words = [w for i, w in enumerate(self.tokens) if i not in inside]
        return Values(
            numbers=said_numbers(words, self.language),
            end_points=_end_points(words, self.language),
            words=frozenset(words),
        )

    def items(self) -> list[str]:
        """Return every run of up to MAX_ITEM_WORDS of the words: a to-do item."""
        words = _ITEM_WORD.findall(self.text.casefold())
        return sorted(
            {
                " ".join(words[start:end])
                for start in range(len(words))
                for end in range(start + 1, min(start + MAX_ITEM_WORDS, len(words)) + 1)
            }
        )

    @property
    def numbers(self) -> frozenset[str]:
        """Return the numbers said outside every name of the home."""
        return self.values().numbers

    @property
    def meant(self) -> frozenset[Kind]:
        """Return the kinds meant: those named, and a specific verb's domains.

        A verb says the domains that take it, unless a word says which of a
        domain's devices: "close all the blinds" is about the blinds, not every cover.
        """
        named = {domain for domain, _ in self.kinds}
        return self.kinds | {(d, None) for d in self.verb_domains if d not in named}


@dataclass(frozen=True, slots=True)
class Values:
    """What a clause says outside the names: numbers, end points, value words."""

    numbers: frozenset[str]  # "21.5", "50"
    end_points: frozenset[str]  # numbers said after "to": where a setting ends
    words: frozenset[str]  # the words that can say a mode or a colour


@dataclass(frozen=True, slots=True)
class Request:
    """The user's words, read once."""

    text: str
    language: Language
    clauses: tuple[Clause, ...]
    negated: bool  # a command of the request is negated: nothing is done

    @property
    def question(self) -> bool:
        """Return whether the request only asks (every clause is a question)."""
        return all(clause.question for clause in self.clauses)


class NameIndex:
    """The home's names read once: the words of each name, and how rare each word is."""

    def __init__(self, home: Home, language: Language) -> None:
        """Read every name and alias of the home's devices, areas and floors."""
        self.language = language
        self.entities = {
            e.entity_id: tuple(words_of(name, language) for name in e.names)
            for e in home.entities
        }
        self.areas = {
            a.area_id: tuple(words_of(name, language) for name in area_names(a))
            for a in home.areas
        }
        names = [
            w for ws in (*self.entities.values(), *self.areas.values()) for w in ws
        ]
        self.count = len(names) + 1
        self.frequency = Counter(word for name in names for word in name)
        self.name_words = frozenset(
            w for ws in self.entities.values() for n in ws for w in n
        )
        self.area_words = frozenset(
            w for ws in self.areas.values() for n in ws for w in n
        )
        # Each name as said, by its first word: the devices it names (none: an area).
        owners: dict[tuple[str, ...], set[str]] = {}
        for entity in home.entities:
            for name in entity.names:
                owners.setdefault(tokenize(name, language), set()).add(entity.entity_id)
        for area in home.areas:
            for name in area_names(area):
                owners[tokenize(name, language)] = set()
        self._names: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        for said, ids in sorted(owners.items(), key=lambda item: -len(item[0])):
            if said:
                self._names.setdefault(said[0], []).append((said, frozenset(ids)))

    def of(self, entity: HomeEntity) -> tuple[frozenset[str], ...]:
        """Return the words of each of a device's names (read now if it is new)."""
        if (names := self.entities.get(entity.entity_id)) is None:
            names = tuple(words_of(name, self.language) for name in entity.names)
        return names

    def of_area(self, area_id: str | None) -> tuple[frozenset[str], ...]:
        """Return the words of each of an area's (and its floor's) names."""
        return self.areas.get(area_id or "", ())

    def weight(self, word: str) -> float:
        """Return how much a word of a name tells devices apart: rare words more."""
        return math.log(self.count / self.frequency.get(word, 1)) + 1.0

    def spans(
        self, tokens: Sequence[str]
    ) -> tuple[tuple[int, int, frozenset[str]], ...]:
        """Return where the words say a name of the home, longest first, left to right."""
        found: list[tuple[int, int, frozenset[str]]] = []
        i = 0
        while i < len(tokens):
            for said, owners in self._names.get(tokens[i], ()):
                if tuple(tokens[i : i + len(said)]) == said:
                    found.append((i, i + len(said), owners))
                    i += len(said)
                    break
            else:
                i += 1
        return tuple(found)


def area_names(area: HomeArea) -> tuple[str, ...]:
    """Return an area's names and its floor's names."""
    return (*area.names, *area.floor_names)


def words_of(text: str, language: Language) -> frozenset[str]:
    """Return the words of a text that can name a device: singular, no stop words."""
    return _words_of(text, language)


@lru_cache(maxsize=8192)
def _words_of(text: str, language: Language) -> frozenset[str]:
    words = {language.singular(word) for word in normalize(text).split()}
    return frozenset(words - language.stop_words)


def _fingerprint(home: Home) -> tuple[object, ...]:
    return (tuple((e.entity_id, e.names) for e in home.entities), home.areas)


_INDEXES: dict[tuple[object, ...], NameIndex] = {}
_MAX_INDEXES: Final = 16


def name_index(home: Home, language: Language) -> NameIndex:
    """Return the home's names read once (rebuilt only when the names change)."""
    key = (language, _fingerprint(home))
    if (index := _INDEXES.get(key)) is None:
        if len(_INDEXES) >= _MAX_INDEXES:
            _INDEXES.pop(next(iter(_INDEXES)))
        index = _INDEXES[key] = NameIndex(home, language)
    return index


def opening(tokens: Sequence[str], language: Language) -> str | None:
    """Return the first word that is not a filler ("please turn" -> "turn")."""
    return next((w for w in tokens if w not in language.fillers), None)


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


_POINT: Final = re.compile(r"\d+\.\d+|\w+")
_COMMA: Final = re.compile(r"\d+,\d+|\w+")


def tokenize(text: str, language: Language) -> tuple[str, ...]:
    """Return the words of a text, lower case, in order; a decimal number is one word.

    "21.5" (or "21,5" in a language with a decimal comma) stays "21.5".
    """
    pattern = _COMMA if language.numbers.decimal_comma else _POINT
    return tuple(word.replace(",", ".") for word in pattern.findall(text.casefold()))


def said_numbers(tokens: Sequence[str], language: Language) -> frozenset[str]:
    """Return the numbers said: digits (with decimals) and number words up to 100.

    "twenty one point five" is 21.5; "half" is 50 (the table's fractions).
    """
    return frozenset(number for _, number in _numbers(tokens, language))


def _numbers(tokens: Sequence[str], language: Language) -> Iterator[tuple[int, str]]:
    """Yield where each number said starts, and the number."""
    numbers = language.numbers
    i = 0
    while i < len(tokens):
        start, word = i, tokens[i]
        if _is_number(word):
            if len(word.split(".")[0]) <= 3:
                yield start, _number_text(float(word))
        elif word in numbers.words:
            value: float = numbers.words[word]
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if word in numbers.tens and 0 < numbers.words.get(following, 0) < 10:
                value += numbers.words[following]
                i += 1
            if i + 2 < len(tokens) and tokens[i + 1] in numbers.decimal_points:
                digit = numbers.words.get(tokens[i + 2])
                if digit is not None and digit < 10:
                    value += digit / 10
                    i += 2
            yield start, _number_text(value)
        elif word in numbers.fractions:
            yield start, numbers.fractions[word]
        i += 1


def _is_number(word: str) -> bool:
    head, _, tail = word.partition(".")
    return head.isdigit() and (not tail or tail.isdigit())


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(round(value, 2))


@lru_cache(maxsize=16)
def verb_domains(language: Language) -> dict[str, frozenset[str]]:
    """Return, for each verb that only a few kinds of device take, their domains."""
    domains: dict[str, set[str]] = {}
    for action in ACTIONS:
        if action.services and len(action.domains) <= _SPECIFIC:
            for word in language.action(action.name).words:
                domains.setdefault(word, set()).update(action.domains)
    return {word: frozenset(found) for word, found in domains.items()}


def read(text: str, home: Home, language: Language) -> Request:
    """Return the request the words make, read once against the home's names."""
    index = name_index(home, language)
    tokens = tokenize(text, language)
    clauses = tuple(_clause(part, index) for part in split_clauses(text, language))
    return Request(text, language, clauses, negated(tokens, language))


def recall(calls: str, language: Language) -> frozenset[str]:
    """Return the words of the previous turn's calls: its targets count as said."""
    return words_of(calls, language)


def _clause(text: str, index: NameIndex, *, comfort: bool = False) -> Clause:
    language = index.language
    tokens = tokenize(text, language)
    first = opening(tokens, language)
    command = first in language.command_verbs
    question = not command and first in language.question_words
    if (
        not (command or question or comfort)
        and (meant := _comfort(tokens, language)) is not None
    ):
        # "It's too dark in here": the table's command, with the words that say where.
        return _clause(f"{meant} {text}", index, comfort=True)
    words = frozenset(language.singular(word) for word in tokens) - language.stop_words
    verbs = verb_domains(language)
    return Clause(
        text=text,
        language=language,
        names=index,
        tokens=tokens,
        words=words,
        opening=first,
        command=command,
        question=question,
        every=bool(language.every.intersection(tokens)),
        kinds=frozenset(language.kinds_meant(words)),
        needs=frozenset(
            need for word in words if (need := language.kind_needs.get(word))
        ),
        verb_domains=frozenset(d for word in words for d in verbs.get(word, ())),
        spans=index.spans(tokens),
        refers_back=bool(language.refers_back.intersection(tokens)),
        comfort=comfort,
    )


def _comfort(tokens: Sequence[str], language: Language) -> str | None:
    said = set(tokens)
    return next((c.command for c in language.comfort if c.words <= said), None)


def _end_points(values: Sequence[str], language: Language) -> frozenset[str]:
    """Return the numbers said right after "to": end points, never steps."""
    ends = {
        i + 1 for i, word in enumerate(values) if word in language.numbers.end_points
    }
    return frozenset(n for start, n in _numbers(values, language) if start in ends)
