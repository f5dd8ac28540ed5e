"""Speech ops of the engine: faster-whisper for speech in, Piper for speech out.

faster-whisper and Piper are imported when a model is first loaded, so an engine
without speech models never pays for them. Audio travels as base64 16-bit
little-endian PCM.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import asdict, dataclass
import json
import logging
from pathlib import Path
import time
from typing import Any, Final

import numpy as np

from . import protocol
from .fields import PayloadError, get

_LOGGER = logging.getLogger(__name__)

STT_SAMPLE_RATE: Final = 16000
MAX_TRANSCRIBE_S: Final = 120.0
# Whisper's window holds 223 prompt tokens and faster-whisper keeps the last ones;
# the engine keeps the first (the command words, then the names), a few to spare.
MAX_PROMPT_TOKENS: Final = 200
WHISPER_MODEL_FILE: Final = "model.bin"

Payload = dict[str, Any]


class SpeechError(Exception):
    """A speech request that cannot be served; its class name is the error type."""


class SpeechModelNotFoundError(SpeechError):
    """No speech model at the given path."""


class NoSpeechModelError(SpeechError):
    """The op needs a speech model and none is loaded."""


class AudioError(SpeechError):
    """The audio is empty, not base64 16-bit PCM, or too long."""


@dataclass
class Speech:
    """The speech models that the engine holds between requests."""

    stt: Any = None  # faster_whisper.WhisperModel
    stt_args: tuple[str, str, int] | None = None
    beam_size: int = 5
    tts: Any = None  # piper.PiperVoice
    tts_result: protocol.TtsLoadResult | None = None

    def require_stt(self) -> Any:
        """Return the loaded Whisper model."""
        if self.stt is None:
            raise NoSpeechModelError("no speech-to-text model is loaded")
        return self.stt

    def require_tts(self) -> Any:
        """Return the loaded Piper voice."""
        if self.tts is None:
            raise NoSpeechModelError("no text-to-speech voice is loaded")
        return self.tts

    def unload(self) -> None:
        """Drop both speech models."""
        self.stt = self.stt_args = None
        self.tts = self.tts_result = None


def _pcm(payload: Payload) -> np.ndarray:
    """Return the request's audio as float samples in [-1, 1]."""
    try:
        pcm = base64.b64decode(get(payload, "pcm_b64", str), validate=True)
    except (binascii.Error, ValueError) as err:
        raise AudioError(f"the audio is not valid base64: {err}") from err
    if not pcm:
        raise AudioError("the audio is empty")
    if len(pcm) % 2:
        raise AudioError("the audio is not 16-bit PCM (odd number of bytes)")
    if len(pcm) / 2 / STT_SAMPLE_RATE > MAX_TRANSCRIBE_S:
        raise AudioError(f"the audio is longer than {MAX_TRANSCRIBE_S:.0f} s")
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def load_stt(speech: Speech, payload: Payload) -> Payload:
    """Load a CTranslate2 Whisper model (a no-op when it is already loaded)."""
    path = get(payload, "path", str)
    args = (
        path,
        get(payload, "compute_type", str, "int8"),
        get(payload, "n_threads", int, 0),
    )
    beam_size = get(payload, "beam_size", int, 5)
    if beam_size < 1:
        raise PayloadError("field 'beam_size' must be at least 1")
    if not (Path(path) / WHISPER_MODEL_FILE).is_file():
        # faster-whisper would take a name that is not a directory as a model to download.
        raise SpeechModelNotFoundError(f"no CTranslate2 Whisper model in {path}")
    start = time.perf_counter()
    if speech.stt is None or speech.stt_args != args:
        from faster_whisper import WhisperModel  # noqa: PLC0415

        speech.stt = speech.stt_args = None
        speech.stt = WhisperModel(
            path,
            device="cpu",
            compute_type=args[1],
            cpu_threads=args[2],
            local_files_only=True,
        )
        speech.stt_args = args
    speech.beam_size = beam_size
    load_ms = (time.perf_counter() - start) * 1000
    _LOGGER.info("Loaded speech-to-text model %s in %.0f ms", path, load_ms)
    result = protocol.SttLoadResult(
        load_ms=load_ms, languages=list(speech.stt.supported_languages)
    )
    return asdict(result)


