"""Working entities for the benchmark's homes: switches, lights, fans, covers, valves, locks, sensors.

Each entity starts from its fixture and can be put back into any state (`load`), and
its services really change its state, the way a real device would report the result.
"""

from __future__ import annotations

from typing import Any, ClassVar

from homeassistant.components.binary_sensor import BinarySensorEntity
from homeassistant.components.cover import (
    ATTR_POSITION,
    CoverEntity,
    CoverEntityFeature,
)
from homeassistant.components.fan import FanEntity
from homeassistant.components.fan.const import FanEntityFeature
from homeassistant.components.light import LightEntity
from homeassistant.components.light.const import (
    ATTR_BRIGHTNESS,
    ATTR_COLOR_TEMP_KELVIN,
    ATTR_HS_COLOR,
    ColorMode,
)
from homeassistant.components.lock import LockEntity
from homeassistant.components.lock.const import LockEntityFeature
from homeassistant.components.sensor import SensorEntity
from homeassistant.components.switch import SwitchEntity
from homeassistant.components.valve.const import ValveEntityFeature
from homeassistant.components.valve.entity import ValveEntity
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.entity import Entity

from .dataset import EntityState, FixtureEntity

BENCH_DOMAIN = "bench_home"
# Attributes every entity class reads itself (or HA derives), never copied as extra attributes.
_COMMON = frozenset({"supported_features", "device_class", "friendly_name"})


class BenchEntity(Entity):
    """An entity of a benchmark home, loaded from its fixture."""

    _attr_should_poll = False
    # Attributes this class turns into its own properties.
    HANDLED: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, fixture: FixtureEntity) -> None:
        """Name the entity as the fixture does and load its starting state."""
        self.entity_id = fixture.entity_id
        self._attr_unique_id = fixture.entity_id
        self._attr_name = fixture.name
        if fixture.device:
            self._attr_device_info = DeviceInfo(
                identifiers={(BENCH_DOMAIN, fixture.device)}
            )
        self.load(fixture.initial)

    def load(self, state: EntityState) -> None:
        """Set every value this entity reports from `state`."""
        attrs = state.attributes
        self._attr_device_class = attrs.get("device_class")
        self._attr_extra_state_attributes = {
            key: value
            for key, value in attrs.items()
            if key not in _COMMON and key not in self.HANDLED
        }
        self._load(state.state, attrs)

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        """Set the domain's own values."""
        raise NotImplementedError

    def _assign(self, **values: Any) -> None:
        """Set `_attr_<name>` for each value."""
        for key, value in values.items():
            setattr(self, f"_attr_{key}", value)

    def _set(self, **values: Any) -> None:
        """Set `_attr_<name>` for each value and write the new state."""
        self._assign(**values)
        self.async_write_ha_state()

    def features(self, attrs: dict[str, Any], default: int) -> int:
        """Return the fixture's supported features, or `default` where it names none."""
        return int(attrs.get("supported_features", default))


class BenchSwitch(BenchEntity, SwitchEntity):
    """A switch."""

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        self._attr_is_on = state == "on"

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Turn on."""
        self._set(is_on=True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Turn off."""
        self._set(is_on=False)


class BenchLight(BenchEntity, LightEntity):
    """A light with the fixture's colour modes."""

    HANDLED = frozenset(
        {
            "brightness",
            "color_mode",
            "supported_color_modes",
            "hs_color",
            "color_temp_kelvin",
            "min_color_temp_kelvin",
            "max_color_temp_kelvin",
            "rgb_color",
            "xy_color",
        }
    )

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        modes = {ColorMode(mode) for mode in attrs.get("supported_color_modes") or []}
        if not modes:
            modes = {ColorMode.BRIGHTNESS if "brightness" in attrs else ColorMode.ONOFF}
        mode = attrs.get("color_mode")
        if isinstance(mode, list):  # some fixtures write the mode as a list
            mode = mode[0] if mode else None
        self._attr_supported_color_modes = modes
        self._attr_color_mode = ColorMode(mode) if mode in modes else min(modes)
        # As in the benchmark's synthetic_home light, a brightness above 0 means on,
        # whatever the state says. A task's setup of `state: "off"` without a brightness
        # keeps the fixture's brightness, so the light stays on there: a "turn on" then
        # changes nothing and the expected home (taken after the setup) has the
        # brightness. Reading "off" as off dropped the brightness from the expected home
        # and failed every correct "turn on" of such a light.
        brightness = attrs.get("brightness")
        self._attr_is_on = state == "on" or bool(brightness and brightness > 0)
        self._attr_brightness = brightness
        hs = attrs.get("hs_color")
        self._attr_hs_color = (float(hs[0]), float(hs[1])) if hs else None
        self._attr_color_temp_kelvin = attrs.get("color_temp_kelvin")
        self._attr_min_color_temp_kelvin = attrs.get("min_color_temp_kelvin", 2000)
        self._attr_max_color_temp_kelvin = attrs.get("max_color_temp_kelvin", 6500)

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Turn on, with the brightness or colour asked for."""
        self._attr_is_on = True
        if ATTR_BRIGHTNESS in kwargs:
            self._attr_brightness = kwargs[ATTR_BRIGHTNESS]
        if ATTR_HS_COLOR in kwargs:
            self._attr_hs_color = kwargs[ATTR_HS_COLOR]
            self._attr_color_mode = ColorMode.HS
        if ATTR_COLOR_TEMP_KELVIN in kwargs:
            self._attr_color_temp_kelvin = kwargs[ATTR_COLOR_TEMP_KELVIN]
            self._attr_color_mode = ColorMode.COLOR_TEMP
        self.async_write_ha_state()

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Turn off."""
        self._set(is_on=False)


