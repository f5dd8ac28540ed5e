"""Finding the devices a request means, on a home with shared words and everyday names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from .home_entities import home_entity
from .reading import read_clause
from custom_components.llm_home.agent.described import describes_a_device
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.named import says_a_name
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea, HomeEntity
from custom_components.llm_home.language import table_for

AREAS = {
    "study": HomeArea("study", "Study", (), ("Upstairs",)),
    "lounge": HomeArea("lounge", "Lounge", ("Living Room",), ("Downstairs",)),
    "kitchen": HomeArea("kitchen", "Kitchen", (), ("Downstairs",)),
}


def _entity(
    entity_id: str, name: str, area: str | None, device_class: str | None = None
) -> HomeEntity:
    return home_entity(entity_id, name, area, AREAS, device_class)


HOME = Home(
    entities=(
        _entity("light.study_lamp", "Study Lamp", "study"),
        _entity("climate.study_heater", "Study Heater", "study"),
        _entity("media_player.study_speaker", "Study Speaker", "study", "speaker"),
        _entity("climate.bedroom_ac", "Bedroom AC", None),
        _entity("media_player.television", "Television", "lounge", "tv"),
        _entity("light.lounge_ceiling", "Lounge Ceiling", "lounge"),
        _entity("light.lounge_lamp", "Lounge Lamp", "lounge"),
        _entity("cover.lounge_blinds", "Lounge Blinds", "lounge", "blind"),
        _entity("light.kitchen_light", "Kitchen Light", "kitchen"),
        _entity("vacuum.roborock", "Roborock", "kitchen"),
        _entity("lock.back_door", "Back Door", "kitchen"),
    ),
    areas=tuple(AREAS.values()),
)


def _ids(text: str, satellite: str | None = None) -> set[str]:
    found = shortlist(HOME, read_clause(text, HOME), [satellite] if satellite else [])
    return {entity.entity_id for entity in found.entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word shared by many names still narrows the choice; a full name wins.
        ("turn on the study lamp", {"light.study_lamp"}),
        ("make the study heater warmer", {"climate.study_heater"}),
        # Everyday words for a kind of device.
        ("mute the telly", {"media_player.television"}),
        ("turn up the aircon", {"climate.bedroom_ac", "climate.study_heater"}),
        ("start the hoover", {"vacuum.roborock"}),
        ("unlock the back door", {"lock.back_door"}),
        # All the devices of a kind in an area, by the area's name or alias.
        (
            "turn off the lights in the living room",
            {"light.lounge_ceiling", "light.lounge_lamp"},
        ),
        ("close the blinds in the lounge", {"cover.lounge_blinds"}),
        ("turn off the lights in the study", {"light.study_lamp"}),
    ],
)
def test_shortlist_finds_what_people_mean(text: str, expected: set[str]) -> None:
    """The devices meant are on the list; devices of other kinds in the area are not."""
    found = _ids(text)
    assert expected <= found, found
    assert all(e.split(".")[0] in {x.split(".")[0] for x in expected} for e in found), (
        found
    )


def test_the_satellite_area_stands_in_for_an_unsaid_area() -> None:
    """'Turn off the lights' from the kitchen means the kitchen's lights."""
    assert _ids("turn off the lights", "Kitchen") == {"light.kitchen_light"}


def test_nothing_named_gives_nothing() -> None:
    """A request about no device of the home offers the model nothing."""
    assert _ids("tell me a joke") == set()
    assert not says_a_name(HOME, read_clause("turn on the garage lights", HOME))
    assert says_a_name(HOME, read_clause("study lamp off", HOME))


@pytest.mark.parametrize(
    ("text", "certain"),
    [
        ("study lamp off", True),
        ("send the vacuum in the kitchen back to base", True),
        ("close the blinds in the lounge", True),
        ("turn on the toaster in the kitchen", False),
        ("open the blinds in the kitchen", False),
        ("start the vacuum", True),
        ("turn on the lamp", False),
    ],
)
def test_a_device_described_by_area_and_kind_is_certain(
    text: str, certain: bool
) -> None:
    """A whole name, or an area's name with a kind of device it has, means the home."""
    assert describes_a_device(HOME, read_clause(text, HOME)) is certain


