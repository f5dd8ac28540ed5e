"""The real inference worker, except that loading a language model kills it with SIGILL.

This is what llama.cpp does on a processor without the instructions it was built for
(AVX2). Run as a script in place of worker/server.py.
"""

from __future__ import annotations

import os
from pathlib import Path
import resource
import signal
import sys
from typing import Any

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1] / "custom_components/llm_home/worker")
)
import server  # noqa: E402


def _handle(state: Any, request: dict[str, Any]) -> dict[str, Any]:
    if request.get("op") == "load_llm":
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file
        os.kill(os.getpid(), signal.SIGILL)
    return real_handle(state, request)


real_handle = server.handle
server.handle = _handle

if __name__ == "__main__":
    sys.exit(server.main())
