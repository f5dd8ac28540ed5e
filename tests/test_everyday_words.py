"""Everyday wordings from homes the agent had never seen, read as their speakers meant.

Each case failed (or did something else) on a home written blind; the homes here are
others, so what is checked is the reading, not those homes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from .home_entities import alarm_panel, garage_home, home_entity, thermostat
from .reading import read_clause, read_request
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.named import says_a_name
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import leaned_on, shortlist
from custom_components.llm_home.agent.which import named_by_nothing, unnamed_choice
from custom_components.llm_home.home.actions import action_named
from custom_components.llm_home.home.services import plan, waking
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import table_for

AREAS: Mapping[str, HomeArea] = {
    "shed": HomeArea("shed", "Shed", (), ()),
    "nursery": HomeArea("nursery", "Nursery", (), ()),
    "porch": HomeArea("porch", "Porch", ("back porch",), ()),
    "den": HomeArea("den", "Den", (), ()),
}
_COOLING = ("off", "heat", "cool", "heat_cool")
HOME = Home(
    entities=(
        # Two smart plugs that Home Assistant names "<device> Space Heater".
        replace(
            home_entity("switch.plug_a", "Shed Plug Space Heater", "shed", AREAS),
            own_name="Space Heater",
        ),
        replace(
            home_entity("switch.plug_b", "Kasa Plug Space Heater", "nursery", AREAS),
            own_name="Space Heater",
        ),
        replace(
            home_entity("switch.plug_c", "Basement Plug Dehumidifier", "den", AREAS),
            own_name="Dehumidifier",
        ),
        home_entity("light.left", "Left Bedside Lamp", "nursery", AREAS),
        home_entity("light.right", "Right Bedside Lamp", "nursery", AREAS),
        home_entity("light.porch", "Porch Light", "porch", AREAS),
        home_entity("light.shed", "Shed Light", "shed", AREAS),
        home_entity(
            "vacuum.dusty", "Dusty", "den", AREAS, attributes={"supported_features": 16}
        ),
        thermostat("climate.den", "Den Thermostat", "den", AREAS, _COOLING),
        alarm_panel(AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _offered(text: str) -> list[str]:
    return [e.entity_id for e in shortlist(HOME, read_clause(text, HOME)).entities]


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # A name two plugs share is theirs with their area's.
        ("turn on the space heater in the shed", ["switch.plug_a"]),
        # A kind of device that names a plug of another kind is its name.
        ("turn off the dehumidifier", ["switch.plug_c"]),
        # "back" of the porch's alias "back porch" is the dock's word here.
        ("send Dusty back to the dock", ["vacuum.dusty"]),
        # "Both" with words of their names: the two lamps, not every light.
        ("turn off both bedside lamps", ["light.left", "light.right"]),
        # A short plural the suffix rules leave alone.
        ("switch off both the ACs", ["climate.den"]),
    ],
)
def test_the_devices_meant_are_offered(text: str, meant: list[str]) -> None:
    """The shortlist holds the devices the words mean, and no other."""
    assert _offered(text) == meant


def test_turning_on_the_air_conditioning_cools() -> None:
    """Turning on the AC sets cooling; turned on, it could come back heating."""
    clause = read_clause("turn on the AC", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"turn_on("' not in grammar
    assert '"Den Thermostat, " ("cool")' in grammar


def test_heading_out_arms_away() -> None:
    """Heading out says the home will be empty: away, never home."""
    clause = read_clause("set the alarm, we're heading out", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"away"' in grammar
    assert '"home"' not in grammar


@pytest.mark.parametrize(
    ("text", "commands"),
    [
        ("shut the heat off, it's warm enough in here", ["shut the heat off"]),
        ("it's freezing in here, turn on the heater", ["turn on the heater"]),
        ("long day, turn off the porch light", ["turn off the porch light"]),
        # What the speakers do is why, even where it says a kind ("the windows").
        (
            "turn the porch light off, we're fixing to open the windows",
            ["turn the porch light off"],
        ),
        ("pause the hoover first, I go toilet", ["pause the hoover first"]),
        ("flip the porch light on, we've got company", ["flip the porch light on"]),
        # A remark naming nothing of the home, or a lead-in, asks for nothing.
        (
            "turn off the porch light, that storm's coming in tonight",
            ["turn off the porch light"],
        ),
        # "See" means something only in "can't see" ("…, I can't see": lights on).
        (
            "turn off the porch light, the whole street can see in",
            ["turn off the porch light"],
        ),
        ("do one thing, turn off the porch light", ["turn off the porch light"]),
        # "Do me a favour" asks nothing itself; "fire up" turns on.
        (
            "do me a favour and put the porch light on, I want to read just now",
            ["please, put the porch light on"],
        ),
        ("fire up the porch light", ["turn on the porch light"]),
        # What is said of "it" after a pause is no command; a value said of it is.
        (
            "shut the porch light, somebody left it on again",
            ["turn off the porch light"],
        ),
        (
            "turn on the porch light, it should be blue",
            ["turn on the porch light, it should be blue"],
        ),
        # A value after a pause is the command's own, never a target of its own.
        (
            "put the den thermostat on heat, 24 degrees",
            ["put the den thermostat on heat, 24 degrees"],
        ),
        # A sound before the words is none: the reason stays a reason.
        (
            "ugh can you turn off the porch light, it's way too bright",
            ["ugh can you turn off the porch light"],
        ),
        # A device named and what to do with it: the remark on comfort is why.
        (
            "the den thermostat to heat, it's getting too cold in there",
            ["the den thermostat to heat"],
        ),
        (
            "it's too warm, the den thermostat to cool",
            ["the den thermostat to cool"],
        ),
        # "All the way up" is as far as it goes.
        (
            "turn the porch light all the way up",
            ["turn the porch light up to 100 percent"],
        ),
    ],
)
def test_a_reason_said_with_a_command_is_no_second_request(
    text: str, commands: list[str]
) -> None:
    """The reason beside a command is not acted on as an indirect request."""
    assert [c.text for c in read_request(text, HOME).clauses] == commands


@pytest.mark.parametrize(
    ("features", "mode"),
    [(1 | 2 | 4, "night"), (1 | 2, "home")],
)
def test_going_to_bed_arms_for_the_night(features: int, mode: str) -> None:
    """Going to bed: the night mode, or at home on a panel without one; never away."""
    panel = alarm_panel(AREAS)
    panel = replace(
        panel, attributes={**panel.attributes, "supported_features": features}
    )
    home = Home(entities=(panel,), areas=HOME.areas)
    clause = read_clause("we're going to bed, arm the alarm", home)
    grammar = build_grammar(shortlist(home, clause), clause)
    assert f'("{mode}")' in grammar
    assert '"away"' not in grammar


def test_warmer_wakes_a_thermostat_that_is_off() -> None:
    """A step up to a thermostat that is off turns its heating on; one on stays so."""
    entity = replace(
        HOME.entities[-2],
        attributes={**HOME.entities[-2].attributes, "temperature": 19},
    )
    action = action_named("climate_step")
    assert action is not None
    call = plan(action, entity, "+2")
    assert waking(call, "off").data == {"temperature": 21, "hvac_mode": "heat"}
    assert waking(call, "heat").data == {"temperature": 21}
    down = plan(action, entity, "-2")
    assert waking(down, "off").data == {"temperature": 17, "hvac_mode": "cool"}


def test_it_after_and_is_the_device_before() -> None:
    """After "and", "make it brighter" is the lamp of the command before."""
    request = read_request("turn on the left bedside lamp and make it brighter", HOME)
    first, second = request.clauses
    assert leaned_on(HOME, second, ["Left Bedside Lamp"]) == Home(
        (HOME.entities[3],), ()
    )
    assert leaned_on(HOME, first, ["Left Bedside Lamp"]) is None
    # Words that name devices of their own are read as usual.
    other = read_request("turn on the porch light and make the shed light red", HOME)
    assert leaned_on(HOME, other.clauses[1], ["Porch Light"]) is None


def test_the_longer_name_said_wins_over_an_alias_inside_it() -> None:
    """The heat pump is not the water pump, though its alias Pump is said in full."""
    areas = {"shed": AREAS["shed"], "den": AREAS["den"]}
    home = Home(
        entities=(
            replace(
                home_entity("switch.pump", "Water Pump", "shed", areas),
                aliases=("Pump",),
            ),
            thermostat("climate.a", "Den Heat Pump", "den", areas, _COOLING),
            thermostat("climate.b", "Shed Heat Pump", "shed", areas, _COOLING),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("turn on the heat pump", home)
    offered = [e.entity_id for e in shortlist(home, clause).entities]
    assert offered == ["climate.a", "climate.b"]
    assert [
        e.entity_id
        for e in shortlist(home, read_clause("turn on the pump", home)).entities
    ] == ["switch.pump"]


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("turn off the lights in the nursery", True),
        ("turn off the light in the nursery", False),
        ("turn off the lights", False),
        ("turn off the porch light and the lights in the nursery", False),
    ],
)
def test_a_kind_in_the_plural_somewhere_named_is_all_of_them(
    text: str, every: bool
) -> None:
    """The lights in the nursery are every light there, as all the lights are."""
    assert read_clause(text, HOME).every is every


def test_a_device_said_by_its_own_name_and_room_is_named() -> None:
    """Its longer name said in part ("Box Room Plug ...") never outdoes its own."""
    areas = {"box": HomeArea("box", "Box Room", (), ())}
    home = Home(
        entities=(
            replace(
                home_entity("switch.plug", "Box Room Plug Oil Heater", "box", areas),
                own_name="Oil Heater",
            ),
            home_entity("light.box", "Box Room Light", "box", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("turn on the oil heater in the box room", home)
    assert says_a_name(home, clause)
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["switch.plug"]


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        (
            "plug in the space heater in the shed",
            "turn on the space heater in the shed",
        ),
        ("unplug the dehumidifier", "turn off the dehumidifier"),
        (
            "knock the den thermostat down half a degree",
            "turn the den thermostat down 0.5 degrees",
        ),
        # "Up two degrees" heard as "up to degrees": the two, never a step of one.
        (
            "knock the den thermostat down to degrees",
            "turn the den thermostat down 2 degrees",
        ),
        ("chuck the porch light on", None),
        ("kill the porch light", None),
        # Asked as a question, meant as a request.
        ("reckon you could turn the porch light on? ta", None),
    ],
)
def test_everyday_verbs_are_commands(text: str, read_as: str | None) -> None:
    """Verbs people use at home ("chuck", "kill", "plug in") are commands."""
    clause = read_clause(text, HOME)
    assert clause.command
    assert clause.text == (read_as or text)
    if "half a degree" in text:
        assert clause.numbers == {"0.5"}
    if "to degrees" in text:
        assert clause.numbers == {"2"}


def test_all_of_a_kind_on_a_floor_is_the_floor_group() -> None:
    """All the lights upstairs is the group of the floor, never one room."""
    areas = {
        "hall": HomeArea("hall", "Hall", (), ("Ground Floor",), storey=0),
        "bed": HomeArea("bed", "Bedroom", (), ("First Floor",), storey=1),
        "bath": HomeArea("bath", "Bathroom", (), ("First Floor",), storey=1),
    }
    home = Home(
        entities=tuple(
            home_entity(f"light.{a}", f"{area.name} Light", a, areas)
            for a, area in areas.items()
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("turn off all the lights upstairs", home)
    grammar = build_grammar(shortlist(home, clause), clause)
    assert '"upstairs lights"' in grammar
    assert '"Bedroom lights"' not in grammar
    assert '"Hall Light"' not in grammar


def test_a_value_said_roughly_is_where_the_setting_ends() -> None:
    """To like forty percent ends the setting at 40, as to forty percent does."""
    clause = read_clause("turn the porch light on to like forty percent", HOME)
    assert clause.values().end_points == {"40"}
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"turn_on("' not in grammar


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("I can't see a thing in here", "turn on the lights"),
        ("it's baltic in here", "make the heating warmer"),
    ],
)
def test_everyday_complaints_are_indirect_requests(text: str, command: str) -> None:
    """What people say when the room is dark or cold asks for light or heat."""
    clause = read_clause(text, HOME)
    assert clause.comfort
    assert clause.text.startswith(command)


def test_what_is_playing_asks_the_speakers() -> None:
    """What is playing is a question about the media players."""
    assert read_clause("what's playing in the den?", HOME).kinds == {
        ("media_player", None)
    }


def test_the_heating_said_with_a_number_asks_for_no_mode() -> None:
    """Set the heating to 21.5 sets 21.5; set it to heat at 22 may set the mode."""
    temperature = read_clause("set the heating to 21.5", HOME)
    assert '"climate_mode("' not in build_grammar(
        shortlist(HOME, temperature), temperature
    )
    both = read_clause("set the den thermostat to heat at 22", HOME)
    assert '"climate_mode("' in build_grammar(shortlist(HOME, both), both)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "turn the heating down half a degree"),
        ("de", "Mach die Heizung ein halbes Grad wärmer"),
        ("fr", "monte le chauffage d'un demi-degré"),
        ("es", "sube la calefacción medio grado"),
        ("it", "alza il riscaldamento di mezzo grado"),
        ("nl", "zet de verwarming een halve graad hoger"),
        ("zh", "把暖气调高半度"),
    ],
)
def test_half_a_degree_is_a_step_of_a_half(code: str, text: str) -> None:
    """Half a degree is 0.5 in every language, never "half" (50 %)."""
    (clause,) = read(text, HOME, table_for(code)).clauses
    assert clause.numbers == {"0.5"}


def test_a_compound_of_a_kind_is_asked_about_or_all_of_them() -> None:
    """Die Deckenlampe (of three) is asked about; die Deckenlampen are all three."""
    areas = {a: HomeArea(a, a.title(), (), ()) for a in ("bad", "flur", "kueche")}
    home = Home(
        entities=tuple(
            home_entity(f"light.{a}", f"Deckenlampe {area.name}", a, areas)
            for a, area in areas.items()
        ),
        areas=tuple(areas.values()),
    )
    german = table_for("de")
    one = read("Mach die Deckenlampe an", home, german).clauses[0]
    assert unnamed_choice(home, one) is not None
    every = read("Mach die Deckenlampen aus", home, german).clauses[0]
    assert every.every
    assert len(shortlist(home, every).entities) == 3


def test_a_room_said_calls_no_device_of_its_kind() -> None:
    """Is the garage door open asks the door; the garage's light is not called so."""
    home = garage_home(("light.garage", "Garage Light"))
    clause = read_clause("is the garage door open?", home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["cover.door"]


def test_a_station_said_names_the_radio_that_has_it() -> None:
    """Put on Today FM means the one player whose sources list Today FM."""
    areas = {"den": AREAS["den"]}
    player = {"supported_features": 2048, "source_list": ["Today FM", "RTÉ Radio 1"]}
    home = Home(
        entities=(
            home_entity(
                "media_player.radio", "Kitchen Radio", "den", areas, attributes=player
            ),
            home_entity(
                "media_player.tv",
                "Den TV",
                "den",
                areas,
                attributes={
                    "supported_features": 2048,
                    "source_list": ["HDMI 1", "HDMI 2"],
                },
            ),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("put on Today FM", home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == [
        "media_player.radio"
    ]
    assert not shortlist(home, read_clause("put on 2", home)).entities
    # Said alone, the station names the radio: no question which device ("Mets
    # Canal" had asked which of the home's 20 devices).
    clause = read_clause("put Today FM on", home)
    assert unnamed_choice(home, clause) is None
    assert named_by_nothing(home, clause) is None


def test_a_reason_naming_no_device_that_changes_is_no_command() -> None:
    """In pause Dusty, I'm on the phone, the phone is no second target."""
    request = read_request("pause Dusty, I'm on the phone", HOME)
    assert len(request.clauses) == 1
    assert _offered("pause Dusty, I'm on the phone") == ["vacuum.dusty"]


def test_a_mode_said_beside_a_remark_on_comfort_is_the_mode() -> None:
    """Said "Nana's AC to just the fan, it's too cold": the fan only, not the heating."""
    home = Home(
        entities=(
            *HOME.entities,
            thermostat(
                "climate.nana",
                "Nana's AC",
                "shed",
                AREAS,
                ("off", "cool", "heat", "dry", "fan_only"),
            ),
        ),
        areas=HOME.areas,
    )
    clause = read_clause(
        "Nana's AC to just the fan, it's getting too cold in there", home
    )
    assert not clause.comfort
    grammar = build_grammar(shortlist(home, clause), clause)
    assert '"Nana\'s AC, " ("fan_only")' in grammar
    assert '"heat"' not in grammar


def test_a_value_said_that_is_no_number_is_no_default_step() -> None:
    """Heard "up to the breeze" for "up two degrees": no step of one nobody said."""
    clause = read_clause("pump mid den thermostat up to the breeze", HOME)
    assert "climate_step(" not in build_grammar(shortlist(HOME, clause), clause)
    clause = read_clause("bump the den thermostat up", HOME)
    assert '("+" ("1"))' in build_grammar(shortlist(HOME, clause), clause)


def test_the_furnace_fan_is_the_thermostats_fan_mode() -> None:
    """Said "turn the furnace fan on": the thermostat's fan, never a fan of the house.

    It had turned on the upstairs bathroom fan (Detroit).
    """
    fan_modes = {
        "hvac_modes": ["off", "heat"],
        "fan_modes": ["auto", "on"],
        "supported_features": 1 | 8,
    }
    home = Home(
        entities=(
            home_entity("climate.nest", "Nest", "den", AREAS, attributes=fan_modes),
            home_entity("fan.bath", "Bathroom Fan", "nursery", AREAS),
            home_entity("fan.hood", "Range Hood", "shed", AREAS),
        ),
        areas=tuple(AREAS.values()),
    )
    clause = read_clause("turn the furnace fan on", home)
    found = shortlist(home, clause)
    assert {e.entity_id for e in found.entities} == {"climate.nest"}
    assert '"climate_fan(" ("Nest, " ("on"))' in build_grammar(found, clause)


@pytest.mark.parametrize(
    "text",
    [
        "how warm is it in the den?",
        "How cold is it down in the den",
        "how hot is it in the den",
    ],
)
def test_how_warm_a_room_without_a_thermometer_is_its_thermostats(text: str) -> None:
    """Asked how warm a room is that has no thermometer: its thermostat's reading.

    "How warm is it down in Grandpa's place?" had found no device (Detroit).
    """
    home = Home(
        entities=(
            thermostat("climate.den", "Den Thermostat", "den", AREAS),
            home_entity(
                "sensor.porch",
                "Porch Temperature",
                "porch",
                AREAS,
                attributes={"device_class": "temperature", "unit_of_measurement": "°F"},
            ),
        ),
        areas=tuple(AREAS.values()),
    )
    clause = read_clause(text, home)
    assert {e.entity_id for e in shortlist(home, clause).entities} == {"climate.den"}
