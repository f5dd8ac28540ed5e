"""German as Stuttgart says it to a satellite ("Mach d'Stehlampe aus").

Read against a small home built here (no model): the devices offered are what the
user notices.
"""

from __future__ import annotations

from .home_entities import home_entity
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
