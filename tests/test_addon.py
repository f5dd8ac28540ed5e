"""Checks of the engine's packaging: the Home Assistant app (llm_home_engine/) and docker/.

No Docker engine is needed: the files are parsed and checked against each other, against
the Supervisor's rules and against the engine's command line, and the start scripts run
with stand-ins for bashio and python3. shellcheck and hadolint run where installed.
"""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path
import re
import shlex
import shutil
import socket
import subprocess
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).parents[1]
APP = ROOT / "llm_home_engine"
DOCKER = ROOT / "docker"
ENGINE = ROOT / "custom_components" / "llm_home" / "engine"
MANIFEST = ROOT / "custom_components" / "llm_home" / "manifest.json"
SCRIPTS = [APP / "run.sh", APP / "install.sh", DOCKER / "entrypoint.sh"]

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

# python3 of the Debian releases the images may start from.
DEBIAN_PYTHON = {"bookworm": (3, 11), "trixie": (3, 13)}
# Home Assistant's base images are published for these architectures only.
BASE_IMAGE_ARCHES = {"amd64", "aarch64"}
BASE_IMAGE = re.compile(r"^ghcr\.io/home-assistant/base-debian:(?P<release>[a-z]+)")
# The option types of the Supervisor's schema (developers.home-assistant.io, apps/configuration).
SCHEMA_TYPE = re.compile(
    r"^(?:str|bool|int|float)(?:\(-?[\d.]*,-?[\d.]*\))?\??$"
    r"|^(?:email|url|password|port|device(?:\(.*\))?|match\(.+\)|list\([^|]+(?:\|[^|]+)*\))\??$"
)
# Stands in for bashio (hassio-addons/bashio): its shell options and the functions the run
# script may call, with the options in OPTION_<name> instead of the Supervisor's API, and
# options the script saves (bashio::addon.option) as files in SAVED_OPTIONS and the discovery
# it sends (bashio::discovery) in DISCOVERY_FILE; with SUPERVISOR_DOWN set, both fail as the
# API calls would.
BASHIO_STUB = r"""
set -o errexit -o errtrace -o nounset -o pipefail
bashio::config() {
    local name="OPTION_$1"
    if [[ -v "${name}" ]]; then printf '%s' "${!name}"; else echo null; fi
}
bashio::config.has_value() {
    local value
    value=$(bashio::config "$1")
    [[ "${value}" != null && -n "${value}" ]]
}
bashio::addon.option() {
    [[ ! -v SUPERVISOR_DOWN ]] && printf '%s' "$2" > "${SAVED_OPTIONS}/$1"
}
bashio::var.json() {
    local json="" separator="" value
    while (($#)); do
        value="$2"
        if [[ "${value}" == ^* ]]; then value="${value:1}"; else value="\"${value}\""; fi
        json+="${separator}\"$1\":${value}"
        separator=","
        shift 2
    done
    printf '{%s}' "${json}"
}
bashio::discovery() {
    [[ ! -v SUPERVISOR_DOWN ]] && printf '%s\n%s' "$1" "$2" > "${DISCOVERY_FILE}"
}
bashio::log.info() { echo "INFO: $*"; }
bashio::log.notice() { echo "NOTICE: $*"; }
bashio::log.warning() { echo "WARNING: $*"; }
"""
# Stands in for python3: records its arguments and whether the token is still in the environment.
PYTHON_STUB = """#!/bin/sh
printf '%s\\n' "$@" > "$ARGV_FILE"
printf '%s' "${LLM_HOME_ENGINE_TOKEN-unset}" > "$ENV_FILE"
"""


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _config() -> dict[str, Any]:
    config: dict[str, Any] = _yaml(APP / "config.yaml")
    return config


