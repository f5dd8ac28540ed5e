"""Working entities with modes: climate, alarm panels, media players, vacuums and to-do lists."""

from __future__ import annotations

from typing import Any
import uuid

from homeassistant.components.alarm_control_panel import AlarmControlPanelEntity
from homeassistant.components.alarm_control_panel.const import (
    AlarmControlPanelEntityFeature,
    AlarmControlPanelState,
    CodeFormat,
)
from homeassistant.components.climate import ClimateEntity
from homeassistant.components.climate.const import (
    ATTR_HVAC_MODE,
    ATTR_TARGET_TEMP_HIGH,
    ATTR_TARGET_TEMP_LOW,
    ClimateEntityFeature,
    HVACMode,
)
from homeassistant.components.media_player import MediaPlayerEntity
from homeassistant.components.media_player.const import (
    MediaPlayerEntityFeature,
    MediaPlayerState,
)
from homeassistant.components.todo.const import TodoItemStatus, TodoListEntityFeature
from homeassistant.components.todo.entity import TodoItem, TodoListEntity
from homeassistant.components.vacuum import StateVacuumEntity
from homeassistant.components.vacuum.const import VacuumActivity, VacuumEntityFeature
from homeassistant.const import ATTR_TEMPERATURE
from homeassistant.exceptions import ServiceValidationError

from .entities import BenchEntity

# The volume of a media player whose fixture names none (synthetic_home's default).
DEFAULT_VOLUME = 0.5

_CLIMATE_VALUES = {
    "temperature": "_attr_target_temperature",
    "current_temperature": "_attr_current_temperature",
    "target_temp_high": "_attr_target_temperature_high",
    "target_temp_low": "_attr_target_temperature_low",
    "humidity": "_attr_target_humidity",
    "current_humidity": "_attr_current_humidity",
    "fan_mode": "_attr_fan_mode",
    "fan_modes": "_attr_fan_modes",
    "preset_mode": "_attr_preset_mode",
    "preset_modes": "_attr_preset_modes",
    "swing_mode": "_attr_swing_mode",
    "swing_modes": "_attr_swing_modes",
    "target_temp_step": "_attr_target_temperature_step",
}
# Features a climate fixture implies by the attributes it has, where it lists none.
_CLIMATE_FEATURES = {
    "temperature": ClimateEntityFeature.TARGET_TEMPERATURE,
    "target_temp_high": ClimateEntityFeature.TARGET_TEMPERATURE_RANGE,
    "humidity": ClimateEntityFeature.TARGET_HUMIDITY,
    "fan_modes": ClimateEntityFeature.FAN_MODE,
    "preset_modes": ClimateEntityFeature.PRESET_MODE,
    "swing_modes": ClimateEntityFeature.SWING_MODE,
}


class BenchClimate(BenchEntity, ClimateEntity):
    """A thermostat: its state is its HVAC mode."""

    HANDLED = frozenset(
        {*_CLIMATE_VALUES, "hvac_modes", "hvac_mode", "min_temp", "max_temp"}
    )

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        default = ClimateEntityFeature(0)
        for key, feature in _CLIMATE_FEATURES.items():
            if key in attrs:
                default |= feature
        self._attr_supported_features = ClimateEntityFeature(
            self.features(attrs, default)
            | ClimateEntityFeature.TURN_ON
            | ClimateEntityFeature.TURN_OFF
        )
        for key, name in _CLIMATE_VALUES.items():
            setattr(self, name, attrs.get(key))
        # Wide limits: fixtures write Celsius and Fahrenheit homes alike.
        self._attr_min_temp = attrs.get("min_temp", 0)
        self._attr_max_temp = attrs.get("max_temp", 100)
        mode = HVACMode(state or attrs.get("hvac_mode") or HVACMode.OFF)
        modes = [HVACMode(m) for m in attrs.get("hvac_modes") or [mode, HVACMode.OFF]]
        self._attr_hvac_modes = modes
        self._attr_hvac_mode = mode

    @property
    def temperature_unit(self) -> str:
        """Return the home's own unit, so fixture values are shown unconverted."""
        return self.hass.config.units.temperature_unit

    async def async_set_temperature(self, **kwargs: Any) -> None:
        """Set the target temperature (or range), and the HVAC mode if given."""
        if ATTR_TEMPERATURE in kwargs:
            self._attr_target_temperature = kwargs[ATTR_TEMPERATURE]
        if ATTR_TARGET_TEMP_HIGH in kwargs:
            self._attr_target_temperature_high = kwargs[ATTR_TARGET_TEMP_HIGH]
            self._attr_target_temperature_low = kwargs[ATTR_TARGET_TEMP_LOW]
        if ATTR_HVAC_MODE in kwargs:
            self._attr_hvac_mode = HVACMode(kwargs[ATTR_HVAC_MODE])
        self.async_write_ha_state()

    async def async_set_hvac_mode(self, hvac_mode: HVACMode) -> None:
        """Set the HVAC mode."""
        self._set(hvac_mode=hvac_mode)

    async def async_turn_on(self) -> None:
        """Turn on in the first mode that is not off."""
        modes = [mode for mode in self.hvac_modes if mode != HVACMode.OFF]
        await self.async_set_hvac_mode(modes[0] if modes else HVACMode.AUTO)

    async def async_turn_off(self) -> None:
        """Turn off."""
        await self.async_set_hvac_mode(HVACMode.OFF)

    async def async_set_fan_mode(self, fan_mode: str) -> None:
        """Set the fan mode."""
        self._set(fan_mode=fan_mode)

    async def async_set_preset_mode(self, preset_mode: str) -> None:
        """Set the preset."""
        self._set(preset_mode=preset_mode)

    async def async_set_swing_mode(self, swing_mode: str) -> None:
        """Set the swing mode."""
        self._set(swing_mode=swing_mode)

    async def async_set_humidity(self, humidity: int) -> None:
        """Set the target humidity."""
        self._set(target_humidity=humidity)


