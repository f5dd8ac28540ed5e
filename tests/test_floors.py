"""Upstairs and downstairs, and a device called by its own part of a prefixed name.

The floors' order comes from Home Assistant's levels, else from the floors' names in
the home's language; the home's own "Upstairs" wins. A device whose name Home
Assistant prefixes with its device's ("Kettle Plug Kettle") is also called by its own
name ("the kettle"), unless that is a kind of device or another device's name too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from benchmarks.assist.dataset import parse_home
from benchmarks.assist.home import BenchHome
from homeassistant.core import HomeAssistant
from homeassistant.helpers import floor_registry as fr

from .home_entities import home_entity
from .reading import read_clause
from custom_components.llm_home.agent.described import describes_a_device
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.named import says_a_name
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.actions import action_named
from custom_components.llm_home.home.capabilities import targets_for
from custom_components.llm_home.home.floors import relative_floor_names, storeys
from custom_components.llm_home.home.snapshot import Home, HomeArea, async_get_home
from custom_components.llm_home.language import ENGLISH, Language, table_for


def _light(entity_id: str, name: str, area: str) -> dict[str, Any]:
    return {"name": name, "id": entity_id, "area": area, "state": "on"}


def _home(floors: dict[str, str | None]) -> dict[str, Any]:
    """Return a home with a light in each area, the areas on these floors."""
    return {
        "areas": [
            {"id": area, "name": area.title(), **({"floor": floor} if floor else {})}
            for area, floor in floors.items()
        ],
        "devices": [
            {"id": "kettle_plug", "name": "Kettle Plug", "area": "kitchen"},
            {"id": "hive", "name": "Hive Thermostat", "area": "kitchen"},
            {"id": "opener", "name": "B&D Controll-A-Door", "area": "kitchen"},
        ],
        "entities": [
            *(_light(f"light.{area}", f"{area.title()} Lamp", area) for area in floors),
            {
                "name": "Kettle",
                "id": "switch.kettle",
                "area": "kitchen",
                "device": "kettle_plug",
                "state": "off",
            },
            {
                "name": "Heating",
                "id": "climate.heating",
                "area": "kitchen",
                "device": "hive",
                "state": "heat",
                "attributes": {"hvac_modes": ["heat", "off"]},
            },
            {
                "name": "Roller Door",
                "id": "cover.roller_door",
                "area": "kitchen",
                "device": "opener",
                "state": "open",
                "attributes": {"device_class": "garage"},
            },
            {"name": "Back Door", "id": "lock.back_door", "state": "locked"},
            {
                "name": "Radiator",
                "id": "climate.radiator",
                "area": "bedroom",
                "state": "heat",
                "attributes": {"hvac_modes": ["heat", "off"]},
            },
        ],
    }


async def _build(hass: HomeAssistant, floors: dict[str, str | None]) -> Home:
    await BenchHome(hass, parse_home(_home(floors))).async_build()
    return async_get_home(hass)


def _placed(areas: list[HomeArea], language: Language) -> list[HomeArea]:
    """Return the areas with where each is (upstairs, downstairs), as the home reads them."""
    found = storeys(areas, language)
    return [replace(area, storey=found.get(area.area_id)) for area in areas]


def _ids(home: Home, text: str) -> set[str]:
    return {e.entity_id for e in shortlist(home, read_clause(text, home)).entities}


async def test_the_lights_upstairs_in_a_home_of_ground_and_first_floor(
    hass: HomeAssistant,
) -> None:
    """The first floor of a British home is upstairs; the ground floor downstairs."""
    home = await _build(
        hass,
        {"kitchen": "Ground Floor", "lounge": "Ground Floor", "bedroom": "First Floor"},
    )
    assert _ids(home, "turn off the lights upstairs") == {"light.bedroom"}
    assert _ids(home, "switch off the downstairs lights") == {
        "light.kitchen",
        "light.lounge",
    }
    turn_off = action_named("turn_off")
    assert turn_off is not None
    groups = targets_for(home, turn_off, language=ENGLISH)
    assert [e.entity_id for e in groups["upstairs lights"]] == ["light.bedroom"]


@pytest.mark.parametrize(
    ("text", "here", "lit"),
    [
        # From the first floor, upstairs is the floor above it, not the first too.
        ("turn off all the lights upstairs", "Lounge", {"light.bedroom"}),
        # From the ground floor, both floors above; from the top, the home's upstairs.
        ("turn off all the lights upstairs", "Hall", {"light.lounge", "light.bedroom"}),
        (
            "turn off all the lights upstairs",
            "Bedroom",
            {"light.lounge", "light.bedroom"},
        ),
        # Downstairs: the ground floor, whichever floor above says it.
        ("turn off all the lights downstairs", "Bedroom", {"light.hall"}),
    ],
)
async def test_upstairs_is_seen_from_the_satellites_floor(
    hass: HomeAssistant, text: str, here: str, lit: set[str]
) -> None:
    """A home of four floors: "upstairs" and "downstairs" from where the user is."""
    home = await _build(
        hass,
        {
            "cellar": "Basement",
            "hall": "Ground Floor",
            "lounge": "First Floor",
            "bedroom": "Second Floor",
        },
    )
    found = shortlist(home, read_clause(text, home), [here]).entities
    assert {e.entity_id for e in found if e.domain == "light"} == lit


async def test_a_level_set_in_home_assistant_comes_first(hass: HomeAssistant) -> None:
    """A floor's level says where it is, whatever its name."""
    home = await _build(hass, {"kitchen": "Main", "bedroom": "Sleeping"})
    assert {a.area_id: a.storey for a in home.areas} == {
        "kitchen": None,
        "bedroom": None,
    }
    floor_reg = fr.async_get(hass)
    for name, level in (("Main", 0), ("Sleeping", 1)):
        floor = floor_reg.async_get_floor_by_name(name)
        assert floor is not None
        floor_reg.async_update(floor.floor_id, level=level)
    home = async_get_home(hass)
    assert _ids(home, "turn off the lights upstairs") == {"light.bedroom"}


