"""Words that several names share, and a device named just before a kind of device.

Read against small homes built here (no model): the devices offered, or the question
back, are what the user notices.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from .home_entities import home_entity, thermostat
from .reading import read_clause
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

AREAS = {
    "hall": HomeArea("hall", "Front Hall", (), ("Main Floor",)),
    "down": HomeArea("down", "Basement Washroom", (), ("Basement",)),
    "up": HomeArea("up", "Upstairs Washroom", (), ("Upstairs",)),
    "bedroom": HomeArea("bedroom", "Bedroom", (), ("Upstairs",)),
    "guest": HomeArea("guest", "Guest Bedroom", (), ("Upstairs",)),
}
_FANNED = {"hvac_modes": ["off", "heat"], "fan_modes": ["auto", "on"]}
HOME = Home(
    entities=(
        replace(
            thermostat("climate.ecobee", "Thermostat", "hall", AREAS),
            aliases=("furnace",),
            attributes=_FANNED,
        ),
        home_entity("fan.down", "Basement Washroom Fan", "down", AREAS),
        home_entity("fan.up", "Upstairs Washroom Fan", "up", AREAS),
        home_entity("light.bedroom", "Bedroom Light", "bedroom", AREAS),
        home_entity("light.guest", "Guest Light", "guest", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _offered(text: str) -> set[str]:
    return {e.entity_id for e in shortlist(HOME, read_clause(text, HOME)).entities}


def test_the_fan_of_a_device_named_is_no_other_fan() -> None:
    """Said: "Put the furnace fan on": the thermostat's fan, never a washroom fan."""
    assert _offered("put the furnace fan on") == {"climate.ecobee"}
    # A fan said by its own name is that fan, as before.
    assert _offered("turn on the upstairs washroom fan") == {"fan.up"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Two washrooms share the word: which fan?
        ("turn on the washroom fan", {"fan.down", "fan.up"}),
        # A room said in full is that room: "the bedroom light" is the Bedroom's.
        ("turn on the bedroom light", None),
        ("turn on the upstairs washroom fan", None),
    ],
)
def test_a_word_rooms_share_tells_none_of_them_apart(
    text: str, asked: set[str] | None
) -> None:
    """A word of two rooms' names asks which device, where one of each is of the kind."""
    choice = unnamed_choice(HOME, read_clause(text, HOME))
    assert (choice and {e.entity_id for e in choice[1]}) == asked


_OUT = {"hall": AREAS["hall"], "yard": HomeArea("yard", "Backyard", (), ())}
_SENSED = Home(
    entities=(
        home_entity("sensor.inside", "Hall Temperature", "hall", _OUT, "temperature"),
        home_entity("sensor.out", "Outdoor Temperature", "yard", _OUT, "temperature"),
    ),
    areas=tuple(_OUT.values()),
)


@pytest.mark.parametrize(
    "text", ["how cold is it outside", "what's the temperature outdoors"]
)
def test_outside_is_the_outdoor_of_a_name(text: str) -> None:
    """Said: "How cold is it outside": the "Outdoor Temperature", not the hall's."""
    clause = read_clause(text, _SENSED)
    assert [e.entity_id for e in shortlist(_SENSED, clause).entities] == ["sensor.out"]


