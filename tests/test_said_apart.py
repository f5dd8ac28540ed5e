"""Words that tell devices, items and directions apart, from homes written blind.

Each case did something on a home its author wrote without reading the agent: a
device picked among several that share a name, two things added as one, a step
taken the wrong way. The homes here are others: what is checked is the reading.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from .home_entities import home_entity, thermostat
from .reading import read_clause
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.items import each_item, joins_items
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.calls import Call
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import table_for

AREAS: Mapping[str, HomeArea] = {
    "ensuite": HomeArea("ensuite", "Ensuite", (), ()),
    "bathroom": HomeArea("bathroom", "Bathroom", (), ()),
    "den": HomeArea("den", "Den", (), ()),
    "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
    "loft": HomeArea("loft", "Loft", (), ()),
}
HOME = Home(
    entities=(
        # Two smart plugs Home Assistant names "<device> Tank Heater".
        replace(
            home_entity(
                "switch.boiler_a", "Ensuite Plug Tank Heater", "ensuite", AREAS
            ),
            own_name="Tank Heater",
        ),
        replace(
            home_entity("switch.boiler_b", "Bath Plug Tank Heater", "bathroom", AREAS),
            own_name="Tank Heater",
        ),
        # Two lights each called by the same plural name.
        home_entity("light.den_spots", "Spotlights", "den", AREAS),
        home_entity("light.kitchen_spots", "Spotlights", "kitchen", AREAS),
        home_entity("light.loft", "Loft Lamp", "loft", AREAS),
        thermostat("climate.den", "Den Radiator", "den", AREAS),
        thermostat("climate.loft", "Loft Radiator", "loft", AREAS),
        replace(
            home_entity(
                "todo.groceries",
                "Groceries",
                None,
                AREAS,
                attributes={"supported_features": 1},
            ),
            aliases=("Liste des courses",),
        ),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "kind", "choices"),
    [
        # A name two devices share, no room said: which one?
        (
            "switch on the tank heater",
            "heater",
            {"switch.boiler_a", "switch.boiler_b"},
        ),
        # "Degrees" after a number is a unit, not "all the degrees".
        (
            "set the radiator to 21 degrees",
            "radiator",
            {"climate.den", "climate.loft"},
        ),
        # The plural is the name's own: not "all the spotlights".
        (
            "dim the spotlights to forty percent",
            "spotlights",
            {"light.den_spots", "light.kitchen_spots"},
        ),
    ],
)
def test_a_name_several_devices_share_is_asked_about(
    text: str, kind: str, choices: set[str]
) -> None:
    """Nothing the user said tells them apart: the agent asks which one."""
    choice = unnamed_choice(HOME, read_clause(text, HOME))
    assert choice is not None
    assert choice[0] == kind
    assert {entity.entity_id for entity in choice[1]} == choices


@pytest.mark.parametrize(
    "text",
    [
        "switch on the tank heater in the ensuite",  # its room
        "set the den radiator to 21 degrees",  # a word of one name
        "turn off the spotlights in the kitchen",
        "turn off all the spotlights",
    ],
)
def test_words_that_tell_them_apart_are_not_asked_about(text: str) -> None:
    """A room, a word of one name, or "all": no question back."""
    assert unnamed_choice(HOME, read_clause(text, HOME)) is None


@pytest.mark.parametrize(
    ("language", "text", "written", "items"),
    [
        (
            "en",
            "add kang kong and eggs to the groceries",
            "kang kong and eggs",
            ["kang kong", "eggs"],
        ),
        (
            "en",
            "put milk, bread and a bag of rice on the groceries list",
            "milk",
            ["milk", "bread", "bag of rice"],
        ),
        (
            "fr",
            "mets des yaourts et du café sur la liste",
            "yaourts",
            ["yaourts", "café"],
        ),
        (
            "de",
            "schreib Kaffee und Haferflocken auf die Einkaufsliste",
            "kaffee",
            ["kaffee", "haferflocken"],
        ),
        ("en", "add mac n cheese to the groceries", "mac n cheese", ["mac n cheese"]),
        # The model wrote the last thing only.
        ("en", "add eggs and milk to the groceries", "milk", ["eggs", "milk"]),
        # The list named before the things.
        ("es", "añade a la compra pan y un melón", "pan y un melón", ["pan", "melón"]),
        # "Des" of the list's alias "Liste des courses" ends no thing said.
        (
            "fr",
            "mets du Cenovis et des rösti sur la liste des courses",
            "cenovis",
            ["cenovis", "rösti"],
        ),
    ],
)
def test_each_thing_said_for_a_list_is_an_item(
    language: str, text: str, written: str, items: list[str]
) -> None:
    """The model writes one item; each thing the words join is added on its own."""
    clause = read(text, HOME, table_for(language)).clauses[0]
    assert joins_items(clause) is (len(items) > 1)
    calls = each_item(
        [Call("todo_add", ("Groceries",), written)], clause, HOME.entities
    )
    assert [call.value for call in calls] == items
    assert all(call.targets == ("Groceries",) for call in calls)


@pytest.mark.parametrize(
    ("language", "text", "sign"),
    [
        ("en", "bump the den radiator up two degrees", '"+"'),
        ("en", "knock the den radiator down half a degree", '"-"'),
        ("en", "make the den radiator two degrees colder", '"-"'),
        ("de", "mach den den radiator ein halbes grad wärmer", '"+"'),
        ("fr", "baisse le den radiator de deux degrés", '"-"'),
        # Both ways said: the model decides, as before.
        ("en", "turn the den radiator up, no, down two degrees", "[+-]"),
    ],
)
def test_a_step_goes_the_way_the_words_say(language: str, text: str, sign: str) -> None:
    """A step "up two degrees" only raises the temperature; "colder" only lowers it."""
    clause = read(text, HOME, table_for(language)).clauses[0]
    grammar = build_grammar(shortlist(HOME, clause), clause)
    step = next(
        line for line in grammar.splitlines() if line.startswith("climate-step ::=")
    )
    assert f"({sign} (" in step


FAN_ROOM: Mapping[str, HomeArea] = {
    "den": HomeArea("den", "Den", (), ()),
    "nursery": HomeArea("nursery", "Nursery", ("kids room",), ()),
}
FAN_HOME = Home(
    entities=(
        home_entity("fan.den", "Ceiling Fan", "den", FAN_ROOM),
        thermostat(
            "climate.den", "Den Aircon", "den", FAN_ROOM, ("off", "cool", "fan_only")
        ),
        home_entity("light.den", "Den Light", "den", FAN_ROOM),
        home_entity("switch.altar", "Altar Light", "den", FAN_ROOM),
        home_entity("switch.rack", "Laundry Rack Dryer", "nursery", FAN_ROOM),
        home_entity(
            "media_player.tv",
            "TV",
            "den",
            FAN_ROOM,
            attributes={"supported_features": 384},  # turn on, turn off
        ),
        home_entity(
            "cover.den",
            "Den Blinds",
            "den",
            FAN_ROOM,
            attributes={"supported_features": 3},  # open, close
        ),
    ),
    areas=tuple(FAN_ROOM.values()),
)


@pytest.mark.parametrize(
    ("text", "offered", "action"),
    [
        # Said so in Singapore and India: a fan or a light does not open.
        ("open the fan", {"fan.den"}, "turn-on"),
        ("close the light", {"light.den"}, "turn-off"),
        ("on the fan", {"fan.den"}, "turn-on"),
        ("off the light", {"light.den"}, "turn-off"),
        # "Shut the light", "shut the TV" (New York, New Jersey): off.
        ("shut the light", {"light.den"}, "turn-off"),
        ("shut the TV, I'm on the phone", {"media_player.tv"}, "turn-off"),
        # Blinds do open, and shut.
        ("open the blinds", {"cover.den"}, "open"),
        ("shut the blinds", {"cover.den"}, "close"),
        # A word of a name: the smart plug called a light, the aircon's fan mode.
        ("turn on the altar light", {"switch.altar"}, "turn-on"),
        ("put the den aircon on fan only", {"climate.den"}, "climate-mode"),
        # "Kids" is a room's word, said in the reason: the TV is still the TV.
        ("off the TV, the kids must do homework now", {"media_player.tv"}, "turn-off"),
    ],
)
def test_on_and_off_said_as_verbs(text: str, offered: set[str], action: str) -> None:
    """'Open the fan' turns the room's fan on, never the aircon's fan mode."""
    clause = read_clause(text, FAN_HOME)
    assert clause.command
    found = shortlist(FAN_HOME, clause, ["Den"])
    assert {entity.entity_id for entity in found.entities} == offered
    assert f"{action} ::=" in build_grammar(found, clause)


@pytest.mark.parametrize(
    "text",
    ["close all the lights except the porch light", "shut every light bar the porch"],
)
def test_what_a_verb_stood_in_for_leaves_out_stays_out(text: str) -> None:
    """Said: "close all the lights except …": the one left out had been turned off."""
    home = Home(
        (
            *FAN_HOME.entities,
            home_entity("light.porch", "Porch Light", None, FAN_ROOM),
        ),
        FAN_HOME.areas,
    )
    clause = read_clause(text, home)
    offered = {e.entity_id for e in shortlist(home, clause).entities}
    assert offered == {"light.den"}


def test_a_device_named_that_cannot_is_not_stood_in_for() -> None:
    """'Lower the laundry rack' (a dryer plug) lowers no blinds instead."""
    clause = read_clause("lower the laundry rack, I want to hang the clothes", FAN_HOME)
    assert not shortlist(FAN_HOME, clause).entities
    blinds = read_clause("lower the blinds", FAN_HOME)
    assert [e.entity_id for e in shortlist(FAN_HOME, blinds).entities] == ["cover.den"]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Mach in der Küche die Heizung an, auf zwanzig Grad"),
        ("en", "turn on the heating in the kitchen, to 20 degrees"),
    ],
)
def test_a_value_after_a_pause_is_the_device_befores(code: str, text: str) -> None:
    """One command: the value is the kitchen heating's, never every thermostat's."""
    home = Home(
        entities=(
            thermostat("climate.kitchen", "Heizung Küche", "kitchen", AREAS),
            thermostat("climate.den", "Heizung Den", "den", AREAS),
        ),
        areas=(replace(AREAS["kitchen"], aliases=("Küche",)), AREAS["den"]),
    )
    clauses = read(text, home, table_for(code)).clauses
    assert len(clauses) == 1
    offered = shortlist(home, clauses[0]).entities
    assert [e.entity_id for e in offered] == ["climate.kitchen"]


@pytest.mark.parametrize(
    ("code", "text", "first"),
    [
        (
            "it",
            "abbassa la tapparella e accendi il condizionatore in camera",
            "abbassa la tapparella in camera",
        ),
        (
            "en",
            "lower the blind and turn on the heating in the kitchen",
            "lower the blind in kitchen",
        ),
        # The command before names a room of its own: it keeps it.
        (
            "en",
            "lower the den blind and turn on the heating in the kitchen",
            "lower the den blind",
        ),
    ],
)
def test_a_room_said_last_is_the_one_device_befores_too(
    code: str, text: str, first: str
) -> None:
    """One blind asked for, with no room, is in the room said at the end."""
    areas = {**AREAS, "kitchen": replace(AREAS["kitchen"], aliases=("camera",))}
    home = Home(
        entities=(
            home_entity(
                "cover.kitchen", "Tapparella cucina", "kitchen", areas, "blind"
            ),
            home_entity("cover.den", "Den Blind", "den", areas, "blind"),
            thermostat("climate.kitchen", "Heating", "kitchen", areas),
        ),
        areas=tuple(areas.values()),
    )
    clauses = read(text, home, table_for(code)).clauses
    assert [c.text for c in clauses][0] == first


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "leave the fairy lights on but turn the big light off"),
        ("de", "Lass die Lichterkette an aber mach das Deckenlicht aus"),
    ],
)
def test_what_to_leave_before_but_is_left_alone(code: str, text: str) -> None:
    """Said: "Leave the fairy lights on but turn the big light off": the big light."""
    home = Home(
        entities=(
            home_entity("light.fairy", "Fairy Lights", "den", AREAS),
            home_entity("light.big", "Big Light", "den", AREAS),
        ),
        areas=tuple(AREAS.values()),
    )
    if code == "de":
        home = Home(
            entities=(
                replace(home.entities[0], aliases=("Lichterkette",)),
                replace(home.entities[1], aliases=("Deckenlicht",)),
            ),
            areas=home.areas,
        )
    clauses = read(text, home, table_for(code)).clauses
    assert len(clauses) == 1
    assert [e.entity_id for e in shortlist(home, clauses[0]).entities] == ["light.big"]


@pytest.mark.parametrize(
    ("code", "text", "read_as"),
    [
        (
            "de",
            "Das Licht in der Küche und im Den aus, bitte",
            ["das licht in der küche aus", "das licht in der den aus"],
        ),
        (
            "en",
            "the lights in the kitchen and the den off",
            ["the lights in the kitchen off", "the lights in the den off"],
        ),
    ],
)
def test_a_state_said_last_is_each_rooms(
    code: str, text: str, read_as: list[str]
) -> None:
    """Said: "Das Licht im Bad und im WC aus": both rooms' lights off, no question."""
    areas = {**AREAS, "kitchen": replace(AREAS["kitchen"], aliases=("Küche",))}
    home = Home(
        entities=(
            home_entity("light.kitchen", "Kitchen Light", "kitchen", areas),
            home_entity("light.den", "Den Light", "den", areas),
        ),
        areas=tuple(areas.values()),
    )
    clauses = read(text, home, table_for(code)).clauses
    assert [c.text for c in clauses] == read_as
    assert all(c.command for c in clauses)


