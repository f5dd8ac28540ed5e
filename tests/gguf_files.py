"""Metadata-only GGUF files: a model's header without its tensors, to test what reads it."""

from __future__ import annotations

from pathlib import Path
import struct

_STRING = 8
_ARRAY = 9
_U32 = 4
_F32 = 6

# A metadata value: a string, a u32 (int), an f32 (float) or an array of them.
type MetaValue = str | float | list[str] | list[int]


def _string(text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack("<Q", len(data)) + data


def _value(value: MetaValue) -> bytes:
    """Return a metadata value with its type (strings, u32, f32 or arrays of them)."""
    if isinstance(value, str):
        return struct.pack("<I", _STRING) + _string(value)
    if isinstance(value, int):
        return struct.pack("<II", _U32, value)
    if isinstance(value, float):
        return struct.pack("<If", _F32, value)
    if all(isinstance(item, str) for item in value):
        items = b"".join(_string(str(item)) for item in value)
        return struct.pack("<IIQ", _ARRAY, _STRING, len(value)) + items
    items = b"".join(struct.pack("<I", int(item)) for item in value)
    return struct.pack("<IIQ", _ARRAY, _U32, len(value)) + items


def write_gguf(path: Path, metadata: dict[str, MetaValue]) -> Path:
    """Write a GGUF v3 file holding the metadata and no tensors; return its path."""
    body = b"".join(_string(key) + _value(value) for key, value in metadata.items())
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, len(metadata)) + body)
    return path


def fake_model(path: Path, chat_template: str | None) -> Path:
    """Write a language model's metadata (a vocabulary, a chat template) to a file."""
    metadata: dict[str, MetaValue] = {
        "general.architecture": "llama",
        "llama.context_length": 4096,
        "llama.rope.freq_base": 10000.0,
        "tokenizer.ggml.tokens": ["<s>", "</s>", "hello", "world"],
        "tokenizer.ggml.token_type": [3, 3, 1, 1],
    }
    if chat_template is not None:
        metadata["tokenizer.chat_template"] = chat_template
    return write_gguf(path, metadata)
