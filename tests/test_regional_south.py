"""English as the American South and Midwest, New England, Cornwall and Nigeria say it.

Read against a small home built here (no model): the command read and the devices
offered are what the user notices.
"""

from __future__ import annotations

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from .reading import read_clause, read_request
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea

AREAS = {
    "master": HomeArea("master", "Master Bedroom", (), ("Upstairs",)),
    "kitchen": HomeArea("kitchen", "Kitchen", (), ("Downstairs",)),
    "den": HomeArea("den", "Den", (), ("Downstairs",)),
}
_LIST = {"supported_features": 1 | 4}
HOME = Home(
    entities=(
        thermostat(
            "climate.master", "Master Bedroom AC", "master", AREAS, ("off", "cool")
        ),
        thermostat(
            "climate.downstairs", "Thermostat", "den", AREAS, ("off", "heat", "cool")
        ),
        home_entity(
            "sensor.freezer", "Freezer Temperature", "kitchen", AREAS, "temperature"
        ),
        home_entity(
            "sensor.outside", "Outside Temperature", None, AREAS, "temperature"
        ),
        home_entity("sensor.aqi", "Air Quality", "den", AREAS, "aqi"),
        home_entity("light.kitchen", "Kitchen Light", "kitchen", AREAS),
        home_entity(
            "media_player.kitchen",
            "Kitchen Speaker",
            "kitchen",
            AREAS,
            "speaker",
            attributes={
                "supported_features": 2048,
                "source_list": ["Cool FM", "Beat FM", "98.5 The Sports Hub"],
            },
        ),
        home_entity("lock.front", "Front Door", None, AREAS),
        home_entity("switch.gen", "Gen", None, AREAS),
        home_entity("switch.sprinklers", "Sprinklers", None, AREAS),
        home_entity("vacuum.roomba", "Roomba", None, AREAS),
        home_entity("todo.market", "Market List", None, AREAS, attributes=_LIST),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # Nigerian English: "abeg", "oya", "biko" lead in; "sharp sharp" is now.
        ("Abeg lock the front door, we're going to sleep", "lock.front"),
        ("Oya on the gen sharp sharp", "switch.gen"),
        ("Biko on the gen", "switch.gen"),
        # The American South: "cut … off", "might could", "fixing to".
        ("Cut the sprinklers off", "switch.sprinklers"),
        (
            "You might could run the Roomba, we're fixing to leave for church",
            "vacuum.roomba",
        ),
        ("Reduce the thermostat by two degrees", "climate.downstairs"),
        # The Midwest: "real quick" is no word of a device ("Pause this real quick"
        # had asked what "real quick" means).
        ("Lock the front door real quick", "lock.front"),
        ("Could you kick on the sprinklers?", "switch.sprinklers"),
        # Cornwall: "the wireless" is the radio (it had dimmed the kitchen light).
        (
            "Turn the wireless in the kitchen down to twenty percent",
            "media_player.kitchen",
        ),
    ],
)
def test_regional_requests_are_commands(text: str, offered: str) -> None:
    """Said: "Oya on the gen sharp sharp": a command, every word understood."""
    clause = read_clause(text, HOME)
    assert clause.command
    assert not clause.unknown
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == [offered]


@pytest.mark.parametrize(
    "text", ["Put on Cool FM in the kitchen", "Put on the Sports Hub in the kitchen"]
)
def test_a_station_names_its_player(text: str) -> None:
    """Said: "Put on Cool FM in the kitchen": the kitchen's speaker, not its light.

    A station is said by its words, its frequency aside ("98.5 The Sports Hub").
    """
    clause = read_clause(text, HOME)
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == [
        "media_player.kitchen"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Abeg this room is too hot, make it cold small",
        "it's too hot, make it colder",
    ],
)
def test_a_remark_on_the_heat_names_no_thermometer(text: str) -> None:
    """Said in the bedroom: "This room is too hot, make it cold small": its AC."""
    clause = read_clause(text, HOME)
    offered = shortlist(HOME, clause, ["Master Bedroom"]).entities
    assert [e.entity_id for e in offered] == ["climate.master"]


@pytest.mark.parametrize(
    "text",
    [
        "Remove garri from the market list, we still have plenty",
        "Take the grits off the market list, Mama brought some",
    ],
)
def test_taking_an_item_off_a_list_ticks_it(text: str) -> None:
    """Said: "Take the grits off the market list": ticked off, never added."""
    clause = read_clause(text, HOME)
    assert clause.command
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"todo_complete("' in grammar
    assert '"todo_add("' not in grammar


