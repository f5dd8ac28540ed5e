"""Download a GGUF language model by URL into the model store, checked as it arrives.

Blocking: run in an executor. The file is written next to its final name and moved
into place only when it is complete and its checks pass; a failure or a cancel
leaves nothing behind.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
import re
import threading
from typing import Final
from urllib.error import URLError
from urllib.parse import unquote, urlsplit
from urllib.request import Request, urlopen

from .models import (
    CHUNK,
    GGUF_MAGIC,
    ModelCorruptError,
    ModelError,
    ModelInvalidError,
    ProgressCallback,
)

DOWNLOADS_DIR: Final = "downloads"
TIMEOUT: Final = 30.0
_SHA256: Final = re.compile(r"^[0-9a-f]{64}$")
_SAFE_NAME: Final = re.compile(r"[^\w.-]+")


class ModelDownloadError(ModelError):
    """The URL could not be fetched."""

    reason = "download_failed"


class DownloadCancelledError(ModelError):
    """The user stopped the download."""

    reason = "download_cancelled"


def is_url(value: str) -> bool:
    """Return whether a model field holds an http(s) URL."""
    return urlsplit(value.strip()).scheme in ("http", "https")


def valid_sha256(value: str) -> bool:
    """Return whether a value is a sha256 in hex."""
    return bool(_SHA256.match(value.strip().lower()))


def download_target(root: Path, url: str) -> Path:
    """Return where a URL's file is kept: downloads/<its file name>."""
    name = _SAFE_NAME.sub("_", unquote(Path(urlsplit(url).path).name)) or "model"
    if not name.endswith(".gguf"):
        name = f"{name}.gguf"
    return root / DOWNLOADS_DIR / name


def download_model(
    url: str,
    target: Path,
    sha256: str | None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Fetch a GGUF file to `target`; check its magic, size and (if given) sha256."""
    partial = target.with_name(f"{target.name}.part")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        _fetch(url, partial, sha256, progress, cancel)
        partial.replace(target)
    except (URLError, OSError, ValueError) as err:
        partial.unlink(missing_ok=True)
        raise ModelDownloadError(url, str(err)) from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target.resolve()


def _fetch(
    url: str,
    partial: Path,
    sha256: str | None,
    progress: ProgressCallback | None,
    cancel: threading.Event | None,
) -> None:
    """Write the URL's body to `partial` and check it."""
    digest = hashlib.sha256()
    done = 0
    with (
        urlopen(Request(url), timeout=TIMEOUT) as response,  # noqa: S310
        partial.open("wb") as out,
    ):
        total = int(response.headers.get("Content-Length") or 0)
        while chunk := response.read(CHUNK):
            if cancel is not None and cancel.is_set():
                raise DownloadCancelledError(url, "cancelled")
            if done == 0 and not chunk.startswith(GGUF_MAGIC):
                raise ModelInvalidError(url, "not a GGUF file")
            out.write(chunk)
            digest.update(chunk)
            done += len(chunk)
            if progress is not None and total:
                progress(min(done / total, 1.0))
    if done == 0:
        raise ModelInvalidError(url, "the file is empty")
    if total and done != total:
        raise ModelDownloadError(url, f"got {done} of {total} bytes")
    if sha256 and digest.hexdigest() != sha256.strip().lower():
        raise ModelCorruptError(url, "the sha256 does not match")
