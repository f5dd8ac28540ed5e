"""Tests for the model catalog: assembly from packages, verification, local model checks."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from custom_components.llm_home.catalog import (
    CATALOG,
    CatalogModel,
    ModelFile,
    ModelKind,
    SourcePiece,
)
from custom_components.llm_home.const import (
    DEFAULT_LLM_MODEL,
    DEFAULT_STT_MODEL,
    DEFAULT_TTS_MODEL,
)
from custom_components.llm_home.models import (
    ModelCorruptError,
    ModelInvalidError,
    ModelNotFoundError,
    ModelSourceMissingError,
    ModelStore,
    check_local_model,
    resolve_model,
    sha256_file,
)

WHISPER = CATALOG[DEFAULT_STT_MODEL]
PIPER = CATALOG[DEFAULT_TTS_MODEL]
QWEN = CATALOG[DEFAULT_LLM_MODEL]


def test_default_llm_is_assembled_from_its_six_pieces(model_store: ModelStore) -> None:
    """The Qwen GGUF is the six package pieces concatenated, with the official size and hash."""
    path = model_store.path(QWEN)
    assert path.stat().st_size == 491_400_064
    assert (
        sha256_file(path)
        == "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
    )
    assert path.read_bytes()[:4] == b"GGUF"
    assert check_local_model(ModelKind.LLM, path) == path


@pytest.mark.parametrize("model", [WHISPER, PIPER], ids=lambda m: m.key)
def test_install_reports_progress_and_verifies(
    tmp_path: Path, model: CatalogModel
) -> None:
    """Installing a catalog model writes every file, verified, and reports progress up to 1."""
    progress: list[float] = []
    path = ModelStore(tmp_path).install(model, progress.append)
    for file in model.files:
        assert sha256_file(tmp_path / model.key / file.name) == file.sha256
    assert check_local_model(model.kind, path) == path
    assert progress == sorted(progress)
    assert progress[-1] == 1.0


def test_verified_file_is_not_hashed_again(tmp_path: Path) -> None:
    """A recorded file whose size and mtime are unchanged is trusted without re-hashing.

    The proof: bytes swapped in place with the mtime restored still pass, which only
    happens when the file is not read again.
    """
    store = ModelStore(tmp_path)
    store.install(WHISPER)
    vocab = tmp_path / WHISPER.key / "vocabulary.txt"
    stat = vocab.stat()
    data = bytearray(vocab.read_bytes())
    data[0] ^= 0xFF
    vocab.write_bytes(bytes(data))
    os.utime(vocab, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    assert store.verify(WHISPER) == tmp_path / WHISPER.key
    store.install(WHISPER)
    assert vocab.read_bytes() == bytes(data)


def test_install_does_not_reassemble_a_verified_file(tmp_path: Path) -> None:
    """A second install leaves verified files untouched."""
    store = ModelStore(tmp_path)
    store.install(PIPER)
    onnx = tmp_path / PIPER.key / PIPER.entry
    before = onnx.stat()
    store.install(PIPER)
    after = onnx.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_corrupt_file_is_detected_and_repaired(tmp_path: Path) -> None:
    """A changed byte fails verification; install assembles the file again."""
    store = ModelStore(tmp_path)
    store.install(WHISPER)
    config = tmp_path / WHISPER.key / "config.json"
    original = config.read_bytes()
    config.write_bytes(original.replace(b"{", b"[", 1))

    with pytest.raises(ModelCorruptError):
        store.verify(WHISPER)
    store.install(WHISPER)
    assert config.read_bytes() == original
    assert store.verify(WHISPER) == tmp_path / WHISPER.key


def test_missing_file_is_detected(tmp_path: Path) -> None:
    """A deleted model file fails verification with a not-found error."""
    store = ModelStore(tmp_path)
    store.install(PIPER)
    (tmp_path / PIPER.key / PIPER.entry).unlink()
    with pytest.raises(ModelNotFoundError):
        store.verify(PIPER)


def test_pieces_that_do_not_match_leave_no_file(tmp_path: Path) -> None:
    """Pieces whose hash differs from the catalog's are rejected before the file appears."""
    wrong = CatalogModel(
        key="wrong",
        kind=ModelKind.TTS,
        title="wrong",
        licence="CC0-1.0",
        requirements=(),
        files=(
            ModelFile(
                PIPER.files[1].name,
                PIPER.files[1].size,
                "0" * 64,
                PIPER.files[1].pieces,
            ),
        ),
        entry=PIPER.files[1].name,
    )
    with pytest.raises(ModelCorruptError):
        ModelStore(tmp_path).install(wrong)
    assert list((tmp_path / "wrong").iterdir()) == []


def test_missing_package_is_reported(tmp_path: Path) -> None:
    """A catalog model whose package is not installed gives a clear error."""
    missing = CatalogModel(
        key="missing",
        kind=ModelKind.LLM,
        title="missing",
        licence="none",
        requirements=("no-such-llm-home-package==1.0",),
        files=(
            ModelFile(
                "x.gguf",
                1,
                "0" * 64,
                (SourcePiece("no-such-llm-home-package", "x.gguf"),),
            ),
        ),
        entry="x.gguf",
    )
    with pytest.raises(ModelSourceMissingError, match="no-such-llm-home-package"):
        ModelStore(tmp_path).install(missing)


def test_local_models_are_checked_by_format(
    tmp_path: Path, model_store: ModelStore
) -> None:
    """Local paths must exist, be absolute and hold the expected format."""
    with pytest.raises(ModelNotFoundError):
        check_local_model(ModelKind.LLM, tmp_path / "nope.gguf")
    with pytest.raises(ModelInvalidError):
        check_local_model(ModelKind.LLM, Path("relative.gguf"))

    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_bytes(b"PK\x03\x04 not a gguf")
    with pytest.raises(ModelInvalidError):
        check_local_model(ModelKind.LLM, not_gguf)

    with pytest.raises(ModelInvalidError):
        check_local_model(ModelKind.STT, tmp_path)

    voice = tmp_path / "voice.onnx"
    voice.write_bytes(model_store.path(PIPER).read_bytes()[:64])
    with pytest.raises(ModelNotFoundError):
        check_local_model(ModelKind.TTS, voice)
    (tmp_path / "voice.onnx.json").write_text("{not json")
    with pytest.raises(ModelInvalidError):
        check_local_model(ModelKind.TTS, voice)
    (tmp_path / "voice.onnx.json").write_text(
        json.dumps({"audio": {"sample_rate": 22050}})
    )
    assert check_local_model(ModelKind.TTS, voice) == voice


def test_resolve_rejects_a_catalog_model_of_the_wrong_kind(
    model_store: ModelStore,
) -> None:
    """A Whisper catalog key cannot be used as the language model."""
    with pytest.raises(ModelInvalidError):
        resolve_model(model_store, ModelKind.LLM, DEFAULT_STT_MODEL)
    assert resolve_model(
        model_store, ModelKind.STT, DEFAULT_STT_MODEL
    ) == model_store.path(WHISPER)
