"""Requests of several commands, and commands that could mean any of several devices."""

from __future__ import annotations

from dataclasses import replace

import pytest

from .home_entities import home_entity, thermostat
from .reading import read_clause, read_request
from custom_components.llm_home.agent.described import describes_a_device
from custom_components.llm_home.agent.items import item_spans
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.replies import which_one
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.still_to_do import (
    one_left,
    still_to_do,
    the_one_it_changes,
)
from custom_components.llm_home.agent.which import named_by_nothing, unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea, HomeEntity
from custom_components.llm_home.language import ENGLISH, table_for

_AREAS = {
    "hall": HomeArea("hall", "Hall", ("Entrance",), ("Ground Floor",)),
    "snug": HomeArea("snug", "Snug", (), ("Ground Floor",)),
    "loft": HomeArea("loft", "Loft", (), ("Top Floor",)),
}


def _entity(
    entity_id: str, name: str, area: str | None, device_class: str | None = None
) -> HomeEntity:
    return home_entity(entity_id, name, area, _AREAS, device_class)


HOME = Home(
    entities=(
        _entity("light.hall_pendant", "Hall Pendant", "hall"),
        _entity("light.snug_lamp", "Snug Lamp", "snug"),
        _entity("light.fairy_lights", "Fairy Lights", None),
        _entity("lock.porch", "Porch Deadbolt", "hall"),
        _entity("lock.patio_door_lock", "Patio door lock", None),
        _entity("cover.car_port", "Car Port Door", None, "garage"),
        _entity("todo.chores", "Weekly Chores", None),
        _entity("todo.aldi", "Aldi", None),
        _entity("vacuum.dusty", "Dusty", "loft"),
        _entity("media_player.telly", "Telly", "snug", "tv"),
        _entity("media_player.radio", "Kitchen Radio", None, "speaker"),
        _entity("sensor.snug_temperature", "Snug Temperature", "snug", "temperature"),
    ),
    areas=tuple(_AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "commands"),
    [
        (
            "switch on the snug lamp and then switch off the hall pendant",
            ["switch on the snug lamp", "switch off the hall pendant"],
        ),
        (
            "Please lock the porch, then start Dusty.",
            ["Please lock the porch", "start Dusty"],
        ),
        (
            "dim the fairy lights; close the car port door",
            ["dim the fairy lights", "close the car port door"],
        ),
        # Read without the home's names: one command about two devices.
        ("turn on the snug lamp and the hall pendant", None),
        # A question after a command is a request of its own.
        (
            "Did I leave the snug lamp on? Turn it off",
            ["Did I leave the snug lamp on", "Turn it off"],
        ),
        # An item with "and", a question: whole.
        ("add eggs and bread to the weekly chores", None),
        ("is the snug lamp on and the porch locked?", None),
        # Speech-to-text's comma after a pause: a verb alone is no command.
        ("Add, clean the snug to my weekly chores", None),
    ],
)
def test_commands_of_a_request(text: str, commands: list[str] | None) -> None:
    """A request is split only before a second command verb."""
    assert [clause.text for clause in read_request(text).clauses] == (
        commands or [text]
    )


@pytest.mark.parametrize(
    ("text", "commands"),
    [
        # Speech-to-text writes a comma where the speaker paused, or where its
        # prompt's names had commas: a verb alone, or a device's kind said again
        # after it, is no command of its own (each had locked or started twice).
        ("Lock, Porch Deadbolt.", ["Lock, Porch Deadbolt"]),
        ("Start Dusty, Vacuum.", ["Start Dusty, Vacuum"]),
        (
            "Lock, the porch deadbolt and the patio door lock",
            ["Lock the porch deadbolt", "lock the patio door lock"],
        ),
        # A kind said after "and", not after a pause, is a target of its own.
        (
            "turn off the telly and the radio",
            ["turn off the telly", "turn off the radio"],
        ),
        # A kind said after a device of another kind is a device of its own.
        (
            "turn off the telly, the kitchen radio",
            ["turn off the telly", "turn off the kitchen radio"],
        ),
    ],
)
def test_commas_heard_split_no_target(text: str, commands: list[str] | None) -> None:
    """A comma speech-to-text wrote splits a request only between its targets."""
    assert [clause.text for clause in read_request(text, HOME).clauses] == (
        commands or [text]
    )


