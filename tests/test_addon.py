"""Checks of the engine's packaging: the Home Assistant app (llm_home_engine/) and docker/.

No Docker engine is needed: the files are parsed and checked against each other, against
the Supervisor's rules and against the engine's command line, and the start scripts run
with stand-ins for bashio and python3. shellcheck runs where installed. The images
themselves: test_images.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import re
import shutil
import socket
import subprocess

import pytest

from .engine_packaging import (
    APP,
    ARGS,
    BASE_IMAGE_ARCHES,
    COMMAND,
    DOCKER,
    OPTION_FLAGS,
    PORT,
    ROOT,
    app_config,
    engine_flags,
    exec_argv,
    flag_pairs,
    lint,
    load_yaml,
    manifest,
)

SCRIPTS = [APP / "run.sh", APP / "install.sh", DOCKER / "entrypoint.sh"]

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


def test_repository_yaml() -> None:
    """repository.yaml names the repository the Supervisor adds apps from."""
    repository = load_yaml(ROOT / "repository.yaml")
    assert set(repository) <= {"name", "url", "maintainer"}
    assert repository["name"]
    assert repository["url"] == manifest()["documentation"]


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
    config = app_config()
    assert config["name"] == "LLM Home engine"
    assert config["slug"] == APP.name
    assert config["description"]
    # The integration and the engine speak the same protocol: one version for both.
    assert config["version"] == manifest()["version"]
    # s6-overlay is the base image's init: the Supervisor must not add Docker's.
    assert config["init"] is False
    assert set(config["arch"]) == BASE_IMAGE_ARCHES
    assert config["ports"] == {f"{PORT}/tcp": None}
    # Pulled, never built on the user's machine: one image per architecture, which the
    # release workflow publishes (test_images.py). /data is always mapped, and the share
    # folder, read-only, for the user's own models.
    assert config["image"].startswith("ghcr.io/")
    assert "{arch}" in config["image"]
    assert config["map"] == [{"type": "share", "read_only": True}]
    # The app tells the integration (the discovery service is its domain) where it listens.
    assert config["discovery"] == [manifest()["domain"]]
    for key in ("hassio_api", "homeassistant_api", "host_network"):
        assert key not in config


def test_app_options_and_schema() -> None:
    """Every option has a valid schema type; defaults fit it; the rest are optional."""
    config = app_config()
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
    config = app_config()
    translations = load_yaml(APP / "translations" / "en.yaml")
    assert set(translations["configuration"]) == set(config["schema"])
    for entry in translations["configuration"].values():
        assert entry["name"]
        assert entry["description"]
    assert set(translations["network"]) == set(config["ports"])


def test_run_script_command() -> None:
    """The app's run script execs the documented command, with the options as flags.

    The app is found through the Supervisor, so it does not announce itself by zeroconf.
    """
    argv = exec_argv(APP / "run.sh")
    assert argv[: len(COMMAND)] == COMMAND
    assert argv[-1] == "--no-announce"
    extra = flag_pairs(argv[len(COMMAND) : -1])
    assert extra == {
        flag: f"$(bashio::config '{option}')"
        for option, (flag, _) in OPTION_FLAGS.items()
    }
    assert set(flag_pairs(ARGS)) | {*extra, argv[-1]} <= engine_flags()


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


def test_shellcheck() -> None:
    """The start and install scripts pass shellcheck."""
    lint("shellcheck", *(str(script.relative_to(ROOT)) for script in SCRIPTS))
