"""Which devices a command would still change: "turn off the AC" of two, one of them off.

A command for one device of several, of which only one is not yet as asked, is of
that one; a verb said alone ("pause") is of the devices it would change. Read by
the brain before the question back (which.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Final

from ..home.actions import action_named
from ..home.services import is_on
from ..home.snapshot import Home, HomeEntity
from .asked import offered
from .kinds_of import fits
from .named import one_said
from .reading import Clause

_BUSY: Final = frozenset({"playing", "buffering", "cleaning", "mowing"})
# Actions said alone ("pause") that only a busy, or an idle, device would follow.
_OF_BUSY: Final = frozenset({"pause", "resume", "next", "previous"})
# For an action that puts a device in a state, whether a device is there already:
# "turn off the AC" of two, one of them off, means the other.
_ALREADY: Final[Mapping[str, Callable[[str], bool]]] = {
    "turn_off": lambda state: state == "off",
    "turn_on": is_on,
    "close": lambda state: state in ("closed", "closing"),
    "open": lambda state: state in ("open", "opening"),
    "lock": lambda state: state in ("locked", "locking"),
    # A robot cleaning or mowing is busy as a player playing is ("暂停扫地").
    "pause": lambda state: state not in _BUSY,
    "resume": lambda state: state in _BUSY,
    "next": lambda state: state != "playing",
    "previous": lambda state: state != "playing",
}


def still_to_do(
    entities: Sequence[HomeEntity],
    clause: Clause,
    state_of: Callable[[str], str | None],
) -> list[HomeEntity]:
    """Return the devices the one action said would still change.

    "Apaga el aire" with two air conditioners, one of them on, is the one on; "quita
    la música" with a speaker playing and a TV off is the speaker. All of them when
    no such action, or more than one, is said.
    """
    language = clause.language
    if (
        clause.unknown
        or clause.numbers
        or not language.speakers.isdisjoint(clause.tokens)
    ):
        # "The underfloor heating in the bathroom", in a home with no bathroom: the
        # words name something not understood, so the question stays. "Ponle al
        # clima en 22" sets a value: both would change, whichever is on. "Cut my
        # lamp off": whose lamp is said, not which one is on.
        return list(entities)
    meant = {e.entity_id for e in entities}
    if any(meant <= owners for _, _, owners in clause.spans):
        # "Put the big light on" of two rooms' lights both called so, from a third
        # room with a light of its own: a name said, which no state tells apart.
        return list(entities)
    said = _states_said(clause)
    if len(said) != 1:
        # "Spiel das nächste Lied" says playing and the next song: which one would
        # change is not known, so the question stays.
        return list(entities)
    already = _ALREADY[said[0]]
    return [
        e
        for e in entities
        if (state := state_of(e.entity_id)) is None or not already(state)
    ]


def _states_said(clause: Clause) -> list[str]:
    """Return the actions said that put a device in a state (`_ALREADY`'s)."""
    language = clause.language
    # A kind of device names the device, not what to do: "metti in pausa la musica"
    # says pausing only, though "musica" is a word of playing too.
    words = {w for w in clause.tokens_and_words() if not language.kinds_meant([w])}
    return [
        name
        for name in _ALREADY
        if (action := action_named(name)) is not None
        and offered(action, clause)
        and not language.action(name).said_by.isdisjoint(words)
    ]


def the_one_it_changes(
    home: Home, candidates: Home, clause: Clause, state_of: Callable[[str], str | None]
) -> Home:
    """Return the one device offered that a command for one would change, if one.

    "Turn the light off" in a bedroom of three lights, one of them on, is that one;
    the others are offered still where none, or several, would change, also of the
    kind called otherwise ("astuta u condizionatore" with the "Climatizzatore Nonna"
    on too). A verb said of no kind and no name is of the devices it would change:
    "mets pause" in a kitchen where the speaker plays and the robot is docked is the
    speaker.
    """
    if not clause.command or len(candidates.entities) < 2:
        return candidates
    verb_only = (
        not (clause.kinds or clause.spans or clause.every or clause.refers_back)
        and set(_states_said(clause)) <= _OF_BUSY
    )
    if not (verb_only or one_said(clause)):
        return candidates
    if verb_only:
        left = still_to_do(candidates.entities, clause, state_of)
    else:
        areas = {area.area_id for area in candidates.areas}
        left = one_left(home, candidates.entities, clause, state_of, areas)
    if not left or (len(left) != 1 and not verb_only):
        return candidates
    return Home(entities=tuple(left), areas=candidates.areas)


def one_left(
    home: Home,
    entities: Sequence[HomeEntity],
    clause: Clause,
    state_of: Callable[[str], str | None],
    areas: Collection[str],
) -> list[HomeEntity]:
    """Return the devices the action said would still change, of those offered.

    All of them where another device of the kind, by any name, would change too
    ("astuta u condizionatore": Salvo's is on, and so is the "Climatizzatore
    Nonna"): in the `areas` (ids) the user is in or said, else in the home.
    """
    left = still_to_do(entities, clause, state_of)
    if len(left) != 1:
        return left
    peers = [
        e
        for e in home.entities
        if (not areas or e.area_id in areas) and fits(e, clause.meant, clause)
    ]
    return list(entities) if len(still_to_do(peers, clause, state_of)) > 1 else left
