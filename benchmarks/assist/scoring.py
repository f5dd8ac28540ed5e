"""Score a task exactly the way the home-assistant-datasets benchmark does.

The official harness (home_assistant_datasets 0.3.0: `entity_state/diff.py`,
`tool/assist/collect/test_collect.py`, `tool/assist/eval/test_eval.py`) works like this:

- States are checked only when the task's `expect_changes` is non-empty. The expected home
  is the home right after the setup with the expected state and attributes laid over it;
  every entity must then equal it, apart from the attributes `ignore_changes` names. The
  reply must not contain "Sorry" (case-sensitive: "sorry" passes).
- When `expect_changes` is empty nothing about states is checked, whatever changed.
- When `expect_response` is given, the reply must contain one of its strings (any case).

Differences from what this module did before, each of which changed verdicts:
- Values compare exactly (`==`, or equal `str()`), never within a tolerance: a brightness
  of 127 where 128 is expected fails.
- A tuple on either side always compares equal: the official `compare_state` overwrites
  the other value with a copy of the first (`other_v = list(v)`), so colour attributes
  that HA reports as tuples (hs_color, rgb_color, xy_color) are never really compared.
  Snapshots keep tuples as tuples for this.
- Only the reply's text counts: an error response that does not say "Sorry" passes.
  The sets translated into other languages (benchmarks/languages/) have no "Sorry":
  there a refusal is known by the response being an error (`refused`), which fails a
  state task just as "Sorry" does in English.
- A task that expects no change but has `expect_response` is scored on the reply alone.

One deliberate difference: the `is_closed` attribute that newer Home Assistant gives
covers and valves (absent in the HA releases the published reports ran on) only restates
the state, so it is compared through the state alone, as it was then.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import enum
from typing import Any

from homeassistant.core import HomeAssistant

from .dataset import EntityState, Task

# The official check: a reply containing this (case-sensitive) fails a state task.
ERROR_WORD = "Sorry"
# Attributes newer Home Assistant adds that only restate the state (covers, valves).
DERIVED_ATTRIBUTES = frozenset({"is_closed"})

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


def _value(value: Any) -> Any:
    """Return `value` as plain data, a tuple still a tuple (see the module's notes)."""
    if isinstance(value, tuple):
        return tuple(plain(item) for item in value)
    return plain(value)


def snapshot(hass: HomeAssistant, entity_ids: list[str]) -> Snapshot:
    """Return each entity's state and attributes, flattened: {"state": ..., attr: ...}."""
    result: Snapshot = {}
    for entity_id in entity_ids:
        state = hass.states.get(entity_id)
        result[entity_id] = (
            {
                "state": state.state,
                **{str(key): _value(item) for key, item in state.attributes.items()},
            }
            if state
            else {}
        )
    return result


def same(expected: Any, got: Any) -> bool:
    """Return whether two values are equivalent, as the official `compare_state` decides."""
    if isinstance(expected, tuple) or isinstance(got, tuple):
        return True
    return bool(expected == got) or str(expected) == str(got)


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


def expected_values(change: EntityState) -> dict[str, Any]:
    """Return an expected change flattened like a snapshot: {"state": ..., attr: ...}."""
    values: dict[str, Any] = {} if change.state is None else {"state": change.state}
    values.update(plain(change.attributes))
    return values


def unexpected(task: Task, before: Snapshot, after: Snapshot) -> dict[str, Any]:
    """Return the differences between the home after the task and the expected home."""
    expected = {entity_id: dict(values) for entity_id, values in before.items()}
    for entity_id, change in task.expect_changes.items():
        if entity_id not in expected:
            return {entity_id: "expected to change but not in the home"}
        expected[entity_id].update(expected_values(change))
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


def check_states(
    task: Task, before: Snapshot, after: Snapshot, reply: str, refused: bool = False
) -> str | None:
    """Return why the official `test_expected_states` fails, None if it passes or skips."""
    if not task.expect_changes:
        return None
    if diff := unexpected(task, before, after):
        return f"unexpected states: {diff}"
    if ERROR_WORD in reply:
        return f"the reply says {ERROR_WORD!r}"
    if refused:
        return "the reply is an error"
    return None


def check_response(task: Task, reply: str) -> str | None:
    """Return why the official `test_expect_response` fails, None if it passes or skips."""
    if task.expect_response and not any(
        word.lower() in reply.lower() for word in task.expect_response
    ):
        return f"the reply has none of {task.expect_response}"
    return None


def score(
    task: Task, before: Snapshot, after: Snapshot, reply: str, refused: bool = False
) -> Score:
    """Score a task from the home before and after it and the agent's reply.

    The official report has one row per check that applies; a task passes here when all
    of them pass. `refused`: the reply is an error in a language without "Sorry".
    """
    reason = check_states(task, before, after, reply, refused) or check_response(
        task, reply
    )
    return Score(reason is None, reason)
