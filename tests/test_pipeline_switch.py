"""HA's pipeline switch "Prefer handling commands locally" with LLM Home as the agent.

With it on, HA's pipeline lets its built-in matcher act before LLM Home: "unlock the front
door" unlocks with no PIN. llm_home raises a repair issue for each such pipeline and its fix
flow turns the switch off. Every request here runs through a real assist pipeline.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from benchmarks.hardening.pipeline_switch import (
    async_add_pipeline,
    async_build_flat,
    async_restore,
    async_type,
)
from homeassistant.components import conversation
from homeassistant.components.assist_pipeline import async_update_pipeline
from homeassistant.components.assist_pipeline.pipeline import (
    KEY_ASSIST_PIPELINE,
    Pipeline,
    async_get_pipeline,
)
from homeassistant.components.repairs import repairs_flow_manager
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component

from .home import AGENT, async_setup_agent, entry_data, state_of
from custom_components.llm_home.const import DOMAIN
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.pipelines import issue_id

LOCK = "lock.front_door"
UNLOCK = "unlock the front door"


def _issue(hass: HomeAssistant, pipeline_id: str) -> ir.IssueEntry | None:
    return ir.async_get(hass).async_get_issue(DOMAIN, issue_id(pipeline_id))


async def _update(hass: HomeAssistant, pipeline_id: str, **changes: Any) -> None:
    """Change a pipeline as the pipeline settings dialog does."""
    await async_update_pipeline(hass, async_get_pipeline(hass, pipeline_id), **changes)
    await hass.async_block_till_done()


async def test_the_fix_flow_closes_the_hole_through_the_pipeline(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Switch on: a repair, and the lock unlocks through the pipeline; fixed: it stays locked."""
    entry = await async_build_flat(hass)
    pipeline_id = await async_add_pipeline(hass, entry, AGENT, "Hallway satellite")

    issue = _issue(hass, pipeline_id)
    assert issue is not None and issue.is_fixable
    assert issue.severity is ir.IssueSeverity.ERROR
    assert issue.translation_key == "prefer_local_intents"
    assert issue.translation_placeholders == {"pipeline": "Hallway satellite"}

    # The hole: HA's matcher unlocks before LLM Home sees the words (no PIN, option off).
    heard = await async_type(hass, pipeline_id, UNLOCK)
    assert heard.processed_locally, heard
    assert state_of(hass, LOCK).state == "unlocked"
    await async_restore(hass)

    manager = repairs_flow_manager(hass)
    assert manager is not None
    result = await manager.async_init(
        DOMAIN, context={"issue_id": issue_id(pipeline_id)}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "confirm"
    assert result["description_placeholders"] == {"pipeline": "Hallway satellite"}
    result = await manager.async_configure(result["flow_id"], {})
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY

    assert not async_get_pipeline(hass, pipeline_id).prefer_local_intents
    assert _issue(hass, pipeline_id) is None
    heard = await async_type(hass, pipeline_id, UNLOCK)
    assert not heard.processed_locally, heard
    assert heard.error, heard
    assert heard.reply.startswith("Sorry"), heard
    assert state_of(hass, LOCK).state == "locked"


async def test_the_issue_follows_the_switch_the_agent_and_the_pipeline(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Switched off by the user, another agent, deleted, unloaded: the issue goes each time.

    A pipeline of HA's own agent with the switch on is not llm_home's business.
    """
    entry = await async_build_flat(hass)
    other = await async_add_pipeline(
        hass, entry, conversation.HOME_ASSISTANT_AGENT, "Home Assistant"
    )
    assert async_get_pipeline(hass, other).prefer_local_intents
    assert _issue(hass, other) is None
    by_entity = await async_add_pipeline(hass, entry, AGENT, "By entity")
    by_entry = await async_add_pipeline(hass, entry, entry.entry_id, "By entry")
    assert _issue(hass, by_entity) is not None
    assert _issue(hass, by_entry) is not None

    await _update(hass, by_entity, prefer_local_intents=False)
    assert _issue(hass, by_entity) is None
    assert _issue(hass, by_entry) is not None  # each pipeline has its own
    await _update(hass, by_entity, prefer_local_intents=True)
    assert _issue(hass, by_entity) is not None

    await _update(
        hass, by_entity, conversation_engine=conversation.HOME_ASSISTANT_AGENT
    )
    assert _issue(hass, by_entity) is None
    await _update(hass, by_entity, conversation_engine=AGENT)
    assert _issue(hass, by_entity) is not None

    # Deleted while its fix flow is open: the issue goes, the flow says why it stops.
    manager = repairs_flow_manager(hass)
    assert manager is not None
    flow = await manager.async_init(DOMAIN, context={"issue_id": issue_id(by_entity)})
    await hass.data[KEY_ASSIST_PIPELINE].pipeline_store.async_delete_item(by_entity)
    await hass.async_block_till_done()
    assert _issue(hass, by_entity) is None
    result = await manager.async_configure(flow["flow_id"], {})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "pipeline_gone"

    assert await hass.config_entries.async_unload(entry.entry_id)
    assert entry.state is ConfigEntryState.NOT_LOADED
    assert _issue(hass, by_entry) is None
    # Nothing watches any more: a change raises nothing.
    await _update(hass, by_entry, name="Still local first")
    assert _issue(hass, by_entry) is None


async def test_a_stored_pipeline_is_found_when_assist_pipeline_loads_later(
    hass: HomeAssistant, hass_storage: dict[str, Any], model_store: ModelStore
) -> None:
    """Pipelines saved before this start, assist_pipeline set up after llm_home: still found."""
    # Typed only, as HA saves it: every speech and wake word setting None.
    stored = Pipeline.from_json(
        dict.fromkeys(field.name for field in dataclasses.fields(Pipeline))
        | {"id": "01saved", "name": "Saved", "prefer_local_intents": True}
        | {"conversation_engine": AGENT, "conversation_language": "en"}
        | {"language": "en"}
    )
    hass_storage["assist_pipeline.pipelines"] = {
        "version": 1,
        "minor_version": 2,
        "key": "assist_pipeline.pipelines",
        "data": {"items": [stored.to_json()], "preferred_item": stored.id},
    }
    await async_setup_agent(hass, entry_data())
    assert "assist_pipeline" not in hass.config.components
    assert await async_setup_component(hass, "assist_pipeline", {})
    await hass.async_block_till_done()
    issue = _issue(hass, stored.id)
    assert issue is not None
    assert issue.translation_placeholders == {"pipeline": "Saved"}
