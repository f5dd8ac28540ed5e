"""Turn a validated call into Home Assistant service calls.

Values are checked here against what each device accepts; nothing outside the
device's range or modes is ever sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from homeassistant.components.light.const import (
    ATTR_MAX_COLOR_TEMP_KELVIN,
    ATTR_MIN_COLOR_TEMP_KELVIN,
)
from homeassistant.const import ATTR_TEMPERATURE

from .calls import WHITES, CallSpec, Value
from .capabilities import WORD_VALUES, degrees_range, resolve_option, value_options
from .home import HomeEntity

MAX_DEGREES_STEP = 10


class ActionError(Exception):
    """A call cannot be carried out; `reason` says why in a reply template key."""

    def __init__(self, reason: str, **details: Any) -> None:
        """Record the reason and details for the reply."""
        super().__init__(reason)
        self.reason = reason
        self.details = details


@dataclass(frozen=True, slots=True)
class ServiceCall:
    """One service call on one entity."""

    domain: str
    service: str
    entity: HomeEntity
    data: dict[str, Any] = field(default_factory=dict)


_SIMPLE: dict[str, tuple[str, str]] = {
    "light_on": ("light", "turn_on"),
    "light_off": ("light", "turn_off"),
    "light_toggle": ("light", "toggle"),
    "alarm_disarm": ("alarm_control_panel", "alarm_disarm"),
}
_VALUE_SERVICES: dict[str, tuple[str, str, str]] = {
    "light_level": ("light", "turn_on", "brightness_pct"),
    "light_step": ("light", "turn_on", "brightness_step_pct"),
    "light_color": ("light", "turn_on", "color_name"),
    "climate_mode": ("climate", "set_hvac_mode", "hvac_mode"),
    "climate_fan": ("climate", "set_fan_mode", "fan_mode"),
    "climate_preset": ("climate", "set_preset_mode", "preset_mode"),
}


def plan(
    spec: CallSpec, entity: HomeEntity, value: str | None, state_temperature: Any
) -> ServiceCall:
    """Return the service call for one entity, or raise ActionError."""
    if spec.name in _SIMPLE:
        domain, service = _SIMPLE[spec.name]
        return ServiceCall(domain, service, entity)
    if value is None:
        raise ActionError("missing_value")
    match spec.value:
        case Value.PERCENT | Value.PERCENT_STEP:
            number = _number(
                value, -100 if spec.value is Value.PERCENT_STEP else 0, 100
            )
            domain, service, key = _VALUE_SERVICES[spec.name]
            return ServiceCall(domain, service, entity, {key: round(number)})
        case Value.WHITE:
            return ServiceCall(
                "light",
                "turn_on",
                entity,
                {"color_temp_kelvin": _kelvin(entity, value)},
            )
        case Value.DEGREES | Value.DEGREES_STEP:
            return _temperature(spec, entity, value, state_temperature)
        case Value.ARM_MODE:
            mode = _check_option(spec, entity, value)
            return ServiceCall("alarm_control_panel", f"alarm_arm_{mode}", entity)
    option = _check_option(spec, entity, value)
    domain, service, key = _VALUE_SERVICES[spec.name]
    return ServiceCall(domain, service, entity, {key: option})


def _check_option(spec: CallSpec, entity: HomeEntity, value: str) -> str:
    options = value_options(spec, entity)
    option = resolve_option(value, options) if spec.value in WORD_VALUES else None
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
        raise ActionError("out_of_range", value=value, low=low, high=high)
    return number


def _kelvin(entity: HomeEntity, value: str) -> int:
    if value in WHITES:
        kelvin = WHITES[value]
    else:
        kelvin = round(_number(value, 1000, 10000))
    low = int(entity.attributes.get(ATTR_MIN_COLOR_TEMP_KELVIN) or kelvin)
    high = int(entity.attributes.get(ATTR_MAX_COLOR_TEMP_KELVIN) or kelvin)
    return min(max(kelvin, low), high)


def _temperature(
    spec: CallSpec, entity: HomeEntity, value: str, current: Any
) -> ServiceCall:
    allowed = degrees_range(entity)
    if spec.value is Value.DEGREES_STEP:
        step = _number(value, -MAX_DEGREES_STEP, MAX_DEGREES_STEP)
        if current is None:
            raise ActionError("no_current_temperature")
        target = min(max(float(current) + step, allowed.start), allowed.stop - 1)
    else:
        target = _number(value, allowed.start, allowed.stop - 1)
    return ServiceCall("climate", "set_temperature", entity, {ATTR_TEMPERATURE: target})