_ROOF = {
    "attic": HomeArea("attic", "Attic", (), ()),
    "bed": HomeArea("bed", "Bed", (), ()),
}
ROOF = Home(
    (
        thermostat("climate.bed", "Radiator", "bed", _ROOF),
        home_entity(
            "cover.roof",
            "Roof Window",
            "attic",
            _ROOF,
            "window",
            attributes={"supported_features": 1 | 2},
        ),
    ),
    tuple(_ROOF.values()),
)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("nl", "doe de verwarming uit, het raam staat open"),
        ("en", "turn off the heating, the window is open"),
        ("de", "mach die Heizung aus, das Fenster ist offen"),
        ("fr", "éteins le chauffage, la fenêtre est ouverte"),
        ("es", "apaga la calefacción, la ventana está abierta"),
        ("it", "spegni il riscaldamento, la finestra è aperta"),
    ],
)
def test_how_a_thing_is_said_after_a_command_is_no_command(
    code: str, text: str
) -> None:
    """Said: "Turn off the heating, the window is open": the window is left as it is."""
    request = read(text, ROOF, table_for(code))
    assert [sorted(c.kinds) for c in request.clauses] == [[("climate", None)]]


def test_a_question_after_a_command_takes_no_verb() -> None:
    """Said: "Turn off the heating, is the window open?": asked, never closed."""
    request = read("turn off the heating, is the window open?", ROOF, table_for("en"))
    assert [(c.command, c.question) for c in request.clauses] == [
        (True, False),
        (False, True),
    ]


