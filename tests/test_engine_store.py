"""The engine's model store against real model files, served by a local HTTP server.

The server stands in for Hugging Face: it serves the seeded copies of the catalog files
(scripts/seed_models.py, run by scripts/setup), optionally with a damaged byte or a
short body, and counts the requests, so a test can tell whether anything was fetched.
"""

from __future__ import annotations

from collections.abc import Generator
import dataclasses
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import os
from pathlib import Path
import resource
import signal
import threading
from typing import Any

import pytest

from scripts.seed_models import default_seed_dir

from custom_components.llm_home.engine.catalog import (
    CATALOG,
    DEFAULT_LLM_MODEL,
    DEFAULT_STT_MODEL,
    DEFAULT_TTS_MODEL,
    CatalogModel,
    ModelKind,
)
from custom_components.llm_home.engine.download import sha256_file
from custom_components.llm_home.engine.local_models import check_local_model
from custom_components.llm_home.engine.model_errors import (
    DownloadCancelledError,
    ModelCorruptError,
    ModelDownloadError,
    ModelError,
    ModelInvalidError,
    ModelNotFoundError,
)
from custom_components.llm_home.engine.store import DOWNLOADS_DIR, ModelStore

WHISPER = CATALOG[DEFAULT_STT_MODEL]
PIPER = CATALOG[DEFAULT_TTS_MODEL]
QWEN = CATALOG[DEFAULT_LLM_MODEL]
QWEN_FILE = QWEN.files[0]


@pytest.fixture(scope="module")
def seed() -> ModelStore:
    """Return the seeded development store, with the models these tests serve verified."""
    store = ModelStore(default_seed_dir())
    try:
        for model in (WHISPER, PIPER, QWEN):
            store.verify(model)
    except ModelError as err:
        pytest.fail(
            f"the development model cache is not seeded ({err}): run scripts/setup"
        )
    return store


class _Server(ThreadingHTTPServer):
    """Serves `routes` (URL path -> file); `damage` flips a byte, `short` truncates."""

    daemon_threads = False  # server_close() joins every handler thread

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Path] = {}
        self.damage: dict[str, int] = {}
        self.short: dict[str, int] = {}
        self.requests: list[str] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def serve(self, model: CatalogModel, seed: ModelStore) -> CatalogModel:
        """Serve a catalog model's seeded files; return the model with URLs to them."""
        files = []
        for file in model.files:
            route = f"/{model.key}/{file.name}"
            self.routes[route] = seed.file_path(model, file)
            files.append(dataclasses.replace(file, url=f"{self.base_url}{route}"))
        return dataclasses.replace(model, files=tuple(files))


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        if (path := self.server.routes.get(self.path)) is None:
            self.send_error(404)
            return
        size = self.server.short.get(self.path, path.stat().st_size)
        damage = self.server.damage.get(self.path)
        self.send_response(200)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        sent = 0
        try:
            with path.open("rb") as stream:
                while sent < size and (chunk := stream.read(min(1 << 20, size - sent))):
                    if damage is not None and sent <= damage < sent + len(chunk):
                        data = bytearray(chunk)
                        data[damage - sent] ^= 0xFF
                        chunk = bytes(data)
                    self.wfile.write(chunk)
                    sent += len(chunk)
        except BrokenPipeError, ConnectionResetError:
            pass  # the client gave up: a cancel or a rejected file

    def log_message(self, *args: Any) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def server(socket_enabled: None) -> Generator[_Server]:
    """Run a file server on localhost for one test."""
    httpd = _Server()
    thread = threading.Thread(
        target=httpd.serve_forever, args=(0.05,), name="file-server"
    )
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def store(tmp_path: Path) -> ModelStore:
    """Return an empty model store."""
    return ModelStore(tmp_path / "models")


def _leftovers(store: ModelStore) -> list[str]:
    """Return the partial files anywhere in the store."""
    return sorted(p.name for p in store.root.rglob("*.part"))


@pytest.mark.parametrize("model", [WHISPER, PIPER], ids=lambda m: m.key)
def test_install_downloads_verifies_and_never_fetches_twice(
    server: _Server, seed: ModelStore, store: ModelStore, model: CatalogModel
) -> None:
    """Every file arrives with its sha256, progress reaches 1, a re-install fetches nothing."""
    served = server.serve(model, seed)
    progress: list[float] = []

    path = store.install(served, progress.append)

    assert path == store.path(model)
    for file in model.files:
        assert sha256_file(store.file_path(model, file)) == file.sha256
    assert check_local_model(model.kind, path) == path
    assert progress == sorted(progress)
    assert progress[-1] == 1.0
    assert sorted(server.requests) == sorted(
        f"/{model.key}/{f.name}" for f in model.files
    )
    assert _leftovers(store) == []

    server.requests.clear()
    progress.clear()
    assert ModelStore(store.root).install(served, progress.append) == path
    assert store.verify(model) == path
    assert server.requests == []
    assert progress[-1] == 1.0
    info = store.describe(model.kind, model.key)
    assert info["exists"] and info["verified"]
    assert info["size"] == model.size


