"""Helpers to drive config, options and reconfigure flows."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from custom_components.llm_home.const import DOMAIN, ENGINE_EMBEDDED, ENGINE_NETWORK


async def models_form(hass: HomeAssistant) -> dict[str, Any]:
    """Start a config flow and choose the embedded engine; return the models form."""
    result: dict[str, Any] = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    assert result["step_id"] == "user"
    assert result["menu_options"] == [ENGINE_EMBEDDED, ENGINE_NETWORK]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": ENGINE_EMBEDDED}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "models"
    return result


async def finish_flow(hass: HomeAssistant, result: dict[str, Any]) -> dict[str, Any]:
    """Drive a config flow through its progress steps to the next form, entry or abort."""
    for _ in range(10):
        if result["type"] is FlowResultType.SHOW_PROGRESS:
            await hass.async_block_till_done(wait_background_tasks=True)
        elif result["type"] is not FlowResultType.SHOW_PROGRESS_DONE:
            return result
        result = await hass.config_entries.flow.async_configure(result["flow_id"])
    raise AssertionError("the flow did not leave its progress steps")
