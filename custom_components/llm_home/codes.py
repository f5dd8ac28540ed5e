"""Alarm codes said by the user: taken out of the words before any model, log or history sees them.

The agent calls `take_code` on the user's words. The words go on with every number
replaced by a marker; the code is held in a context variable for the one request that
carried it (tool calls run in tasks that inherit it, other requests cannot see it), and
the alarm tools hand it straight to the panel.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
import re
import secrets
import time
from typing import Final

CODE_MARKER: Final = "<code>"

_DIGIT_WORDS: Final = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_SEPARATOR = r"[\s,.-]"
_SPELLED = r"(?:\d|" + "|".join(_DIGIT_WORDS) + r")"
# Speech recognizers write "four" as "for" when digits follow ("the code is for 321").
_HOMOPHONES: Final = {"for": "4"}
_DIGIT = (
    r"(?:\d|"
    + "|".join(_DIGIT_WORDS)
    + "|"
    + "|".join(rf"{word}(?={_SEPARATOR}+{_SPELLED})" for word in _HOMOPHONES)
    + r")"
)
# Digits, alone or spelled out, separated by spaces, commas, dots or dashes: "1234", "1, 2, 3, 4".
_NUMBER: Final = re.compile(
    rf"(?<![\w]){_DIGIT}(?:{_SEPARATOR}*{_DIGIT})*(?![\w])", re.IGNORECASE
)
# Words that make a number a code ("set the light to 2700 kelvin" holds none).
_CODE_CONTEXT: Final = re.compile(
    r"\b(code|pin|passcode|password|alarm|security|disarm\w*|disable\w*|unlock\w*)\b",
    re.IGNORECASE,
)
_ONLY_NUMBER: Final = re.compile(rf"^\W*{_NUMBER.pattern}\W*$", re.IGNORECASE)
MIN_DIGITS: Final = 3

_spoken_code: ContextVar[str | None] = ContextVar("llm_home_spoken_code", default=None)


def _digits(text: str) -> str:
    words = re.findall(rf"{_DIGIT}", text, re.IGNORECASE)
    digit_words = _DIGIT_WORDS | _HOMOPHONES
    return "".join(digit_words.get(word.casefold(), word) for word in words)


def take_code(text: str) -> tuple[str, str | None]:
    """Return the words with every number replaced by a marker, and the code if there is one.

    Numbers are only treated as codes in words about codes or alarms, or when the words
    are nothing but a number (the answer to "what is the code?"). When several numbers
    could be the code, all are hidden and none is used.
    """
    if not (_CODE_CONTEXT.search(text) or _ONLY_NUMBER.match(text)):
        return text, None
    candidates = [
        m for m in _NUMBER.finditer(text) if len(_digits(m.group())) >= MIN_DIGITS
    ]
    if not candidates:
        return text, None
    redacted = _NUMBER.sub(
        lambda m: CODE_MARKER if len(_digits(m.group())) >= MIN_DIGITS else m.group(),
        text,
    )
    code = _digits(candidates[0].group()) if len(candidates) == 1 else None
    return redacted, code


# A code heard by speech-to-text travels on to the agent as a sealed token: HA's
# pipeline events, debug runs and chat log only ever hold the token.
_SEALED: Final = re.compile(r"<code ([a-z]{16})>")
_SEAL_LETTERS: Final = (
    "abcdefghijklmnopqrstuvwxyz"  # no digits: a seal never looks like a code
)
SEAL_TTL: Final = 60.0


class CodeVault:
    """Codes heard by speech-to-text, held for the agent that gets the transcript."""

    def __init__(self) -> None:
        """Hold nothing yet."""
        self._codes: dict[str, tuple[str, float]] = {}

    def seal(self, text: str) -> str:
        """Return the transcript with its numbers hidden and the code sealed away."""
        redacted, code = take_code(text)
        if code is None:
            return redacted
        now = time.monotonic()
        self._codes = {k: v for k, v in self._codes.items() if v[1] > now}
        token = "".join(secrets.choice(_SEAL_LETTERS) for _ in range(16))
        self._codes[token] = (code, now + SEAL_TTL)
        return redacted.replace(CODE_MARKER, f"<code {token}>", 1)

    def take(self, text: str) -> tuple[str, str | None]:
        """Return the words with numbers hidden, and the code said or sealed in them.

        A sealed code is handed out once; an unknown or expired seal gives no code.
        """
        if (match := _SEALED.search(text)) is None:
            return take_code(text)
        code, expires = self._codes.pop(match.group(1), (None, 0.0))
        redacted = _SEALED.sub(CODE_MARKER, text)
        return redacted, code if expires > time.monotonic() else None


@contextmanager
def spoken_code(code: str | None) -> Iterator[None]:
    """Hold a code for the request running in this context, and forget it afterwards."""
    token = _spoken_code.set(code)
    try:
        yield
    finally:
        _spoken_code.reset(token)


def current_code() -> str | None:
    """Return the code the user said in this request, if any."""
    return _spoken_code.get()
