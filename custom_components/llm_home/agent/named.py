"""What the words name in full: devices and areas, by the home's names as read once.

"Kitchen light off" says the device "Kitchen Light"; "the living room" says the area
with that alias (and no other area whose name is part of it). Read by the shortlist
(shortlist.py), the questions back (which.py) and the mis-heard guard (guard.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Final

from ..home.floors import floor_level
from ..home.snapshot import Home, HomeEntity, normalize
from .meant import plural_kind
from .names import NameIndex, naming_words, plain_kind_words
from .reading import Clause
from .tokens import verb_domains, vocabulary

# The score of an area's name said only inside another's: a part of a name.
_PART_OF_A_NAME: Final = 0.5


def name_share(
    names: Iterable[frozenset[str]], words: frozenset[str], index: NameIndex
) -> float:
    """Return the best share (0..1) of one of the names that the words say.

    A word of a name that is two of its other words joined ("Lavabolicht", beside
    its parts) counts as those parts: "das Licht beim Lavabo" says all of it.
    """
    best = 0.0
    for name in names:
        if not name:
            continue
        joined = _joined_parts(name)
        said = name & words
        if joined:
            said = (said - joined.keys()).union(
                *(joined[w] for w in said & joined.keys())
            )
            name = name - joined.keys()
        total = sum(index.weight(w) for w in name)
        hit = sum(index.weight(w) for w in said)
        best = max(best, hit / total)
    return best


@lru_cache(maxsize=4096)
def _joined_parts(name: frozenset[str]) -> dict[str, frozenset[str]]:
    """Return the words of a name that are two of its other words joined, and those."""
    return {
        word: frozenset({first, word[len(first) :]})
        for word in name
        for first in name
        if first != word and word.startswith(first) and word[len(first) :] in name
    }


def in_full(names: Iterable[frozenset[str]], words: frozenset[str]) -> bool:
    """Return whether the words say one of the names whole."""
    return any(name and name <= words for name in names)


def named_in_full(
    home: Home,
    words: frozenset[str],
    index: NameIndex,
    spans: Iterable[tuple[int, int, frozenset[str]]] = (),
) -> frozenset[str]:
    """Return the devices whose whole name (or alias) the words say, longest first.

    "Turn on the heat pump" says the alias "Pump" of the water pump in full, and more
    of "Lounge Heat Pump": the longer name wins, and the pump is not named. A name
    said as one (`spans`) with a word of its own beats a longer one pieced together
    from a room's name and a kind: "the night light in Bea's room" is the Night
    Light, not "Bea's Room Light".
    """
    said = {
        e.entity_id: max((len(n & words) for n in index.of(e)), default=0)
        for e in home.entities
    }
    # A name said in full must say as many words as any other device's name does.
    top = max(said, key=said.__getitem__, default=None)
    best = said[top] if top is not None else 0
    second = max((n for e, n in said.items() if e != top), default=0)
    found: set[str] = set()
    for entity in home.entities:
        full = max((len(n) for n in index.of(entity) if n and n <= words), default=0)
        if full and full >= (second if entity.entity_id == top else best):
            found.add(entity.entity_id)
    spoken = {owner for _, _, owners in spans for owner in owners}
    language = index.language

    def plain(word: str) -> bool:
        return word in index.area_words or bool(language.kinds_meant([word]))

    pieced = all(
        any(n <= words and all(plain(w) for w in n) for n in index.of(e))
        for e in home.entities
        if e.entity_id in found
    )
    if found and spoken and found.isdisjoint(spoken) and pieced:
        own = {
            e.entity_id
            for e in home.entities
            if e.entity_id in spoken
            and any(
                n <= words and not all(plain(w) for w in n) for n in index.of(e) if n
            )
        }
        # "Put the lamp and the fairy lights on in the good room": a kind word the
        # names said as one do not hold ("lamp") is another device's.
        devices = index.devices
        kinds = {w for e in found for w in _kind_words_of(devices[e], words, index)}
        held = {w for e in spoken for n in index.of(devices[e]) for w in n}
        return frozenset((own or found) if kinds <= held else found | own)
    return frozenset(found)


def _kind_words_of(
    entity: HomeEntity, words: frozenset[str], index: NameIndex
) -> set[str]:
    """Return the words of the device's names said in full that say a kind."""
    kinds_meant = index.language.kinds_meant
    return {
        w for n in index.of(entity) if n and n <= words for w in n if kinds_meant([w])
    }


