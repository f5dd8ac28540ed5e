"""English as Northern England and Canada say it to a satellite.

Read against a small home built here (no model): the command read and the devices
offered are what the user notices.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from .reading import read_clause
from custom_components.llm_home.agent.asked import stepped_only
from custom_components.llm_home.agent.described import describes_a_device
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.replies import answer
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import table_for

AREAS = {"front": HomeArea("front", "Front Room", (), ())}
HOME = Home(
    entities=(
        home_entity("light.big", "Big Light", "front", AREAS),
        thermostat("climate.heating", "Heating", None, AREAS, ("off", "heat", "auto")),
        home_entity("lock.front", "Front Door", "front", AREAS),
        home_entity("lock.back", "Back Door", None, AREAS),
        home_entity("todo.shopping", "Shopping List", None, AREAS),
        home_entity("valve.sprinklers", "Sprinklers", None, AREAS, "water"),
        home_entity("lawn_mower.mower", "Mower", None, AREAS),
        home_entity(
            "fan.pedestal",
            "Pedestal Fan",
            "front",
            AREAS,
            attributes={"supported_features": 2 | 16 | 32},
        ),
        home_entity(
            "media_player.telly",
            "Lounge TV",
            "front",
            AREAS,
            "tv",
            attributes={"supported_features": 2048, "source_list": ["Netflix", "Kayo"]},
        ),
        home_entity(
            "media_player.speaker",
            "Kitchen Speaker",
            None,
            AREAS,
            "speaker",
            attributes={
                "supported_features": 2048,
                "source_list": ["triple j", "B105"],
            },
        ),
        alarm_panel(AREAS),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "read_as", "offered"),
    [
        ("knock the big light off", "turn the big light off", "light.big"),
        ("knock the heating on", "turn the heating on", "climate.heating"),
        # The timer is the heating's schedule: its auto mode.
        (
            "put the heating back on the timer",
            "put the heating back on auto",
            "climate.heating",
        ),
    ],
)
def test_northern_english_is_read_as_meant(
    text: str, read_as: str, offered: str
) -> None:
    """Said: "Knock the big light off": turned off, as "turn" says."""
    clause = read_clause(text, HOME)
    assert clause.text == read_as
    assert clause.command
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == [offered]


def test_lock_up_love_is_every_lock() -> None:
    """Said: "Lock up, love, we're off to bed": both locks, no question."""
    clause = read_clause("lock up, love, we're off to bed", HOME)
    assert clause.every
    assert not clause.unknown
    offered = {e.entity_id for e in shortlist(HOME, clause).entities}
    assert offered == {"lock.front", "lock.back"}


@pytest.mark.parametrize(
    "text",
    ["what do we need from the shops?", "What do we need from Woolies?"],
)
def test_what_we_need_from_the_shops_is_the_shopping_list(text: str) -> None:
    """Said: "What do we need from Woolies?": the list is read, nothing added."""
    clause = read_clause(text, HOME)
    assert clause.question
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == ["todo.shopping"]


def test_the_lawns_cooked_is_why_not_a_mower_to_start() -> None:
    """Said: "Turn the sprinklers on, the lawn's cooked": the sprinklers, only."""
    request = read("Turn the sprinklers on, the lawn's cooked", HOME, table_for("en"))
    assert [c.text for c in request.clauses] == ["Turn the sprinklers on"]
    offered = shortlist(HOME, request.clauses[0]).entities
    assert [e.entity_id for e in offered] == ["valve.sprinklers"]


def test_heading_off_arms_the_alarm_away() -> None:
    """Said: "Put the alarm on, we're heading off": armed away, one command."""
    request = read("Put the alarm on, we're heading off", HOME, table_for("en"))
    assert len(request.clauses) == 1
    grammar = build_grammar(shortlist(HOME, request.clauses[0]), request.clauses[0])
    assert '"away"' in grammar
    assert '"night"' not in grammar


def test_off_out_arms_the_alarm_away() -> None:
    """Said: "Set the alarm, we're off out": away; "turn out" says no mode."""
    clause = read_clause("set the alarm, we're off out", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"away"' in grammar
    assert '"night"' not in grammar


@pytest.mark.parametrize(
    ("code", "on", "off"),
    [
        ("en", "The Dryer is running.", "The Dryer is not running."),
        ("de", "Dryer ist in Betrieb.", "Dryer ist nicht in Betrieb."),
    ],
)
def test_a_running_sensor_is_said_running(code: str, on: str, off: str) -> None:
    """Asked "is the dryer done?": running or not, never "on"."""
    for state, said in (("on", on), ("off", off)):
        dryer = {
            "name": "Dryer",
            "domain": "binary_sensor",
            "state": state,
            "device_class": "running",
        }
        assert answer(dryer, table_for(code)) == said


def test_a_source_said_is_switched_to_not_a_plain_on() -> None:
    """Said: "Put Kayo on the telly": its source; "chuck triple j on": the speaker's."""
    clause = read_clause("Put Kayo on the telly, the Broncos are on", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"Kayo"' in grammar
    assert "turn_on(" not in grammar
    clause = read_clause("Chuck triple j on in the kitchen", HOME)
    offered = shortlist(HOME, clause)
    assert [e.entity_id for e in offered.entities] == ["media_player.speaker"]
    assert describes_a_device(offered, clause)


def test_a_fan_got_going_and_had_swing_is_on_and_oscillating() -> None:
    """Said: "Get the pedestal fan going and have it swing side to side": both."""
    request = read(
        "Get the pedestal fan going and have it swing side to side",
        HOME,
        table_for("en"),
    )
    first, second = request.clauses
    assert "turn_on(" in build_grammar(shortlist(HOME, first), first)
    assert second.text == "make it oscillate"


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("G'day, how ya going?", "greeting"),
        ("G'day mate", "greeting"),
        # Hawaii: "Eh, howzit", "Mahalo!".
        ("Eh, howzit", "greeting"),
        ("Mahalo!", "welcome"),
    ],
)
def test_gday_is_greeted_back(text: str, closing: str) -> None:
    """Said: "G'day, how ya going?": greeted, nothing done; "Mahalo!" thanked."""
    assert read(text, HOME, table_for("en")).closing == closing


