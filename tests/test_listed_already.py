"""An item the list has open already is not added twice, on either path.

"Put beach badges on the shore list" where beach badges are on it had added them again:
HA's built-in matcher did it before llm_home could look. Now the matcher is kept away
from such a sentence, and llm_home's own path says the item is there already.
"""

from __future__ import annotations

from typing import Any

from benchmarks.assist.agents import async_setup_llm_home
from benchmarks.assist.dataset import parse_home
from benchmarks.assist.home import BenchHome
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from .home import state_of
from custom_components.llm_home.const import (
    CONF_ORDER,
    DEFAULT_LLM_MODEL,
    ORDER_BUILTIN_THEN_LLM,
)
from custom_components.llm_home.engine.store import ModelStore

_HOME: dict[str, Any] = {
    "areas": [{"id": "kitchen", "name": "Kitchen"}],
    "entities": [
        {
            "name": "Shore House",
            "id": "todo.shore_house",
            "state": "1",
            "attributes": {"todo_items": ["beach badges"]},
        },
    ],
}


async def _say(hass: HomeAssistant, text: str) -> intent.IntentResponse:
    result = await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id="conversation.llm_home"
    )
    await hass.async_block_till_done()
    return result.response


async def test_an_item_on_the_list_is_not_added_again(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Said twice, the item is on the list once; a new one is added."""
    assert await async_setup_component(hass, "homeassistant", {})
    await BenchHome(hass, parse_home(_HOME)).async_build()
    await async_setup_llm_home(
        hass, DEFAULT_LLM_MODEL, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM}
    )
    response = await _say(hass, "Put beach badges on the shore house list")
    assert state_of(hass, "todo.shore_house").state == "1"
    assert response.response_type is intent.IntentResponseType.ERROR
    assert "already" in response.speech["plain"]["speech"]
    await _say(hass, "Put sunscreen on the shore house list")
    assert state_of(hass, "todo.shore_house").state == "2"
