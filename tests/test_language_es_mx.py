"""Mexican Spanish: words of a home in Guadalajara, read with the Spanish table (no model).

A small house on two floors ("Planta baja", "Planta alta") with two minisplits, two
blinds, lights, a TV and the front door's lock: "baja" is a verb as well as the
ground floor, "menos la de la cocina" leaves the kitchen out, "quítale el sonido"
mutes, "ponle seguro" locks, and a temperature said is no turning on.
"""

from __future__ import annotations

from collections.abc import Mapping

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.replies import answer
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.still_to_do import still_to_do
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language.es import LANGUAGE as SPANISH

AREAS: Mapping[str, HomeArea] = {
    "sala": HomeArea("sala", "Sala", (), ("Planta baja",)),
    "cocina": HomeArea("cocina", "Cocina", (), ("Planta baja",)),
    "recamara": HomeArea("recamara", "Recámara", (), ("Planta alta",)),
}
_MODES = ("off", "cool", "heat", "dry", "fan_only")
_BLIND = {"supported_features": 1 | 2 | 4 | 8}
HOME = Home(
    entities=(
        home_entity("light.sala", "Foco sala", "sala", AREAS),
        home_entity("light.cocina", "Luz cocina", "cocina", AREAS),
        home_entity("light.recamara", "Luz recámara", "recamara", AREAS),
        thermostat("climate.sala", "Minisplit sala", "sala", AREAS, _MODES),
        thermostat("climate.recamara", "Minisplit recámara", "recamara", AREAS, _MODES),
        home_entity(
            "cover.sala", "Persiana sala", "sala", AREAS, "blind", attributes=_BLIND
        ),
        home_entity(
            "cover.recamara",
            "Persiana recámara",
            "recamara",
            AREAS,
            "blind",
            attributes=_BLIND,
        ),
        home_entity(
            "media_player.tele",
            "Tele de la abuela",
            "recamara",
            AREAS,
            "tv",
            attributes={"supported_features": 4 | 8},
        ),
        home_entity(
            "media_player.bocina",
            "Bocina cocina",
            "cocina",
            AREAS,
            "speaker",
            attributes={"supported_features": 16 | 32},
        ),
        home_entity("lock.puerta", "Chapa puerta principal", "sala", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _clause(text: str) -> Clause:
    return read(text, HOME, SPANISH).clauses[0]


def _grammar(text: str) -> str:
    clause = _clause(text)
    return build_grammar(shortlist(HOME, clause), clause)


def test_baja_said_as_a_verb_is_no_floor() -> None:
    """Said "Baja la persiana" with two blinds: which one, though a floor is "baja"."""
    choice = unnamed_choice(HOME, _clause("baja la persiana"))
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {"cover.sala", "cover.recamara"}
    # Said twice, "baja" is the floor as well.
    assert unnamed_choice(HOME, _clause("baja la persiana de planta baja")) is None


def test_menos_leaves_out_what_follows() -> None:
    """Said "Apaga todas las luces menos la de la cocina": all but the kitchen's."""
    clause = _clause("apaga todas las luces menos la de la cocina")
    offered = {e.entity_id for e in shortlist(HOME, clause).entities}
    assert "light.cocina" not in offered
    assert {"light.sala", "light.recamara"} <= offered


def test_menos_leaves_out_a_device_said_with_de() -> None:
    """Said "Apaga las luces de la recámara menos la lámpara de Claudia": never hers.

    "La lámpara de Claudia" names the "Lámpara Claudia" with a "de" between; read as
    no name, the words after "menos" stayed in the command, and the lamp left out
    was the one offered (a Bogotá home's lamp was turned off so).
    """
    home = Home(
        entities=(
            home_entity("light.recamara", "Luz recámara", "recamara", AREAS),
            home_entity("light.claudia", "Lámpara Claudia", "recamara", AREAS),
            home_entity("light.andres", "Lámpara Andrés", "recamara", AREAS),
        ),
        areas=tuple(AREAS.values()),
    )
    text = "apaga las luces de la recámara menos la lámpara de Claudia, que lee"
    clause = read(text, home, SPANISH).clauses[0]
    offered = {e.entity_id for e in shortlist(home, clause).entities}
    assert offered == {"light.recamara", "light.andres"}


def test_quitale_el_sonido_mutes() -> None:
    """Said "Quítale el sonido a la tele de la abuela": muted, never unmuted."""
    grammar = _grammar("quítale el sonido a la tele de la abuela")
    assert '"mute("' in grammar
    assert "unmute" not in grammar


def test_ponle_seguro_locks() -> None:
    """Said "Ponle seguro a la puerta principal": the lock is locked."""
    grammar = _grammar("ponle seguro a la puerta principal")
    assert '"lock("' in grammar
    assert '"Chapa puerta principal"' in grammar


def test_a_temperature_said_is_no_turning_on() -> None:
    """Said "Ponle al clima en 22" with one minisplit on: both would change."""
    clause = _clause("ponle al clima en 22")
    choice = unnamed_choice(HOME, clause)
    assert choice is not None
    states = {"climate.sala": "cool", "climate.recamara": "off"}
    left = still_to_do(choice[1], clause, states.get)
    assert {e.entity_id for e in left} == {"climate.sala", "climate.recamara"}


def test_a_state_agrees_with_the_device() -> None:
    """Asked "¿Está puesta la alarma?": "Alarma: desarmada", the noun's gender."""
    alarm = {"name": "Alarma", "domain": "alarm_control_panel", "state": "disarmed"}
    assert answer(alarm, SPANISH) == "Alarma: desarmada."
    lock = {"name": "Chapa puerta principal", "domain": "lock", "state": "locked"}
    assert answer(lock, SPANISH) == "Chapa puerta principal: cerrada con llave."
    fan = {"name": "Ventilador sala", "domain": "fan", "state": "off"}
    assert answer(fan, SPANISH) == "Ventilador sala: apagado."
    light = {"name": "Luz cocina", "domain": "light", "state": "off"}
    assert answer(light, SPANISH) == "Luz cocina: apagada."


def test_only_the_fan_of_the_air_conditioner_is_its_fan_mode() -> None:
    """Said "Déjale nomás el ventilador al clima de la sala": fan only, not on."""
    grammar = _grammar("déjale nomás el ventilador al clima de la sala")
    assert '"Minisplit sala, " ("fan_only")' in grammar
    assert '"turn_on("' not in grammar


def test_the_next_song_on_the_speaker_is_the_speaker() -> None:
    """Said "Pásale a la siguiente canción en la bocina": the speaker, no question."""
    clause = _clause("pásale a la siguiente canción en la bocina")
    assert unnamed_choice(HOME, clause) is None
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == [
        "media_player.bocina"
    ]