_ALARM_DEFAULT_FEATURES = (
    AlarmControlPanelEntityFeature.ARM_HOME
    | AlarmControlPanelEntityFeature.ARM_AWAY
    | AlarmControlPanelEntityFeature.ARM_NIGHT
    | AlarmControlPanelEntityFeature.ARM_VACATION
    | AlarmControlPanelEntityFeature.TRIGGER
)


class BenchAlarm(BenchEntity, AlarmControlPanelEntity):
    """An alarm panel that checks the fixture's `code` (and `code_arm_required`)."""

    HANDLED = frozenset({"code", "code_arm_required", "code_format"})

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        code = attrs.get("code")
        self._code = None if code is None else str(code)
        self._attr_supported_features = AlarmControlPanelEntityFeature(
            self.features(attrs, _ALARM_DEFAULT_FEATURES)
        )
        self._attr_code_arm_required = bool(
            attrs.get("code_arm_required", self._code is not None)
        )
        if self._code is None:
            self._attr_code_format = None
        else:
            self._attr_code_format = (
                CodeFormat.NUMBER if self._code.isdigit() else CodeFormat.TEXT
            )
        self._attr_alarm_state = AlarmControlPanelState(
            state or AlarmControlPanelState.DISARMED
        )

    def _change(
        self, state: AlarmControlPanelState, code: str | None, needed: bool
    ) -> None:
        if needed and self._code is not None and code != self._code:
            raise ServiceValidationError("The alarm code is not right")
        self._set(alarm_state=state)

    async def async_alarm_disarm(self, code: str | None = None) -> None:
        """Disarm, with the code."""
        self._change(AlarmControlPanelState.DISARMED, code, True)

    async def async_alarm_arm_home(self, code: str | None = None) -> None:
        """Arm home."""
        self._change(AlarmControlPanelState.ARMED_HOME, code, self.code_arm_required)

    async def async_alarm_arm_away(self, code: str | None = None) -> None:
        """Arm away."""
        self._change(AlarmControlPanelState.ARMED_AWAY, code, self.code_arm_required)

    async def async_alarm_arm_night(self, code: str | None = None) -> None:
        """Arm night."""
        self._change(AlarmControlPanelState.ARMED_NIGHT, code, self.code_arm_required)

    async def async_alarm_arm_vacation(self, code: str | None = None) -> None:
        """Arm vacation."""
        self._change(
            AlarmControlPanelState.ARMED_VACATION, code, self.code_arm_required
        )

    async def async_alarm_trigger(self, code: str | None = None) -> None:
        """Trigger."""
        self._change(AlarmControlPanelState.TRIGGERED, code, False)


