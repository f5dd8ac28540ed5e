"""Helpers to drive config, options and reconfigure flows."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from homeassistant.config_entries import SOURCE_USER, ConfigFlowResult
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResult, FlowResultType

from custom_components.llm_home.const import DOMAIN, ENGINE_EMBEDDED, ENGINE_NETWORK


async def models_form(hass: HomeAssistant) -> ConfigFlowResult:
    """Start a config flow and choose the embedded engine; return the models form."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.MENU
    assert result["step_id"] == "user"
    assert result["menu_options"] == [ENGINE_EMBEDDED, ENGINE_NETWORK]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": ENGINE_EMBEDDED}
    )
    return await llm_in_engine(hass, result)


async def llm_in_engine(
    hass: HomeAssistant, result: ConfigFlowResult
) -> ConfigFlowResult:
    """Answer the language model menu with "in the engine"; return the models form."""
    assert result["type"] is FlowResultType.MENU
    assert result["step_id"] == "llm"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "llm_engine"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "models"
    return result


async def finish_flow(
    hass: HomeAssistant, result: ConfigFlowResult
) -> ConfigFlowResult:
    """Drive a config flow through its progress steps to the next form, entry or abort."""
    return await finish_progress(hass, result, hass.config_entries.flow.async_configure)


async def finish_progress[ResultT: FlowResult[Any, Any]](
    hass: HomeAssistant,
    result: ResultT,
    configure: Callable[[str], Awaitable[ResultT]],
) -> ResultT:
    """Drive any flow (config, options, repairs) through its progress steps.

    Return the next form, entry or abort; `configure` is the flow manager's.
    """
    for _ in range(10):
        if result["type"] is FlowResultType.SHOW_PROGRESS:
            await hass.async_block_till_done(wait_background_tasks=True)
        elif result["type"] is not FlowResultType.SHOW_PROGRESS_DONE:
            return result
        result = await configure(result["flow_id"])
    raise AssertionError("the flow did not leave its progress steps")
