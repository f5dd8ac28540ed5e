"""The shape of an action description: what the model writes and how it is carried out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final


class Value(StrEnum):
    """The kind of the value argument that follows the targets."""

    NONE = "none"
    PERCENT = "percent"  # 0..100, or the device's own range
    PERCENT_STEP = "percent_step"  # +N or -N
    COLOR = "color"
    WHITE = "white"  # warm, neutral, cool
    DEGREES = "degrees"  # within the device's range
    DEGREES_STEP = "degrees_step"  # +N or -N
    HVAC_MODE = "hvac_mode"
    FAN_MODE = "fan_mode"
    PRESET = "preset"
    ARM_MODE = "arm_mode"
    ITEM = "item"  # words the user said, e.g. a to-do item
    SOURCE = "source"  # a media player's input, from its source list
    VACUUM_SPEED = "vacuum_speed"  # a vacuum's suction, from its fan speed list


STEPS: Final = frozenset({Value.PERCENT_STEP, Value.DEGREES_STEP})


@dataclass(frozen=True, slots=True)
class Sensitive:
    """An action that can do harm: off unless an option allows it, and it needs a code.

    `code` is "panel" (the alarm's own code, checked by the panel) or "pin" (the voice
    PIN from the options, checked here). `classes` limits it to these device classes.
    """

    option: str
    code: str
    classes: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Service:
    """How an action is carried out on one domain, and what the device needs for it."""

    domain: str
    service: str  # "{value}" is replaced by the value (alarm_arm_{value})
    key: str | None = None  # the service-data key the value goes to
    feature: int = 0  # supported_features bits the device needs
    data: Mapping[str, Any] = field(default_factory=dict)
    scale: float = 1.0  # value as said * scale = value sent (volume 50 -> 0.5)
    limits: tuple[str, str] | None = None  # attributes with the value's min and max
    relative: str | None = None  # steps change this attribute (volume_level)
    # A step down leaves this attribute (its units per percent) at 1 % at least: "dim
    # the night light a bit" never turns it off.
    lowest: tuple[str, float] | None = None
    check: Callable[[Mapping[str, Any]], bool] | None = (
        None  # more needs, on attributes
    )
    sensitive: Sensitive | None = None
    # The value names an item already on the list (to-do lists): it is matched to
    # one of the list's open items before the call, never sent as said.
    listed: bool = False


@dataclass(frozen=True, slots=True)
class Example:
    """A request and the call it becomes, written with a device of the home.

    Its words are the language's (`ActionWords.examples`, in the same order), said
    with {target} (the device, or an area for target="area") and {value}.
    `value` is the value written; None picks one the device accepts (`prefer` first).
    """

    value: str | None = None
    target: str = "device"  # "device", "area" (an area with such devices), "pair"
    prefer: tuple[str, ...] = ()
    domain: str | None = None  # only devices of this domain


@dataclass(frozen=True, slots=True)
class Action:
    """One call the model can write.

    Its words (what asks for it, its usage, reply and examples' requests) are each
    language's, keyed by `name` (language/, `Language.action`).
    """

    name: str
    services: tuple[Service, ...]
    value: Value = Value.NONE
    multi: bool = True  # several targets or areas allowed
    examples: tuple[Example, ...] = ()
    default_steps: tuple[str, ...] = ()  # steps for "a bit ..." when no number is said
    max_step: int = 100
    # Said by its verb with another call's value, it is done as well: "run the vacuum
    # on max" starts it and sets its suction. (A value said otherwise takes a call
    # without one away: "open the blinds halfway" never opens them all the way.)
    with_a_value: bool = False

    @property
    def domains(self) -> frozenset[str]:
        """Return the domains whose devices can take this action."""
        return frozenset(service.domain for service in self.services)

    @property
    def read_only(self) -> bool:
        """Return whether the action only reads state."""
        return not self.services
