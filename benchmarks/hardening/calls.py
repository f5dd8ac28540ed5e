"""Calls: devices that fail or hang, negated commands, and "all" of a kind.

Three parts, each on the fixture home with llm_home, through HA's conversation API:

- failing services: switches whose service raises a cloud's `TimeoutError`, aiohttp's
  `ClientError` or a bug's `RuntimeError`, one that never answers, and two that only
  finish when both run at once. Every request must end in words (lost 0), a failure as
  an error response (failures said as done 0), the hung one within the call timeout.
- negations: "don't ...", "never ...", "do not ..." on devices named in full, alone and
  next to a plain command, in the default order (HA's built-in matcher first): no
  service call and no state change at all.
- all groups: blinds next to a garage door and a skylight, a TV next to a speaker:
  "all the blinds" may change only the blinds (wrong devices changed 0).
"""

from __future__ import annotations

import logging
import time
from typing import Any, Final

from homeassistant.core import CoreState, HomeAssistant
from homeassistant.helpers import entity_registry as er

from .common import Action, Bench, Outcome, Watch, async_ask, count_kinds
from custom_components.llm_home.const import (
    CONF_ORDER,
    DOMAIN,
    ORDER_BUILTIN_THEN_LLM,
    ORDER_LLM,
)
from custom_components.llm_home.home import execute
from custom_components.llm_home.language import ENGLISH
from tests.awkward_home import (
    BLINDS,
    CLASS_HOME,
    HANGING,
    PAIRED,
    SPEAKER,
    TV,
    Plugs,
    async_build_class_home,
)
from tests.home import async_add_agent, async_setup_home, entry_data

_LOGGER = logging.getLogger(__name__)

# What each request is, and what it may end as.
FAILING_REQUESTS: Final = [
    ("turn off the cloud plug", "fails"),
    ("turn off the hub plug", "fails"),
    ("turn off the buggy plug", "fails"),
    ("turn off the slow plug", "sent"),
    ("turn off the left plug and turn off the right plug", "done"),
    ("turn off the desk plug and turn off the cloud plug", "fails"),
]
NEGATIONS: Final = [
    "don't turn on the bed light",
    "do not turn off the kitchen lights",
    "never close the den roller",
    "please don't turn off the ceiling lights",
    "never ever set the hvac to 30 degrees",
    "don't turn off the TV",
    "do not open the garage door",
    "don't turn on the bed light and turn off the kitchen lights",
    "turn off the kitchen lights and never turn on the bed light",
    "turn off the bravia, no, don't",
]
_COVERS: Final = tuple(
    e["id"] for e in CLASS_HOME["entities"] if str(e["id"]).startswith("cover.")
)
# Each request, and the devices it may change (all of them, for a pass).
GROUPS: Final = [
    ("close all the blinds", set(BLINDS)),
    ("turn off all the TVs", {TV}),
    ("close all the windows", {"cover.den_skylight"}),
    ("pause all the speakers", {SPEAKER}),
    ("close the den blinds", {"cover.den_roller"}),
    ("close every blind", set(BLINDS)),
]


async def _async_agent(hass: HomeAssistant, order: str) -> None:
    await async_setup_home(hass)
    await async_build_class_home(hass)
    await async_add_agent(hass, entry_data(), {CONF_ORDER: order})


def _summary(
    hass: HomeAssistant, outcomes: list[Outcome], extra: dict[str, Any]
) -> dict[str, Any]:
    return {
        "requests": len(outcomes),
        **count_kinds(outcomes),
        **extra,
        "Home Assistant running": hass.state is CoreState.running,
    }


