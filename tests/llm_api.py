"""Calling llm_home's LLM API tools the way another conversation agent would."""

from __future__ import annotations

from typing import Any

from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import llm

from custom_components.llm_home.const import DOMAIN
from custom_components.llm_home.home.codes import spoken_code


async def async_api(
    hass: HomeAssistant, context: Context | None = None, platform: str = "test"
) -> llm.APIInstance:
    """Return llm_home's API instance for a request in `context`, from `platform`."""
    llm_context = llm.LLMContext(
        platform=platform,
        context=context or Context(),
        language="en",
        assistant="conversation",
        device_id=None,
    )
    return await llm.async_get_api(hass, DOMAIN, llm_context)


async def async_call_tool(
    hass: HomeAssistant,
    tool: str,
    args: dict[str, Any],
    *,
    context: Context | None = None,
    code: str | None = None,
    platform: str = "test",
) -> llm.ToolResult:
    """Call one tool; `code` is what the user said as a code in this request.

    `platform` is the agent calling: llm_home's own (DOMAIN) or another one.
    """
    api = await async_api(hass, context, platform)
    with spoken_code(code):
        return await api.async_call_tool(llm.ToolInput(tool_name=tool, tool_args=args))
