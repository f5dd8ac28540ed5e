"""Spoken replies: every sentence from the language's table, for results and states."""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.llm_home.agent.replies import join_names, reply_for
from custom_components.llm_home.language import ENGLISH


def _state(**state: Any) -> dict[str, Any]:
    return {"action": "state", "states": [{"name": "Thing", **state}]}


@pytest.mark.parametrize(
    ("result", "is_error", "reply"),
    [
        (
            {"action": "turn_on", "targets": ["Kitchen Lights"]},
            False,
            "Turned on the Kitchen Lights.",
        ),
        (
            {"action": "volume_step", "targets": ["A", "B", "C"], "value": "-10"},
            False,
            "Turned the A, the B and the C down.",
        ),
        (
            {"action": "turn_off", "targets": ["A"], "sent": ["B", "C"]},
            False,
            "Turned off the A. Sent the command to the B and the C.",
        ),
        (
            {
                "action": "climate_temp",
                "states": [{"name": "Hvac", "temperature": 22.0, "unit": "°C"}],
            },
            False,
            "Set the Hvac to 22 °C.",
        ),
        (_state(domain="light", state="off"), False, "The Thing is off."),
        (
            _state(domain="alarm_control_panel", state="armed_away"),
            False,
            "The Thing is armed in away mode.",
        ),
        (
            _state(domain="binary_sensor", state="on", device_class="moisture"),
            False,
            "The Thing is wet.",
        ),
        (
            _state(
                domain="climate",
                state="heat",
                current_temperature=20.5,
                temperature=21.0,
                unit="°C",
            ),
            False,
            "The Thing is set to heat, the temperature is 20.5 °C, the target is 21 °C.",
        ),
        (
            _state(domain="media_player", state="playing", media_title="Song"),
            False,
            "The Thing is playing Song.",
        ),
        (
            _state(domain="todo", state="1", items=["milk"]),
            False,
            "The Thing has 1 item: milk.",
        ),
        (
            _state(domain="todo", state="2", items=["milk", "eggs"]),
            False,
            "The Thing has 2 items: milk, eggs.",
        ),
        (
            {"action": "alarm_arm", "targets": ["Home Alarm"], "value": "away"},
            False,
            "Armed the Home Alarm in away mode.",
        ),
        (
            {"error": "unknown_target", "name": "Toaster"},
            True,
            "Sorry, I don't know a device called Toaster.",
        ),
        ({"error": "mystery"}, True, "Sorry, something went wrong. Please try again."),
        # A template whose value is missing: the general failure, never an exception.
        (
            {"error": "out_of_range"},
            True,
            "Sorry, something went wrong. Please try again.",
        ),
    ],
)
def test_replies(result: dict[str, Any], is_error: bool, reply: str) -> None:
    """Replies are plain sentences for actions, answers and errors."""
    assert reply_for(result, is_error, ENGLISH) == reply


def test_names_are_listed_with_the_table_words() -> None:
    """One name, two, or more: "the A, the B and the C"."""
    assert join_names(["a"], "and", ENGLISH) == "the a"
    assert join_names(["a", "b"], "or", ENGLISH) == "the a or the b"
    assert join_names(["a", "b", "c"], "and", ENGLISH) == "the a, the b and the c"
