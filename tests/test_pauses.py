"""Spoken commands with a remark and no comma are read as a typist would write them.

Whisper writes "Turn the pool pump off. I'm doing a backwash" or "Turn Jake's fan off
he's left it on all day again" where a typist writes a comma. Read as one command,
the remark's words were words nobody knows after the device (heard words were asked
again: "Sorry, I didn't catch that") and "all day" said every fan.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from benchmarks.assist.agents import async_setup_llm_home
from benchmarks.assist.dataset import parse_home
from benchmarks.assist.home import BenchHome
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from .home import state_of
from .home_entities import home_entity, thermostat
from .reading import read_request
from custom_components.llm_home.agent.guard import misheard_target
from custom_components.llm_home.agent.heard import Heard
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.const import DEFAULT_LLM_MODEL
from custom_components.llm_home.home.calls import parse_calls
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

AREAS: Mapping[str, HomeArea] = {
    "pool": HomeArea("pool", "Pool", (), ()),
    "jakes_room": HomeArea("jakes_room", "Jake's Room", (), ()),
    "lounge": HomeArea("lounge", "Lounge", (), ()),
    "deck": HomeArea("deck", "Back Deck", (), ()),
}
HOME = Home(
    entities=(
        home_entity("switch.pool_pump", "Pool Pump", "pool", AREAS),
        home_entity("fan.jakes_fan", "Jake's Fan", "jakes_room", AREAS),
        home_entity("fan.lounge_fan", "Lounge Fan", "lounge", AREAS),
        home_entity("light.lounge", "Lounge Light", "lounge", AREAS),
        home_entity("light.deck", "Deck Light", "deck", AREAS),
        thermostat("climate.lounge", "Lounge Thermostat", "lounge", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("heard", "commands", "calls"),
    [
        (
            "Turn the pool pump off. I'm doing a backwash",
            ["Turn the pool pump off"],
            "turn_off(Pool Pump)",
        ),
        (
            "Turn the pool pump off I'm doing a backwash",
            ["Turn the pool pump off"],
            "turn_off(Pool Pump)",
        ),
        (
            "Turn Jake's Fan Off He's left it on all day again",
            ["Turn Jake's Fan Off"],
            "turn_off(Jake's Fan)",
        ),
        (
            "Turn the lounge light on we've got people coming over",
            ["Turn the lounge light on"],
            "turn_on(Lounge Light)",
        ),
        (
            "It's pitch black out here put the deck light on",
            ["put the deck light on"],
            "turn_on(Deck Light)",
        ),
        # How a thing is, said with an article and a verb of being.
        (
            "Put the deck light on the mozzies are eating us alive",
            ["Put the deck light on"],
            "turn_on(Deck Light)",
        ),
        (
            "Turn the lounge fan off the sun's gone in",
            ["Turn the lounge fan off"],
            "turn_off(Lounge Fan)",
        ),
        # A statement's subject: "it" before a verb nobody knows, "somebody", and
        # an article with a verb of being four words on.
        (
            "Turn the deck light on it smells like smoke out here",
            ["Turn the deck light on"],
            "turn_on(Deck Light)",
        ),
        (
            "Turn the lounge light off somebody left it on again",
            ["Turn the lounge light off"],
            "turn_off(Lounge Light)",
        ),
        (
            "Turn Jake's Fan off the kids' wet towels are dry",
            ["Turn Jake's Fan off"],
            "turn_off(Jake's Fan)",
        ),
        # A remark of words nobody knows leads in.
        (
            "Too much glare in here turn the deck light off",
            ["turn the deck light off"],
            "turn_off(Deck Light)",
        ),
    ],
)
def test_a_remark_without_a_pause_is_no_part_of_the_command(
    heard: str, commands: list[str], calls: str
) -> None:
    """The command is read without the remark, and heard words naming it are acted on."""
    request = read_request(heard, HOME)
    assert [clause.text for clause in request.clauses] == commands
    clause = request.clauses[0]
    assert not clause.every
    assert not misheard_target(HOME, parse_calls(calls), clause)


@pytest.mark.parametrize(
    "text",
    [
        # What leads into the rest is no end of a command.
        "Set the lounge thermostat on 20 while we're out",
        # A decimal and a title are no full stops.
        "Set the lounge thermostat to 21.5 degrees",
        "Turn on Mr. Whiskers' lamp",
        # No command verb after "all": a remark of its own.
        "It's muggy as all get-out on the deck",
        # A question leads in with nothing.
        "Is the lounge light on",
        # A room said before the command is its room, no remark.
        "Lounge turn on the fan",
    ],
)
def test_words_without_a_remark_are_read_whole(text: str) -> None:
    """Only a statement after a whole command, or a full stop, is a pause."""
    request = read_request(text, HOME)
    assert [clause.text for clause in request.clauses] == [text]


_LIVING = {"living": HomeArea("living", "Wohnzimmer", (), ())}
_A_FAN = Home(
    entities=(home_entity("fan.fan", "Ventilator", "living", _LIVING),),
    areas=tuple(_LIVING.values()),
)


@pytest.mark.parametrize(
    ("code", "heard", "command"),
    [
        ("de", "Mach den Ventilator aus ich gehe ins Bett", "Mach den Ventilator aus"),
        ("fr", "Éteins le ventilateur c'est trop bruyant", "Éteins le ventilateur"),
        (
            "nl",
            "Zet de ventilator uit hij staat al de hele dag aan",
            "Zet de ventilator uit",
        ),
        ("es", "Apaga el ventilador estoy saliendo", "Apaga el ventilador"),
        ("it", "Spegni il ventilatore sto uscendo", "Spegni il ventilatore"),
        # A reason after the command, with no pause: why, never a warmer setting.
        (
            "it",
            "Spegni il ventilatore che i bimbi hanno freddo",
            "Spegni il ventilatore",
        ),
        ("en", "Turn off the fan because it's freezing", "Turn off the fan"),
    ],
)
def test_each_language_says_where_a_statement_opens(
    code: str, heard: str, command: str
) -> None:
    """The table's statement openers set a remark apart in every language."""
    request = read(heard, _A_FAN, get_language(code))
    assert [clause.text for clause in request.clauses] == [command]


