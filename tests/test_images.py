"""Checks of the engine's images: llm_home_engine/Dockerfile, its packages and its release.

One Dockerfile, built from the checkout (the repository is the build context), makes both
images: the Home Assistant app's (target app) and the plain container's (target container),
here with scripts/build_engine_image and on a release by .github/workflows/release.yaml.
Building them needs buildah (scripts/check_engine_image.py runs one); these tests read the
files, run the linters where installed, and ask PyPI for every package's wheels.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
import re
import subprocess
import sys
from typing import Any

from packaging.requirements import Requirement
import pytest

from scripts import lock_engine_requirements as lock

from .engine_packaging import (
    APP,
    ARGS,
    BASE_IMAGE_ARCHES,
    COMMAND,
    DOCKER,
    DOCKERFILE,
    ENGINE,
    OPTION_FLAGS,
    PORT,
    ROOT,
    app_config,
    base_image,
    dockerfile,
    engine_flags,
    exec_argv,
    flag_pairs,
    lint,
    load_yaml,
    stages,
)

WORKFLOW = ROOT / ".github" / "workflows" / "release.yaml"
BUILD_SCRIPT = ROOT / "scripts" / "build_engine_image"
REQUIREMENTS = APP / "requirements.txt"
BASE_IMAGE = re.compile(r"^ghcr\.io/home-assistant/base-debian:(?P<release>[a-z]+)$")
# python3 of the Debian releases the images may start from.
DEBIAN_PYTHON = {"bookworm": (3, 11), "trixie": (3, 13)}
# What only Home Assistant's base image has: the images' build steps must not need it.
HA_BASE_ONLY = ("bashio", "with-contenv", "tempio", "s6-", "/init")
# The engine's packages (install.sh), zeroconf's own included; llama-cpp-python is
# published as source only and is compiled in the image.
ENGINE_PACKAGES = {"llama-cpp-python", "faster-whisper", "piper-tts", "zeroconf"}
SOURCE_ONLY = {"llama-cpp-python"}
PIP_ARCHES = {"amd64": "x86_64", "aarch64": "aarch64"}


def _images_python() -> tuple[int, int]:
    release = BASE_IMAGE.match(base_image())
    assert release is not None
    return DEBIAN_PYTHON[release["release"]]


def _pinned() -> dict[str, tuple[str, list[str]]]:
    """Return requirements.txt as {name: (version, hashes)}."""
    text = REQUIREMENTS.read_text(encoding="utf-8").replace("\\\n", " ")
    pins = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            requirement, *options = line.split()
            parsed = Requirement(requirement)
            (specifier,) = parsed.specifier
            assert specifier.operator == "==", line
            hashes = [option.removeprefix("--hash=sha256:") for option in options]
            assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), line
            pins[parsed.name] = (specifier.version, hashes)
    return pins


def test_base_image_is_home_assistants_debian() -> None:
    """The images start from Home Assistant's multi-arch Debian base, named in the Dockerfile.

    build.yaml is deprecated since Supervisor 2026.04. scripts/build_engine_image tags its
    stand-in under the name the Dockerfile's ARG gives.
    """
    assert not list(APP.glob("build.*"))
    assert BASE_IMAGE.match(base_image())
    assert set(app_config()["arch"]) <= BASE_IMAGE_ARCHES
    args = [rest for keyword, rest in stages()["engine"] if keyword == "FROM"]
    assert args == ["${BASE_IMAGE} AS engine"]
    assert "sed -n 's/^ARG BASE_IMAGE=//p'" in BUILD_SCRIPT.read_text()


def test_one_engine_stage_for_both_images() -> None:
    """The app and the container are the one stage `engine` plus their start script.

    The engine's sources are copied from the checkout (no download, no release tag) and
    everything the build runs needs only Debian, not what Home Assistant's base adds.
    """
    named = stages()
    assert list(named) == ["engine", "container", "app"]  # app last: the default target
    for name in ("app", "container"):
        assert named[name][0] == ("FROM", f"engine AS {name}")
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert "curl" not in text
    assert "http" not in "".join(rest for _, rest in dockerfile())
    sources = [
        source
        for keyword, rest in dockerfile()
        if keyword == "COPY"
        for source in rest.split()[:-1]
    ]
    assert "custom_components/llm_home/engine" in sources
    ignore = (APP / "Dockerfile.dockerignore").read_text().splitlines()
    for source in sources:
        assert (ROOT / source).exists(), source
        assert f"!{source}" in ignore or f"!{source}/" in ignore, source
    runs = [rest for keyword, rest in named["engine"] if keyword == "RUN"]
    assert runs[0] == "sh /tmp/engine/install.sh && rm -rf /tmp/engine"
    built = "".join(rest for _, rest in named["engine"])
    built += (APP / "install.sh").read_text(encoding="utf-8")
    for word in HA_BASE_ONLY:
        assert word not in built, word


def test_engine_parses_on_the_images_python() -> None:
    """The engine is valid syntax for the images' python3: Debian's, older than HA's 3.14."""
    version = _images_python()
    errors = []
    for source in sorted(ENGINE.glob("**/*.py")):
        try:
            ast.parse(source.read_text(encoding="utf-8"), feature_version=version)
        except SyntaxError as err:
            errors.append(f"{source.relative_to(ROOT)}:{err.lineno}: {err.msg}")
    # ruff formats for py314 (pyproject.toml) unless engine/ has a target of its own.
    assert not errors, f"not Python {version[0]}.{version[1]}: {errors}"


