"""Which devices a kind of device said means: "the telly", "the heater", "the fans".

A device is of a kind by its domain and class, or by its name where it has no class
("Lounge TV"); a smart plug named after an appliance ("Space Heater") is called so;
a kind's own word ("fan") keeps its devices over those that merely have the mode.
Read by the shortlist (shortlist.py), the question back (which.py) and the guards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from ..home.actions import CONTROL_DOMAINS
from ..home.capabilities import device_class
from ..home.snapshot import Home, HomeEntity
from ..language import Kind
from .meant import MAIN_KINDS
from .named import names_say, part_of_one_named, told_by_kind_word
from .names import NameIndex, in_areas, naming_words
from .reading import Clause

# The domains whose devices Home Assistant gives no class: a kind of them ("台灯",
# "the desk lamp") is told by the device's name alone.
_CLASSLESS: Final = frozenset({"light", "fan", "climate"})


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


def a_kind_by_name(clause: Clause) -> bool:
    """Return whether the words say a kind that only the devices' names tell ("台灯").

    Home Assistant's matcher reads "台灯关掉" as every light of the room.
    """
    return any(cls and domain in _CLASSLESS for domain, cls in clause.kinds)


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


def of_its_own_kind[T: HomeEntity](entities: Sequence[T], clause: Clause) -> list[T]:
    """Return the devices of the kind whose own word is said, where there are some.

    "Turn on the fan": the fan, not the air conditioner's fan mode, where the room
    has a fan; "the heating" (no kind's own word) keeps them all, and so do a
    question ("how much battery left on the door lock?") and a word of a name
    ("the altar light" is a smart plug, "the heat pump on fan only" a heat pump).
    """
    language = clause.language
    if (asked := of_the_verb(entities, clause)) is not None:
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
    if not clause.every:
        # "风扇开一下" in a room with a floor fan and the fresh-air system: the fan.
        kept = [e for e in kept if not _another_fan(e, clause)] or kept
    return part_of_one_named(entities, kept, clause) or kept


def _another_fan(entity: HomeEntity, clause: Clause) -> bool:
    """Return whether a fan's names say a class of fan the words do not ("新风").

    A purifier, a fresh-air system or an extractor is a fan to Home Assistant, not
    "the fan" said alone.
    """
    if entity.domain != "fan":
        return False
    said = {cls for _, cls in clause.kinds}
    kinds_meant = clause.language.kinds_meant
    return any(
        domain == entity.domain and cls is not None and cls not in said
        for name in clause.names.of(entity)
        for domain, cls in kinds_meant(name)
    )


def of_the_verb[T: HomeEntity](entities: Sequence[T], clause: Clause) -> list[T] | None:
    """Return the devices a question's verb says, where it says one kind of them.

    "Did anybody lock the front door?": the lock, not the door's sensor ("is the
    front door open?" says no one kind: "open" is said of many).
    """
    if not clause.question or len(clause.verb_domains) != 1:
        return None
    if any(domain == "sensor" and cls for domain, cls in clause.kinds):
        return None  # "how much battery left on the door lock?": the battery's
    return [e for e in entities if e.domain in clause.verb_domains] or None


def in_the_satellites_room(
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
        # "Zet de verwarming hier hoger": this room's, though the heat pump's
        # thermostat in another is called "verwarming".
        and clause.language.here.isdisjoint(clause.tokens)
        # "Turn on the AC" in the casita, whose one AC is called so ("Nana's AC").
        and not any(called_so(e, clause, kind_words) for e in here)
        and told_by_kind_word(
            [e for e in home.entities if fits(e, meant, clause)], clause
        )
    ):
        return None
    here = told or here
    return Home(here, tuple(a for a in home.areas if a.area_id in areas))


# The kinds of device that serve a zone, not only their own room: a thermostat.
_ZONE_DOMAINS: Final = frozenset({"climate"})


def of_the_floor(
    home: Home, clause: Clause, meant: Iterable[Kind], areas: set[str]
) -> HomeEntity | None:
    """Return the one device of a zone's kind on the floor of rooms that have none.

    "Bump the heat up a couple degrees" in the kitchen, whose floor's thermostat is
    in the hall: that one, never the basement suite's too. None where the rooms have
    such a device, or their floor has none or several.
    """
    zones = {kind for kind in meant if kind[0] in _ZONE_DOMAINS}
    if not zones or not areas:
        return None
    fitting = [e for e in home.entities if fits(e, zones, clause)]
    if any(e.area_id in areas for e in fitting) or names_say(fitting, clause):
        return None
    floor_of = {a.area_id: a.floor_names[:1] for a in home.areas}
    floors = {floor_of.get(area_id) for area_id in areas} - {None, ()}
    if len(floors) != 1:
        return None
    on_it = [e for e in fitting if floor_of.get(e.area_id or "") in floors]
    return on_it[0] if len(on_it) == 1 else None


def main_word_of_one(
    fitting: Sequence[HomeEntity], meant: Iterable[Kind], clause: Clause
) -> set[str]:
    """Return the main words said that only one device's name holds, of a kind with none.

    "Every ceiling fan" are the fans, not the one aliased "den ceiling fan": a fan is
    no room's main one (`meant.MAIN_KINDS`), and "every" asks for more than one; "the
    ceiling fan" is any of them (asked which), though one's alias says "ceiling".
    """
    domains = {domain for domain, _ in meant}
    if not MAIN_KINDS.isdisjoint(domains):
        return set()
    language, tokens = clause.language, clause.tokens
    return {
        word
        for word, then in zip(tokens, tokens[1:], strict=False)
        if word in language.main_words
        # Said of the kind ("ceiling fan"), never of a place ("up top").
        and not domains.isdisjoint(d for d, _ in language.kinds_meant([then]))
        and sum(any(word in name for name in clause.names.of(e)) for e in fitting) < 2
    }
