"""A white said of a colour describes it: "a nice warm orange" is orange, no white.

Said in Cornwall: "Make the lounge lamp a nice warm orange, would you" had set the
lamp to warm white. No model is loaded: the values the grammar lets it write are
what the user notices.
"""

from __future__ import annotations

import pytest

from .home_entities import home_entity
from .reading import read_clause
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea

AREAS = {"lounge": HomeArea("lounge", "Lounge", (), ())}
HOME = Home(
    (
        home_entity(
            "light.lounge_lamp",
            "Lounge Lamp",
            "lounge",
            AREAS,
            attributes={"supported_color_modes": ["hs", "color_temp"]},
        ),
    ),
    tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "offered", "never"),
    [
        ("Make the lounge lamp a nice warm orange, would you", '"orange"', '"warm"'),
        ("Set the lounge lamp to warm white", '"warm"', '"orange"'),
    ],
)
def test_the_colour_said_is_the_value(text: str, offered: str, never: str) -> None:
    """The colour said is offered; a white only where a white is meant."""
    clause = read_clause(text, HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert offered in grammar
    assert never not in grammar
