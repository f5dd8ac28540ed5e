"""Spanish and French homes: items that are kinds of device, and "le chauffage".

"Añade galones de agua y baterías a la lista del huracán" (San Juan) had been read as
two commands, water for the water heater and batteries for the list; "Baisse le
chauffage à 17 et coupe le radiateur du grenier" (Lille) had set the loft radiator to
17, as "chauffage" named no device, though the thermostat's own name is "Chauffage"
(HA calls it "Thermostat Netatmo Chauffage") and no other device's name says it;
"Allume le poêle" had turned on the loft radiator, though the home has no stove. Read
against small homes built here (no model): the devices offered are what the user
notices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

SPANISH = get_language("es")
FRENCH = get_language("fr")
_CASA: Mapping[str, HomeArea] = {
    "marquesina": HomeArea("marquesina", "Marquesina", (), ())
}
CASA = Home(
    (
        home_entity("switch.calentador", "Calentador", "marquesina", _CASA),
        home_entity(
            "todo.huracan",
            "Lista del huracán",
            None,
            _CASA,
            attributes={"supported_features": 1},
        ),
    ),
    tuple(_CASA.values()),
)
_MAISON: Mapping[str, HomeArea] = {
    "salon": HomeArea("salon", "Salon", (), ()),
    "grenier": HomeArea("grenier", "Grenier", (), ()),
    "leon": HomeArea("leon", "Chambre de Léon", (), ()),
}
MAISON = Home(
    (
        replace(
            thermostat(
                "climate.chauffage", "Thermostat Netatmo Chauffage", "salon", _MAISON
            ),
            own_name="Chauffage",
        ),
        thermostat("climate.grenier", "Radiateur grenier", "grenier", _MAISON),
        thermostat("climate.leon", "Radiateur Léon", "leon", _MAISON),
    ),
    tuple(_MAISON.values()),
)


def test_items_said_for_a_list_are_items() -> None:
    """One command, for the list; the water heater is not offered."""
    request = read(
        "Añade galones de agua y baterías a la lista del huracán", CASA, SPANISH
    )
    assert len(request.clauses) == 1
    offered = shortlist(CASA, request.clauses[0]).entities
    assert [e.entity_id for e in offered] == ["todo.huracan"]


def test_le_chauffage_is_the_one_called_so() -> None:
    """The heating set to 17, the loft's radiator turned off: each one its own."""
    request = read(
        "Baisse le chauffage à 17 et coupe le radiateur du grenier", MAISON, FRENCH
    )
    offered = [
        {e.entity_id for e in shortlist(MAISON, clause).entities}
        for clause in request.clauses
    ]
    assert offered == [{"climate.chauffage"}, {"climate.grenier"}]


def test_a_stove_the_home_lacks_is_no_radiator() -> None:
    """Said: "Allume le poêle, il fait cru" where there is none: no radiator instead."""
    clause = read("Allume le poêle, il fait cru", MAISON, FRENCH).clauses[0]
    assert not shortlist(MAISON, clause).entities
