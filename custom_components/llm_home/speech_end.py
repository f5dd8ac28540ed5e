"""Where the words end in a satellite's audio, heard while it still streams.

A satellite keeps its microphone open until Home Assistant's voice-activity detector
has heard the silence after a command (0.7 s by default), and only then ends the
stream. Whisper needs nothing of that silence: once the audio has been quiet for
EARLY_SILENCE_S after speech, the speech-to-text entity starts transcribing what it
has. With no word said since, that transcript is the one: when the stream ends, or
as soon as the words have been followed by the quiet that ends a command (an option;
0.7 s, Home Assistant's default), as its detector takes about 0.4 s longer to end
the stream.

Quiet and loud are told apart by loudness alone, measured against the stream
itself: the quietest stretch heard (the room before the words) and the loudest
(the words). A stream whose quiet is not clearly below its words, such as speech in
loud noise, shows no end here, and is transcribed when it ends, as before.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, Callable, Coroutine
import logging
from typing import Any, Final

import numpy as np

from homeassistant.core import HomeAssistant

_LOGGER = logging.getLogger(__name__)

SAMPLE_RATE: Final = 16000
SAMPLE_WIDTH: Final = 2
BYTES_PER_SECOND: Final = SAMPLE_RATE * SAMPLE_WIDTH
FRAME: Final = SAMPLE_RATE // 100  # samples in 10 ms
EARLY_SILENCE_S: Final = 0.25
_EARLY_FRAMES: Final = round(EARLY_SILENCE_S * 100)
_MIN_SPEECH_FRAMES: Final = 10  # 0.1 s of words before an end can be heard
# The words must stand this far above the room's quiet for an end to be heard.
_MIN_RANGE_DB: Final = 15.0
_SILENT_DB: Final = -100.0


class SpeechEnd:
    """The loudness of each 10 ms of a stream of 16-bit mono PCM, and where words end."""

    def __init__(self) -> None:
        """Start with nothing heard."""
        self._levels: list[float] = []
        self._rest = b""
        self._quiet = self._loud = _SILENT_DB

    def add(self, chunk: bytes) -> None:
        """Measure a chunk of the stream, as it comes."""
        data = self._rest + chunk
        usable = len(data) - len(data) % (FRAME * SAMPLE_WIDTH)
        self._rest = data[usable:]
        if not usable:
            return
        samples = np.frombuffer(data[:usable], dtype="<i2").astype(np.float32)
        frames = samples.reshape(-1, FRAME) / 32768.0
        power = np.mean(frames * frames, axis=1)
        levels = [float(level) for level in 10 * np.log10(np.maximum(power, 1e-10))]
        if not self._levels:
            self._quiet, self._loud = levels[0], levels[0]
        self._quiet = min(self._quiet, *levels)
        self._loud = max(self._loud, *levels)
        self._levels.extend(levels)

    def _above(self, share: float) -> float:
        """Return the level `share` of the way from the room's quiet to the words."""
        return self._quiet + (self._loud - self._quiet) * share

    def ended(self) -> int | None:
        """Return how many bytes hold the words, once EARLY_SILENCE_S of quiet follow them.

        None while the words go on, before any were said, or when quiet and words are
        too alike to tell apart.
        """
        levels = self._levels
        if len(levels) < _EARLY_FRAMES + _MIN_SPEECH_FRAMES:
            return None
        if self._loud - self._quiet < _MIN_RANGE_DB or self._loud <= _SILENT_DB:
            return None
        speech, silence = self._above(1 / 2), self._above(1 / 4)
        tail = levels[-_EARLY_FRAMES:]
        if max(tail) >= speech or sum(tail) / len(tail) >= silence:
            return None
        if sum(level >= speech for level in levels) < _MIN_SPEECH_FRAMES:
            return None
        return len(levels) * FRAME * SAMPLE_WIDTH

    def spoken_after(self, offset: int) -> bool:
        """Return whether words were said after the first `offset` bytes."""
        speech = self._above(1 / 2)
        first = offset // (FRAME * SAMPLE_WIDTH)
        return any(level >= speech for level in self._levels[first:])


class AudioLengthError(Exception):
    """The stream is too short or too long to transcribe."""


async def async_transcribe_stream[R](
    hass: HomeAssistant,
    stream: AsyncIterable[bytes],
    transcribe: Callable[[bytes], Coroutine[Any, Any, R]],
    *,
    min_bytes: int,
    max_bytes: int,
    end_silence_s: float,
) -> R:
    """Return the stream's transcript, started where the words ended.

    The transcript of the audio up to where the words ended is started while the
    stream goes on; when words come after it, it is dropped, and the whole audio is
    transcribed once the stream ends. Once it is done and the words have been
    followed by `end_silence_s` of quiet (0: never), the command has ended: the
    stream is read no further (Home Assistant's pipeline then goes on, as when its
    own detector ends the stream).
    """
    audio = bytearray()
    after_words = int(max(0.0, end_silence_s - EARLY_SILENCE_S) * SAMPLE_RATE)
    after_words *= SAMPLE_WIDTH  # whole samples
    end = SpeechEnd()
    early: tuple[int, asyncio.Task[R]] | None = None
    try:
        async for chunk in stream:
            audio += chunk
            if len(audio) > max_bytes:
                raise AudioLengthError(
                    f"audio longer than {max_bytes / BYTES_PER_SECOND:.0f} s"
                )
            end.add(chunk)
            if early is not None and end.spoken_after(early[0]):
                _LOGGER.debug("More words after a pause: transcribing again")
                early[1].cancel()
                early = None
            if early is None and (cut := end.ended()) is not None and cut >= min_bytes:
                task = hass.async_create_task(transcribe(bytes(audio[:cut])))
                task.add_done_callback(_retrieved)
                early = (cut, task)
            elif (
                end_silence_s
                and early is not None
                and early[1].done()
                and len(audio) >= early[0] + after_words
            ):
                break  # transcribed, and quiet long enough: the command ended
        if len(audio) < min_bytes:
            raise AudioLengthError(
                f"audio of {len(audio) / BYTES_PER_SECOND:.2f} s is too short"
            )
        if early is not None:
            cut, task = early
            early = None
            _LOGGER.debug(
                "The words ended %.2f s before the stream: transcribed from there",
                (len(audio) - cut) / BYTES_PER_SECOND,
            )
            return await task
        return await transcribe(bytes(audio))
    finally:
        if early is not None:
            early[1].cancel()


def _retrieved(task: asyncio.Task[Any]) -> None:
    """Take a dropped early transcript's error, so it is not logged as never retrieved."""
    if not task.cancelled():
        task.exception()