def test_the_verb_is_no_item() -> None:
    """A list gets what was said after the verb: "Add, clean the snug to my list"."""
    items = item_spans(read_clause("Add, clean the snug to my weekly chores", HOME))
    assert "clean the snug" in items
    assert not [item for item in items if item.split()[0] == "add"]


def test_too_many_commands_stay_whole() -> None:
    """More commands than the agent carries out at once are the model's to refuse."""
    text = (
        "turn on the hall pendant, turn on the snug lamp, lock the porch, start Dusty"
    )
    assert [clause.text for clause in read_request(text).clauses] == [text]


@pytest.mark.parametrize(
    ("text", "kind", "choices"),
    [
        ("turn off the light", "light", {"Hall Pendant", "Snug Lamp", "Fairy Lights"}),
        ("lock the lock", "lock", {"Porch Deadbolt", "Patio door lock"}),
        ("please lock the door", "door", {"Porch Deadbolt", "Patio door lock"}),
        ("put oat milk on the list", "list", {"Weekly Chores", "Aldi"}),
        # A word the home does not know ("side") tells none apart: asked, not guessed.
        ("lock the side door", "door", {"Porch Deadbolt", "Patio door lock"}),
    ],
)
def test_a_device_said_only_by_its_kind_is_asked_for(
    text: str, kind: str, choices: set[str]
) -> None:
    """Several devices of the kind said, none told apart: the agent asks which."""
    choice = unnamed_choice(HOME, read_clause(text, HOME))
    assert choice is not None
    assert choice[0] == kind
    assert {entity.name for entity in choice[1]} == choices


@pytest.mark.parametrize(
    "text",
    [
        "turn off the lights",  # plural: all of them
        "turn off all the light",
        "turn off the light in the snug",  # an area
        "turn off the light upstairs on the top floor",
        "lock the patio door",  # a word of one name
        "put the washing on my chores list",  # "chores" names one list
        "stop the hoover",  # one vacuum
        "turn off the telly",  # a kind word that is also a device's whole name
        "is the light on?",  # a question, not a command
        "what is the temperature",
    ],
)
def test_specific_words_are_not_asked_for(text: str) -> None:
    """Plural, all, an area, a name's word or a single device: no question."""
    assert unnamed_choice(HOME, read_clause(text, HOME)) is None


def test_the_satellite_area_decides() -> None:
    """From a room with such a device, the device of that room is meant."""
    assert (
        unnamed_choice(HOME, read_clause("turn off the light", HOME), ["Snug"]) is None
    )
    assert (
        unnamed_choice(HOME, read_clause("lock the door", HOME), ["Loft"]) is not None
    )


def test_a_shared_name_or_word_of_names_is_asked_for() -> None:
    """Two "Front Door" locks, two tubelights: which one, unless the room decides.

    "Front" is also a word of the area "Front Entry", which the words do not say.
    """
    areas = {
        "entry": HomeArea("entry", "Front Entry", (), ()),
        "landing": HomeArea("landing", "Upstairs Landing", (), ()),
        "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
    }
    home = Home(
        entities=(
            home_entity("lock.down", "Front Door", "entry", areas),
            home_entity("lock.up", "Front Door", "landing", areas),
            home_entity("light.kitchen", "Kitchen Tubelight", "kitchen", areas),
            home_entity("light.hall", "Hall Tubelight", None, areas),
        ),
        areas=tuple(areas.values()),
    )
    for text, kind in (
        ("lock the front door", "door"),
        ("switch off the tubelight", "tubelight"),
    ):
        choice = unnamed_choice(home, read_clause(text, home))
        assert choice is not None, text
        assert choice[0] == kind
        assert len(choice[1]) == 2
    for text in ("lock the upstairs landing front door", "switch off the tubelights"):
        assert unnamed_choice(home, read_clause(text, home)) is None, text
    clause = read_clause("switch off the tubelight", home)
    assert unnamed_choice(home, clause, ["Kitchen"]) is None
    # Said in the kitchen, the words surely mean its tubelight: the model must act.
    offered = shortlist(home, clause, ["Kitchen"])
    assert [e.entity_id for e in offered.entities] == ["light.kitchen"]
    assert describes_a_device(offered, clause)