@pytest.mark.parametrize(
    ("text", "command", "offered"),
    [
        # "Get" after a pause acts on nothing the home has: a remark.
        (
            "Roll down the blinds, get one big rain coming",
            "Roll down the blinds",
            {"cover.blinds"},
        ),
        (
            "Run Lolo, get sand all over from the beach",
            "Run Lolo",
            {"vacuum.lolo"},
        ),
        # What "it" stands for, said before the command: no command of its own.
        (
            "The kids left the big light on again, shut it off",
            "shut it off, The kids left the big light on again",
            {"light.big"},
        ),
        # What is left out, said first.
        (
            "Except the big light, turn off all the lights",
            "turn off all the lights",
            {"light.lamp"},
        ),
    ],
)
def test_said_beside_the_command_is_no_command(
    text: str, command: str, offered: set[str]
) -> None:
    """One command is read, and only its devices are offered."""
    areas = {"front": HomeArea("front", "Front Room", (), ())}
    home = Home(
        entities=(
            *HOME.entities,
            home_entity("light.lamp", "Lamp", "front", areas),
            home_entity("vacuum.lolo", "Lolo", "front", areas),
            home_entity(
                "cover.blinds",
                "Blinds",
                "front",
                areas,
                attributes={"supported_features": 3},
            ),
        ),
        areas=HOME.areas,
    )
    request = read(text, home, table_for("en"))
    assert [c.text.strip() for c in request.clauses] == [command]
    clause = request.clauses[0]
    assert {e.entity_id for e in shortlist(home, clause).entities} == offered


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("Switch aff the big light", "Switch off the big light"),
        ("Turn aff all the lights up the stair", "Turn off all the lights upstairs"),
        ("Pit the heating up tae 21", "put the heating up to 21"),
        (
            "Knock the heating doon a couple of degrees",
            "turn the heating down 2 degrees",
        ),
    ],
)
def test_scots_as_typed_is_read_as_meant(text: str, read_as: str) -> None:
    """Said: "Switch aff the big light": off; "doon a couple of degrees": a step."""
    clause = read_clause(text, HOME)
    assert clause.text == read_as
    assert clause.command


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("hoy the big light on", "put the big light on"),
        ("it's pitch black in here", "turn on the lights it's dark in here"),
    ],
)
def test_geordie_as_typed_is_read_as_meant(text: str, read_as: str) -> None:
    """Said: "Hoy the big light on": put on; "it's pitch black in here": too dark."""
    clause = read_clause(text, HOME)
    assert clause.text == read_as
    assert clause.command


