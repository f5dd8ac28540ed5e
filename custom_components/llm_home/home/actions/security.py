"""Alarm panels and locks: arming, and the sensitive disarm and unlock."""

from __future__ import annotations

from typing import Final

from .model import Action, Example, Sensitive, Service, Value, words

ACTIONS: Final = (
    Action(
        "alarm_arm",
        "arm the alarm",
        (Service("alarm_control_panel", "alarm_arm_{value}"),),
        Value.ARM_MODE,
        "Armed {targets} in {value} mode.",
        offered_when=words("arm arming"),
        multi=False,
        words=words("arm alarm security away night vacation"),
        examples=(Example("arm the {target} in {value} mode", prefer=("night",)),),
    ),
    Action(
        "alarm_disarm",
        "disarm the alarm",
        (
            Service(
                "alarm_control_panel",
                "alarm_disarm",
                sensitive=Sensitive("allow_disarm", "panel"),
            ),
        ),
        reply="Disarmed {targets}.",
        offered_when=words("disarm disarmed disarming off"),
        multi=False,
        words=words("disarm alarm security"),
    ),
    Action(
        "lock",
        "lock locks",
        (Service("lock", "lock"),),
        reply="Locked {targets}.",
        words=words("lock"),
        examples=(Example("lock the {target}"),),
    ),
    Action(
        "unlock",
        "unlock locks",
        (Service("lock", "unlock", sensitive=Sensitive("allow_unlock", "pin")),),
        reply="Unlocked {targets}.",
        offered_when=words("unlock unlocked unbolt open"),
        words=words("unlock"),
    ),
)
