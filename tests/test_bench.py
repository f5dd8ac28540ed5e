"""The assist benchmark harness (scripts/bench): fixture loader, working entities, scorer, a whole run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.assist.cli import async_run_and_write, parse_args
from benchmarks.assist.dataset import EntityState, HomeTests, Task, load_dataset
from benchmarks.assist.home import BenchHome
from benchmarks.assist.report import markdown, percentile, wilson
from benchmarks.assist.runner import Options
from benchmarks.assist.scoring import Snapshot, score, snapshot
from homeassistant.components.alarm_control_panel.const import AlarmControlPanelState
from homeassistant.components.climate.const import ClimateEntityFeature
from homeassistant.components.homeassistant.exposed_entities import async_should_expose
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import area_registry as ar, entity_registry as er

from .home import state_of
from custom_components.llm_home.const import DEFAULT_LLM_MODEL

DATASET = Path(__file__).parent / "bench_data" / "mini"
ALARM = "alarm_control_panel.home_alarm"


def _folder(name: str) -> HomeTests:
    return next(folder for folder in load_dataset(DATASET) if folder.name == name)


def test_fixture_loader() -> None:
    """Areas, devices, features written as enum names, HA's attribute names, tasks per sentence."""
    folders = load_dataset(DATASET)
    assert [folder.name for folder in folders] == ["home-a-lights", "home-b-climate"]
    climate = folders[1]
    assert [area.name for area in climate.home.areas] == ["Hallway"]
    thermostat = next(e for e in climate.home.entities if e.domain == "climate")
    assert thermostat.area == "hallway"
    assert thermostat.device == "thermostat"
    attributes = thermostat.initial.attributes
    assert attributes["supported_features"] == (
        ClimateEntityFeature.TARGET_TEMPERATURE | ClimateEntityFeature.FAN_MODE
    )
    assert attributes["temperature"] == 20  # the dataset's target_temperature
    assert "target_temperature" not in attributes
    sensor = next(e for e in climate.home.entities if e.domain == "sensor")
    assert sensor.initial.attributes["device_class"] == "temperature"
    lamp = next(e for e in folders[0].home.entities if e.name == "Standing Lamp")
    # `state: false` stays a boolean for the entity, which reads it as off
    assert lamp.initial.state == "False"
    first, question = climate.tasks
    assert first.category == "climate"
    assert first.expect_changes["climate.thermostat"].attributes == {"temperature": 22}
    assert question.expect_response == ["15"]


async def test_home_entities_work(hass: HomeAssistant) -> None:
    """The home has its areas and exposure; services change states; the alarm checks its code."""
    home = BenchHome(hass, _folder("home-b-climate").home)
    await home.async_build()
    entry = er.async_get(hass).async_get("sensor.outside_temperature")
    assert entry is not None
    area = ar.async_get(hass).async_get_area(entry.area_id or "")
    assert area is not None and area.name == "Hallway"
    assert async_should_expose(hass, "conversation", "sensor.outside_temperature")
    thermostat = hass.states.get("climate.thermostat")
    assert thermostat is not None
    assert thermostat.state == "heat"
    assert thermostat.attributes["temperature"] == 20
    assert thermostat.attributes["fan_modes"] == ["auto", "on"]

    await hass.services.async_call(
        "climate",
        "set_fan_mode",
        {"entity_id": "climate.thermostat", "fan_mode": "on"},
        blocking=True,
    )
    await hass.services.async_call(
        "alarm_control_panel", "alarm_arm_away", {"entity_id": ALARM}, blocking=True
    )
    assert state_of(hass, ALARM).state == AlarmControlPanelState.ARMED_AWAY
    with pytest.raises(ServiceValidationError):
        await hass.services.async_call(
            "alarm_control_panel",
            "alarm_disarm",
            {"entity_id": ALARM, "code": "0000"},
            blocking=True,
        )
    await hass.services.async_call(
        "alarm_control_panel",
        "alarm_disarm",
        {"entity_id": ALARM, "code": "1234"},
        blocking=True,
    )
    assert state_of(hass, ALARM).state == AlarmControlPanelState.DISARMED

    await home.async_reset(_folder("home-b-climate").tasks[0])
    assert state_of(hass, "climate.thermostat").attributes["fan_mode"] == "auto"
    await home.async_remove()
    assert hass.states.get("climate.thermostat") is None


