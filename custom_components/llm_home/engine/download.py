"""Streaming one file over HTTP(S) into place, checked as it arrives.

Contract:
- A download streams into `<target>.part`, is checked (size, sha256, first bytes such as
  the GGUF magic) and only then renamed into place; a failure or a cancel leaves no
  `.part` and no file behind.
- Every failure is a `ModelError`; network and disk errors (404, timeout, disk full) are
  `ModelDownloadError`, a cancel is `DownloadCancelledError`.
- Progress is reported in bytes: the bytes received and the bytes expected, if known.
- Blocking file and network I/O: run it in a thread, never on an event loop. A cancel is
  seen between chunks, so a stalled server delays it by at most the socket timeout.

Stdlib only, no Home Assistant, relative imports within the engine package only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import hashlib
from http.client import HTTPException
from pathlib import Path
import threading
from typing import Any, Final
from urllib.error import URLError
from urllib.request import Request, urlopen

from .model_errors import (
    DownloadCancelledError,
    ModelCorruptError,
    ModelDownloadError,
    ModelInvalidError,
)

CHUNK: Final = 4 * 1024 * 1024
GGUF_MAGIC: Final = b"GGUF"
TIMEOUT: Final = 30.0

# Gets the bytes received so far and the bytes expected, if known.
ByteProgress = Callable[[int, int | None], None]


@dataclass(frozen=True, slots=True)
class Expect:
    """What a download must be, where known: its size, sha256 (or md5), first bytes."""

    size: int | None = None
    sha256: str | None = None
    magic: bytes | None = None
    md5: str | None = None  # where upstream publishes no sha256 (Piper's voices)


def fetch(
    name: str,
    url: str,
    target: Path,
    *,
    expect: Expect,
    progress: ByteProgress,
    cancel: threading.Event | None,
) -> str:
    """Download `url` to `target` through `target.part`; return the sha256 of its bytes.

    `progress` gets the bytes received and the bytes expected (if known).
    """
    partial = target.with_name(f"{target.name}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = _stream(name, url, partial, expect, progress=progress, cancel=cancel)
        partial.replace(target)
    except (URLError, HTTPException, OSError, ValueError) as err:
        partial.unlink(missing_ok=True)
        raise ModelDownloadError(name, f"{target.name}: {err}") from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return digest


def _stream(
    name: str,
    url: str,
    partial: Path,
    expect: Expect,
    *,
    progress: ByteProgress,
    cancel: threading.Event | None,
) -> str:
    """Write the URL's body to `partial`, checking it as it arrives; return its sha256."""
    if cancel is not None and cancel.is_set():
        raise DownloadCancelledError(name, "cancelled")
    size, digest, done = expect.size, hashlib.sha256(), 0
    md5 = hashlib.md5(usedforsecurity=False)
    with (
        urlopen(Request(url), timeout=TIMEOUT) as response,  # noqa: S310
        partial.open("wb") as out,
    ):
        length = response.headers.get("Content-Length")
        total = int(length) if length else None
        if size is not None and total is not None and total != size:
            raise ModelCorruptError(name, f"the server offers {total} of {size} bytes")
        while chunk := response.read(CHUNK):
            if cancel is not None and cancel.is_set():
                raise DownloadCancelledError(name, "cancelled")
            if done == 0 and expect.magic and not chunk.startswith(expect.magic):
                raise ModelInvalidError(name, "not a GGUF file")
            done += len(chunk)
            if size is not None and done > size:
                raise ModelCorruptError(name, f"more than the expected {size} bytes")
            out.write(chunk)
            digest.update(chunk)
            if expect.md5 is not None:
                md5.update(chunk)
            progress(done, size if size is not None else total)
    if total is not None and done != total:
        raise ModelDownloadError(
            name, f"the connection ended at {done} of {total} bytes"
        )
    if size is not None and done != size:
        raise ModelCorruptError(name, f"got {done} of {size} bytes")
    if done == 0:
        raise ModelInvalidError(name, "the file is empty")
    if expect.sha256 is not None and digest.hexdigest() != expect.sha256:
        raise ModelCorruptError(
            name, f"{partial.name.removesuffix('.part')}: the sha256 does not match"
        )
    if expect.md5 is not None and md5.hexdigest() != expect.md5:
        raise ModelCorruptError(
            name, f"{partial.name.removesuffix('.part')}: the md5 does not match"
        )
    return digest.hexdigest()


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file."""
    return _hash_file(path, hashlib.sha256())


def md5_file(path: Path) -> str:
    """Return the hex md5 of a file (upstream's only digest of some files)."""
    return _hash_file(path, hashlib.md5(usedforsecurity=False))


def _hash_file(path: Path, digest: Any) -> str:
    """Return the hex digest of a file's bytes."""
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return str(digest.hexdigest())
