"""Alarm codes said by the user: taken out of the words before any model, log or history sees them.

The agent calls `take_code` on the user's words. The words go on with every number
replaced by a marker; the code is held in a context variable for the one request that
carried it (tool calls run in tasks that inherit it, other requests cannot see it), and
the alarm tools hand it straight to the panel.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
import re
import secrets
import time
from typing import Final

from ..language import ENGLISH, Language
from .actions import ACTIONS
from .snapshot import normalize

CODE_MARKER: Final = "<code>"
MIN_DIGITS: Final = 3

_SEPARATOR: Final = r"[\s,.-]"

_spoken_code: ContextVar[str | None] = ContextVar("llm_home_spoken_code", default=None)


def _either(forms: Iterable[str], *, whole: bool = False) -> str:
    """Return a pattern for any of the forms, longest first; one that never matches if none.

    A form of several words matches with any spaces between them. With `whole`, a form
    that ends in a letter or digit matches only as a whole word ("k", not "kitchen").
    """
    patterns = [
        r"\s+".join(map(re.escape, form.split()))
        + (r"(?!\w)" if whole and re.search(r"\w$", form) else "")
        for form in sorted(forms, key=lambda form: (-len(form), form))
    ]
    return "(?:" + ("|".join(patterns) or "(?!)") + ")"


def _sensitive_kind_words(language: Language) -> frozenset[str]:
    """Return the words for the kinds of device that sensitive actions act on."""
    found: set[str] = set()
    for action in ACTIONS:
        for service in action.services:
            if (sensitive := service.sensitive) is None:
                continue
            if sensitive.classes is None:
                found |= language.kind_words(service.domain, None)
            for cls in sensitive.classes or ():
                found |= language.class_only_words(service.domain, cls)
    return frozenset(language.singular(word) for word in found)


class _CodeReading:
    """How one language says a code, compiled once from its table."""

    def __init__(self, language: Language) -> None:
        """Build the patterns from the language's words."""
        self.language = language
        self.digit_values = {**language.digit_words, **language.digit_homophones}
        spelled = rf"(?:\d|{_either(language.digit_words)})"
        # Speech recognizers write "four" as "for" when digits follow ("the code is
        # for 321"): a homophone counts only before another digit.
        homophone = rf"{_either(language.digit_homophones)}(?={_SEPARATOR}+{spelled})"
        digit = rf"(?:{spelled}|{homophone})"
        self.digit = re.compile(digit, re.IGNORECASE)
        # Digits, alone or spelled out, separated by spaces, commas, dots or dashes:
        # "1234", "1, 2, 3, 4", "one two three four".
        number = rf"(?<![\w]){digit}(?:{_SEPARATOR}*{digit})*(?![\w])"
        self.number = re.compile(number, re.IGNORECASE)
        self.only_number = re.compile(rf"^\W*{number}\W*$", re.IGNORECASE)
        # Words right before a number that make it a code: "code 1234", "the pin is
        # 1234", "code: 1234".
        code_word, gap = _either(language.code_words), _either(language.code_gaps)
        self.code_word = re.compile(rf"\b{code_word}\b(?:\s+{gap})*\W*$", re.IGNORECASE)
        # A number after these is a value ("set the door light to 100"), unless a
        # code word names it.
        self.value_before = re.compile(
            rf"\b{_either(language.numbers.value_before)}\s*$", re.IGNORECASE
        )
        # A unit after a number makes it a value, never a code: "100 percent".
        self.unit = re.compile(
            rf"\s*{_either(language.numbers.units, whole=True)}", re.IGNORECASE
        )
        # Words that make a bare number in the request the code: a code word, a verb
        # only a sensitive action takes, or a word naming a kind of device a
        # sensitive action acts on ("turn off the alarm 1234", "open the smart lock
        # 4821"). The home's own names of such devices are added per request.
        self.code_words = frozenset(map(language.singular, language.code_words))
        self.sensitive_verbs = tuple(language.sensitive_verbs)
        self.kind_words = _sensitive_kind_words(language)

    def digits(self, text: str) -> str:
        """Return the digits a number says ("one 2 three" -> "123")."""
        return "".join(
            self.digit_values.get(word.casefold(), word)
            for word in self.digit.findall(text)
        )

    def candidates(self, text: str) -> list[re.Match[str]]:
        """Return the numbers that could be a code: long enough, and not a value with a unit."""
        return [
            match
            for match in self.number.finditer(text)
            if len(self.digits(match.group())) >= MIN_DIGITS
            and not self.unit.match(text, match.end())
        ]

    def asks_for_code(self, text: str, names: Collection[str]) -> bool:
        """Return whether a bare number in the words may be a code."""
        singular = self.language.singular
        words = {singular(word) for word in normalize(text).split()}
        return bool(
            words & self.code_words
            or any(word.startswith(self.sensitive_verbs) for word in words)
            or words & self.kind_words
            or words & {singular(word) for word in names}
        )


_READINGS: dict[str, _CodeReading] = {}


def _reading(language: Language) -> _CodeReading:
    """Return the language's compiled code words, built on first use."""
    reading = _READINGS.get(language.code)
    if reading is None or reading.language is not language:
        reading = _READINGS[language.code] = _CodeReading(language)
    return reading


def take_code(
    text: str, names: Collection[str] = (), language: Language = ENGLISH
) -> tuple[str, str | None]:
    """Return the words with the code's number replaced by a marker, and the code.

    A number is a code only when it follows a code word ("code", "pin", "passcode",
    "password"), or sits in a request that could be a sensitive action (its verbs,
    its kinds of device, or `names`: the words of the home's names for such
    devices), or is all the words say (the answer to "what is the code?"); a number
    with a unit ("100 percent", "21 degrees") or after "to" never is. When the code
    is unclear (several bare numbers in a disarm request), all of them are hidden and
    none is used. Other numbers are the user's values and stay.
    """
    reading = _reading(language)
    if not (reading.asks_for_code(text, names) or reading.only_number.match(text)):
        return text, None
    candidates = reading.candidates(text)
    named = [m for m in candidates if reading.code_word.search(text, 0, m.start())]
    bare = [
        m for m in candidates if not reading.value_before.search(text, 0, m.start())
    ]
    hidden = named or bare
    if not hidden:
        return text, None
    spans = {match.span() for match in hidden}
    redacted = reading.number.sub(
        lambda m: CODE_MARKER if m.span() in spans else m.group(), text
    )
    code = reading.digits(hidden[0].group()) if len(hidden) == 1 else None
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

    def seal(
        self, text: str, names: Collection[str] = (), language: Language = ENGLISH
    ) -> str:
        """Return the transcript with its numbers hidden and the code sealed away."""
        redacted, code = take_code(text, names, language)
        if code is None:
            return redacted
        now = time.monotonic()
        self._codes = {k: v for k, v in self._codes.items() if v[1] > now}
        token = "".join(secrets.choice(_SEAL_LETTERS) for _ in range(16))
        self._codes[token] = (code, now + SEAL_TTL)
        return redacted.replace(CODE_MARKER, f"<code {token}>", 1)

    def take(
        self, text: str, names: Collection[str] = (), language: Language = ENGLISH
    ) -> tuple[str, str | None]:
        """Return the words with numbers hidden, and the code said or sealed in them.

        A sealed code is handed out once; an unknown or expired seal gives no code.
        """
        if (match := _SEALED.search(text)) is None:
            return take_code(text, names, language)
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