class BenchMediaPlayer(BenchEntity, MediaPlayerEntity):
    """A media player that behaves like the benchmark's synthetic_home one.

    Muting only sets `is_volume_muted` (it used to set the volume to 0 here, which passed
    "mute the speakers" tasks that the benchmark fails: they expect volume 0), the volume
    is 0.5 where the fixture names none, and skipping a track starts playing.
    """

    HANDLED = frozenset(
        {
            "volume_level",
            "is_volume_muted",
            "media_track",
            "media_title",
            "source",
            "source_list",
        }
    )

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        self._attr_supported_features = MediaPlayerEntityFeature(
            self.features(attrs, 0)
        )
        self._attr_state = MediaPlayerState(state or MediaPlayerState.OFF)
        self._attr_volume_level = attrs.get("volume_level", DEFAULT_VOLUME)
        self._attr_is_volume_muted = attrs.get("is_volume_muted")
        self._attr_media_track = attrs.get("media_track")
        self._attr_media_title = attrs.get("media_title")
        self._attr_source = attrs.get("source")
        self._attr_source_list = attrs.get("source_list")

    async def async_turn_on(self) -> None:
        """Turn on."""
        self._set(state=MediaPlayerState.ON)

    async def async_turn_off(self) -> None:
        """Turn off."""
        self._set(state=MediaPlayerState.OFF)

    async def async_media_play(self) -> None:
        """Play."""
        self._set(state=MediaPlayerState.PLAYING)

    async def async_media_pause(self) -> None:
        """Pause."""
        self._set(state=MediaPlayerState.PAUSED)

    async def async_media_stop(self) -> None:
        """Stop."""
        self._set(state=MediaPlayerState.IDLE)

    async def async_media_next_track(self) -> None:
        """Skip to the next track."""
        self._set(
            state=MediaPlayerState.PLAYING,
            media_track=(self._attr_media_track or 0) + 1,
        )

    async def async_media_previous_track(self) -> None:
        """Go back a track."""
        self._set(
            state=MediaPlayerState.PLAYING,
            media_track=max(1, (self._attr_media_track or 1) - 1),
        )

    async def async_set_volume_level(self, volume: float) -> None:
        """Set the volume."""
        self._set(volume_level=volume)

    async def async_mute_volume(self, mute: bool) -> None:
        """Mute or unmute; the volume stays."""
        self._set(is_volume_muted=mute)

    async def async_select_source(self, source: str) -> None:
        """Select the source."""
        self._set(source=source)


class BenchVacuum(BenchEntity, StateVacuumEntity):
    """A vacuum; a state that is no vacuum activity (like "off") loads as idle."""

    HANDLED = frozenset({"fan_speed", "fan_speed_list"})

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        default = VacuumEntityFeature.START | VacuumEntityFeature.STATE
        self._attr_supported_features = VacuumEntityFeature(
            self.features(attrs, default)
        )
        values = {activity.value for activity in VacuumActivity}
        self._attr_activity = VacuumActivity(
            state if state in values else VacuumActivity.IDLE
        )
        self._attr_fan_speed = attrs.get("fan_speed")
        self._attr_fan_speed_list = attrs.get("fan_speed_list") or []

    async def async_start(self) -> None:
        """Start cleaning."""
        self._set(activity=VacuumActivity.CLEANING)

    async def async_pause(self) -> None:
        """Pause."""
        self._set(activity=VacuumActivity.PAUSED)

    async def async_stop(self, **kwargs: Any) -> None:
        """Stop."""
        self._set(activity=VacuumActivity.IDLE)

    async def async_return_to_base(self, **kwargs: Any) -> None:
        """Go back to the dock."""
        self._set(activity=VacuumActivity.RETURNING)

    async def async_clean_spot(self, **kwargs: Any) -> None:
        """Clean a spot."""
        self._set(activity=VacuumActivity.CLEANING)

    async def async_locate(self, **kwargs: Any) -> None:
        """Beep (nothing to change)."""

    async def async_set_fan_speed(self, fan_speed: str, **kwargs: Any) -> None:
        """Set the suction."""
        self._set(fan_speed=fan_speed)


class BenchTodo(BenchEntity, TodoListEntity):
    """A to-do list; its state is the number of open items."""

    HANDLED = frozenset({"todo_items"})

    def _load(self, state: str | None, attrs: dict[str, Any]) -> None:
        default = (
            TodoListEntityFeature.CREATE_TODO_ITEM
            | TodoListEntityFeature.UPDATE_TODO_ITEM
            | TodoListEntityFeature.DELETE_TODO_ITEM
        )
        self._attr_supported_features = TodoListEntityFeature(
            self.features(attrs, default)
        )
        items = []
        for item in attrs.get("todo_items") or []:
            summary, status = (
                (
                    item.get("summary", ""),
                    item.get("status", TodoItemStatus.NEEDS_ACTION),
                )
                if isinstance(item, dict)
                else (str(item), TodoItemStatus.NEEDS_ACTION)
            )
            items.append(
                TodoItem(
                    summary=summary, uid=uuid.uuid4().hex, status=TodoItemStatus(status)
                )
            )
        self._attr_todo_items = items

    async def async_create_todo_item(self, item: TodoItem) -> None:
        """Add an item."""
        item.uid = item.uid or uuid.uuid4().hex
        self._set(todo_items=[*(self._attr_todo_items or []), item])

    async def async_update_todo_item(self, item: TodoItem) -> None:
        """Change an item."""
        self._attr_todo_items = [
            item if old.uid == item.uid else old for old in self._attr_todo_items or []
        ]
        self.async_write_ha_state()

    async def async_delete_todo_items(self, uids: list[str]) -> None:
        """Remove items."""
        self._attr_todo_items = [
            old for old in self._attr_todo_items or [] if old.uid not in uids
        ]
        self.async_write_ha_state()
