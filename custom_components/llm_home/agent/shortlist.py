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

from collections.abc import Iterable, Sequence
from typing import Final

from ..home.actions import CONTROL_DOMAINS, ITEM_DOMAINS, ROAMING_DOMAINS
from ..home.capabilities import device_class
from ..home.snapshot import Home, HomeEntity
from ..language import Kind
from .mains import the_main_ones
from .named import (
    areas_named,
    areas_said,
    in_full,
    name_share,
    named_beyond_rooms,
    named_by_kind_only,
    named_in_full,
    names_say,
    not_called_otherwise,
    one_said,
    part_of_one_named,
    satellite_areas,
    seen_from_here,
    specific_words,
    told_by_kind_word,
    told_by_name,
    without_opposites,
)
from .names import NameIndex, in_areas, naming_words
from .options import named_by_option, named_by_source
from .reading import Clause
from .tokens import all_action_words

MAX_CANDIDATES: Final = 8
# A device scoring below this share of the best score is not a candidate.
KEEP_RATIO: Final = 0.6
# The score of a device whose whole name or alias the words say: always kept.
NAMED_IN_FULL: Final = 3.0
# The score of a name whose words are all said, though not together.
PIECED: Final = 0.9


def fits(entity: HomeEntity, meant: Iterable[Kind], clause: Clause) -> bool:
    """Return whether a device is of one of the kinds meant, able to do what they say.

    A device without a class is of the class its name says ("Lounge TV"); "the
    heating" is no air conditioner without a heat mode.
    """
    cls = device_class(entity)
    return any(
        domain == entity.domain
        and (
            kind in (None, cls)
            or (
                cls is None
                and kind is not None
                and _named_as(entity, kind, clause.names)
            )
        )
        for domain, kind in meant
    ) and all(
        value in entity.attributes.get(attribute, (value,))
        for attribute, value in clause.needs
    )


def _named_as(entity: HomeEntity, kind: str, index: NameIndex) -> bool:
    words = index.language.class_only_words(entity.domain, kind)
    return any(words & name for name in index.of(entity))


def kind_words_said(clause: Clause) -> frozenset[str]:
    """Return the kind words said that may call a device of another kind so.

    "Turn on the heater" means the smart plug called "Space Heater" as well as the
    thermostats. "Is the garage door open?": "garage" says where, and calls no
    light so.
    """
    language = clause.language
    where = naming_words((clause.tokens[i] for i in in_areas(clause.spans)), language)
    # "The fan light": "fan" only says which light (meant.py), and calls no fan so.
    return frozenset(
        w for w in clause.words - where if language.kinds_meant([w]) & clause.kinds
    )


def called_so(entity: HomeEntity, clause: Clause, kind_words: frozenset[str]) -> bool:
    """Return whether a device's name says one of `kind_words`; no sensor's in a command.

    Never a light's: a light is named for what it lights ("Led TV" behind the TV,
    "Fan Light"), and "accendi la televisione" is the TV.
    """
    if clause.command and entity.domain not in CONTROL_DOMAINS:
        return False
    if entity.domain == "light" and not any(d == "light" for d, _ in clause.meant):
        return False
    return any(name & kind_words for name in clause.names.of(entity))


def _in_areas_said(home: Home, clause: Clause, index: NameIndex) -> Home:
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
        for word in clause.words & index.area_words
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


def _without_excepted(home: Home, clause: Clause) -> Home:
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
    if entity.area_id and any(index.telling.get(w) == entity.area_id for w in excluded):
        return True  # "…, außer bei der Oma": a word only "Zimmer Oma" has
    room = {word for name in index.of_area(entity.area_id) for word in name}
    return any(
        (telling := {w for w in name - room if not language.kinds_meant([w])})
        and telling <= excluded
        for name in index.of(entity)
    )


def of_its_own_kind[T: HomeEntity](entities: Sequence[T], clause: Clause) -> list[T]:
    """Return the devices of the kind whose own word is said, where there are some.

    "Turn on the fan": the fan, not the air conditioner's fan mode, where the room
    has a fan; "the heating" (no kind's own word) keeps them all, and so do a
    question ("how much battery left on the door lock?") and a word of a name
    ("the altar light" is a smart plug, "the heat pump on fan only" a heat pump).
    """
    language = clause.language
    if (asked := _of_the_verb(entities, clause)) is not None:
        return asked
    if not clause.command or names_say(entities, clause):
        return list(entities)
    if main := language.main_kinds & clause.words:
        # "Metti il termostato a 20,5": the "Termostato", not the radiator valves.
        called = [e for e in entities if any(main & n for n in clause.names.of(e))]
        if len(called) == 1:
            return called
    own = {
        domain
        for domain, name in language.kind_names.items()
        if language.singular(name) in clause.words
    }
    kept = [e for e in entities if e.domain in own]
    if not kept or len(own) != 1:
        return list(entities)
    return part_of_one_named(entities, kept, clause) or kept