class BenchFan(BenchEntity, FanEntity):
    """A fan: on means a speed above zero."""

    HANDLED = frozenset(
        {"percentage", "oscillating", "direction", "preset_mode", "preset_modes"}
    )

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        on = state == "on"
        self._attr_supported_features = FanEntityFeature(
            self.features(attrs, FanEntityFeature.SET_SPEED)
            | FanEntityFeature.TURN_ON
            | FanEntityFeature.TURN_OFF
        )
        self._attr_percentage = (attrs.get("percentage") or 100) if on else 0
        self._attr_oscillating = attrs.get("oscillating")
        self._attr_current_direction = attrs.get("direction")
        self._attr_preset_mode = attrs.get("preset_mode")
        self._attr_preset_modes = attrs.get("preset_modes")

    async def async_turn_on(
        self,
        percentage: int | None = None,
        preset_mode: str | None = None,
        **kwargs: Any,
    ) -> None:
        """Turn on at the speed asked for, full speed otherwise."""
        self._attr_percentage = percentage or self._attr_percentage or 100
        if preset_mode is not None:
            self._attr_preset_mode = preset_mode
        self.async_write_ha_state()

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Turn off."""
        self._set(percentage=0)

    async def async_set_percentage(self, percentage: int) -> None:
        """Set the speed."""
        self._set(percentage=percentage)

    async def async_oscillate(self, oscillating: bool) -> None:
        """Start or stop oscillating."""
        self._set(oscillating=oscillating)

    async def async_set_direction(self, direction: str) -> None:
        """Set the direction."""
        self._set(current_direction=direction)

    async def async_set_preset_mode(self, preset_mode: str) -> None:
        """Set the preset."""
        self._set(preset_mode=preset_mode)


class BenchCover(BenchEntity, CoverEntity):
    """A cover that moves at once: open, closed or at a position."""

    HANDLED = frozenset({"current_position"})

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        position = attrs.get("current_position")
        default = CoverEntityFeature.OPEN | CoverEntityFeature.CLOSE
        if position is not None:
            default |= CoverEntityFeature.SET_POSITION
        self._attr_supported_features = CoverEntityFeature(
            self.features(attrs, default)
        )
        self._attr_current_cover_position = position
        self._attr_is_closed = state not in ("open", "opening")

    def _move(self, position: int) -> None:
        if self._attr_current_cover_position is not None or position not in (0, 100):
            self._attr_current_cover_position = position
        self._set(is_closed=position == 0)

    async def async_open_cover(self, **kwargs: Any) -> None:
        """Open."""
        self._move(100)

    async def async_close_cover(self, **kwargs: Any) -> None:
        """Close."""
        self._move(0)

    async def async_set_cover_position(self, **kwargs: Any) -> None:
        """Move to a position."""
        self._move(kwargs[ATTR_POSITION])

    async def async_stop_cover(self, **kwargs: Any) -> None:
        """Stop (it never moves for long)."""


class BenchValve(BenchEntity, ValveEntity):
    """A valve that moves at once; with `reports_position`, its state follows the position."""

    HANDLED = frozenset({"current_position", "reports_position"})

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        position = attrs.get("current_position")
        self._attr_reports_position = bool(
            attrs.get("reports_position", position is not None)
        )
        default = ValveEntityFeature.OPEN | ValveEntityFeature.CLOSE
        self._attr_supported_features = ValveEntityFeature(
            self.features(attrs, default)
        )
        if self._attr_reports_position:
            if state == "open" and not position:
                position = 100
            elif state == "closed":
                position = 0
        self._attr_current_valve_position = position
        self._attr_is_closed = state != "open" if state is not None else not position

    def _move(self, position: int) -> None:
        if self._attr_reports_position:
            self._attr_current_valve_position = position
        self._set(is_closed=position == 0)

    async def async_open_valve(self) -> None:
        """Open."""
        self._move(100)

    async def async_close_valve(self) -> None:
        """Close."""
        self._move(0)

    async def async_set_valve_position(self, position: int) -> None:
        """Move to a position."""
        self._move(position)

    async def async_stop_valve(self) -> None:
        """Stop (it never moves for long)."""


def _lock_flags(state: str) -> dict[str, bool]:
    """Return a lock's flags for a state (locked, unlocked, open, jammed)."""
    return {
        "is_locked": state == "locked",
        "is_open": state == "open",
        "is_jammed": state == "jammed",
    }


class BenchLock(BenchEntity, LockEntity):
    """A lock."""

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        self._attr_supported_features = LockEntityFeature(self.features(attrs, 0))
        self._assign(**_lock_flags(state or "locked"))

    async def async_lock(self, **kwargs: Any) -> None:
        """Lock."""
        self._set(**_lock_flags("locked"))

    async def async_unlock(self, **kwargs: Any) -> None:
        """Unlock."""
        self._set(**_lock_flags("unlocked"))

    async def async_open(self, **kwargs: Any) -> None:
        """Open the door."""
        self._set(**_lock_flags("open"))


def _number(value: str | None) -> str | int | float | None:
    """Return a sensor state as a number where it is one."""
    if value is None:
        return None
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


class BenchSensor(BenchEntity, SensorEntity):
    """A sensor: its state is its value."""

    HANDLED = frozenset(
        {"native_unit_of_measurement", "unit_of_measurement", "state_class"}
    )

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        self._attr_native_value = _number(state)
        self._attr_native_unit_of_measurement = attrs.get(
            "native_unit_of_measurement", attrs.get("unit_of_measurement")
        )
        self._attr_state_class = attrs.get("state_class")


class BenchBinarySensor(BenchEntity, BinarySensorEntity):
    """A binary sensor."""

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        self._attr_is_on = state == "on"
