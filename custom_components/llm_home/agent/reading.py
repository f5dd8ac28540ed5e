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

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
import re
from typing import Final

from ..home.actions import CONTROL_DOMAINS, ITEM_DOMAINS
from ..home.snapshot import Home
from ..language import Kind, Language
from .asides import excepted, exception_after, left_out_last, with_rooms_beside
from .clauses import split_clauses
from .closing import closing, closing_words, taken_back
from .heard_words import with_joiners_heard
from .meant import every_meant, kinds_meant, measured, said_as_main
from .names import NameIndex, joined_names, name_index, naming_words, words_of
from .pauses import with_pauses
from .remarks import a_reason, beside_a_remark, comfort_command, said_in_a_remark
from .stand_ins import kind_for_pronoun, stood_in
from .tokens import (
    PAUSE,
    end_points,
    negated,
    opening,
    said_numbers,
    tokenize,
    verb_domains,
    vocabulary,
)

# A to-do item's words keep their apostrophes: "mum's birthday card".
_ITEM_WORD: Final = re.compile(r"[\w']+")
_QUESTION_MARK: Final = re.compile(r"^\W*[¿]|[?？]\W*$")


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
    # An indirect request's other command, for a room without a device for this one.
    instead: Clause | None = None
    # The words after "except" ("... but leave the island pendants on"): the devices
    # and areas they name in full are left out.
    excluded: frozenset[str] = frozenset()
    # The words of the request said in no clause: its remarks ("we're going to bed").
    aside: frozenset[str] = frozenset()
    # An indirect request for devices that are all off ("I'm freezing", the heater
    # off): it wakes them in its mode, and steps no setting (`agent/brain.py`).
    asleep: bool = False

    def values(self, devices: Collection[str] | None = None) -> Values:
        """Return the values said outside the names of `devices` (None: all) and areas.

        "Bedroom 1" or "Heat Pump" said as a name says no number and no mode; a
        name of a device that is not meant ("Night" for a scene) still may.
        """
        words = self.outside_names(devices)
        language = self.language
        # "Lower the AC by two degrees": a way to go is no fan speed "low".
        ways = (language.ups | language.downs) - language.value_names.keys()
        return Values(
            numbers=said_numbers(words, language),
            counted=said_numbers(words, language, fractions=False),
            end_points=end_points(words, language),
            words=frozenset(words) - ways,
            ends=self._ends(),
        )

    def outside_names(self, devices: Collection[str] | None = None) -> list[str]:
        """Return the words said outside the names of `devices` (None: all) and areas."""
        inside = {
            i
            for start, end, owners in self.spans
            if not owners or devices is None or owners & set(devices)
            for i in range(start, end)
        }
        return [w for i, w in enumerate(self.tokens) if i not in inside]

    def _ends(self) -> frozenset[str]:
        """Return the word the clause's last part ends on after "to" ("max").

        The last part only: "mach das Haustor auf, der Postler ist da" ends on a
        remark after a pause, and "auf" asks for no value "Postler".
        """
        last = tokenize(re.split(PAUSE, self.text)[-1], self.language)
        start = len(self.tokens) - len(last)
        if start < 0 or tuple(self.tokens[start:]) != last:
            start, last = 0, self.tokens
        named = {i - start for b, e, _ in self.spans for i in range(b, e) if i >= start}
        return _ends(last, named, self.names)

    def tokens_and_words(self) -> frozenset[str]:
        """Return the words said, as said and in their naming (singular) forms."""
        return frozenset(self.tokens) | self.words

    def says_a_unit(self) -> bool:
        """Return whether a unit is said with the numbers ("40 percent", "3 minutes")."""
        return not self.language.numbers.units.isdisjoint(self.tokens)

    def item_words(self) -> list[str]:
        """Return the words as a to-do item has them: lower case, apostrophes kept.

        Words written without spaces are the table's ("年货清单上加上对联和福字").
        """
        if self.language.unspaced:
            return list(self.language.words(self.text))
        return _ITEM_WORD.findall(self.text.casefold())

    @property
    def unknown(self) -> frozenset[str]:
        """Return the words that neither the language's table nor the home explains.

        The home explains its names and the values its devices name themselves
        ("max" of a vacuum's speeds).

        "Close, Nagel, Arm, Lower" (heard for "close the garage door"): "nagel". An
        indirect request has none ("it's too dark in here" is the table's), nor a
        clause that names a list: a to-do item's words are in no name.
        """
        language = self.language
        if self.comfort or any(domain in ITEM_DOMAINS for domain, _ in self.kinds):
            return frozenset()  # the table's words for "too dark", or a to-do item
        # "Éteins les lumières d'en haut, pis bonne nuit": a closing beside a command.
        known = (
            vocabulary(language)
            | closing_words(language)
            | self.names.name_words
            | self.names.area_words
            | self.names.option_words
        )
        return frozenset(
            word
            for word in self.words - known
            if not language.kinds_meant([word]) and not said_numbers([word], language)
        )

    @property
    def unknown_said(self) -> tuple[str, ...]:
        """Return the words nothing explains, as said: "attic" of "the attic light"."""
        return tuple(
            t for t in self.tokens if self.language.singular(t) in self.unknown
        )

    @property
    def numbers(self) -> frozenset[str]:
        """Return the numbers said outside every name of the home."""
        return self.values().numbers

    @property
    def meant(self) -> frozenset[Kind]:
        """Return the kinds meant: those the nouns name, else a specific verb's domains.

        A verb never widens a kind said: "stop the vacuum" is never the speaker,
        "close all the blinds" never the garage door, and "start the dishwasher" in
        a home without one never the robot vacuum; "unlock" alone means the locks.
        """
        if self.kinds:
            return self.kinds
        return frozenset((domain, None) for domain in self.verb_domains)


