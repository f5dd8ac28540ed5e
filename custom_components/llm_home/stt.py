"""Speech-to-text with faster-whisper in the engine, biased with the home's names."""

from __future__ import annotations

from collections.abc import AsyncIterable, Collection, Iterable, Sequence
import logging
from typing import TYPE_CHECKING, Final, override

from homeassistant.components import stt
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .agent.heard import Heard
from .engine.errors import EngineError
from .engine.protocol import TranscribeResult
from .entity import LlmHomeEntity
from .home.actions import ACTIONS
from .home.snapshot import async_get_home
from .language import Language, UnknownLanguageError, get_language
from .speech_end import BYTES_PER_SECOND, AudioLengthError, async_transcribe_stream

if TYPE_CHECKING:
    from .runtime import LlmHomeConfigEntry

_LOGGER = logging.getLogger(__name__)

MIN_AUDIO_S: Final = 0.3
MAX_AUDIO_S: Final = 30.0
# The engine keeps the prompt's first words that fit Whisper's window (its tokens);
# this only bounds what is sent.
MAX_PROMPT_CHARS: Final = 2000
MAX_COMMAND_CHARS: Final = 200  # the rest is for the home's names
_WORDS_PER_ACTION: Final = 2
# Actions that only a few kinds of device take have words worth biasing towards.
_SPECIFIC: Final = 3


def command_words(domains: Collection[str], language: Language) -> list[str]:
    """Return a few words of the actions the home's devices take.

    They go before the names: without them Whisper tiny hears "in away mode" as
    "in the way mode". Two per action, its verbs first and the
    shortest: a table lists every form of a verb ("allume", "allumez", "allumer"),
    and a prompt full of them makes Whisper hear them where none was said.
    """
    words: list[str] = []
    for action in ACTIONS:
        if not action.domains & set(domains) or len(action.domains) > _SPECIFIC:
            continue
        said = language.action(action.name).words
        ranked = sorted(
            said, key=lambda w: (w not in language.command_verbs, len(w), w)
        )
        words.extend(ranked[:_WORDS_PER_ACTION])
    return list(dict.fromkeys(words))


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LlmHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up the speech-to-text entity."""
    async_add_entities([LlmHomeSpeechToTextEntity(entry)])


def vocabulary_prompt(names: list[str], commands: Sequence[str] = ()) -> str | None:
    """Return Whisper's initial prompt: command words, then the home's names.

    The command words take at most MAX_COMMAND_CHARS, so the home's names always
    have room. Words and names follow each other with no commas: Whisper writes
    what it hears the way its prompt is written, and a prompt of names between
    commas had it cut commands with commas ("Lock, Smart Lock." was two commands).
    The names keep their own capitals, which help it hear them
    (`scripts/bench_speech --levers` measures the ways to write it). The engine
    keeps the first words that fit Whisper's window, counted in its tokens: the
    500 characters kept before held a third of the names of a home of 60 devices,
    and more tokens than the window in German or Chinese (faster-whisper keeps the
    last ones, so the command words were lost).
    """
    said = first_fitting(commands, MAX_COMMAND_CHARS)
    return " ".join(first_fitting([*said, *names], MAX_PROMPT_CHARS)) or None


def first_fitting(words: Iterable[str], limit: int) -> list[str]:
    """Return the first words that fit in `limit` characters, joined by spaces."""
    fitted: list[str] = []
    length = 0
    for word in words:
        added = len(word) + (1 if fitted else 0)
        if length + added > limit:
            break
        fitted.append(word)
        length += added
    return fitted


@callback
def home_words(hass: HomeAssistant, language: str) -> tuple[list[str], list[str]]:
    """Return the words to bias recognition with: the commands and the home's names.

    The commands are in the language's words, when there is a table for it.
    """
    home = async_get_home(hass)
    words: list[str] = []
    try:
        table = get_language(language)
    except UnknownLanguageError:
        pass
    else:
        words = command_words({entity.domain for entity in home.entities}, table)
    return words, list(home.vocabulary())


class LlmHomeSpeechToTextEntity(LlmHomeEntity, stt.SpeechToTextEntity):
    """Whisper in the llm_home engine: 16 kHz mono 16-bit PCM in, text out."""

    _attr_translation_key = "speech_to_text"

    def __init__(self, entry: LlmHomeConfigEntry) -> None:
        """Describe the entity."""
        super().__init__(entry, "stt")

    @property
    @override
    def supported_languages(self) -> list[str]:
        """Return the languages that the loaded Whisper model transcribes."""
        return self.entry.runtime_data.loaded.stt.languages

    @property
    @override
    def supported_formats(self) -> list[stt.AudioFormats]:
        """Return the supported formats."""
        return [stt.AudioFormats.WAV]

    @property
    @override
    def supported_codecs(self) -> list[stt.AudioCodecs]:
        """Return the supported codecs."""
        return [stt.AudioCodecs.PCM]

    @property
    @override
    def supported_bit_rates(self) -> list[stt.AudioBitRates]:
        """Return the supported bit rates."""
        return [stt.AudioBitRates.BITRATE_16]

    @property
    @override
    def supported_sample_rates(self) -> list[stt.AudioSampleRates]:
        """Return the supported sample rates."""
        return [stt.AudioSampleRates.SAMPLERATE_16000]

    @property
    @override
    def supported_channels(self) -> list[stt.AudioChannels]:
        """Return the supported channels."""
        return [stt.AudioChannels.CHANNEL_MONO]

    @override
    async def async_process_audio_stream(
        self, metadata: stt.SpeechMetadata, stream: AsyncIterable[bytes]
    ) -> stt.SpeechResult:
        """Transcribe an audio stream; failures are an error result, never raised."""
        error = stt.SpeechResult(None, stt.SpeechResultState.ERROR)
        if not self.check_metadata(metadata):
            _LOGGER.warning("Unsupported audio for speech-to-text: %s", metadata)
            return error
        data = self.entry.runtime_data
        commands, names = home_words(self.hass, metadata.language)
        prompt = vocabulary_prompt(names, commands)
        language = data.settings.stt_language_for(metadata.language)

        async def transcribe(pcm: bytes) -> TranscribeResult:
            return await data.client.transcribe(
                pcm, language=language, initial_prompt=prompt, vad=True
            )

        try:
            result = await async_transcribe_stream(
                self.hass,
                stream,
                transcribe,
                min_bytes=int(MIN_AUDIO_S * BYTES_PER_SECOND),
                max_bytes=int(MAX_AUDIO_S * BYTES_PER_SECOND),
                end_silence_s=data.settings.end_silence,
            )
        except AudioLengthError as err:
            _LOGGER.warning("Not transcribed: %s", err)
            return error
        except EngineError as err:
            _LOGGER.error("Speech-to-text failed: %s", err)
            return error
        # A spoken alarm code goes on sealed: not in the pipeline's events, nor the log.
        text = data.codes.seal(
            result.text, data.policy.async_sensitive_names(self.hass)
        )
        # The agent looks the words up: what Whisper was unsure of is not acted on.
        data.heard.add(
            Heard(
                text,
                result.avg_logprob,
                result.no_speech_prob,
                result.compression_ratio,
            )
        )
        _LOGGER.debug(
            "Transcribed %.1f s of audio in %.0f ms (mean log-probability %.2f, "
            "no speech %.2f): %s",
            result.audio_s,
            result.transcribe_ms,
            result.avg_logprob,
            result.no_speech_prob,
            text,
        )
        return stt.SpeechResult(text, stt.SpeechResultState.SUCCESS)
