"""Transcribing starts where the words end, while the satellite's stream goes on."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

import numpy as np
import pytest

from homeassistant.components import stt
from homeassistant.core import HomeAssistant

from .clips import PAD_S, SAMPLE_RATE, spoken_clip
from .test_speech import METADATA, entity_id
from custom_components.llm_home.const import CONF_END_SILENCE
from custom_components.llm_home.runtime import LlmHomeConfigEntry
from custom_components.llm_home.speech_end import SpeechEnd

CHUNK = SAMPLE_RATE // 50 * 2  # 20 ms of 16-bit audio, as a satellite sends it


def _silence(seconds: float) -> bytes:
    return bytes(2 * int(seconds * SAMPLE_RATE))


def _said(text: str, pad_s: float = PAD_S) -> bytes:
    return spoken_clip(text, pad_s).astype("<i2").tobytes()


def _first_end(pcm: bytes) -> int | None:
    """Return how far the stream had come when an end of the words was first heard."""
    end = SpeechEnd()
    for start in range(0, len(pcm), CHUNK):
        end.add(pcm[start : start + CHUNK])
        if end.ended() is not None:
            return start + CHUNK
    return None


def test_the_end_of_the_words_is_heard_in_the_silence_after_them() -> None:
    """Not before the last word, and well before a 0.7 s silence ends the stream."""
    words = _said("Turn on the kitchen light.")
    last_word = len(words) - 2 * int(PAD_S * SAMPLE_RATE)
    heard = _first_end(words + _silence(1.0))
    assert heard is not None
    assert last_word < heard <= last_word + 2 * int(0.4 * SAMPLE_RATE)


def test_no_end_without_words_or_in_noise_as_loud_as_them() -> None:
    """Silence, or noise the words do not stand out of, shows no end: nothing early."""
    rng = np.random.default_rng(7)
    assert _first_end(_silence(2.0)) is None
    noise = rng.normal(0, 3000, 2 * SAMPLE_RATE).astype("<i2").tobytes()
    assert _first_end(noise) is None
    words = np.frombuffer(_said("Turn on the kitchen light."), dtype="<i2")
    loud = rng.normal(0, 3 * float(np.std(words)), len(words))
    noisy = np.clip(words + loud, -32768, 32767).astype("<i2").tobytes()
    assert _first_end(noisy + _silence(0.1)) is None


def test_words_after_a_pause_are_heard_again() -> None:
    """Speech after the end heard first: the audio before it is no longer the end."""
    first = _said("Turn on the kitchen light.")
    end = SpeechEnd()
    end.add(first)
    cut = end.ended()
    assert cut is not None
    assert not end.spoken_after(cut)
    end.add(_said("and lock the front door."))
    assert end.spoken_after(cut)


async def _paced(pcm: bytes, sent: list[int] | None = None) -> AsyncGenerator[bytes]:
    """Send PCM at the pace it is said, 20 ms at a time; `sent` gets each chunk's size."""
    for start in range(0, len(pcm), CHUNK):
        await asyncio.sleep(0.02)
        if sent is not None:
            sent.append(len(pcm[start : start + CHUNK]))
        yield pcm[start : start + CHUNK]


async def test_a_pause_does_not_cut_the_command_short(
    hass: HomeAssistant, agent: LlmHomeConfigEntry
) -> None:
    """A pause long enough to start transcribing, then more words: all of them heard.

    The silence that ends a command is set longer than the pause, as a user who
    pauses mid-sentence sets it.
    """
    hass.config_entries.async_update_entry(
        agent, options={**agent.options, CONF_END_SILENCE: 2.0}
    )
    await hass.async_block_till_done()
    pcm = await hass.async_add_executor_job(
        lambda: (
            _said("Turn on the kitchen light.", 0.25)
            + _said("And lock the front door.", 0.25)
            + _silence(1.0)
        )
    )
    entity = stt.async_get_speech_to_text_entity(hass, entity_id(hass, agent, "stt"))
    assert entity is not None
    result = await entity.async_process_audio_stream(METADATA, _paced(pcm))

    assert result.result is stt.SpeechResultState.SUCCESS
    assert result.text is not None
    assert "kitchen light" in result.text.lower()
    assert "front door" in result.text.lower()


@pytest.mark.parametrize("end_silence", [None, 0.0])
async def test_a_command_ends_in_the_silence_after_it(
    hass: HomeAssistant, agent: LlmHomeConfigEntry, end_silence: float | None
) -> None:
    """Streamed as said, a command ends 0.7 s after its words (the default).

    The transcript comes then (or once Whisper is done, on a busy machine), not when
    the satellite ends its stream (here, 5 s later). With the option at 0, the
    stream is heard to its end.
    """
    if end_silence is not None:
        hass.config_entries.async_update_entry(
            agent, options={**agent.options, CONF_END_SILENCE: end_silence}
        )
        await hass.async_block_till_done()
        assert agent.runtime_data.settings.end_silence == end_silence
    pcm = await hass.async_add_executor_job(
        lambda: _said("Turn off the bed light.") + _silence(5.0)
    )
    sent: list[int] = []
    entity = stt.async_get_speech_to_text_entity(hass, entity_id(hass, agent, "stt"))
    assert entity is not None
    result = await entity.async_process_audio_stream(METADATA, _paced(pcm, sent))

    assert result.result is stt.SpeechResultState.SUCCESS
    assert result.text is not None
    assert "bed light" in result.text.lower()
    if end_silence is None:
        assert sum(sent) < len(pcm) - 2 * int(2.0 * SAMPLE_RATE)  # 3 s after, at most
    else:
        assert sum(sent) == len(pcm)
