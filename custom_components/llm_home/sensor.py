"""Status sensors: the engine's state and restarts, the last command's latency."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import EntityCategory, UnitOfTime
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType

from .engine.client import EngineState
from .entity import LlmHomeEntity
from .stats import signal_request_done

if TYPE_CHECKING:
    from .runtime import LlmHomeConfigEntry, LlmHomeRuntime


@dataclass(frozen=True, kw_only=True)
class LlmHomeSensorDescription(SensorEntityDescription):
    """A status sensor and how to read its value from the entry's runtime data."""

    value_fn: Callable[[LlmHomeRuntime], StateType]


def _last_latency(data: LlmHomeRuntime) -> StateType:
    return round(last.total_ms) if (last := data.stats.last) else None


SENSORS: tuple[LlmHomeSensorDescription, ...] = (
    LlmHomeSensorDescription(
        key="status",
        translation_key="status",
        device_class=SensorDeviceClass.ENUM,
        options=[state.value for state in EngineState],
        value_fn=lambda data: data.client.state.value,
    ),
    LlmHomeSensorDescription(
        key="last_command_latency",
        translation_key="last_command_latency",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.MILLISECONDS,
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=_last_latency,
    ),
    LlmHomeSensorDescription(
        key="worker_restarts",
        translation_key="worker_restarts",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda data: data.client.restarts,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LlmHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up the status sensors."""
    async_add_entities(LlmHomeSensor(entry, description) for description in SENSORS)


class LlmHomeSensor(LlmHomeEntity, SensorEntity):
    """A diagnostic sensor, updated when the engine changes or a request ends."""

    _attr_entity_category = EntityCategory.DIAGNOSTIC
    entity_description: LlmHomeSensorDescription

    def __init__(
        self, entry: LlmHomeConfigEntry, description: LlmHomeSensorDescription
    ) -> None:
        """Describe the sensor."""
        super().__init__(entry, description.key)
        self.entity_description = description

    @property
    @override
    def available(self) -> bool:
        """Stay available: these sensors tell what the engine is doing."""
        return True

    @property
    @override
    def native_value(self) -> StateType:
        """Return the current value."""
        return self.entity_description.value_fn(self.entry.runtime_data)

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the engine (see LlmHomeEntity) and the requests."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_request_done(self.entry.entry_id), self._async_update
            )
        )

    @callback
    def _async_update(self) -> None:
        self.async_write_ha_state()
