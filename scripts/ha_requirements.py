"""Print the pip requirements of Home Assistant integrations, read from their manifests.

Usage: python scripts/ha_requirements.py conversation assist_pipeline ...
Follows each integration's `dependencies` so that the whole set can be set up.
"""

import json
from pathlib import Path
import sys

import homeassistant.components

COMPONENTS = Path(homeassistant.components.__file__).parent


def requirements(names: list[str]) -> list[str]:
    """Return the sorted requirements of the named integrations and their dependencies."""
    seen: set[str] = set()
    found: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        manifest = json.loads((COMPONENTS / name / "manifest.json").read_text())
        found.update(manifest.get("requirements", []))
        todo.extend(manifest.get("dependencies", []))
    return sorted(found)


if __name__ == "__main__":
    print("\n".join(requirements(sys.argv[1:])))