async def test_the_homes_own_upstairs_wins(hass: HomeAssistant) -> None:
    """A floor called "Upstairs" is upstairs; the floor below it is still downstairs.

    Said in a home whose floors are "Main Floor" and "Upstairs": "all the lights
    downstairs except Daddy's lamp" had asked what "downstairs" means.
    """
    home = await _build(hass, {"kitchen": "Main Floor", "bedroom": "Upstairs"})
    assert {a.area_id: a.storey for a in home.areas} == {
        "kitchen": 0,
        "bedroom": None,
    }
    assert _ids(home, "turn off the lights upstairs") == {"light.bedroom"}
    assert _ids(home, "turn off all the lights downstairs") == {"light.kitchen"}


@pytest.mark.parametrize(
    ("code", "floors", "expected"),
    [
        # An American home: the first floor is the ground floor.
        (
            "en",
            ["Basement", "First Floor", "Second Floor"],
            [None, "downstairs", "upstairs"],
        ),
        # A bungalow: its basement is downstairs.
        ("en", ["Main Floor", "Basement"], ["upstairs", "downstairs"]),
        (
            "en",
            ["Ground Floor", "First Floor", "Attic"],
            ["downstairs", *["upstairs"] * 2],
        ),
        ("en", ["Garden", "Roof"], [None, None]),
        ("de", ["Keller", "Erdgeschoss", "1. OG"], [None, "unten", "oben"]),
        ("fr", ["Rez-de-chaussée", "Premier étage"], ["en bas", "en haut"]),
        ("zh", ["一楼", "二楼"], ["楼下", "楼上"]),
        # Floors called by where they are.
        ("es", ["Planta de abajo", "Planta de arriba"], ["abajo", "arriba"]),
        ("en", ["Downstairs Floor", "Upstairs Floor"], ["downstairs", "upstairs"]),
        ("fr", ["Étage du bas", "Étage du haut"], ["en bas", "en haut"]),
        # A storey said by its number beside one the table does not know: no guess.
        ("de", ["4. Stock", "Galerie"], [None, None]),
        # Beside an attic, the floor the table does not know is below it.
        ("de", ["Wohnebene", "Dachgeschoss"], ["unten", "oben"]),
    ],
)
def test_floors_are_ordered_by_their_names(
    code: str, floors: list[str], expected: list[str | None]
) -> None:
    """The table's words for floors give their order, in each language."""
    language = table_for(code)
    areas = [HomeArea(f"a{i}", f"Area {i}", (), (f,)) for i, f in enumerate(floors)]
    found = storeys(areas, language)
    areas = [replace(area, storey=found.get(area.area_id)) for area in areas]
    relative = relative_floor_names(areas, language)
    assert [relative.get(area.area_id, (None,))[0] for area in areas] == expected


def test_the_highest_floor_is_the_top_floor() -> None:
    """The highest of the floors is also "the top floor"; one floor of two too."""
    floors = ["Ground Floor", "First Floor", "Second Floor"]
    areas = [HomeArea(f"a{i}", f"Area {i}", (), (f,)) for i, f in enumerate(floors)]
    found = storeys(areas, ENGLISH)
    areas = [replace(area, storey=found.get(area.area_id)) for area in areas]
    relative = relative_floor_names(areas, ENGLISH)
    assert [relative[area.area_id] for area in areas] == [
        ("downstairs",),
        ("upstairs",),
        ("upstairs", "top floor"),
    ]