def test_a_name_two_share_in_the_room_said_is_asked_for() -> None:
    """Both bedside lamps are in our room: "the bedside lamp in our room" is either."""
    areas = {
        "main": HomeArea("main", "Main Bedroom", ("our room",), ()),
        "spare": HomeArea("spare", "Spare Room", (), ()),
    }
    home = Home(
        entities=(
            replace(
                home_entity("light.hers", "Sarah's Lamp", "main", areas),
                aliases=("bedside lamp",),
            ),
            replace(
                home_entity("light.his", "Matt's Lamp", "main", areas),
                aliases=("bedside lamp",),
            ),
            replace(
                home_entity("light.spare", "Spare Lamp", "spare", areas),
                aliases=("bedside lamp",),
            ),
        ),
        areas=tuple(areas.values()),
    )
    choice = unnamed_choice(
        home, read_clause("turn on the bedside lamp in our room", home)
    )
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {"light.hers", "light.his"}
    # The spare room has one: no question.
    clause = read_clause("turn on the bedside lamp in the spare room", home)
    assert unnamed_choice(home, clause) is None


def test_the_question_lists_a_few_names_or_asks_for_one() -> None:
    """A short choice is read out; a long one asks for a name or a room."""
    assert which_one("lock", ["Porch Deadbolt", "Patio door lock"], ENGLISH) == (
        "Which lock do you mean: the Porch Deadbolt or the Patio door lock?"
    )
    assert which_one("light", [f"Lamp {n}" for n in range(7)], ENGLISH) == (
        "There are 7 of those. Which light do you mean, by its name or its room?"
    )


def test_el_ventilador_is_a_fan_never_a_thermostat() -> None:
    """Pon el ventilador al 40 %: the fans, never a question between thermostats."""
    areas = {
        "baño": HomeArea("baño", "Baño", (), ()),
        "sala": HomeArea("sala", "Sala", (), ()),
    }
    home = Home(
        entities=(
            home_entity("climate.split", "Aire acondicionado", "sala", areas),
            home_entity("climate.radiador", "Radiador", "baño", areas),
            home_entity("fan.techo", "Ventilador de techo", "sala", areas),
            home_entity("fan.extractor", "Extractor", "baño", areas),
        ),
        areas=tuple(areas.values()),
    )
    for text in ("Pon el ventilador al cuarenta por ciento", "Apaga el ventilador"):
        clause = read(text, home, table_for("es")).clauses[0]
        choice = unnamed_choice(home, clause)
        asked = set() if choice is None else {e.domain for e in choice[1]}
        offered = {e.domain for e in shortlist(home, clause).entities}
        assert asked <= {"fan"}
        assert offered == {"fan"}


_STATES = {
    "climate.lounge_ac": "cool",
    "climate.bedroom_ac": "off",
    "media_player.speaker": "playing",
    "media_player.tv": "off",
}
_PAIRS = Home(
    entities=(
        _entity("climate.lounge_ac", "Lounge AC", "snug"),
        _entity("climate.bedroom_ac", "Bedroom AC", "loft"),
        _entity("media_player.speaker", "Sonos", "snug", "speaker"),
        _entity("media_player.tv", "Samsung", "hall", "tv"),
    ),
    areas=tuple(_AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # One of the two is what the command would change: that one, no question.
        ("turn off the AC", {"climate.lounge_ac"}),
        ("turn on the AC", {"climate.bedroom_ac"}),
        ("skip the song", {"media_player.speaker"}),
        # "Music" names the speakers, it asks for no playing: pausing, the one playing.
        ("pause the music", {"media_player.speaker"}),
        # Two actions said ("play" and "next"): which would change is not known.
        ("play the next song", {"media_player.speaker", "media_player.tv"}),
        # A room the home does not have: still asked, never another room's.
        ("turn on the AC in the sunroom", {"climate.lounge_ac", "climate.bedroom_ac"}),
        # A value to set changes either: still asked.
        ("set the AC to 21", {"climate.lounge_ac", "climate.bedroom_ac"}),
    ],
)
def test_the_one_a_command_would_change_is_the_one_meant(
    text: str, left: set[str]
) -> None:
    """Two air conditioners, one on: "turn off the AC" is the one on."""
    clause = read_clause(text, _PAIRS)
    choice = unnamed_choice(_PAIRS, clause)
    assert choice is not None
    found = still_to_do(choice[1], clause, _STATES.get)
    assert {e.entity_id for e in found} == left


