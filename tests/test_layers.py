"""The package's layers import downwards only: engine < language < home < agent < platforms."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "custom_components" / "llm_home"
# Each layer and the layers (and shared top-level modules) it may import.
ALLOWED = {
    "engine": {"engine"},
    "language": {"language"},
    "home": {"home", "language", "engine", "const"},
    "agent": {"agent", "home", "language", "engine", "const"},
}


def _imported(path: Path) -> set[str]:
    """Return the package's top-level names (layer or module) a module imports."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    package = list(parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = package[: len(package) - (node.level - 1)]
        target = [*base, *(node.module.split(".") if node.module else [])]
        if target:
            found.add(target[0])
        else:  # from . import x (at the top of the package)
            found |= {alias.name for alias in node.names}
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_only_what_is_below_it(layer: str) -> None:
    """No module of a layer imports from a layer above it or from the platforms."""
    wrong = {
        str(path.relative_to(PACKAGE)): sorted(_imported(path) - ALLOWED[layer])
        for path in (PACKAGE / layer).rglob("*.py")
        if _imported(path) - ALLOWED[layer]
    }
    assert not wrong