def test_gannin_oot_arms_the_alarm_away() -> None:
    """Said: "Set the alarm, we're gannin oot": away, never night."""
    clause = read_clause("Set the alarm, we're gannin oot", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"away"' in grammar
    assert '"night"' not in grammar


def test_divvent_touch_leaves_the_big_light_as_it_is() -> None:
    """Said: "Turn the heating off, divvent touch the big light": the light stays."""
    request = read(
        "Turn the heating off, divvent touch the big light", HOME, table_for("en")
    )
    assert len(request.clauses) == 1
    offered = shortlist(HOME, request.clauses[0]).entities
    assert [e.entity_id for e in offered] == ["climate.heating"]


def test_a_couple_of_degrees_doon_is_a_step_never_two_degrees() -> None:
    """Said: "Knock the heating doon a couple of degrees": down by 2, never to 2."""
    clause = read_clause("Knock the heating doon a couple of degrees", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert "climate_step(" in grammar
    assert "climate_temp(" not in grammar


def test_naw_youre_alright_closes() -> None:
    """Said: "Naw, you're alright": nothing is wanted."""
    assert read("Naw, you're alright", HOME, table_for("en")).closing == "okay"


_LAMPS = {
    "bedroom": HomeArea("bedroom", "Bedroom", (), ()),
    "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
    "front": HomeArea("front", "Front Room", (), ()),
}
_LAMP_HOME = Home(
    entities=(
        home_entity("light.bedroom", "Bedroom Light", "bedroom", _LAMPS),
        home_entity("light.hers", "Kirsty's Lamp", "bedroom", _LAMPS),
        home_entity("light.his", "Darren's Lamp", "bedroom", _LAMPS),
        home_entity("light.kitchen", "Kitchen Light", "kitchen", _LAMPS),
        home_entity("light.worktop", "Worktop Lights", "kitchen", _LAMPS),
        home_entity("light.standard", "Standard Lamp", "front", _LAMPS),
    ),
    areas=tuple(_LAMPS.values()),
)


def test_the_lamp_in_a_room_of_two_lamps_is_asked_about() -> None:
    """Said: "Put the lamp on in the bedroom": which of its two lamps."""
    clause = read_clause("Put the lamp on in the bedroom", _LAMP_HOME)
    choice = unnamed_choice(_LAMP_HOME, clause)
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {"light.hers", "light.his"}


def test_the_lamp_said_in_a_room_without_one_is_no_light_of_it() -> None:
    """Said in the kitchen: "Put the lamp on": which lamp, never its lights."""
    clause = read_clause("Put the lamp on", _LAMP_HOME)
    choice = unnamed_choice(_LAMP_HOME, clause, ["Kitchen"])
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {
        "light.hers",
        "light.his",
        "light.standard",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Put the pedestal fan on and make it go side tae side",
        "Put the pedestal fan on and make it go side to side",
    ],
)
def test_side_to_side_is_oscillating(text: str) -> None:
    """Said: "make it go side tae side": oscillate, the fan turned on before."""
    request = read(text, HOME, table_for("en"))
    assert [c.text for c in request.clauses][1] == "make it oscillate"


def test_a_number_right_after_up_is_a_step() -> None:
    """Said "Bump the lamp up 20 percent": 20 more, never 20 %; "up to 80": 80 %."""
    areas = {"front": HomeArea("front", "Front Room", (), ())}
    lamp = home_entity(
        "light.lamp",
        "Lamp",
        "front",
        areas,
        attributes={"supported_color_modes": ["brightness"]},
    )
    home = Home(entities=(lamp,), areas=tuple(areas.values()))
    clause = read(
        "Bump the lamp up 20 percent, I can't see my book", home, table_for("en")
    ).clauses[0]
    grammar = build_grammar(shortlist(home, clause), clause)
    assert '("+" ("20"))' in grammar
    assert "light_level" not in grammar
    clause = read("Turn the lamp up to 80 percent", home, table_for("en")).clauses[0]
    assert '(("80"))' in build_grammar(shortlist(home, clause), clause)


def test_baseboards_but_one_left_as_they_are() -> None:
    """Said "Turn all the baseboards down to 64, but leave Theo's alone": two heaters."""
    areas = {
        area_id: HomeArea(area_id, name, (), ())
        for area_id, name in (("theo", "Theo's Room"), ("ava", "Ava's Room"))
    }
    home = Home(
        entities=(
            thermostat("climate.theo", "Theo's Heater", "theo", areas, ("off", "heat")),
            thermostat("climate.ava", "Ava's Heater", "ava", areas, ("off", "heat")),
            home_entity("light.ava", "Ava's Light", "ava", areas),
        ),
        areas=tuple(areas.values()),
    )
    text = "Turn all the baseboards down to 64, but leave Theo's alone"
    clause = read(text, home, table_for("en")).clauses[0]
    assert {e.entity_id for e in shortlist(home, clause).entities} == {"climate.ava"}


def test_every_humidifier_is_the_plugs_named_so_too() -> None:
    """Said "turn on all the humidifiers", two of them smart plugs: both are offered."""
    areas = {"front": HomeArea("front", "Front Room", (), ())}
    home = Home(
        entities=(
            home_entity("switch.nana", "Nana's Humidifier", "front", areas),
            home_entity("switch.lounge", "Lounge Humidifier", "front", areas),
            home_entity("switch.kettle", "Kettle", "front", areas),
            home_entity("light.humidifier", "Humidifier Light", "front", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read("Turn on all the humidifiers", home, table_for("en")).clauses[0]
    offered = {e.entity_id for e in shortlist(home, clause).entities}
    assert offered == {"switch.nana", "switch.lounge"}


def test_a_light_named_for_a_thing_is_no_such_thing() -> None:
    """Said "turn off the TV": the TV, never the light behind it called "TV Backlight"."""
    areas = {"front": HomeArea("front", "Front Room", (), ())}
    home = Home(
        entities=(
            home_entity("media_player.tv", "Lounge TV", "front", areas, "tv"),
            home_entity("light.backlight", "TV Backlight", "front", areas),
        ),
        areas=tuple(areas.values()),
    )
    for text, offered in (
        ("Turn off the TV", {"media_player.tv"}),
        ("Turn off the TV backlight", {"light.backlight"}),
    ):
        clause = read(text, home, table_for("en")).clauses[0]
        assert {e.entity_id for e in shortlist(home, clause).entities} == offered


def test_the_grocery_list_is_the_shopping_list() -> None:
    """Said "add oat milk to the grocery list": the Shopping List, never Costco."""
    home = Home(
        entities=(
            home_entity(
                "todo.shopping",
                "Shopping List",
                None,
                {},
                attributes={"supported_features": 1},
            ),
            home_entity(
                "todo.costco", "Costco", None, {}, attributes={"supported_features": 1}
            ),
        ),
        areas=(),
    )
    clause = read("Add oat milk to the grocery list", home, table_for("en")).clauses[0]
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["todo.shopping"]


@pytest.mark.parametrize("them", ["um", "em", "'em"])
def test_um_after_a_verb_is_them(them: str) -> None:
    """Said in Hawaii "Pau with the TV, shut um off": the TV is the one meant."""
    clause = read(f"Pau with the TV, shut {them} off", HOME, table_for("en")).clauses[0]
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == [
        "media_player.telly"
    ]


def test_can_you_names_no_can_lights() -> None:
    """Said "Can you make the ceiling light purple": never the "can lights"."""
    areas = {"ava": HomeArea("ava", "Ava's Room", (), ())}
    home = Home(
        entities=(
            home_entity("light.ceiling", "Ava's Ceiling Light", "ava", areas),
            replace(
                home_entity("light.kitchen", "Kitchen Lights", None, areas),
                aliases=("can lights",),
            ),
        ),
        areas=tuple(areas.values()),
    )
    for text, offered in (
        ("Can you make the ceiling light purple", ["light.ceiling"]),
        ("Can you turn off the can lights", ["light.kitchen"]),
    ):
        clause = read(text, home, table_for("en")).clauses[0]
        assert [e.entity_id for e in shortlist(home, clause).entities] == offered


def test_off_out_front_is_off_not_away() -> None:
    """Said "Can you shut the string lights off out front": off; "we're off out": away."""
    assert read_clause("shut the big light off out front", HOME).text.endswith(
        "off out front"
    )
    assert "away" in read_clause("set the alarm, we're off out", HOME).text


def test_heat_the_spa_up_with_it_off_heats_at_its_setting() -> None:
    """Said "Heat the spa up, we'll jump in after tea", the spa off: heat, no step."""
    areas = {"yard": HomeArea("yard", "Backyard", (), ())}
    spa = thermostat("climate.spa", "Spa", "yard", areas, ("off", "heat"))
    home = Home(entities=(spa,), areas=tuple(areas.values()))
    clause = read_clause("Heat the spa up, we'll jump in after tea", home)
    assert stepped_only(clause)
    assert "climate_step" in build_grammar(shortlist(home, clause), clause)
    off = replace(clause, asleep=True)
    grammar = build_grammar(shortlist(home, off), off)
    assert "climate_step" not in grammar
    assert '"climate_mode(" ("Spa, " ("heat")' in grammar
    # A temperature said is the setting asked for, whatever the spa's state.
    assert not stepped_only(read_clause("Bump the spa up to 38", home))


_ROOMS = {
    area_id: HomeArea(area_id, name, aliases, ())
    for area_id, name, aliases in (
        ("master", "Master Bedroom", ("our room", "our bedroom")),
        ("ruby", "Ruby's Room", ("Ruby's bedroom",)),
        ("kai", "Kai's Room", ("Kai's bedroom",)),
        ("bath", "Bathroom", ("kids' bathroom",)),
        ("family", "Family Room", ()),
    )
}
_ROOMS_HOME = Home(
    entities=(
        *(
            home_entity(f"fan.{area_id}", f"{area.name} Fan", area_id, _ROOMS)
            for area_id, area in _ROOMS.items()
        ),
        thermostat(
            "climate.master", "Master Heater", "master", _ROOMS, ("off", "heat")
        ),
        thermostat("climate.ruby", "Ruby's Heater", "ruby", _ROOMS, ("off", "heat")),
    ),
    areas=tuple(_ROOMS.values()),
)


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # No room is the kids' rooms: "our room" and the "kids' bathroom" are none.
        ("Chuck the fans on in the kids' rooms, it's like an oven down there", set()),
        # "Our bedroom" is only "bedroom" but for "our": every room called so.
        (
            "Put off the heaters in the bedrooms, it's warm today",
            {"climate.master", "climate.ruby"},
        ),
        # Said in a row, "our room" is the master bedroom.
        ("Turn on the fan in our room", {"fan.master"}),
    ],
)
def test_rooms_said_that_no_one_room_is_called(text: str, offered: set[str]) -> None:
    """Said "…in the kids' rooms": never the master bedroom's fan ("our room")."""
    clause = read(text, _ROOMS_HOME, table_for("en")).clauses[0]
    assert {e.entity_id for e in shortlist(_ROOMS_HOME, clause).entities} == offered


def test_her_is_the_vacuum_said_before_and_on_names_no_source() -> None:
    """Said "Rosie's too loud, put her on quiet": Rosie, never the TV's "SBS On Demand"."""
    areas = {"family": HomeArea("family", "Family Room", (), ())}
    tv = home_entity(
        "media_player.tv",
        "Hisense TV",
        "family",
        areas,
        "tv",
        attributes={"supported_features": 2048, "source_list": ["SBS On Demand"]},
    )
    rosie = home_entity(
        "vacuum.rosie",
        "Rosie",
        "family",
        areas,
        attributes={"supported_features": 8, "fan_speed_list": ["quiet", "max"]},
    )
    home = Home(entities=(tv, rosie), areas=tuple(areas.values()))
    clause = read_clause("Rosie's too loud, put her on quiet", home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["vacuum.rosie"]
    on_tv = read_clause("put the TV on quiet", home)
    assert "SBS On Demand" not in build_grammar(shortlist(home, on_tv), on_tv)


@pytest.mark.parametrize(
    ("text", "offered", "not_offered"),
    [
        ("put YouTube TV on", "YouTube TV", "YouTube"),
        ("put YouTube on the TV", "YouTube", "YouTube TV"),
    ],
)
def test_an_app_said_in_full_is_never_the_shorter_one(
    text: str, offered: str, not_offered: str
) -> None:
    """Said "put YouTube TV on" (Houston): the app YouTube TV, never YouTube."""
    areas = {"living": HomeArea("living", "Living Room", (), ())}
    tv = home_entity(
        "media_player.tv",
        "Living Room TV",
        "living",
        areas,
        "tv",
        attributes={
            "supported_features": 2048,
            "source_list": ["Netflix", "YouTube TV", "YouTube"],
        },
    )
    home = Home(entities=(tv,), areas=tuple(areas.values()))
    clause = read_clause(text, home)
    grammar = build_grammar(shortlist(home, clause), clause)
    assert f'("{offered}")' in grammar
    assert f'"{not_offered}"' not in grammar