_GOOD: Mapping[str, HomeArea] = {
    "good_room": HomeArea("good_room", "Good Room", (), ()),
    "hall": HomeArea("hall", "Hall", (), ()),
}
GOOD_ROOM = Home(
    entities=(
        home_entity("light.good_room_lamp", "Good Room Lamp", "good_room", _GOOD),
        home_entity("light.good_room_big", "Good Room Big Light", "good_room", _GOOD),
        home_entity("switch.fairy_lights", "Fairy Lights", "good_room", _GOOD),
        home_entity("light.hall_lamp", "Hall Lamp", "hall", _GOOD),
        home_entity("light.night_light", "Night Light", "hall", _GOOD),
    ),
    areas=tuple(_GOOD.values()),
)


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # Belfast: only the fairy lights had been offered, and lit.
        (
            "Put the lamp and the fairy lights on in the good room",
            {"light.good_room_lamp", "switch.fairy_lights"},
        ),
        ("Put the fairy lights on in the good room", {"switch.fairy_lights"}),
        # A name said as one that holds the kind word: that one only.
        ("Put the night light on in the hall", {"light.night_light"}),
    ],
)
def test_a_kind_said_beside_a_name_is_another_device(
    text: str, offered: set[str]
) -> None:
    """A kind said beside a name ("the lamp and the fairy lights") is another device."""
    clause = read(text, GOOD_ROOM, table_for("en")).clauses[0]
    assert {e.entity_id for e in shortlist(GOOD_ROOM, clause).entities} == offered
