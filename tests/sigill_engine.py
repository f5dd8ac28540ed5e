"""The real engine, except that loading a language model kills it with SIGILL.

This is what llama.cpp does on a processor without the instructions it was built for
(AVX2). Run in place of the engine directory (see test_repairs.py).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
import resource
import signal
import sys
from typing import TYPE_CHECKING, Any

ENGINE = Path(__file__).resolve().parents[1] / "custom_components/llm_home/engine"
_spec = importlib.util.spec_from_file_location(
    "llm_home_engine", ENGINE / "__init__.py", submodule_search_locations=[str(ENGINE)]
)
assert _spec is not None and _spec.loader is not None
_package = importlib.util.module_from_spec(_spec)
sys.modules["llm_home_engine"] = _package
_spec.loader.exec_module(_package)

if TYPE_CHECKING:  # the same modules, as the type checker finds them
    from custom_components.llm_home.engine import cli, llm
else:
    from llm_home_engine import cli, llm


def _sigill(model: llm.LanguageModel, payload: dict[str, Any]) -> dict[str, Any]:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file
    os.kill(os.getpid(), signal.SIGILL)
    raise AssertionError("unreachable")


llm.load_llm = _sigill

if __name__ == "__main__":
    sys.exit(cli.main())