def test_the_air_is_the_air_conditioning_and_its_quality_a_sensor() -> None:
    """Said: "Put the air on 72 downstairs": the thermostat; "how's the air quality"."""
    command = read_clause("Put the air on 22 downstairs", HOME)
    assert [e.entity_id for e in shortlist(HOME, command).entities] == [
        "climate.downstairs"
    ]
    question = read_clause("how is the air quality", HOME)
    assert [e.entity_id for e in shortlist(HOME, question).entities] == ["sensor.aqi"]


def test_this_song_is_no_word_nobody_knows() -> None:
    """Said: "Skip this song": the song playing, not a question about "this"."""
    assert not read_clause("Skip this song", HOME).unknown


_PARLOUR = {"parlour": HomeArea("parlour", "Parlour", (), ())}
PARLOUR = Home(
    entities=(
        home_entity(
            "climate.ac",
            "Parlour AC",
            "parlour",
            _PARLOUR,
            attributes={
                "hvac_modes": ["off", "cool", "fan_only"],
                "fan_modes": ["auto", "low", "high"],
                "min_temp": 16,
                "max_temp": 30,
                "supported_features": 1 | 8,
            },
        ),
        home_entity(
            "light.chandelier",
            "Parlour Chandelier",
            "parlour",
            _PARLOUR,
            attributes={"supported_color_modes": ["brightness"]},
        ),
        home_entity("light.wall", "Wall Lights", "parlour", _PARLOUR),
        home_entity("light.passage", "Passage Light", None, _PARLOUR),
    ),
    areas=tuple(_PARLOUR.values()),
)


@pytest.mark.parametrize("verb", ["Reduce", "Lower"])
def test_lowering_the_ac_by_degrees_steps_it_down(verb: str) -> None:
    """Said: "Lower the AC by two degrees": two degrees down, never its fan to "low"."""
    clause = read_clause(f"{verb} the AC by two degrees", PARLOUR)
    grammar = build_grammar(shortlist(PARLOUR, clause), clause)
    assert '("-" ("2"))' in grammar
    assert '"low"' not in grammar


def test_the_one_light_called_by_the_kind_said_is_meant() -> None:
    """Said: "Reduce the chandelier to forty percent": the one light called so."""
    clause = read_clause("Reduce the chandelier to forty percent", PARLOUR)
    assert unnamed_choice(PARLOUR, clause) is None
    assert [e.entity_id for e in shortlist(PARLOUR, clause).entities] == [
        "light.chandelier"
    ]


def test_a_verb_of_other_kinds_still_asks_which_tv() -> None:
    """Said (New England): "Shut the TV off" with two TVs on asks which, never picks.

    "Shut" is a verb of closing, but the words say a TV.
    """
    areas = {
        "parlor": HomeArea("parlor", "Parlor", (), ()),
        "bedroom": HomeArea("bedroom", "Bedroom", (), ()),
    }
    home = Home(
        (
            home_entity("media_player.parlor", "Parlor TV", "parlor", areas, "tv"),
            home_entity("media_player.bedroom", "Bedroom TV", "bedroom", areas, "tv"),
        ),
        tuple(areas.values()),
    )
    choice = unnamed_choice(home, read_clause("Shut the TV off", home))
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {
        "media_player.parlor",
        "media_player.bedroom",
    }


def test_the_fan_of_a_mini_split_set_to_low_is_its_speed() -> None:
    """Said: "Turn the fan on the mini-split down to low": its fan, never fan only."""
    split = home_entity(
        "climate.split",
        "Mini-Split",
        None,
        {},
        attributes={
            "hvac_modes": ["off", "heat", "cool", "fan_only"],
            "fan_modes": ["auto", "low", "high"],
            "min_temp": 16,
            "max_temp": 30,
            "supported_features": 1 | 8,
        },
    )
    home = Home((split,), ())
    clause = read_clause("Turn the fan on the mini-split down to low", home)
    grammar = build_grammar(home, clause)
    assert '"low"' in grammar
    assert '"fan_only"' not in grammar
    # The fan alone, no speed said: the fan-only mode.
    fan_only = read_clause("set the mini-split to fan", home)
    assert '"fan_only"' in build_grammar(home, fan_only)


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("Set the alarm, we're fixing to leave", "Set the alarm, we're leaving"),
        ("Mash the button on the coffee pot", "turn on the coffee pot"),
        (
            "Crank the kitchen light up all the way",
            "Crank the kitchen light up to 100 percent",
        ),
    ],
)
def test_southern_wordings_are_read_as_meant(text: str, read_as: str) -> None:
    """Said: "we're fixing to leave": away; "mash the button on": on."""
    home = Home(
        entities=(
            *HOME.entities,
            home_entity("switch.coffee_pot", "Coffee Pot", "kitchen", AREAS),
        ),
        areas=HOME.areas,
    )
    clause = read_clause(text, home)
    assert clause.text == read_as
    assert clause.command


