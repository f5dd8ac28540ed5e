"""The benchmark's own homes (homes, homes_unseen, homes_blind) are well formed.

A task that names an entity the home lacks would be scored against a home it can never
reach, so every setup, expected change and satellite must exist in its home.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.assist.dataset import load_dataset
from benchmarks.assist.home import BenchHome
from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, entity_registry as er

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"
# Language folders that hold homes (`languages/es` holds flat-odd, piso-madrid, ...);
# a folder of its own dataset beside them (`assist-mini`) is passed over by the loader.
LANGUAGE_HOMES = sorted(
    f"languages/{language.name}"
    for language in (BENCHMARKS / "languages").iterdir()
    if language.is_dir()
    and any((home / "_fixtures.yaml").is_file() for home in language.iterdir())
)


@pytest.mark.parametrize(
    "dataset", ["homes", "homes_unseen", "homes_blind", *LANGUAGE_HOMES]
)
async def test_homes_are_well_formed(hass: HomeAssistant, dataset: str) -> None:
    """Every task's entities and satellite are in its home, and its setup loads."""
    for folder in load_dataset(BENCHMARKS / dataset):
        home = BenchHome(hass, folder.home)
        await home.async_build()
        assert folder.tasks, folder.name
        for task in folder.tasks:
            assert set(task.expect_changes) <= set(home.entities), task.sentence
            assert set(task.ignore_changes) <= set(home.entities), task.sentence
            if task.context_device:
                assert task.context_device in home.device_ids, task.sentence
            await home.async_reset(task)  # raises on a setup of an unknown entity
        await home.async_remove()


async def test_unseen_homes_sizes_aliases_and_steps(hass: HomeAssistant) -> None:
    """25 to 70 sentences a home; aliases reach HA's registries; half-degree steps show."""
    folders = {f.name: f for f in load_dataset(BENCHMARKS / "homes_unseen")}
    assert sorted(folders) == [
        "flat-odd",
        "house-au",
        "house-us-colonial",
        "maisonette-uk",
    ]
    for folder in folders.values():
        assert 25 <= len(folder.tasks) <= 70, (folder.name, len(folder.tasks))
    home = BenchHome(hass, folders["flat-odd"].home)
    await home.async_build()
    entry = er.async_get(hass).async_get("light.tradfri")
    assert entry is not None
    assert er.async_get_entity_aliases(hass, entry) == ["Tradfri", "bedside lamp"]
    area = ar.async_get(hass).async_get_area_by_name("Living Room")
    assert area is not None
    assert area.aliases == {"lounge"}
    gerald = hass.states.get("climate.gerald")
    assert gerald is not None
    assert gerald.attributes["target_temp_step"] == 0.5
    await home.async_remove()


async def test_a_home_keeps_no_alias_of_the_home_before(hass: HomeAssistant) -> None:
    """Another home's alias ("TV") never stays on an entity id both homes have.

    Home Assistant restores a removed entity's aliases when its id comes back; the
    blind run had HA's matcher turn off "TV" in a home where no device is called so.
    """
    folders = {f.name: f for f in load_dataset(BENCHMARKS / "homes_blind")}
    before = BenchHome(hass, folders["duplex-us-florida"].home)
    await before.async_build()
    entry = er.async_get(hass).async_get("media_player.living_room_tv")
    assert entry is not None
    assert "TV" in er.async_get_entity_aliases(hass, entry)
    await before.async_remove()
    home = BenchHome(hass, folders["house-us-minnesota"].home)
    await home.async_build()
    entry = er.async_get(hass).async_get("media_player.living_room_tv")
    assert entry is not None
    assert "TV" not in er.async_get_entity_aliases(hass, entry)
    await home.async_remove()
