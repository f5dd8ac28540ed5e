"""Shortlist the devices a command names, so the model only chooses among them.

Each device is scored by how much of its name (or an alias) the words say, each word
weighted by how rare it is in the home (so "study" in "Study Lamp" counts for less
than "lamp" when three devices are called "Study ..."), plus how much of its area's
or floor's name they say. The kind of device the words mean ("the telly", "the
blinds", "unlock", "louder": the language's words for kinds and actions) narrows the
choice. A name said in full is always on the list. With no name at all, the devices
of the kind meant are the list, those in the satellite's area first. The previous
turn's targets count as said (for "and the bedroom too").

Everything here reads the command as the reading left it (reading.py): its words,
the kinds it names, "all"; and the home's names as read once (`NameIndex`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Final

from ..home.actions import ITEM_DOMAINS, ROAMING_DOMAINS
from ..home.snapshot import Home, HomeEntity
from ..language import Kind
from .kinds_of import (
    called_so,
    fits,
    in_the_satellites_room,
    kind_words_said,
    main_word_of_one,
    of_its_own_kind,
    of_the_floor,
    of_the_verb,
)
from .mains import the_main_ones
from .named import (
    name_share,
    named_beyond_rooms,
    named_by_kind_only,
    named_in_full,
    names_say,
    not_called_otherwise,
    one_said,
    satellite_areas,
    seen_from_here,
    specific_words,
    told_apart,
    told_by_kind_word,
    without_opposites,
)
from .names import plain_kind_words
from .narrowed import in_areas_said, no_room_holds, without_excepted
from .options import named_by_option, named_by_source
from .reading import Clause
from .whole import named_whole, places_said

MAX_CANDIDATES: Final = 8
# A device scoring below this share of the best score is not a candidate.
KEEP_RATIO: Final = 0.6
# The score of a device whose whole name or alias the words say: always kept.
NAMED_IN_FULL: Final = 3.0
# The score of a name whose words are all said, though not together.
PIECED: Final = 0.9


def shortlist(
    home: Home,
    clause: Clause,
    area_names: Iterable[str] = (),
    recalled: frozenset[str] = frozenset(),
) -> Home:
    """Return the part of the home that the words, the area and the last turn name."""
    found = _named(home, clause, area_names, recalled)
    if (
        clause.excluded
        and clause.every
        and _leaves_out_none(found, home, clause, area_names, recalled)
    ):
        # "All the lights upstairs except Thomas Room": what is left out is none of
        # them (a room elsewhere, or nothing known), so what to leave is unknown.
        return Home((), ())
    # "Put the big light on": the room's own light, of its lights.
    return Home(the_main_ones(found.entities, clause), found.areas)


def _leaves_out_none(
    found: Home,
    home: Home,
    clause: Clause,
    area_names: Iterable[str],
    recalled: frozenset[str],
) -> bool:
    """Return whether what "except" names is none of the devices the command is of."""
    whole = _named(home, replace(clause, excluded=frozenset()), area_names, recalled)
    kept = {e.entity_id for e in found.entities}
    return bool(kept) and kept >= {e.entity_id for e in whole.entities}


def _named(
    home: Home,
    clause: Clause,
    area_names: Iterable[str],
    recalled: frozenset[str],
) -> Home:
    """Return the part of the home that the words, the area and the last turn name."""
    index = clause.names
    words = clause.words | recalled
    if clause.excluded:
        home = without_excepted(home, clause)
    home = in_areas_said(without_opposites(home, words, index), clause, index)
    meant = clause.meant
    named = named_in_full(home, words, index, clause.spans)
    area_score = seen_from_here(
        home, clause, places_said(home, clause, words, named), area_names
    )
    named_areas = {area_id for area_id, score in area_score.items() if score >= 1.0}
    if not named_areas and meant:
        # "De verwarming bij Julia": a word only "Kamer van Julia" has, where a
        # device of the kind meant is, says that room.
        telling = {
            area
            for w in words & index.telling.keys()
            # "In the kids' rooms" is no "kids' bathroom": "room" is not its word.
            if words & index.area_words <= index.words_of_area(area := index.telling[w])
        }
        named_areas = {
            e.area_id
            for e in home.entities
            if e.area_id in telling and fits(e, meant, clause)
        }
    said_areas = bool(named_areas)
    if not named_areas:
        # The satellite's area stands in for an area the words do not name; "hier"
        # says it ("mach hier alles Licht aus": this room's, never the home's), as
        # does an "all" of those here ("灯都关了").
        named_areas = satellite_areas(home, area_names)
        language = clause.language
        every = language.every.intersection(clause.tokens)
        said_areas = (
            clause.every
            and bool(named_areas)
            and (
                not language.here.isdisjoint(clause.tokens)
                or bool(every)
                and every <= language.every_here
            )
        )
        here = (
            None
            if said_areas
            else in_the_satellites_room(home, clause, meant, named_areas)
        )
        if here is not None:
            return here
        if clause.comfort:
            # "It's freezing in here": the room the user is in, or no device at all.
            return Home(entities=(), areas=())
    scores: dict[str, float] = {}
    if station := _by_station(home, clause, named, named_areas, said_areas):
        return station
    whole, unnamed = named_whole(home, named, clause, named_areas, said_areas)
    for entity in home.entities:
        by_name = name_share(index.of(entity), words, index)
        if by_name >= 1.0 and entity.entity_id not in whole:
            # A name inside a longer one said is less ("the heat pump" is no
            # "Pump"), as is a kind said beside another's own word; every word of
            # one said apart is more than a word of another's ("das Licht beim
            # Lavabo" is the "Lavabolicht", not the "WC-Licht").
            by_name = 0.0 if entity.entity_id in unnamed else 0.5 if named else PIECED
        by_area = area_score.get(entity.area_id or "", 0.0)
        # A list said by its kind is in every room: an item's words may name one.
        anywhere = bool(meant) and entity.domain in ITEM_DOMAINS
        in_area = (entity.area_id in named_areas or anywhere) and (
            not meant or fits(entity, meant, clause)
        )
        if by_name >= 1.0:
            scores[entity.entity_id] = NAMED_IN_FULL
        elif by_name > 0 or in_area:
            scores[entity.entity_id] = (
                by_name + 0.5 * by_area + (0.5 if in_area else 0.0)
            )
    if meant:
        kind_words = kind_words_said(clause)

        def kept(entity: HomeEntity) -> bool:
            # Named in full, or of the kind meant; "the office lights": in the area named.
            # "The TV in Jake's room" is no living room TV called "TV": a name that
            # only says a kind places no device outside the room said.
            if scores[entity.entity_id] >= NAMED_IN_FULL:
                return (
                    not said_areas
                    or entity.area_id in named_areas
                    or entity.domain in ROAMING_DOMAINS
                    or entity.domain in ITEM_DOMAINS  # "redd up the cellar" on "Chores"
                    or not named_by_kind_only(entity, clause, words)
                )
            return (
                fits(entity, meant, clause) or called_so(entity, clause, kind_words)
            ) and (
                not said_areas
                or entity.area_id in named_areas
                or entity.domain in ITEM_DOMAINS  # "add clean the kitchen to ..."
                # "Start the robot, the cook has finished in the kitchen".
                or entity.domain in ROAMING_DOMAINS
            )

        fitting_ones = of_its_own_kind(
            [e for e in home.entities if e.entity_id in scores and kept(e)], clause
        )
        joined = False
        if said_areas and not clause.every:
            # "The big light in the living room": the Big Light, not the room's lamps.
            told, joined = told_apart(fitting_ones, clause, named_areas)
            fitting_ones = told or fitting_ones
        lists = all(e.domain in ITEM_DOMAINS for e in fitting_ones)
        if (said_areas and len(named_areas) == 1 and not joined) or lists:
            # "Both lamps in our room": the lamps, not the room's ceiling light. Not
            # on a floor: "alle Lampen unten" are all its lights. Lists are in no
            # room: "the to-do list" is the "Family To-Do", not the "Shopping List".
            fitting_ones = told_by_kind_word(fitting_ones, clause) or fitting_ones
        if lists:
            # "The shopping list" is no "Personal Tasks".
            fitting_ones = not_called_otherwise(fitting_ones, clause) or fitting_ones
        fitting = {e.entity_id for e in fitting_ones}
        if clause.every and not said_areas:
            # "Lock both locks": every device of the kind, whatever its name says.
            return _every(home, meant, scores, clause, named)
        if fitting or said_areas:
            scores = {k: v for k, v in scores.items() if k in fitting}
            if clause.every and scores:
                # "All the TVs downstairs": each TV there, also those no alias ("TV")
                # calls in full; a light called "Ceiling Fan Light" is no fan.
                top = max(scores.values())
                scores = {
                    e.entity_id: top if fits(e, meant, clause) else scores[e.entity_id]
                    for e in fitting_ones
                }
        elif not clause.kinds and names_say(
            (e for e in home.entities if e.entity_id in scores), clause
        ):
            # "Lower the laundry rack": only the verb says a kind, and the devices
            # named cannot do it; none of that kind stands in ("water the garden"
            # still waters it: "water" says valves).
            scores = {}
        elif not clause.kinds and clause.unknown:
            # "Heat up the spa pool": only the verb says a kind, and the words name
            # a thing the home has no name for; no heat pump stands in for it.
            scores = {}
        else:
            # No name said: every device of that kind, the satellite's area first;
            # "bump the heat up" in the kitchen: the thermostat of its floor.
            one = of_the_floor(home, clause, meant, named_areas)
            scores = {
                e.entity_id: 1.0 + (0.5 if e.area_id in named_areas else 0.0)
                for e in ([one] if one else home.entities)
                if fits(e, meant, clause)
            }
    elif said_areas and clause.unknown and not named_beyond_rooms(home, words, index):
        # "Enciende la chimenea del salón": no kind and no name said, and a word
        # nothing explains names the thing meant; no device of the room stands in.
        scores = {}
    if not scores:
        # "Put on Today FM": no device named, but the station names the radio.
        said = named_by_option(home, clause.tokens_and_words()) if not meant else ()
        return Home(entities=said, areas=())
    if not said_areas:
        scores = _in_the_room(scores, clause, named_areas)
    best = max(scores.values())
    chosen = sorted(
        (k for k, v in scores.items() if v >= best * KEEP_RATIO),
        key=lambda k: -scores[k],
    )
    # "Alle Lampen unten": no cap, as "All lights" means every one offered.
    keep = set(chosen if clause.every else chosen[:MAX_CANDIDATES]) | {
        k for k, v in scores.items() if v >= NAMED_IN_FULL
    }
    entities = tuple(e for e in home.entities if e.entity_id in keep)
    area_ids = {e.area_id for e in entities}
    areas = tuple(
        a for a in home.areas if a.area_id in named_areas and a.area_id in area_ids
    )
    return Home(entities=entities, areas=areas)


def _by_station(
    home: Home, clause: Clause, whole: frozenset[str], areas: set[str], said: bool
) -> Home | None:
    """Return the players a station or app of their own said names ("Cool FM").

    "Put on Cool FM in the kitchen": the kitchen's speaker, whose station it is,
    though "cool" and "put on" would say a thermostat or the kitchen's light. Not
    where a device is named in full; in the areas only where they are `said`.
    """
    if whole:
        return None
    players = [
        entity
        for entity in named_by_source(home, clause)
        if not said or entity.area_id in areas
    ]
    return Home(entities=tuple(players), areas=()) if players else None


def _in_the_room(
    scores: dict[str, float], clause: Clause, room: set[str]
) -> dict[str, float]:
    """Return the scores of the satellite's room's devices, where one is asked for.

    "Dreh das Deckenlicht ab" in the bedroom: one ceiling light, the bedroom's, where
    the words tell the rooms' ones no further apart.
    """
    if not room or not one_said(clause):
        return scores
    devices = clause.names.devices
    here = {k for k in scores if devices[k].area_id in room}
    others = [v for k, v in scores.items() if k not in here]
    if here and max(scores[k] for k in here) >= max(others, default=0.0):
        return {k: scores[k] for k in here}
    return scores


def _every(
    home: Home,
    meant: Iterable[Kind],
    scores: dict[str, float],
    clause: Clause,
    whole: frozenset[str],
) -> Home:
    """Return every device of the kinds meant, and those named in full: "all the X".

    No cap: "All lights" must mean all of them, and it means what is offered here.
    Words of their names narrow them: "both nightstand lamps" are two lamps. Words of
    rooms that no room is called say none ("the fans in the kids' rooms").
    """
    if no_room_holds(clause.names, clause.words, whole):
        return Home((), ())
    # "加湿器都开开", "turn on all the humidifiers": the plugs named so too; not
    # "all the lights", which Home Assistant keeps to lights (no Christmas tree).
    meant = tuple(meant)
    lights = any(domain == "light" for domain, _ in meant)
    plugs = frozenset() if lights else kind_words_said(clause)
    fitting = [
        e
        for e in home.entities
        if fits(e, meant, clause)
        or (e.domain == "switch" and called_so(e, clause, plugs))
    ]
    fitting = of_the_verb(fitting, clause) or fitting
    specific = specific_words(clause)
    if loose := main_word_of_one(fitting, meant, clause):
        # "Every ceiling fan": those called a fan, not the "Hot Tub Jets".
        specific = (specific - loose) | (
            clause.words & plain_kind_words(clause.language)
        )
    named = [e for e in fitting if any(name & specific for name in clause.names.of(e))]
    keep = {e.entity_id for e in named or fitting}
    keep |= {k for k, v in scores.items() if v >= NAMED_IN_FULL}
    return Home(tuple(e for e in home.entities if e.entity_id in keep), ())


def leaned_on(home: Home, clause: Clause, targets: Iterable[str]) -> Home | None:
    """Return the devices of the command before, for a command that leans on it.

    "Turn on the desk fan and make it oscillate": "it" is the desk fan, never the
    ceiling fan. None when the words name devices of their own, or when the command
    before named a group (its devices are then found as usual).
    """
    if not clause.refers_back or clause.kinds or any(o for _, _, o in clause.spans):
        return None
    said = set(targets)
    entities = tuple(e for e in home.entities if e.label in said)
    return Home(entities, ()) if entities else None
