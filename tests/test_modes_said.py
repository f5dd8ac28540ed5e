"""The mode a thermostat is set to is the one said, or the one the request's way means.

"Pon el aire en modo seco" dries, never cools because "el aire" turned on would cool;
"modo frío" is the cooling mode, never "I'm cold"; a radiator asked to cool is not
heated instead. "It's boiling in here" cools or steps down, never heats because its
command names the heating; "I'm freezing" heats or steps up. Checked on the modes the
grammar lets the model write, in several languages; no model is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
import re

import pytest

from homeassistant.components.climate.const import ClimateEntityFeature

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import table_for

AREAS: Mapping[str, HomeArea] = {
    "bedroom": HomeArea("bedroom", "Dormitorio", ("Bedroom", "Chambre", "Camera"), ()),
    "bathroom": HomeArea("bathroom", "Baño", ("Bathroom", "Bain", "Bagno"), ()),
}
_SPLIT = ("off", "cool", "heat", "dry", "fan_only")
_TURNS_ON = int(ClimateEntityFeature.TARGET_TEMPERATURE | ClimateEntityFeature.TURN_ON)
HOME = Home(
    entities=(
        thermostat("climate.split", "Split", "bedroom", AREAS, _SPLIT),
        home_entity(
            "climate.radiator",
            "Radiador",
            "bathroom",
            AREAS,
            attributes={
                "hvac_modes": ["off", "heat"],
                "min_temp": 7,
                "max_temp": 30,
                "supported_features": _TURNS_ON,
            },
        ),
    ),
    areas=tuple(AREAS.values()),
)


def _modes(text: str, code: str, satellite: str | None = None) -> dict[str, set[str]]:
    """Return the modes the model may write for each device, by its name."""
    clause = read(text, HOME, table_for(code)).clauses[0]
    found = shortlist(HOME, clause, [satellite] if satellite else [])
    grammar = build_grammar(found, clause)
    rule = next(
        (line for line in grammar.splitlines() if line.startswith("climate-mode ::=")),
        "",
    )
    return {
        name: set(re.findall(r'"(\w+)"', values))
        for name, values in re.findall(r'"(\w+), " \(([^)]*)\)', rule)
    }


def _steps(text: str, code: str, satellite: str) -> set[str]:
    """Return the ways a temperature step may go."""
    clause = read(text, HOME, table_for(code)).clauses[0]
    grammar = build_grammar(shortlist(HOME, clause, [satellite]), clause)
    rule = next(
        (line for line in grammar.splitlines() if line.startswith("climate-step ::=")),
        "",
    )
    return {sign for sign in "+-" if f'"{sign}"' in rule or "[+-]" in rule}


@pytest.mark.parametrize(
    ("code", "text", "mode"),
    [
        ("es", "Pon el aire del dormitorio en modo seco", "dry"),
        ("es", "Pon el split del dormitorio en modo ventilador", "fan_only"),
        ("es", "Pon el aire del dormitorio en modo frío", "cool"),
        ("es", "Pon el aire del dormitorio en calor", "heat"),
        ("fr", "Mets le split de la chambre en mode froid", "cool"),
        ("it", "Metti lo split della camera in modalità caldo", "heat"),
    ],
)
def test_the_mode_said_is_the_only_one_offered(code: str, text: str, mode: str) -> None:
    """A mode said, even by its feeling, is the mode: never the one turning on means."""
    assert _modes(text, code) == {"Split": {mode}}


def test_a_mode_a_device_lacks_is_never_another() -> None:
    """A radiator that only heats, asked for "modo frío": no mode at all, never heating."""
    text = "Pon el radiador del baño en modo frío"
    assert _modes(text, "es") == {}
    clause = read(text, HOME, table_for("es")).clauses[0]
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert "turn-on" not in grammar  # turned on, it had heated


def test_turning_on_the_air_conditioner_still_cools() -> None:
    """No mode said: turning on the air conditioner cools, as before."""
    assert _modes("Enciende el aire del dormitorio", "es") == {"Split": {"cool"}}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "it's boiling in here"),
        ("es", "hace un calor que te mueres"),
        ("fr", "il fait trop chaud"),
    ],
)
def test_too_hot_cools_or_steps_down_never_heats(code: str, text: str) -> None:
    """Saying it is boiling ("make the heating cooler") never offers the heating mode."""
    assert _modes(text, code, "Dormitorio") == {"Split": {"cool"}}
    assert _steps(text, code, "Dormitorio") == {"-"}


@pytest.mark.parametrize(
    ("code", "text"),
    [("en", "I'm freezing"), ("es", "tengo frío"), ("it", "ho freddo")],
)
def test_too_cold_steps_up_never_down(code: str, text: str) -> None:
    """Saying "tengo frío" steps up, though "frío" is also a word of going down."""
    assert _steps(text, code, "Dormitorio") == {"+"}
    assert "cool" not in _modes(text, code, "Dormitorio").get("Split", set())


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "whack the bedroom split on cool, twenty-one degrees"),
        ("en", "can you put the heating in the bathroom on to nineteen"),
        ("es", "Pon el aire del dormitorio en calor a veintitrés"),
    ],
)
def test_a_mode_and_a_temperature_said_are_both_set(code: str, text: str) -> None:
    """Both calls, never one of the two: the model wrote only the mode before."""
    clause = read(text, HOME, table_for(code)).clauses[0]
    grammar = build_grammar(shortlist(HOME, clause), clause)
    calls = next(line for line in grammar.splitlines() if line.startswith("call ::="))
    assert calls == 'call ::= "none()" | climate-mode-temp'
    assert 'climate-mode-temp ::= climate-mode "\\n" climate-temp' in grammar


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("it", "metti il ventilatore in modalità notte"),
        ("en", "put the fan on night mode"),
    ],
)
def test_a_night_mode_said_is_a_fans_sleep_preset(code: str, text: str) -> None:
    """A fan with a "sleep" preset and no "night" one: "night" is "sleep"."""
    fan = home_entity(
        "fan.ventilatore",
        "Ventilatore",
        "bedroom",
        AREAS,
        attributes={
            "preset_modes": ["normal", "sleep", "nature"],
            "supported_features": 9,
        },
    )
    home = Home(entities=(fan,), areas=tuple(AREAS.values()))
    clause = read(text, home, table_for(code)).clauses[0]
    grammar = build_grammar(shortlist(home, clause), clause)
    assert '"sleep"' in grammar
    assert '"nature"' not in grammar


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Mets deux degrés de plus dans le dormitorio"),
        ("en", "two degrees warmer in the bedroom"),
    ],
)
def test_degrees_said_step_the_heating_only(code: str, text: str) -> None:
    """Said: "Mets deux degrés de plus dans le living": never the lamp by 2 %."""
    home = Home(
        entities=(
            thermostat("climate.bedroom", "Chauffage", "bedroom", AREAS),
            home_entity(
                "light.bedroom",
                "Lampadaire",
                "bedroom",
                AREAS,
                attributes={"supported_color_modes": ["brightness"]},
            ),
        ),
        areas=tuple(AREAS.values()),
    )
    clause = read(text, home, table_for(code)).clauses[0]
    grammar = build_grammar(shortlist(home, clause), clause)
    assert "climate-step" in grammar
    assert "light-step" not in grammar


def test_a_temperature_said_beside_the_cold_never_heats_a_cooling_unit() -> None:
    """Heard "Both the Rumpus Aircon up to 25 is freezing down mirror": no heat mode."""
    areas = {"rumpus": HomeArea("rumpus", "Rumpus Room", (), ())}
    aircon = thermostat(
        "climate.rumpus", "Rumpus Aircon", "rumpus", areas, ("off", "cool", "heat")
    )
    home = Home(entities=(aircon,), areas=tuple(areas.values()))
    text = "Both the Rumpus Aircon up to 25 is freezing down mirror"
    clause = read(text, home, table_for("en")).clauses[0]
    assert clause.comfort
    grammar = build_grammar(shortlist(home, clause, ["Rumpus Room"]), clause)
    assert '"heat"' not in grammar
    # Said without a temperature, the cold still offers heating.
    clause = read("it's freezing down here", home, table_for("en")).clauses[0]
    grammar = build_grammar(shortlist(home, clause, ["Rumpus Room"]), clause)
    assert '"heat"' in grammar


def test_it_after_a_remark_on_the_cold_is_the_heating() -> None:
    """Said "Bit cold in here now, bump it up" in the bedroom: its aircon, warmer."""
    areas = {
        "bedroom": HomeArea("bedroom", "Main Bedroom", (), ()),
        "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
    }
    home = Home(
        entities=(
            thermostat(
                "climate.bedroom", "Bedroom Aircon", "bedroom", areas, ("off", "cool")
            ),
            home_entity(
                "media_player.kitchen",
                "Kitchen Speaker",
                "kitchen",
                areas,
                "speaker",
                attributes={"supported_features": 4 | 1024, "volume_level": 0.3},
            ),
        ),
        areas=tuple(areas.values()),
    )
    clause = read("Bit cold in here now, bump it up", home, table_for("en")).clauses[0]
    offered = shortlist(home, clause, ["Main Bedroom"])
    assert [e.entity_id for e in offered.entities] == ["climate.bedroom"]
    assert "volume" not in build_grammar(offered, clause)
