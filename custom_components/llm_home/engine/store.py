"""The engine's model store: catalog models and GGUF files by URL, downloaded and verified.

Contract:
- Layout: `<root>/<model key>/<file name>` for catalog models, `<root>/downloads/<name>.gguf`
  for language models given by URL, and `<root>/.verified.json`, the verification records.
- A record holds a verified file's size, mtime and sha256 (a catalog file's pin: its sha256
  or "md5:<md5>"): a file unchanged since it was
  verified is never hashed again, and never downloaded again.
- Downloads go through download.py: a failure or a cancel leaves no `.part` and no file
  behind. Files of a model that were complete and verified before the failure stay.
- Every failure is a `ModelError` (model_errors.py); a local path is checked by
  local_models.py.
- Two threads never install into the same model directory or download target at once,
  and never lose each other's records.
- Blocking file and network I/O: run it in a thread, never on an event loop.

Stdlib only, no Home Assistant, relative imports within the engine package only.
"""

from __future__ import annotations

from collections.abc import Callable
import json
import logging
from pathlib import Path
import re
import shutil
import threading
from typing import Any, Final
from urllib.parse import unquote, urlsplit

from .catalog import CATALOG, CatalogModel, ModelFile, ModelKind, download_url
from .download import GGUF_MAGIC, ByteProgress, Expect, fetch, md5_file, sha256_file
from .local_models import check_local_model, valid_sha256
from .model_errors import ModelCorruptError, ModelInvalidError, ModelNotFoundError

_LOGGER = logging.getLogger(__name__)

DOWNLOADS_DIR: Final = "downloads"
RECORDS: Final = ".verified.json"
_SAFE_NAME: Final = re.compile(r"[^\w.-]+")

ProgressCallback = Callable[[float], None]

# One lock for every store's records, and one per model directory for installs, so that
# two threads never write the same `.part` file or lose each other's records.
_RECORDS_LOCK: Final = threading.Lock()
_INSTALL_LOCKS: dict[Path, threading.Lock] = {}


