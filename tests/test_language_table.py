"""Language is data: the agent's reading runs on any table, and English lives in its own.

A stub language whose every word differs from English's ("qturn", "qlight", "qtwenty")
is read, shortlisted, asked about and turned into a grammar by the same code; English
words mean nothing in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

import pytest

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import (
    DEFAULT_LANGUAGE,
    ENGLISH,
    ActionWords,
    Comfort,
    Language,
    UnknownLanguageError,
    get_language,
)


def _q(word: str) -> str:
    return f"q{word}"


def _set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_q(word) for word in words)


def _said(text: str) -> str:
    return " ".join(_q(word) for word in text.split())


def _stub(language: Language) -> Language:
    """Return the table with every word changed: nothing English is left to match."""
    numbers = language.numbers
    plurals = language.plurals
    return replace(
        language,
        code="qq",
        domain_words={d: _set(w) for d, w in language.domain_words.items()},
        class_words={
            d: {c: _set(w) for c, w in classes.items()}
            for d, classes in language.class_words.items()
        },
        actions={
            name: replace(
                words,
                words=_set(words.words),
                offered_when=_set(words.offered_when),
            )
            for name, words in language.actions.items()
        },
        command_verbs=_set(language.command_verbs),
        question_words=_set(language.question_words),
        fillers=_set(language.fillers),
        stop_words=_set(language.stop_words),
        every=_set(language.every),
        negations=tuple(tuple(map(_q, n)) for n in language.negations),
        negation_gaps=_set(language.negation_gaps),
        clause_breaks=_set(language.clause_breaks),
        particles=_set(language.particles),
        code_gaps=_set(language.code_gaps),
        kind_needs={_q(w): need for w, need in language.kind_needs.items()},
        refers_back=_set(language.refers_back),
        opposites={_q(w): _set(o) for w, o in language.opposites.items()},
        value_words=_set(language.value_words),
        code_words=_set(language.code_words),
        sensitive_verbs=_set(language.sensitive_verbs),
        numbers=replace(
            numbers,
            words={_q(w): n for w, n in numbers.words.items()},
            tens=_set(numbers.tens),
            fractions={_q(w): n for w, n in numbers.fractions.items()},
            decimal_points=_set(numbers.decimal_points),
            units=_set(numbers.units),
            end_points=_set(numbers.end_points),
            value_before=_set(numbers.value_before),
        ),
        plurals=replace(
            plurals,
            irregular={_q(p): _q(s) for p, s in plurals.irregular.items()},
            rules=(("qz", "", 4),),  # its plural: a "qz" at the end
            invariant=_set(plurals.invariant),
        ),
        comfort=(Comfort(frozenset({"qdark"}), "qturn qon qthe qlightqz"),),
    )


STUB = _stub(ENGLISH)
AREAS: Mapping[str, HomeArea] = {
    "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
    "hall": HomeArea("hall", "Hall", (), ()),
}
HOME = Home(
    entities=(
        home_entity(
            "light.kitchen",
            "Kitchen Lamp",
            "kitchen",
            AREAS,
            attributes={"supported_color_modes": ["brightness"]},
        ),
        home_entity("light.hall", "Hall Pendant", "hall", AREAS),
        thermostat("climate.heat_pump", "Heat Pump", "hall", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def test_every_word_of_the_stub_differs() -> None:
    """The stub shares no word with English: a match can only come from the table."""
    english = set(ENGLISH.command_verbs) | set(ENGLISH.stop_words)
    english |= {w for words in ENGLISH.domain_words.values() for w in words}
    stub = set(STUB.command_verbs) | set(STUB.stop_words)
    stub |= {w for words in STUB.domain_words.values() for w in words}
    assert not english & stub


def test_the_reading_runs_on_the_stub_language() -> None:
    """Commands, questions, kinds, values, negation and clauses come from the table."""
    request = read(
        _said("turn on the light and then set the thermostat to twenty one point five"),
        HOME,
        STUB,
    )
    first, second = request.clauses
    assert first.command
    assert ("light", None) in first.kinds
    assert second.command
    assert ("climate", None) in second.kinds
    assert second.numbers == {"21.5"}
    assert second.values().end_points == {"21.5"}
    assert not request.negated
    assert read(_said("never turn on the light"), HOME, STUB).negated
    assert read(_said("do not turn on the light"), HOME, STUB).negated
    assert read(_said("is the light on"), HOME, STUB).question
    # The stub's plural rule: "qlightqz" is plural, so not "which light?".
    assert read("qturn qoff qall qthe qlightqz", HOME, STUB).clauses[0].every


def test_english_words_mean_nothing_in_the_stub() -> None:
    """The same code reading English words with the stub finds no command and no kind."""
    clause = read("turn on the light and set it to twenty", HOME, STUB).clauses[0]
    assert not clause.command
    assert not clause.question
    assert not clause.kinds
    assert clause.numbers == frozenset()


def test_the_agent_chooses_and_asks_with_the_stub_language() -> None:
    """Shortlist, "which one?" and the grammar work from the stub's words."""
    clause = read(_said("turn off the light"), HOME, STUB).clauses[0]
    choice = unnamed_choice(HOME, clause)
    assert choice is not None
    assert {entity.entity_id for entity in choice[1]} == {"light.kitchen", "light.hall"}
    # An area said (the home's own name) picks its light.
    clause = read(f"{_said('turn off the light in the')} kitchen", HOME, STUB).clauses[
        0
    ]
    assert unnamed_choice(HOME, clause) is None
    candidates = shortlist(HOME, clause)
    assert {e.entity_id for e in candidates.entities} == {"light.kitchen"}
    grammar = build_grammar(candidates, clause)
    assert 'turn-off-target ::= "Kitchen Lamp"' in grammar
    # A value from the stub's number words reaches the grammar, none other.
    request = read(f"{_said('set the')} heat pump {_said('to twenty one')}", HOME, STUB)
    grammar = build_grammar(HOME, request.clauses[0])
    assert '"21"' in grammar
    assert '"20"' not in grammar


def test_an_indirect_request_is_read_as_the_tables_command() -> None:
    """An indirect request ("it's too dark") becomes the table's "turn on the lights", in each language."""
    english = read("it's too dark in the kitchen", HOME, ENGLISH).clauses[0]
    assert english.comfort
    assert english.command
    assert ("light", None) in english.kinds
    stub = read(f"{_said('its too dark in the')} kitchen", HOME, STUB).clauses[0]
    assert stub.comfort
    assert stub.command
    candidates = shortlist(HOME, stub)
    assert {e.entity_id for e in candidates.entities} == {"light.kitchen"}


def test_tables_are_found_by_language_code() -> None:
    """A pipeline's language ("en-GB") finds its table; an unknown one is an error."""
    assert get_language("en-GB") is ENGLISH
    assert get_language(DEFAULT_LANGUAGE) is ENGLISH
    with pytest.raises(UnknownLanguageError):
        get_language("xx")
    assert isinstance(ENGLISH.action("turn_on"), ActionWords)
    assert ENGLISH.action("turn_on").words
