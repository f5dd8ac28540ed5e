"""Inference worker: llama.cpp in a child process, driven from the event loop."""

from .client import (
    WorkerBusyError,
    WorkerClient,
    WorkerCrashedError,
    WorkerError,
    WorkerRequestError,
    WorkerTimeoutError,
)
from .protocol import CompletionResult, LoadResult

__all__ = [
    "CompletionResult",
    "LoadResult",
    "WorkerBusyError",
    "WorkerClient",
    "WorkerCrashedError",
    "WorkerError",
    "WorkerRequestError",
    "WorkerTimeoutError",
]
