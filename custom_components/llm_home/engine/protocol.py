"""The engine's wire protocol, shared by the client in Home Assistant and the engine.

A message is a 4-byte big-endian unsigned length followed by that many bytes of
UTF-8 JSON holding an object. Requests are ``{"id", "op", "payload"}``; responses
are ``{"id", "ok": true, "result"}`` or ``{"id", "ok": false, "error": {"type",
"message"}}``; a long op may send ``{"id", "progress": <0..1>}`` frames before its
response.

A connection starts with a handshake: the client's first frame is the ``hello`` op
with ``{"protocol": PROTOCOL_VERSION, "token": ...}``; the engine answers with its
versions and what it has loaded, or with an ``AuthError``/``VersionError`` and
closes. Until then a frame may hold at most `MAX_HELLO_FRAME` bytes, so a client
without the token cannot make the engine buffer more than that.

Stdlib only.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
import json
import struct
from typing import Any, Final

HEADER: Final = struct.Struct(">I")
MAX_FRAME: Final = 16 * 1024 * 1024
MAX_HELLO_FRAME: Final = 4096
# Bumped whenever an op or a field changes meaning; both sides must agree.
# 2: load_llm and check_model (of a language model) report the chat template.
PROTOCOL_VERSION: Final = 2
ENGINE_VERSION: Final = "0.1.0"
HELLO: Final = "hello"


class ProtocolError(ValueError):
    """A frame is too large, truncated, or not a JSON object."""


@dataclass(frozen=True, slots=True)
class Hello:
    """The engine's answer to the handshake."""

    protocol: int
    engine: str
    llama_cpp: str
    pid: int
    loaded: dict[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The result of the load_llm op; the model's chat template, if its GGUF has one."""

    load_ms: float
    n_ctx: int
    chat_template: str | None = None


@dataclass(frozen=True, slots=True)
class ModelCheck:
    """The result of the check_model op: the model's path on the engine's machine.

    For a language model, also its chat template (None when its GGUF has none).
    """

    path: str
    chat_template: str | None = None


@dataclass(frozen=True, slots=True)
class CompletionResult:
    """The result of the complete and warmup ops; times are in milliseconds."""

    text: str
    prompt_tokens: int
    cached_tokens: int
    completion_tokens: int
    prefill_ms: float
    generation_ms: float
    total_ms: float


@dataclass(frozen=True, slots=True)
class SttLoadResult:
    """The result of the load_stt op: load time and the languages it transcribes."""

    load_ms: float
    languages: list[str]


@dataclass(frozen=True, slots=True)
class TranscribeResult:
    """The result of the transcribe op."""

    text: str
    language: str
    audio_s: float
    transcribe_ms: float
    # How sure Whisper is: the lowest mean log-probability of a segment's tokens, and
    # the highest probability that a segment holds no speech (an engine that does not
    # report them: sure).
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    # The highest gzip compression ratio of a segment's text: Whisper's sign of a loop.
    compression_ratio: float = 0.0


@dataclass(frozen=True, slots=True)
class TtsLoadResult:
    """The result of the load_tts op: the voice, its language and audio format."""

    load_ms: float
    path: str
    voice: str
    language: str
    sample_rate: int
    channels: int


@dataclass(frozen=True, slots=True)
class SpeechAudio:
    """Speech synthesized by the synthesize op: 16-bit PCM and its format."""

    pcm: bytes
    sample_rate: int
    channels: int
    synthesize_ms: float

    @property
    def duration_s(self) -> float:
        """Return how long the audio plays."""
        return len(self.pcm) / (2 * self.channels * self.sample_rate)


def encode(message: dict[str, Any]) -> bytes:
    """Return the frame for a message: its length header and JSON body."""
    try:
        body = json.dumps(
            message, ensure_ascii=False, allow_nan=False, separators=(",", ":")
        ).encode("utf-8")
    except (TypeError, ValueError) as err:
        raise ProtocolError(f"message is not serializable as JSON: {err}") from err
    if len(body) > MAX_FRAME:
        raise ProtocolError(
            f"message of {len(body)} bytes exceeds the {MAX_FRAME} byte frame limit"
        )
    return HEADER.pack(len(body)) + body


def decode_header(header: bytes, limit: int = MAX_FRAME) -> int:
    """Return the body length announced by a header, checking it against the limit."""
    if len(header) != HEADER.size:
        raise ProtocolError(f"truncated frame header ({len(header)} bytes)")
    (length,) = HEADER.unpack(header)
    if length > limit:
        raise ProtocolError(
            f"frame of {length} bytes exceeds the {limit} byte frame limit"
        )
    return int(length)


async def read_frame(
    reader: asyncio.StreamReader, limit: int = MAX_FRAME
) -> dict[str, Any] | None:
    """Read one message from a stream; None at a clean end of stream.

    Raises ProtocolError for an oversized, truncated or malformed frame.
    """
    try:
        header = await reader.readexactly(HEADER.size)
    except asyncio.IncompleteReadError as err:
        if not err.partial:
            return None
        raise ProtocolError("the stream ended inside a frame header") from err
    try:
        body = await reader.readexactly(decode_header(header, limit))
    except asyncio.IncompleteReadError as err:
        raise ProtocolError("the stream ended inside a frame") from err
    return decode_body(body)


def decode_body(body: bytes) -> dict[str, Any]:
    """Return the JSON object held by a frame body."""
    try:
        message = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise ProtocolError(f"frame body is not UTF-8 JSON: {err}") from err
    if not isinstance(message, dict):
        raise ProtocolError("frame body is not a JSON object")
    return message
