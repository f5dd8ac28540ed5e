"""Dutch as a household in Groningen says it ("zet 't geluid van de tv uit").

Read against a small home built here (no model): the devices offered and the calls
the model may write are what the user notices.
"""

from __future__ import annotations

from dataclasses import replace

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

DUTCH = get_language("nl")
AREAS = {
    "woonkamer": HomeArea("woonkamer", "Woonkamer", (), ()),
    "slaapkamer": HomeArea("slaapkamer", "Slaapkamer", (), ()),
}
HOME = Home(
    entities=(
        home_entity(
            "media_player.tv",
            "TV",
            "woonkamer",
            AREAS,
            "tv",
            # turn on and off, volume, mute
            attributes={"supported_features": 128 | 256 | 4 | 8},
        ),
        home_entity(
            "light.staande_lamp",
            "Staande lamp",
            "woonkamer",
            AREAS,
            attributes={"supported_color_modes": ["onoff"]},
        ),
        # The heat pump's thermostat, which the family calls "de verwarming".
        replace(
            thermostat(
                "climate.thermostaat", "Warmtepomp Thermostaat", "woonkamer", AREAS
            ),
            aliases=("verwarming", "vloerverwarming"),
        ),
        thermostat(
            "climate.radiator_slaapkamer", "Radiator slaapkamer", "slaapkamer", AREAS
        ),
    ),
    areas=tuple(AREAS.values()),
)


def _clauses(text: str) -> tuple[Clause, ...]:
    return read(text, HOME, DUTCH).clauses


def _calls(clause: Clause, area: str | None = None) -> str:
    return build_grammar(shortlist(HOME, clause, [area] if area else []), clause)


def test_the_sound_of_the_tv_turned_off_mutes_it() -> None:
    """Said "zet 't geluid van de tv uit": muted, never the tv turned off."""
    for text in (
        "zet 't geluid van de tv uit",
        "kun je het geluid van de tv uitzetten",
    ):
        (clause,) = _clauses(text)
        grammar = _calls(clause)
        assert '"mute("' in grammar
        assert '"turn_off("' not in grammar
    (clause,) = _clauses("zet het geluid van de tv weer aan")
    grammar = _calls(clause)
    assert '"unmute("' in grammar
    assert '"turn_on("' not in grammar


def test_the_sound_of_one_command_never_mutes_the_next() -> None:
    """Said "zet het geluid harder en doe de staande lamp uit": the lamp goes off."""
    louder, lamp = _clauses(
        "zet het geluid van de tv harder en doe de staande lamp uit"
    )
    assert '"volume_step("' in _calls(louder)
    assert '"turn_off("' in _calls(lamp)
    assert "mute" not in _calls(lamp)


def test_the_heating_here_is_this_rooms() -> None:
    """Said "zet de verwarming hier een graadje hoger" in the bedroom: its radiator.

    Never the heat pump's thermostat downstairs, though the family calls that one
    "de verwarming"; said with no "hier", it still is.
    """
    (here,) = _clauses("zet de verwarming hier een graadje hoger")
    offered = shortlist(HOME, here, ["Slaapkamer"]).entities
    assert [e.entity_id for e in offered] == ["climate.radiator_slaapkamer"]
    (anywhere,) = _clauses("zet de verwarming een graadje hoger")
    offered = shortlist(HOME, anywhere, ["Slaapkamer"]).entities
    assert [e.entity_id for e in offered] == ["climate.thermostaat"]
