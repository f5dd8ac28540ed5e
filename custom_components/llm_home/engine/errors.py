"""Errors of the engine client, as Home Assistant's side sees them (no Home Assistant import)."""

from __future__ import annotations


class EngineError(Exception):
    """The engine failed to serve a request."""


class EngineUnavailableError(EngineError):
    """The engine cannot be reached or started."""


class EngineAuthError(EngineUnavailableError):
    """The engine refused the token."""


class EngineVersionError(EngineUnavailableError):
    """The engine speaks another protocol version."""


class EngineBusyError(EngineError):
    """Too many requests are waiting for the engine."""


class EngineTimeoutError(EngineError):
    """The engine did not answer in time."""


class EngineCrashedError(EngineError):
    """The engine died, or the connection to it dropped, while serving the request."""


class EngineRequestError(EngineError):
    """The engine refused or failed the request and kept running."""

    def __init__(
        self,
        error_type: str,
        message: str,
        *,
        reason: str | None = None,
        model: str = "",
        detail: str = "",
    ) -> None:
        """Keep the engine's error type, message and, for a model problem, its reason."""
        super().__init__(f"{error_type}: {message}")
        self.error_type = error_type
        self.message = message
        self.reason = reason  # a model problem's translation key, else None
        self.model = model
        self.detail = detail
