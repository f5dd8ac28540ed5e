"""Bad input: odd text to the agent, odd audio to the speech-to-text entity and the pipeline.

Each input must get a clear error or a sensible reply: no exception may reach the caller
(HA's conversation API, the STT entity's API, the assist pipeline), and nothing may be
logged at ERROR. Figures list what each input got.
"""

from __future__ import annotations

from dataclasses import replace
import io
import logging
from typing import Any
import wave

import numpy as np

from benchmarks.assist.agents import entity_of
from benchmarks.assist.conversing import spoken
from homeassistant.components import assist_pipeline, stt
from homeassistant.components.assist_pipeline.models import PipelineStage
from homeassistant.core import Context, HomeAssistant

from .common import Bench, LogRecorder, async_ask, async_pipeline
from tests.home import async_setup_agent, entry_data
from tests.test_speech import METADATA, STT_RATE, chunks

TEXTS = {
    "empty": "",
    "spaces and newlines": "  \n\t \n ",
    "20,000 characters": ("turn on the kitchen lights and " * 700)[:20000],
    "20,000 characters, one word": "a" * 20000,
    "control characters": "\x00turn\x01 on\x1b[31m the\x07 kitchen\x7f lights\x08\r",
    "lone surrogate": "turn on the kitchen lights \udc80",
    "emoji": "💡 turn on the kitchen lights 💡🔥👍🏽",
    "right-to-left": "הדלק את האור במטבח",
    "right-to-left override": "\u202eturn on the kitchen lights\u202c",
    "zero-width characters": "turn\u200b on\u200d the kitchen\ufeff lights",
    "only punctuation": "?!?!... ;;; ---",
    "newline flood": "\n" * 5000 + "turn on the kitchen lights",
    "markup": "<script>alert(1)</script> turn on the {{ kitchen }} lights",
}
RNG = np.random.default_rng(7)
WRONG_RATE = replace(METADATA, sample_rate=stt.AudioSampleRates.SAMPLERATE_44100)
WRONG_WIDTH = replace(METADATA, bit_rate=stt.AudioBitRates.BITRATE_8)
STEREO = replace(METADATA, channel=stt.AudioChannels.CHANNEL_STEREO)


def _pcm(values: np.ndarray[Any, Any]) -> bytes:
    return values.astype("<i2").tobytes()


def _wav_header(pcm: bytes) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(STT_RATE)
        wav.writeframes(pcm)
    return out.getvalue()


def audio_cases(
    command: bytes, quick: bool
) -> dict[str, tuple[bytes, stt.SpeechMetadata]]:
    """Return the bad audio: what is sent, and the format it is said to be in."""
    second = STT_RATE * 2
    cases = {
        "empty": (b"", METADATA),
        "0.2 s of noise": (_pcm(RNG.integers(-3000, 3000, STT_RATE // 5)), METADATA),
        "3 s of loud noise": (
            _pcm(RNG.integers(-30000, 30000, 3 * STT_RATE)),
            METADATA,
        ),
        "an odd number of bytes": (b"\x01\x02\x03", METADATA),
        "a truncated WAV header": (_wav_header(command)[:22], METADATA),
        "a WAV header, then the command": (
            _wav_header(command)[:44] + command,
            METADATA,
        ),
        "command said to be 44.1 kHz": (command, WRONG_RATE),
        "command said to be 8-bit": (command, WRONG_WIDTH),
        "command said to be stereo": (command, STEREO),
    }
    if not quick:
        cases["60 s of silence and noise"] = (
            bytes(30 * second) + _pcm(RNG.integers(-2000, 2000, 30 * STT_RATE)),
            METADATA,
        )
        cases["60 s: the command, then silence"] = (
            command + bytes(60 * second - len(command)),
            METADATA,
        )
    return cases


async def _async_stt(
    hass: HomeAssistant, engine: str, pcm: bytes, metadata: stt.SpeechMetadata
) -> str:
    entity = stt.async_get_speech_to_text_entity(hass, engine)
    assert entity is not None
    try:
        result = await entity.async_process_audio_stream(metadata, chunks(pcm))
    except Exception as err:  # noqa: BLE001  # an exception is the finding
        return f"EXCEPTION {type(err).__name__}: {err}"
    return f"{result.result.value}: {result.text!r}"


async def _async_pipeline(
    hass: HomeAssistant, pipeline_id: str, pcm: bytes, metadata: stt.SpeechMetadata
) -> str:
    events: list[assist_pipeline.PipelineEvent] = []

    try:
        await assist_pipeline.async_pipeline_from_audio_stream(
            hass,
            context=Context(),
            event_callback=events.append,
            stt_metadata=metadata,
            stt_stream=chunks(pcm),
            pipeline_id=pipeline_id,
            end_stage=PipelineStage.INTENT,
        )
    except Exception as err:  # noqa: BLE001  # an exception is the finding
        return f"EXCEPTION {type(err).__name__}: {err}"
    by_type = {event.type: event.data or {} for event in events}
    if (error := by_type.get(assist_pipeline.PipelineEventType.ERROR)) is not None:
        return f"error event {error.get('code')}: {error.get('message')}"
    output = by_type.get(assist_pipeline.PipelineEventType.INTENT_END, {})
    speech = (output.get("intent_output") or {}).get("response", {}).get("speech", {})
    return f"reply {speech.get('plain', {}).get('speech')!r}"


async def async_run(hass: HomeAssistant, bench: Bench) -> dict[str, Any]:
    """Send every bad input; return what each got and how many exceptions and errors."""
    logs = LogRecorder()
    with logs.attached(logging.WARNING):
        entry = await async_setup_agent(hass, entry_data())
        stt_engine = entity_of(hass, entry.entry_id, "stt")
        pipeline_id = await async_pipeline(hass, entry)
        texts = {}
        for label, text in TEXTS.items():
            outcome = await async_ask(hass, text)
            texts[label] = f"{outcome.kind}: {outcome.lost or outcome.reply!r}"[:160]
        command = await spoken(hass, "Turn on the kitchen light.")
        audio_stt, audio_pipeline = {}, {}
        for label, (pcm, metadata) in audio_cases(command, bench.quick).items():
            audio_stt[label] = (await _async_stt(hass, stt_engine, pcm, metadata))[:160]
            audio_pipeline[label] = (
                await _async_pipeline(hass, pipeline_id, pcm, metadata)
            )[:160]
        served = await async_ask(hass, "turn off the kitchen lights")
    results = [*texts.values(), *audio_stt.values(), *audio_pipeline.values()]
    errors = logs.errors()
    return {
        "text inputs": len(texts),
        "audio inputs": len(audio_stt),
        "exceptions into HA": sum(
            "EXCEPTION" in r or r.startswith("lost") for r in results
        ),
        "errors logged": len(errors),
        "all errors logged": [e[:300] for e in errors],
        "served afterwards": f"{served.kind}: {served.reply!r}",
        "text": texts,
        "audio to the STT entity": audio_stt,
        "audio through the pipeline (to the agent)": audio_pipeline,
    }
