"""Checks of what a user names as a model: a path on the engine's machine, a URL, a sha256.

Contract:
- `check_local_model` accepts an absolute, existing path holding a model of the kind:
  a GGUF file (LLM), a CTranslate2 Whisper directory with `model.bin` and a readable
  `config.json` (STT), or an ONNX file beside its `<name>.json` config (TTS).
- It reads only a file's first bytes and a JSON config: never hashes, never downloads.
- Every refusal is a `ModelError` (`ModelNotFoundError` or `ModelInvalidError`) whose
  `reason` is a translation key.
- `is_url` and `valid_sha256` check the text of a model field; they touch no file.

Stdlib only, no Home Assistant, relative imports within the engine package only.
"""

from __future__ import annotations

import json
from pathlib import Path
import re
from typing import Final
from urllib.parse import urlsplit

from .catalog import ModelKind
from .download import GGUF_MAGIC
from .model_errors import ModelInvalidError, ModelNotFoundError

_SHA256: Final = re.compile(r"^[0-9a-f]{64}$")


def is_url(value: str) -> bool:
    """Return whether a model field holds an http(s) URL."""
    return urlsplit(value.strip()).scheme in ("http", "https")


def valid_sha256(value: str) -> bool:
    """Return whether a value is a sha256 in hex."""
    return bool(_SHA256.match(value.strip().lower()))


def check_local_model(kind: ModelKind, path: Path) -> Path:
    """Check that a path on the engine's machine holds a model of the given kind."""
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
