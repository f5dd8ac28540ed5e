"""Alarm codes said by the user: taken out of the words before any model, log or history sees them.

The agent calls `take_code` on the user's words. The words go on with every number
replaced by a marker; the code is held in a context variable for the one request that
carried it (tool calls run in tasks that inherit it, other requests cannot see it), and
the alarm tools hand it straight to the panel.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
import re
import secrets
import time
from typing import Final

from ..language import ENGLISH
from .actions import ACTIONS

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
# Words right before a number that make it a code: "code 1234", "the pin is 1234", "code: 1234".
_CODE_WORD: Final = re.compile(
    r"\b(?:code|pin|passcode|password)\b(?:\s+(?:is|was|of|number))*\W*$", re.IGNORECASE
)
# Words that make a bare number in the request the code: a code word, a verb only a
# sensitive action takes, or a word naming a kind of device a sensitive action acts on
# ("turn off the alarm 1234", "open the smart lock 4821"). The home's own names of such
# devices are added per request (`take_code`'s `names`).
CODE_WORDS: Final = frozenset({"code", "pin", "passcode", "password"})
_SENSITIVE_VERBS: Final = frozenset(
    {"disarm", "unlock", "unbolt", "deactivate", "disable", "silence"}
)


def _sensitive_kind_words() -> frozenset[str]:
    """Return the words for the kinds of device that sensitive actions act on."""
    found: set[str] = set()
    for action in ACTIONS:
        for service in action.services:
            if (sensitive := service.sensitive) is None:
                continue
            if sensitive.classes is None:
                found |= ENGLISH.kind_words(service.domain, None)
            for cls in sensitive.classes or ():
                found |= ENGLISH.class_only_words(service.domain, cls)
    return frozenset(ENGLISH.singular(word) for word in found)


_KIND_WORDS: Final = _sensitive_kind_words()
# A number after these is a value ("set the door light to 100"), unless a code word
# names it.
_VALUE_BEFORE: Final = re.compile(r"\b(?:to|at|by)\s*$", re.IGNORECASE)
# A unit after a number makes it a value, never a code: "100 percent", "2700 kelvin".
_UNIT: Final = re.compile(
    r"\s*(?:%|percent|per\s?cent|°|degrees?|kelvin|k\b|minutes?|seconds?|hours?)",
    re.IGNORECASE,
)
_ONLY_NUMBER: Final = re.compile(rf"^\W*{_NUMBER.pattern}\W*$", re.IGNORECASE)
MIN_DIGITS: Final = 3

_spoken_code: ContextVar[str | None] = ContextVar("llm_home_spoken_code", default=None)


def _digits(text: str) -> str:
    words = re.findall(rf"{_DIGIT}", text, re.IGNORECASE)
    digit_words = _DIGIT_WORDS | _HOMOPHONES
    return "".join(digit_words.get(word.casefold(), word) for word in words)


def _candidates(text: str) -> list[re.Match[str]]:
    """Return the numbers that could be a code: long enough, and not a value with a unit."""
    return [
        match
        for match in _NUMBER.finditer(text)
        if len(_digits(match.group())) >= MIN_DIGITS
        and not _UNIT.match(text, match.end())
    ]


def _asks_for_code(text: str, names: Collection[str]) -> bool:
    """Return whether a bare number in the words may be a code (see `_KIND_WORDS`)."""
    words = {
        ENGLISH.singular(word.removesuffix("'s"))
        for word in re.findall(r"[\w']+", text.casefold())
    }
    return bool(
        words & CODE_WORDS
        or {w for w in words if w.startswith(tuple(_SENSITIVE_VERBS))}
        or words & _KIND_WORDS
        or words & {ENGLISH.singular(w) for w in names}
    )


def take_code(text: str, names: Collection[str] = ()) -> tuple[str, str | None]:
    """Return the words with the code's number replaced by a marker, and the code.

    A number is a code only when it follows "code", "pin", "passcode" or "password", or
    sits in a request that could be a sensitive action (its verbs, its kinds of device,
    or `names`: the words of the home's names for such devices), or is all the words
    say (the answer to "what is the code?"); a number with a unit ("100 percent", "21
    degrees") or after "to" never is. When the code is unclear (several bare numbers in
    a disarm request), all of them are hidden and none is used. Other numbers are the
    user's values and stay.
    """
    if not (_asks_for_code(text, names) or _ONLY_NUMBER.match(text)):
        return text, None
    candidates = _candidates(text)
    named = [m for m in candidates if _CODE_WORD.search(text, 0, m.start())]
    bare = [m for m in candidates if not _VALUE_BEFORE.search(text, 0, m.start())]
    hidden = named or bare
    if not hidden:
        return text, None
    spans = {match.span() for match in hidden}
    redacted = _NUMBER.sub(
        lambda m: CODE_MARKER if m.span() in spans else m.group(), text
    )
    code = _digits(hidden[0].group()) if len(hidden) == 1 else None
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

    def seal(self, text: str, names: Collection[str] = ()) -> str:
        """Return the transcript with its numbers hidden and the code sealed away."""
        redacted, code = take_code(text, names)
        if code is None:
            return redacted
        now = time.monotonic()
        self._codes = {k: v for k, v in self._codes.items() if v[1] > now}
        token = "".join(secrets.choice(_SEAL_LETTERS) for _ in range(16))
        self._codes[token] = (code, now + SEAL_TTL)
        return redacted.replace(CODE_MARKER, f"<code {token}>", 1)

    def take(self, text: str, names: Collection[str] = ()) -> tuple[str, str | None]:
        """Return the words with numbers hidden, and the code said or sealed in them.

        A sealed code is handed out once; an unknown or expired seal gives no code.
        """
        if (match := _SEALED.search(text)) is None:
            return take_code(text, names)
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