def areas_named(
    index: NameIndex,
    words: frozenset[str],
    in_a_row: frozenset[frozenset[str]] = frozenset(),
) -> dict[str, float]:
    """Return each area's score: the share of its name (or floor's) the words say.

    A name said only as part of another area's longer one is not said in full: "the
    living room" says no "our room" (whose "our" is no word that tells apart); nor
    is one that only words of another area's name are left of, unless said in a row
    (`in_a_row`, the naming words of the places said so): "in the kids' rooms" says
    no "our room" where there is a "Kai's Room", "la habitación" no "nuestra
    habitación" beside the "Habitación de los niños" (asked which).
    """
    scores = {
        area: name_share(names, words, index) for area, names in index.areas.items()
    }
    full = {
        area: max((n for n in index.areas[area] if n and n <= words), key=len)
        for area, score in scores.items()
        if score >= 1.0
    }
    for area, name in full.items():
        if any(name < other for other in full.values()) or (
            name not in in_a_row and _inside_others(index, area, name)
        ):
            scores[area] = min(scores[area], _PART_OF_A_NAME)
    return scores


def _inside_others(index: NameIndex, area_id: str, name: frozenset[str]) -> bool:
    """Return whether a name is inside the name of another area."""
    return any(
        name < other
        for area, names in index.areas.items()
        if area != area_id
        for other in names
    )


def places_in_a_row(clause: Clause) -> frozenset[frozenset[str]]:
    """Return the naming words of each place said in a row ("our room")."""
    language = clause.language
    return frozenset(
        naming_words(clause.tokens[start:end], language)
        for start, end, owners in clause.spans
        if not owners
    )


def areas_said(clause: Clause) -> set[str]:
    """Return the areas (or floors' areas) whose whole name the words say."""
    return {
        area_id
        for area_id, score in areas_named(
            clause.names, clause.words, places_in_a_row(clause)
        ).items()
        if score >= 1.0
    }


def satellite_areas(home: Home, area_names: Iterable[str]) -> set[str]:
    """Return the ids of the areas the satellite's area names are."""
    satellite = {normalize(name) for name in area_names}
    return {a.area_id for a in home.areas if normalize(a.name) in satellite}


def seen_from_here(
    home: Home, clause: Clause, scores: dict[str, float], area_names: Iterable[str]
) -> dict[str, float]:
    """Return the areas "upstairs" (or "downstairs") says, seen from the satellite.

    "Doe boven alle lampen uit" from the first floor of a home with a ground floor
    and a second: the floors above the first, not every floor above the ground.
    Only ever fewer of the home's upstairs (or downstairs) areas as floors.py reads
    them: all of them where none is beyond the satellite's floor (upstairs, said
    upstairs) or its floor is not known.
    """
    language = clause.language
    tokens = set(clause.tokens)
    said = [
        sign
        for where, sign in ((language.floors.above, 1), (language.floors.below, -1))
        if where and set(language.words(where)) <= tokens
    ]
    if not said or all(area.storey is None for area in home.areas):
        return scores  # no upstairs said, none in the home, or an area called so
    here = satellite_areas(home, area_names)
    levels = {a.area_id: floor_level(a, language) for a in home.areas}
    level = next((levels[a] for a in here if levels[a] is not None), None)
    if level is None:
        return scores
    for sign in said:
        if beyond := {
            area: score
            for area, score in scores.items()
            if (other := levels.get(area)) is not None and (other - level) * sign > 0
        }:
            return beyond
    return scores


