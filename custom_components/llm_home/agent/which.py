"""Which one? A command that names a device only by its kind, when the home has several.

"Lock the door" in a home with three locks could mean any of them: acting on one
would be acting on a device the user did not say, so the user is asked.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..home.actions import ACTIONS, CONTROL_DOMAINS, ITEM_DOMAINS, Value
from ..home.snapshot import Home, HomeEntity
from ..language import Language
from .reading import Clause, all_action_words, verb_domains
from .shortlist import fits, satellite_areas, says_a_name


def unnamed_choice(
    home: Home, clause: Clause, area_names: Iterable[str] = ()
) -> tuple[str, list[HomeEntity]] | None:
    """Return the kind said and the devices a command for "the light" could mean.

    A command that names one device only by its kind ("lock the door", "put milk on
    the list": singular, no "all"), with no word of a device's or area's name that tells one apart, and no
    such device in the satellite's area, could mean any of them. Words that several
    names share narrow the choice without ending it ("the ceiling fan" of two ceiling
    fans). "All the lights upstairs" in a home without an "upstairs" is asked about
    too: the model would pick some lights. None when the words are specific enough or
    there is one such device.
    """
    if not clause.command or clause.comfort or says_a_name(home, clause):
        # A question, "it's cold in here" (the user's room or nothing), or a device
        # called by its whole name ("HeatPump").
        return None
    language = clause.language
    # "Deckenlampe": a compound whose last part is a kind names that kind.
    nouns = [
        word
        for word in clause.tokens
        if language.kinds_meant([word]) or language.parts(language.singular(word))
    ]
    verb = verb_domains(language).get(language.singular(clause.opening or ""))
    if not nouns:
        return None
    meant = language.kinds_meant(
        [*nouns, *(part for noun in nouns for part in language.parts(noun))]
    )
    kind = language.singular(nouns[-1])
    if (
        verb is not None
        and not any(domain in verb for domain, _ in meant)
        and _sets_a_value(language.singular(clause.opening or ""), language)
    ):
        verb = None  # "set the volume": "set" says nothing about speakers
    many = clause.every or any(language.singular(w) != w for w in nouns)
    index = clause.names
    # The kinds the nouns say, narrowed by a verb that only some kinds take ("lock").
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
    # the user being specific in a way the names do not show: the model decides
    # which one. A to-do item's words are in no name either.
    action_words = all_action_words(language)
    unknown = clause.unknown
    if any(domain in ITEM_DOMAINS for domain, _ in meant):
        unknown = frozenset()  # an item's words are in no name
    if many:
        # "All the lights upstairs" with no "upstairs" in the home: which ones?
        return (nouns[-1], fitting) if unknown else None
    if unknown or any(e.area_id in satellite_areas(home, area_names) for e in fitting):
        return None
    # Words of some of the names ("ceiling" of two ceiling fans and a desk fan)
    # narrow the choice; one device left is the one meant.
    for word in sorted(clause.words - action_words - {kind}):
        hits = [e for e in fitting if any(word in name for name in index.of(e))]
        if hits:
            fitting = hits
    if len(fitting) < 2:
        return None
    return nouns[-1], fitting


def _sets_a_value(verb: str, language: Language) -> bool:
    """Return whether a verb only ever asks for a value ("set"), never for a kind's action.

    "Set the volume" means a speaker whatever "set" means for a thermostat; "disarm
    the degree arm" (a mis-heard alarm) still means the alarm.
    """
    takes = [
        action.value is not Value.NONE
        for action in ACTIONS
        if verb in language.action(action.name).words
    ]
    return bool(takes) and all(takes)
