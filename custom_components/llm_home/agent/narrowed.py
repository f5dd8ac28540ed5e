"""What the words rule out before the devices are scored.

A device outside every area a command says ("the ensuite fan" is no bedroom fan),
a device left out with "except" ("…but leave the island pendants on"), and rooms
said that no room is called ("the fans in the kids' rooms"). Read by the shortlist
(shortlist.py).
"""

from __future__ import annotations

from ..home.actions import ITEM_DOMAINS, ROAMING_DOMAINS
from ..home.snapshot import Home, HomeEntity
from .named import in_full, named_in_full
from .names import NameIndex
from .reading import Clause
from .tokens import all_action_words


def in_areas_said(home: Home, clause: Clause, index: NameIndex) -> Home:
    """Return the home without the devices that no area word of a command fits.

    "Turn on the ensuite fan" never means the bedroom's fan: when a command says a
    word of an area's (or floor's) name, a device must be in such an area or have
    the word in its own name. A list is the exception: its item's words are free
    ("add clean the kitchen to my list"), and so is a device said by its whole name
    when none such is in the area.
    """
    # "garage" is a kind as well, and "back" (of "Back Entrance") an action's word:
    # "send the Roomba back to its dock".
    said = {
        word
        for word in clause.words & index.place_words
        if not clause.language.kinds_meant([word])
        and word not in all_action_words(clause.language)
    }
    if not clause.command or not said:
        return home

    def fits_area(entity: HomeEntity) -> bool:
        if entity.domain in ITEM_DOMAINS or entity.domain in ROAMING_DOMAINS:
            return True
        names = (*index.of(entity), *index.of_area(entity.area_id))
        return any(name & said for name in names)

    kept = tuple(e for e in home.entities if fits_area(e))
    named = named_in_full(home, clause.words, index)
    if named and not any(e.entity_id in named for e in kept):
        # "Off the TV, the kids must do homework": the TV, though "kids" is a room's.
        kept += tuple(e for e in home.entities if e.entity_id in named)
    return Home(kept, home.areas)


def without_excepted(home: Home, clause: Clause) -> Home:
    """Return the home without the devices, and areas' devices, named after "except"."""
    kept = tuple(e for e in home.entities if not _left_as_is(e, clause))
    if len(kept) == len(home.entities):
        # "Except the one by the window": what to leave out is unknown, so nothing.
        return Home((), ())
    return Home(kept, home.areas)


def _left_as_is(entity: HomeEntity, clause: Clause) -> bool:
    """Return whether the words after "except" name the device, or what tells it apart.

    "…but leave the under cabinet ones on": "under cabinet" of "Under Cabinet
    Lights"; "turn off Mateo's light but leave his night light on": "night" is what
    no other light of his room is called.
    """
    index, language, excluded = clause.names, clause.language, clause.excluded
    if in_full((*index.of(entity), *index.of_area(entity.area_id)), excluded):
        return True
    # "Every ceiling fan except the one on the porch": the "Porch Fan", its kind said
    # before the exception.
    implied = excluded | {w for w in clause.words if language.kinds_meant([w])}
    if any(name & excluded and name <= implied for name in index.of(entity)):
        return True
    if entity.area_id and any(index.telling.get(w) == entity.area_id for w in excluded):
        return True  # "…, außer bei der Oma": a word only "Zimmer Oma" has
    room = index.words_of_area(entity.area_id)
    said = (
        excluded
        - language.exceptions
        - language.contrasts
        - set(language.without.values())
    )
    if said and all(language.kinds_meant([w]) for w in said):
        # Only kinds said ("客厅窗帘打开，纱帘不要动", "toutes les lumières sauf la
        # veilleuse"): a kind word the command did not say tells the device.
        classes = {
            kind for kind in language.kinds_meant(said) if kind[1] is not None
        } - clause.kinds
        return any(
            ((told := name - room - clause.words) and told <= excluded)
            # "夜灯" of "小夜灯": a name that says the class said.
            or not classes.isdisjoint(language.kinds_meant(name))
            for name in index.of(entity)
        )
    return any(
        (telling := {w for w in name - room if not language.kinds_meant([w])})
        and telling <= excluded
        for name in index.of(entity)
    )


def no_room_holds(
    index: NameIndex, words: frozenset[str], named: frozenset[str]
) -> bool:
    """Return whether words of rooms are said that no one room's names hold together.

    "In the kids' rooms" with a "Kai's Room" and a "kids' bathroom": none is both.
    The words of a device named in full are its own ("the Family Room Fan").
    """
    place = words & index.place_words
    place -= {w for e in named for name in index.entities.get(e, ()) for w in name}
    return bool(place) and not any(
        place <= index.words_of_area(area_id) for area_id in index.areas
    )