def _dockerfile(path: Path) -> list[tuple[str, str]]:
    """Return the instructions of a Dockerfile as (INSTRUCTION, arguments)."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    instructions = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            keyword, _, rest = line.strip().partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def _base_image(path: Path) -> str:
    """Return the image a Dockerfile starts from, with its ARG defaults filled in."""
    defaults: dict[str, str] = {}
    for keyword, rest in _dockerfile(path):
        if keyword == "ARG" and "=" in rest:
            name, _, value = rest.partition("=")
            defaults[name] = value.strip('"')
        elif keyword == "FROM":
            image = rest.split()[0]
            return re.sub(r"\$\{?(\w+)\}?", lambda m: defaults[m[1]], image)
    raise AssertionError(f"{path} has no FROM")


def _exec_argv(script: Path) -> list[str]:
    """Return the command line that a start script finally execs."""
    text = re.sub(r"\\\n", " ", script.read_text(encoding="utf-8"))
    execs = [line for line in text.splitlines() if line.lstrip().startswith("exec ")]
    assert len(execs) == 1, f"{script} must exec exactly one command"
    return shlex.split(execs[0])[1:]


def _engine_flags() -> set[str]:
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


def _flag_pairs(args: list[str]) -> dict[str, str]:
    assert len(args) % 2 == 0, args
    return dict(zip(args[::2], args[1::2], strict=True))


def test_repository_yaml() -> None:
    """repository.yaml names the repository the Supervisor adds apps from."""
    repository = _yaml(ROOT / "repository.yaml")
    assert set(repository) <= {"name", "url", "maintainer"}
    assert repository["name"]
    assert repository["url"] == json.loads(MANIFEST.read_text())["documentation"]


def test_the_app_is_the_only_config_file() -> None:
    """The Supervisor takes every config.{json,yaml,yml} in the repository for an app."""
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    configs = [
        name
        for name in files
        if re.fullmatch(r"config\.(json|ya?ml)", Path(name).name)
        and not any(
            part.startswith(".") or part == "rootfs" for part in Path(name).parts
        )
    ]
    assert configs == ["llm_home_engine/config.yaml"]


def test_app_config() -> None:
    """config.yaml has the Supervisor's required keys and asks for nothing it does not need."""
    config = _config()
    assert config["name"] == "LLM Home engine"
    assert config["slug"] == APP.name
    assert config["description"]
    # The image downloads the engine from the release tag v<version> of this repository.
    assert config["version"] == json.loads(MANIFEST.read_text())["version"]
    # s6-overlay is the base image's init: the Supervisor must not add Docker's.
    assert config["init"] is False
    assert set(config["arch"]) == BASE_IMAGE_ARCHES
    assert config["ports"] == {f"{PORT}/tcp": None}
    # Built on the user's machine from the Dockerfile; /data is always mapped, and the share
    # folder, read-only, for the user's own models.
    assert "image" not in config
    assert config["map"] == [{"type": "share", "read_only": True}]
    # The app tells the integration (the discovery service is its domain) where it listens.
    assert config["discovery"] == [json.loads(MANIFEST.read_text())["domain"]]
    for key in ("hassio_api", "homeassistant_api", "host_network"):
        assert key not in config


def test_app_options_and_schema() -> None:
    """Every option has a valid schema type; defaults fit it; the rest are optional."""
    config = _config()
    options, schema = config["options"], config["schema"]
    assert set(options) <= set(schema)
    for name, kind in schema.items():
        assert SCHEMA_TYPE.match(kind), f"{name}: {kind}"
        if name not in options:
            assert kind.endswith("?"), f"{name} has no default, so it must be optional"
    assert schema["token"] == "password?"
    assert schema["threads"].startswith("int")
    assert options["threads"] == 0
    levels = re.fullmatch(r"list\((.*)\)", schema["log_level"])
    assert levels is not None
    assert options["log_level"] in levels[1].split("|")
    assert set(OPTION_FLAGS) <= set(schema)


def test_app_translations() -> None:
    """Every option and port has an English name and description."""
    config = _config()
    translations = _yaml(APP / "translations" / "en.yaml")
    assert set(translations["configuration"]) == set(config["schema"])
    for entry in translations["configuration"].values():
        assert entry["name"]
        assert entry["description"]
    assert set(translations["network"]) == set(config["ports"])


def test_base_images() -> None:
    """The app builds on Home Assistant's multi-arch Debian base; docker/ on the same release."""
    # build.yaml is deprecated since Supervisor 2026.04: the Dockerfile names the base itself.
    assert not list(APP.glob("build.*"))
    app_base = BASE_IMAGE.match(_base_image(APP / "Dockerfile"))
    assert app_base is not None
    assert set(_config()["arch"]) <= BASE_IMAGE_ARCHES
    release = app_base["release"]
    assert _base_image(DOCKER / "Dockerfile") == f"debian:{release}-slim"


