"""German as a Dresden family says it: "ä" for "ein", "bissl", and the "Einkaufszettel".

"Mach de Heizung im Wohnzimmer ä halbes Grad runter" had turned it down a whole degree
(a value not said); "Setz ma noch 'nen Stollen mit auf'n Einkaufszettel" had put the
Stollen on the cleaning rota ("Putzplan"), as the shopping list is called
"Einkaufsliste"; "Mach ma bissl heller hier" was a word not known. Read against a small
home built here (no model): the devices offered, and the value the model may write, are
what the user notices.
"""

from __future__ import annotations

from collections.abc import Mapping

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

GERMAN = get_language("de")
AREAS: Mapping[str, HomeArea] = {
    "wohnzimmer": HomeArea("wohnzimmer", "Wohnzimmer", ("Stube",), ()),
    "kueche": HomeArea("kueche", "Küche", (), ()),
}
_LIST = {"supported_features": 1}
_DIMMABLE = {"supported_color_modes": ["brightness"], "brightness": 120}
HOME = Home(
    (
        home_entity(
            "light.decke", "Deckenlampe", "wohnzimmer", AREAS, attributes=_DIMMABLE
        ),
        home_entity("light.kueche", "Küchenlicht", "kueche", AREAS),
        thermostat("climate.wohnzimmer", "Heizung Wohnzimmer", "wohnzimmer", AREAS),
        home_entity("todo.einkauf", "Einkaufsliste", None, AREAS, attributes=_LIST),
        home_entity("todo.putzplan", "Putzplan", None, AREAS, attributes=_LIST),
    ),
    tuple(AREAS.values()),
)


def _clause(text: str) -> Clause:
    request = read(text, HOME, GERMAN)
    assert len(request.clauses) == 1
    return request.clauses[0]


def _offered(text: str, here: str | None = None) -> set[str]:
    clause = _clause(text)
    return {
        e.entity_id for e in shortlist(HOME, clause, [here] if here else []).entities
    }


def test_the_einkaufszettel_is_the_shopping_list() -> None:
    """Said: "Setz ma noch 'nen Stollen mit auf'n Einkaufszettel": never the rota."""
    assert _offered("Setz ma noch 'nen Stollen mit auf'n Einkaufszettel") == {
        "todo.einkauf"
    }


def test_ae_halbes_grad_is_half_a_degree() -> None:
    """Said: "Mach de Heizung im Wohnzimmer ä halbes Grad runter": a step of 0,5."""
    clause = _clause("Mach de Heizung im Wohnzimmer ä halbes Grad runter")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '("-" ("0.5"))' in grammar
    assert '"1"' not in grammar


def test_bissl_is_a_bit() -> None:
    """Said in the living room: "Mach ma bissl heller hier": its light, a bit brighter."""
    clause = _clause("Mach ma bissl heller hier")
    assert not clause.unknown
    assert _offered("Mach ma bissl heller hier", "Wohnzimmer") == {"light.decke"}
