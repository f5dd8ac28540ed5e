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
from custom_components.llm_home.agent.grammar import build_grammar
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


_CAMI: Mapping[str, HomeArea] = {"cami": HomeArea("cami", "Cuarto de Cami", (), ())}
AIRE = Home(
    (thermostat("climate.aire_cami", "Aire Cami", "cami", _CAMI, ("off", "cool")),),
    tuple(_CAMI.values()),
)


def test_the_way_is_the_commands_not_the_remarks() -> None:
    """Said (Caracas): "El aire de Cami está muy frío, súbelo un poquito": up a step.

    "Frío" (colder) of the remark had left either way open, and it was set colder.
    """
    clause = read("El aire de Cami está muy frío, súbelo un poquito", AIRE, SPANISH)
    grammar = build_grammar(shortlist(AIRE, clause.clauses[0]), clause.clauses[0])
    step = next(
        line for line in grammar.splitlines() if line.startswith("climate-step ::=")
    )
    assert '("+" ' in step


_SALA: Mapping[str, HomeArea] = {"sala": HomeArea("sala", "Sala", (), ())}
SALA = Home(
    (
        home_entity("light.luz_sala", "Luz sala", "sala", _SALA),
        home_entity("light.lampara_sala", "Lámpara sala", "sala", _SALA),
    ),
    tuple(_SALA.values()),
)


def test_menos_a_kind_leaves_it_out() -> None:
    """Said (Caracas): "Apaga las luces de la sala menos la lámpara": the lamp stays.

    It had been the only one turned off: "menos" left nothing out, and its word
    named the lamp.
    """
    clause = read("Apaga las luces de la sala menos la lámpara", SALA, SPANISH)
    offered = shortlist(SALA, clause.clauses[0]).entities
    assert [e.entity_id for e in offered] == ["light.luz_sala"]