@dataclass(frozen=True, slots=True)
class Values:
    """What a clause says outside the names: numbers, end points, value words."""

    numbers: frozenset[str]  # "21.5", "50"
    counted: frozenset[str]  # the numbers said as numbers, not as a fraction ("half")
    end_points: frozenset[str]  # numbers said after "to": where a setting ends
    words: frozenset[str]  # the words that can say a mode or a colour
    ends: frozenset[str]  # the words said after "to" that are no number ("max")


@dataclass(frozen=True, slots=True)
class Request:
    """The user's words, read once."""

    text: str
    language: Language
    clauses: tuple[Clause, ...]
    negated: bool  # a command of the request is negated: nothing is done
    closing: str | None = None  # "thanks", "never mind": the reply they call for

    @property
    def question(self) -> bool:
        """Return whether the request only asks (every clause is a question)."""
        return all(clause.question for clause in self.clauses)


def _ends(
    tokens: Sequence[str], named: Collection[int], index: NameIndex
) -> frozenset[str]:
    """Return the word a clause ends on after "to", when it is no number or name.

    "Set Kevin's suction to max": "max". Only at the end of the clause ("I'm going
    to bed, turn off the lights" asks for no value), and never a name ("set the
    scene to Movie Night"), a word of one in another form ("auf den
    Außenlautsprechern") or a kind of device.
    """
    language = index.language
    skipped = language.stop_words - language.numbers.end_points | language.fillers
    said = [i for i, word in enumerate(tokens) if word not in skipped]
    if len(said) < 2 or said[-1] in named:
        return frozenset()
    last, before = tokens[said[-1]], tokens[said[-2]]
    if before not in language.numbers.end_points or said_numbers([last], language):
        return frozenset()
    singular = language.singular(last)
    if (
        singular in index.name_words
        or singular in index.area_words
        or language.kinds_meant([last])
    ):
        return frozenset()
    return frozenset({last})


