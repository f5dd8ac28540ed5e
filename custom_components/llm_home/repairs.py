"""Fix flows for llm_home's repair issues: reinstall a model, turn a pipeline's local-first switch off."""

from __future__ import annotations

import asyncio
from typing import override

import probatio

from homeassistant.components.repairs import (
    ConfirmRepairFlow,
    RepairsFlow,
    RepairsFlowResult,
)
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant

from .const import DOMAIN, LOGGER
from .engine.catalog import CATALOG, CatalogModel
from .engine.errors import EngineError, EngineRequestError
from .issues import ISSUE_MODEL
from .pipelines import ISSUE_PREFIX, async_turn_off_local_first
from .runtime import engine_client


async def async_reinstall(
    hass: HomeAssistant, entry_id: str, model: CatalogModel
) -> None:
    """Download and verify a catalog model again on the entry's engine."""
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None:
        raise EngineError("The entry was removed")
    client = engine_client(hass, entry.data)
    try:
        await client.start()
        await client.install_model(model.key)
    finally:
        await client.stop()


class ReinstallModelFlow(RepairsFlow):
    """Download a missing or damaged catalog model again, then reload the entry."""

    def __init__(self, entry_id: str, model: CatalogModel, detail: str) -> None:
        """Remember the entry to reload, the model to reinstall and what is wrong."""
        self._entry_id = entry_id
        self._model = model
        self._detail = detail
        self._task: asyncio.Task[None] | None = None
        self._error = ""

    async def async_step_init(
        self, user_input: dict[str, str] | None = None
    ) -> RepairsFlowResult:
        """Start with the confirmation."""
        return await self.async_step_confirm()

    async def async_step_confirm(
        self, user_input: dict[str, str] | None = None
    ) -> RepairsFlowResult:
        """Explain what will be done and ask to go ahead."""
        if user_input is not None:
            return await self.async_step_reinstall()
        return self.async_show_form(
            step_id="confirm",
            data_schema=probatio.Schema({}),
            description_placeholders={
                "model": self._model.title,
                "detail": self._detail,
            },
        )

    async def async_step_reinstall(
        self, user_input: dict[str, str] | None = None
    ) -> RepairsFlowResult:
        """Reinstall the model, showing progress."""
        if self._task is None:
            self._task = self.hass.async_create_background_task(
                async_reinstall(self.hass, self._entry_id, self._model),
                f"{DOMAIN} reinstall {self._model.key}",
            )
        if not self._task.done():
            return self.async_show_progress(
                step_id="reinstall",
                progress_action="reinstall",
                progress_task=self._task,
                description_placeholders={"model": self._model.title},
            )
        try:
            self._task.result()
        except EngineRequestError as err:
            LOGGER.error("Cannot reinstall model %s: %s", self._model.key, err)
            self._error = err.reason or "engine_failed"
        except EngineError as err:
            LOGGER.error(
                "Cannot reach the engine to reinstall %s: %s", self._model.key, err
            )
            self._error = "engine_failed"
        self._task = None
        return self.async_show_progress_done(
            next_step_id="failed" if self._error else "reload"
        )

    async def async_step_reload(
        self, user_input: dict[str, str] | None = None
    ) -> RepairsFlowResult:
        """Set the entry up again with the reinstalled model."""
        if self.hass.config_entries.async_get_entry(self._entry_id) is not None:
            await self.hass.config_entries.async_reload(self._entry_id)
        entry = self.hass.config_entries.async_get_entry(self._entry_id)
        if entry is None or entry.state is not ConfigEntryState.LOADED:
            # Setup raised a new issue for what is still wrong.
            return self.async_abort(reason="not_loaded")
        return self.async_create_entry(data={})

    async def async_step_failed(
        self, user_input: dict[str, str] | None = None
    ) -> RepairsFlowResult:
        """Say why the model could not be reinstalled; the issue stays."""
        return self.async_abort(
            reason=self._error, description_placeholders={"model": self._model.title}
        )


class PreferLocalIntentsFlow(ConfirmRepairFlow):
    """Turn "Prefer handling commands locally" off in a pipeline whose agent is LLM Home.

    The confirmation names the pipeline (the issue's placeholders) and says why.
    """

    def __init__(self, pipeline_id: str) -> None:
        """Remember the pipeline to change."""
        self._pipeline_id = pipeline_id

    @override
    async def async_step_confirm(
        self, user_input: dict[str, str] | None = None
    ) -> RepairsFlowResult:
        """Turn the switch off once confirmed; the issue then goes."""
        if user_input is not None and not await async_turn_off_local_first(
            self.hass, self._pipeline_id
        ):
            return self.async_abort(reason="pipeline_gone")
        return await super().async_step_confirm(user_input)


async def async_create_fix_flow(
    hass: HomeAssistant,
    issue_id: str,
    data: dict[str, str | int | float | None] | None,
) -> RepairsFlow:
    """Return the fix flow of an issue."""
    if (
        issue_id == ISSUE_MODEL
        and data is not None
        and isinstance(entry_id := data.get("entry_id"), str)
        and (model := CATALOG.get(str(data.get("model")))) is not None
    ):
        return ReinstallModelFlow(entry_id, model, str(data.get("detail", "")))
    if (
        issue_id.startswith(ISSUE_PREFIX)
        and data is not None
        and isinstance(pipeline_id := data.get("pipeline_id"), str)
    ):
        return PreferLocalIntentsFlow(pipeline_id)
    return ConfirmRepairFlow()
