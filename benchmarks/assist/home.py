"""Build a dataset home in a running Home Assistant, reset it between tasks, take it down.

The home's entities belong to a small in-process integration (`bench_home`) with one
platform per domain, so they are real entities in the registries: devices and areas as
the fixture says, all exposed to the conversation assistant as the benchmark does.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockModule,
    MockPlatform,
    mock_integration,
    mock_platform,
)

from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.config_entries import ConfigEntry, ConfigFlow
from homeassistant.core import HomeAssistant
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
)
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .dataset import Home, Task
from .entities import (
    BENCH_DOMAIN,
    BenchBinarySensor,
    BenchCover,
    BenchEntity,
    BenchFan,
    BenchLight,
    BenchLock,
    BenchSensor,
    BenchSwitch,
    BenchValve,
)
from .entities_rich import (
    BenchAlarm,
    BenchClimate,
    BenchMediaPlayer,
    BenchTodo,
    BenchVacuum,
)

ENTITY_CLASSES: dict[str, type[BenchEntity]] = {
    "alarm_control_panel": BenchAlarm,
    "binary_sensor": BenchBinarySensor,
    "climate": BenchClimate,
    "cover": BenchCover,
    "fan": BenchFan,
    "light": BenchLight,
    "lock": BenchLock,
    "media_player": BenchMediaPlayer,
    "sensor": BenchSensor,
    "switch": BenchSwitch,
    "todo": BenchTodo,
    "vacuum": BenchVacuum,
    "valve": BenchValve,
}
ASSISTANT = "conversation"


@dataclass
class HomeEntities:
    """The entities of the home being set up, by domain (the entry's runtime data)."""

    by_domain: dict[str, list[BenchEntity]] = field(
        default_factory=lambda: defaultdict(list)
    )


class BenchHomeFlow(ConfigFlow, domain=BENCH_DOMAIN):
    """The (never shown) config flow HA needs to know for `bench_home` entries."""

    VERSION = 1


def _register_integration(hass: HomeAssistant) -> None:
    """Make `bench_home` and its platforms known to this Home Assistant."""

    async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
        await hass.config_entries.async_forward_entry_setups(
            entry, list(entry.runtime_data.by_domain)
        )
        return True

    async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
        return await hass.config_entries.async_unload_platforms(
            entry, list(entry.runtime_data.by_domain)
        )

    mock_integration(
        hass,
        MockModule(
            BENCH_DOMAIN,
            async_setup_entry=async_setup_entry,
            async_unload_entry=async_unload_entry,
        ),
    )
    mock_platform(hass, f"{BENCH_DOMAIN}.config_flow")
    for domain in ENTITY_CLASSES:

        async def async_setup_platform(
            hass: HomeAssistant,
            entry: ConfigEntry,
            async_add_entities: AddConfigEntryEntitiesCallback,
            domain: str = domain,
        ) -> None:
            async_add_entities(entry.runtime_data.by_domain[domain])

        mock_platform(
            hass,
            f"{BENCH_DOMAIN}.{domain}",
            MockPlatform(async_setup_entry=async_setup_platform),
        )


class BenchHome:
    """A dataset home running in Home Assistant."""

    def __init__(self, hass: HomeAssistant, home: Home) -> None:
        """Prepare the home; nothing is created before `async_build`."""
        self.hass = hass
        self.home = home
        self.entry = MockConfigEntry(domain=BENCH_DOMAIN, title="Benchmark home")
        self.entities: dict[str, BenchEntity] = {}
        # Registry device ids by fixture device id (a task's `context_device`).
        self.device_ids: dict[str, str] = {}
        self._area_ids: dict[str, str] = {}
        self._floor_ids: set[str] = set()

    async def async_build(self) -> None:
        """Create areas, devices and entities, and expose every entity."""
        _register_integration(self.hass)
        area_reg = ar.async_get(self.hass)
        floor_reg = fr.async_get(self.hass)
        for area in self.home.areas:
            floor_id = None
            if area.floor:
                floor = floor_reg.async_get_floor_by_name(area.floor)
                floor = floor or floor_reg.async_create(area.floor)
                self._floor_ids.add(floor.floor_id)
                floor_id = floor.floor_id
            found = area_reg.async_get_area_by_name(area.name)
            entry = found or area_reg.async_create(
                area.name, floor_id=floor_id, aliases=set(area.aliases)
            )
            self._area_ids[area.id] = entry.id
        self.entry.add_to_hass(self.hass)
        dev_reg = dr.async_get(self.hass)
        device_areas: dict[str, str | None] = {}
        for device in self.home.devices:
            created = dev_reg.async_get_or_create(
                config_entry_id=self.entry.entry_id,
                identifiers={(BENCH_DOMAIN, device.id)},
                name=device.name,
                manufacturer=device.info.get("manufacturer"),
                model=device.info.get("model"),
                sw_version=device.info.get("sw_version"),
            )
            self.device_ids[device.id] = created.id
            area_id = self._area_ids.get(device.area or "")
            dev_reg.async_update_device(created.id, area_id=area_id)
            device_areas[device.id] = area_id
        runtime = HomeEntities()
        for fixture in self.home.entities:
            if fixture.domain not in ENTITY_CLASSES:
                raise ValueError(f"No benchmark entity for {fixture.entity_id}")
            entity = ENTITY_CLASSES[fixture.domain](fixture)
            runtime.by_domain[fixture.domain].append(entity)
            self.entities[fixture.entity_id] = entity
        self.entry.runtime_data = runtime
        assert await self.hass.config_entries.async_setup(self.entry.entry_id)
        await self.hass.async_block_till_done()
        ent_reg = er.async_get(self.hass)
        for fixture in self.home.entities:
            area_id = self._area_ids.get(fixture.area or "")
            # Always written: Home Assistant restores a removed entity's area and
            # aliases when its id comes back, so another home's alias ("TV") would
            # otherwise stay on this home's entity of the same id.
            ent_reg.async_update_entity(
                fixture.entity_id,
                area_id=None
                if area_id == device_areas.get(fixture.device or "")
                else area_id,
                aliases=[er.COMPUTED_NAME, *fixture.aliases],
            )
            async_expose_entity(self.hass, ASSISTANT, fixture.entity_id, True)
        await self.hass.async_block_till_done()

    async def async_reset(self, task: Task) -> None:
        """Put every entity back to its fixture state, then apply the task's setup."""
        unknown = set(task.setup) - set(self.entities)
        if unknown:
            raise ValueError(f"{task.test}: setup names unknown entities {unknown}")
        for fixture in self.home.entities:
            entity = self.entities[fixture.entity_id]
            entity.load(fixture.initial.merged(task.setup.get(fixture.entity_id)))
            entity.async_write_ha_state()
        await self.hass.async_block_till_done()

    async def async_remove(self) -> None:
        """Remove the entities, devices and areas of this home."""
        await self.hass.config_entries.async_remove(self.entry.entry_id)
        area_reg = ar.async_get(self.hass)
        for area_id in self._area_ids.values():
            area_reg.async_delete(area_id)
        floor_reg = fr.async_get(self.hass)
        for floor_id in self._floor_ids:
            floor_reg.async_delete(floor_id)
        await self.hass.async_block_till_done()