def _task(
    expect_changes: dict[str, EntityState] | None = None,
    ignore_changes: dict[str, list[str]] | None = None,
    expect_response: list[str] | None = None,
    setup: dict[str, EntityState] | None = None,
) -> Task:
    return Task(
        dataset="d",
        test="t",
        category="light",
        sentence="s",
        setup=setup or {},
        expect_changes=expect_changes or {},
        ignore_changes=ignore_changes or {},
        expect_response=expect_response or [],
    )


BEFORE: Snapshot = {
    "light.a": {"state": "off", "brightness": None},
    "cover.b": {"state": "closed", "current_position": 0},
}


@pytest.mark.parametrize(
    ("task", "after", "reply", "passed"),
    [
        # the expected change, exactly
        (
            _task(expect_changes={"light.a": EntityState("on", {"brightness": 128})}),
            {**BEFORE, "light.a": {"state": "on", "brightness": 128}},
            "Done",
            True,
        ),
        # no tolerance: 127 where 128 is expected fails, as in the official compare
        (
            _task(expect_changes={"light.a": EntityState("on", {"brightness": 128})}),
            {**BEFORE, "light.a": {"state": "on", "brightness": 127}},
            "Done",
            False,
        ),
        # a tuple (HA's colours) always compares equal, as in the official compare
        (
            _task(expect_changes={"light.a": EntityState("on", {"hs_color": [0, 9]})}),
            {
                **BEFORE,
                "light.a": {"state": "on", "brightness": None, "hs_color": (5, 5)},
            },
            "Done",
            True,
        ),
        # an unexpected change elsewhere
        (
            _task(expect_changes={"light.a": EntityState("on")}),
            {
                "light.a": {"state": "on", "brightness": None},
                "cover.b": {"state": "open", "current_position": 0},
            },
            "Done",
            False,
        ),
        # ... unless ignored
        (
            _task(
                expect_changes={"cover.b": EntityState("open")},
                ignore_changes={"cover.b": ["current_position"]},
            ),
            {**BEFORE, "cover.b": {"state": "open", "current_position": 40}},
            "Opened",
            True,
        ),
        # the change happened, but the reply is an error
        (
            _task(
                expect_changes={"cover.b": EntityState("open", {"current_position": 0})}
            ),
            {**BEFORE, "cover.b": {"state": "open", "current_position": 0}},
            "Sorry, that failed",
            False,
        ),
        # only a capital "Sorry" is an error
        (
            _task(expect_changes={"cover.b": EntityState("open")}),
            {**BEFORE, "cover.b": {"state": "open", "current_position": 0}},
            "Opened, sorry for the wait",
            True,
        ),
        # no change expected: states are not checked, only the reply
        (
            _task(expect_response=["on"]),
            {**BEFORE, "light.a": {"state": "on", "brightness": 3}},
            "It is on",
            True,
        ),
        # expect_response: any of the strings, case-insensitive
        (
            _task(expect_response=["15 °C", "fifteen"]),
            BEFORE,
            "It is Fifteen degrees",
            True,
        ),
        (_task(expect_response=["15 °C", "fifteen"]), BEFORE, "It is 12 °C", False),
    ],
)
def test_scorer(task: Task, after: Snapshot, reply: str, passed: bool) -> None:
    """Score like the benchmark does."""
    assert score(task, BEFORE, after, reply).passed is passed


