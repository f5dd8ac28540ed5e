"""Read datasets in the home-assistant-datasets "assist" format.

A dataset directory holds one folder per home. Each folder has `_fixtures.yaml` (areas,
devices, entities with state and attributes) and one or more test files (a category and
a list of tests: sentences, `setup`, `expect_changes`, `ignore_changes`, `expect_response`).
Values are normalized here to Home Assistant's own state and attribute names, so the rest
of the harness never sees the dataset's spellings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import enum
import importlib
from pathlib import Path
from typing import Any

import yaml

FIXTURES_FILE = "_fixtures.yaml"
# The benchmark's names for attributes that Home Assistant spells otherwise.
ATTRIBUTE_ALIASES = {"target_temperature": "temperature"}
# Attributes whose values name enum members, like `cover.CoverEntityFeature.OPEN`.
_ENUM_ATTRIBUTES = ("supported_features", "device_class", "state_class")


@dataclass(frozen=True, slots=True)
class EntityState:
    """A state and attributes: a fixture's starting point, a setup or an expected change."""

    state: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    def merged(self, other: EntityState | None) -> EntityState:
        """Return this state overridden by `other` (a test's setup)."""
        if other is None:
            return self
        return EntityState(
            other.state if other.state is not None else self.state,
            {**self.attributes, **other.attributes},
        )


@dataclass(frozen=True, slots=True)
class Area:
    """An area of the home."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Device:
    """A device, with its area and model information."""

    id: str
    name: str
    area: str | None
    info: dict[str, str]


@dataclass(frozen=True, slots=True)
class FixtureEntity:
    """An entity of the home as the fixture describes it."""

    entity_id: str
    name: str
    area: str | None
    device: str | None
    initial: EntityState

    @property
    def domain(self) -> str:
        """Return the entity's domain (light, climate, ...)."""
        return self.entity_id.partition(".")[0]


@dataclass(frozen=True, slots=True)
class Home:
    """A home: the contents of one `_fixtures.yaml`."""

    areas: list[Area]
    devices: list[Device]
    entities: list[FixtureEntity]


@dataclass(frozen=True, slots=True)
class Task:
    """One sentence of one test, with what it must do."""

    dataset: str
    test: str
    category: str
    sentence: str
    setup: dict[str, EntityState]
    expect_changes: dict[str, EntityState]
    ignore_changes: dict[str, list[str]]
    expect_response: list[str]


@dataclass(frozen=True, slots=True)
class HomeTests:
    """A test folder: its home and the tasks that run in it."""

    name: str
    home: Home
    tasks: list[Task]


def _enum_value(text: str) -> Any:
    """Return the value of `domain.EnumClass.MEMBER`, looked up in HA's component."""
    domain, _, rest = text.partition(".")
    class_name, _, member = rest.partition(".")
    module = importlib.import_module(f"homeassistant.components.{domain}")
    value = getattr(module, class_name)[member]
    return value.value if isinstance(value, enum.Enum) else value


def _attribute(key: str, value: Any) -> Any:
    """Return an attribute's value with enum references resolved."""
    if key == "supported_features" and isinstance(value, list):
        features = 0
        for item in value:
            features |= int(_enum_value(item)) if isinstance(item, str) else int(item)
        return features
    if key in _ENUM_ATTRIBUTES and isinstance(value, str) and value.count(".") == 2:
        return _enum_value(value)
    return value


def parse_state(data: dict[str, Any] | None) -> EntityState:
    """Return an EntityState from a fixture, setup or expectation mapping."""
    data = data or {}
    state = data.get("state")
    if isinstance(state, bool):
        state = "on" if state else "off"
    attributes = {
        ATTRIBUTE_ALIASES.get(key, key): _attribute(key, value)
        for key, value in (data.get("attributes") or {}).items()
    }
    return EntityState(None if state is None else str(state), attributes)


def parse_home(data: dict[str, Any]) -> Home:
    """Return the home described by a parsed `_fixtures.yaml`."""
    return Home(
        areas=[Area(area["id"], area["name"]) for area in data.get("areas") or []],
        devices=[
            Device(
                device["id"],
                device["name"],
                device.get("area"),
                {key: str(value) for key, value in (device.get("info") or {}).items()},
            )
            for device in data.get("devices") or []
        ],
        entities=[
            FixtureEntity(
                entity["id"],
                entity["name"],
                entity.get("area"),
                entity.get("device"),
                parse_state(entity),
            )
            for entity in data.get("entities") or []
        ],
    )


def parse_tasks(dataset: str, test: str, data: dict[str, Any]) -> list[Task]:
    """Return one task per sentence of a parsed test file."""
    category = data.get("category", test)
    if isinstance(category, list):
        category = category[0]
    tasks: list[Task] = []
    for item in data.get("tests") or []:
        response = item.get("expect_response") or []
        tasks.extend(
            Task(
                dataset=dataset,
                test=test,
                category=str(category),
                sentence=sentence,
                setup={k: parse_state(v) for k, v in (item.get("setup") or {}).items()},
                expect_changes={
                    k: parse_state(v)
                    for k, v in (item.get("expect_changes") or {}).items()
                },
                ignore_changes={
                    k: [ATTRIBUTE_ALIASES.get(a, a) for a in v]
                    for k, v in (item.get("ignore_changes") or {}).items()
                },
                expect_response=[response]
                if isinstance(response, str)
                else list(response),
            )
            for sentence in item["sentences"]
        )
    return tasks


def _read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as file:
        data = yaml.safe_load(file)
    return data if isinstance(data, dict) else {}


def load_dataset(directory: Path) -> list[HomeTests]:
    """Return every test folder of a dataset directory, sorted by name."""
    dataset = directory.name
    folders = []
    for folder in sorted(path for path in directory.iterdir() if path.is_dir()):
        if not (folder / FIXTURES_FILE).is_file():
            continue
        tasks = [
            task
            for test_file in sorted(folder.glob("*.yaml"))
            if test_file.name != FIXTURES_FILE
            for task in parse_tasks(dataset, folder.name, _read_yaml(test_file))
        ]
        folders.append(
            HomeTests(
                folder.name, parse_home(_read_yaml(folder / FIXTURES_FILE)), tasks
            )
        )
    if not folders:
        raise ValueError(f"No test folders with {FIXTURES_FILE} in {directory}")
    return folders
