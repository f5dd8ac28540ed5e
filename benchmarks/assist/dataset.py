"""Read datasets in the home-assistant-datasets "assist" format.

A dataset directory holds one folder per home. Each folder has `_fixtures.yaml` (areas,
devices, entities with state and attributes) and one or more test files (a category and
a list of tests: sentences, `setup`, `expect_changes`, `ignore_changes`, `expect_response`).
Areas and entities may also list `aliases`, as a user sets them in Home Assistant (this
harness's addition: the public harness ignores them).
Values are normalized here to Home Assistant's own state and attribute names, so the rest
of the harness never sees the dataset's spellings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import enum
import importlib
from pathlib import Path
import re
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
    floor: str | None = None  # the floor's name, as synthetic_home creates it
    aliases: tuple[str, ...] = ()


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
    aliases: tuple[str, ...] = ()

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
    # The benchmark's record id (`dom1_pl_lights` for dom1-pl/lights.yaml): report task ids
    # start with it.
    record: str = ""
    # The device the sentence is spoken to (its fixture id), for "turn off the light".
    context_device: str | None = None

    @property
    def scored(self) -> bool:
        """Return whether the benchmark scores this task at all.

        The official harness checks states only when `expect_changes` is non-empty and
        the reply only when `expect_response` is; a task with neither (assist's "Set the
        volume to 0%") is skipped and counts nowhere.
        """
        return bool(self.expect_changes or self.expect_response)


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


def parse_state(data: dict[str, Any] | None, domain: str = "") -> EntityState:
    """Return an EntityState from a fixture, setup or expectation mapping.

    A YAML boolean state (`state: true`) is read as the benchmark's synthetic_home reads
    it: a binary sensor takes it as on/off, every other entity compares it with "on",
    "open" or "locked" and finds it is none of them, so `switch.coffee_maker` with
    `state: true` starts off. It is kept as "True"/"False" for the entities to do the
    same (reading it as "on" turned the coffee maker on, and an agent that also turned it
    off failed where the benchmark passes it).
    """
    data = data or {}
    state = data.get("state")
    if isinstance(state, bool) and domain == "binary_sensor":
        state = "on" if state else "off"
    attributes = {
        ATTRIBUTE_ALIASES.get(key, key): _attribute(key, value)
        for key, value in (data.get("attributes") or {}).items()
    }
    return EntityState(None if state is None else str(state), attributes)


def parse_home(data: dict[str, Any]) -> Home:
    """Return the home described by a parsed `_fixtures.yaml`."""
    return Home(
        areas=[
            Area(
                area["id"],
                area["name"],
                area.get("floor"),
                tuple(area.get("aliases") or ()),
            )
            for area in data.get("areas") or []
        ],
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
                parse_state(entity, entity["id"].partition(".")[0]),
                tuple(entity.get("aliases") or ()),
            )
            for entity in data.get("entities") or []
        ],
    )


def record_id(path: str) -> str:
    """Return the benchmark's id of a test file, from its path without `.yaml`."""
    return re.sub(r"[^a-z0-9]+", "_", path.lower()).strip("_")


def parse_tasks(
    dataset: str, test: str, data: dict[str, Any], record: str = ""
) -> list[Task]:
    """Return one task per sentence of a parsed test file (tasks never scored left out)."""
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
                record=record,
                context_device=item.get("context_device"),
            )
            for sentence in item["sentences"]
        )
    return [task for task in tasks if task.scored]


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
            for task in parse_tasks(
                dataset,
                folder.name,
                _read_yaml(test_file),
                record_id(f"{folder.name}/{test_file.stem}"),
            )
        ]
        folders.append(
            HomeTests(
                folder.name, parse_home(_read_yaml(folder / FIXTURES_FILE)), tasks
            )
        )
    if not folders:
        raise ValueError(f"No test folders with {FIXTURES_FILE} in {directory}")
    return folders