@pytest.mark.parametrize(
    ("code", "text", "outdoor", "indoor"),
    [
        ("de", "Wie kalt ist es draussen?", "Aussentemperatur", "Temperatur Stube"),
        ("it", "che temperatura c'è fuori?", "Temperatura esterna", "Temperatura sala"),
        (
            "fr",
            "Quelle température fait-il dehors ?",
            "Température extérieure",
            "Température salon",
        ),
        (
            "es",
            "¿qué temperatura hace afuera?",
            "Temperatura exterior",
            "Temperatura living",
        ),
        # Asked by the unit alone, or by "il fait combien".
        ("es", "¿cuántos grados hace afuera?", "Temperatura exterior", "Temp living"),
        ("it", "quanti gradi fanno fuori", "Temperatura esterna", "Temperatura sala"),
        (
            "fr",
            "Il fait combien dehors ?",
            "Température extérieure",
            "Température salon",
        ),
        ("en", "how many degrees is it outside", "Outdoor Temperature", "Hall Temp"),
    ],
)
def test_outside_in_other_languages(
    code: str, text: str, outdoor: str, indoor: str
) -> None:
    """The table's word for outside names the outdoor sensor, in its own language."""
    home = Home(
        entities=(
            home_entity("sensor.inside", indoor, "hall", _OUT, "temperature"),
            home_entity("sensor.out", outdoor, "yard", _OUT, "temperature"),
        ),
        areas=tuple(_OUT.values()),
    )
    clause = read(text, home, get_language(code)).clauses[0]
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["sensor.out"]


def test_a_compound_name_said_in_its_parts_is_that_device() -> None:
    """Said: "Zünd das Licht beim Lavabo an": the "Lavabolicht", not the WC-Licht."""
    areas = {"bad": HomeArea("bad", "Bad", (), ()), "wc": HomeArea("wc", "WC", (), ())}
    home = Home(
        entities=(
            replace(
                home_entity("light.spiegel", "Spiegellicht", "bad", areas),
                aliases=("Lavabolicht",),
            ),
            home_entity("light.wc", "WC-Licht", "wc", areas),
            home_entity("light.entree", "Licht Entrée", None, areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read("Zünd das Licht beim Lavabo an", home, get_language("de")).clauses[0]
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["light.spiegel"]


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # Heard or typed apart: the "Floodlight", not every light of the home.
        ("put the flood light on", ["light.flood"]),
        ("put the flood lights on", ["light.flood"]),
        ("turn the air con off", ["climate.aircon"]),
        # A name with both words keeps them: the "Back Light" is no "Backlight".
        ("turn the back light on", ["light.back"]),
    ],
)
def test_a_name_of_one_word_said_as_two_is_that_device(
    text: str, offered: list[str]
) -> None:
    """Two words written apart that make one word of a name say that name."""
    areas = {"yard": HomeArea("yard", "Back Yard", (), ())}
    home = Home(
        entities=(
            home_entity("light.flood", "Floodlight", "yard", areas),
            home_entity("light.back", "Back Light", "yard", areas),
            home_entity("light.tv", "Backlight", None, areas),
            home_entity("light.deck", "Deck Light", "yard", areas),
            thermostat("climate.aircon", "Aircon", None, areas),
            home_entity("fan.con", "Con Fan", None, areas),
        ),
        areas=tuple(areas.values()),
    )
    clause = read(text, home, get_language("en")).clauses[0]
    assert [e.entity_id for e in shortlist(home, clause).entities] == offered


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Il y a une fenêtre ouverte quelque part ?"),
        ("it", "C'è una finestra aperta da qualche parte?"),
        ("en", "is a window open anywhere?"),
    ],
)
def test_a_window_open_somewhere_asks_about_each(code: str, text: str) -> None:
    """Said: "Il y a une fenêtre ouverte quelque part ?": every window is answered."""
    names = {"fr": "Fenêtre", "it": "Finestra", "en": "Window"}[code]
    home = Home(
        entities=(
            home_entity("binary_sensor.a", f"{names} A", "hall", _OUT, "window"),
            home_entity("binary_sensor.b", f"{names} B", "yard", _OUT, "window"),
        ),
        areas=tuple(_OUT.values()),
    )
    clause = read(text, home, get_language(code)).clauses[0]
    assert clause.every
    assert len(shortlist(home, clause).entities) == 2


