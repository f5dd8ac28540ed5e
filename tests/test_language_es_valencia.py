"""Spanish as a family in a flat in Valencia says it ("pon el ventilador en modo brisa").

Read against a small home built here (no model): the devices offered, the calls the
model may write and the question asked back are what the user notices.
"""

from __future__ import annotations

from .home_entities import home_entity
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

SPANISH = get_language("es")
_FLOOR = ("Piso",)
AREAS = {
    "salon": HomeArea("salon", "Salón", ("comedor",), _FLOOR),
    "dormitorio": HomeArea(
        "dormitorio",
        "Dormitorio",
        ("nuestra habitación", "habitación de matrimonio"),
        _FLOOR,
    ),
    "ninos": HomeArea(
        "ninos", "Habitación de los niños", ("cuarto de los niños",), _FLOOR
    ),
}
_SHUTTER = {"supported_features": 1 | 2 | 4 | 8, "current_position": 0}
HOME = Home(
    entities=(
        *(
            home_entity(
                f"cover.persiana_{area}",
                name,
                area,
                AREAS,
                "shutter",
                attributes=_SHUTTER,
            )
            for area, name in (
                ("salon", "Persiana salón"),
                ("dormitorio", "Persiana dormitorio"),
                ("ninos", "Persiana niños"),
            )
        ),
        # The children's ceiling fan has speeds and a direction, no preset.
        home_entity(
            "fan.ventilador_techo",
            "Ventilador techo",
            "ninos",
            AREAS,
            attributes={"supported_features": 1 | 4 | 16 | 32, "direction": "forward"},
        ),
        home_entity(
            "fan.ventilador_pie",
            "Ventilador de pie",
            "salon",
            AREAS,
            attributes={
                "supported_features": 1 | 2 | 8 | 16 | 32,
                "preset_modes": ["Normal", "Nature"],
                "oscillating": False,
            },
        ),
    ),
    areas=tuple(AREAS.values()),
)


def _clause(text: str) -> Clause:
    return read(text, HOME, SPANISH).clauses[0]


def _grammar(text: str) -> str:
    clause = _clause(text)
    return build_grammar(shortlist(HOME, clause), clause)


def test_a_fan_put_in_a_mode_it_lacks_is_never_turned_on() -> None:
    """Said "Pon el ventilador del techo en modo brisa": it has no modes, nothing runs.

    Turned on, it would run at a speed nobody said; put on ("pon el ventilador del
    techo") it still is turned on.
    """
    grammar = _grammar("Pon el ventilador del techo en modo brisa")
    assert '"turn_on("' not in grammar
    assert '"fan_speed("' not in grammar
    assert '"turn_on("' in _grammar("pon el ventilador del techo")


def test_the_breeze_mode_said_is_the_fans_nature_preset() -> None:
    """Said "Pon el ventilador de pie en modo brisa": its "Nature" preset, not on."""
    grammar = _grammar("Pon el ventilador de pie en modo brisa")
    assert '"climate_preset(" ("Ventilador de pie, " ("Nature"))' in grammar
    assert '"turn_on("' not in grammar


def test_the_room_two_rooms_are_called_is_asked_about() -> None:
    """Said "Sube la persiana de la habitación": ours, or the children's? Asked.

    "Nuestra habitación" (the parents' alias) is still theirs.
    """
    choice = unnamed_choice(HOME, _clause("Sube la persiana de la habitación"))
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {
        "cover.persiana_dormitorio",
        "cover.persiana_ninos",
    }
    ours = _clause("Sube la persiana de nuestra habitación")
    assert unnamed_choice(HOME, ours) is None
    offered = shortlist(HOME, ours).entities
    assert [e.entity_id for e in offered] == ["cover.persiana_dormitorio"]
