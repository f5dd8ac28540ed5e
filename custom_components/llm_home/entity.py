"""What the llm_home entities share."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntry
from homeassistant.helpers import device_registry as dr

from .const import DOMAIN


def device_info(entry: ConfigEntry) -> dr.DeviceInfo:
    """Return the service device that holds the entry's agent, STT and TTS entities."""
    return dr.DeviceInfo(
        identifiers={(DOMAIN, entry.entry_id)},
        name=entry.title,
        manufacturer="llm_home",
        model="Local voice assistant",
        entry_type=dr.DeviceEntryType.SERVICE,
    )