def test_outside_lights_no_name_says_are_asked_about() -> None:
    """Said: "Turn on the outside lights": no light or its room is called so.

    An outdoor sensor does not tell which lights are outside: which ones?
    """
    home = Home(
        entities=(
            home_entity("light.hall", "Hall Light", "hall", _OUT),
            home_entity("light.porch", "Porch Light", "yard", _OUT),
            home_entity("sensor.out", "Outdoor Temperature", None, _OUT, "temperature"),
        ),
        areas=tuple(_OUT.values()),
    )
    choice = unnamed_choice(home, read_clause("turn on the outside lights", home))
    assert choice is not None
    # Where a name says it, that light is meant, as before.
    named = Home(
        entities=(
            home_entity("light.hall", "Hall Light", "hall", _OUT),
            home_entity("light.out", "Outdoor Light", "yard", _OUT),
        ),
        areas=tuple(_OUT.values()),
    )
    assert (
        unnamed_choice(named, read_clause("turn on the outside lights", named)) is None
    )


_FLAT = {
    "living": HomeArea("living", "Woonkamer", (), ()),
    "daan": HomeArea("daan", "Kamer van Daan", (), ()),
    "jake": HomeArea("jake", "Jake's Room", (), ()),
}
_THERMOSTAT = replace(
    thermostat("climate.main", "Thermostat", "living", _FLAT),
    aliases=("verwarming", "heating"),
)
FLAT = Home(
    (
        _THERMOSTAT,
        thermostat("climate.daan", "Radiator Daan", "daan", _FLAT),
        thermostat("climate.jake", "Jake's Radiator", "jake", _FLAT),
        home_entity("light.daan", "Lamp Daan", "daan", _FLAT),
        # Names of theirs in no room: "Daan" and "Jake" tell no room alone.
        home_entity("todo.daan", "Verlanglijstje Daan", None, _FLAT),
        home_entity("todo.jake", "Jake's Wishlist", None, _FLAT),
        home_entity("switch.humidifier", "Humidifier", "jake", _FLAT),
        home_entity("light.jake", "Jake's Lamp", "jake", _FLAT),
    ),
    tuple(_FLAT.values()),
)


@pytest.mark.parametrize(
    ("code", "text", "meant"),
    [
        ("nl", "de verwarming bij Daan op negentien graag", "climate.daan"),
        ("en", "set the heating for Jake to 19", "climate.jake"),
        # Nothing else said: the heating is the thermostat aliased so; a word of a
        # device of another kind ("Jake's Lamp") takes nothing from the humidifier.
        ("en", "set the heating to 19", "climate.main"),
        ("en", "turn on the humidifier in Jake's room", "switch.humidifier"),
    ],
)
def test_a_kind_as_an_alias_gives_way_to_a_name_said(
    code: str, text: str, meant: str
) -> None:
    """Said: "De verwarming bij Daan": Daan's radiator, not the thermostat aliased so."""
    clause = read(text, FLAT, get_language(code)).clauses[0]
    assert [e.entity_id for e in shortlist(FLAT, clause).entities] == [meant]


def test_a_name_of_its_room_and_kind_stays_named() -> None:
    """Said: "Dim the living room lights to 40 percent": those, not the floor lamp."""
    areas = {"living": HomeArea("living", "Living Room", (), ())}
    home = Home(
        (
            home_entity("light.living", "Living Room Lights", "living", areas),
            home_entity("light.floor", "Floor Lamp", "living", areas),
            home_entity("media_player.tv", "Living Room TV", "living", areas, "tv"),
        ),
        tuple(areas.values()),
    )
    clause = read_clause("dim the living room lights to 40 percent", home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["light.living"]


def test_a_place_said_only_inside_a_devices_name_is_no_place() -> None:
    """Said: "Lock the front door": the hall's lock, though the stoop is "out front"."""
    areas = {
        "hall": HomeArea("hall", "Front Hall", (), ()),
        "stoop": HomeArea("stoop", "Front Stoop", ("stoop", "out front"), ()),
    }
    home = Home(
        (
            home_entity("lock.front", "Front Door", "hall", areas),
            home_entity("light.stoop", "Stoop Light", "stoop", areas),
        ),
        tuple(areas.values()),
    )
    clause = read_clause("Lock the front door", home)
    assert [e.entity_id for e in shortlist(home, clause).entities] == ["lock.front"]
