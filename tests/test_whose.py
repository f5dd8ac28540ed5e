"""A name that says whose a device is, and a word that one alias alone holds.

"Turn the rad off" had turned off the radiator aliased "our rad" (its "our" is no word
that tells apart, so "rad" named it in full), though Ryan's and Evie's rads are rads
too; "Cut the ceiling fan off" had turned off the one fan aliased "den ceiling fan".
A careful person asks which. Read against small homes built here (no model): the
devices offered, and the question asked, are what the user notices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from .home_entities import home_entity, thermostat
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import Language, get_language

ENGLISH = get_language("en")
AREAS: Mapping[str, HomeArea] = {
    "front": HomeArea("front", "Front Bedroom", (), ("Upstairs",)),
    "back": HomeArea("back", "Back Bedroom", (), ("Upstairs",)),
    "box": HomeArea("box", "Box Room", (), ("Upstairs",)),
    "lounge": HomeArea("lounge", "Front Room", (), ("Downstairs",)),
}


RADS = Home(
    (
        replace(
            thermostat("climate.front", "Front Bedroom Radiator", "front", AREAS),
            aliases=("our rad", "front bedroom rad"),
        ),
        replace(
            thermostat("climate.back", "Back Bedroom Radiator", "back", AREAS),
            aliases=("Ryan's rad", "back bedroom rad"),
        ),
        replace(
            thermostat("climate.box", "Box Room Radiator", "box", AREAS),
            aliases=("Evie's rad", "box room rad"),
        ),
        home_entity("light.front", "Front Bedroom Light", "front", AREAS),
        home_entity("light.lounge", "Front Room Light", "lounge", AREAS),
    ),
    tuple(AREAS.values()),
)


def _offered(text: str, home: Home, language: Language = ENGLISH) -> set[str]:
    clause = read(text, home, language).clauses[0]
    return {e.entity_id for e in shortlist(home, clause).entities}


def _asked(text: str, home: Home, language: Language = ENGLISH) -> set[str]:
    clause = read(text, home, language).clauses[0]
    choice = unnamed_choice(home, clause)
    return {e.entity_id for e in choice[1]} if choice else set()


def test_the_rad_is_any_of_the_rads() -> None:
    """Said: "Turn the rad off": which one, never the one aliased "our rad"."""
    assert _asked("Turn the rad off", RADS) == {
        "climate.front",
        "climate.back",
        "climate.box",
    }


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # Whose it is, said: that one.
        ("Put our rad up to 20", {"climate.front"}),
        ("Turn Evie's rad off", {"climate.box"}),
        # "Rads", the British radiators: the kind, without Ryan's.
        (
            "Turn all the rads upstairs down to 17 but leave Ryan's",
            {"climate.front", "climate.box"},
        ),
    ],
)
def test_whose_rad_is_said(text: str, offered: set[str]) -> None:
    """The alias with its "our" said names its radiator; a rad is a radiator."""
    assert _offered(text, RADS) == offered
    assert not _asked(text, RADS)


SPANISH = get_language("es")
_ZONAS: Mapping[str, HomeArea] = {
    "ana": HomeArea("ana", "Cuarto de Ana", (), ()),
    "luis": HomeArea("luis", "Cuarto de Luis", (), ()),
}
LAMPARAS = Home(
    (
        replace(
            home_entity("light.ana", "Lámpara de Ana", "ana", _ZONAS),
            aliases=("mi lámpara",),
        ),
        home_entity("light.luis", "Lámpara de Luis", "luis", _ZONAS),
    ),
    tuple(_ZONAS.values()),
)


def test_whose_lamp_in_spanish() -> None:
    """Said: "Apaga la lámpara": which; "apaga mi lámpara": the one aliased so."""
    assert _asked("Apaga la lámpara", LAMPARAS, SPANISH) == {"light.ana", "light.luis"}
    assert _offered("Apaga mi lámpara", LAMPARAS, SPANISH) == {"light.ana"}


_ROOMS: Mapping[str, HomeArea] = {
    "den": HomeArea("den", "Den", (), ()),
    "bedroom": HomeArea("bedroom", "Master Bedroom", (), ()),
    "porch": HomeArea("porch", "Back Porch", (), ()),
}
FANS = Home(
    (
        replace(
            home_entity("fan.den", "Den Fan", "den", _ROOMS),
            aliases=("den ceiling fan",),
        ),
        home_entity("fan.bedroom", "Bedroom Fan", "bedroom", _ROOMS),
        home_entity("fan.porch", "Porch Fan", "porch", _ROOMS),
    ),
    tuple(_ROOMS.values()),
)


def test_the_ceiling_fan_is_any_fan() -> None:
    """Said: "Cut the ceiling fan off": which fan; the den's alias alone says "ceiling"."""
    assert _asked("Cut the ceiling fan off", FANS) == {
        "fan.den",
        "fan.bedroom",
        "fan.porch",
    }
    assert _offered("Turn off the den ceiling fan", FANS) == {"fan.den"}
    assert not _asked("Turn off the den ceiling fan", FANS)


DUTCH = get_language("nl")
_KAMERS: Mapping[str, HomeArea] = {
    "woonkamer": HomeArea("woonkamer", "Woonkamer", ("kamer",), ()),
    "slaapkamer": HomeArea("slaapkamer", "Slaapkamer", ("onze kamer",), ()),
}
SCHEMERLAMPEN = Home(
    (
        home_entity("light.woonkamer", "Schemerlamp", "woonkamer", _KAMERS),
        home_entity("light.slaapkamer", "Schemerlamp", "slaapkamer", _KAMERS),
    ),
    tuple(_KAMERS.values()),
)


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("maak de schemerlamp in de kamer aan", {"light.woonkamer"}),
        ("maak de schemerlamp in onze kamer aan", {"light.slaapkamer"}),
    ],
)
def test_whose_room_is_said(text: str, offered: set[str]) -> None:
    """Said "de kamer": the living room; "onze kamer": the parents' bedroom."""
    assert _offered(text, SCHEMERLAMPEN, DUTCH) == offered
