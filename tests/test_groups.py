"""Groups by the kind said: "all the blinds" are the blinds, "all the TVs" the TVs.

And a group that llm_home's agent offered the model means the devices it offered,
never every device of that kind in the home.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from homeassistant.core import HomeAssistant

from .awkward_home import BLINDS, NOT_BLINDS, SPEAKER, TV, async_build_class_home
from .home import async_add_agent, async_say, async_setup_home, state_of
from .home_entities import home_entity
from .llm_api import async_call_tool
from .reading import read_clause
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.home.actions import action_named
from custom_components.llm_home.home.capabilities import targets_for
from custom_components.llm_home.home.offered import offered_devices
from custom_components.llm_home.home.snapshot import Home, HomeArea, async_get_home
from custom_components.llm_home.language import ENGLISH, get_language
from custom_components.llm_home.runtime import LlmHomeConfigEntry


def test_a_class_word_means_the_class_only() -> None:
    """Blinds (and shades) are no other cover, TVs no other media player; "covers" all."""
    assert ENGLISH.kinds_meant({"blinds"}) == {("cover", "blind"), ("cover", "shade")}
    assert ("media_player", None) not in ENGLISH.kinds_meant({"tvs"})
    assert ("media_player", "tv") in ENGLISH.kinds_meant({"tvs"})
    assert ("cover", None) in ENGLISH.kinds_meant({"covers"})


async def test_group_names_by_class(hass: HomeAssistant) -> None:
    """The home's groups have the class's name, and the words offer only that class."""
    await async_build_class_home(hass)
    home = async_get_home(hass)
    close = action_named("close")
    turn_off = action_named("turn_off")
    assert close is not None and turn_off is not None

    groups = targets_for(home, close, every=True)
    assert {e.entity_id for e in groups["All blinds"]} == set(BLINDS)
    assert [e.entity_id for e in groups["Den blinds"]] == ["cover.den_roller"]
    assert [e.entity_id for e in groups["Garage garage doors"]] == ["cover.garage_door"]
    assert {
        e.entity_id for e in targets_for(home, turn_off, every=True)["All TVs"]
    } == {TV}

    offered = shortlist(home, read_clause("close all the blinds", home))
    assert {e.entity_id for e in offered.entities} == set(BLINDS)
    offered = shortlist(home, read_clause("turn off all the tvs", home))
    assert {e.entity_id for e in offered.entities} == {TV}


@pytest.fixture
async def class_agent(
    hass: HomeAssistant, default_data: dict[str, Any], model_store: ModelStore
) -> LlmHomeConfigEntry:
    """Return llm_home loaded in the fixture home with the home of classes added."""
    await async_setup_home(hass)
    await async_build_class_home(hass)
    return await async_add_agent(hass, default_data)


async def test_all_the_blinds_and_all_the_tvs(
    hass: HomeAssistant, class_agent: LlmHomeConfigEntry
) -> None:
    """Said to the agent: only the blinds close, only the TV goes off."""

    await async_say(hass, "close all the blinds")
    assert all(state_of(hass, e).state == "closed" for e in BLINDS)
    assert all(state_of(hass, e).state == "open" for e in NOT_BLINDS)

    await async_say(hass, "turn off all the TVs")
    assert state_of(hass, TV).state == "off"
    assert state_of(hass, SPEAKER).state == "playing"


async def test_a_group_means_what_its_own_command_was_offered(
    hass: HomeAssistant, class_agent: LlmHomeConfigEntry
) -> None:
    """Said "open the study roller and close all the blinds in the snug": it stays open.

    The second command's group means the blinds offered for it, never the study's
    roller that the first command was offered.
    """
    await async_say(hass, "close the study roller")
    assert state_of(hass, "cover.study_roller").state == "closed"
    await async_say(
        hass, "open the study roller and then close all the blinds in the snug"
    )
    assert state_of(hass, "cover.den_roller").state == "closed"
    assert state_of(hass, "cover.study_roller").state == "open"


async def test_a_group_means_what_was_offered(
    hass: HomeAssistant, class_agent: LlmHomeConfigEntry
) -> None:
    """Offered only the blinds, "All covers" closes the blinds; offered nothing, all."""

    with offered_devices(BLINDS):
        result = await async_call_tool(hass, "close", {"target": ["All covers"]})
    assert not result.error, result.data
    assert all(state_of(hass, e).state == "closed" for e in BLINDS)
    assert all(state_of(hass, e).state == "open" for e in NOT_BLINDS)

    # Another agent's "All blinds" means the home's blinds, not its garage door.
    result = await async_call_tool(hass, "open", {"target": ["All blinds"]})
    assert not result.error, result.data
    assert all(state_of(hass, e).state == "open" for e in BLINDS)


def test_all_of_a_kind_offers_every_one() -> None:
    """Lock both locks: the "Mudroom Door" is offered too, not only the "Slider Lock"."""
    areas: dict[str, HomeArea] = {}
    locks = (
        home_entity("lock.slider_lock", "Slider Lock", None, areas),
        home_entity("lock.mudroom_door", "Mudroom Door", None, areas),
        home_entity("light.hall", "Hall Light", None, areas),
    )
    home = Home(locks, ())
    for text in ("lock both locks", "lock all the locks"):
        assert {
            e.entity_id for e in shortlist(home, read_clause(text, home)).entities
        } == {
            "lock.slider_lock",
            "lock.mudroom_door",
        }, text


def test_all_blinds_are_the_shades_too() -> None:
    """English speakers call shades blinds: "All blinds" closes both."""
    areas = {
        "lounge": HomeArea("lounge", "Living Room", (), ()),
        "bedroom": HomeArea("bedroom", "Bedroom", (), ()),
    }
    able = {"supported_features": 1 | 2 | 4}
    home = Home(
        (
            home_entity(
                "cover.l",
                "Living Room Blinds",
                "lounge",
                areas,
                "blind",
                attributes=able,
            ),
            home_entity(
                "cover.b", "Bedroom Shades", "bedroom", areas, "shade", attributes=able
            ),
        ),
        tuple(areas.values()),
    )
    close = action_named("close")
    assert close is not None
    groups = targets_for(home, close, every=True)
    assert {e.entity_id for e in groups["All blinds"]} == {"cover.l", "cover.b"}


@pytest.mark.parametrize(
    ("code", "text", "area", "targets"),
    [
        # A kind in the plural: every one offered, by a group, never one of them.
        ("nl", "zet de screens omlaag", None, {"Alle screens", "Alle rolluiken"}),
        ("nl", "doe de lampen aan", "Woonkamer", {"Alle lampen"}),
        # In the singular: one of them, never the room's group.
        ("nl", "doe de lamp aan", "Woonkamer", {"Lamp", "Leeslamp"}),
    ],
)
def test_a_kind_in_the_plural_is_every_one_offered(
    code: str, text: str, area: str | None, targets: set[str]
) -> None:
    """A kind said in the plural is all of them: "zet de screens omlaag" closed one."""
    areas = {
        "w": HomeArea("w", "Woonkamer", (), ()),
        "s": HomeArea("s", "Slaapkamer", (), ()),
    }
    able = {"supported_features": 1 | 2 | 4}
    home = Home(
        (
            home_entity(
                "cover.v", "Screen voorkant", "w", areas, "shade", attributes=able
            ),
            home_entity(
                "cover.a", "Screen achterkant", "s", areas, "shade", attributes=able
            ),
            home_entity("light.a", "Lamp", "w", areas),
            home_entity("light.b", "Leeslamp", "w", areas),
        ),
        tuple(areas.values()),
    )
    clause = read(text, home, get_language(code)).clauses[0]
    grammar = build_grammar(shortlist(home, clause, [area] if area else []), clause)
    rule = next(line for line in grammar.splitlines() if "-target ::=" in line)
    assert set(re.findall(r'"([^"]+)"', rule)) == targets
