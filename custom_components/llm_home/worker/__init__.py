"""Inference worker: llama.cpp, faster-whisper and Piper in a child process, driven from the event loop."""

from .client import WorkerClient, WorkerState
from .errors import (
    WorkerBusyError,
    WorkerCrashedError,
    WorkerError,
    WorkerRequestError,
    WorkerTimeoutError,
)
from .protocol import (
    CompletionResult,
    LoadResult,
    SpeechAudio,
    SttLoadResult,
    TranscribeResult,
    TtsLoadResult,
)

__all__ = [
    "CompletionResult",
    "LoadResult",
    "SpeechAudio",
    "SttLoadResult",
    "TranscribeResult",
    "TtsLoadResult",
    "WorkerBusyError",
    "WorkerClient",
    "WorkerCrashedError",
    "WorkerError",
    "WorkerRequestError",
    "WorkerState",
    "WorkerTimeoutError",
]
