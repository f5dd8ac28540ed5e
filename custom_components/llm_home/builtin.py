"""Home Assistant's built-in intent matcher, before or after the language model.

The matcher understands exact sentences about exposed devices in milliseconds. It is
handed nothing that could do harm: a request that disarms, unlocks or opens a garage
door or gate, or that names an alarm panel, a lock or such a door, stays with
llm_home, where those actions need the user's option and code.
"""

from __future__ import annotations

import re
from typing import Final

from hassil.recognize import RecognizeResult

from homeassistant.components import conversation
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import intent

from .capabilities import is_sensitive_device
from .const import LOGGER
from .home import async_get_home, normalize

# Words that ask for a sensitive action, whatever device they name.
_SENSITIVE_WORDS: Final = re.compile(
    r"\b(?:disarm\w*|unlock\w*|unbolt\w*)\b|\bopen\w*\b.*\b(?:garage|gate|door)s?\b",
    re.IGNORECASE,
)
_SENSITIVE_SLOTS: Final = {
    "domain": frozenset({"lock", "alarm_control_panel"}),
    "device_class": frozenset({"garage", "gate", "door"}),
}


def asks_sensitive(text: str) -> bool:
    """Return whether the words ask for a sensitive action."""
    return _SENSITIVE_WORDS.search(text) is not None


def _sensitive_names(hass: HomeAssistant) -> set[str]:
    """Return the names and aliases of the exposed devices an action could harm with."""
    return {
        normalize(name)
        for entity in async_get_home(hass).entities
        if is_sensitive_device(entity)
        for name in entity.names
    }


async def async_handle_builtin(
    hass: HomeAssistant,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
    agent_id: str,
) -> intent.IntentResponse | None:
    """Return the built-in matcher's response, or None when it does not understand."""
    if asks_sensitive(user_input.text):
        return None

    def hands_off(result: RecognizeResult) -> bool:
        """Return True to keep the matcher away from a sensitive device.

        Called only for a sentence the matcher recognised: the home is read then.
        """
        for slot, entity in result.entities.items():
            value = normalize(str(entity.value))
            if value in _SENSITIVE_SLOTS.get(slot, ()):
                return True
            if slot == "name" and value in _sensitive_names(hass):
                return True
        return False

    try:
        response = await conversation.async_handle_intents(
            hass, user_input, chat_log, intent_filter=hands_off
        )
    except HomeAssistantError as err:
        # A sentence of an intent no integration handles here ("Unknown intent
        # HassShoppingListAddItem" without the shopping list) is the model's to try.
        LOGGER.debug("The built-in matcher could not handle it: %s", err)
        return None
    # A sentence it matched but could not carry out ("Unknown intent ...") is left to
    # the language model too.
    if response is None or response.response_type is intent.IntentResponseType.ERROR:
        return None
    speech = response.speech.get("plain", {}).get("speech", "")
    chat_log.async_add_assistant_content_without_tools(
        conversation.AssistantContent(agent_id=agent_id, content=speech or None)
    )
    return response