_ROOMS = {
    "bagno": HomeArea("bagno", "Bagno", (), ()),
    "soggiorno": HomeArea("soggiorno", "Soggiorno", (), ()),
}
_WARMED = Home(
    entities=(
        thermostat("climate.bagno", "Termosifone bagno", "bagno", _ROOMS),
        thermostat("climate.soggiorno", "Termostato", "soggiorno", _ROOMS),
        home_entity("light.bagno", "Luce bagno", "bagno", _ROOMS),
    ),
    areas=tuple(_ROOMS.values()),
)


@pytest.mark.parametrize(
    ("code", "text", "satellite", "asked"),
    [
        # Nothing named but a value several devices take: which one?
        ("it", "metti ventidue gradi", None, True),
        ("nl", "zet hem wat hoger", None, True),
        ("en", "set it to 22 degrees", None, True),
        ("en", "turn it up", None, True),
        # One of them in the satellite's room: that one, no question.
        ("it", "metti ventidue gradi", "Bagno", False),
        # A word of a name or a room, or a kind said: the reading goes on as before.
        ("it", "metti il bagno a ventidue gradi", None, False),
        ("en", "set the termostato to 22 degrees", None, False),
        # A thing the home lacks is refused, not asked about.
        ("en", "set the fridge to 4 degrees", None, False),
    ],
)
def test_a_command_naming_no_device_asks_which(
    code: str, text: str, satellite: str | None, asked: bool
) -> None:
    """A command that names no device ("metti ventidue gradi") asks which one."""
    language = table_for(code)
    clause = read(text, _WARMED, language).clauses[0]
    choice = named_by_nothing(_WARMED, clause, [satellite] if satellite else [])
    assert (choice is not None) is asked
    if choice is not None:
        assert choice[0] == language.replies["device"]
        assert {"climate.bagno", "climate.soggiorno"} <= {
            e.entity_id for e in choice[1]
        }


def test_a_command_naming_no_device_asks_which_of_the_rooms_two() -> None:
    """Said in a kitchen of two lights: "turn that down to 20 percent": which one."""
    areas = {"kitchen": HomeArea("kitchen", "Kitchen", (), ())}
    home = Home(
        entities=(
            home_entity("light.ceiling", "Kitchen Light", "kitchen", areas),
            home_entity("light.worktop", "Worktop Lights", "kitchen", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read("Turn that down to 20 percent", home, table_for("en")).clauses[0]
    choice = named_by_nothing(home, clause, ["Kitchen"])
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {"light.ceiling", "light.worktop"}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("it", "metti il termostato a 20,5"),
        ("it", "alza il termostato"),
    ],
)
def test_the_thermostat_is_the_one_called_so(code: str, text: str) -> None:
    """The thermostat of a "Termostato" and radiator valves: that one, no question."""
    clause = read(text, _WARMED, table_for(code)).clauses[0]
    assert unnamed_choice(_WARMED, clause) is None
    offered = shortlist(_WARMED, clause).entities
    assert [e.entity_id for e in offered] == ["climate.soggiorno"]


_BEDROOM = {"bedroom": HomeArea("bedroom", "Main Bedroom", (), ())}
_LIGHTS = Home(
    entities=(
        home_entity("light.bedroom_light", "Bedroom Light", "bedroom", _BEDROOM),
        home_entity("light.priyas_lamp", "Priya's Lamp", "bedroom", _BEDROOM),
        home_entity("light.liams_lamp", "Liam's Lamp", "bedroom", _BEDROOM),
    ),
    areas=tuple(_BEDROOM.values()),
)
_ALL_LIGHTS = [e.entity_id for e in _LIGHTS.entities]
_LIT = {
    "light.bedroom_light": "on",
    "light.priyas_lamp": "off",
    "light.liams_lamp": "off",
}


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # Said to the bedroom's satellite, the one light on is the one to turn off.
        ("turn the light off", {"light.bedroom_light"}),
        # Two of three would change: all three are offered, as before.
        ("turn the light on", set(_ALL_LIGHTS)),
        # "All", and a question, are not narrowed.
        ("turn off all the lights", set(_ALL_LIGHTS)),
        ("is the light on", set(_ALL_LIGHTS)),
    ],
)
def test_one_device_asked_for_is_the_one_the_command_changes(
    text: str, offered: set[str]
) -> None:
    """Of a room's lights, the one a command for one would change is offered alone."""
    clause = read_clause(text, _LIGHTS)
    found = the_one_it_changes(
        _LIGHTS, shortlist(_LIGHTS, clause, ["Main Bedroom"]), clause, _LIT.get
    )
    assert {e.entity_id for e in found.entities} == offered


