"""The numbers a request says: the only values the model may use."""

from __future__ import annotations

import pytest

from custom_components.llm_home.grammar import said_numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("set the hvac to 23 degrees", {"23"}),
        ("set the hvac to twenty-two degrees", {"22"}),
        ("dim the lights to fifty percent", {"50"}),
        ("set it to seventy five and then nine", {"75", "9"}),
        ("a bit brighter", set()),
        ("one hundred percent", {"1", "100"}),
    ],
)
def test_said_numbers(text: str, numbers: set[str]) -> None:
    """Numbers said in digits or in words are found; nothing else is."""
    assert said_numbers(text) == numbers


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
    assert said_numbers(text, ["Bedroom 1", "Fan 2", "Bedroom Fan"]) == numbers
