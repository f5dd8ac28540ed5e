"""Repair issues: a model that cannot be used, an engine that cannot be reached or keeps crashing."""

from __future__ import annotations

from typing import Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .const import CHAT_TEMPLATE_UNSUPPORTED, DOMAIN
from .engine.catalog import CATALOG
from .engine.client import EngineClient
from .engine.errors import EngineRequestError

ISSUE_MODEL: Final = "model"
ISSUE_ENGINE: Final = "engine"

# A catalog model that is missing or damaged is assembled again by the fix flow.
FIXABLE_MODEL: Final = "model_damaged"
UNFIXABLE_MODEL: Final = "model_unusable"
CRASH_LOOP: Final = "worker_crash_loop"
CRASHED_LOADING: Final = "worker_crashed_loading"

# So many restarts within the window (seconds) make a crash loop.
CRASH_LOOP_RESTARTS: Final = 3
CRASH_LOOP_WINDOW: Final = 600.0


@callback
def async_create_model_issue(
    hass: HomeAssistant, entry_id: str, err: EngineRequestError
) -> None:
    """Raise an issue for a model that stopped setup."""
    fixable = err.model in CATALOG and err.reason in (
        "model_not_found",
        "model_corrupt",
    )
    key = FIXABLE_MODEL if fixable else UNFIXABLE_MODEL
    if err.reason == CHAT_TEMPLATE_UNSUPPORTED:  # another model is the only fix
        key = CHAT_TEMPLATE_UNSUPPORTED
    ir.async_create_issue(
        hass,
        DOMAIN,
        ISSUE_MODEL,
        data={"entry_id": entry_id, "model": err.model, "detail": err.detail},
        is_fixable=fixable,
        severity=ir.IssueSeverity.ERROR,
        translation_key=key,
        translation_placeholders={"model": err.model, "detail": err.detail},
    )


@callback
def async_create_engine_issue(
    hass: HomeAssistant, translation_key: str, placeholders: dict[str, str]
) -> None:
    """Raise the engine's (not fixable) issue with the given explanation."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        ISSUE_ENGINE,
        is_fixable=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key=translation_key,
        translation_placeholders=placeholders,
    )


@callback
def async_watch_engine(hass: HomeAssistant, client: EngineClient) -> CALLBACK_TYPE:
    """Raise an issue when the engine restarts too often; return the unsubscriber."""

    @callback
    def check() -> None:
        if (
            restarts := client.recent_restarts(CRASH_LOOP_WINDOW)
        ) >= CRASH_LOOP_RESTARTS:
            async_create_engine_issue(
                hass,
                CRASH_LOOP,
                {
                    "restarts": str(restarts),
                    "minutes": str(round(CRASH_LOOP_WINDOW / 60)),
                },
            )

    return client.add_listener(check)


@callback
def async_delete_issues(hass: HomeAssistant) -> None:
    """Delete the issues once the entry is set up (or removed)."""
    for issue_id in (ISSUE_MODEL, ISSUE_ENGINE):
        ir.async_delete_issue(hass, DOMAIN, issue_id)
