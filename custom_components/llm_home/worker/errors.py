"""Errors raised by the inference worker client."""

from __future__ import annotations

from homeassistant.exceptions import HomeAssistantError


class WorkerError(HomeAssistantError):
    """The inference worker failed to serve a request."""


class WorkerBusyError(WorkerError):
    """Too many requests are waiting for the worker."""


class WorkerTimeoutError(WorkerError):
    """The worker did not answer in time; it was restarted."""


class WorkerCrashedError(WorkerError):
    """The worker process died while serving the request; it was restarted."""


class WorkerRequestError(WorkerError):
    """The worker refused or failed the request and kept running."""

    def __init__(self, error_type: str, message: str) -> None:
        """Keep the worker's error type (an exception class name) and message."""
        super().__init__(f"{error_type}: {message}")
        self.error_type = error_type
        self.message = message