def read(text: str, home: Home, language: Language, *, heard: bool = False) -> Request:
    """Return the request the words make, read once against the home's names.

    `heard`: the words are speech-to-text's, which may write "in" for "and".
    """
    index = name_index(home, language)
    # "Put the flood light on": the home's "Floodlight", written apart; "…, ah,
    # fuhgeddaboudit": taken back.
    text = joined_names(taken_back(language.rephrase(text), language), index)
    if heard:
        text = with_joiners_heard(text, index)
    # "…, nur im Bad nich": what is left out, said as the table's exception.
    text = left_out_last(text, index)
    # "Apaga la cafetera, pero la lavadora no": the "no" leaves the washer out, and
    # takes nothing back.
    kept_text, left_out = excepted(text, index)
    tokens = tokenize(
        _without_interjection(kept_text if left_out else text, language), language
    )
    # "Turn the pool pump off I'm doing a backwash": split as a typist would write it.
    paused = exception_after(with_pauses(text, index), index)
    clauses = tuple(
        _clause(part, index) for part in split_clauses(paused, language, index)
    )
    clauses = _same_kind(clauses, index)
    if len(clauses) > 1:
        # "..., pero la lavadora no", "..., aber die Stehlampe nicht": what the
        # command before leaves out, no command.
        clauses = _left_out_before(clauses)
    if kept := tuple(clause for clause in clauses if not a_reason(clause)):
        # "Shut the heat off, it's warm enough in here": the reason for a command
        # said, never a second request.
        clauses = kept
    first = clauses[0]
    if first.refers_back and (at := paused.find(first.text)) > 0:
        # "I took out the recycling, check it off my chores", "the aircon not on ah?
        # On it lah": "it" is what was said before the command, read with it; after
        # a remark on comfort, what the remark asks for ("bit cold in here now, bump
        # it up": the heating, never the kitchen speaker).
        said = paused[:at].strip(" ,;.?!")
        first = _clause(f"{first.text}, {said}", index)
        if not any(domain in CONTROL_DOMAINS for domain, _ in first.kinds) and (
            meant := comfort_command(tokenize(said, language), language)
        ):
            first = replace(first, kinds=_clause(meant, index).kinds)
        clauses = (first, *clauses[1:])
    clauses = with_rooms_beside(paused, clauses, index, _clause)
    # What the remarks left out say may still tell a value: "we're going to bed".
    aside = frozenset(tokens).difference(*(c.tokens for c in clauses))
    return Request(
        text,
        language,
        tuple(replace(c, aside=aside) for c in clauses),
        negated(tokens, language),
        # "Thanks, Alexa" closes; "thanks, the kitchen light" names a device.
        None if any(c.spans for c in clauses) else closing(text, language),
    )


def _same_kind(clauses: tuple[Clause, ...], index: NameIndex) -> tuple[Clause, ...]:
    """Return the clauses with a pronoun for the kind before said as that kind."""
    read = list(clauses)
    for i in range(1, len(read)):
        clause, before = read[i], read[i - 1]
        text = kind_for_pronoun(
            clause.text, clause.tokens, clause.spans, before.tokens, index.language
        )
        if text is not None:
            read[i] = _clause(text, index)
    return tuple(read)


