"""Peruvian Spanish, read with the Spanish table: a house in Lima.

"Súbele un gradito al aire" is a degree up; "pon la velocidad del aire en alta" the
air conditioner's fan, never its mode; "menos la de la fachada" leaves the façade's
light on, the kind said once before it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language.es import LANGUAGE as SPANISH

AREAS: Mapping[str, HomeArea] = {
    "cuarto": HomeArea("cuarto", "Cuarto principal", (), ()),
    "sala": HomeArea("sala", "Sala", (), ()),
    "entrada": HomeArea("entrada", "Entrada", (), ()),
}
_AIRE = thermostat(
    "climate.aire", "LG Aire", "cuarto", AREAS, ("off", "cool", "dry", "fan_only")
)
HOME = Home(
    entities=(
        replace(
            _AIRE,
            attributes={
                **_AIRE.attributes,
                "fan_modes": ["auto", "low", "medium", "high"],
                "supported_features": 1 | 8 | 128 | 256,
            },
        ),
        home_entity("light.sala", "Luz sala", "sala", AREAS),
        home_entity("light.fachada", "Luz fachada", "entrada", AREAS),
        home_entity("light.entrada", "Luz entrada", "entrada", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _clause(text: str) -> Clause:
    return read(text, HOME, SPANISH).clauses[0]


def test_un_gradito_is_a_degree() -> None:
    """Said "Súbele un gradito al aire": one degree up, the small word for it."""
    clause = _clause("Súbele un gradito al aire")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '("+" ("1"))' in grammar


def test_a_fan_speed_said_wakes_no_mode() -> None:
    """Said "Pon la velocidad del aire en alta": the fan's speed, no cooling mode."""
    clause = _clause("Pon la velocidad del aire en alta")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"climate_fan(" ("LG Aire, " ("high"))' in grammar
    assert "climate_mode" not in grammar
    # Turned on with nothing else said, the air conditioner still cools.
    clause = _clause("Prende el aire")
    assert '"climate_mode(" ("LG Aire, " ("cool"))' in build_grammar(
        shortlist(HOME, clause), clause
    )


def test_the_one_of_a_place_is_of_the_kind_said_before() -> None:
    """Said "Apaga todas las luces menos la de la fachada": the façade's stays on."""
    for text in (
        "Apaga todas las luces menos la de la fachada",
        "Apaga todas las luces menos la fachada",
    ):
        offered = {e.entity_id for e in shortlist(HOME, _clause(text)).entities}
        assert offered == {"light.sala", "light.entrada"}


def test_a_reason_naming_a_kind_arms_no_other_device() -> None:
    """Said "Activa la alarma, que ya nos vamos al cine": the alarm, no cinema."""
    areas = {"sala": HomeArea("sala", "Sala", (), ())}
    home = Home(entities=(alarm_panel(areas),), areas=tuple(areas.values()))
    request = read("Activa la alarma, que ya nos vamos al cine", home, SPANISH)
    assert [c.text for c in request.clauses] == ["Activa la alarma"]
    # Said with no kind, the reason stays with the command: it says the mode.
    request = read("Activa la alarma, que nos vamos a dormir", home, SPANISH)
    assert "dormir" in request.clauses[0].tokens


def test_cold_with_the_heater_off_turns_it_on_at_its_setting() -> None:
    """Said "Ay, hijito, qué frío está haciendo aquí", the heater off: heat, no step."""
    areas = {"abuela": HomeArea("abuela", "Cuarto abuelita", (), ())}
    heater = thermostat(
        "climate.calefactor", "Calefactor abuelita", "abuela", areas, ("off", "heat")
    )
    home = Home(entities=(heater,), areas=tuple(areas.values()))
    clause = read("Ay, hijito, qué frío está haciendo aquí", home, SPANISH).clauses[0]
    assert clause.comfort
    # On, the heater's setting goes up a step.
    room = ["Cuarto abuelita"]
    assert "climate_step" in build_grammar(shortlist(home, clause, room), clause)
    off = replace(clause, asleep=True)
    grammar = build_grammar(shortlist(home, off, room), off)
    assert "climate_step" not in grammar
    assert '"climate_mode(" ("Calefactor abuelita, " ("heat")' in grammar
