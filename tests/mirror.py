"""A local stand-in for Hugging Face: serves the seeded catalog files at their upstream paths.

The engine honours ``HF_ENDPOINT`` (as huggingface_hub does), so pointing it here makes
every catalog download of the tests real (HTTP, progress, sha256) without the internet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
import threading
from typing import Any, ClassVar
from urllib.parse import urlsplit

from custom_components.llm_home.engine.catalog import CATALOG
from custom_components.llm_home.engine.store import ModelStore

HUGGING_FACE = "https://huggingface.co"
CHUNK = 1024 * 1024


class FileHandler(BaseHTTPRequestHandler):
    """Serves the files of `routes` (path -> file) and records every requested path."""

    routes: ClassVar[dict[str, Path]] = {}
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        """Send the routed file, or 404."""
        self.requests.append(self.path)
        if (path := self.routes.get(self.path)) is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(path.stat().st_size))
        self.end_headers()
        with path.open("rb") as stream:
            while chunk := stream.read(CHUNK):
                self.wfile.write(chunk)

    def log_message(self, *args: Any) -> None:
        """Keep the test output quiet."""


@contextmanager
def serve(handler: type[FileHandler], routes: dict[str, Path]) -> Iterator[str]:
    """Serve `routes` with `handler` on 127.0.0.1; yield the base URL."""
    handler.routes = routes
    handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def hugging_face_mirror(seed: ModelStore) -> Iterator[tuple[str, list[str]]]:
    """Serve every seeded catalog file; yield the endpoint and the list of requested paths."""
    routes: dict[str, Path] = {}
    for model in CATALOG.values():
        for file in model.files:
            source = seed.file_path(model, file)
            if source.is_file():
                routes[urlsplit(file.url).path] = source
    with serve(FileHandler, routes) as endpoint:
        yield endpoint, FileHandler.requests
