"""A snapshot of the home as the assistant may see it: exposed entities, names, areas.

Only entities exposed to Assist are ever listed. Everything that the tools, the
grammar, the prompt and the speech recognizer know about the home comes from here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
import re
from typing import Any, Final

from homeassistant.components.homeassistant.exposed_entities import async_should_expose
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
)

from ..language import Language, table_for
from .actions import CONTROL_DOMAINS
from .floors import storeys

ASSISTANT: Final = "conversation"

# Domains the tools can act on are those of the actions; these can only be asked about.
QUERY_DOMAINS: Final = (
    "sensor",
    "binary_sensor",
    "weather",
    "person",
    "device_tracker",
)

_WORD = re.compile(r"[^\w]+")
_UNSAFE = re.compile(r"[,()\"\\\n]")


def label(name: str) -> str:
    """Return a name as the model may write it: no commas, brackets or quotes."""
    return " ".join(_UNSAFE.sub(" ", name).split())


def normalize(text: str, language: Language | None = None) -> str:
    """Return text lower-cased with punctuation and repeated spaces removed.

    With the language, its words are found as it finds them (`Language.words`):
    "打开餐厅灯" is "打开 餐 厅 灯" in Chinese.
    """
    if language is not None:
        return " ".join(language.words(text))
    return " ".join(_WORD.sub(" ", text.casefold()).split())


def holds_run(words: Sequence[str], run: Sequence[str]) -> bool:
    """Return whether the words hold the run, in order and side by side."""
    size = len(run)
    return any(
        tuple(words[start : start + size]) == tuple(run)
        for start in range(len(words) - size + 1)
    )


@dataclass(frozen=True, slots=True)
class HomeEntity:
    """An exposed entity and the names a user may call it by."""

    entity_id: str
    domain: str
    name: str
    label: str  # the name as the model writes it: unique in the home
    aliases: tuple[str, ...]
    area_id: str | None
    area: str | None
    attributes: Mapping[str, Any]
    # The entity's own part of a name Home Assistant prefixes with its device's:
    # "Kettle" of "Kettle Plug Kettle". What people call it, where it tells it apart.
    own_name: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Return the name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class HomeArea:
    """An area and the names a user may call it by."""

    area_id: str
    name: str
    aliases: tuple[str, ...]
    floor_names: tuple[str, ...]  # the floor's name and aliases, if the area is on one
    level: int | None = None  # the floor's level, where the user set it (0: ground)
    storey: int | None = None  # floors.UP, TOP or DOWN: "upstairs" (floors.py)

    @property
    def names(self) -> tuple[str, ...]:
        """Return the name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Home:
    """The exposed part of the home, in a stable order."""

    entities: tuple[HomeEntity, ...]
    areas: tuple[HomeArea, ...]

    def restricted(self, domains: Collection[str]) -> Home:
        """Return the home without the devices of domains the user did not allow."""
        entities = tuple(
            e for e in self.entities if e.domain in domains or e.domain in QUERY_DOMAINS
        )
        return Home(entities, self.areas)

    def vocabulary(self) -> list[str]:
        """Return every entity and area name, for biasing speech recognition."""
        names = [n for e in self.entities for n in e.names]
        names += [n for a in self.areas for n in (*a.names, *a.floor_names)]
        return list(dict.fromkeys(names))


@callback
def async_get_home(hass: HomeAssistant) -> Home:
    """Return the exposed entities of the supported domains, sorted by entity id."""
    ent_reg = er.async_get(hass)
    dev_reg = dr.async_get(hass)
    area_reg = ar.async_get(hass)
    floor_reg = fr.async_get(hass)

    def home_area(area: ar.AreaEntry) -> HomeArea:
        floor = floor_reg.async_get_floor(area.floor_id) if area.floor_id else None
        return HomeArea(
            area.id,
            area.name,
            tuple(sorted(area.aliases)),
            (floor.name, *sorted(floor.aliases)) if floor else (),
            floor.level if floor else None,
        )

    entities: list[HomeEntity] = []
    for state in sorted(
        hass.states.async_all((*CONTROL_DOMAINS, *QUERY_DOMAINS)),
        key=lambda s: s.entity_id,
    ):
        if not async_should_expose(hass, ASSISTANT, state.entity_id):
            continue
        entry = ent_reg.async_get(state.entity_id)
        aliases: list[str] = []
        area_id: str | None = None
        own_name: str | None = None
        if entry is not None:
            own_name = _own_name(state.name, entry)
            aliases = er.async_get_entity_aliases(hass, entry)
            area_id = entry.area_id
            if area_id is None and entry.device_id:
                device = dev_reg.async_get(entry.device_id)
                area_id = device.area_id if device else None
        area = area_reg.async_get_area(area_id) if area_id else None
        entities.append(
            HomeEntity(
                entity_id=state.entity_id,
                domain=state.domain,
                name=state.name,
                label=label(state.name),
                aliases=tuple(
                    a for a in dict.fromkeys(aliases) if a and a != state.name
                ),
                area_id=area.id if area else None,
                area=area.name if area else None,
                attributes=state.attributes,
                own_name=own_name,
            )
        )
    # Devices that share a name are told apart by their area: "Bedroom Lamp".
    repeated = Counter(entity.label.casefold() for entity in entities)
    entities = [
        replace(entity, label=label(f"{entity.area} {entity.name}"))
        if repeated[entity.label.casefold()] > 1 and entity.area
        else entity
        for entity in entities
    ]
    # Every area, those without exposed devices too: "the ensuite fan" says an area
    # where no fan is, and must never mean a fan elsewhere.
    areas = [
        home_area(a) for a in sorted(area_reg.async_list_areas(), key=lambda a: a.id)
    ]
    up_or_down = storeys(areas, table_for(hass.config.language))
    areas = [replace(a, storey=up_or_down.get(a.area_id)) for a in areas]
    return Home(entities=tuple(entities), areas=tuple(areas))


def _own_name(name: str, entry: er.RegistryEntry) -> str | None:
    """Return the entity's own name where its device's name comes before it."""
    own = entry.original_name if entry.name is None else None
    if own and own != name and name.endswith(f" {own}"):
        return own
    return None