# Joe's files as rhasspy/wyoming-piper's voices.json pins them: size and md5 only.
PIPER_BY_MD5 = dataclasses.replace(
    PIPER,
    files=tuple(
        dataclasses.replace(file, sha256=None, md5=md5)
        for file, md5 in zip(
            PIPER.files,
            ("74fd6a4dc39e0aa9dce145d7f5acd4f6", "811036b9c1451545f9495fdc1baa0754"),
            strict=True,
        )
    ),
)


def test_a_voice_pinned_by_md5_installs_and_a_wrong_one_never_lands(
    server: _Server, seed: ModelStore, store: ModelStore
) -> None:
    """Upstream's md5 pins a voice as a sha256 does: the right bytes land, one flip never."""
    served = server.serve(PIPER_BY_MD5, seed)
    assert store.install(served) == store.path(PIPER)
    assert store.verify(PIPER_BY_MD5) == store.path(PIPER)
    assert store.describe(ModelKind.TTS, PIPER.key)["verified"] is True

    other = ModelStore(store.root.with_name("other"))
    server.damage[f"/{PIPER.key}/{PIPER.files[0].name}"] = 1000
    with pytest.raises(ModelCorruptError, match="md5"):
        other.install(served)
    assert not other.file_path(PIPER, PIPER.files[0]).exists()
    assert _leftovers(other) == []


@pytest.mark.parametrize("fault", ["damaged byte", "short body"])
def test_a_wrong_file_is_rejected_and_nothing_is_left(
    server: _Server, seed: ModelStore, store: ModelStore, fault: str
) -> None:
    """A file that differs from the catalog by one byte or in length never lands."""
    served = server.serve(WHISPER, seed)
    route = f"/{WHISPER.key}/model.bin"
    if fault == "damaged byte":
        server.damage[route] = 40_000_000
    else:
        server.short[route] = 1000

    with pytest.raises(ModelCorruptError) as err:
        store.install(served)

    assert err.value.reason == "model_corrupt"
    assert err.value.model == WHISPER.key
    assert not (store.root / WHISPER.key / "model.bin").exists()
    assert _leftovers(store) == []
    with pytest.raises(ModelNotFoundError):
        store.verify(WHISPER)


def test_a_missing_url_is_a_download_error(
    server: _Server, seed: ModelStore, store: ModelStore
) -> None:
    """A 404 fails the install with download_failed and leaves no partial file."""
    served = server.serve(PIPER, seed)
    del server.routes[f"/{PIPER.key}/{PIPER.files[0].name}"]

    with pytest.raises(ModelDownloadError, match="404") as err:
        store.install(served)

    assert err.value.reason == "download_failed"
    assert not store.file_path(PIPER, PIPER.files[0]).exists()
    assert _leftovers(store) == []


def test_cancel_stops_the_download_and_leaves_nothing(
    server: _Server, seed: ModelStore, store: ModelStore
) -> None:
    """A cancel mid-file stops at the next chunk and removes the partial file."""
    served = server.serve(WHISPER, seed)
    cancel = threading.Event()
    progress: list[float] = []

    def report(fraction: float) -> None:
        progress.append(fraction)
        if fraction > 0.2:
            cancel.set()

    with pytest.raises(DownloadCancelledError) as err:
        store.install(served, report, cancel)

    assert err.value.reason == "download_cancelled"
    assert 0.2 < progress[-1] < 1.0
    assert not (store.root / WHISPER.key / "model.bin").exists()
    assert _leftovers(store) == []


def test_disk_full_is_a_download_error(
    server: _Server, seed: ModelStore, store: ModelStore
) -> None:
    """A write that fails (here: past a file size limit, as on a full disk) leaves nothing."""
    served = server.serve(WHISPER, seed)
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 << 20, limit[1]))
    try:
        with pytest.raises(ModelDownloadError) as err:
            store.install(served)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, handler)

    assert err.value.reason == "download_failed"
    assert not (store.root / WHISPER.key / "model.bin").exists()
    assert _leftovers(store) == []


def test_download_by_url_checks_gguf_and_sha256(
    server: _Server, seed: ModelStore, store: ModelStore
) -> None:
    """A GGUF URL downloads into downloads/, with or without a sha256; a match is kept."""
    server.routes["/files/qwen.gguf"] = seed.file_path(QWEN, QWEN_FILE)
    url = f"{server.base_url}/files/qwen.gguf"
    progress: list[float] = []

    path = store.download(url, QWEN_FILE.pin.upper(), progress.append)

    assert path == (store.root / DOWNLOADS_DIR / "qwen.gguf").resolve()
    assert sha256_file(path) == QWEN_FILE.sha256
    assert progress == sorted(progress)
    assert progress[-1] == 1.0
    assert store.resolve(ModelKind.LLM, str(path)) == path
    assert store.describe(ModelKind.LLM, str(path))["sha256"] == QWEN_FILE.sha256
    assert len(server.requests) == 1

    assert store.download(url, QWEN_FILE.sha256) == path
    assert len(server.requests) == 1, "a verified download is not fetched again"

    assert store.download(url, None) == path
    assert len(server.requests) == 2, "without a sha256 the URL is fetched again"
    assert sha256_file(path) == QWEN_FILE.sha256
    assert _leftovers(store) == []