def transcribe(speech: Speech, payload: Payload) -> Payload:
    """Transcribe 16 kHz mono 16-bit PCM."""
    model = speech.require_stt()
    audio = _pcm(payload)
    start = time.perf_counter()
    segments, info = model.transcribe(
        audio,
        language=get(payload, "language", str, None),
        beam_size=speech.beam_size,
        initial_prompt=fitting_prompt(model, get(payload, "initial_prompt", str, None)),
        hotwords=get(payload, "hotwords", str, None),
        vad_filter=get(payload, "vad", bool, False),
        condition_on_previous_text=False,
    )
    heard = list(segments)  # transcribed here, as the generator is read
    text = " ".join(segment.text.strip() for segment in heard).strip()
    result = protocol.TranscribeResult(
        text=text,
        language=str(info.language),
        audio_s=len(audio) / STT_SAMPLE_RATE,
        transcribe_ms=(time.perf_counter() - start) * 1000,
        avg_logprob=min((float(s.avg_logprob) for s in heard), default=0.0),
        no_speech_prob=max((float(s.no_speech_prob) for s in heard), default=0.0),
        compression_ratio=max((float(s.compression_ratio) for s in heard), default=0.0),
    )
    return asdict(result)


def fitting_prompt(model: Any, prompt: str | None) -> str | None:
    """Return the prompt's first whole words that fit Whisper's window."""
    if not prompt:
        return prompt
    tokens = model.hf_tokenizer.encode(" " + prompt.strip(), add_special_tokens=False)
    if len(tokens.ids) <= MAX_PROMPT_TOKENS:
        return prompt
    kept: str = model.hf_tokenizer.decode(tokens.ids[:MAX_PROMPT_TOKENS]).strip()
    # The last word may be cut, a character of it even (a byte of its UTF-8).
    return kept.rsplit(" ", 1)[0] if " " in kept else kept.strip("\ufffd")


def load_tts(speech: Speech, payload: Payload) -> Payload:
    """Load a Piper voice, its .onnx.json config beside it (a no-op when loaded)."""
    path = get(payload, "path", str)
    config_path = Path(f"{path}.json")
    if not Path(path).is_file() or not config_path.is_file():
        raise SpeechModelNotFoundError(f"no Piper voice and config at {path}")
    if speech.tts is not None and speech.tts_result is not None:
        if speech.tts_result.path == path:
            return asdict(speech.tts_result)
    from piper import PiperVoice  # noqa: PLC0415

    speech.tts = speech.tts_result = None
    start = time.perf_counter()
    voice = PiperVoice.load(path, config_path=config_path)
    config = json.loads(config_path.read_text(encoding="utf-8"))
    language = (config.get("language") or {}).get("code") or voice.config.espeak_voice
    speech.tts = voice
    speech.tts_result = protocol.TtsLoadResult(
        load_ms=(time.perf_counter() - start) * 1000,
        path=path,
        voice=Path(path).name.removesuffix(".onnx"),
        language=str(language),
        sample_rate=int(voice.config.sample_rate),
        channels=1,
    )
    _LOGGER.info("Loaded voice %s in %.0f ms", path, speech.tts_result.load_ms)
    return asdict(speech.tts_result)


def synthesize(speech: Speech, payload: Payload) -> Payload:
    """Speak a text, every sentence of it, as 16-bit PCM at the voice's rate."""
    voice = speech.require_tts()
    from piper import SynthesisConfig  # noqa: PLC0415

    text = get(payload, "text", str).strip()
    if not text:
        raise PayloadError("the text is empty")
    length_scale = get(payload, "length_scale", (int, float), None)
    config = SynthesisConfig(
        length_scale=None if length_scale is None else float(length_scale)
    )
    start = time.perf_counter()
    # Piper yields one chunk per sentence, none for a text without words; all are kept.
    pcm = b"".join(chunk.audio_int16_bytes for chunk in voice.synthesize(text, config))
    return {
        "pcm_b64": base64.b64encode(pcm).decode("ascii"),
        "sample_rate": int(voice.config.sample_rate),
        "channels": 1,
        "synthesize_ms": (time.perf_counter() - start) * 1000,
    }


HANDLERS: Final[dict[str, Callable[[Speech, Payload], Payload]]] = {
    "load_stt": load_stt,
    "transcribe": transcribe,
    "load_tts": load_tts,
    "synthesize": synthesize,
}