class ModelStore:
    """The directory that models are downloaded into, with its verification records."""

    def __init__(self, root: Path) -> None:
        """Use `root` (created on demand) for models."""
        self.root = root

    def path(self, model: CatalogModel) -> Path:
        """Return the path the runtime loads for a catalog model."""
        return (self.root / model.key / model.entry).resolve()

    def file_path(self, model: CatalogModel, file: ModelFile) -> Path:
        """Return where one file of a catalog model is kept."""
        return self.root / model.key / file.name

    def download_target(self, url: str) -> Path:
        """Return where a URL's file is kept: downloads/<its safe file name>.gguf."""
        name = _SAFE_NAME.sub("_", unquote(Path(urlsplit(url).path).name)) or "model"
        if not name.endswith(".gguf"):
            name = f"{name}.gguf"
        return self.root / DOWNLOADS_DIR / name

    def verify(self, model: CatalogModel) -> Path:
        """Check an installed catalog model without any network access."""
        for file in model.files:
            target = self.file_path(model, file)
            if self._is_recorded(target, file.pin):
                continue
            if not target.is_file():
                raise ModelNotFoundError(model.key, f"{file.name} is missing")
            if not _matches(target, file):
                raise ModelCorruptError(
                    model.key, f"{file.name} does not match its size and sha256"
                )
            self._record(target, file.pin)
        return self.path(model)

    def verified_sha256(self, model: CatalogModel, file: ModelFile) -> str | None:
        """Return a file's sha256 if it is unchanged since it was verified; never hashes."""
        recorded = self._is_recorded(self.file_path(model, file), file.pin)
        return file.pin if recorded else None

    def install(
        self,
        model: CatalogModel,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Path:
        """Download every missing or damaged file of a catalog model, verified.

        `progress` gets the fraction of the whole model's bytes that are in place.
        """
        with _install_lock(self.root / model.key):
            done = 0
            for file in model.files:
                target = self.file_path(model, file)
                if not self._is_recorded(target, file.pin):
                    if not (target.is_file() and _matches(target, file)):
                        fetch(
                            model.key,
                            download_url(file),
                            target,
                            expect=Expect(file.size, file.sha256, md5=file.md5),
                            progress=_reporter(progress, done, model.size),
                            cancel=cancel,
                        )
                    self._record(target, file.pin)
                done += file.size
                _report(progress, done, model.size)
        return self.path(model)

    def download(
        self,
        url: str,
        sha256: str | None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Path:
        """Fetch a GGUF language model by URL into downloads/; check magic, size, sha256.

        With a sha256, a file already downloaded and verified with it is not fetched again.
        """
        expected = sha256.strip().lower() if sha256 else None
        if expected is not None and not valid_sha256(expected):
            raise ModelInvalidError(url, "the sha256 is not 64 hex digits")
        target = self.download_target(url)
        with _install_lock(target):
            if expected is None or not self._is_recorded(target, expected):
                digest = fetch(
                    url,
                    url,
                    target,
                    expect=Expect(sha256=expected, magic=GGUF_MAGIC),
                    progress=_reporter(progress, 0, None),
                    cancel=cancel,
                )
                self._record(target, digest)
        _report(progress, 1, 1)
        return target.resolve()

    def copy_from(self, source: ModelStore, model: CatalogModel) -> Path:
        """Copy a catalog model verified in another store (a seed) into this one.

        A file already verified here, or with the source's size and mtime, is kept.
        Copies, never links: the copies may be damaged on purpose (tests).
        """
        source.verify(model)
        with _install_lock(self.root / model.key):
            for file in model.files:
                src, dst = source.file_path(model, file), self.file_path(model, file)
                if not self._is_recorded(dst, file.pin):
                    if not _same_stat(src, dst):
                        partial = dst.with_name(f"{dst.name}.part")
                        try:
                            dst.parent.mkdir(parents=True, exist_ok=True)
                            shutil.copy2(src, partial)
                            partial.replace(dst)
                        finally:
                            partial.unlink(missing_ok=True)
                    self._record(dst, file.pin)
        return self.path(model)

    def resolve(self, kind: ModelKind, value: str) -> Path:
        """Return the loadable path for a catalog key or a local path, checking it."""
        if (model := CATALOG.get(value)) is not None:
            if model.kind is not kind:
                raise ModelInvalidError(value, f"not a {kind} model")
            return self.verify(model)
        return check_local_model(kind, Path(value))

    def describe(self, kind: ModelKind, value: str) -> dict[str, Any]:
        """Return what is known about a model without hashing anything (diagnostics)."""
        if (model := CATALOG.get(value)) is not None:
            files = [self._describe_file(self.file_path(model, f)) for f in model.files]
            return {
                "model": model.key,
                "kind": str(model.kind),
                "title": model.title,
                "licence": model.licence,
                "path": str(self.path(model)),
                "exists": all(file["exists"] for file in files),
                "size": sum(file["size"] for file in files),
                "verified": all(file["sha256"] is not None for file in files),
                "files": files,
            }
        path = Path(value)
        if path.is_dir():
            size = sum(p.stat().st_size for p in path.iterdir() if p.is_file())
            return {"kind": str(kind), "path": str(path), "exists": True, "size": size}
        return {"kind": str(kind), **self._describe_file(path)}

    def _describe_file(self, path: Path) -> dict[str, Any]:
        try:
            size = path.stat().st_size
        except OSError:
            return {"path": str(path), "exists": False, "size": 0, "sha256": None}
        sha256 = self._recorded_sha256(path)
        return {"path": str(path), "exists": True, "size": size, "sha256": sha256}

    def _record_key(self, path: Path) -> str:
        """Return a file's key in the records: its path relative to the root."""
        path = path.resolve()
        try:
            return path.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def _is_recorded(self, path: Path, sha256: str) -> bool:
        return self._recorded_sha256(path) == sha256

    def _recorded_sha256(self, path: Path) -> str | None:
        """Return the sha256 recorded for `path` if its size and mtime are unchanged."""
        try:
            stat = path.stat()
        except OSError:
            return None
        record = self._records().get(self._record_key(path))
        if not isinstance(record, dict):
            return None
        seen = (record.get("size"), record.get("mtime_ns"))
        if seen != (stat.st_size, stat.st_mtime_ns):
            return None
        sha256 = record.get("sha256")
        return sha256 if isinstance(sha256, str) else None

    def _records(self) -> dict[str, Any]:
        try:
            records = json.loads((self.root / RECORDS).read_text())
        except (OSError, ValueError):
            return {}
        return records if isinstance(records, dict) else {}

    def _record(self, path: Path, sha256: str) -> None:
        """Remember that `path`, as it is now, has this sha256; a lost record costs a re-hash."""
        stat = path.stat()
        record = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha256}
        with _RECORDS_LOCK:
            records = self._records()
            records[self._record_key(path)] = record
            tmp = self.root / f"{RECORDS}.tmp"
            try:
                self.root.mkdir(parents=True, exist_ok=True)
                tmp.write_text(json.dumps(records, indent=1, sort_keys=True))
                tmp.replace(self.root / RECORDS)
            except OSError as err:
                tmp.unlink(missing_ok=True)
                _LOGGER.warning("Cannot save the model verification records: %s", err)


def _install_lock(path: Path) -> threading.Lock:
    with _RECORDS_LOCK:
        return _INSTALL_LOCKS.setdefault(path.resolve(), threading.Lock())


def _report(progress: ProgressCallback | None, done: int, total: int | None) -> None:
    if progress is not None and total:
        progress(min(done / total, 1.0))


def _reporter(
    progress: ProgressCallback | None, base: int, total: int | None
) -> ByteProgress:
    """Return a byte-count callback reporting `base` + bytes of `total` (or of the file's)."""

    def report(done: int, expected: int | None) -> None:
        _report(progress, base + done, total if total is not None else expected)

    return report


def _same_stat(first: Path, second: Path) -> bool:
    try:
        one, two = first.stat(), second.stat()
    except OSError:
        return False
    return (one.st_size, one.st_mtime_ns) == (two.st_size, two.st_mtime_ns)


def _matches(path: Path, file: ModelFile) -> bool:
    if path.stat().st_size != file.size:
        return False
    if file.sha256 is not None:
        return sha256_file(path) == file.sha256
    return md5_file(path) == file.md5
