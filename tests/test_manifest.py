"""Checks of the integration's metadata: manifest.json, hacs.json, translations and icons.

hassfest is not shipped with Home Assistant's wheel, so the rules of its manifest
schema that apply to custom integrations are written out here.
"""

from __future__ import annotations

from importlib.metadata import version as installed_version
import json
from pathlib import Path
import subprocess
import sys
from typing import Any, get_args, get_type_hints

from awesomeversion import AwesomeVersion, AwesomeVersionStrategy
from packaging.requirements import Requirement
from PIL import Image
import probatio
import pytest

from homeassistant.const import __version__ as HA_VERSION
from homeassistant.core import HomeAssistant
from homeassistant.loader import (
    Manifest,
    async_get_custom_components,
    async_get_integration,
)

from custom_components.llm_home import issues
from custom_components.llm_home.const import DOMAIN
from custom_components.llm_home.sensor import SENSORS

ROOT = Path(__file__).parents[1]
INTEGRATION = ROOT / "custom_components" / DOMAIN
# hassfest's SUPPORTED_IOT_CLASSES
IOT_CLASSES = [
    "assumed_state",
    "calculated",
    "cloud_polling",
    "cloud_push",
    "local_polling",
    "local_push",
]
# The version schemes that Home Assistant's loader accepts for custom integrations.
VERSION_STRATEGIES = [
    AwesomeVersionStrategy.CALVER,
    AwesomeVersionStrategy.SEMVER,
    AwesomeVersionStrategy.SIMPLEVER,
    AwesomeVersionStrategy.BUILDVER,
    AwesomeVersionStrategy.PEP440,
]


def _version(value: Any) -> str:
    AwesomeVersion(str(value), ensure_strategy=VERSION_STRATEGIES)
    return str(value)


def _pinned(value: Any) -> str:
    """Accept one package at one exact version."""
    requirement = Requirement(str(value))
    specs = list(requirement.specifier)
    if len(specs) != 1 or specs[0].operator != "==":
        raise probatio.Invalid(f"{value} is not pinned with ==")
    return str(value)


def _https(value: Any) -> str:
    if not str(value).startswith("https://"):
        raise probatio.Invalid(f"{value} is not an https URL")
    return str(value)


MANIFEST_SCHEMA = probatio.Schema(
    {
        probatio.Required("domain"): DOMAIN,
        probatio.Required("name"): str,
        probatio.Required("version"): _version,
        probatio.Required("documentation"): _https,
        probatio.Required("codeowners"): [probatio.Match(r"^@.+$")],
        probatio.Required("iot_class"): probatio.In(IOT_CLASSES),
        probatio.Required("integration_type"): probatio.In(
            get_args(get_type_hints(Manifest)["integration_type"])
        ),
        probatio.Required("requirements"): [_pinned],
        probatio.Optional("issue_tracker"): _https,
        probatio.Optional("config_flow"): bool,
        probatio.Optional("single_config_entry"): bool,
        probatio.Optional("dependencies"): [str],
        probatio.Optional("after_dependencies"): [str],
        probatio.Optional("loggers"): [str],
        probatio.Optional("quality_scale"): str,
        # hassfest: mDNS service types, "_<name>._tcp.local." (RFC 6763: names of 15 at most).
        probatio.Optional("zeroconf"): [
            probatio.Match(
                r"^_[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?\._(tcp|udp)\.local\.$"
            )
        ],
    },
    extra=probatio.PREVENT_EXTRA,
)

# HACS's hacs.json keys for an integration repository.
HACS_SCHEMA = probatio.Schema(
    {
        probatio.Required("name"): str,
        probatio.Optional("content_in_root"): bool,
        probatio.Optional("zip_release"): bool,
        probatio.Optional("filename"): str,
        probatio.Optional("hide_default_branch"): bool,
        probatio.Optional("country"): probatio.Any(str, [str]),
        probatio.Optional("homeassistant"): _version,
        probatio.Optional("hacs"): _version,
        probatio.Optional("persistent_directory"): str,
        probatio.Optional("render_readme"): bool,
    },
    extra=probatio.PREVENT_EXTRA,
)


def _load(path: Path) -> Any:
    return json.loads(path.read_text())


async def test_manifest_is_valid(hass: HomeAssistant) -> None:
    """The manifest follows hassfest's rules; HA loads it; its dependencies exist."""
    manifest = MANIFEST_SCHEMA(_load(INTEGRATION / "manifest.json"))
    assert DOMAIN in await async_get_custom_components(hass)
    integration = await async_get_integration(hass, DOMAIN)
    assert integration.version == AwesomeVersion(manifest["version"])
    for dependency in [*manifest["dependencies"], *manifest["after_dependencies"]]:
        assert (await async_get_integration(hass, dependency)).is_built_in
    for line in manifest["requirements"]:
        requirement = Requirement(line)
        assert requirement.specifier.contains(installed_version(requirement.name))