def _of_the_verb[T: HomeEntity](
    entities: Sequence[T], clause: Clause
) -> list[T] | None:
    """Return the devices a question's verb says, where it says one kind of them.

    "Did anybody lock the front door?": the lock, not the door's sensor ("is the
    front door open?" says no one kind: "open" is said of many).
    """
    if not clause.question or len(clause.verb_domains) != 1:
        return None
    if any(domain == "sensor" and cls for domain, cls in clause.kinds):
        return None  # "how much battery left on the door lock?": the battery's
    return [e for e in entities if e.domain in clause.verb_domains] or None


def _here(
    home: Home, clause: Clause, meant: frozenset[Kind], areas: set[str]
) -> Home | None:
    """Return the devices of the kind meant in the satellite's room, when words say no more.

    "Turn on the lights" (or "it's too dark in here") from the kitchen means the
    kitchen's lights, unless a word other than a kind word is part of a name.
    """
    if not meant or not areas or clause.every:
        return None
    if names_say(home.entities, clause):
        return None
    kind_words = kind_words_said(clause)
    here = tuple(
        of_its_own_kind(
            [
                e
                for e in home.entities
                if e.area_id in areas
                and (fits(e, meant, clause) or called_so(e, clause, kind_words))
            ],
            clause,
        )
    )
    if not here:
        return None
    # "Accendi i faretti" in the mansarda: its spotlights, not its Hue Go too; "put
    # the lamp on" in a kitchen without one: not its lights, where others are lamps.
    told = tuple(told_by_kind_word(here, clause))
    if (
        not told
        and not clause.comfort
        # "Turn on the AC" in the casita, whose one AC is called so ("Nana's AC").
        and not any(called_so(e, clause, kind_words) for e in here)
        and told_by_kind_word(
            [e for e in home.entities if fits(e, meant, clause)], clause
        )
    ):
        return None
    here = told or here
    return Home(here, tuple(a for a in home.areas if a.area_id in areas))


def shortlist(
    home: Home,
    clause: Clause,
    area_names: Iterable[str] = (),
    recalled: frozenset[str] = frozenset(),
) -> Home:
    """Return the part of the home that the words, the area and the last turn name."""
    found = _named(home, clause, area_names, recalled)
    # "Put the big light on": the room's own light, of its lights.
    return Home(the_main_ones(found.entities, clause), found.areas)


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
        home = _without_excepted(home, clause)
    home = _in_areas_said(without_opposites(home, words, index), clause, index)
    meant = clause.meant
    named = named_in_full(home, words, index, clause.spans)
    area_score = seen_from_here(
        home, clause, _places_said(home, clause, words, named), area_names
    )
    named_areas = {area_id for area_id, score in area_score.items() if score >= 1.0}
    if not named_areas and meant:
        # "De verwarming bij Julia": a word only "Kamer van Julia" has, where a
        # device of the kind meant is, says that room.
        telling = {index.telling[w] for w in words & index.telling.keys()}
        named_areas = {
            e.area_id
            for e in home.entities
            if e.area_id in telling and fits(e, meant, clause)
        }
    said_areas = bool(named_areas)
    if not named_areas:
        # The satellite's area stands in for an area the words do not name; "hier"
        # says it ("mach hier alles Licht aus": this room's, never the home's).
        named_areas = satellite_areas(home, area_names)
        said_areas = (
            clause.every
            and bool(named_areas)
            and not clause.language.here.isdisjoint(clause.tokens)
        )
        here = None if said_areas else _here(home, clause, meant, named_areas)
        if here is not None:
            return here
        if clause.comfort:
            # "It's freezing in here": the room the user is in, or no device at all.
            return Home(entities=(), areas=())
    scores: dict[str, float] = {}
    if station := _by_station(home, clause, named, named_areas, said_areas):
        return station
    whole, unnamed = _named_whole(home, named, clause, named_areas, said_areas)
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
        if said_areas and not clause.every:
            # "The big light in the living room": the Big Light, not the room's lamps.
            told = told_by_name(fitting_ones, clause, named_areas)
            fitting_ones = told or fitting_ones
        lists = all(e.domain in ITEM_DOMAINS for e in fitting_ones)
        if (said_areas and len(named_areas) == 1) or lists:
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
            return _every(home, meant, scores, clause)
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
            # No name said: every device of that kind, the satellite's area first.
            scores = {
                e.entity_id: 1.0 + (0.5 if e.area_id in named_areas else 0.0)
                for e in home.entities
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


def _places_said(
    home: Home, clause: Clause, words: frozenset[str], named: frozenset[str]
) -> dict[str, float]:
    """Return how fully the words name each area, but for names said inside another's.

    "Lock the front door" says "front", all that is left of the stoop's alias "out
    front": inside the name of a lock in the hall, it says no place.
    """
    index = clause.names
    score = areas_named(index, words)
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


def _named_whole(
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
        return whole, unnamed
    room = {e.entity_id for e in home.entities if e.area_id in here}
    return (whole & room) or whole, unnamed


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
    home: Home, meant: Iterable[Kind], scores: dict[str, float], clause: Clause
) -> Home:
    """Return every device of the kinds meant, and those named in full: "all the X".

    No cap: "All lights" must mean all of them, and it means what is offered here.
    Words of their names narrow them: "both nightstand lamps" are two lamps.
    """
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
    fitting = _of_the_verb(fitting, clause) or fitting
    specific = specific_words(clause)
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