def _left_out_before(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """Return the commands, each with what a clause after it only leaves out."""
    kept: list[Clause] = []
    for clause in clauses:
        if kept and _only_left_out(clause):
            kept[-1] = replace(kept[-1], excluded=kept[-1].excluded | clause.excluded)
        else:
            kept.append(clause)
    return tuple(kept)


def _only_left_out(clause: Clause) -> bool:
    """Return whether a clause only says what to leave out: its verb, then "but not"."""
    return bool(clause.excluded) and clause.words <= {clause.opening}


def _without_interjection(text: str, language: Language) -> str:
    """Return the words after a negation said on its own ("No, turn off the other one").

    A "no" before a pause answers what was said before; it negates nothing after it.
    """
    head, comma, rest = text.partition(",")
    if comma and tokenize(head, language) in language.negations:
        return rest
    return text


def recall(calls: str, language: Language) -> frozenset[str]:
    """Return the words of the previous turn's calls: its targets count as said."""
    return words_of(calls, language)


def _clause(text: str, index: NameIndex, *, comfort: bool = False) -> Clause:
    language = index.language
    text, excluded = excepted(text, index)
    tokens = tokenize(text, language)
    first = opening(tokens, language)
    # "Lounge big light on please" is a command without its verb: it ends on a state.
    said = [token for token in tokens if token not in language.fillers]
    # "La luz está encendida?", "Die Lampe ist an?": a question mark (or "¿") with a
    # verb that asks ("ist", "está") asks, whatever the order; "Kannst du das Licht
    # einschalten?" has none, and stays the request it is.
    spans = index.spans(tokens)
    ends = {end for _, end, _ in spans}  # "mini split on heat": a name, its state
    marked = _QUESTION_MARK.search(text) is not None
    # "The front door is locked", "the kitchen lights are on": how a thing is, said
    # or asked (speech-to-text may drop the question mark), never what to do.
    states = not language.asking_verbs.isdisjoint(said)
    command = first in language.command_verbs or (
        first not in language.question_words
        and not states
        and bool(said)
        and (
            said[-1] in language.particles
            # "Shades down in the primary", "exhaust fan on in the bath": a kind,
            # then the state it is to be in.
            or any(
                word in language.particles
                and (
                    any(d in CONTROL_DOMAINS for d, _ in language.kinds_meant([before]))
                    or i in ends
                )
                for i, (before, word) in enumerate(pairwise(tokens), start=1)
            )
        )
    )
    question = not command and (
        first in language.question_words
        or marked
        # "It is too hot in here" is an indirect request, no question.
        or (states and comfort_command(tokens, language) is None)
    )
    if (
        not (command or question or comfort)
        and (meant := comfort_command(tokens, language)) is not None
    ):
        if (named := beside_a_remark(text, index)) is not None:
            # "Nana's AC to just the fan, it's getting too cold in there": why.
            return _clause(named, index)
        # "It's too dark in here": the table's command, with the words that say where.
        return _comfort_clause(meant, text, index)
    # "Can you make the ceiling light purple": the fillers before the first word ask
    # politely, and name no "Can Lights" (but where a name said in a row opens).
    lead = next((i for i, t in enumerate(tokens) if t not in language.fillers), 0)
    lead = min([lead, *(start for start, _, _ in spans)])
    # "Turn off the main light" says no "Main Floor": the room's main light.
    # "Put our rad up": "our" tells the alias "our rad" from Ryan's and Evie's.
    words = (
        naming_words(tokens[lead:], language)
        | index.possessives.intersection(tokens[lead:])
    ) - said_as_main(tokens, index)
    verbs = verb_domains(language)
    said_by_verbs = frozenset(d for word in words for d in verbs.get(word, ()))
    kinds = kinds_meant(tokens, words, spans, index) or measured(
        tokens, question, spans, language
    )
    if command and (controlled := _controlled(kinds)):
        kinds = controlled  # "put the air on 72": no air quality sensor
    elif command and said_by_verbs and kinds and said_in_a_remark(text, language):
        kinds = frozenset()  # "make it colder, it's too hot": no thermometer
    if (
        instead := stood_in(
            text, tokens, first, kinds=kinds, spans=spans, words=words, index=index
        )
    ) is not None:
        # "Close all the lights except the porch light": still left out.
        read = _clause(instead, index, comfort=comfort)
        return replace(read, excluded=read.excluded | excluded)
    return Clause(
        text=text,
        language=language,
        names=index,
        tokens=tokens,
        words=words,
        opening=first,
        command=command,
        question=question,
        every=every_meant(tokens, words, spans, index),
        kinds=kinds,
        needs=frozenset(
            need for word in words if (need := language.kind_needs.get(word))
        ),
        verb_domains=said_by_verbs,
        spans=spans,
        refers_back=bool(language.refers_back.intersection(tokens)),
        comfort=comfort,
        excluded=excluded,
    )


def _controlled(kinds: frozenset[Kind]) -> frozenset[Kind]:
    """Return the kinds of devices a command can change (no sensors)."""
    return frozenset(kind for kind in kinds if kind[0] in CONTROL_DOMAINS)


def _comfort_clause(command: str, text: str, index: NameIndex) -> Clause:
    """Return an indirect request read as its command, with the ones said instead."""
    instead = index.language.comfort_instead.get(command)
    return replace(
        _clause(f"{command} {text}", index, comfort=True),
        instead=_comfort_clause(instead, text, index) if instead else None,
    )