def test_cambia_canzone_is_the_player_playing() -> None:
    """Said: "Cambia canzone": the next song on the one player playing."""
    clause = read("cambia canzone", _PAIRS, table_for("it")).clauses[0]
    players = [e for e in _PAIRS.entities if e.domain == "media_player"]
    found = still_to_do(players, clause, _STATES.get)
    assert [e.entity_id for e in found] == ["media_player.speaker"]


def test_whose_lamp_is_said_not_which_one_is_on() -> None:
    """Said "Cut my lamp off" of two lamps, one on: asked whose, never the one on."""
    areas = {"master": HomeArea("master", "Master Bedroom", (), ())}
    home = Home(
        entities=(
            home_entity("light.hers", "Tammy's Lamp", "master", areas),
            home_entity("light.his", "Darrell's Lamp", "master", areas),
        ),
        areas=tuple(areas.values()),
    )
    states = {"light.hers": "on", "light.his": "off"}
    clause = read_clause("Cut my lamp off", home)
    assert len(still_to_do(list(home.entities), clause, states.get)) == 2
    clause = read_clause("Cut the lamp off", home)
    found = still_to_do(list(home.entities), clause, states.get)
    assert [e.entity_id for e in found] == ["light.hers"]


def test_a_name_two_rooms_share_is_asked_about_whichever_is_on() -> None:
    """Said "Put the big light on" from a third room: asked, never the one off."""
    areas = {
        code: HomeArea(code, name, (), ())
        for code, name in (
            ("front", "Front Room"),
            ("bed", "Bedroom"),
            ("wee", "Box Room"),
        )
    }
    home = Home(
        entities=(
            replace(
                home_entity("light.front", "Front Room Light", "front", areas),
                aliases=("big light",),
            ),
            replace(
                home_entity("light.bed", "Bedroom Light", "bed", areas),
                aliases=("big light",),
            ),
            home_entity("light.wee", "Box Room Light", "wee", areas),
        ),
        areas=tuple(areas.values()),
    )
    states = {"light.front": "on", "light.bed": "off", "light.wee": "off"}
    clause = read_clause("Put the big light on", home)
    choice = unnamed_choice(home, clause, ["Box Room"])
    assert choice is not None
    assert len(still_to_do(choice[1], clause, states.get)) == 2


