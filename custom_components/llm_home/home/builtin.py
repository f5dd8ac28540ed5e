"""Home Assistant's built-in intent matcher, before or after the language model.

The matcher understands exact sentences about exposed devices in milliseconds, and acts
without llm_home's options or codes. So a sentence it recognised is left to it only
when every entity it could act on passes llm_home's safety policy (policy.py): exposed,
of a kind the user allowed, and harmless (no lock, alarm panel, garage door, gas
valve, device the user marked, nor a scene or script touching one). Anything else goes
to llm_home's own path, where the whole policy, codes included, applies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from hassil.recognize import RecognizeResult

from homeassistant.components import conversation
from homeassistant.components.binary_sensor.const import DOMAIN as BINARY_SENSOR_DOMAIN
from homeassistant.components.light.const import ATTR_SUPPORTED_COLOR_MODES
from homeassistant.components.light.helper import (
    brightness_supported,
    color_supported,
    color_temp_supported,
)
from homeassistant.components.light.intent import INTENT_SET as LIGHT_SET
from homeassistant.components.todo.const import (
    DATA_COMPONENT as TODO_LISTS,
    TodoItemStatus,
)
from homeassistant.components.todo.intent import INTENT_LIST_ADD_ITEM
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import intent

from ..const import LOGGER
from .policy import SafetyPolicy
from .snapshot import ASSISTANT
from .states import listed_already


def _values(value: Any) -> set[str] | None:
    if value is None:
        return None
    return (
        {str(v) for v in value}
        if isinstance(value, (list, set, tuple))
        else {str(value)}
    )


@callback
def async_intent_targets(hass: HomeAssistant, result: RecognizeResult) -> list[str]:
    """Return every entity the recognised intent could act on, erring on the wide side.

    Its slots are matched as HA's intent handlers match them, without the handler's
    preference for the satellite's area (so more, never fewer, entities come back).
    """
    slots = {entity.name: entity.value for entity in result.entities_list}
    name = slots.get("name")
    domains = _values(slots.get("domain"))
    if domains is None:
        domains = next(
            (
                handler.required_domains
                for handler in intent.async_get(hass)
                if handler.intent_type == result.intent.name
                and isinstance(handler, intent.DynamicServiceIntentHandler)
            ),
            None,
        )
    constraints = intent.MatchTargetsConstraints(
        name=None if name == "all" else name,
        area_name=slots.get("area"),
        floor_name=slots.get("floor"),
        domains=domains,
        device_classes=_values(slots.get("device_class")),
        assistant=ASSISTANT,
        allow_duplicate_names=True,
    )
    if not constraints.has_constraints:
        return []  # an intent about no device: a timer, the weather, the date
    match = intent.async_match_targets(hass, constraints)
    return [state.entity_id for state in match.states] if match.is_match else []


# What a light must take for each value the matcher's HassLightSet sets.
_LIGHT_VALUES: Final = {
    "color": color_supported,
    "temperature": color_temp_supported,
    "brightness": brightness_supported,
}


@callback
def _beyond_a_light(
    hass: HomeAssistant, result: RecognizeResult, targets: list[str]
) -> bool:
    """Return whether a light is asked for a value it does not take.

    "Make the fairy lights red" for lights that only switch: the matcher would call
    light.turn_on and say "Color set" while nothing changed.
    """
    if result.intent.name != LIGHT_SET:
        return False
    said = [
        _LIGHT_VALUES[slot.name]
        for slot in result.entities_list
        if slot.name in _LIGHT_VALUES
    ]
    for entity_id in targets:
        if (state := hass.states.get(entity_id)) is None:
            continue
        modes = state.attributes.get(ATTR_SUPPORTED_COLOR_MODES)
        if any(not takes(modes) for takes in said):
            return True
    return False


@callback
def _listed_already(
    hass: HomeAssistant, result: RecognizeResult, targets: list[str]
) -> bool:
    """Return whether the matcher would add an item a list has open already.

    "Put beach badges on the shore list" where they are: llm_home says so, and adds
    nothing twice.
    """
    lists = hass.data.get(TODO_LISTS)
    if (
        result.intent.name != INTENT_LIST_ADD_ITEM
        or "item" not in result.entities
        or lists is None
    ):
        return False
    said = str(result.entities["item"].value)
    for entity_id in targets:
        if (entity := lists.get_entity(entity_id)) is None:
            continue
        open_items = [
            item.summary or ""
            for item in entity.todo_items or ()
            if item.status is TodoItemStatus.NEEDS_ACTION
        ]
        if listed_already(said, open_items) is not None:
            return True
    return False


def _name_said(result: RecognizeResult) -> str | None:
    """Return the name the intent was recognised by, as said, if any."""
    slot = result.entities.get("name")
    return None if slot is None else str(slot.text or slot.value)


def _raw_state_answer(result: RecognizeResult, targets: list[str]) -> bool:
    """Return whether the matcher would answer with a binary sensor's raw state.

    Its reply to "Is the back door shut?" is "No, on": the template speaks the state
    as stored. llm_home's own answer says "open".
    """
    return result.intent.name == intent.INTENT_GET_STATE and any(
        entity_id.startswith(f"{BINARY_SENSOR_DOMAIN}.") for entity_id in targets
    )


def _by_place(result: RecognizeResult) -> bool:
    """Return whether the intent names its targets by area or floor, not by name."""
    slots = {entity.name for entity in result.entities_list}
    return "name" not in slots and bool(slots & {"area", "floor"})


async def async_handle_builtin(
    hass: HomeAssistant,
    user_input: conversation.ConversationInput,
    chat_log: conversation.ChatLog,
    agent_id: str,
    policy: SafetyPolicy,
    *,
    only_kinds: Callable[[str], bool],
    one_device: bool = False,
) -> intent.IntentResponse | None:
    """Return the built-in matcher's response, or None when it does not understand.

    None too when the policy keeps the matcher away from what it recognised, when
    the words ask for one device (`one_device`: "la lumière de la chambre") and the
    matcher would act on every one of its kind in the area said, and when the name
    it matched says only a kind (`only_kinds`): "close the shades" said in the
    bedroom is the bedroom's, not the parlor shades aliased "shades". llm_home's
    own reading weighs such an alias against the room the user is in.
    """

    def hands_off(result: RecognizeResult) -> bool:
        """Return True to keep the matcher away from what it would act on.

        Called only for a sentence the matcher recognised: the home is read then.
        """
        targets = async_intent_targets(hass, result)
        if policy.async_harmful(hass, targets):
            LOGGER.debug("Left to llm_home's policy: %s", result.intent.name)
            return True
        if _beyond_a_light(hass, result, targets):
            LOGGER.debug("Left to llm_home: a light cannot do what was asked")
            return True
        if _listed_already(hass, result, targets):
            LOGGER.debug("Left to llm_home: the item is on the list already")
            return True
        if _raw_state_answer(result, targets):
            LOGGER.debug("Left to llm_home: a binary sensor's state in words")
            return True
        if (name := _name_said(result)) is not None and only_kinds(name):
            LOGGER.debug("Left to llm_home: a name that only says a kind")
            return True
        if one_device and len(targets) > 1 and _by_place(result):
            LOGGER.debug("Left to llm_home: one device asked for, not an area's all")
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
