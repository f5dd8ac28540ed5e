"""Asyncio client of the engine, embedded (a child process) or on the network: the typed ops.

Each op builds its request and reads its result into a dataclass of protocol.py; the
session underneath (session.py) reaches the engine, queues requests and brings the
engine and its models back after a crash or a lost connection.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Any, Final, TypeVar

from .connection import Progress
from .errors import EngineError
from .protocol import (
    CompletionResult,
    LoadResult,
    ModelCheck,
    SpeechAudio,
    SttLoadResult,
    TranscribeResult,
    TtsLoadResult,
)
from .session import LOAD_TIMEOUT, EngineSession, EngineState, Launcher

__all__ = ["EngineClient", "EngineState", "Launcher"]

_T = TypeVar("_T")

SPEECH_TIMEOUT: Final = 60.0
MODEL_TIMEOUT: Final = 6 * 3600.0  # a download of a big model on a slow line


class EngineClient(EngineSession):
    """The engine's ops, typed, over a session that keeps the engine connected."""

    async def load_llm(
        self, model: str, n_ctx: int, n_threads: int, *, timeout: float = LOAD_TIMEOUT
    ) -> LoadResult:
        """Load a language model (a catalog key or a path on the engine's machine)."""
        args = {"model": model, "n_ctx": n_ctx, "n_threads": n_threads}
        return _parse(LoadResult, await self.request("load_llm", args, timeout=timeout))

    async def complete(
        self,
        prompt: str,
        *,
        grammar: str | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        timeout: float = 60.0,
    ) -> CompletionResult:
        """Complete a prompt, optionally constrained by a GBNF grammar."""
        payload = {
            "prompt": prompt,
            "grammar": grammar,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stop": stop or [],
        }
        result = await self.request("complete", payload, timeout=timeout)
        return _parse(CompletionResult, result)

    async def warmup(self, prompt: str, *, timeout: float = 60.0) -> CompletionResult:
        """Evaluate a prompt prefix into the KV cache so later prompts reuse it."""
        result = await self.request("warmup", {"prompt": prompt}, timeout=timeout)
        return _parse(CompletionResult, result)

    async def load_stt(
        self,
        model: str,
        *,
        compute_type: str = "int8",
        beam_size: int = 5,
        n_threads: int = 0,
        timeout: float = LOAD_TIMEOUT,
    ) -> SttLoadResult:
        """Load a CTranslate2 Whisper model; it is loaded again after a restart."""
        args = {
            "model": model,
            "compute_type": compute_type,
            "beam_size": beam_size,
            "n_threads": n_threads,
        }
        result = await self.request("load_stt", args, timeout=timeout)
        return _parse(SttLoadResult, result)

    async def transcribe(
        self,
        pcm: bytes,
        *,
        language: str | None = None,
        initial_prompt: str | None = None,
        hotwords: str | None = None,
        vad: bool = True,
        timeout: float = SPEECH_TIMEOUT,
    ) -> TranscribeResult:
        """Transcribe 16 kHz mono 16-bit little-endian PCM."""
        payload = {
            "pcm_b64": base64.b64encode(pcm).decode("ascii"),
            "language": language,
            "initial_prompt": initial_prompt,
            "hotwords": hotwords,
            "vad": vad,
        }
        result = await self.request("transcribe", payload, timeout=timeout)
        return _parse(TranscribeResult, result)

    async def load_tts(
        self, model: str, *, timeout: float = LOAD_TIMEOUT
    ) -> TtsLoadResult:
        """Load a Piper voice; it is loaded again after a restart."""
        result = await self.request("load_tts", {"model": model}, timeout=timeout)
        return _parse(TtsLoadResult, result)

    async def synthesize(
        self,
        text: str,
        *,
        length_scale: float | None = None,
        timeout: float = SPEECH_TIMEOUT,
    ) -> SpeechAudio:
        """Speak a text with the loaded voice; returns all of it as 16-bit PCM."""
        payload = {"text": text, "length_scale": length_scale}
        result = await self.request("synthesize", payload, timeout=timeout)
        try:
            pcm = base64.b64decode(result.pop("pcm_b64"), validate=True)
        except (KeyError, TypeError, binascii.Error) as err:
            raise EngineError(f"Unexpected engine result: {err}") from err
        return _parse(SpeechAudio, {"pcm": pcm, **result})

    async def install_model(self, key: str, progress: Progress | None = None) -> str:
        """Download (where needed) and verify a catalog model on the engine's machine."""
        payload = {"model": key}
        return _path(
            await self.request(
                "install_model", payload, timeout=MODEL_TIMEOUT, progress=progress
            )
        )

    async def download_model(
        self, url: str, sha256: str | None, progress: Progress | None = None
    ) -> str:
        """Download a GGUF language model by URL onto the engine's machine."""
        payload = {"url": url, "sha256": sha256}
        return _path(
            await self.request(
                "download_model", payload, timeout=MODEL_TIMEOUT, progress=progress
            )
        )

    async def check_model(self, kind: str, model: str) -> ModelCheck:
        """Check that a model (catalog key or path) is usable on the engine's machine.

        For a language model, the result also holds its chat template.
        """
        payload = {"kind": kind, "model": model}
        result = await self.request("check_model", payload, timeout=LOAD_TIMEOUT)
        return _parse(ModelCheck, {"path": _path(result), **result})

    async def describe_models(self, models: dict[str, str]) -> dict[str, Any]:
        """Describe the models of an entry as the engine sees them (for diagnostics)."""
        return await self.request(
            "describe_models", {"models": models}, timeout=LOAD_TIMEOUT
        )


def _parse(cls: Callable[..., _T], result: dict[str, Any]) -> _T:
    """Build a result dataclass from an engine result."""
    try:
        return cls(**result)
    except TypeError as err:
        raise EngineError(f"Unexpected engine result: {err}") from err


def _path(result: dict[str, Any]) -> str:
    """Return the path an engine result names."""
    if not isinstance(path := result.get("path"), str):
        raise EngineError("Unexpected engine result: no path")
    return path
