"""Shortlist the devices a request names, so the model only chooses among them.

A word names a device when it is distinctive: it occurs in the names of at most
MAX_SHARING devices and areas ("kitchen", "hvac", "alarm"), unlike words that many
names share ("lights", "the"). The shortlist is the named entities and areas, the
satellite's area, and the targets of the previous turn (for "and the bedroom too").
When the words say a device's whole name, the request is about that device and the
model is not offered the "no such device" exit (a small model takes it far too often
for "please turn on the kitchen light").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Final

from .home import Home, HomeEntity, normalize

MAX_SHARING: Final = 2
# Words that say which kind of device is meant ("the lights in the lounge").
DOMAIN_WORDS: Final = {
    "light": frozenset(
        [
            "light",
            "lamp",
            "bulb",
            "brightness",
            "bright",
            "brighter",
            "dim",
            "dimmer",
            "colour",
            "color",
        ]
    ),
    "climate": frozenset(
        [
            "temperature",
            "degree",
            "warmer",
            "cooler",
            "heat",
            "heating",
            "cool",
            "cooling",
            "thermostat",
            "heater",
            "hvac",
            "fan",
            "ac",
        ]
    ),
    "alarm_control_panel": frozenset(["alarm", "arm", "disarm", "security"]),
}
# Sensors answer temperature questions too.
_ALSO_MEANT: Final = {"climate": frozenset({"sensor", "binary_sensor"})}
_STOP_WORDS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "of",
        "to",
        "at",
        "and",
        "or",
        "my",
        "our",
        "please",
        "set",
        "turn",
        "switch",
        "make",
        "is",
        "are",
        "it",
        "its",
        "all",
    ]
)


def _words(text: str) -> set[str]:
    """Return the words of a text, singular, without stop words."""
    return {
        word.removesuffix("s") if len(word) > 3 else word
        for word in normalize(text).split()
    } - _STOP_WORDS


def _distinctive(home: Home) -> set[str]:
    labels = [name for entity in home.entities for name in entity.names]
    labels += [name for area in home.areas for name in (*area.names, *area.floor_names)]
    counts = Counter(word for name in labels for word in _words(name))
    return {word for word, count in counts.items() if count <= MAX_SHARING}


def shortlist(
    home: Home,
    text: str,
    area_names: Iterable[str] = (),
) -> Home:
    """Return the part of the home that the words, the area and the last turn name."""
    words = _words(text)
    said = words & _distinctive(home)
    meant = {
        domain for domain, domain_words in DOMAIN_WORDS.items() if domain_words & words
    }
    meant |= {extra for domain in meant for extra in _ALSO_MEANT.get(domain, ())}
    for name in area_names:
        said |= _words(name)
    areas = tuple(
        area
        for area in home.areas
        if any(_words(name) & said for name in (*area.names, *area.floor_names))
    )
    area_ids = {area.area_id for area in areas}

    def named(entity: HomeEntity) -> bool:
        if any(_words(name) & said for name in entity.names):
            return True
        # Named through its area: only if it is of the kind of device the words mean.
        return entity.area_id in area_ids and (not meant or entity.domain in meant)

    return Home(entities=tuple(e for e in home.entities if named(e)), areas=areas)


def says_a_name(home: Home, text: str) -> bool:
    """Return whether the words hold the whole name (or an alias) of one of the devices.

    "kitchen light off" says "Kitchen Light" in full; "turn on the garage lights"
    says no device of a home whose only light is the "Garden Light".
    """
    words = _words(text)
    return any(
        (name_words := _words(name)) and name_words <= words
        for entity in home.entities
        for name in entity.names
    )