async def test_a_device_is_called_by_its_own_name(hass: HomeAssistant) -> None:
    """The kettle is "Kettle Plug Kettle"; "the heating" is the Hive's "Heating".

    No other device's name says "heating" (the bedroom's is a "Radiator"): the word
    names the one called so, as Lille's "le chauffage" is the "Thermostat Netatmo
    Chauffage" beside two radiators. "Roller Door" of a garage door opener names it:
    two words say more than a kind.
    """
    home = await _build(hass, {"kitchen": None, "bedroom": None})
    kettle = next(e for e in home.entities if e.entity_id == "switch.kettle")
    assert (kettle.name, kettle.own_name) == ("Kettle Plug Kettle", "Kettle")
    clause = read("put the kettle on", home, ENGLISH).clauses[0]
    assert describes_a_device(shortlist(home, clause), clause)
    assert _ids(home, "put the kettle on") == {"switch.kettle"}
    clause = read("turn the heating off", home, ENGLISH).clauses[0]
    assert says_a_name(home, clause)
    assert _ids(home, "turn the heating off") == {"climate.heating"}
    # Two words say more than a kind: the roller door, never the back door's lock.
    assert _ids(home, "shut the roller door") == {"cover.roller_door"}


def test_an_area_called_upstairs_something_is_upstairs_with_its_floor() -> None:
    """An alias "upstairs bathroom" does not make only that area upstairs."""
    areas = [
        HomeArea("hall", "Hall", (), ("Ground Floor",)),
        HomeArea("bath", "Bathroom", ("upstairs bathroom",), ("First Floor",)),
        HomeArea("bed", "Bedroom", (), ("First Floor",)),
    ]
    assert storeys(areas, ENGLISH) == {"hall": 0, "bath": 2, "bed": 2}
    called = [replace(areas[0], aliases=("upstairs",)), *areas[1:]]
    assert storeys(called, ENGLISH) == {}


def test_all_of_a_kind_downstairs_is_every_one_there() -> None:
    """All the lamps downstairs, one of them also called "Lamp": every one there."""
    areas = [
        HomeArea("kitchen", "Kitchen", (), ("Downstairs Unit",)),
        HomeArea("lounge", "Lounge", (), ("Downstairs Unit",)),
        HomeArea("bedroom", "Bedroom", (), ("Upstairs Unit",)),
    ]
    areas = _placed(areas, ENGLISH)
    by_id = {area.area_id: area for area in areas}
    home = Home(
        entities=(
            replace(
                home_entity("light.lounge", "Lounge Lamp", "lounge", by_id),
                aliases=("Lamp",),
            ),
            home_entity("light.kitchen", "Kitchen Lamp", "kitchen", by_id),
            home_entity("light.bedroom", "Bedroom Lamp", "bedroom", by_id),
        ),
        areas=tuple(areas),
    )
    assert _ids(home, "turn off all the lamps downstairs") == {
        "light.kitchen",
        "light.lounge",
    }


def test_all_the_lamps_on_a_floor_are_all_its_lights() -> None:
    """Mach unten alle Lampen aus: the hall lamp and the kitchen light alike."""
    areas = [
        HomeArea("flur", "Flur", (), ("Erdgeschoss",)),
        HomeArea("kueche", "Küche", (), ("Erdgeschoss",)),
        HomeArea("bad", "Bad", (), ("Obergeschoss",)),
    ]
    areas = _placed(areas, table_for("de"))
    by_id = {area.area_id: area for area in areas}
    home = Home(
        entities=(
            home_entity("light.flurlampe", "Flurlampe", "flur", by_id),
            home_entity("light.kuechenlicht", "Küchenlicht", "kueche", by_id),
            home_entity("light.bad", "Badlampe", "bad", by_id),
        ),
        areas=tuple(areas),
    )
    clause = read("Mach unten alle Lampen aus", home, table_for("de")).clauses[0]
    offered = {e.entity_id for e in shortlist(home, clause).entities}
    assert offered == {"light.flurlampe", "light.kuechenlicht"}
    # The floor's group or all of them, never one room's ("Flur Lichter").
    grammar = build_grammar(shortlist(home, clause), clause)
    targets = next(
        line for line in grammar.splitlines() if "turn-off-target ::=" in line
    )
    assert targets == 'turn-off-target ::= "unten Lichter" | "Alle Lichter"'


def test_all_of_a_kind_somewhere_is_never_cut_short() -> None:
    """All ten lights downstairs are offered, never the first eight."""
    areas = [
        HomeArea("hall", "Hall", (), ("Downstairs Unit",)),
        HomeArea("loft", "Loft", (), ("Upstairs Unit",)),
    ]
    areas = _placed(areas, ENGLISH)
    by_id = {area.area_id: area for area in areas}
    downstairs = {f"light.spot_{i}" for i in range(10)}
    home = Home(
        entities=(
            *(
                home_entity(e, f"Spot {e[-1]}", "hall", by_id)
                for e in sorted(downstairs)
            ),
            home_entity("light.loft", "Loft Lamp", "loft", by_id),
        ),
        areas=tuple(areas),
    )
    assert _ids(home, "turn off all the lights downstairs") == downstairs
