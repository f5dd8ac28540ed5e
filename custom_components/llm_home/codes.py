"""Alarm codes said by the user: taken out of the text before any model, log or history sees it.

The agent calls `take_code` on the user's words; the code goes into the vault under
the request's context id and the text goes on with the code replaced by a marker.
The disarm tool pops the code from the vault and passes it straight to the service.
"""

from __future__ import annotations

import re
from typing import Final

CODE_MARKER: Final = "<code>"
# A run of 4 to 8 digits, alone or spelled digit by digit ("1 2 3 4").
_CODE = re.compile(r"(?<!\w)(\d[\s-]?){3,7}\d(?!\w)")
# Only words about codes or disarming make a number a code ("2700 kelvin" is not one).
_CODE_CONTEXT = re.compile(
    r"\b(code|pin|passcode|disarm\w*|unlock\w*)\b", re.IGNORECASE
)


def take_code(text: str) -> tuple[str, str | None]:
    """Return the text with the first code replaced by a marker, and the code."""
    match = _CODE.search(text) if _CODE_CONTEXT.search(text) else None
    if match is None:
        return text, None
    code = re.sub(r"\D", "", match.group())
    return f"{text[: match.start()]}{CODE_MARKER}{text[match.end() :]}", code


class CodeVault:
    """Holds a code only for the request whose words carried it."""

    def __init__(self) -> None:
        """Start empty."""
        self._codes: dict[str, str] = {}

    def put(self, context_id: str, code: str) -> None:
        """Hold a code for one request."""
        self._codes[context_id] = code

    def pop(self, context_id: str) -> str | None:
        """Hand out (and forget) the code of a request."""
        return self._codes.pop(context_id, None)

    def discard(self, context_id: str) -> None:
        """Forget a request's code if it was not used."""
        self._codes.pop(context_id, None)

    def __repr__(self) -> str:
        """Never show codes."""
        return f"<CodeVault holding {len(self._codes)} code(s)>"
