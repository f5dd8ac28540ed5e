"""Text-to-speech with a Piper voice in the engine, spoken sentence by sentence."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterable, Iterable, Mapping
import io
import logging
import re
from typing import TYPE_CHECKING, Any, Final, override
import wave

from homeassistant.components import tts
from homeassistant.components.tts.entity import TTSAudioRequest, TTSAudioResponse
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DOMAIN
from .engine.errors import EngineError
from .engine.protocol import SpeechAudio
from .entity import LlmHomeEntity

if TYPE_CHECKING:
    from .runtime import LlmHomeConfigEntry

_LOGGER = logging.getLogger(__name__)

# A sentence ends at . ! ? or … followed by white space, or at a line break.
_SENTENCE_END: Final = re.compile(r"(?<=[.!?…])\s+|\n+")
# The speaking rate: 1 is the voice's own pace, 2 twice as fast.
ATTR_SPEED: Final = "speed"
MIN_SPEED: Final = 0.5
MAX_SPEED: Final = 2.0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LlmHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up the text-to-speech entity."""
    async_add_entities([LlmHomeTextToSpeechEntity(entry)])


def split_sentences(text: str) -> list[str]:
    """Return the sentences of a text, without empty ones."""
    return [s for part in _SENTENCE_END.split(text) if (s := part.strip())]


async def stream_sentences(chunks: AsyncIterable[str]) -> AsyncGenerator[str]:
    """Yield each sentence of a streamed text as soon as it is complete."""
    pending = ""
    async for chunk in chunks:
        pending += chunk
        *done, pending = _SENTENCE_END.split(pending)
        for sentence in done:
            if sentence := sentence.strip():
                yield sentence
    if pending := pending.strip():
        yield pending


def wav_bytes(pcm: bytes, sample_rate: int, channels: int) -> bytes:
    """Return 16-bit PCM as a WAV file; empty PCM gives a header for a stream."""
    with io.BytesIO() as buffer:
        with wave.open(buffer, "wb") as wav:
            wav.setframerate(sample_rate)
            wav.setsampwidth(2)
            wav.setnchannels(channels)
            wav.writeframes(pcm)
        return buffer.getvalue()


def _speed(value: Any) -> float:
    """Return a speaking rate from an option: a number from 0.5 to 2."""
    try:
        speed = float(value)
    except TypeError, ValueError:
        raise HomeAssistantError(f"Invalid speed: {value!r}") from None
    if not MIN_SPEED <= speed <= MAX_SPEED:
        raise HomeAssistantError(f"Speed must be from {MIN_SPEED} to {MAX_SPEED}")
    return speed


class LlmHomeTextToSpeechEntity(LlmHomeEntity, tts.TextToSpeechEntity):
    """A Piper voice in the llm_home engine."""

    _attr_translation_key = "text_to_speech"
    _attr_supported_options = [tts.ATTR_VOICE, ATTR_SPEED]

    def __init__(self, entry: LlmHomeConfigEntry) -> None:
        """Describe the entity; its voice can change with the options."""
        super().__init__(entry, "tts")

    @property
    @override
    def default_language(self) -> str:
        """Return the language of the loaded voice."""
        return self.entry.runtime_data.loaded.voice.language

    @property
    @override
    def supported_languages(self) -> list[str]:
        """Return the language of the loaded voice."""
        return [self.entry.runtime_data.loaded.voice.language]

    @property
    @override
    def default_options(self) -> Mapping[str, Any]:
        """Return the voice and the speaking rate (part of HA's cache key)."""
        data = self.entry.runtime_data
        return {
            tts.ATTR_VOICE: data.loaded.voice.voice,
            ATTR_SPEED: data.settings.speaking_rate,
        }

    @callback
    @override
    def async_get_supported_voices(self, language: str) -> list[tts.Voice] | None:
        """Return the voice of a supported language."""
        if language not in self.supported_languages:
            return None
        voice = self.entry.runtime_data.loaded.voice.voice
        return [tts.Voice(voice_id=voice, name=voice)]

    @override
    async def async_get_tts_audio(
        self, message: str, language: str, options: dict[str, Any]
    ) -> tts.TtsAudioType:
        """Speak a whole message, every sentence of it, as one WAV file."""
        voice = self.entry.runtime_data.loaded.voice
        pcm = b"".join(
            [
                audio.pcm
                async for audio in self._async_speak(
                    _aiter(split_sentences(message)), options
                )
            ]
        )
        return "wav", wav_bytes(pcm, voice.sample_rate, voice.channels)

    @override
    async def async_stream_tts_audio(
        self, request: TTSAudioRequest
    ) -> TTSAudioResponse:
        """Speak each sentence as soon as the streamed message completes it."""
        return TTSAudioResponse(
            "wav", self._async_stream(request.message_gen, request.options)
        )

    async def _async_stream(
        self, message: AsyncIterable[str], options: Mapping[str, Any]
    ) -> AsyncGenerator[bytes]:
        """Yield a WAV header, then the PCM of each sentence in turn."""
        voice = self.entry.runtime_data.loaded.voice
        yield wav_bytes(b"", voice.sample_rate, voice.channels)
        async for audio in self._async_speak(stream_sentences(message), options):
            yield audio.pcm

    async def _async_speak(
        self, sentences: AsyncIterable[str], options: Mapping[str, Any]
    ) -> AsyncGenerator[SpeechAudio]:
        """Synthesize sentences one engine request at a time, at the chosen rate."""
        client = self.entry.runtime_data.client
        speed = _speed(options.get(ATTR_SPEED, self.default_options[ATTR_SPEED]))
        async for sentence in sentences:
            try:
                audio = await client.synthesize(sentence, length_scale=1.0 / speed)
            except EngineError as err:
                _LOGGER.error("Text-to-speech failed: %s", err)
                raise HomeAssistantError(
                    translation_domain=DOMAIN,
                    translation_key="tts_failed",
                    translation_placeholders={"error": str(err)},
                ) from err
            _LOGGER.debug(
                "Spoke %.1f s in %.0f ms: %s",
                audio.duration_s,
                audio.synthesize_ms,
                sentence,
            )
            yield audio


async def _aiter(items: Iterable[str]) -> AsyncGenerator[str]:
    """Iterate asynchronously over plain items."""
    for item in items:
        yield item