async def async_run_failing(hass: HomeAssistant, bench: Bench) -> dict[str, Any]:
    """Ask for devices whose services fail, hang or wait on each other.

    llm_home answers alone: HA's built-in matcher would otherwise answer first, with
    its own handling of failures and timeouts.
    """
    await _async_agent(hass, ORDER_LLM)
    plugs = Plugs(hass)
    # Quick: one failure, the hung device and the pair.
    requests = FAILING_REQUESTS[:1] + FAILING_REQUESTS[3:5]
    if not bench.quick:
        requests = FAILING_REQUESTS
    outcomes: list[Outcome] = []
    said_done, wrong = 0, 0
    hung: dict[str, Any] = {}
    for text, expected in requests:
        plugs.switch_on()
        start = time.monotonic()
        outcome = await async_ask(hass, text)
        outcomes.append(outcome)
        _LOGGER.info("%s: %r -> %r", outcome.kind, text, outcome.reply)
        if expected == "fails":
            said_done += not outcome.error  # a failed device reported as done
        elif expected == "sent":
            # The device has not answered: the reply came while its call still ran.
            hung = {
                "reply after (s)": round(time.monotonic() - start, 1),
                "replied before the device answered": not plugs.release.is_set()
                and not plugs.all_off([HANGING]),
            }
            wrong += "sent" not in outcome.reply.lower()
        else:
            wrong += outcome.error or not plugs.all_off(PAIRED)
    plugs.release.set()
    await hass.async_block_till_done(wait_background_tasks=True)
    return _summary(
        hass,
        outcomes,
        {
            "failures said as done": said_done,
            "wrong replies (hung not said as sent, pair not done together)": wrong,
            "hung device": hung,
            "call timeout (s)": execute.SERVICE_TIMEOUT,
        },
    )


async def async_run_negations(hass: HomeAssistant, bench: Bench) -> dict[str, Any]:
    """Negated commands on devices named in full: nothing may happen."""
    await _async_agent(hass, ORDER_BUILTIN_THEN_LLM)
    watch = Watch(hass)
    outcomes: list[Outcome] = []
    acted: list[str] = []
    for text in NEGATIONS[::3] if bench.quick else NEGATIONS:
        outcome, actions = await _async_watched(hass, watch, text)
        outcomes.append(outcome)
        acted += [f"{text!r}: {a.domain}.{a.what} {a.entity_ids}" for a in actions]
    watch.close()
    return _summary(
        hass,
        outcomes,
        {
            "actions taken": len(acted),
            "what was done": acted,
            "replied that it won't": sum(
                o.reply == ENGLISH.replies["wont_do"] for o in outcomes
            ),
        },
    )


async def async_run_groups(hass: HomeAssistant, bench: Bench) -> dict[str, Any]:
    """Ask for all of a kind: only devices of that kind may change (llm_home alone)."""
    await _async_agent(hass, ORDER_LLM)
    watch = Watch(hass)
    outcomes: list[Outcome] = []
    wrong: list[str] = []
    complete = 0
    for text, allowed in GROUPS[:2] if bench.quick else GROUPS:
        await _async_reset(hass)
        outcome, actions = await _async_watched(hass, watch, text)
        outcomes.append(outcome)
        changed = {a.entity_ids[0] for a in actions if a.kind == "state"}
        wrong += [f"{text!r}: {e}" for e in sorted(changed - allowed)]
        complete += changed == allowed
    watch.close()
    return _summary(
        hass,
        outcomes,
        {
            "wrong devices changed": len(wrong),
            "which": wrong,
            "done as asked (every device of the kind)": complete,
        },
    )


async def _async_watched(
    hass: HomeAssistant, watch: Watch, text: str
) -> tuple[Outcome, list[Action]]:
    """Ask; return the outcome and what it did to devices other than llm_home's own."""
    with watch.record() as actions:
        outcome = await async_ask(hass, text)
        await hass.async_block_till_done()
    _LOGGER.info("%s: %r -> %r", outcome.kind, text, outcome.reply)
    return outcome, [a for a in actions if not _ours(hass, a.entity_ids)]


def _ours(hass: HomeAssistant, entity_ids: tuple[str, ...]) -> bool:
    """Return whether the entities are llm_home's own (its agent and status sensors)."""
    registry = er.async_get(hass)
    return bool(entity_ids) and all(
        (entry := registry.async_get(e)) is not None and entry.platform == DOMAIN
        for e in entity_ids
    )


async def _async_reset(hass: HomeAssistant) -> None:
    """Open every cover and play every player again (outside any recording)."""
    await hass.services.async_call(
        "cover", "open_cover", {"entity_id": list(_COVERS)}, blocking=True
    )
    await hass.services.async_call(
        "media_player", "media_play", {"entity_id": [TV, SPEAKER]}, blocking=True
    )
