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
from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from .home import async_respond, state_of
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


async def test_an_item_on_the_list_is_not_added_again(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Said twice, the item is on the list once; a new one is added."""
    assert await async_setup_component(hass, "homeassistant", {})
    await BenchHome(hass, parse_home(_HOME)).async_build()
    await async_setup_llm_home(
        hass, DEFAULT_LLM_MODEL, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM}
    )
    response = await async_respond(hass, "Put beach badges on the shore house list")
    assert state_of(hass, "todo.shore_house").state == "1"
    assert response.response_type is intent.IntentResponseType.ERROR
    assert "already" in response.speech["plain"]["speech"]
    await async_respond(hass, "Put sunscreen on the shore house list")
    assert state_of(hass, "todo.shore_house").state == "2"
