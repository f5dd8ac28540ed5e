"""Framing shared by the worker client and the worker process.

A message is a 4-byte big-endian unsigned length followed by that many bytes of
UTF-8 JSON holding an object. Requests are ``{"id", "op", "payload"}``; responses
are ``{"id", "ok": true, "result"}`` or ``{"id", "ok": false, "error": {"type",
"message"}}``.

Stdlib only: the worker process imports this module as a plain script sibling.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
import struct
from typing import IO, Any, Final

HEADER: Final = struct.Struct(">I")
MAX_FRAME: Final = 16 * 1024 * 1024


class ProtocolError(ValueError):
    """A frame is too large, truncated, or not a JSON object."""


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The result of the load_llm op."""

    load_ms: float
    n_ctx: int


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


def decode_header(header: bytes) -> int:
    """Return the body length announced by a header, checking it against the limit."""
    if len(header) != HEADER.size:
        raise ProtocolError(f"truncated frame header ({len(header)} bytes)")
    (length,) = HEADER.unpack(header)
    if length > MAX_FRAME:
        raise ProtocolError(
            f"frame of {length} bytes exceeds the {MAX_FRAME} byte frame limit"
        )
    return int(length)


def decode_body(body: bytes) -> dict[str, Any]:
    """Return the JSON object held by a frame body."""
    try:
        message = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise ProtocolError(f"frame body is not UTF-8 JSON: {err}") from err
    if not isinstance(message, dict):
        raise ProtocolError("frame body is not a JSON object")
    return message


def read_message(stream: IO[bytes]) -> dict[str, Any] | None:
    """Read one message from a blocking binary stream; None at a clean end of stream."""
    header = _read_exact(stream, HEADER.size)
    if not header:
        return None
    return decode_body(_read_exact(stream, decode_header(header), required=True))


def _read_exact(stream: IO[bytes], size: int, *, required: bool = False) -> bytes:
    """Read exactly `size` bytes; b"" if the stream ends first and nothing was read."""
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            if chunks or required:
                raise ProtocolError(
                    f"stream ended after {size - remaining} of {size} bytes"
                )
            return b""
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
