"""Turn a validated call into Home Assistant service calls.

Values are checked here against what each device accepts; nothing outside the
device's range or modes is ever sent, and nothing the user did not say: a value out
of range is refused with the range in the reply, never moved into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
import math
from typing import Any, Final

from homeassistant.components.light.const import (
    ATTR_MAX_COLOR_TEMP_KELVIN,
    ATTR_MIN_COLOR_TEMP_KELVIN,
)
from homeassistant.const import STATE_OFF, STATE_UNAVAILABLE, STATE_UNKNOWN

from .actions import STEPS, Action, Service, Value
from .calls import WHITES
from .capabilities import (
    WORD_VALUES,
    degrees_range,
    resolve_option,
    service_for,
    value_options,
)
from .snapshot import HomeEntity

MAX_ITEM_CHARS: Final = 200


class ActionError(Exception):
    """A call cannot be carried out; `reason` says why in a reply template key."""

    def __init__(self, reason: str, **details: Any) -> None:
        """Record the reason and details for the reply."""
        super().__init__(reason)
        self.reason = reason
        self.details = details


@dataclass(frozen=True, slots=True)
class ServiceCall:
    """One service call on one entity, and the description it came from."""

    domain: str
    service: str
    entity: HomeEntity
    data: dict[str, Any] = field(default_factory=dict)
    source: Service | None = None


def plan(action: Action, entity: HomeEntity, value: str | None) -> ServiceCall:
    """Return the service call for one entity, or raise ActionError."""
    service = service_for(action, entity)
    if service is None:
        raise ActionError("unsupported_value", value=action.name)
    data = dict(service.data)
    name = service.service
    if action.value is not Value.NONE:
        if value is None:
            raise ActionError("missing_value")
        sent = _value(action, service, entity, value)
        if "{value}" in name:
            name = name.format(value=sent)
        elif service.key is not None:
            data[service.key] = sent
    return ServiceCall(service.domain, name, entity, data, service)


def waking(call: ServiceCall, state: str | None) -> ServiceCall:
    """Return a thermostat's step that also wakes it where it is off.

    "I'm freezing" (a step up) to a thermostat that is off means heating: the step
    alone changes a target that nothing acts on. A step down wakes its cooling.
    """
    source, entity = call.source, call.entity
    if source is None or source.relative is None or call.domain != "climate":
        return call
    current, target = (
        entity.attributes.get(source.relative),
        call.data.get(source.key or ""),
    )
    if state != "off" or current is None or target is None or target == current:
        return call
    mode = "heat" if target > current else "cool"
    if mode not in entity.attributes.get("hvac_modes", ()):
        return call
    return replace(call, data={**call.data, "hvac_mode": mode})


def is_on(state: str | None) -> bool:
    """Return whether a device's state says it is on: known, reachable, not off."""
    return state not in (None, STATE_OFF, STATE_UNAVAILABLE, STATE_UNKNOWN)


def needless(call: ServiceCall, state: str | None) -> bool:
    """Return whether the call would only change what nobody asked for.

    A thermostat told to turn on while it heats or cools is on already: Home
    Assistant's own turn-on, where the integration has none, picks a mode of its own
    ("run the fan on the upstairs thermostat" would switch its cooling to heat-cool).
    """
    return call.domain == "climate" and call.service == "turn_on" and is_on(state)


def _value(action: Action, service: Service, entity: HomeEntity, value: str) -> Any:
    """Return the value to send, checked against what the device accepts."""
    match action.value:
        case Value.PERCENT:
            low, high = _limits(service, entity, 0, 100)
            return _scaled(service, _number(value, low, high))
        case kind if kind in STEPS:
            step = _number(value, -action.max_step, action.max_step)
            if service.relative is None:
                return round(_left_on(service, entity, step))
            return _scaled(service, _relative(action, service, entity, step))
        case Value.DEGREES:
            allowed = degrees_range(entity)
            return _number(value, allowed.start, allowed.stop - 1)
        case Value.WHITE:
            return _kelvin(entity, value)
        case Value.ITEM:
            item = " ".join(value.split())
            if not item or len(item) > MAX_ITEM_CHARS:
                raise ActionError("bad_value", value=item[:40])
            return item
    return _check_option(action, entity, value)


def _limits(
    service: Service, entity: HomeEntity, low: float, high: float
) -> tuple[float, float]:
    if service.limits is None:
        return low, high
    attributes = entity.attributes
    return (
        float(attributes.get(service.limits[0], low)),
        float(attributes.get(service.limits[1], high)),
    )


def _scaled(service: Service, number: float) -> float | int:
    if service.scale == 1.0:
        return round(number) if float(number).is_integer() else number
    return round(number * service.scale, 4)


def _relative(
    action: Action, service: Service, entity: HomeEntity, step: float
) -> float:
    """Return the current setting moved by `step`, within the device's range."""
    current = entity.attributes.get(service.relative or "")
    if current is None:
        raise ActionError("no_current_value")
    if action.value is Value.DEGREES_STEP:
        allowed = degrees_range(entity)
        low, high = float(allowed.start), float(allowed.stop - 1)
    else:
        low, high = _limits(service, entity, 0, 100)
    target = float(current) / service.scale + step
    return min(max(target, low), high)


def _left_on(service: Service, entity: HomeEntity, step: float) -> float:
    """Return a step down that leaves the device at 1 % at least, never off."""
    current = entity.attributes.get(service.lowest[0]) if service.lowest else None
    if service.lowest is None or current is None or step >= 0:
        return step
    return min(0, max(step, math.ceil(1 - float(current) / service.lowest[1])))


def _check_option(action: Action, entity: HomeEntity, value: str) -> str:
    options = value_options(action, entity)
    option = resolve_option(value, options) if action.value in WORD_VALUES else None
    if value in options:
        option = value
    if option is None:
        raise ActionError("unsupported_value", value=value, options=list(options))
    return option


def _number(value: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except ValueError as err:
        raise ActionError("bad_value", value=value) from err
    if not low <= number <= high:
        raise ActionError(
            "out_of_range", value=value, low=_plain(low), high=_plain(high)
        )
    return number


def _plain(number: float) -> float | int:
    return int(number) if float(number).is_integer() else number


def _kelvin(entity: HomeEntity, value: str) -> int:
    if value in WHITES:
        kelvin = WHITES[value]
    else:
        kelvin = round(_number(value, 1000, 10000))
    low = int(entity.attributes.get(ATTR_MIN_COLOR_TEMP_KELVIN) or kelvin)
    high = int(entity.attributes.get(ATTR_MAX_COLOR_TEMP_KELVIN) or kelvin)
    return min(max(kelvin, low), high)
