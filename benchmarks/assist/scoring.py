"""Score a task the way the home-assistant-datasets benchmark does.

A task passes when every expected change happened, nothing else changed (apart from the
attributes `ignore_changes` names), the reply is not an error and, when the task lists
`expect_response`, the reply contains one of those strings (case-insensitive). A task
that expects no change passes only if nothing changed. Numbers match within a small
tolerance (brightness 50 % is 127 or 128 depending on rounding).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import enum
import math
from typing import Any

from homeassistant.core import HomeAssistant

from .dataset import Task

REL_TOLERANCE = 0.01
ABS_TOLERANCE = 0.01
# Attributes newer Home Assistant adds that only restate the state (covers, valves): the
# dataset predates them, so they are compared through the state alone.
DERIVED_ATTRIBUTES = frozenset({"is_closed"})
# A reply with this word is an error when a change was expected (the benchmark's rule).
ERROR_WORD = "sorry"

type Snapshot = dict[str, dict[str, Any]]


def plain(value: Any) -> Any:
    """Return `value` as JSON-friendly data (tuples and sets as lists, enums as values)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted(plain(item) for item in value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def snapshot(hass: HomeAssistant, entity_ids: list[str]) -> Snapshot:
    """Return each entity's state and attributes, flattened: {"state": ..., attr: ...}."""
    result: Snapshot = {}
    for entity_id in entity_ids:
        state = hass.states.get(entity_id)
        result[entity_id] = (
            {"state": state.state, **plain(dict(state.attributes))} if state else {}
        )
    return result


def same(expected: Any, got: Any) -> bool:
    """Return whether two values are equivalent (numbers within a tolerance)."""
    numbers = (int, float)
    if (
        isinstance(expected, numbers)
        and isinstance(got, numbers)
        and not isinstance(expected, bool)
        and not isinstance(got, bool)
    ):
        return math.isclose(expected, got, rel_tol=REL_TOLERANCE, abs_tol=ABS_TOLERANCE)
    if isinstance(expected, list) and isinstance(got, list):
        return len(expected) == len(got) and all(map(same, expected, got))
    return expected == got or (
        expected is not None and got is not None and str(expected) == str(got)
    )


def changes(before: Snapshot, after: Snapshot) -> dict[str, dict[str, list[Any]]]:
    """Return what changed: {entity_id: {key: [before, after]}}."""
    result: dict[str, dict[str, list[Any]]] = {}
    for entity_id, old in before.items():
        new = after.get(entity_id, {})
        diff = {
            key: [old.get(key), new.get(key)]
            for key in sorted(old.keys() | new.keys())
            if not same(old.get(key), new.get(key))
        }
        if diff:
            result[entity_id] = diff
    return result


def unexpected(task: Task, before: Snapshot, after: Snapshot) -> dict[str, Any]:
    """Return the differences between the home after the task and the expected home."""
    expected = {entity_id: dict(values) for entity_id, values in before.items()}
    for entity_id, change in task.expect_changes.items():
        if entity_id not in expected:
            return {entity_id: "expected to change but not in the home"}
        if change.state is not None:
            expected[entity_id]["state"] = change.state
        expected[entity_id].update(plain(change.attributes))
    result: dict[str, Any] = {}
    for entity_id, want in expected.items():
        got = after.get(entity_id, {})
        ignored = DERIVED_ATTRIBUTES | set(task.ignore_changes.get(entity_id, []))
        diff = {
            key: {"expected": want.get(key), "got": got.get(key)}
            for key in sorted(want.keys() | got.keys())
            if key not in ignored and not same(want.get(key), got.get(key))
        }
        if diff:
            result[entity_id] = diff
    return result


@dataclass(frozen=True, slots=True)
class Score:
    """The verdict on one task, with the reason when it failed."""

    passed: bool
    reason: str | None


def score(
    task: Task, before: Snapshot, after: Snapshot, reply: str, error: bool
) -> Score:
    """Score a task from the home before and after it, and the agent's reply."""
    if diff := unexpected(task, before, after):
        return Score(False, f"unexpected states: {diff}")
    if task.expect_changes and (error or ERROR_WORD in reply.lower()):
        return Score(False, "the reply is an error")
    if task.expect_response and not any(
        word.lower() in reply.lower() for word in task.expect_response
    ):
        return Score(False, f"the reply has none of {task.expect_response}")
    return Score(True, None)