def test_yall_is_nobody_s_all() -> None:
    """Said: "Cut the light off, y'all need to get to bed": one light, not every."""
    clause = read_clause("Cut the kitchen light off, y'all need to get to bed", HOME)
    assert not clause.every
    assert not clause.unknown


def test_cant_see_names_no_can_lights() -> None:
    """Said in the den: "It's dark in here, I can't see nothing": its light."""
    home = Home(
        entities=(
            *HOME.entities,
            home_entity("light.den", "Den Lamp", "den", AREAS),
            home_entity("light.cans", "Can Lights", "kitchen", AREAS),
        ),
        areas=HOME.areas,
    )
    clause = read_clause("It's dark in here, I can't see nothing", home)
    assert clause.comfort
    assert not clause.every
    offered = shortlist(home, clause, ["Den"]).entities
    assert [e.entity_id for e in offered] == ["light.den"]


def test_a_station_said_without_its_frequency_names_its_player() -> None:
    """Said: "Put Kicks on in the kitchen": the speaker's "Kicks 101.5", no light."""
    home = Home(
        entities=(
            *HOME.entities,
            home_entity(
                "media_player.sonos",
                "Sonos",
                "kitchen",
                AREAS,
                "speaker",
                attributes={
                    "supported_features": 2048,
                    "source_list": ["WSB 95.5", "Kicks 101.5", "V-103"],
                },
            ),
        ),
        areas=HOME.areas,
    )
    clause = read_clause("Put Kicks on in the kitchen", home)
    offered = shortlist(home, clause).entities
    assert [e.entity_id for e in offered] == ["media_player.sonos"]
    assert "Kicks 101.5" in build_grammar(shortlist(home, clause), clause)


def test_a_remark_after_a_mode_put_is_no_step() -> None:
    """Said: "Put the AC on dry, it's sticky up there": dry, never a step "up"."""
    request = read_request(
        "Put the master bedroom AC on dry, it's sticky up there", HOME
    )
    assert [c.text for c in request.clauses] == ["Put the master bedroom AC on dry"]
    grammar = build_grammar(shortlist(HOME, request.clauses[0]), request.clauses[0])
    assert "climate_step(" not in grammar


def test_a_percent_said_to_a_thermostat_is_no_degree_nor_on() -> None:
    """Said: "drop the humidity on the thermostat five percent": no degrees, no "on"."""
    home = Home(
        entities=(
            home_entity(
                "climate.humid",
                "Thermostat",
                "den",
                AREAS,
                attributes={
                    "hvac_modes": ["off", "cool", "heat"],
                    "fan_modes": ["auto", "on"],
                    "min_temp": 45,
                    "max_temp": 90,
                    "temperature": 75,
                    "supported_features": 1 | 8,
                },
            ),
        ),
        areas=HOME.areas,
    )
    clause = read_clause(
        "It's muggy in here, drop the humidity on the thermostat five percent", home
    )
    grammar = build_grammar(shortlist(home, clause), clause)
    for call in ("climate_step(", "climate_temp(", "turn_on(", '"on"'):
        assert call not in grammar


@pytest.mark.parametrize("text", ["Asante sana", "Poa, asante"])
def test_kenyan_thanks_are_welcomed(text: str) -> None:
    """Said: "Asante sana": thanked back, nothing done."""
    assert read_request(text, HOME).closing == "welcome"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Set the alarm, we're going to church", '"away"'),
        ("Set the alarm, we're going to bed", '"night"'),
    ],
)
def test_a_remark_says_the_mode_the_alarm_is_set_in(text: str, mode: str) -> None:
    """Said: "Set the alarm, we're going to church": armed away."""
    home = Home(entities=(*HOME.entities, alarm_panel(AREAS)), areas=HOME.areas)
    clause = read_clause(text, home)
    grammar = build_grammar(shortlist(home, clause), clause)
    assert "alarm_arm(" in grammar
    assert mode in grammar
