"""Reading the fields of a request payload, with their JSON types checked."""

from __future__ import annotations

from typing import Any


class PayloadError(Exception):
    """The request's payload lacks a field or has one of the wrong type."""


def get(
    payload: dict[str, Any],
    key: str,
    kinds: type | tuple[type, ...],
    default: Any = ...,
) -> Any:
    """Return a payload field of a JSON type; a missing or null one gives the default.

    Booleans are not numbers here, although Python counts them as ints.
    """
    value = payload.get(key)
    if value is None and default is not ...:
        return default
    if isinstance(value, bool) is not (kinds is bool) or not isinstance(value, kinds):
        raise PayloadError(f"field {key!r} is missing or has the wrong type")
    return value


def strings(payload: dict[str, Any], key: str) -> list[str]:
    """Return a payload field that must be a list of strings (missing means empty)."""
    value = payload.get(key) or []
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise PayloadError(f"field {key!r} must be a list of strings")
    return value
