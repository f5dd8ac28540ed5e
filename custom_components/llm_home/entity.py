"""The base of every llm_home entity: one device, one unique-id scheme, the engine's availability."""

from __future__ import annotations

from typing import TYPE_CHECKING, override

from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.entity import Entity

from .const import DOMAIN
from .engine.client import EngineState
from .engine.protocol import ENGINE_VERSION

if TYPE_CHECKING:
    from .runtime import LlmHomeConfigEntry, LlmHomeRuntime


class LlmHomeEntity(Entity):
    """An entity of the entry's service device, available while the engine is."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, entry: LlmHomeConfigEntry, key: str | None) -> None:
        """Describe the entity; `key` None is the entry's main entity (the agent)."""
        self.entry = entry
        self._attr_unique_id = (
            entry.entry_id if key is None else f"{entry.entry_id}_{key}"
        )
        self._attr_device_info = dr.DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            manufacturer="llm_home",
            model=f"Local voice assistant, engine {entry.runtime_data.client.launcher.describe()}",
            sw_version=ENGINE_VERSION,
            entry_type=dr.DeviceEntryType.SERVICE,
        )

    @property
    def runtime(self) -> LlmHomeRuntime:
        """Return what the loaded entry holds."""
        return self.entry.runtime_data

    @property
    @override
    def available(self) -> bool:
        """Return whether the engine answers (not while it restarts or reconnects)."""
        return self.runtime.client.state is EngineState.READY

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the engine's state."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.runtime.client.add_listener(self.async_write_ha_state)
        )
