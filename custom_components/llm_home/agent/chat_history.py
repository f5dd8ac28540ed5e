"""The conversation so far, read back from Home Assistant's chat log.

The turns before (the user's words and the calls made), the calls a code said next
can lift ("disarm the alarm" ... "4 3 2 1"), and the room of the satellite that heard.
"""

from __future__ import annotations

from typing import Final

from homeassistant.components import conversation
from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, device_registry as dr, llm

from ..home.calls import NONE_CALL, Call
from ..home.codes import CODE_MARKER, current_code
from .prompt import Turn


def history_from(chat_log: conversation.ChatLog) -> list[Turn]:
    """Return the earlier turns of the conversation: the user's words and the calls made."""
    turns: list[Turn] = []
    user_text: str | None = None
    for content in chat_log.content[:-1]:
        if isinstance(content, conversation.UserContent):
            user_text = content.content
        elif (
            isinstance(content, conversation.AssistantContent) and user_text is not None
        ):
            calls = [
                Call(
                    t.tool_name, tuple(t.tool_args.get("target", ())), _value(t)
                ).as_text()
                for t in content.tool_calls or ()
            ]
            turns.append(Turn(user_text, "\n".join(calls) or f"{NONE_CALL}()"))
            user_text = None
    return turns


# Refusals that a code said next can lift: "disarm the alarm" ... "4 3 2 1".
_WAITING_FOR_CODE: Final = frozenset({"code_required", "pin_required", "wrong_pin"})


def calls_waiting_for_code(chat_log: conversation.ChatLog, text: str) -> list[Call]:
    """Return the previous turn's calls that were refused for want of the code.

    Only when the words are nothing but a code: the answer to "I need the code".
    """
    if text.strip(" .,!") != CODE_MARKER or current_code() is None:
        return []
    refused: set[str] = set()
    for content in reversed(chat_log.content[:-1]):
        if isinstance(content, conversation.UserContent):
            break
        if isinstance(content, conversation.ToolResultContent):
            error = content.result.data.get("error") if content.result.error else None
            if error in _WAITING_FOR_CODE:
                refused.add(content.tool_call_id)
        elif isinstance(content, conversation.AssistantContent) and refused:
            return [
                Call(t.tool_name, tuple(t.tool_args.get("target", ())), _value(t))
                for t in content.tool_calls or ()
                if t.id in refused
            ]
    return []


def _value(tool_input: llm.ToolInput) -> str | None:
    value = tool_input.tool_args.get("value")
    return None if value is None else str(value)


def satellite_area(hass: HomeAssistant, device_id: str | None) -> str | None:
    """Return the name of the area of the device that heard the request."""
    if device_id is None or (device := dr.async_get(hass).async_get(device_id)) is None:
        return None
    area = ar.async_get(hass).async_get_area(device.area_id) if device.area_id else None
    return area.name if area else None
