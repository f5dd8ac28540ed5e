"""The devices llm_home's agent offered the model for this request: all a name may mean.

The agent shows the model only the devices the words name (shortlist.py), and the
grammar's group names ("All blinds", "Kitchen lights") stand for those devices alone.
The agent sets them here around its tool calls (tool calls run in tasks that inherit
them); the tools then resolve every name among them, never against the whole home.
Another agent calling the LLM API offers nothing, and its names mean what they say in
the whole exposed home.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_offered: ContextVar[frozenset[str] | None] = ContextVar(
    "llm_home_offered_devices", default=None
)


@contextmanager
def offered_devices(entity_ids: Collection[str] | None) -> Iterator[None]:
    """Limit the names of the tool calls made in the block to these entities."""
    token = _offered.set(None if entity_ids is None else frozenset(entity_ids))
    try:
        yield
    finally:
        _offered.reset(token)


def current_offer() -> frozenset[str] | None:
    """Return the entities offered for this request (None: no agent of ours offered)."""
    return _offered.get()
