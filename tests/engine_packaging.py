"""What the packaging tests share: the engine's files and command line, and file readers."""

from __future__ import annotations

import ast
import json
from pathlib import Path
import re
import shlex
import shutil
import subprocess
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).parents[1]
APP = ROOT / "llm_home_engine"
DOCKER = ROOT / "docker"
ENGINE = ROOT / "custom_components" / "llm_home" / "engine"
MANIFEST = ROOT / "custom_components" / "llm_home" / "manifest.json"
DOCKERFILE = APP / "Dockerfile"

# The engine's documented command line (custom_components/llm_home/engine/cli.py), and the
# options that may follow it.
PORT = 10600
ARGS = [
    "--host",
    "0.0.0.0",
    "--port",
    str(PORT),
    "--token-file",
    "/data/token",
    "--data-dir",
    "/data",
]
COMMAND = ["python3", "-m", "llm_home_engine", *ARGS]
# The app's options that become engine flags, and the engine's default for each.
OPTION_FLAGS = {"threads": ("--threads", "0"), "log_level": ("--log-level", "info")}
# Home Assistant's base images are published for these architectures only.
BASE_IMAGE_ARCHES = {"amd64", "aarch64"}


def load_yaml(path: Path) -> Any:
    """Return a YAML file's content."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def manifest() -> dict[str, Any]:
    """Return the integration's manifest.json."""
    content: dict[str, Any] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return content


def app_config() -> dict[str, Any]:
    """Return the app's config.yaml."""
    config: dict[str, Any] = load_yaml(APP / "config.yaml")
    return config


def dockerfile(path: Path = DOCKERFILE) -> list[tuple[str, str]]:
    """Return the instructions of a Dockerfile as (INSTRUCTION, arguments)."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    instructions = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            keyword, _, rest = line.strip().partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def stages(path: Path = DOCKERFILE) -> dict[str, list[tuple[str, str]]]:
    """Return each build stage's instructions by its name, its FROM first."""
    named: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for keyword, rest in dockerfile(path):
        if keyword == "FROM":
            current = []
            parts = rest.split()
            named[parts[2] if len(parts) == 3 else str(len(named))] = current
        current.append((keyword, rest))
    return named


def base_image(path: Path = DOCKERFILE) -> str:
    """Return the image a Dockerfile starts from, with its ARG defaults filled in."""
    defaults: dict[str, str] = {}
    for keyword, rest in dockerfile(path):
        if keyword == "ARG" and "=" in rest:
            name, _, value = rest.partition("=")
            defaults[name] = value.strip('"')
        elif keyword == "FROM":
            image = rest.split()[0]
            return re.sub(r"\$\{?(\w+)\}?", lambda m: defaults[m[1]], image)
    raise AssertionError(f"{path} has no FROM")


def exec_argv(script: Path) -> list[str]:
    """Return the command line that a start script finally execs."""
    text = re.sub(r"\\\n", " ", script.read_text(encoding="utf-8"))
    execs = [line for line in text.splitlines() if line.lstrip().startswith("exec ")]
    assert len(execs) == 1, f"{script} must exec exactly one command"
    return shlex.split(execs[0])[1:]


def engine_flags() -> set[str]:
    """Return the option strings of the engine's argparse command line."""
    tree = ast.parse((ENGINE / "cli.py").read_text(encoding="utf-8"))
    return {
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "add_argument"
        for arg in node.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }


def flag_pairs(args: list[str]) -> dict[str, str]:
    """Return a command line of flags and values as a dict."""
    assert len(args) % 2 == 0, args
    return dict(zip(args[::2], args[1::2], strict=True))


def lint(tool: str, *args: str) -> None:
    """Run a linter on files of the repository; skip where it is not installed."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    result = subprocess.run(
        [tool, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
