"""Find the Assist pipelines that let Home Assistant act before LLM Home, and fix them.

An Assist pipeline has a switch, "Prefer handling commands locally" (`prefer_local_intents`).
When it is on and the pipeline's agent is LLM Home, HA's pipeline runs its built-in intent
matcher (`conversation.async_handle_intents`) before the agent: "unlock the front door"
unlocks with none of LLM Home's option checks and no PIN, and LLM Home never sees the
request, so it cannot refuse it. LLM Home cannot stop the pipeline; it watches the pipelines
instead. Each pipeline of this entry's agent with the switch on has a fixable repair issue
(the fix flow in repairs.py turns the switch off through `async_turn_off_local_first`); the
issue goes as soon as the switch is off, the pipeline has another agent or is deleted, or
the entry is unloaded.

HA has no public way to hear that pipelines changed: `_pipeline_store` is the one place that
reads assist_pipeline's storage collection (tests/test_pipeline_switch.py fails if HA moves it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from homeassistant.components import conversation
from homeassistant.components.assist_pipeline import (
    DOMAIN as ASSIST_PIPELINE,
    async_get_pipelines,
    async_update_pipeline,
)
from homeassistant.components.assist_pipeline.pipeline import (
    KEY_ASSIST_PIPELINE,
    PipelineStorageCollection,
)
from homeassistant.const import EVENT_COMPONENT_LOADED
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.helpers.collection import CollectionChange
from homeassistant.setup import ATTR_COMPONENT, EventComponentLoaded

from .const import DOMAIN, LOGGER
from .runtime import LlmHomeConfigEntry

ISSUE_PREFIX: Final = "prefer_local_intents_"
TRANSLATION_KEY: Final = "prefer_local_intents"


def issue_id(pipeline_id: str) -> str:
    """Return the repair issue id of one pipeline."""
    return f"{ISSUE_PREFIX}{pipeline_id}"


@callback
def _pipeline_store(hass: HomeAssistant) -> PipelineStorageCollection:
    """Return assist_pipeline's storage collection (not public in HA; see the docstring)."""
    return hass.data[KEY_ASSIST_PIPELINE].pipeline_store


@callback
def _agent_ids(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> set[str]:
    """Return the ids a pipeline may name this entry's agent by.

    The conversation entity's id; the entry id too, since the entity also registers itself
    as the entry's agent (older pipelines stored agents by entry id).
    """
    ids = {entry.entry_id}
    if entity_id := er.async_get(hass).async_get_entity_id(
        conversation.DOMAIN, DOMAIN, entry.entry_id
    ):
        ids.add(entity_id)
    return ids


@callback
def async_check_pipelines(hass: HomeAssistant, entry: LlmHomeConfigEntry) -> None:
    """Raise an issue for each pipeline of this agent that prefers local commands; drop the rest."""
    agents = _agent_ids(hass, entry)
    unsafe = {
        issue_id(pipeline.id): pipeline
        for pipeline in async_get_pipelines(hass)
        if pipeline.prefer_local_intents and pipeline.conversation_engine in agents
    }
    for issue, pipeline in unsafe.items():
        ir.async_create_issue(
            hass,
            DOMAIN,
            issue,
            data={"entry_id": entry.entry_id, "pipeline_id": pipeline.id},
            is_fixable=True,
            severity=ir.IssueSeverity.ERROR,
            translation_key=TRANSLATION_KEY,
            translation_placeholders={"pipeline": pipeline.name},
        )
    stale = _pipeline_issues(hass) - unsafe.keys()
    for issue in stale:
        ir.async_delete_issue(hass, DOMAIN, issue)
    if unsafe or stale:
        LOGGER.debug(
            "Pipelines that let HA act before LLM Home: %s", sorted(unsafe) or "none"
        )


@callback
def _pipeline_issues(hass: HomeAssistant) -> set[str]:
    """Return the ids of the pipeline issues raised now."""
    return {
        issue
        for domain, issue in ir.async_get(hass).issues
        if domain == DOMAIN and issue.startswith(ISSUE_PREFIX)
    }


@callback
def async_delete_pipeline_issues(hass: HomeAssistant) -> None:
    """Delete every pipeline issue (the entry is unloaded or removed)."""
    for issue in _pipeline_issues(hass):
        ir.async_delete_issue(hass, DOMAIN, issue)


@callback
def async_watch_pipelines(
    hass: HomeAssistant, entry: LlmHomeConfigEntry
) -> CALLBACK_TYPE:
    """Check the pipelines now and whenever they change; return the unsubscriber.

    assist_pipeline may be set up after llm_home (it is only an after-dependency): then
    the watch starts when it loads. Unsubscribing deletes the pipeline issues.
    """
    unsubscribe: list[CALLBACK_TYPE] = []

    async def changed(_changes: Iterable[CollectionChange]) -> None:
        async_check_pipelines(hass, entry)

    @callback
    def start() -> None:
        unsubscribe.append(_pipeline_store(hass).async_add_change_set_listener(changed))
        async_check_pipelines(hass, entry)

    @callback
    def is_assist_pipeline(data: EventComponentLoaded) -> bool:
        return data[ATTR_COMPONENT] == ASSIST_PIPELINE

    @callback
    def loaded(_event: Event[EventComponentLoaded]) -> None:
        unsubscribe.pop()()  # the bus listener: once is enough
        start()

    if ASSIST_PIPELINE in hass.config.components:
        start()
    else:
        unsubscribe.append(
            hass.bus.async_listen(
                EVENT_COMPONENT_LOADED, loaded, event_filter=is_assist_pipeline
            )
        )

    @callback
    def stop() -> None:
        for unsub in unsubscribe:
            unsub()
        async_delete_pipeline_issues(hass)

    return stop


async def async_turn_off_local_first(hass: HomeAssistant, pipeline_id: str) -> bool:
    """Turn "Prefer handling commands locally" off in a pipeline; False when it is gone."""
    for pipeline in async_get_pipelines(hass):
        if pipeline.id == pipeline_id:
            await async_update_pipeline(hass, pipeline, prefer_local_intents=False)
            return True
    return False
