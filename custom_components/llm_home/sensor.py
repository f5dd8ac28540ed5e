"""Status sensors: the worker's state and restarts, the last command's latency."""

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

from .entity import device_info
from .stats import signal_request_done
from .worker import WorkerState

if TYPE_CHECKING:
    from . import LlmHomeConfigEntry, LlmHomeData


@dataclass(frozen=True, kw_only=True)
class LlmHomeSensorDescription(SensorEntityDescription):
    """A status sensor and how to read its value from the entry's runtime data."""

    value_fn: Callable[[LlmHomeData], StateType]


def _last_latency(data: LlmHomeData) -> StateType:
    return round(last.total_ms) if (last := data.stats.last) else None


SENSORS: tuple[LlmHomeSensorDescription, ...] = (
    LlmHomeSensorDescription(
        key="status",
        translation_key="status",
        device_class=SensorDeviceClass.ENUM,
        options=[state.value for state in WorkerState],
        value_fn=lambda data: data.worker.state.value,
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
        value_fn=lambda data: data.worker.restarts,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LlmHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up the status sensors."""
    async_add_entities(LlmHomeSensor(entry, description) for description in SENSORS)


class LlmHomeSensor(SensorEntity):
    """A diagnostic sensor, updated when the worker changes or a request ends."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _attr_entity_category = EntityCategory.DIAGNOSTIC
    entity_description: LlmHomeSensorDescription

    def __init__(
        self, entry: LlmHomeConfigEntry, description: LlmHomeSensorDescription
    ) -> None:
        """Describe the sensor."""
        self.entry = entry
        self.entity_description = description
        self._attr_unique_id = f"{entry.entry_id}_{description.key}"
        self._attr_device_info = device_info(entry)

    @property
    @override
    def native_value(self) -> StateType:
        """Return the current value."""
        return self.entity_description.value_fn(self.entry.runtime_data)

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the worker and the requests."""
        await super().async_added_to_hass()
        data = self.entry.runtime_data
        self.async_on_remove(data.worker.add_listener(self._async_update))
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_request_done(self.entry.entry_id), self._async_update
            )
        )

    @callback
    def _async_update(self) -> None:
        self.async_write_ha_state()
