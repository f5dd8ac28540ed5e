"""German as Stuttgart says it to a satellite ("Mach d'Stehlampe aus").

Read against a small home built here (no model): the devices offered are what the
user notices.
"""

from __future__ import annotations

from .home_entities import home_entity
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

GERMAN = get_language("de")
AREAS = {
    "stube": HomeArea("stube", "Wohnzimmer", ("Stube",), ()),
    "katrin": HomeArea("katrin", "Einliegerwohnung", (), ()),
}
HOME = Home(
    entities=(
        home_entity("light.stehlampe", "Stehlampe", "stube", AREAS),
        home_entity("light.stehlampe_2", "Stehlampe Katrin Stehlampe", "katrin", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def test_the_floor_lamp_said_in_a_room_is_that_rooms() -> None:
    """Said in Katrin's flat "Mach d'Stehlampe aus": hers, never the living room's."""
    clause = read("Mach d'Stehlampe aus", HOME, GERMAN).clauses[0]
    offered = shortlist(HOME, clause, ["Einliegerwohnung"]).entities
    assert [e.entity_id for e in offered] == ["light.stehlampe_2"]
    # Said in the living room, the living room's.
    offered = shortlist(HOME, clause, ["Wohnzimmer"]).entities
    assert [e.entity_id for e in offered] == ["light.stehlampe"]


_ROOMS = {
    "stube": HomeArea("stube", "Wohnzimmer", ("Stube",), ()),
    "flur": HomeArea("flur", "Flur", (), ()),
}
_HOUSE = Home(
    entities=(
        home_entity("light.lampe", "Stehlampe", "stube", _ROOMS),
        home_entity("light.haustuer", "Lampe Haustür", "flur", _ROOMS),
        home_entity(
            "cover.rollladen",
            "Rollladen Wohnzimmer",
            "stube",
            _ROOMS,
            "shutter",
            attributes={"supported_features": 1 | 2},
        ),
    ),
    areas=tuple(_ROOMS.values()),
)


def test_swabian_words_are_read() -> None:
    """Said in Stuttgart: "Mach d'Lampe a", "de Rollladen nunter", "… lass a"."""
    clause = read("Mach d'Stehlampe a", _HOUSE, GERMAN).clauses[0]
    assert clause.command
    assert '"turn_on("' in build_grammar(shortlist(_HOUSE, clause), clause)
    clause = read("Mach de Rollladen in der Stube nunter", _HOUSE, GERMAN).clauses[0]
    assert '"close("' in build_grammar(shortlist(_HOUSE, clause), clause)
    text = (
        "Mach älle Lichter aus, bloß d'Lampe an der Haustür lass a, mir ganget ins Bett"
    )
    clause = read(text, _HOUSE, GERMAN).clauses[0]
    assert [e.entity_id for e in shortlist(_HOUSE, clause).entities] == ["light.lampe"]
