"""Everyday words for blinds and fans: "pull the blinds down", "the fan on flat out".

Said without the table's words, a command was read as no command at all ("drop the
verandah blinds halfway") and a heard one was asked again; "flat out" was a word
nobody knows after the fan.
"""

from __future__ import annotations

from collections.abc import Mapping
import random

import pytest

from homeassistant.components.cover import CoverEntityFeature
from homeassistant.components.fan.const import FanEntityFeature

from .gbnf import GrammarSampler
from .home_entities import home_entity
from .reading import read_clause
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.calls import Call, parse_calls
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

AREAS: Mapping[str, HomeArea] = {"deck": HomeArea("deck", "Deck", (), ())}
HOME = Home(
    entities=(
        home_entity(
            "cover.deck_blinds",
            "Deck Blinds",
            "deck",
            AREAS,
            "blind",
            attributes={
                "supported_features": CoverEntityFeature.OPEN
                | CoverEntityFeature.CLOSE
                | CoverEntityFeature.SET_POSITION
            },
        ),
        home_entity(
            "fan.deck_fan",
            "Deck Fan",
            "deck",
            AREAS,
            attributes={
                "supported_features": FanEntityFeature.SET_SPEED
                | FanEntityFeature.TURN_ON
                | FanEntityFeature.TURN_OFF
            },
        ),
    ),
    areas=tuple(AREAS.values()),
)


def _calls(text: str) -> set[Call]:
    """Return the calls the grammar admits for the words (drawn many times)."""
    clause = read_clause(text, HOME)
    assert clause.command
    sampler = GrammarSampler(build_grammar(shortlist(HOME, clause), clause))
    rng = random.Random(5)
    return {call for _ in range(300) for call in parse_calls(sampler.sample(rng))}


@pytest.mark.parametrize(
    ("text", "meant", "never"),
    [
        ("pull the deck blinds down", "close", "open"),
        ("drop the deck blinds", "close", "open"),
        ("lift the deck blinds", "open", "close"),
    ],
)
def test_blinds_go_the_way_the_words_say(text: str, meant: str, never: str) -> None:
    """Said "Pull the blinds down": they close, and are never opened."""
    names = {call.name for call in _calls(text)}
    assert meant in names
    assert never not in names


@pytest.mark.parametrize("said", ["flat out", "full blast"])
def test_a_fan_on_flat_out_runs_at_full_speed(said: str) -> None:
    """Said "Put the deck fan on flat out": 100 %, no other speed."""
    speeds = {c.value for c in _calls(f"put the deck fan on {said}") if c.value}
    assert speeds == {"100"}


def test_a_kind_said_before_another_as_a_name_has_it_only_says_which() -> None:
    """Said "Dim the fan light in the living room": the fan's light, never the fan."""
    areas = {"family": HomeArea("family", "Family Room", ("living room",), ())}
    home = Home(
        entities=(
            home_entity("fan.family", "Family Room Fan", "family", areas),
            home_entity(
                "light.family_fan",
                "Family Room Fan Light",
                "family",
                areas,
                attributes={"supported_color_modes": ["brightness"]},
            ),
        ),
        areas=tuple(areas.values()),
    )
    for text in (
        "dim the fan light in the living room to 20",
        "dim the family room fan light to 20",
    ):
        clause = read_clause(text, home)
        assert [e.entity_id for e in shortlist(home, clause).entities] == [
            "light.family_fan"
        ]
    # The fan said on its own is still the fan.
    clause = read_clause("turn the fan in the living room off", home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["fan.family"]


def test_a_language_that_puts_the_kind_first_keeps_it() -> None:
    """Said "Rentre la tente solaire": an awning ("tente"), "solaire" only says which."""
    areas = {"terrasse": HomeArea("terrasse", "Terrasse", (), ())}
    home = Home(
        entities=(
            home_entity("cover.tente", "Tente solaire", "terrasse", areas, "awning"),
        ),
        areas=tuple(areas.values()),
    )
    clause = read("Rentre la tente solaire", home, get_language("fr")).clauses[0]
    assert ("cover", "awning") in clause.kinds
