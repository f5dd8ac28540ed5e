"""Colombian Spanish: the polite "usted" of a home in Bogotá, read with the Spanish table.

"¿Será que le prende el calefactor?" and "¿me hace el favor y me prende …?" ask for
the heater to be turned on; "¿me regala la temperatura?" asks for it (never "regá"
+ "la", water it); "póngale seguro a la puerta" locks it.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language.es import LANGUAGE as SPANISH

AREAS: Mapping[str, HomeArea] = {
    "abuela": HomeArea("abuela", "Cuarto abuela", (), ()),
    "entrada": HomeArea("entrada", "Entrada", (), ()),
}
HOME = Home(
    entities=(
        thermostat("climate.calefactor", "Calefactor abuela", "abuela", AREAS),
        home_entity("lock.puerta", "Puerta principal", "entrada", AREAS),
        home_entity(
            "sensor.afuera",
            "Temperatura exterior",
            None,
            AREAS,
            "temperature",
            attributes={"unit_of_measurement": "°C"},
        ),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    "text",
    [
        "La abuela está muerta de frío, ¿será que le prende el calefactor?",
        "Sumercé, ¿me hace el favor y me prende el calefactor?",
    ],
)
def test_a_polite_question_asks_for_the_heater(text: str) -> None:
    """The request is a command, and the heater is offered to be turned on."""
    clause = read(text, HOME, SPANISH).clauses[0]
    assert clause.command
    grammar = build_grammar(shortlist(HOME, clause, ["Cuarto abuela"]), clause)
    assert "Calefactor abuela" in grammar


def test_me_regala_asks() -> None:
    """Said "¿Me regala la temperatura de afuera?": a question, nothing changes."""
    clause = read("¿Me regala la temperatura de afuera?", HOME, SPANISH).clauses[0]
    assert clause.question
    assert not clause.command


def test_pongale_seguro_locks() -> None:
    """Said "Póngale seguro a la puerta principal": locked, the usted of "ponle"."""
    clause = read("Póngale seguro a la puerta principal", HOME, SPANISH).clauses[0]
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"lock("' in grammar


def test_a_reason_after_two_items_keeps_both() -> None:
    """Said "Agregue papa criolla y guascas a la lista, que …": both, still joined.

    The reason set apart, the items had been joined anew by a comma, and one was
    added (a Bogotá home's market list).
    """
    text = "Agregue papa criolla y guascas a la lista del mercado, que hacemos ajiaco"
    request = read(text, HOME, SPANISH)
    assert [c.text for c in request.clauses] == [
        "Agregue papa criolla y guascas a la lista del mercado"
    ]
