"""Negated commands ("don't turn on the light") change nothing and say so."""

from __future__ import annotations

from typing import Any

import pytest

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent

from .awkward_home import BLINDS, async_build_class_home
from .home import AGENT, async_setup_agent, state_of
from .reading import read_request
from custom_components.llm_home.const import CONF_ORDER, ORDER_BUILTIN_THEN_LLM
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.language import ENGLISH


@pytest.mark.parametrize(
    ("text", "is_negated"),
    [
        ("don't turn on the kitchen light", True),
        ("Don’t turn on the kitchen light.", True),
        ("please dont switch off the fan", True),
        ("never open the blinds", True),
        ("never ever open the blinds", True),
        ("do not unlock the door", True),
        ("turn off the fan and don't turn on the light", True),
        ("turn on the fan, actually don't", True),
        ("turn on the kitchen light", False),
        ("why don't you turn on the light", False),
        ("don't forget to turn on the porch light", False),
        ("turn on do not disturb", False),
        ("is the door never locked", False),
    ],
)
def test_negated(text: str, is_negated: bool) -> None:
    """A negation counts before a command verb or at the end, nowhere else."""
    assert read_request(text).negated is is_negated


async def test_negated_commands_change_nothing(
    hass: HomeAssistant, default_data: dict[str, Any], model_store: ModelStore
) -> None:
    """With the default order (HA's matcher first), negated commands act on nothing.

    Each names a device in full, which the grammar would otherwise make the model act
    on; with several commands, one negated one stops them all.
    """
    await async_setup_agent(hass, default_data, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM})
    await async_build_class_home(hass)
    watched = ["light.bed_light", "light.kitchen_lights", *BLINDS]
    before = {entity_id: state_of(hass, entity_id).state for entity_id in watched}
    for text in [
        "don't turn on the bed light",
        "do not turn off the kitchen lights",
        "never close the den roller",
        "don't turn on the bed light and turn off the kitchen lights",
        "turn off the kitchen lights and don't turn on the bed light",
    ]:
        result = await conversation.async_converse(
            hass, text, None, Context(), language="en", agent_id=AGENT
        )
        await hass.async_block_till_done()
        response = result.response
        assert response.speech["plain"]["speech"] == ENGLISH.replies["wont_do"], text
        assert response.response_type is not intent.IntentResponseType.ERROR, text
        assert not response.success_results, text
        after = {entity_id: state_of(hass, entity_id).state for entity_id in watched}
        assert after == before, text
