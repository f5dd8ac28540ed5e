"""Model catalog, assembly from installed packages, and verification.

Everything here does file I/O and must run in an executor, never on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
import hashlib
import importlib.metadata
import json
from pathlib import Path
from typing import Any

from .catalog import CATALOG, CatalogModel, ModelFile, ModelKind, SourcePiece

CHUNK = 4 * 1024 * 1024
RECORDS = ".verified.json"
GGUF_MAGIC = b"GGUF"

type ProgressCallback = Callable[[float], None]


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
    """The file's size or sha256 differs from the catalog's."""

    reason = "model_corrupt"


class ModelSourceMissingError(ModelError):
    """A package that carries the model's weights is not installed."""

    reason = "model_source_missing"


class ModelStore:
    """The directory that catalog models are assembled into, with its verification records.

    A record holds a verified file's size, mtime and sha256, so a file that has not
    changed since it was verified is never hashed or assembled again.
    """

    def __init__(self, root: Path) -> None:
        """Use `root` (created on demand) for catalog models."""
        self.root = root

    def path(self, model: CatalogModel) -> Path:
        """Return the path the runtime loads for a catalog model."""
        return (self.root / model.key / model.entry).resolve()

    def install(
        self, model: CatalogModel, progress: ProgressCallback | None = None
    ) -> Path:
        """Assemble (where needed) and verify every file of a catalog model."""
        records = self._load_records()
        done = 0
        for file in model.files:
            target = self.file_path(model, file)
            if not self._is_recorded(records, model, file, target):
                if not (target.is_file() and _matches(target, file)):
                    _assemble(
                        model.key,
                        file,
                        target,
                        _bytes_reporter(progress, done, model.size),
                    )
                records[_record_key(model, file)] = _record(target, file)
                self._save_records(records)
            done += file.size
            _report(progress, done, model.size)
        return self.path(model)

    def verify(self, model: CatalogModel) -> Path:
        """Check an installed catalog model without assembling anything."""
        records = self._load_records()
        changed = False
        for file in model.files:
            target = self.file_path(model, file)
            if self._is_recorded(records, model, file, target):
                continue
            if not target.is_file():
                raise ModelNotFoundError(model.key, f"{file.name} is missing")
            if not _matches(target, file):
                raise ModelCorruptError(
                    model.key, f"{file.name} does not match its size and sha256"
                )
            records[_record_key(model, file)] = _record(target, file)
            changed = True
        if changed:
            self._save_records(records)
        return self.path(model)

    def file_path(self, model: CatalogModel, file: ModelFile) -> Path:
        """Return where one file of a catalog model is assembled."""
        return self.root / model.key / file.name

    def verified_sha256(self, model: CatalogModel, file: ModelFile) -> str | None:
        """Return a file's sha256 if it is unchanged since it was verified; never hashes."""
        if self._is_recorded(
            self._load_records(), model, file, self.file_path(model, file)
        ):
            return file.sha256
        return None

    def _is_recorded(
        self,
        records: dict[str, Any],
        model: CatalogModel,
        file: ModelFile,
        target: Path,
    ) -> bool:
        try:
            stat = target.stat()
        except OSError:
            return False
        return records.get(_record_key(model, file)) == {
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "sha256": file.sha256,
        }

    def _load_records(self) -> dict[str, Any]:
        try:
            records = json.loads((self.root / RECORDS).read_text())
        except OSError, ValueError:
            return {}
        return records if isinstance(records, dict) else {}

    def _save_records(self, records: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f"{RECORDS}.tmp"
        tmp.write_text(json.dumps(records, indent=1, sort_keys=True))
        tmp.replace(self.root / RECORDS)


def _record_key(model: CatalogModel, file: ModelFile) -> str:
    return f"{model.key}/{file.name}"


def _record(target: Path, file: ModelFile) -> dict[str, Any]:
    stat = target.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": file.sha256}


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(min(done / total, 1.0) if total else 1.0)


def _bytes_reporter(
    progress: ProgressCallback | None, base: int, total: int
) -> Callable[[int], None]:
    """Return a callback that reports `base` plus the bytes written so far."""

    def report(written: int) -> None:
        _report(progress, base + written, total)

    return report


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _matches(path: Path, file: ModelFile) -> bool:
    return path.stat().st_size == file.size and sha256_file(path) == file.sha256


def _source(key: str, piece: SourcePiece) -> Path:
    try:
        dist = importlib.metadata.distribution(piece.package)
    except importlib.metadata.PackageNotFoundError as err:
        raise ModelSourceMissingError(
            key, f"package {piece.package} is not installed"
        ) from err
    path = Path(str(dist.locate_file(piece.path)))
    if not path.is_file():
        raise ModelSourceMissingError(
            key, f"{piece.path} is missing from package {piece.package}"
        )
    return path


def _assemble(
    key: str, file: ModelFile, target: Path, progress: Callable[[int], None]
) -> None:
    """Concatenate the pieces into `target`, checking size and sha256 before it appears."""
    sources = [_source(key, piece) for piece in file.pieces]
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    digest = hashlib.sha256()
    written = 0
    try:
        with tmp.open("wb") as out:
            for source in sources:
                with source.open("rb") as stream:
                    while chunk := stream.read(CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                        written += len(chunk)
                        progress(written)
        if written != file.size or digest.hexdigest() != file.sha256:
            raise ModelCorruptError(
                key, f"the installed pieces of {file.name} do not match its sha256"
            )
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def check_local_model(kind: ModelKind, path: Path) -> Path:
    """Check that a user-supplied path holds a model of the given kind."""
    name = str(path)
    if not path.is_absolute():
        raise ModelInvalidError(name, "the path must be absolute")
    if not path.exists():
        raise ModelNotFoundError(name, "no such file or directory")
    match kind:
        case ModelKind.LLM:
            _check_magic(path, GGUF_MAGIC, "a GGUF file")
        case ModelKind.STT:
            if not (path / "model.bin").is_file():
                raise ModelInvalidError(
                    name, "not a CTranslate2 Whisper directory (no model.bin)"
                )
            _check_json(path / "config.json")
        case ModelKind.TTS:
            _check_magic(path, b"\x08", "an ONNX file")
            _check_json(path.with_name(f"{path.name}.json"))
    return path.resolve()


def _check_magic(path: Path, magic: bytes, what: str) -> None:
    if not path.is_file():
        raise ModelInvalidError(str(path), f"not {what}")
    with path.open("rb") as stream:
        if stream.read(len(magic)) != magic:
            raise ModelInvalidError(str(path), f"not {what}")


def _check_json(path: Path) -> None:
    try:
        json.loads(path.read_text())
    except FileNotFoundError as err:
        raise ModelNotFoundError(
            str(path), "the model's JSON config is missing"
        ) from err
    except (OSError, ValueError) as err:
        raise ModelInvalidError(
            str(path), "the model's JSON config is unreadable"
        ) from err


def resolve_model(store: ModelStore, kind: ModelKind, value: str) -> Path:
    """Return the loadable path for a catalog key or a local path, checking it."""
    if (model := CATALOG.get(value)) is not None:
        if model.kind is not kind:
            raise ModelInvalidError(value, f"not a {kind} model")
        return store.verify(model)
    return check_local_model(kind, Path(value))
