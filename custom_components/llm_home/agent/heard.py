"""What speech-to-text heard, and how sure Whisper was of it.

Home Assistant hands the conversation agent the transcript's text only. llm_home's
speech-to-text entity keeps, for a short while, how sure Whisper was of each text it
wrote (the lowest mean log-probability of its segments' tokens, the highest chance
that a segment held no speech, a text that repeats itself), and the agent looks its words up there: words
Whisper was unsure of, or that open with what a verb's reversing prefix sounds like ("and
pause" for "unpause"), are never acted on. The user is asked to say them again.

The limits are conservative (on the development machine's spoken benchmark no right
transcript fell below them); most mis-hearings are still caught by the reading, which
acts only on what the words name and ask for.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
import re
import time
from typing import Final

from ..language import LANGUAGES, Language

HEARD_TTL: Final = 30.0
# Below this mean log-probability a transcript is a guess.
UNSURE_LOGPROB: Final = -1.0
# Above this chance of no speech, the words may be noise Whisper made words of.
UNSURE_NO_SPEECH: Final = 0.6
# Above this, Whisper's text repeats itself: its own limit for a decoding loop.
LOOP_COMPRESSION: Final = 2.4
# The same word this many times in a row ("Pause, pause, pause, pause") is a loop too
# short to compress: Whisper's, not the speaker's. Numbers after a code word are left
# alone (a PIN).
LOOP_WORDS: Final = 3
_CODE_WORDS: Final = frozenset[str]().union(
    *(language.code_words for language in LANGUAGES.values())
)
_WORD: Final = re.compile(r"\w+")
_KEPT: Final = 16


@dataclass(frozen=True, slots=True)
class Heard:
    """A transcript and how sure Whisper was of it."""

    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float = 0.0
    at: float = field(default_factory=time.monotonic)

    @property
    def unsure(self) -> bool:
        """Return whether the words may not be what was said."""
        return (
            self.avg_logprob < UNSURE_LOGPROB
            or self.no_speech_prob > UNSURE_NO_SPEECH
            or self.compression_ratio > LOOP_COMPRESSION
            or _loops(self.text)
        )

    def lost_prefix(self, language: Language) -> bool:
        """Return whether the words open with what a reversing prefix sounds like.

        "Unpause the music" is heard "and pause the music", "unlock the door" "I'm
        lock the door" or "I'm off the entry lock": a verb of the table with the
        prefix, without it, is said after the opening, and which was meant is lost.
        """
        words = language.words(self.text)
        return any(
            words[: len(sound)] == sound
            and any(
                prefix + word in language.command_verbs for word in words[len(sound) :]
            )
            for prefix, sounds in language.prefix_soundalikes.items()
            for sound in sounds
        )


def _loops(text: str) -> bool:
    """Return whether a word comes LOOP_WORDS times in a row.

    A number too ("餐厅1灯, 1,1,1,2,4" heard for "餐厅灯关掉" set the light to 1 %),
    unless a code is said: a PIN said digit by digit repeats its digits.
    """
    words = _WORD.findall(text.casefold())
    if not _CODE_WORDS.isdisjoint(words):
        words = [word for word in words if not word.isdigit()]
    return any(
        len(set(words[i : i + LOOP_WORDS])) == 1
        for i in range(len(words) - LOOP_WORDS + 1)
    )


class Transcripts:
    """The last transcripts of the speech-to-text entity, each taken once."""

    def __init__(self) -> None:
        """Keep none yet."""
        self._recent: deque[Heard] = deque(maxlen=_KEPT)

    def add(self, heard: Heard) -> None:
        """Keep what was just heard."""
        self._recent.append(heard)

    def take(self, text: str) -> Heard | None:
        """Return (and forget) what was heard as `text` lately; None for typed words."""
        now = time.monotonic()
        for heard in reversed(self._recent):
            if heard.text == text and now - heard.at <= HEARD_TTL:
                self._recent.remove(heard)
                return heard
        return None


_heard: ContextVar[Heard | None] = ContextVar("llm_home_heard", default=None)


@contextmanager
def hearing(heard: Heard | None) -> Iterator[None]:
    """Mark the request running in this context as heard (None: typed)."""
    token = _heard.set(heard)
    try:
        yield
    finally:
        _heard.reset(token)


def spoken() -> bool:
    """Return whether the request running in this context was heard, not typed."""
    return _heard.get() is not None
