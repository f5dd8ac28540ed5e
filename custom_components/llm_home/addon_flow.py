"""The config flow's steps for the engine app on Home Assistant OS: nothing to type.

Chosen from the first menu, or offered when the app announces itself through the
Supervisor (it was installed by hand): the app is installed if needed, given a token,
started, and connected to by the hostname it announces (addon.py). Then the flow goes
on as for any engine (flow_models.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from homeassistant.components.hassio import AddonError, AddonState
from homeassistant.config_entries import ConfigFlowResult
from homeassistant.helpers.service_info.hassio import HassioServiceInfo

from .addon import (
    ADDON_NAME,
    addon_manager,
    async_add_repository,
    async_connect_addon,
    async_find_addon,
    async_set_up_addon,
)
from .const import LOGGER
from .engine.errors import EngineError
from .flow_models import ModelsFlow, engine_error


class AddonFlow(ModelsFlow):
    """Install, set up, start and connect the engine app through the Supervisor."""

    _addon_slug: str | None = None
    _addon_task: asyncio.Task[None] | None = None
    # Why the app cannot be used: an abort reason and what failed.
    _addon_abort: tuple[str, str] = ("addon_start_failed", "")

    async def async_step_hassio(
        self, discovery_info: HassioServiceInfo
    ) -> ConfigFlowResult:
        """Offer the engine app that announced itself through the Supervisor."""
        await self._async_handle_discovery_without_unique_id()
        self._addon_slug = discovery_info.slug
        self.context["title_placeholders"] = {"name": discovery_info.name}
        return await self.async_step_hassio_confirm()

    async def async_step_hassio_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask before connecting to the discovered app."""
        if user_input is not None:
            return await self.async_step_addon()
        return self.async_show_form(
            step_id="hassio_confirm", description_placeholders={"addon": ADDON_NAME}
        )

    async def async_step_addon(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Use the engine app: install it if needed, then set it up and connect."""
        try:
            slug = self._addon_slug or await async_find_addon(self.hass)
            installed = (
                slug is not None
                and (await addon_manager(self.hass, slug).async_get_addon_info()).state
                is not AddonState.NOT_INSTALLED
            )
        except AddonError as err:
            LOGGER.error("Cannot ask the Supervisor about the app: %s", err)
            return self.async_abort(
                reason="addon_info_failed", description_placeholders={"error": str(err)}
            )
        self._addon_slug = slug
        if installed:
            return await self.async_step_start_addon()
        return await self.async_step_install_addon()

    async def async_step_install_addon(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Install the app (and add its repository to the store first if needed)."""
        return self._addon_progress(
            "install_addon", self._async_install_addon, "start_addon"
        )

    async def async_step_start_addon(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Give the app a token, start it and connect to its engine."""
        return self._addon_progress("start_addon", self._async_start_addon, "llm")

    def _addon_progress(
        self,
        step_id: str,
        work: Callable[[], Coroutine[Any, Any, None]],
        next_step: str,
    ) -> ConfigFlowResult:
        """Show the progress of the app's `work`; then go on, or end the flow.

        A failure ends the flow with the abort reason "addon_<verb>_failed".
        """
        if self._addon_task is None:
            self._addon_task = self.hass.async_create_task(work())
        if not self._addon_task.done():
            return self.async_show_progress(
                step_id=step_id,
                progress_action=step_id,
                progress_task=self._addon_task,
                description_placeholders={"addon": ADDON_NAME},
            )
        verb = step_id.removesuffix("_addon")
        return self.async_show_progress_done(
            next_step_id=self._addon_done(next_step, f"addon_{verb}_failed")
        )

    async def async_step_addon_failed(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """End the flow saying what failed with the app."""
        reason, error = self._addon_abort
        return self.async_abort(
            reason=reason,
            description_placeholders={"addon": ADDON_NAME, "error": error},
        )

    def _addon_done(self, next_step: str, failure: str) -> str:
        """Return the step after the app's task: `next_step`, or the failure's."""
        task, self._addon_task = self._addon_task, None
        assert task is not None
        try:
            task.result()
        except AddonError as err:
            LOGGER.error("%s", err)
            self._addon_abort = (failure, str(err))
        except EngineError as err:  # the engine answers, but refuses
            LOGGER.error("Cannot use the %s app's engine: %s", ADDON_NAME, err)
            self._addon_abort = (f"addon_{engine_error(err)}", str(err))
        else:
            return next_step
        return "addon_failed"

    async def _async_install_addon(self) -> None:
        """Add the repository to the store if the app is not there, and install it."""
        if self._addon_slug is None:
            self._addon_slug = await async_add_repository(self.hass)
        await addon_manager(self.hass, self._addon_slug).async_schedule_install_addon()

    async def _async_start_addon(self) -> None:
        """Set the app up and connect to its engine; keep what the entry needs."""
        assert self._addon_slug is not None
        manager = addon_manager(self.hass, self._addon_slug)
        token = await async_set_up_addon(manager)
        self._data.update(await async_connect_addon(self.hass, manager, token))
