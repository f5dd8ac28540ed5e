"""The catalog of known models: what they are, where upstream keeps their files, how to check them.

Contract: every catalog file names its upstream URL, exact size and sha256 (or md5 where
upstream publishes only that); the model store (store.py) downloads a file from that URL
and accepts it only when both match.
Stdlib only, no Home Assistant: the engine runs this package on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
import os
from typing import Final


class ModelKind(StrEnum):
    """What a model is for."""

    LLM = "llm"
    STT = "stt"
    TTS = "tts"


DEFAULT_LLM_MODEL: Final = "qwen2.5-coder-0.5b-instruct-q4_k_m"
DEFAULT_STT_MODEL: Final = "whisper-tiny.en"
DEFAULT_TTS_MODEL: Final = "piper-en_US-joe-medium"
WHISPER_BASE_MODEL: Final = "whisper-base"
QWEN_1_5B_MODEL: Final = "qwen2.5-coder-1.5b-instruct-q4_k_m"

_HF: Final = "https://huggingface.co"
# A Hugging Face mirror to download from instead, as huggingface_hub honours it.
HF_ENDPOINT: Final = "HF_ENDPOINT"
_QWEN_URL: Final = f"{_HF}/Qwen/Qwen2.5-Coder-0.5B-Instruct-GGUF/resolve/main"
_QWEN_1_5B_URL: Final = f"{_HF}/Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF/resolve/main"
_WHISPER_TINY_EN_URL: Final = f"{_HF}/Systran/faster-whisper-tiny.en/resolve/main"
_WHISPER_BASE_URL: Final = f"{_HF}/Systran/faster-whisper-base/resolve/main"
_PIPER_VOICES_URL: Final = f"{_HF}/rhasspy/piper-voices/resolve/main"
_PIPER_JOE_URL: Final = f"{_PIPER_VOICES_URL}/en/en_US/joe/medium"


@dataclass(frozen=True, slots=True)
class ModelFile:
    """One file of a catalog model, with the exact size and digest its upstream serves.

    The digest is a sha256, or an md5 where upstream publishes no other (Piper's
    voices: rhasspy/piper-voices' voices.json lists each file's size and md5).
    """

    name: str
    size: int
    sha256: str | None
    url: str
    md5: str | None = None

    @property
    def pin(self) -> str:
        """Return what the file is verified against: its sha256, or "md5:<md5>"."""
        if self.sha256 is not None:
            return self.sha256
        return f"md5:{self.md5}"


@dataclass(frozen=True, slots=True)
class CatalogModel:
    """A known model: what it is, its files, and what the runtime loads."""

    key: str
    kind: ModelKind
    title: str
    licence: str
    files: tuple[ModelFile, ...]
    entry: str  # what the runtime loads, relative to the model's directory

    @property
    def size(self) -> int:
        """Return the total size in bytes."""
        return sum(file.size for file in self.files)


def download_url(file: ModelFile) -> str:
    """Return where to fetch a file: upstream, or the same path on the $HF_ENDPOINT mirror."""
    mirror = os.environ.get(HF_ENDPOINT, "").rstrip("/")
    if mirror and file.url.startswith(f"{_HF}/"):
        return mirror + file.url.removeprefix(_HF)
    return file.url


def _file(base_url: str, name: str, size: int, sha256: str) -> ModelFile:
    """Return a model file that upstream serves as `<base_url>/<name>`."""
    return ModelFile(name, size, sha256, f"{base_url}/{name}")


# Piper's voices in other languages, pinned as upstream publishes them: the size and md5
# of each file in voices.json (rhasspy/piper-voices; copied by rhasspy/wyoming-piper at
# commit fd78db7f40f59c17207840402f7df70808ff8dd3, whose md5s of en_US-joe-medium match
# the bytes of the voice above). (voice, title, (size, md5) of .onnx, .onnx.json, MODEL_CARD)
_VOICES: Final = (
    (
        "de_DE-thorsten-medium",
        "German, thorsten",
        (
            (63_201_294, "a129b00fb3078df43c96bab6c94535c0"),
            (4819, "843a7bd7272724f750534dd5a26d1aad"),
            (285, "e84cf8b09957fccceb068a3c1664d0f3"),
        ),
    ),
    (
        "fr_FR-siwis-medium",
        "French, siwis",
        (
            (63_201_294, "20e876e8c839e9b11a26085858f2300c"),
            (4875, "a407e7e6901feb79c2ea2a5466076cce"),
            (284, "2b9ea48b15e9e1fd25f95b415caaf66f"),
        ),
    ),
    (
        "es_ES-davefx-medium",
        "Spanish (Spain), davefx",
        (
            (63_201_294, "dc515cd4ecc5f6f72fe14a941188fc9c"),
            (4817, "dd157b5eaf6930bf949cf416d9a9307a"),
            (276, "980f3ebe5987b10488da3a7f4a462970"),
        ),
    ),
    (
        "nl_NL-pim-medium",
        "Dutch, pim",
        (
            (63_516_050, "190b3e6463a931d3c583d2fa7cd0e4a0"),
            (5037, "c4d22097fefa2afe275b9bb6ff4db865"),
            (277, "5ba403aa80f84c1c7cbbb1063ee32db1"),
        ),
    ),
    (
        "it_IT-paola-medium",
        "Italian, paola",
        (
            (63_511_038, "3a44e73b12ca5d0c21a72e388b5847c8"),
            (7099, "cd471a3757c88a7a4baee6207248b5d5"),
            (303, "436971e8acb0a92dd8dbc42542e59d03"),
        ),
    ),
    (
        "zh_CN-huayan-medium",
        "Mandarin Chinese, huayan",
        (
            (63_201_294, "40cdb7930ff91b81574d5f0489e076ea"),
            (4822, "1fda3ec1d0d3a5a74064397ea8fe0af0"),
            (276, "b23255ace0cda4c2e02134d8a70c2e03"),
        ),
    ),
)


def _piper_voice(
    voice: str, title: str, pins: tuple[tuple[int, str], ...]
) -> CatalogModel:
    """Return a Piper voice of rhasspy/piper-voices, its files pinned by size and md5."""
    locale, speaker, quality = voice.split("-")
    base = f"{_PIPER_VOICES_URL}/{locale.split('_')[0]}/{locale}/{speaker}/{quality}"
    names = (f"{voice}.onnx", f"{voice}.onnx.json", "MODEL_CARD")
    return CatalogModel(
        key=f"piper-{voice}",
        kind=ModelKind.TTS,
        title=f"Piper {title} ({quality})",
        licence="see its MODEL_CARD",
        files=tuple(
            ModelFile(name, size, None, f"{base}/{name}", md5=md5)
            for name, (size, md5) in zip(names, pins, strict=True)
        ),
        entry=f"{voice}.onnx",
    )


CATALOG: dict[str, CatalogModel] = {
    model.key: model
    for model in (
        CatalogModel(
            key=DEFAULT_LLM_MODEL,
            kind=ModelKind.LLM,
            title="Qwen2.5-Coder 0.5B Instruct (Q4_K_M)",
            licence="Apache-2.0",
            files=(
                _file(
                    _QWEN_URL,
                    "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
                    491_400_064,
                    "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
                ),
            ),
            entry="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        ),
        CatalogModel(
            key=QWEN_1_5B_MODEL,
            kind=ModelKind.LLM,
            title="Qwen2.5-Coder 1.5B Instruct (Q4_K_M), larger and slower",
            licence="Apache-2.0",
            files=(
                _file(
                    _QWEN_1_5B_URL,
                    "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
                    1_117_320_768,
                    "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
                ),
            ),
            entry="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        ),
        CatalogModel(
            key=DEFAULT_STT_MODEL,
            kind=ModelKind.STT,
            title="Whisper tiny.en (faster-whisper)",
            licence="MIT",
            files=(
                _file(
                    _WHISPER_TINY_EN_URL,
                    "config.json",
                    2317,
                    "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
                ),
                _file(
                    _WHISPER_TINY_EN_URL,
                    "model.bin",
                    75_537_502,
                    "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
                ),
                _file(
                    _WHISPER_TINY_EN_URL,
                    "tokenizer.json",
                    2_128_466,
                    "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
                ),
                _file(
                    _WHISPER_TINY_EN_URL,
                    "vocabulary.txt",
                    422_309,
                    "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
                ),
            ),
            entry=".",
        ),
        CatalogModel(
            key=WHISPER_BASE_MODEL,
            kind=ModelKind.STT,
            title="Whisper base, multilingual (faster-whisper)",
            licence="MIT",
            files=(
                _file(
                    _WHISPER_BASE_URL,
                    "config.json",
                    2309,
                    "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
                ),
                _file(
                    _WHISPER_BASE_URL,
                    "model.bin",
                    145_217_532,
                    "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
                ),
                _file(
                    _WHISPER_BASE_URL,
                    "tokenizer.json",
                    2_203_239,
                    "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
                ),
                _file(
                    _WHISPER_BASE_URL,
                    "vocabulary.txt",
                    459_861,
                    "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
                ),
            ),
            entry=".",
        ),
        CatalogModel(
            key=DEFAULT_TTS_MODEL,
            kind=ModelKind.TTS,
            title="Piper en_US joe (medium)",
            licence="CC0-1.0",
            files=(
                _file(
                    _PIPER_JOE_URL,
                    "en_US-joe-medium.onnx",
                    63_201_294,
                    "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
                ),
                _file(
                    _PIPER_JOE_URL,
                    "en_US-joe-medium.onnx.json",
                    4794,
                    "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
                ),
            ),
            entry="en_US-joe-medium.onnx",
        ),
        *(_piper_voice(*voice) for voice in _VOICES),
    )
}

DEFAULT_MODELS: dict[ModelKind, str] = {
    ModelKind.LLM: DEFAULT_LLM_MODEL,
    ModelKind.STT: DEFAULT_STT_MODEL,
    ModelKind.TTS: DEFAULT_TTS_MODEL,
}


def catalog_for(kind: ModelKind) -> list[CatalogModel]:
    """Return the catalog models of one kind."""
    return [model for model in CATALOG.values() if model.kind is kind]


def speech_defaults(language: str) -> dict[ModelKind, str]:
    """Return the speech models to suggest for a home's language ("de-CH" -> German).

    English gets tiny.en and joe; another language the multilingual Whisper base and
    the catalog's voice for it (joe where the catalog has none).
    """
    code = language.replace("_", "-").split("-")[0].casefold()
    if code == "en":
        return {ModelKind.STT: DEFAULT_STT_MODEL, ModelKind.TTS: DEFAULT_TTS_MODEL}
    voice = next(
        (
            m.key
            for m in catalog_for(ModelKind.TTS)
            if m.key.startswith(f"piper-{code}_")
        ),
        DEFAULT_TTS_MODEL,
    )
    return {ModelKind.STT: WHISPER_BASE_MODEL, ModelKind.TTS: voice}
