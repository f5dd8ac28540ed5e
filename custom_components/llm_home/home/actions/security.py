"""Alarm panels and locks: arming, and the sensitive disarm and unlock."""

from __future__ import annotations

from typing import Final

from .model import Action, Example, Sensitive, Service, Value

ACTIONS: Final = (
    Action(
        "alarm_arm",
        (Service("alarm_control_panel", "alarm_arm_{value}"),),
        Value.ARM_MODE,
        multi=False,
        examples=(Example(prefer=("night",)),),
    ),
    Action(
        "alarm_disarm",
        (
            Service(
                "alarm_control_panel",
                "alarm_disarm",
                sensitive=Sensitive("allow_disarm", "panel"),
            ),
        ),
        multi=False,
    ),
    Action("lock", (Service("lock", "lock"),), examples=(Example(),)),
    Action(
        "unlock",
        (Service("lock", "unlock", sensitive=Sensitive("allow_unlock", "pin")),),
    ),
)