def test_a_name_that_says_the_opposite_is_not_meant() -> None:
    """The front door is never the back door, upstairs never a downstairs lamp."""
    home = Home(
        entities=(
            _entity("lock.back_door", "Back Door", "kitchen"),
            _entity("lock.front", "Smart Lock", None),
            _entity("light.downstairs_lamp", "Downstairs Lamp", None),
            _entity("light.study_lamp", "Study Lamp", "study"),
        ),
        areas=tuple(AREAS.values()),
    )
    found = shortlist(home, read_clause("lock the front door lock", home))
    assert {entity.entity_id for entity in found.entities} == {"lock.front"}
    found = shortlist(home, read_clause("turn on the lamp upstairs", home))
    assert "light.downstairs_lamp" not in {e.entity_id for e in found.entities}
    # Said in full, a name with both words is kept: "the back door" is the back door.
    found = shortlist(home, read_clause("lock the back door", home))
    assert "lock.back_door" in {entity.entity_id for entity in found.entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word of one name, said beside the room, tells that device from the rest.
        ("switch on the ceiling light in the living room", {"light.lounge_ceiling"}),
        ("turn the lamp in the lounge off", {"light.lounge_lamp"}),
        # The room's own words, a kind or a value tell none apart.
        (
            "turn the lounge lights off",
            {"light.lounge_ceiling", "light.lounge_lamp"},
        ),
        (
            "set the lights in the living room to 40 percent",
            {"light.lounge_ceiling", "light.lounge_lamp"},
        ),
    ],
)
def test_a_word_of_its_name_tells_a_device_from_its_rooms_others(
    text: str, expected: set[str]
) -> None:
    """The ceiling light in the living room is offered alone, never with the lamp."""
    assert _ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Heat up" is a command; the room says which heater.
        ("heat up the study", {"climate.study_heater"}),
        ("cool down the place", {"climate.study_heater", "climate.bedroom_ac"}),
        # A thing the home has no name for is not replaced by a device it has.
        ("heat up the spa pool", set()),
        ("warm up the sauna", set()),
    ],
)
def test_a_thing_the_home_lacks_is_not_stood_in_for(
    text: str, expected: set[str]
) -> None:
    """Only the verb says a kind: words naming nothing here offer no device."""
    clause = read_clause(text, HOME)
    assert clause.command
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    ["turn on the fireplace in the lounge", "switch on the jacuzzi in the study"],
)
def test_a_thing_the_home_lacks_in_a_room_is_none_of_its_devices(text: str) -> None:
    """No kind and no name said, and a word nothing explains: none of the room's."""
    assert read_clause(text, HOME).unknown
    assert _ids(text) == set()
    assert _ids("turn off everything in the lounge")  # the room alone still is


_BEDROOM = {"bedroom": HomeArea("bedroom", "Main Bedroom", ("our room",), ())}
_LAMPS = Home(
    entities=(
        home_entity("light.ceiling", "Bedroom Light", "bedroom", _BEDROOM),
        home_entity("light.liam", "Liam's Lamp", "bedroom", _BEDROOM),
        home_entity("light.priya", "Priya's Lamp", "bedroom", _BEDROOM),
    ),
    areas=tuple(_BEDROOM.values()),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turn on both lamps in our room", {"light.liam", "light.priya"}),
        ("turn on the lamp in our room", {"light.liam", "light.priya"}),
        # The kind's plain name tells none apart.
        (
            "turn on the lights in our room",
            {"light.ceiling", "light.liam", "light.priya"},
        ),
    ],
)
def test_a_word_for_the_kind_only_some_are_called_tells_them_apart(
    text: str, expected: set[str]
) -> None:
    """Both lamps in our room are the two lamps, never the ceiling light too."""
    found = shortlist(_LAMPS, read_clause(text, _LAMPS))
    assert {entity.entity_id for entity in found.entities} == expected


def test_a_name_that_only_says_a_kind_places_no_device_elsewhere() -> None:
    """The TV in Jake's room is not the living room's TV, whose alias is "TV"."""
    areas = {
        "living": HomeArea("living", "Living Room", (), ()),
        "jake": HomeArea("jake", "Jake's Room", (), ()),
    }
    home = Home(
        entities=(
            replace(
                home_entity("media_player.tv", "Living Room TV", "living", areas, "tv"),
                aliases=("TV",),
            ),
            home_entity("light.jake", "Desk Lamp", "jake", areas),
        ),
        areas=tuple(areas.values()),
    )

    def ids(text: str) -> set[str]:
        found = shortlist(home, read_clause(text, home))
        return {entity.entity_id for entity in found.entities}

    assert ids("turn on the TV in Jake's room") == set()
    assert ids("turn on the TV") == {"media_player.tv"}
    assert ids("turn on the TV in the living room") == {"media_player.tv"}


