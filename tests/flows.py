"""Helpers to drive config, options and reconfigure flows."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType


async def finish_flow(hass: HomeAssistant, result: dict[str, Any]) -> dict[str, Any]:
    """Drive a config flow through its progress steps to the next form, entry or abort."""
    for _ in range(10):
        if result["type"] is FlowResultType.SHOW_PROGRESS:
            await hass.async_block_till_done(wait_background_tasks=True)
        elif result["type"] is not FlowResultType.SHOW_PROGRESS_DONE:
            return result
        result = await hass.config_entries.flow.async_configure(result["flow_id"])
    raise AssertionError("the flow did not leave its progress steps")
