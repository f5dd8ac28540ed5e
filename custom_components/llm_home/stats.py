"""What the last requests cost: kept for diagnostics, status sensors and benchmarks."""

from __future__ import annotations

from collections import deque
from dataclasses import asdict, dataclass
from typing import Any, Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send

from .const import DOMAIN

MAX_TIMINGS: Final = 20


@dataclass(frozen=True, slots=True)
class RequestTiming:
    """The cost of one conversation request, stage by stage (milliseconds)."""

    prompt_tokens: int
    cached_tokens: int
    prefill_ms: float
    generation_ms: float
    tools_ms: float
    total_ms: float

    def as_dict(self) -> dict[str, Any]:
        """Return the timing as plain data."""
        return asdict(self)


def signal_request_done(entry_id: str) -> str:
    """Return the dispatcher signal sent after each request of an entry."""
    return f"{DOMAIN}_{entry_id}_request_done"


class RequestStats:
    """The timings of the last requests of one entry."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Keep the last MAX_TIMINGS timings."""
        self._hass = hass
        self._entry_id = entry_id
        self.timings: deque[RequestTiming] = deque(maxlen=MAX_TIMINGS)

    @property
    def last(self) -> RequestTiming | None:
        """Return the latest timing, if any request was made."""
        return self.timings[-1] if self.timings else None

    @callback
    def async_record(self, timing: RequestTiming) -> None:
        """Record a request's timing and tell the listeners."""
        self.timings.append(timing)
        async_dispatcher_send(self._hass, signal_request_done(self._entry_id))
