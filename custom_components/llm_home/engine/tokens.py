"""The engine's shared token: how long a user's token must be, and how logs name it.

A token is never written to a log whole: logs name it by its fingerprint (the first
hex digits of its SHA-256), which lets a user check that Home Assistant and the
engine hold the same token without showing either. Stdlib only (the engine also runs
without Home Assistant).
"""

from __future__ import annotations

import hashlib
from typing import Final

# Shorter tokens are refused where a user chooses one (the engine's token file, the
# config flow): with the bad-token delay, 16 random characters are out of reach.
MIN_TOKEN_LENGTH: Final = 16
FINGERPRINT_LENGTH: Final = 8


class TokenTooShortError(ValueError):
    """A user's token is shorter than `MIN_TOKEN_LENGTH`."""


def fingerprint(token: str) -> str:
    """Return the short fingerprint that names a token in logs."""
    return hashlib.sha256(token.encode()).hexdigest()[:FINGERPRINT_LENGTH]


def check_token(token: str) -> str:
    """Return the token; raise TokenTooShortError when it is too short to guard the engine."""
    if len(token) < MIN_TOKEN_LENGTH:
        raise TokenTooShortError(
            f"the token has {len(token)} characters; it needs at least "
            f"{MIN_TOKEN_LENGTH}"
        )
    return token
