"""The failure classes seen on unseen homes, fixed in the reading (no model needed).

Each test reads English words against a small home and checks what a user would
notice: which devices may be acted on, which values the model may write, whether a
question can change anything.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import alarm_panel, home_entity
from .reading import read_clause, read_request
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.named import says_a_name
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea

AREAS: Mapping[str, HomeArea] = {
    "lounge": HomeArea("lounge", "Lounge", (), ()),
    "bedroom": HomeArea("bedroom", "Bedroom", (), ()),
}
THERMOSTAT = home_entity(
    "climate.thermostat",
    "Thermostat",
    "lounge",
    AREAS,
    attributes={
        "hvac_modes": ["off", "heat", "auto"],
        "min_temp": 7,
        "max_temp": 30,
        "supported_features": 1,
    },
)
AIRCON = home_entity(
    "climate.aircon",
    "Bedroom Split",
    "bedroom",
    AREAS,
    attributes={
        "hvac_modes": ["off", "cool", "dry"],
        "min_temp": 16,
        "max_temp": 30,
        "supported_features": 1,
    },
)
ALARM = alarm_panel(AREAS)
HOME = Home(
    entities=(
        THERMOSTAT,
        AIRCON,
        ALARM,
        home_entity(
            "vacuum.robbie",
            "Robbie",
            "lounge",
            AREAS,
            attributes={"supported_features": 8192 | 16 | 4},
        ),
        home_entity("todo.errands", "Errands", None, AREAS),
        home_entity("todo.groceries", "Groceries", None, AREAS),
        home_entity("light.lounge", "Lounge Lamp", "lounge", AREAS),
        home_entity("light.bedroom", "Bedroom Lamp", "bedroom", AREAS),
        home_entity("light.shelves", "Shelves", "lounge", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _offered(text: str) -> set[str]:
    clause = read_clause(text, HOME)
    return {e.entity_id for e in shortlist(HOME, clause).entities}


def test_a_decimal_is_the_value_said() -> None:
    """Said "21.5 degrees" may set 21.5, never 21."""
    clause = read_clause("set the thermostat to 21.5 degrees", HOME)
    grammar = build_grammar(Home((THERMOSTAT,), ()), clause)
    assert '"21.5"' in grammar
    assert '"21"' not in grammar


def test_a_question_never_changes_anything() -> None:
    """Said "What's on the errands list?" is answered; adding to it is not offered."""
    clause = read_clause("what's on the errands list", HOME)
    assert clause.question
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert "todo-add" not in grammar
    assert "state ::=" in grammar
    # Without a question mark, as speech-to-text writes it, too.
    assert read_clause("is the lounge lamp on", HOME).question


def test_a_mode_said_picks_the_mode() -> None:
    """Said "Put the alarm in night mode" offers arming in night mode only."""
    clause = read_clause("put the alarm in night mode", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"alarm_arm("' in grammar
    assert '"night"' in grammar
    assert '"away"' not in grammar
    clause = read_clause("arm the alarm", HOME)
    assert '"away"' in build_grammar(shortlist(HOME, clause), clause)


def test_a_mode_said_but_not_known_is_not_guessed() -> None:
    """Said "in the way mode" (heard for "in away mode"), no mode is picked for it."""
    clause = read_clause("arm the alarm in the way mode", HOME)
    assert '"alarm_arm("' not in build_grammar(shortlist(HOME, clause), clause)
    # Said no mode at all, any is offered, as before.
    clause = read_clause("arm the alarm before bed", HOME)
    assert '"alarm_arm("' in build_grammar(shortlist(HOME, clause), clause)


def test_a_kind_word_means_what_the_device_can_do() -> None:
    """Said "The heating" is the thermostat, not an air conditioner without heat."""
    clause = read_clause("turn on the heating", HOME)
    assert unnamed_choice(HOME, clause) is None
    assert _offered("turn on the heating") == {THERMOSTAT.entity_id}
    assert _offered("turn on the air conditioner") == {AIRCON.entity_id}


def test_a_device_the_home_lacks_is_never_replaced() -> None:
    """Said "Start the dishwasher" in a home with only a vacuum offers nothing."""
    assert _offered("start the dishwasher") == set()
    assert _offered("start the vacuum") == {"vacuum.robbie"}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("add milk to the errand list", "todo.errands"),
        ("what is on the grocery list", "todo.groceries"),
        ("turn on the shelf", "light.shelves"),
    ],
)
def test_singular_and_plural_names_meet(text: str, entity_id: str) -> None:
    """A name said in the singular ("errand") meets its plural ("Errands")."""
    assert says_a_name(HOME, read_clause(text, HOME))
    assert entity_id in _offered(text)


def test_targets_with_their_own_states_are_two_commands() -> None:
    """Said "The lounge lamp on and the bedroom lamp off" is two commands."""
    request = read_request("turn the lounge lamp on and the bedroom lamp off", HOME)
    assert [clause.text for clause in request.clauses] == [
        "turn the lounge lamp on",
        "turn the bedroom lamp off",
    ]
    # The first target's state is the second's when it says none.
    request = read_request("chuck the lounge lamp on, and the bedroom lamp too", HOME)
    assert [clause.text for clause in request.clauses] == [
        "chuck the lounge lamp on",
        "chuck the bedroom lamp too on",
    ]
    # The state said last is both targets', before words said to no one ("please",
    # Scouse "la"); "giz" puts it on.
    for text in (
        "turn the lounge lamp and the bedroom lamp on, please",
        "giz the lounge lamp and the bedroom lamp on, la",
    ):
        request = read_request(text, HOME)
        assert all(" on" in c.text for c in request.clauses), text
        assert all(c.command for c in request.clauses), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("it's too dark in here", ("light", None)),
        ("I'm cold", ("climate", None)),
        ("it is stuffy in the bedroom", ("fan", None)),
    ],
)
def test_an_indirect_request_is_a_command(text: str, kind: tuple[str, None]) -> None:
    """The comfort cases become the table's commands on the area's devices."""
    clause = read_clause(text, HOME)
    assert clause.comfort
    assert clause.command
    assert kind in clause.kinds
    # A question about the same is no command.
    assert not read_clause("is it dark outside", HOME).command


@pytest.mark.parametrize(
    "text",
    [
        "Would you mind turning off the lounge lamp?",
        "do you mind switching off the lamp",
    ],
)
def test_a_polite_request_is_a_command(text: str) -> None:
    """Asked "would you mind turning off ...?": the lamp is turned off, not described."""
    clause = read_clause(text, HOME)
    assert clause.command
    assert not clause.question
    assert '"turn_off("' in build_grammar(shortlist(HOME, clause), clause)


def test_an_area_said_rules_out_devices_elsewhere() -> None:
    """Said "the ensuite fan" in a home whose only fan is elsewhere: nothing offered."""
    areas = {**AREAS, "ensuite": HomeArea("ensuite", "Ensuite", (), ())}
    home = Home(
        entities=(
            home_entity("fan.ceiling", "Ceiling Fan", "bedroom", areas),
            home_entity("light.ensuite", "Mirror Light", "ensuite", areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read_clause("turn on the ensuite fan", home)
    assert shortlist(home, clause).entities == ()
    clause = read_clause("turn on the bedroom fan", home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["fan.ceiling"]


@pytest.mark.parametrize("text", ["turn on the lights", "it's too dark in here"])
def test_kind_words_alone_mean_the_satellites_room(text: str) -> None:
    """Only kind words said: the devices of that kind where the satellite is."""
    clause = read_clause(text, HOME)
    found = {e.entity_id for e in shortlist(HOME, clause, ["Bedroom"]).entities}
    assert found == {"light.bedroom"}
    # A word of a name said still reaches the device wherever it is.
    clause = read_clause("turn on the lounge lamp", HOME)
    found = {e.entity_id for e in shortlist(HOME, clause, ["Bedroom"]).entities}
    assert found == {"light.lounge"}


def test_targets_named_apart_are_commands_apart() -> None:
    """Said "turn off the lounge lamp and the robot": one command per target."""
    request = read_request("turn off the lounge lamp and the vacuum", HOME)
    # The vacuum, in the lounge, is of the room said before.
    assert [clause.text for clause in request.clauses] == [
        "turn off the lounge lamp",
        "turn off the vacuum in lounge",
    ]
    # Areas said after a kind: the kind in each, one command each.
    request = read_request("turn on the lamps in the lounge and the bedroom", HOME)
    assert [clause.text for clause in request.clauses] == [
        "turn on the lamps in the lounge",
        "turn on the lamps in the bedroom",
    ]
    # A kind said alone may share an area said after it: whole.
    request = read_request("turn off the vacuum and the lamp in the bedroom", HOME)
    assert len(request.clauses) == 1
    # A device's own name after an area said is a target of its own.
    request = read_request("turn off the lamp in the bedroom and Robbie", HOME)
    assert [clause.text for clause in request.clauses] == [
        "turn off the lamp in the bedroom",
        "turn off Robbie",
    ]
    request = read_request("turn off the lounge lamp and the bedroom split", HOME)
    assert [clause.text for clause in request.clauses] == [
        "turn off the lounge lamp",
        "turn off the bedroom split",
    ]


def test_a_value_no_call_can_take_offers_no_call_without_one() -> None:
    """Said "set Robbie's suction to max": starting Robbie is not what was asked."""
    clause = read_clause("set Robbie's suction to max", HOME)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"start("' not in grammar
    clause = read_clause("start Robbie", HOME)
    assert "start(" in build_grammar(shortlist(HOME, clause), clause)


def test_a_possessive_tells_no_device_apart() -> None:
    """The "s" of "Jack's Lamp" is no word: "it's too dark in here" still means here."""
    home = Home(
        entities=(
            home_entity("light.jacks_lamp", "Jack's Lamp", "lounge", AREAS),
            home_entity("light.bedroom", "Bedroom Lamp", "bedroom", AREAS),
        ),
        areas=tuple(AREAS.values()),
    )
    clause = read_clause("it's too dark in here", home)
    found = {e.entity_id for e in shortlist(home, clause, ["Bedroom"]).entities}
    assert found == {"light.bedroom"}


def test_a_verb_never_widens_a_kind_said_in_the_satellites_room() -> None:
    """Said "stop the vacuum" in a room with a speaker: the vacuum, not the speaker."""
    home = Home(
        entities=(
            *HOME.entities,
            home_entity(
                "media_player.speaker",
                "Smart Speaker",
                "bedroom",
                AREAS,
                attributes={"supported_features": 4096 | 1 | 32},
            ),
        ),
        areas=HOME.areas,
    )
    clause = read_clause("stop the vacuum", home)
    found = {e.entity_id for e in shortlist(home, clause, ["Bedroom"]).entities}
    assert found == {"vacuum.robbie"}
    # "To" before words that say an action is no value asked for.
    clause = read_clause("skip to the next track", home)
    grammar = build_grammar(shortlist(home, clause, ["Bedroom"]), clause)
    assert "next(" in grammar


def test_a_possessive_after_to_asks_for_no_value() -> None:
    """Said "send Robbie back to his dock": docking is offered."""
    clause = read_clause("send Robbie back to his dock", HOME)
    assert "dock(" in build_grammar(shortlist(HOME, clause), clause)


def test_an_items_words_may_name_an_area() -> None:
    """Said "add clean the lounge to my errands list": the list, whatever its room."""
    clause = read_clause("add clean the lounge to my errands list", HOME)
    found = {e.entity_id for e in shortlist(HOME, clause).entities}
    assert "todo.errands" in found
    # A to-do list is no grocery list: the Errands.
    clause = read_clause("add clean the lounge to my todo list", HOME)
    found = {e.entity_id for e in shortlist(HOME, clause).entities}
    assert found == {"todo.errands"}


def test_words_before_a_command_ask_for_no_value() -> None:
    """Said "I'm going to bed, turn off the lounge lamp": turning it off is offered."""
    lamp = home_entity(
        "light.lounge",
        "Lounge Lamp",
        "lounge",
        AREAS,
        attributes={"supported_color_modes": ["brightness"]},
    )
    home = Home(entities=(lamp,), areas=tuple(AREAS.values()))
    clause = read_clause("I'm going to bed, turn off the lounge lamp", home)
    assert "turn_off(" in build_grammar(shortlist(home, clause), clause)


@pytest.mark.parametrize(
    ("text", "offered", "not_offered"),
    [
        ("put the ceiling fan on speed 3", '"60"', '"3"'),
        ("set the ceiling fan speed to 2", '"40"', '"2"'),
        ("set the ceiling fan to 3 percent", '"3"', '"60"'),
        ("set the ceiling fan to 40", '"40"', '"800"'),
        ("switch on the ceiling fan and keep it on 2", '"40"', '"2"'),
    ],
)
def test_a_fans_speed_said_by_its_step(
    text: str, offered: str, not_offered: str
) -> None:
    """A fan of five speeds on "speed 3" runs at 60 %, never at 3 %."""
    fan = home_entity(
        "fan.ceiling",
        "Ceiling Fan",
        "lounge",
        AREAS,
        attributes={"percentage_step": 20, "supported_features": 1},
    )
    home = Home(entities=(fan,), areas=tuple(AREAS.values()))
    clause = read_request(text, home).clauses[-1]
    before = shortlist(home, read_request(text, home).clauses[0])
    grammar = build_grammar(shortlist(home, clause) if clause.kinds else before, clause)
    rule = next(line for line in grammar.splitlines() if line.startswith("fan-speed "))
    assert offered in rule
    assert not_offered not in rule
    # A speed was asked for: turning it on (at full speed) is not what was said.
    assert '"turn_on("' not in grammar


@pytest.mark.parametrize(
    "text",
    ["the front door is locked", "the kitchen lights are on", "the robot is docked"],
)
def test_a_statement_of_how_a_thing_is_never_changes_it(text: str) -> None:
    """Heard without its question mark, "the front door is locked" only asks."""
    home = Home(
        entities=(
            *HOME.entities,
            home_entity("lock.front", "Front Door", None, AREAS),
            home_entity("light.kitchen", "Kitchen Lights", None, AREAS),
        ),
        areas=HOME.areas,
    )
    clause = read_clause(text, home)
    assert clause.question
    assert not clause.command
    grammar = build_grammar(shortlist(home, clause), clause)
    for change in ("lock(", "turn_on(", "turn_off(", "dock("):
        assert change not in grammar


def test_a_statement_of_comfort_is_still_its_request() -> None:
    """Said: "It is too hot in here": cooling asked for, no question about the heat."""
    clause = read_clause("it is too hot in here", HOME)
    assert clause.comfort
    assert clause.command
