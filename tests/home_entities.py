"""Home entities built by hand, for the tests of the shortlist and the questions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from custom_components.llm_home.home.snapshot import Home, HomeArea, HomeEntity, label


def home_entity(
    entity_id: str,
    name: str,
    area_id: str | None,
    areas: Mapping[str, HomeArea],
    device_class: str | None = None,
    *,
    attributes: Mapping[str, Any] | None = None,
) -> HomeEntity:
    """Return an exposed entity as llm_home sees it, in one of `areas` (or none)."""
    return HomeEntity(
        entity_id=entity_id,
        domain=entity_id.split(".", maxsplit=1)[0],
        name=name,
        label=label(name),
        aliases=(),
        area_id=area_id,
        area=areas[area_id].name if area_id else None,
        attributes={
            **(attributes or {}),
            **({"device_class": device_class} if device_class else {}),
        },
    )


def thermostat(
    entity_id: str,
    name: str,
    area_id: str | None,
    areas: Mapping[str, HomeArea],
    modes: tuple[str, ...] = ("off", "heat"),
) -> HomeEntity:
    """Return a thermostat that takes a target temperature from 7 to 30 degrees."""
    return home_entity(
        entity_id,
        name,
        area_id,
        areas,
        attributes={
            "hvac_modes": list(modes),
            "min_temp": 7,
            "max_temp": 30,
            "supported_features": 1,
        },
    )


def alarm_panel(areas: Mapping[str, HomeArea]) -> HomeEntity:
    """Return a house alarm that arms home, away and night, without a code of its own."""
    return home_entity(
        "alarm_control_panel.house",
        "House Alarm",
        None,
        areas,
        attributes={"supported_features": 1 | 2 | 4, "code_format": None},
    )


def garage_home(*others: tuple[str, str]) -> Home:
    """Return a garage with its overhead door (a cover of class garage) and `others`.

    Each of `others` is an entity id and its name, in the garage too.
    """
    areas = {"garage": HomeArea("garage", "Garage", (), ())}
    door = home_entity(
        "cover.door",
        "Overhead Door",
        "garage",
        areas,
        "garage",
        attributes={"supported_features": 1 | 2},
    )
    return Home(
        entities=(
            door,
            *(home_entity(eid, name, "garage", areas) for eid, name in others),
        ),
        areas=tuple(areas.values()),
    )


# A curtain that opens, closes and takes a position, closed.
CURTAIN_FEATURES: Final = {"supported_features": 1 | 2 | 4, "current_position": 0}


def curtain(
    entity_id: str, name: str, area_id: str, areas: Mapping[str, HomeArea]
) -> HomeEntity:
    """Return a closed curtain that takes a position, in one of `areas`."""
    return home_entity(
        entity_id, name, area_id, areas, "curtain", attributes=CURTAIN_FEATURES
    )