def in_satellites_room(
    home: Home, entities: Iterable[HomeEntity], area_names: Iterable[str]
) -> bool:
    """Return whether one of these devices is in the satellite's room."""
    here = satellite_areas(home, area_names)
    return any(e.area_id in here for e in entities)


def says_a_name(home: Home, clause: Clause) -> bool:
    """Return whether the words hold the whole name (or an alias) of one of the devices.

    "kitchen light off" says "Kitchen Light" in full; "turn on the garage lights"
    says no device of a home whose only light is the "Garden Light".
    """
    return bool(named_in_full(home, clause.words, clause.names))


def told_by_name[T: HomeEntity](
    entities: Sequence[T], clause: Clause, areas: set[str]
) -> list[T]:
    """Return those whose names hold a word said that says no kind, room or value.

    "The big light in the living room" tells the room's Big Light from its lamps;
    "the kitchen lights" tells none of the kitchen's lights apart.
    """
    index = clause.names
    room = {w for a in areas for name in index.of_area(a) for w in name}
    told = {
        w
        for w in specific_words(clause) - room - vocabulary(clause.language)
        if not any(c.isdigit() for c in w)
    }
    return [e for e in entities if any(name & told for name in index.of(e))]


def told_apart[T: HomeEntity](
    entities: Sequence[T], clause: Clause, areas: set[str]
) -> tuple[list[T], bool]:
    """Return those told by name, and those called by a kind word said beside them.

    "Put the lamp and the fairy lights on in the good room": the Fairy Lights by
    name, and the room's lamp, whose kind word no name told names ("the reading
    lamp" says its own). True where the kind word added some.
    """
    told = told_by_name(entities, clause, areas)
    said = _kind_words_said(clause)
    own = {w for e in told for name in clause.names.of(e) for w in name}
    if not told or not said or said & own:
        return told, False
    more = told_by_kind_word(entities, clause)
    return [e for e in entities if e in told or e in more], bool(more)


def told_by_kind_word[T: HomeEntity](entities: Sequence[T], clause: Clause) -> list[T]:
    """Return those called by a word said for their kind that is not its plain name.

    "Both lamps in our room" are the room's two lamps, not its ceiling light too: a
    "lamp" is a light, but only some of the room's lights are called so. "The lights"
    (the kind's plain name) tells none apart.
    """
    said = _kind_words_said(clause)
    told = [
        e for e in entities if any(_starts(name, said) for name in clause.names.of(e))
    ]
    return told if len(told) < len(entities) else []


def _starts(name: frozenset[str], said: set[str]) -> set[str]:
    """Return the words of a name that are words said, or open one said in a compound.

    "Boodschappen" opens "boodschappenlijst": the list said by its kind's compound.
    """
    return {
        word
        for word in name
        if word in said
        or (len(word) > 3 and any(s.startswith(word) and s != word for s in said))
    }


def not_called_otherwise[T: HomeEntity](
    entities: Sequence[T], clause: Clause
) -> list[T]:
    """Return those whose names hold no other word of their kind than the ones said.

    "Put apples on the shopping list" with a "Personal Tasks" list and a "Trader
    Joe's": tasks are not shopping, so the Trader Joe's. Empty when none or all are.
    """
    language = clause.language
    plain = plain_kind_words(language)
    said = _kind_words_said(clause)
    if not said:
        return []

    def otherwise(entity: T) -> bool:
        return any(
            (entity.domain, None) in language.kinds_meant([word])
            for name in clause.names.of(entity)
            for word in name - _starts(name, said) - plain
        )

    kept = [e for e in entities if not otherwise(e)]
    return kept if 0 < len(kept) < len(entities) else []


