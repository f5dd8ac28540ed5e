"""Tests for the model catalog and the checks of local models, on the engine's side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from custom_components.llm_home.const import (
    DEFAULT_LLM_MODEL,
    DEFAULT_STT_MODEL,
    DEFAULT_TTS_MODEL,
)
from custom_components.llm_home.engine.catalog import CATALOG, ModelKind
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
    """Every catalog file comes from its publisher over https, with a size and a sha256."""
    for model in CATALOG.values():
        for file in model.files:
            assert file.url.startswith("https://huggingface.co/"), file.url
            assert file.url.endswith("/" + file.name)
            assert file.size > 0 and len(file.sha256) == 64


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