async def test_light_set_up_off_keeps_its_brightness(hass: HomeAssistant) -> None:
    """Regression: a light set up "off" without a brightness, then turned on, passes.

    The fixture's kitchen light is on at brightness 100. The benchmark's synthetic_home
    light counts any brightness above 0 as on, so after a setup of only `state: "off"`
    the expected home keeps brightness 100 and "turn on" passes; this harness used to
    drop the brightness there and fail it.
    """
    home = BenchHome(hass, _folder("home-a-lights").home)
    await home.async_build()
    task = _task(
        setup={"light.kitchen_light": EntityState("off")},
        expect_changes={"light.kitchen_light": EntityState("on")},
    )
    await home.async_reset(task)
    entity_ids = list(home.entities)
    before = snapshot(hass, entity_ids)
    await hass.services.async_call(
        "light", "turn_on", {"entity_id": "light.kitchen_light"}, blocking=True
    )
    after = snapshot(hass, entity_ids)
    assert after["light.kitchen_light"]["brightness"] == 100
    assert score(task, before, after, "Turned on").passed
    await home.async_remove()


def test_statistics() -> None:
    """Wilson interval and percentiles."""
    low, high = wilson(8, 10)
    assert round(low, 3) == 0.490
    assert round(high, 3) == 0.943
    assert wilson(0, 0) == (0.0, 0.0)
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile([5.0], 0.95) == 5.0


def test_llm_home_options_and_variants() -> None:
    """--llm-option sets llm_home's options (JSON values); --llm-variant adds a run."""
    options, _, _ = parse_args(
        [
            "--dataset",
            str(DATASET),
            "--agent",
            "both",
            "--llm-option",
            "max_tokens=32",
            "--llm-option",
            "instructions=the lounge is the living room",
            "--llm-variant",
            "fallback",
            "assist_fallback=true",
        ]
    )
    assert options.llm_options == {
        "max_tokens": 32,
        "instructions": "the lounge is the living room",
    }
    assert options.llm_variants == [("fallback", {"assist_fallback": True})]
    with pytest.raises(SystemExit):
        parse_args(["--dataset", str(DATASET), "--llm-option", "no value"])
    with pytest.raises(SystemExit):
        parse_args(["--agent", "builtin", "--llm-variant", "x", "assist_fallback=1"])

    run = {
        "agent": "llm_home+fallback",
        "model": "model.gguf",
        "options": {"assist_fallback": True},
        "tasks": [],
    }
    assert "| category | llm_home+fallback (model.gguf; assist_fallback=true) |" in (
        markdown(
            {
                "dataset": "mini",
                "started": "now",
                "repeat": 1,
                "voice": False,
                "runs": [run],
            }
        )
    )


async def test_run_builtin_agent(hass: HomeAssistant, tmp_path: Path) -> None:
    """A whole run with HA's built-in agent writes results.json, summary.md and chart.png."""
    options = Options(dataset=DATASET, agents=["builtin"], model=DEFAULT_LLM_MODEL)
    await async_run_and_write(hass, options, tmp_path)

    results = json.loads((tmp_path / "results.json").read_text())
    (run,) = results["runs"]
    assert run["agent"] == "builtin"
    tasks = {task["sentence"]: task for task in run["tasks"]}
    assert len(tasks) == 4
    off = tasks["Turn off the kitchen light"]
    assert off["passed"], off
    assert off["dataset"] == "mini"
    assert off["category"] == "light"
    assert off["changes"]["light.kitchen_light"]["state"] == ["on", "off"]
    (call,) = off["tool_calls"]
    assert (call["name"], call["args"]) == ("HassTurnOff", {"name": "Kitchen Light"})
    assert call["result"]["response_type"] == "action_done"
    assert off["latency_ms"]["total"] > 0
    # the setup turned the kitchen light off first; only the lamp changed
    lamp = tasks["Turn on the standing lamp"]
    assert lamp["passed"], lamp
    assert list(lamp["changes"]) == ["light.standing_lamp"]
    thermostat = tasks["Set the thermostat to 22 degrees"]
    assert thermostat["passed"], thermostat
    assert thermostat["changes"]["climate.thermostat"]["temperature"] == [20, 22]
    summary = (tmp_path / "summary.md").read_text()
    assert "| **overall** |" in summary
    assert "| total |" in summary
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