def test_both_images_install_the_same_way() -> None:
    """Both Dockerfiles run the one install script and take the engine from engine/."""
    assert (ENGINE / "__main__.py").is_file()
    for dockerfile in (APP / "Dockerfile", DOCKER / "Dockerfile"):
        runs = [rest for keyword, rest in _dockerfile(dockerfile) if keyword == "RUN"]
        assert "sh /tmp/install.sh && rm /tmp/install.sh" in runs
    # The app's build context is its folder: the engine comes from the release of its version.
    app = _dockerfile(APP / "Dockerfile")
    repository = json.loads(MANIFEST.read_text())["documentation"]
    assert (
        "ARG",
        f'ENGINE_SOURCE="{repository}/archive/refs/tags/v${{BUILD_VERSION}}.tar.gz"',
    ) in app
    assert any(
        keyword == "RUN" and "'*/custom_components/llm_home/engine/'" in rest
        for keyword, rest in app
    )
    copies = [
        rest.split()[0]
        for keyword, rest in _dockerfile(DOCKER / "Dockerfile")
        if keyword == "COPY"
    ]
    assert copies == [
        "llm_home_engine/install.sh",
        "custom_components/llm_home/engine",
        "docker/entrypoint.sh",
    ]
    for source in copies:
        assert (ROOT / source).exists()
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text().splitlines()
    for source in copies:
        assert f"!{source}" in ignore or f"!{source}/" in ignore


def test_engine_parses_on_the_images_python() -> None:
    """The engine is valid syntax for the images' python3: Debian's, older than HA's 3.14."""
    release = BASE_IMAGE.match(_base_image(APP / "Dockerfile"))
    assert release is not None
    version = DEBIAN_PYTHON[release["release"]]
    errors = []
    for source in sorted(ENGINE.glob("**/*.py")):
        try:
            ast.parse(source.read_text(encoding="utf-8"), feature_version=version)
        except SyntaxError as err:
            errors.append(f"{source.relative_to(ROOT)}:{err.lineno}: {err.msg}")
    # ruff formats for py314 (pyproject.toml) unless engine/ has a target of its own.
    assert not errors, f"not Python {version[0]}.{version[1]}: {errors}"


def test_run_script_command() -> None:
    """The app's run script execs the documented command, with the options as flags.

    The app is found through the Supervisor, so it does not announce itself by zeroconf.
    """
    argv = _exec_argv(APP / "run.sh")
    assert argv[: len(COMMAND)] == COMMAND
    assert argv[-1] == "--no-announce"
    extra = _flag_pairs(argv[len(COMMAND) : -1])
    assert extra == {
        flag: f"$(bashio::config '{option}')"
        for option, (flag, _) in OPTION_FLAGS.items()
    }
    assert set(_flag_pairs(ARGS)) | {*extra, argv[-1]} <= _engine_flags()


def test_docker_command_and_port() -> None:
    """docker/: the image's and compose's commands are the documented one, on one port."""
    instructions = dict(_dockerfile(DOCKER / "Dockerfile"))
    assert json.loads(instructions["ENTRYPOINT"]) == ["llm-home-engine"]
    assert json.loads(instructions["CMD"]) == ARGS
    assert instructions["EXPOSE"] == str(PORT)
    assert _exec_argv(DOCKER / "entrypoint.sh") == [*COMMAND[:3], "$@"]

    service = _yaml(DOCKER / "compose.yaml")["services"]["engine"]
    command = [str(arg) for arg in service["command"]]
    assert command[: len(ARGS)] == ARGS
    assert _flag_pairs(command[len(ARGS) :]) == dict(OPTION_FLAGS.values())
    assert set(_flag_pairs(command)) <= _engine_flags()
    assert service["ports"] == [f"{PORT}:{PORT}"]
    assert any(volume.endswith(":/data") for volume in service["volumes"])
    build = service["build"]
    assert (DOCKER / build["context"]).resolve() == ROOT
    assert (ROOT / build["dockerfile"]) == DOCKER / "Dockerfile"


