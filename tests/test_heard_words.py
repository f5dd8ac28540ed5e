"""A spoken "and" that Whisper wrote as "in" joins two devices, never puts one in the other.

Denver's blind home, spoken with Piper's joe voice: "Turn off the TV and the
projector" was heard as "Turn off the TV in the projector", and four more such
commands switched only their first device (or none).
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
from .home_entities import home_entity
from custom_components.llm_home.agent.heard import Heard
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.const import DEFAULT_LLM_MODEL
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import ENGLISH

AREAS: Mapping[str, HomeArea] = {
    "living": HomeArea("living", "Living Room", (), ()),
    "kitchen": HomeArea("kitchen", "Kitchen", (), ()),
}
HOME = Home(
    entities=(
        home_entity("media_player.tv", "TV", "living", AREAS, "tv"),
        home_entity("media_player.projector", "Projector", "living", AREAS),
        home_entity("light.floor_lamp", "Floor Lamp", "living", AREAS),
        home_entity("light.living_light", "Living Room Light", "living", AREAS),
        home_entity("light.island", "Island Pendants", "kitchen", AREAS),
        home_entity("light.kitchen", "Kitchen Lights", "kitchen", AREAS),
        home_entity("light.hood", "Range Hood Light", "kitchen", AREAS),
        home_entity("fan.hood", "Range Hood", "kitchen", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("heard", "commands"),
    [
        (
            "Turn off the TV in the projector",
            ["Turn off the TV", "turn off the projector"],
        ),
        (
            "Turn the living room light on in the floor lamp off",
            ["Turn the living room light on", "turn the floor lamp off"],
        ),
    ],
)
def test_in_between_two_devices_heard_is_and(heard: str, commands: list[str]) -> None:
    """Heard, "in" between two devices is "and"; typed, the words are as written."""
    request = read(heard, HOME, ENGLISH, heard=True)
    assert [clause.text for clause in request.clauses] == commands
    assert len(read(heard, HOME, ENGLISH).clauses) == 1


@pytest.mark.parametrize(
    "heard",
    [
        # A room after "in" is where the device is.
        "Turn on the floor lamp in the living room",
        "Turn on the lights in the kitchen",
        # One device's name holds both: the hood's own light.
        "Turn on the light in the range hood",
    ],
)
def test_in_before_a_room_or_inside_one_name_stays(heard: str) -> None:
    """A room, or the device a name says the thing is part of, is no second device."""
    request = read(heard, HOME, ENGLISH, heard=True)
    assert [clause.text for clause in request.clauses] == [heard]


_BENCH_HOME: dict[str, Any] = {
    "areas": [{"id": "kitchen", "name": "Kitchen"}, {"id": "hall", "name": "Hall"}],
    "entities": [
        {"name": "Island Pendants", "id": "light.island_pendants", "area": "kitchen"},
        {"name": "Kitchen Lights", "id": "light.kitchen_lights", "area": "kitchen"},
        {"name": "Hall Light", "id": "light.hall_light", "area": "hall"},
    ],
}


async def test_a_spoken_and_heard_as_in_switches_both_devices(
    hass: HomeAssistant,
) -> None:
    """Heard "the island pendants in the kitchen lights": both on, the hall's stays off."""
    assert await async_setup_component(hass, "homeassistant", {})
    await BenchHome(hass, parse_home(_BENCH_HOME)).async_build()
    entry = await async_setup_llm_home(hass, DEFAULT_LLM_MODEL)
    text = "Turn on the island pendants in the kitchen lights"
    # As the speech-to-text entity keeps it: Whisper was sure of these words.
    entry.runtime_data.heard.add(Heard(text, -0.3, 0.01))

    result = await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id="conversation.llm_home"
    )
    await hass.async_block_till_done()

    assert result.response.response_type is not intent.IntentResponseType.ERROR
    assert state_of(hass, "light.island_pendants").state == "on"
    assert state_of(hass, "light.kitchen_lights").state == "on"
    assert state_of(hass, "light.hall_light").state == "off"
