"""Upstairs and downstairs: which floors of the home are up, and which down.

Home Assistant's floors have a level (0 the ground floor, below 0 a basement), which
users often leave unset; the floors' names then say it ("Ground Floor", "First
Floor", "Basement"), read with the words of the home's language (language/floors.py).
"The lights upstairs" then means the lights on the floors above, in a home that has
no floor or area called "upstairs". Read once per home (snapshot.py), said in the
request's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
import re
from typing import TYPE_CHECKING, Final

from ..language import Language

if TYPE_CHECKING:
    from .snapshot import HomeArea  # snapshot.py reads the storeys from here

_NUMBER: Final = re.compile(r"-?\d+")
UP: Final = 1
DOWN: Final = 0
TOP: Final = 2  # up, and the highest floor
# The level the tables give an attic ("attic": 10, "Dachgeschoss": 10).
ATTIC: Final = 10


def floor_level(area: HomeArea, language: Language) -> int | None:
    """Return the level of the area's floor: Home Assistant's, else its name's."""
    if area.level is not None or not area.floor_names:
        return area.level
    name = area.floor_names[0].casefold()
    if number := _NUMBER.search(name):
        return int(number.group())  # "Level 2", "2nd Floor", "2. OG"
    levels = language.floors.levels
    words = [*language.words(name)]
    if language.unspaced:
        # "一楼": a word of the table said inside the name.
        words += [word for word in levels if word in name]
    # "Planta de arriba", "Étage du haut": a floor called by where it is ("étage"
    # alone would be the first floor).
    for where, level in ((language.floors.above, UP), (language.floors.below, DOWN)):
        said = set(language.words(where)) - language.stop_words
        if said and said <= set(words):
            return level
    return next((levels[word] for word in words if word in levels), None)


def storeys(areas: Iterable[HomeArea], language: Language) -> dict[str, int]:
    """Return UP or DOWN for each area on a floor that is upstairs or downstairs.

    Of two levels, the higher is up and the lower down (a bungalow's basement is
    downstairs). Of more, the floors above the ground floor are up and the ground
    floor is down; where no floor is called the ground floor, the lowest that is no
    basement is ("First Floor" in the United States). None where a floor or area of
    the home is already called so: the home's own names win ("Upstairs Bathroom"
    does not call its area so: it is upstairs, with the rest of its floor). Where
    only one word is a floor's name ("Upstairs"), the other still says its floors.
    """
    areas = list(areas)
    floors = language.floors
    above, below = language.words(floors.above), language.words(floors.below)
    called = {
        area.area_id: {
            language.words(name.casefold()) for name in (*area.names, *area.floor_names)
        }
        for area in areas
    }
    said = set().union(*called.values())
    if not (above and below) or {above, below} <= said:
        return {}
    levels = {area.area_id: floor_level(area, language) for area in areas}
    known = sorted({level for level in levels.values() if level is not None})
    unread = {
        a.floor_names[0] for a in areas if a.floor_names and levels[a.area_id] is None
    }
    if len(known) == 1 and not 0 <= known[0] < ATTIC and len(unread) == 1:
        # "Dachgeschoss" and "Wohnebene": of two floors, the other is below the attic
        # (above the basement). Not beside a storey said by its number: "4. Stock"
        # and a "Dachstock" the table does not know may be either way.
        other = known[0] - 1 if known[0] > 0 else known[0] + 1
        for area in areas:
            if area.floor_names and levels[area.area_id] is None:
                levels[area.area_id] = other
        known = sorted({*known, other})
    if len(known) < 2:
        return {}
    ground = known[0]
    if len(known) > 2:
        ground = min((level for level in known if level >= 0), default=ground)
    storey = {
        area_id: (TOP if level == known[-1] else UP) if level > ground else DOWN
        for area_id, level in levels.items()
        if level is not None and level >= ground
    }
    # A floor called "Upstairs" keeps that word; the floor below is still downstairs,
    # unless the home calls a room below it "upstairs".
    for word, up in ((above, True), (below, False)):
        if word not in said:
            continue
        if any(
            word in called[a] and (storey.get(a, DOWN) != DOWN) != up for a in called
        ):
            return {}
        storey = {k: v for k, v in storey.items() if (v != DOWN) != up}
    return storey


def relative_floor_names(
    areas: Iterable[HomeArea], language: Language
) -> Mapping[str, tuple[str, ...]]:
    """Return what each area's floor is called by where it is ("upstairs")."""
    floors = language.floors
    if not (floors.above and floors.below):
        return {}
    names = {
        DOWN: (floors.below,),
        UP: (floors.above,),
        TOP: (floors.above, *filter(None, [floors.top])),
    }
    return {
        area.area_id: names[area.storey] for area in areas if area.storey is not None
    }
