"""Whether the words surely name a device of the home, and which ones they name.

The shortlist offers candidates; these say when the words leave no doubt: a device's
whole name, an area's with a kind it has, the one device of a kind.
"""

from __future__ import annotations

from ..home.actions import CONTROL_DOMAINS
from ..home.snapshot import Home, HomeEntity
from .kinds_of import fits
from .named import areas_said, in_full, says_a_name
from .options import named_by_source
from .reading import Clause
from .tokens import vocabulary


def describes_a_device(home: Home, clause: Clause) -> bool:
    """Return whether the words surely mean devices of the home.

    They do when they hold a device's whole name or alias, the whole name of an area
    together with a kind of device it has ("the vacuum in the living room"), or a
    kind of device the home has just one of ("start the hoover"), or all of
    ("close all the blinds"), or words that every device offered has in a name
    ("the tubelight", said where the kitchen's is), or a source only devices
    offered have ("triple j").
    """
    if says_a_name(home, clause):
        return True
    if clause.command and named_by_source(home, clause):
        # "Chuck triple j on in the kitchen": a station of its own names the player.
        return True
    index = clause.names
    meant = clause.meant
    if not meant:
        # "Switch off the tubelight" in the kitchen: a word of its name said.
        said = clause.words - vocabulary(clause.language)
        return bool(said and home.entities) and all(
            any(said <= name for name in index.of(e)) for e in home.entities
        )
    fitting = [e for e in home.entities if fits(e, meant, clause)]
    if clause.command:
        # "water the garden" is about the valve, not its water meter.
        fitting = [e for e in fitting if e.domain in CONTROL_DOMAINS]
    if named := areas_said(clause):
        return any(e.area_id in named for e in fitting)
    # "Ferme tous les volets": every one of a kind the home has.
    return len(fitting) == 1 or (clause.command and clause.every and bool(fitting))


def names_device(home: Home, entity: HomeEntity, clause: Clause) -> bool:
    """Return whether the words name this device.

    They do with its whole name or alias, or its area's (or floor's) whole name
    together with its kind ("the kitchen lock").
    """
    index = clause.names
    if in_full(index.of(entity), clause.words):
        return True
    return fits(entity, clause.meant, clause) and in_full(
        index.of_area(entity.area_id), clause.words
    )
