"""The engine's door: limits on connections that have not shown the token yet.

- At most `MAX_UNAUTHENTICATED` connections may be in their handshake at once, and
  at most `MAX_UNAUTHENTICATED_PER_PEER` from one address; one more is closed at
  once, counted in `Gate.refused`, and logged (at most once a minute, with the count).
- A wrong token holds its answer back: `BAD_TOKEN_DELAY` for the first wrong token
  from an address, doubled for each further one, at most `MAX_BAD_TOKEN_DELAY`. The
  cap stays below the client's handshake timeout, so someone who mistyped the token
  still reads "wrong token" rather than "no answer". A good token from the address
  ends the penalty; an address that sent no wrong token for `FORGET_AFTER` seconds
  starts afresh. Held answers keep their connection unauthenticated, so together
  with the cap one address tries at most a few tokens every few seconds.

Single-threaded: the engine's event loop is its only user. Stdlib only.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable
import logging
import time
from typing import Final

_LOGGER = logging.getLogger(__name__)

MAX_UNAUTHENTICATED: Final = 32
MAX_UNAUTHENTICATED_PER_PEER: Final = 4
BAD_TOKEN_DELAY: Final = 0.5
MAX_BAD_TOKEN_DELAY: Final = 8.0
FORGET_AFTER: Final = 900.0
# Addresses whose wrong tokens are remembered; the oldest are forgotten first.
MAX_REMEMBERED_PEERS: Final = 4096
REFUSED_LOG_INTERVAL: Final = 60.0


class Gate:
    """Count connections in their handshake and wrong tokens, by peer address."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        """Start with no connection waiting and no wrong token seen."""
        self._clock = clock
        self._pending: Counter[str] = Counter()
        # Address -> (wrong tokens in a row, when the last one came).
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()
        self._logged_at: float | None = None
        self._refused_since_log = 0
        self.refused = 0

    @property
    def pending(self) -> int:
        """Return how many connections are in their handshake."""
        return self._pending.total()

    def enter(self, peer: str) -> bool:
        """Admit a new connection from `peer`; False (and counted) when over a cap."""
        if (
            self.pending < MAX_UNAUTHENTICATED
            and self._pending[peer] < MAX_UNAUTHENTICATED_PER_PEER
        ):
            self._pending[peer] += 1
            return True
        self.refused += 1
        self._refused_since_log += 1
        now = self._clock()
        if self._logged_at is None or now - self._logged_at >= REFUSED_LOG_INTERVAL:
            _LOGGER.warning(
                "Closed %d connection(s) at once (%d in all, the last from %s): "
                "%d connections have not shown the token yet (at most %d, "
                "%d per address)",
                self._refused_since_log,
                self.refused,
                peer,
                self.pending,
                MAX_UNAUTHENTICATED,
                MAX_UNAUTHENTICATED_PER_PEER,
            )
            self._logged_at, self._refused_since_log = now, 0
        return False

    def leave(self, peer: str) -> None:
        """Count out a connection of `peer` that ended its handshake, either way."""
        self._pending[peer] -= 1
        if self._pending[peer] <= 0:
            del self._pending[peer]

    def bad_token(self, peer: str) -> tuple[int, float]:
        """Count a wrong token from `peer`; return the count and how long to hold the answer."""
        now = self._clock()
        count, last = self._failures.pop(peer, (0, now))
        if now - last >= FORGET_AFTER:
            count = 0
        count += 1
        self._failures[peer] = (count, now)
        while len(self._failures) > MAX_REMEMBERED_PEERS:
            self._failures.popitem(last=False)
        doubled = BAD_TOKEN_DELAY * 2 ** min(count - 1, 16)
        return count, min(doubled, MAX_BAD_TOKEN_DELAY)

    def good_token(self, peer: str) -> None:
        """Forgive the wrong tokens of `peer`, which showed the right one."""
        self._failures.pop(peer, None)
