"""The big light: a room's own light, of the lights offered for "the light".

"Put the big light on" in a bedroom with "Priya's Light" and "Priya's Bedside Lamp"
means the ceiling light, which most homes name by the room or its owner alone. The
table's `main_words` ("big", "main", "overhead") said before a kind, where no name of
the home holds the word, leave the devices whose names say nothing beyond their
room, their kind, or such a word.
"""

from __future__ import annotations

from ..home.snapshot import HomeEntity
from .meant import MAIN_KINDS
from .names import plain_kind_words
from .reading import Clause


def the_main_ones(
    entities: tuple[HomeEntity, ...], clause: Clause
) -> tuple[HomeEntity, ...]:
    """Return the devices the words call the main one of their room, or all of them."""
    language = clause.language
    index = clause.names
    domains = {domain for domain, _ in clause.kinds}
    said = {
        w
        for w in language.main_words.intersection(clause.outside_names())
        if not index.names_of(w, domains)  # "the main floor": an area's name
    }
    # "The big lights" are the main ones; "all the lights" are all of them.
    if (
        not said
        or MAIN_KINDS.isdisjoint(domains)
        or not language.every.isdisjoint(clause.tokens)
    ):
        return entities
    main = tuple(e for e in entities if _plain(e, clause))
    return main if main and len(main) < len(entities) else entities


def _plain(entity: HomeEntity, clause: Clause) -> bool:
    """Return whether a name says no more than the room, the kind, or a main word.

    Another word for the kind said names a main light only with a main word
    ("Kitchen Ceiling Lamp"): "Living Room Lamp" is no big light.
    """
    language = clause.language
    index = clause.names
    domains = {domain for domain, _ in clause.kinds}
    said = clause.words | plain_kind_words(language)
    plain = language.main_words | language.stop_words
    for name in index.of(entity):
        if index.says_more(name, entity.area_id):
            continue
        # Of the kind said, in other words ("lamp" for "light"); "fan" of "Lily Fan
        # Light" is the fan the light is under.
        other = {
            w
            for w in name - said - plain - index.words_of_area(entity.area_id)
            if any(d in domains for d, _ in language.kinds_meant([w]))
        }
        if not other or not name.isdisjoint(language.main_words):
            return True
    return False