@pytest.mark.parametrize(
    ("text", "command"),
    [
        # A statement after the command names a device it says something of.
        ("Turn Jake's fan off, I can't hear the lounge fan", "Turn Jake's fan off"),
        (
            "Turn the lounge light off, I'll just have the deck light",
            "Turn the lounge light off",
        ),
        # A reason names one too: "…, because Jake's asleep".
        (
            "Turn the lounge fan off, because Jake's fan is on",
            "Turn the lounge fan off",
        ),
        # How a thing was: "gas" names no valve to turn ("Turn both thermostats down
        # to 66, the gas bill last month was a killer" had found no device at all).
        (
            "Turn the lounge thermostat down to 18, the gas bill last month was a killer",
            "Turn the lounge thermostat down to 18",
        ),
    ],
)
def test_a_statement_naming_another_device_is_no_command_for_it(
    text: str, command: str
) -> None:
    """What a statement after the command names takes no verb of the command."""
    request = read_request(text, HOME)
    assert [clause.text for clause in request.clauses] == [command]


@pytest.mark.parametrize(
    ("code", "text", "command"),
    [
        (
            "es",
            "Enciende el ventilador del salón, que Jake ya se durmió",
            "Enciende el ventilador del salón",
        ),
        (
            "en",
            "Turn on the lounge fan, cos Jake's fan is too loud",
            "Turn on the lounge fan",
        ),
    ],
)
def test_a_reason_naming_another_device_is_no_command_for_it(
    code: str, text: str, command: str
) -> None:
    """A reason after a pause is why, whoever it names."""
    home = Home(
        entities=(
            home_entity("fan.lounge_fan", "Ventilador salón", "lounge", AREAS),
            home_entity("fan.jakes_fan", "Ventilador Jake", "jakes_room", AREAS),
        )
        if code == "es"
        else HOME.entities,
        areas=tuple(AREAS.values()),
    )
    request = read(text, home, get_language(code))
    assert [clause.text for clause in request.clauses] == [command]


def test_all_said_of_the_speakers_is_no_every_device() -> None:
    """All said in "we're all away" is of the people: the thermostat, not every device."""
    request = read_request(
        "Turn the lounge thermostat off, we're all away for the weekend", HOME
    )
    assert not any(clause.every for clause in request.clauses)
    assert read_request("Turn all the fans off, we're away", HOME).clauses[0].every


_BENCH_HOME: dict[str, Any] = {
    "areas": [
        {"id": "jakes_room", "name": "Jake's Room"},
        {"id": "lounge", "name": "Lounge"},
    ],
    "entities": [
        {"name": "Jake's Fan", "id": "fan.jakes_fan", "area": "jakes_room"},
        {"name": "Lounge Fan", "id": "fan.lounge_fan", "area": "lounge"},
    ],
}


async def test_a_spoken_command_with_its_reason_changes_only_its_device(
    hass: HomeAssistant,
) -> None:
    """Heard with no pause before the remark: Jake's fan goes off, the lounge's stays on."""
    assert await async_setup_component(hass, "homeassistant", {})
    await BenchHome(hass, parse_home(_BENCH_HOME)).async_build()
    entry = await async_setup_llm_home(hass, DEFAULT_LLM_MODEL)
    for fan in ("fan.jakes_fan", "fan.lounge_fan"):
        await hass.services.async_call(
            "fan", "turn_on", {"entity_id": fan}, blocking=True
        )
    text = "Turn Jake's Fan Off He's left it on all day again"
    # As the speech-to-text entity keeps it: Whisper was sure of these words.
    entry.runtime_data.heard.add(Heard(text, -0.3, 0.01))

    result = await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id="conversation.llm_home"
    )
    await hass.async_block_till_done()

    assert result.response.response_type is not intent.IntentResponseType.ERROR
    assert state_of(hass, "fan.jakes_fan").state == "off"
    assert state_of(hass, "fan.lounge_fan").state == "on"


@pytest.mark.parametrize(
    "text",
    [
        "Turn the deck light off, Jake just pulled in",
        "Turn the deck light off, Jake's still reading",
        "Turn the deck light off, Jake's coming in with the shopping",
        # Belfast: "Lock it if it's not, Callum never locks it" had looked for locks.
        "Turn the deck light off, Jake never locks it",
    ],
)
def test_what_a_person_of_the_home_does_is_no_command(text: str) -> None:
    """A person the names know ("Jake's Fan"), then what they do: a remark.

    "Close the garage and lock up, Cody just pulled in" (a home with "Cody's Studio")
    had looked for the locks in Cody's studio and found none.
    """
    request = read_request(text, HOME)
    assert [clause.text for clause in request.clauses] == ["Turn the deck light off"]
    clause = request.clauses[0]
    found = shortlist(HOME, clause)
    assert [e.entity_id for e in found.entities] == ["light.deck"]
