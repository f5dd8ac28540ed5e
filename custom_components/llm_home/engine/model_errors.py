"""The errors of the engine's model store: why a model cannot be used.

Contract:
- Every failure to find, check or download a model is a `ModelError` whose `reason` is a
  translation key; network and disk errors (404, timeout, disk full) are
  `ModelDownloadError`.

Stdlib only, no Home Assistant, relative imports within the engine package only.
"""

from __future__ import annotations


class ModelError(Exception):
    """A model cannot be used; `reason` is the translation key shown to users."""

    reason = "model_invalid"

    def __init__(self, model: str, detail: str) -> None:
        """Describe the model and what is wrong with it."""
        super().__init__(f"{model}: {detail}")
        self.model = model
        self.detail = detail


class ModelNotFoundError(ModelError):
    """The model file or directory does not exist."""

    reason = "model_not_found"


class ModelInvalidError(ModelError):
    """The file exists but is not a model of the expected format."""

    reason = "model_invalid"


class ModelCorruptError(ModelError):
    """The file's size or sha256 differs from what was expected."""

    reason = "model_corrupt"


class ModelDownloadError(ModelError):
    """The URL could not be fetched or the file could not be written."""

    reason = "download_failed"


class DownloadCancelledError(ModelError):
    """The download was stopped by its caller."""

    reason = "download_cancelled"
