"""Everything the assistant can do, described once per action.

Each action names the call the model writes, the value it takes, the Home Assistant
services it maps to per domain (with the features and device classes they need), and
the examples that teach it. Its words (what asks for it, its usage, its reply and the
examples' requests) are each language's, keyed by the action's name (language/). The
call language and grammar (calls.py, grammar.py), the prompt (prompt.py), the service
calls (services.py), the replies (replies.py), the shortlist and the speech
recognizer's vocabulary are all derived from these tables: adding a kind of device is
adding a module here and its words to each language.
"""

from __future__ import annotations

from typing import Final

from . import appliances, basics, climate, covers, lights, media, security
from .model import STEPS, Action, Example, Sensitive, Service, Value

__all__ = [
    "ACTIONS",
    "CONTROL_DOMAINS",
    "ITEM_DOMAINS",
    "ROAMING_DOMAINS",
    "STEPS",
    "Action",
    "Example",
    "Sensitive",
    "Service",
    "Value",
    "action_named",
]

# In the order the examples are shown: a small model copies the most recent pattern,
# so the most common commands (lights on and off) come last.
ACTIONS: Final = (
    *security.ACTIONS,
    *covers.ACTIONS,
    *appliances.ACTIONS,
    *media.ACTIONS,
    *climate.ACTIONS,
    *basics.QUESTIONS,
    *lights.ACTIONS,
    *basics.SWITCHING,
)
_ACTION_INDEX: Final = {action.name: action for action in ACTIONS}
assert len(_ACTION_INDEX) == len(ACTIONS)  # noqa: S101
CONTROL_DOMAINS: Final = tuple(
    sorted({domain for action in ACTIONS for domain in action.domains})
)
# Domains whose actions take the user's own words (a to-do item).
ITEM_DOMAINS: Final = frozenset(
    domain
    for action in ACTIONS
    if action.value is Value.ITEM
    for domain in action.domains
)

# Devices that work beyond the area they are in: a robot vacuum docked in the hall
# cleans the kitchen, a mower kept in the garage mows the lawn.
ROAMING_DOMAINS: Final = frozenset({"vacuum", "lawn_mower"})


def action_named(name: str) -> Action | None:
    """Return the action the model's call names."""
    return _ACTION_INDEX.get(name)
