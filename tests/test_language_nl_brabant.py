"""Dutch as North Brabant says it to a satellite ("zet da efkes op 't lijstje").

Read against a small home built here (no model): the list offered and the items the
model may write are what the user notices.
"""

from __future__ import annotations

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.items import item_spans
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea, HomeEntity
from custom_components.llm_home.language import get_language

DUTCH = get_language("nl")


def _list(entity_id: str, name: str) -> HomeEntity:
    return home_entity(entity_id, name, None, {}, attributes={"supported_features": 1})


HOME = Home(
    entities=(
        _list("todo.boodschappen", "Boodschappen"),
        _list("todo.klussen", "Klussen"),
        _list("todo.joep", "Meenemen Joep"),
    ),
    areas=(),
)


def test_the_shopping_list_said_as_one_word_is_the_list_named_shopping() -> None:
    """Said "zet worstenbroodjes op de boodschappenlijst": never Joep's list."""
    text = "zet worstenbroodjes op de boodschappenlijst"
    clause = read(text, HOME, DUTCH).clauses[0]
    offered = shortlist(HOME, clause)
    assert [e.entity_id for e in offered.entities] == ["todo.boodschappen"]
    assert '"worstenbroodjes"' in build_grammar(offered, clause)


def test_the_words_that_say_the_list_are_no_item() -> None:
    """Said "zet da efkes op 't boodschappenlijstje": "'t boodschappenlijstje" no item.

    Nothing but the list is said, so there is nothing to add ("da" is "that").
    """
    for text in ("zet da efkes op 't boodschappenlijstje", "zet da op z'n lijstje"):
        clause = read(text, HOME, DUTCH).clauses[0]
        assert item_spans(clause) == []
        assert "lijstje" not in build_grammar(shortlist(HOME, clause), clause)


def test_twenty_percent_brighter_is_a_step_never_the_level() -> None:
    """Said "zet de hanglamp in de serre twintig procent feller": 20 more, not 20 %."""
    areas = {"serre": HomeArea("serre", "Serre", (), ())}
    lamp = home_entity(
        "light.hanglamp",
        "Hanglamp serre",
        "serre",
        areas,
        attributes={"supported_color_modes": ["brightness"]},
    )
    home = Home(entities=(lamp,), areas=tuple(areas.values()))
    for language, text in (
        (DUTCH, "zet de hanglamp in de serre twintig procent feller"),
        (get_language("en"), "make the hanglamp 20 percent brighter"),
    ):
        clause = read(text, home, language).clauses[0]
        grammar = build_grammar(shortlist(home, clause), clause)
        assert '"light_step("' in grammar
        assert '"light_level("' not in grammar


_KITCHEN = {
    "keuken": HomeArea("keuken", "Keuken", (), ()),
    "bad": HomeArea("bad", "Badkamer", (), ()),
}
_BRABANT = Home(
    entities=(
        *HOME.entities,
        home_entity(
            "light.spotjes",
            "Spotjes keuken",
            "keuken",
            _KITCHEN,
            attributes={"supported_color_modes": ["brightness"]},
        ),
        thermostat("climate.radiator", "Radiator badkamer", "bad", _KITCHEN),
    ),
    areas=tuple(_KITCHEN.values()),
)


def test_brabant_words_are_read() -> None:
    """Said in Brabant: "wa", "wilde gij", "op z'n felst", "houdoe", "…, ik ga zo in bad"."""
    request = read("wa moeten we nog halen bij de Jumbo?", _BRABANT, DUTCH)
    assert request.clauses[0].question
    offered = shortlist(_BRABANT, request.clauses[0]).entities
    assert [e.entity_id for e in offered] == ["todo.boodschappen"]
    clause = read(
        "doe de spotjes in de keuken aan, op z'n felst", _BRABANT, DUTCH
    ).clauses[0]
    assert '"100"' in build_grammar(shortlist(_BRABANT, clause), clause)
    text = "zet de radiator in de badkamer op 22, ik ga zo in bad"
    (clause,) = read(text, _BRABANT, DUTCH).clauses
    assert [e.entity_id for e in shortlist(_BRABANT, clause).entities] == [
        "climate.radiator"
    ]
    for goodbye in ("houdoe!", "merci hè, da was 't"):
        assert read(goodbye, _BRABANT, DUTCH).closing is not None
