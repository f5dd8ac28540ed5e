"""German as Dresden, the Ruhrgebiet and Frankfurt say it: "ä halbes Grad", "bissl".

"Mach de Heizung im Wohnzimmer ä halbes Grad runter" had turned it down a whole degree
(a value not said); "Setz ma noch 'nen Stollen mit auf'n Einkaufszettel" had put the
Stollen on the cleaning rota ("Putzplan"), as the shopping list is called
"Einkaufsliste"; "Mach ma bissl heller hier" was a word not known. "Mach ma beide
Lüfter aus" had turned off every thermostat ("Lüfter" was a word of heating too), and
"Mach dat Küchenlicht ma ganz hell" made it a bit brighter. Read against a small home
built here (no model): the devices offered, and the value the model may write, are what
the user notices.
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
        home_entity(
            "light.kueche", "Küchenlicht", "kueche", AREAS, attributes=_DIMMABLE
        ),
        thermostat("climate.wohnzimmer", "Heizung Wohnzimmer", "wohnzimmer", AREAS),
        thermostat("climate.kueche", "Heizung Küche", "kueche", AREAS),
        home_entity("fan.bad", "Badlüfter", None, AREAS),
        home_entity("fan.keller", "Kellerlüfter", None, AREAS),
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


def test_beide_luefter_are_the_fans() -> None:
    """Said: "Mach ma beide Lüfter aus": the two fans, never a thermostat."""
    assert _offered("Mach ma beide Lüfter aus") == {"fan.bad", "fan.keller"}


def test_ganz_hell_is_full_brightness() -> None:
    """Said: "Mach dat Küchenlicht ma ganz hell": 100 %, never a step."""
    clause = _clause("Mach dat Küchenlicht ma ganz hell")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"100"' in grammar
    assert "light-step" not in grammar


def test_ruhr_words_are_known() -> None:
    """Said: "Stell dat Wohnzimmer ma auf einundzwanzigeinhalb Grad": 21,5 there."""
    clause = _clause("Stell dat Wohnzimmer ma auf einundzwanzigeinhalb Grad")
    assert not clause.unknown
    assert _offered("Stell dat Wohnzimmer ma auf einundzwanzigeinhalb Grad") == {
        "climate.wohnzimmer"
    }


def test_hessian_words_are_known() -> None:
    """Said in Frankfurt: "Dreh die Heizung in der Küche um e halbes Grad hoch": 0,5.

    "Stell den Kellerlüfter auf fuffzig Prozent" is 50 %; "un" joins two commands.
    """
    clause = _clause("Dreh die Heizung in der Küche um e halbes Grad hoch")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '("+" ("0.5"))' in grammar
    assert _clause("Stell den Kellerlüfter auf fuffzig Prozent").numbers == {"50"}
    request = read("Mach die Deckenlampe an un des Küchenlicht aus", HOME, GERMAN)
    assert [c.text for c in request.clauses] == [
        "Mach die Deckenlampe an",
        "mach das Küchenlicht aus",
    ]


def test_a_time_of_day_is_no_value() -> None:
    """Said: "Mach das Küchenlicht aus, die Oma schläft bis vier Uhr": no 4 %."""
    clause = _clause("Mach das Küchenlicht aus, die Oma schläft bis vier Uhr")
    assert not clause.numbers
