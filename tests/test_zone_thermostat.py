"""A thermostat serves its floor: "bump the heat up" in a room without one.

Said in the kitchen of a home with a thermostat in the downstairs hall and one
upstairs: the downstairs one, no question asked ("Which heat do you mean?" had been
asked; five homes written blind expect it). Never where the room is said and has no
such device ("open the aircon in Bea's room" turns on no other room's aircon).
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import thermostat
from .reading import read_clause
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea

AREAS: Mapping[str, HomeArea] = {
    "kitchen": HomeArea("kitchen", "Kitchen", (), ("Downstairs",)),
    "hall": HomeArea("hall", "Hall", (), ("Downstairs",)),
    "bedroom": HomeArea("bedroom", "Bedroom", (), ("Upstairs",)),
    "study": HomeArea("study", "Study", (), ("Upstairs",)),
}
HOME = Home(
    (
        thermostat("climate.downstairs", "Downstairs", "hall", AREAS),
        thermostat("climate.upstairs", "Upstairs", "bedroom", AREAS),
    ),
    tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "here", "offered"),
    [
        ("bump the heat up a couple degrees", "Kitchen", {"climate.downstairs"}),
        ("it's freezing in here, bump the heat to 21", "Study", {"climate.upstairs"}),
        # The room said has none: none of another room.
        ("turn the heat up in the kitchen", "Study", set()),
    ],
)
def test_the_floors_thermostat_is_meant(
    text: str, here: str, offered: set[str]
) -> None:
    """The one thermostat on the satellite's floor, and no question."""
    clause = read_clause(text, HOME)
    found = shortlist(HOME, clause, [here])
    assert {e.entity_id for e in found.entities} == offered
    assert unnamed_choice(HOME, clause, [here]) is None
