"""Reading one string of a GGUF file's metadata (the chat template) without loading it.

Contract:
- `read_string(path, key)` returns the string value of a metadata key, or None when the
  file has no such key or holds another type there. It reads only the header and the
  metadata (skipping the vocabulary's arrays), never the tensors.
- A file that is not GGUF (v2 or v3), or ends inside its metadata, raises
  `ModelInvalidError`.

Stdlib only, no Home Assistant, relative imports within the engine package only.
"""

from __future__ import annotations

from pathlib import Path
import struct
from typing import BinaryIO, Final

from .download import GGUF_MAGIC
from .model_errors import ModelInvalidError

CHAT_TEMPLATE: Final = "tokenizer.chat_template"

_STRING: Final = 8
_ARRAY: Final = 9
# The size in bytes of each fixed-size metadata value type.
_SIZES: Final = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_U32: Final = struct.Struct("<I")
_U64: Final = struct.Struct("<Q")
# Bounds that keep a damaged file from making the reader allocate or loop wildly.
_MAX_STRING: Final = 64 * 1024 * 1024
_MAX_COUNT: Final = 1 << 32


class _Truncated(Exception):
    """The file ended inside its metadata."""


def _read(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise _Truncated
    return data


def _u32(stream: BinaryIO) -> int:
    return int(_U32.unpack(_read(stream, 4))[0])


def _u64(stream: BinaryIO) -> int:
    return int(_U64.unpack(_read(stream, 8))[0])


def _string(stream: BinaryIO) -> bytes:
    size = _u64(stream)
    if size > _MAX_STRING:
        raise _Truncated
    return _read(stream, size)


def _skip(stream: BinaryIO, value_type: int) -> None:
    """Skip one value of a metadata type."""
    if value_type == _STRING:
        stream.seek(_u64(stream), 1)
    elif value_type == _ARRAY:
        item_type, count = _u32(stream), _u64(stream)
        if count > _MAX_COUNT:
            raise _Truncated
        if (size := _SIZES.get(item_type)) is not None:
            stream.seek(size * count, 1)
        else:
            for _ in range(count):
                _skip(stream, item_type)
    elif (size := _SIZES.get(value_type)) is not None:
        stream.seek(size, 1)
    else:
        raise ValueError(f"unknown metadata type {value_type}")


def read_string(path: Path, key: str) -> str | None:
    """Return the string a GGUF file's metadata holds under `key`, or None."""
    wanted = key.encode("utf-8")
    try:
        with path.open("rb", buffering=1024 * 1024) as stream:
            if _read(stream, 4) != GGUF_MAGIC or _u32(stream) not in (2, 3):
                raise ModelInvalidError(str(path), "not a GGUF file of version 2 or 3")
            _u64(stream)  # the tensor count
            for _ in range(_u64(stream)):
                name, value_type = _string(stream), _u32(stream)
                if name == wanted:
                    if value_type != _STRING:
                        return None
                    return _string(stream).decode("utf-8", errors="replace")
                _skip(stream, value_type)
    except _Truncated as err:
        raise ModelInvalidError(str(path), "the GGUF metadata is truncated") from err
    except ValueError as err:
        raise ModelInvalidError(str(path), f"unreadable GGUF metadata: {err}") from err
    return None
