"""Runs planned service calls: those of one request at once, each bounded in time.

Every call runs as a task of its own, so one slow or failing device neither delays
nor stops the others. Whatever a call raises (a `HomeAssistantError`, a cloud
integration's `TimeoutError` or `ClientError`, any other exception) stays here: the
call is reported failed, with a traceback in the log, and `async_run_calls` raises one
`ActionError` naming the devices once every call has ended. A call still running after
SERVICE_TIMEOUT goes on in the background and is reported as sent, as Home Assistant's
own intent handlers do (`ServiceIntentHandler.service_timeout`): a hung lock costs the
reply a few seconds, never the answer. An alarm code in a call is taken out of every
message and traceback before it is logged or spoken.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
import traceback
from typing import Any

from homeassistant.const import ATTR_CODE, ATTR_ENTITY_ID
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError

from ..const import LOGGER
from .codes import CODE_MARKER
from .services import ActionError, ServiceCall
from .snapshot import HomeEntity

# Seconds a call may take before the reply says it was sent. Home Assistant's intent
# handlers wait 0.2 s; a device behind a radio or a cloud often needs a few seconds to
# confirm, and the reply reads the device's new state.
SERVICE_TIMEOUT = 5.0
# How long a request that is itself cancelled waits for its calls to stop.
CANCEL_WAIT = 5.0


class Outcome(StrEnum):
    """How a call ended, as far as the reply can tell."""

    DONE = "done"
    SENT = "sent"  # still running after SERVICE_TIMEOUT; goes on in the background
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Ran:
    """One call's outcome and, for a failure, words that may be spoken."""

    entity: HomeEntity
    outcome: Outcome
    message: str = ""


async def async_run_calls(
    hass: HomeAssistant, calls: Sequence[ServiceCall], context: Context | None
) -> list[Ran]:
    """Run the calls concurrently; return how each ended, in order.

    Raises ActionError("service_failed" or "service_error") after all have ended when
    any of them failed: the others are carried out all the same.
    """
    ran = await asyncio.gather(*(_async_run(hass, call, context) for call in calls))
    if failed := [r for r in ran if r.outcome is Outcome.FAILED]:
        names = " and ".join(r.entity.name for r in failed)
        message = next((r.message for r in failed if r.message), "")
        done = [r.entity.name for r in ran if r.outcome is not Outcome.FAILED]
        if message:
            raise ActionError("service_failed", name=names, message=message, done=done)
        raise ActionError("service_error", name=names, done=done)
    return ran


async def _async_run(
    hass: HomeAssistant, call: ServiceCall, context: Context | None
) -> Ran:
    entity_id = call.entity.entity_id
    # A background task: a call that never returns must not hold up Home Assistant's
    # shutdown or `async_block_till_done`; HA cancels it when it stops.
    task = hass.async_create_background_task(
        hass.services.async_call(
            call.domain,
            call.service,
            {ATTR_ENTITY_ID: entity_id, **call.data},
            blocking=True,
            context=context,
        ),
        f"llm_home {call.domain}.{call.service} {entity_id}",
        eager_start=True,
    )
    try:
        done, _ = await asyncio.wait({task}, timeout=SERVICE_TIMEOUT)
    except asyncio.CancelledError:
        # The request was cancelled: so is its call, as in HA's intent handlers.
        task.cancel()
        await asyncio.wait({task}, timeout=CANCEL_WAIT)
        raise
    if not done:
        LOGGER.warning(
            "%s.%s on %s did not finish within %s s; it goes on in the background",
            call.domain,
            call.service,
            entity_id,
            SERVICE_TIMEOUT,
        )
        task.add_done_callback(lambda late: _log_late(call, late))
        return Ran(call.entity, Outcome.SENT)
    if task.cancelled():
        LOGGER.warning(
            "%s.%s on %s was cancelled", call.domain, call.service, entity_id
        )
        return Ran(call.entity, Outcome.FAILED)
    if (err := task.exception()) is None:
        return Ran(call.entity, Outcome.DONE)
    return Ran(call.entity, Outcome.FAILED, _log_failure(call, err))


def _log_late(call: ServiceCall, task: asyncio.Task[Any]) -> None:
    """Log how a call that went on in the background ended (and retrieve its error)."""
    if not task.cancelled() and (err := task.exception()) is not None:
        _log_failure(call, err)


def _log_failure(call: ServiceCall, err: BaseException) -> str:
    """Log a failed call; return the words that may be spoken about it ("" for none).

    A `ServiceValidationError` is the request's own mistake (a wrong code, a value the
    device refuses): its message is for the user and no traceback is logged. Anything
    else is logged with its traceback at error level. An integration's own
    `HomeAssistantError` message is meant for users and is spoken; other exceptions'
    text is not ("Cannot connect to host 10.0.0.5:443").
    """
    code = call.data.get(ATTR_CODE)

    def without_code(text: str) -> str:
        return text.replace(str(code), CODE_MARKER) if code else text

    where = f"{call.domain}.{call.service} on {call.entity.entity_id}"
    message = without_code(str(err)) if isinstance(err, HomeAssistantError) else ""
    if isinstance(err, ServiceValidationError):
        LOGGER.debug("%s refused: %s", where, message)
        return message
    LOGGER.error(
        "%s failed:\n%s", where, without_code("".join(traceback.format_exception(err)))
    )
    return message