def test_hacs_json_is_valid() -> None:
    """hacs.json has HACS's keys, and its minimum Home Assistant is the tested one or older."""
    hacs = HACS_SCHEMA(_load(ROOT / "hacs.json"))
    assert hacs["name"] == _load(INTEGRATION / "manifest.json")["name"]
    assert AwesomeVersion(HA_VERSION) >= AwesomeVersion(hacs["homeassistant"])


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat |= _flatten(value, f"{prefix}{key}.")
        else:
            flat[f"{prefix}{key}"] = value
    return flat


@pytest.mark.parametrize(
    ("path", "size"),
    [
        ("custom_components/llm_home/brand/icon.png", (256, 256)),
        ("custom_components/llm_home/brand/icon@2x.png", (512, 512)),
        ("llm_home_engine/icon.png", (128, 128)),
        ("llm_home_engine/logo.png", (250, 100)),
    ],
)
def test_brand_images_have_the_sizes_home_assistant_shows(
    path: str, size: tuple[int, int]
) -> None:
    """HACS and Home Assistant 2026.3+ read the integration's brand/; the app store its icon."""
    with Image.open(ROOT / path) as image:
        assert image.format == "PNG"
        assert image.size == size
        assert image.mode == "RGBA"  # transparent around the house


def test_translations_match_strings() -> None:
    """translations/en.json says what strings.json says (references resolved)."""
    strings = _flatten(_load(INTEGRATION / "strings.json"))
    english = _flatten(_load(INTEGRATION / "translations" / "en.json"))
    assert strings.keys() == english.keys()
    for key, text in strings.items():
        if not text.startswith("[%key:"):
            assert english[key] == text, key


@pytest.mark.parametrize(
    ("key", "fixable"),
    [
        (issues.FIXABLE_MODEL, True),
        (issues.UNFIXABLE_MODEL, False),
        (issues.CRASH_LOOP, False),
        (issues.CRASHED_LOADING, False),
        ("engine_unreachable", False),
        ("engine_auth", False),
        ("engine_version", False),
    ],
)
def test_issues_are_translated(key: str, fixable: bool) -> None:
    """Each issue has a title, and a description or (when fixable) a fix flow."""
    issue = _load(INTEGRATION / "strings.json")["issues"][key]
    assert issue["title"]
    if fixable:
        assert "description" not in issue  # hassfest: description xor fix_flow
        flow = issue["fix_flow"]
        assert flow["step"]["confirm"]["description"]
        assert flow["progress"]["reinstall"]
        assert {
            "model_corrupt",
            "download_failed",
            "engine_failed",
            "not_loaded",
        } <= set(flow["abort"])
    else:
        assert issue["description"] and "fix_flow" not in issue


def test_sensors_have_names_states_and_icons() -> None:
    """Every sensor has a translated name, translated states and an icon."""
    strings = _load(INTEGRATION / "strings.json")["entity"]["sensor"]
    icons = _load(INTEGRATION / "icons.json")["entity"]["sensor"]
    assert set(strings) == set(icons) == {s.translation_key for s in SENSORS}
    for description in SENSORS:
        key = description.translation_key
        assert strings[key]["name"] and icons[key]["default"].startswith("mdi:")
        if description.options:
            assert set(strings[key]["state"]) == set(description.options)
            assert set(icons[key].get("state", {})) <= set(description.options)


# Where Home Assistant OS and the Home Assistant container run: Alpine (musl), no compilers.
MUSL_PLATFORMS = ("musllinux_1_2_x86_64", "musllinux_1_2_aarch64")
# What must never be a requirement: none of these installs on musl for cp314.
NATIVE_ENGINE_PACKAGES = {
    "llama-cpp-python",
    "faster-whisper",
    "piper-tts",
    "ctranslate2",
    "onnxruntime",
}


def test_requirements_name_no_native_engine_package() -> None:
    """The engine's native packages stay out of Home Assistant: the engine installs them."""
    requirements = _load(INTEGRATION / "manifest.json")["requirements"]
    names = {Requirement(line).name.lower() for line in requirements}
    assert not names & NATIVE_ENGINE_PACKAGES


@pytest.mark.parametrize("platform", MUSL_PLATFORMS)
def test_requirements_install_on_musl_as_binaries(
    platform: str, tmp_path: Path
) -> None:
    """Pip finds a binary cp314 wheel for the platform of every manifest requirement.

    With no requirements there is nothing to download; then pip is asked for a package
    that has no musl wheel, to prove the check itself can fail.
    """
    requirements = _load(INTEGRATION / "manifest.json")["requirements"]
    if requirements:
        assert _pip_download_binary(requirements, platform, tmp_path) == 0
    assert _pip_download_binary(["ctranslate2==4.8.5"], platform, tmp_path) != 0


def _pip_download_binary(requirements: list[str], platform: str, dest: Path) -> int:
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
        "--only-binary=:all:", "--platform", platform, "--python-version", "3.14",
        "--implementation", "cp", "--abi", "cp314", "--dest", str(dest), *requirements,
    ]  # fmt: skip
    return subprocess.run(
        command, check=False, capture_output=True, timeout=300
    ).returncode  # noqa: S603
