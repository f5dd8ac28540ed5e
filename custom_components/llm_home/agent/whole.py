"""The devices named in full, and the places the words say.

"Put the Bloom on" in the parlor is the parlor's Bloom; "de verwarming bij Daan" is
Radiator Daan, not the thermostat whose alias is only the kind; "Mach d'Stehlampe
aus" in Katrin's flat is her "Stehlampe Katrin Stehlampe". "Lock the front door"
says no place "out front". Read by the shortlist (shortlist.py).
"""

from __future__ import annotations

from ..home.snapshot import Home
from .kinds_of import fits
from .named import (
    areas_named,
    areas_said,
    named_by_kind_only,
    places_in_a_row,
    specific_words,
)
from .reading import Clause


def places_said(
    home: Home, clause: Clause, words: frozenset[str], named: frozenset[str]
) -> dict[str, float]:
    """Return how fully the words name each area, but for names said inside another's.

    "Lock the front door" says "front", all that is left of the stoop's alias "out
    front": inside the name of a lock in the hall, it says no place.
    """
    index = clause.names
    score = areas_named(index, words, places_in_a_row(clause))
    devices = [e for e in home.entities if e.entity_id in named]
    if clause.every or not devices:
        return score
    inside = {w for e in devices for name in index.of(e) if name <= words for w in name}

    def only_inside(area_id: str) -> bool:
        said = [name for name in index.of_area(area_id) if name and name <= words]
        return all(name <= inside for name in said) and not any(
            e.area_id == area_id for e in devices
        )

    return {a: v for a, v in score.items() if v < 1.0 or not only_inside(a)}


def named_whole(
    home: Home, whole: frozenset[str], clause: Clause, here: set[str], said: bool
) -> tuple[frozenset[str], frozenset[str]]:
    """Return the devices named in full, and those named by a kind only, set aside.

    Of several named, those of the satellite's room: "Put the Bloom on" in the
    parlor is the parlor's Bloom (`here` is the satellite's room where no area is
    `said`). A name that is only a kind ("verwarming", the thermostat's alias)
    names nothing where a word of another device's own name is said: "de
    verwarming bij Daan" is Radiator Daan (of the kind said too).
    """
    index = clause.names
    unnamed = frozenset(
        e.entity_id
        for e in home.entities
        if e.entity_id in whole and named_by_kind_only(e, clause, clause.words)
    )
    # The words said beyond the names said in full ("daan"), none of theirs, nor of a
    # room said in full: "die Lichterkette im Wohnzimmer" is the string lights there.
    rooms = (name for area in areas_said(clause) for name in index.of_area(area))
    beyond = specific_words(clause).difference(
        *rooms,
        *(
            name
            for e in home.entities
            if e.entity_id in unnamed
            for name in index.of(e)
        ),
    )
    if not any(
        e.entity_id not in whole
        and fits(e, clause.meant, clause)
        and any(name & beyond for name in index.of(e))
        for e in home.entities
    ):
        unnamed = frozenset()
    whole -= unnamed
    if said or len(whole) < 2 or clause.every:
        return (_called_alike(home, whole, clause, here) or whole), unnamed
    room = {e.entity_id for e in home.entities if e.area_id in here}
    return (whole & room) or whole, unnamed


def _called_alike(
    home: Home, whole: frozenset[str], clause: Clause, here: set[str]
) -> frozenset[str]:
    """Return the devices of the room (said, or the satellite's) whose names hold it.

    The one device named in full, where it is in another room.

    "Mach d'Stehlampe aus" said in Katrin's flat, whose floor lamp is "Stehlampe
    Katrin Stehlampe", with a "Stehlampe" in the living room: hers.
    """
    if len(whole) != 1 or not here:
        return frozenset()
    index = clause.names
    entity = next(e for e in home.entities if e.entity_id in whole)
    if entity.area_id in here:
        return frozenset()
    said = [name for name in index.of(entity) if name and name <= clause.words]
    return frozenset(
        e.entity_id
        for e in home.entities
        if e.area_id in here
        and e.domain == entity.domain
        and any(s < name for s in said for name in index.of(e))
    )
