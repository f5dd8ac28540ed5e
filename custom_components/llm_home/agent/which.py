"""Which one? A command that names a device only by its kind, when the home has several.

"Lock the door" in a home with three locks could mean any of them: acting on one
would be acting on a device the user did not say, so the user is asked.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..home.actions import CONTROL_DOMAINS
from ..home.snapshot import Home, HomeEntity
from .reading import Clause, all_action_words, verb_domains
from .shortlist import fits, satellite_areas, says_a_name
from .tokens import said_numbers


def unnamed_choice(
    home: Home, clause: Clause, area_names: Iterable[str] = ()
) -> tuple[str, list[HomeEntity]] | None:
    """Return the kind said and the devices a command for "the light" could mean.

    A command that names one device only by its kind ("lock the door", "put milk on
    the list": singular, no "all"), with no word of a device's or area's name that
    tells them apart, and no device of that kind in the satellite's area, could mean
    any of them. None when the words are specific enough or there is one such device.
    """
    if not clause.command or says_a_name(home, clause):
        return None  # a question, or a device called by its whole name ("HeatPump")
    language = clause.language
    nouns = [word for word in clause.tokens if language.kinds_meant([word])]
    if not nouns or clause.every or any(language.singular(w) != w for w in nouns):
        return None
    index = clause.names
    # The kinds the nouns say, narrowed by a verb that only some kinds take ("lock").
    meant = language.kinds_meant(nouns)
    verb = verb_domains(language).get(language.singular(clause.opening or ""))
    fitting = [
        e
        for e in home.entities
        if e.domain in CONTROL_DOMAINS
        and fits(e, meant, clause)
        and (verb is None or e.domain in verb)
    ]
    if len(fitting) < 2 or index.area_words & clause.words:
        return None  # one such device, or a word of an area or floor said
    # A word that is no device's, area's, action's or kind's ("the front door") is
    # the user being specific in a way the names do not show: the model decides.
    # A to-do item's words are the exception: they are in no name.
    action_words = all_action_words(language)
    known = action_words | language.fillers | language.value_words
    known |= {language.singular(w) for w in nouns} | language.code_words
    known |= index.name_words
    unknown = {w for w in clause.words - known if not said_numbers([w], language)}
    if unknown and not (verb and "todo" in verb):
        return None
    here = satellite_areas(home, area_names)
    if any(e.area_id in here for e in fitting):
        return None
    # The last kind said is what the user wants ("my task list": a list); the words
    # before it ("task") tell devices apart when some of the names have them.
    kind = language.singular(nouns[-1])
    for word in clause.words - action_words - {kind}:
        hits = [e for e in fitting if any(word in name for name in index.of(e))]
        if 0 < len(hits) < len(fitting):
            return None
    return nouns[-1], fitting
