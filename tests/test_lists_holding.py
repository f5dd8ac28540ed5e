"""An item ticked off "the list" where several lists are: the one list that holds it.

"Ya compré los cambures en el abasto, bórralos de la lista" (Caracas) had asked which of
three lists, though only one had bananas on it.
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
from custom_components.llm_home.const import DEFAULT_LLM_MODEL
from custom_components.llm_home.engine.store import ModelStore

_HOME: dict[str, Any] = {
    "areas": [{"id": "kitchen", "name": "Kitchen"}],
    "entities": [
        {
            "name": name,
            "id": f"todo.{name.casefold()}",
            "state": "1",
            "attributes": {"todo_items": [item]},
        }
        for name, item in (
            ("Groceries", "bananas"),
            ("Pharmacy", "aspirin"),
            ("Chores", "mow the lawn"),
        )
    ],
}
LISTS = ("todo.groceries", "todo.pharmacy", "todo.chores")


async def test_the_list_that_holds_the_item(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Bananas come off the groceries; milk, on no list, is asked about."""
    assert await async_setup_component(hass, "homeassistant", {})
    await BenchHome(hass, parse_home(_HOME)).async_build()
    await async_setup_llm_home(hass, DEFAULT_LLM_MODEL)

    response = await async_respond(hass, "Take the milk off the list")
    assert response.response_type is not intent.IntentResponseType.ACTION_DONE
    assert [state_of(hass, entity).state for entity in LISTS] == ["1", "1", "1"]

    await async_respond(hass, "I got the bananas, take them off the list")
    assert [state_of(hass, entity).state for entity in LISTS] == ["0", "1", "1"]
