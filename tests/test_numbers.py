"""The numbers and value words a request says: the only values the model may use."""

from __future__ import annotations

import pytest

from .home_entities import home_entity
from .reading import read_clause
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.home.snapshot import Home

THERMOSTAT = home_entity(
    "climate.heat_pump",
    "Heat Pump",
    None,
    {},
    attributes={
        "hvac_modes": ["off", "heat", "cool", "heat_cool"],
        "preset_modes": ["eco", "comfort"],
        "min_temp": 7,
        "max_temp": 30,
        "supported_features": 1 | 16 | 128 | 256,
    },
)
LAMP = home_entity(
    "light.desk_lamp",
    "Desk Lamp",
    None,
    {},
    attributes={"supported_color_modes": ["hs", "color_temp"]},
)
# Devices whose names hold numbers.
NAMED = Home(
    entities=tuple(
        home_entity(f"fan.{name.casefold().replace(' ', '_')}", name, None, {})
        for name in ("Bedroom 1", "Fan 2", "Bedroom Fan")
    ),
    areas=(),
)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("set the hvac to 23 degrees", {"23"}),
        ("set the hvac to twenty-two degrees", {"22"}),
        ("dim the lights to fifty percent", {"50"}),
        ("set it to seventy five and then nine", {"75", "9"}),
        ("a bit brighter", set()),
        ("one hundred percent", {"1", "100"}),
        ("set the thermostat to 21.5 degrees", {"21.5"}),
        ("set it to twenty one point five", {"21.5"}),
        ("half brightness", {"50"}),
        # A time of day is no value: "…, he's asleep till four o'clock".
        ("keep the porch light on till eleven o'clock", set()),
        ("set it to 20 till 6 30 pm", {"20"}),
    ],
)
def test_said_numbers(text: str, numbers: set[str]) -> None:
    """Numbers said in digits or in words are found; nothing else is."""
    assert read_clause(text).numbers == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("turn on the bedroom 1 fan", set()),
        ("set the Fan 2 to 40 percent", {"40"}),
        ("set bedroom 1 to 21", {"21"}),
    ],
)
def test_numbers_in_names_are_no_values(text: str, numbers: set[str]) -> None:
    """A number that is part of a device's or area's name is not a value said."""
    assert read_clause(text, NAMED).numbers == numbers


def _grammar(text: str) -> str:
    home = Home(entities=(THERMOSTAT, LAMP), areas=())
    return build_grammar(home, read_clause(text, home))


def test_mode_and_colour_words_must_be_said() -> None:
    """A mode, preset or colour the user did not say cannot be written."""
    grammar = _grammar("set the heat pump to 19 degrees")
    assert "climate_mode(" not in grammar
    assert "climate_preset(" not in grammar
    assert '"19"' in grammar
    assert "light_color(" not in _grammar("make the desk lamp cosy")

    cooling = _grammar("switch the heat pump to cooling")
    assert '"cool"' in cooling
    assert '"off"' not in cooling
    assert '"eco"' in _grammar("put the heat pump on eco")
    blue = _grammar("make the desk lamp blue")
    assert '"blue"' in blue
    assert '"red"' not in blue


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        # Heard for "set the thermostat to twenty and a half": 50 degrees was set.
        ("set the heat pump to empty end of half", None),
        ("set the heat pump to twenty and a half", '"20.5"'),
        ("set the heat pump to 21", '"21"'),
    ],
)
def test_a_fraction_is_no_temperature(text: str, degrees: str | None) -> None:
    """Said "half" of a thermostat: half of a light, never 50 degrees."""
    grammar = _grammar(text)
    if degrees is None:
        assert "climate_temp(" not in grammar
    else:
        assert degrees in grammar


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Belfast: "up full" had offered no call at all (100 read as a step).
        ("put the desk lamp up full", '"100"'),
        ("put the desk lamp halfway down", '"50"'),
    ],
)
def test_a_fraction_after_a_way_is_where_it_ends(text: str, value: str) -> None:
    """A fraction after a way ("up full", "halfway down") is a level, never a step."""
    grammar = _grammar(text)
    level = next(
        line for line in grammar.splitlines() if line.startswith("light-level ::=")
    )
    assert value in level