def test_two_alike_in_the_satellites_room_are_asked_about() -> None:
    """Said "Turn on the bedside lamp" in a bedroom with two: which one."""
    areas = {"bed": HomeArea("bed", "Bedroom", (), ())}
    home = Home(
        entities=(
            home_entity("light.anke", "Anke's Bedside Lamp", "bed", areas),
            home_entity("light.jens", "Jens's Bedside Lamp", "bed", areas),
            home_entity("light.ceiling", "Bedroom Ceiling Light", "bed", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("turn on the bedside lamp", home)
    choice = unnamed_choice(home, clause, ["Bedroom"])
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {"light.anke", "light.jens"}
    # "The light": the room's, no question.
    assert (
        unnamed_choice(home, read_clause("turn on the light", home), ["Bedroom"])
        is None
    )


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Two lamps in the room and a ceiling light: which lamp.
        ("turn on the lamp", {"light.marisol", "light.danny"}),
        # The ceiling light is the one called so; the room's light, the model's.
        ("turn on the ceiling light", None),
        ("turn on the light", None),
    ],
)
def test_the_kind_word_two_in_the_room_are_called_is_asked_about(
    text: str, asked: set[str] | None
) -> None:
    """Said "Turn on the lamp" in a bedroom with two lamps: which one, never a guess."""
    areas = {
        "bed": HomeArea("bed", "Master Bedroom", (), ()),
        "den": HomeArea("den", "Den", (), ()),
    }
    home = Home(
        entities=(
            home_entity("light.marisol", "Marisol's Lamp", "bed", areas),
            home_entity("light.danny", "Danny's Lamp", "bed", areas),
            home_entity("light.ceiling", "Ceiling Light", "bed", areas),
            home_entity("light.floor", "Floor Lamp", "den", areas),
        ),
        areas=tuple(areas.values()),
    )
    choice = unnamed_choice(home, read_clause(text, home), ["Master Bedroom"])
    assert (None if choice is None else {e.entity_id for e in choice[1]}) == asked


def test_a_kind_the_satellites_room_has_is_its_own_not_another_called_so() -> None:
    """Said "Turn on the AC" in the casita: its mini split, not the house's "AC"."""
    areas = {
        "hall": HomeArea("hall", "Hallway", (), ()),
        "casita": HomeArea("casita", "Casita", (), ()),
    }
    home = Home(
        entities=(
            replace(
                thermostat(
                    "climate.house", "Thermostat", "hall", areas, ("off", "cool")
                ),
                aliases=("AC",),
            ),
            replace(
                thermostat(
                    "climate.casita",
                    "Casita Mini Split",
                    "casita",
                    areas,
                    ("off", "cool"),
                ),
                aliases=("Nana's AC",),
            ),
            # A climate device called otherwise: "AC" tells the others from it.
            thermostat(
                "climate.cooler", "Swamp Cooler", "hall", areas, ("off", "cool")
            ),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("turn on the AC", home)
    offered = shortlist(home, clause, ["Casita"]).entities
    assert [e.entity_id for e in offered] == ["climate.casita"]
    # From another room, the house's AC.
    offered = shortlist(home, clause, ["Hallway"]).entities
    assert [e.entity_id for e in offered] == ["climate.house"]


_KITCHEN = {"kitchen": HomeArea("kitchen", "Cuisine", (), ())}
_PAUSABLE = Home(
    entities=(
        home_entity(
            "media_player.sonos",
            "Sonos",
            "kitchen",
            _KITCHEN,
            "speaker",
            attributes={"supported_features": 1 | 4 | 16384},
        ),
        home_entity(
            "vacuum.robert",
            "Robert",
            "kitchen",
            _KITCHEN,
            attributes={"supported_features": 4 | 8 | 16 | 8192},
        ),
    ),
    areas=tuple(_KITCHEN.values()),
)


@pytest.mark.parametrize(("code", "text"), [("fr", "mets pause"), ("en", "pause")])
def test_a_verb_alone_is_of_the_devices_it_would_change(code: str, text: str) -> None:
    """Said "Mets pause" where the speaker plays and the robot is docked: the speaker."""
    clause = read(text, _PAUSABLE, table_for(code)).clauses[0]
    states = {"media_player.sonos": "playing", "vacuum.robert": "docked"}
    offered = shortlist(_PAUSABLE, clause, ["Cuisine"])
    assert {e.entity_id for e in offered.entities} == {
        "media_player.sonos",
        "vacuum.robert",
    }
    found = the_one_it_changes(_PAUSABLE, offered, clause, states.get)
    assert [e.entity_id for e in found.entities] == ["media_player.sonos"]
    # Both busy: both are still offered.
    found = the_one_it_changes(
        _PAUSABLE, offered, clause, {**states, "vacuum.robert": "cleaning"}.get
    )
    assert len(found.entities) == 2


def test_one_on_is_no_answer_where_another_of_the_kind_is_on_too() -> None:
    """Said "astuta u condizionatore": Salvo's split is on, and so is the nonna's."""
    rooms = {
        code: HomeArea(code, name, (), ())
        for code, name in (("salvo", "Stanza Salvo"), ("nonna", "Stanza Nonna"))
    }
    modes = ("off", "cool", "dry")
    home = Home(
        entities=(
            thermostat("climate.salvo", "Condizionatore Salvo", "salvo", rooms, modes),
            thermostat("climate.salone", "Condizionatore salone", None, rooms, modes),
            thermostat("climate.nonna", "Climatizzatore Nonna", "nonna", rooms, modes),
        ),
        areas=tuple(rooms.values()),
    )
    clause = read("astuta u condizionatore", home, table_for("it")).clauses[0]
    choice = unnamed_choice(home, clause, [])
    assert choice is not None
    states = {"climate.salvo": "cool", "climate.salone": "off", "climate.nonna": "dry"}
    assert len(one_left(home, choice[1], clause, states.get, ())) == len(choice[1])
    # The nonna's off: Salvo's is the one a "turn off" would change.
    states["climate.nonna"] = "off"
    found = one_left(home, choice[1], clause, states.get, ())
    assert [e.entity_id for e in found] == ["climate.salvo"]