def test_ceiling_fans_are_fans_never_a_thermostat() -> None:
    """All the ceiling fans downstairs: the fans, never the thermostat with a fan mode."""
    areas = {"den": HomeArea("den", "Den", (), ())}
    home = Home(
        entities=(
            home_entity("climate.den", "Den Thermostat", "den", areas),
            home_entity("fan.den", "Den Ceiling Fan", "den", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("turn off all the ceiling fans in the den", home)
    assert {e.entity_id for e in shortlist(home, clause).entities} == {"fan.den"}


def test_all_the_fans_somewhere_are_no_light_called_after_one() -> None:
    """All the ceiling fans in the den: never the "Ceiling Fan Light" as well."""
    areas = {"den": HomeArea("den", "Den", (), ())}
    home = Home(
        entities=(
            home_entity("fan.den", "Den Ceiling Fan", "den", areas),
            home_entity("fan.desk", "Desk Fan", "den", areas),
            home_entity("light.den_fan", "Den Ceiling Fan Light", "den", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("turn off all the fans in the den", home)
    found = {e.entity_id for e in shortlist(home, clause).entities}
    assert found == {"fan.den", "fan.desk"}
    # Offered beside the fans, the light's group is never one to switch off.
    grammar = build_grammar(home, clause)
    targets = next(line for line in grammar.splitlines() if "turn-off-target" in line)
    assert "light" not in targets.casefold()


_LOCKED_UP_AREAS: Mapping[str, HomeArea] = {
    "entry": HomeArea("entry", "Entryway", (), ()),
    "mudroom": HomeArea("mudroom", "Mudroom", (), ()),
    "living": HomeArea("living", "Living Room", (), ()),
    "bedroom": HomeArea("bedroom", "Bedroom", (), ()),
}
_LOCKED_UP = Home(
    entities=(
        home_entity("lock.front", "Front Door", "entry", _LOCKED_UP_AREAS),
        home_entity("lock.mudroom", "Mudroom Door", "mudroom", _LOCKED_UP_AREAS),
        home_entity(
            "binary_sensor.front",
            "Front Door Sensor",
            "entry",
            _LOCKED_UP_AREAS,
            "door",
        ),
        home_entity(
            "sensor.front_battery",
            "Front Door Lock Battery",
            "entry",
            _LOCKED_UP_AREAS,
            "battery",
        ),
        home_entity(
            "cover.living", "Living Room Blinds", "living", _LOCKED_UP_AREAS, "blind"
        ),
        home_entity(
            "cover.bedroom", "Bedroom Shades", "bedroom", _LOCKED_UP_AREAS, "shade"
        ),
    ),
    areas=tuple(_LOCKED_UP_AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # A question whose verb says the kind: the lock, not the door's sensor.
        ("did anybody lock the front door?", ["lock.front"]),
        ("did someone lock the mudroom door?", ["lock.mudroom"]),
        # A measure asked of the lock is its sensor's, never the lock's state.
        ("how much battery left on the front door lock?", ["sensor.front_battery"]),
        # "Lock up the house" is every lock; "lock up the front door" only it.
        ("lock up the house", ["lock.front", "lock.mudroom"]),
        ("lock everything up", ["lock.front", "lock.mudroom"]),
        ("lock up the mudroom door", ["lock.mudroom"]),
        # Blinds and shades are one thing to most speakers.
        ("close all the blinds", ["cover.living", "cover.bedroom"]),
        ("open the bedroom blinds", ["cover.bedroom"]),
    ],
)
def test_everyday_words_name_what_a_speaker_means(text: str, meant: list[str]) -> None:
    """Words from a home written blind, read on another home."""
    clause = read_clause(text, _LOCKED_UP)
    offered = [e.entity_id for e in shortlist(_LOCKED_UP, clause).entities]
    assert sorted(offered) == sorted(meant)


_KIDS = {
    "woonkamer": HomeArea("woonkamer", "Woonkamer", (), ()),
    "julia": HomeArea("julia", "Kamer van Julia", ("Julia's kamer",), ()),
    "sem": HomeArea("sem", "Kamer van Sem", (), ()),
}


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # "Julia" only her room's name has: her room's radiator, not the "verwarming".
        ("zet de verwarming bij Julia op achttien", ["climate.julia"]),
        ("zet de verwarming op achttien", ["climate.tado"]),
    ],
)
def test_a_word_only_one_rooms_name_has_says_that_room(
    text: str, meant: list[str]
) -> None:
    """A person's name said alone ("bij Julia") is the room named after them."""
    tado = replace(
        home_entity("climate.tado", "Thermostaat woonkamer", "woonkamer", _KIDS),
        aliases=("verwarming",),
    )
    home = Home(
        entities=(
            tado,
            home_entity("climate.julia", "Radiator Julia", "julia", _KIDS),
            home_entity("climate.sem", "Radiator Sem", "sem", _KIDS),
        ),
        areas=tuple(_KIDS.values()),
    )
    clause = read(text, home, table_for("nl")).clauses[0]
    assert [e.entity_id for e in shortlist(home, clause).entities] == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # A robot cleans beyond the room it is docked in.
        ("Start the robot, the cook has finished in the kitchen", ["vacuum.robot"]),
        ("vacuum the kitchen", ["vacuum.robot"]),
        # A light does not: none in the kitchen is none at all.
        ("turn on the lamp in the kitchen", []),
    ],
)
def test_a_robot_works_beyond_its_room(text: str, meant: list[str]) -> None:
    """A room said is where to clean, not where the robot must be."""
    areas = {
        "hall": HomeArea("hall", "Hall", (), ()),
        "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
    }
    home = Home(
        entities=(
            replace(
                home_entity("vacuum.robot", "Robot Vacuum", "hall", areas),
                aliases=("robot",),
            ),
            home_entity("light.hall", "Hall Lamp", "hall", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause(text, home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == meant


def test_a_kind_word_some_are_called_tells_them_apart_in_the_satellites_room() -> None:
    """Said in the mansarda, "accendi i faretti" is its spotlights, not its Hue Go."""
    areas = {"mansarda": HomeArea("mansarda", "Mansarda", (), ())}
    home = Home(
        entities=(
            home_entity("light.faretti", "Faretti mansarda", "mansarda", areas),
            home_entity("light.hue_go", "Hue Go", "mansarda", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read("accendi i faretti", home, table_for("it")).clauses[0]
    offered = shortlist(home, clause, ["Mansarda"]).entities
    assert [e.entity_id for e in offered] == ["light.faretti"]
    clause = read("accendi le luci", home, table_for("it")).clauses[0]
    assert len(shortlist(home, clause, ["Mansarda"]).entities) == 2


def _lists_home() -> Home:
    """Return a home with a game room and a cellar, a shopping list and a chores list."""
    areas = {
        "game": HomeArea("game", "Game Room", (), ()),
        "cellar": HomeArea("cellar", "Cellar", (), ()),
    }
    lists = {"supported_features": 1}
    return Home(
        entities=(
            home_entity("light.game", "Game Room Light", "game", areas),
            home_entity("light.cellar", "Cellar Light", "cellar", areas),
            home_entity(
                "todo.shopping", "Shopping List", None, areas, attributes=lists
            ),
            home_entity("todo.chores", "Chores", None, areas, attributes=lists),
        ),
        areas=tuple(areas.values()),
    )


def test_a_list_is_in_no_room_a_word_of_the_item_names() -> None:
    """Said "Put redd up the cellar on the chores list": the chores, though "cellar"."""
    home = _lists_home()
    clause = read_clause("put redd up the cellar on the chores list", home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["todo.chores"]


def test_the_list_of_two_is_asked_about_whatever_room_the_item_names() -> None:
    """Said "Put chips on the list for the game": which list, never a guess."""
    home = _lists_home()
    choice = unnamed_choice(
        home, read_clause("put chips on the list for the game", home)
    )
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {"todo.shopping", "todo.chores"}


def test_a_device_called_by_a_kind_word_in_the_room_said_is_that_one() -> None:
    """Said "Schalt die Lichterkette im Wohnzimmer an": the string lights' plug."""
    areas = {"wz": HomeArea("wz", "Wohnzimmer", (), ())}
    home = Home(
        entities=(
            home_entity("switch.kette", "Lichterkette", "wz", areas),
            home_entity("light.decke", "Wohnzimmer Deckenlampe", "wz", areas),
            home_entity("light.lese", "Leselampe", "wz", areas),
        ),
        areas=tuple(areas.values()),
    )
    text = "Schalt die Lichterkette im Wohnzimmer an"
    clause = read(text, home, table_for("de")).clauses[0]
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["switch.kette"]