def test_download_by_url_rejects_wrong_files(
    server: _Server, seed: ModelStore, store: ModelStore
) -> None:
    """A body that is not GGUF, or whose sha256 differs, leaves nothing in downloads/."""
    server.routes["/files/voice.gguf"] = seed.file_path(PIPER, PIPER.files[0])
    server.routes["/files/qwen.gguf"] = seed.file_path(QWEN, QWEN_FILE)
    base = server.base_url

    with pytest.raises(ModelInvalidError, match="not a GGUF file"):
        store.download(f"{base}/files/voice.gguf", None)
    with pytest.raises(ModelCorruptError):
        store.download(f"{base}/files/qwen.gguf", "0" * 64)
    with pytest.raises(ModelDownloadError, match="404"):
        store.download(f"{base}/files/missing.gguf", None)
    with pytest.raises(ModelInvalidError, match="sha256"):
        store.download(f"{base}/files/qwen.gguf", "not-a-sha")

    downloads = store.root / DOWNLOADS_DIR
    assert not downloads.exists() or list(downloads.iterdir()) == []


def test_verify_detects_damage_and_install_repairs_it(
    server: _Server, seed: ModelStore, store: ModelStore
) -> None:
    """A damaged or missing file fails verify(); install() fetches only that file again."""
    served = server.serve(PIPER, seed)
    store.install(served)
    voice = store.file_path(PIPER, PIPER.files[0])
    data = bytearray(voice.read_bytes())
    data[1000] ^= 0xFF
    voice.write_bytes(bytes(data))
    server.requests.clear()

    with pytest.raises(ModelCorruptError) as err:
        store.verify(PIPER)
    assert err.value.reason == "model_corrupt"
    assert store.describe(ModelKind.TTS, PIPER.key)["verified"] is False

    store.install(served)
    assert server.requests == [f"/{PIPER.key}/{PIPER.files[0].name}"]
    assert sha256_file(voice) == PIPER.files[0].sha256
    assert store.verify(PIPER) == voice

    store.file_path(PIPER, PIPER.files[1]).unlink()
    with pytest.raises(ModelNotFoundError):
        store.verify(PIPER)
    store.install(served)
    assert store.verify(PIPER) == voice


def test_copy_from_a_seed_copies_and_keeps_the_records(
    seed: ModelStore, store: ModelStore
) -> None:
    """Seeded models are copied, not linked, and trusted without hashing them again.

    The proof of trust: bytes swapped in place with the mtime restored still pass,
    which only happens when the file is not read again.
    """
    assert store.copy_from(seed, PIPER) == store.path(PIPER)
    voice = store.file_path(PIPER, PIPER.files[0])
    assert voice.stat().st_ino != seed.file_path(PIPER, PIPER.files[0]).stat().st_ino
    stat = voice.stat()
    data = bytearray(voice.read_bytes())
    data[1000] ^= 0xFF
    voice.write_bytes(bytes(data))
    os.utime(voice, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    assert store.verify(PIPER) == voice
    assert store.copy_from(seed, PIPER) == voice  # identical size and mtime: kept
    assert sha256_file(seed.file_path(PIPER, PIPER.files[0])) == PIPER.files[0].sha256


def test_resolve_and_describe(seed: ModelStore, store: ModelStore) -> None:
    """resolve() checks a catalog key's kind and local paths; describe() never hashes."""
    with pytest.raises(ModelInvalidError):
        seed.resolve(ModelKind.LLM, DEFAULT_STT_MODEL)
    assert seed.resolve(ModelKind.STT, DEFAULT_STT_MODEL) == seed.path(WHISPER)
    with pytest.raises(ModelInvalidError, match="absolute"):
        seed.resolve(ModelKind.LLM, "relative/model.gguf")
    with pytest.raises(ModelNotFoundError):
        seed.resolve(ModelKind.LLM, str(store.root / "none.gguf"))
    with pytest.raises(ModelInvalidError, match="GGUF"):
        seed.resolve(ModelKind.LLM, str(seed.file_path(PIPER, PIPER.files[0])))

    info = store.describe(ModelKind.STT, DEFAULT_STT_MODEL)
    assert info["exists"] is False
    assert info["verified"] is False
    whisper = seed.describe(ModelKind.STT, str(seed.path(WHISPER)))
    assert whisper["exists"] is True
    assert whisper["size"] == WHISPER.size
    assert seed.describe(ModelKind.LLM, DEFAULT_LLM_MODEL)["files"][0]["sha256"] == (
        QWEN_FILE.sha256
    )
