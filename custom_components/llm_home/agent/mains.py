"""The big light: a room's own light, of the lights offered for "the light".

"Put the big light on" in a bedroom with "Priya's Light" and "Priya's Bedside Lamp"
means the ceiling light, which most homes name by the room or its owner alone. The
table's `main_words` ("big", "main", "overhead") said before a kind, where no name of
the home holds the word, leave the devices whose names say nothing beyond their
room, their kind, or such a word.
"""

from __future__ import annotations

from ..home.snapshot import HomeEntity
from .reading import Clause


def the_main_ones(
    entities: tuple[HomeEntity, ...], clause: Clause
) -> tuple[HomeEntity, ...]:
    """Return the devices the words call the main one of their room, or all of them."""
    language = clause.language
    index = clause.names
    said = (language.main_words & clause.words) - index.name_words
    if not said or clause.every:
        return entities
    main = tuple(e for e in entities if _plain(e, clause))
    return main if main and len(main) < len(entities) else entities


def _plain(entity: HomeEntity, clause: Clause) -> bool:
    """Return whether a name says no more than the room, the kind, or a main word."""
    language = clause.language
    index = clause.names
    room = {word for name in index.of_area(entity.area_id) for word in name}
    return any(
        not {
            w
            for w in name - room - language.main_words - language.stop_words
            if not language.kinds_meant([w])
        }
        for name in index.of(entity)
    )