def test_container_command_and_port() -> None:
    """The container's and compose's commands are the documented one, on one port."""
    instructions = dict(stages()["container"])
    assert json.loads(instructions["ENTRYPOINT"]) == ["llm-home-engine"]
    assert json.loads(instructions["CMD"]) == ARGS
    assert instructions["EXPOSE"] == str(PORT)
    assert exec_argv(DOCKER / "entrypoint.sh") == [*COMMAND[:3], "$@"]

    service = load_yaml(DOCKER / "compose.yaml")["services"]["engine"]
    command = [str(arg) for arg in service["command"]]
    assert command[: len(ARGS)] == ARGS
    assert flag_pairs(command[len(ARGS) :]) == dict(OPTION_FLAGS.values())
    assert set(flag_pairs(command)) <= engine_flags()
    assert service["ports"] == [f"{PORT}:{PORT}"]
    assert any(volume.endswith(":/data") for volume in service["volumes"])
    build = service["build"]
    assert (DOCKER / build["context"]).resolve() == ROOT
    assert (ROOT / build["dockerfile"]) == DOCKERFILE
    assert build["target"] == "container"


def _build_steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        step["with"]
        for step in workflow["jobs"]["build"]["steps"]
        if step.get("uses", "").startswith("docker/build-push-action@")
    ]


def test_release_workflow_builds_what_the_script_builds() -> None:
    """On a version tag both images are built from the Dockerfile for every app arch.

    The same file, context and targets as scripts/build_engine_image; the app's image is
    pushed under the name config.yaml gives the Supervisor, so no device compiles.
    """
    workflow = load_yaml(WORKFLOW)
    # PyYAML reads the key `on` as True.
    assert workflow[True] == {"push": {"tags": ["v*"]}}
    matrix = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
    assert {entry["arch"] for entry in matrix} == set(app_config()["arch"])
    script = BUILD_SCRIPT.read_text(encoding="utf-8")
    targets = set()
    for build in _build_steps(workflow):
        assert build["context"] == "."
        assert ROOT / build["file"] == DOCKERFILE
        assert build["push"] is True
        targets.add(build["target"])
        assert f"{build['target']}) tag=" in script
    assert targets == {"app", "container"}
    assert '--file "$DOCKERFILE"' in script
    assert '--target "$target"' in script
    assert "sed -n 's/^image: //p' llm_home_engine/config.yaml" in WORKFLOW.read_text()
    # Every action pinned to a commit, its release named beside it.
    uses = re.findall(r"uses: (.*)", WORKFLOW.read_text())
    assert uses
    for action in uses:
        assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40} # v[\d.]+", action), action


def test_release_workflow_passes_zizmor() -> None:
    """The release workflow passes zizmor, GitHub Actions' security linter (offline)."""
    lint("zizmor", "--offline", str(WORKFLOW.relative_to(ROOT)))


def test_release_workflow_passes_actionlint() -> None:
    """The release workflow passes actionlint."""
    lint("actionlint", str(WORKFLOW.relative_to(ROOT)))


def test_hadolint() -> None:
    """The Dockerfile passes hadolint."""
    lint("hadolint", str(DOCKERFILE.relative_to(ROOT)))


def test_every_package_is_pinned_with_hashes() -> None:
    """requirements.txt pins every package the images install, each with its hashes.

    install.sh installs only it, with --require-hashes (so pip refuses anything unpinned);
    it is generated by scripts/lock_engine_requirements.py for the images' Python.
    """
    pins = _pinned()
    assert ENGINE_PACKAGES | {"ifaddr", "numpy"} <= set(pins)
    for name, (_, hashes) in pins.items():
        # One file for both architectures, or one for each.
        assert 1 <= len(hashes) <= len(PIP_ARCHES), name
    for line in (*lock.PACKAGES, lock.LLAMA):
        requirement = Requirement(line)
        assert requirement.specifier.contains(pins[requirement.name][0]), line
    assert "{}.{}".format(*_images_python()) == lock.PYTHON_VERSION
    install = (APP / "install.sh").read_text(encoding="utf-8")
    assert '--require-hashes -r "$here/requirements.txt"' in install


@pytest.mark.parametrize("arch", sorted(PIP_ARCHES))
def test_every_package_has_a_wheel_for_the_images_python(
    arch: str, tmp_path: Path
) -> None:
    """Pip finds a binary wheel of every pinned package for linux on `arch`.

    For the images' Python, with the hashes of requirements.txt: nothing but llama.cpp
    compiles in the image, and no file differs from the pinned one. Needs PyPI.
    """
    pins = _pinned()
    lines = [
        f"{name}=={version} " + " ".join(f"--hash=sha256:{h}" for h in hashes)
        for name, (version, hashes) in pins.items()
        if name not in SOURCE_ONLY
    ]
    (tmp_path / "requirements.txt").write_text("\n".join(lines) + "\n")
    python = "{}.{}".format(*_images_python())
    command = [
        sys.executable, "-m", "pip", "download", "--isolated", "--quiet", "--no-deps",
        "--require-hashes", "--only-binary=:all:",
        *lock.platform_args(PIP_ARCHES[arch]),
        "--python-version", python, "--implementation", "cp",
        "--abi", "cp" + python.replace(".", ""),
        "--dest", str(tmp_path / "wheels"), "-r", str(tmp_path / "requirements.txt"),
    ]  # fmt: skip
    result = subprocess.run(  # noqa: S603
        command, check=False, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stderr
    downloaded = {
        Path(wheel).name.split("-")[0] for wheel in (tmp_path / "wheels").iterdir()
    }
    assert len(downloaded) == len(lines)