def _run(
    script: Path, tmp_path: Path, env: dict[str, str], *, bashio: bool
) -> tuple[list[str], str, str]:
    """Run a start script with /data in tmp_path; return python3's argv, its env and stdout."""
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    copy = tmp_path / script.name
    copy.write_text(script.read_text(encoding="utf-8").replace("/data", str(data)))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "python3").write_text(PYTHON_STUB)
    (bin_dir / "python3").chmod(0o755)
    stub = tmp_path / "bashio.sh"
    stub.write_text(BASHIO_STUB)
    saved = tmp_path / "saved"
    saved.mkdir(exist_ok=True)
    command = (
        ["bash", "-c", 'source "$0"; source "$1"', str(stub), str(copy)]
        if bashio
        else ["sh", str(copy), *ARGS]
    )
    result = subprocess.run(
        command,
        env={
            "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "ARGV_FILE": str(tmp_path / "argv"),
            "ENV_FILE": str(tmp_path / "env"),
            "SAVED_OPTIONS": str(saved),
            "DISCOVERY_FILE": str(tmp_path / "discovery"),
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    argv = (tmp_path / "argv").read_text().splitlines()
    return (
        [arg.replace(str(data), "/data") for arg in argv],
        (tmp_path / "env").read_text(),
        result.stdout,
    )


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_run_script_token(tmp_path: Path) -> None:
    """The app keeps the token in /data/token: the option's, or one generated once.

    A generated token is saved as the app's Token option, where the user reads it; the
    log (which users share) never holds it.
    """
    token_file = tmp_path / "data" / "token"
    options = {"OPTION_threads": "3", "OPTION_log_level": "debug"}

    argv, _, out = _run(APP / "run.sh", tmp_path, options, bashio=True)
    assert argv == [
        *COMMAND[1:],
        *("--threads", "3", "--log-level", "debug", "--no-announce"),
    ]
    generated = token_file.read_text()
    assert re.fullmatch(r"[0-9a-f]{64}", generated)
    assert generated not in out
    # Home Assistant is told the app's hostname and port, never the token.
    service, config = (tmp_path / "discovery").read_text().split("\n")
    assert service == "llm_home"
    assert json.loads(config) == {"host": socket.gethostname(), "port": PORT}
    assert "Configuration tab" in out
    assert (tmp_path / "saved" / "token").read_text() == generated
    assert token_file.stat().st_mode & 0o777 == 0o600

    _, _, out = _run(APP / "run.sh", tmp_path, options, bashio=True)
    assert token_file.read_text() == generated
    assert generated not in out

    _run(
        APP / "run.sh", tmp_path, {**options, "OPTION_token": "my secret"}, bashio=True
    )
    assert token_file.read_text() == "my secret"
    _run(APP / "run.sh", tmp_path, options, bashio=True)
    assert token_file.read_text() == "my secret"


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_run_script_token_without_the_supervisor(tmp_path: Path) -> None:
    """A token that cannot be saved in the options is still never logged; the log says why."""
    argv, _, out = _run(APP / "run.sh", tmp_path, {"SUPERVISOR_DOWN": "1"}, bashio=True)
    generated = (tmp_path / "data" / "token").read_text()
    assert re.fullmatch(r"[0-9a-f]{64}", generated)
    assert generated not in out
    assert "type a token of your own" in out
    assert "Could not tell Home Assistant where the engine listens" in out
    assert argv[: len(COMMAND) - 1] == COMMAND[1:]


def test_docker_entrypoint_token(tmp_path: Path) -> None:
    """The container's token: LLM_HOME_ENGINE_TOKEN's, or one generated once.

    The log says where to read a generated token, never the token.
    """
    token_file = tmp_path / "data" / "token"

    argv, env, out = _run(DOCKER / "entrypoint.sh", tmp_path, {}, bashio=False)
    assert argv == COMMAND[1:]
    generated = token_file.read_text()
    assert re.fullmatch(r"[0-9a-f]{64}", generated)
    assert generated not in out
    assert f"cat {token_file}" in out
    assert env == "unset"

    token = {"LLM_HOME_ENGINE_TOKEN": "my secret"}
    _, env, _ = _run(DOCKER / "entrypoint.sh", tmp_path, token, bashio=False)
    assert token_file.read_text().strip() == "my secret"
    # Only the file carries the token into the engine.
    assert env == "unset"


def _lint(tool: str, *args: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    result = subprocess.run(
        [tool, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_shellcheck() -> None:
    """The start and install scripts pass shellcheck."""
    _lint("shellcheck", *(str(script.relative_to(ROOT)) for script in SCRIPTS))


def test_hadolint() -> None:
    """Both Dockerfiles pass hadolint."""
    _lint("hadolint", "llm_home_engine/Dockerfile", "docker/Dockerfile")