def _kind_words_said(clause: Clause) -> set[str]:
    """Return the words said for a kind that are not its plain name ("lamp", "todo").

    Nor a main word ("大灯"): it says each room's main light (`agent/mains.py`).
    """
    language = clause.language
    plain = plain_kind_words(language) | language.main_words
    return {w for w in clause.words - plain if language.kinds_meant([w])}


def specific_words(clause: Clause) -> set[str]:
    """Return the words said that are no kind of device: what may tell devices apart."""
    return {w for w in clause.words if not clause.language.kinds_meant([w])}


def names_say(entities: Iterable[HomeEntity], clause: Clause) -> bool:
    """Return whether a word said that is no kind is in one of these devices' names."""
    specific = specific_words(clause)
    return any(name & specific for e in entities for name in clause.names.of(e))


def without_opposites(home: Home, words: frozenset[str], index: NameIndex) -> Home:
    """Return the home without the devices whose names say the opposite of the words."""
    opposites = index.language.opposites
    pairs = [(word, opposites[word]) for word in words if word in opposites]
    if not pairs:
        return home

    def contradicted(name: frozenset[str]) -> bool:
        return any(name & opposite and word not in name for word, opposite in pairs)

    return Home(
        entities=tuple(
            e for e in home.entities if not all(map(contradicted, index.of(e)))
        ),
        areas=home.areas,
    )


def named_by_kind_only(
    entity: HomeEntity, clause: Clause, words: frozenset[str]
) -> bool:
    """Return whether each of its names said in full is only kind words ("TV").

    Words of its own room's name count as kind words: "Chauffage slaapkamer" is the
    bedroom's heater, not "de chauffage in de slaapkamer van de kleine".
    """
    index = clause.names
    said = [name for name in index.of(entity) if name and name <= words]
    kinds = clause.language.kinds_meant
    room = index.words_of_area(entity.area_id)
    return bool(said) and all(
        all(kinds([w]) or w in room for w in name) and not name <= room for name in said
    )


def named_beyond_rooms(home: Home, words: frozenset[str], index: NameIndex) -> bool:
    """Return whether a word said that is no area's is in a device's name.

    "Salón" of "Lámpara del salón" names the room, not the lamp.
    """
    bare = words - index.area_words
    return any(name_share(index.of(e), bare, index) > 0 for e in home.entities)


def one_said(clause: Clause) -> bool:
    """Return whether the words ask for one device of a kind ("la lumière").

    Not "the lights", "all", nor a kind in a language without plural forms ("灯" is
    one light or all of them): HA's matcher, which acts on every light of a room
    said, is then left alone.
    """
    language = clause.language
    plurals = language.plurals
    nouns = [t for t in clause.tokens if language.kinds_meant([t]) or language.parts(t)]
    return (
        bool(plurals.rules or plurals.irregular)
        and not clause.every
        # "The lamp and the fan in the bedroom" are two.
        and len(nouns) == 1
        and language.clause_breaks.isdisjoint(clause.tokens)
        and bool(clause.kinds)
        and not plural_kind(clause.tokens, clause.spans, clause.names)
    )


def part_of_one_named[T: HomeEntity](
    entities: Sequence[T], of_kind: Sequence[T], clause: Clause
) -> list[T] | None:
    """Return the device named just before a kind that is a part of it, if one.

    "Put the furnace fan on": the fan of the thermostat called "Furnace" (its fan
    mode), where no fan's name says "furnace". None when a device of the kind has
    that name's words, or the device named has no such part.
    """
    language = clause.language
    takes = verb_domains(language)
    tokens = clause.tokens
    for start, end, owners in clause.spans:
        if not owners or end >= len(tokens):
            continue
        domains = takes.get(language.singular(tokens[end]), frozenset())
        named = [e for e in entities if e.entity_id in owners and e not in of_kind]
        said = set(tokens[start:end])
        if (
            named
            and all(e.domain in domains for e in named)
            and not any(said & n for e in of_kind for n in clause.names.of(e))
        ):
            return named
    return None
