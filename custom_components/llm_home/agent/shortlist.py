"""Shortlist the devices a request names, so the model only chooses among them.

Each device is scored by how much of its name (or an alias) the words say, each word
weighted by how rare it is in the home (so "study" in "Study Lamp" counts for less
than "lamp" when three devices are called "Study ..."), plus how much of its area's
or floor's name they say. The kind of device the words mean ("the telly", "the
blinds", "unlock", "louder": words.py and the actions' own words) narrows the choice.
A name said in full is always on the list. With no name at all, the devices of the
kind meant are the list, those in the satellite's area first. The previous turn's
targets count as said (for "and the bedroom too").

When the words say a device's whole name, the request is about that device and the
model is not offered the "no such device" exit (a small model takes it far too often
for "please turn on the kitchen light").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
import math
from typing import Final

from ..home.actions import ACTIONS, COMMAND_VERBS, CONTROL_DOMAINS, opening_word
from ..home.actions.model import FILLERS
from ..home.capabilities import device_class
from ..home.codes import CODE_WORDS
from ..home.snapshot import Home, HomeArea, HomeEntity, normalize
from ..language import ENGLISH
from .grammar import said_numbers

MAX_CANDIDATES: Final = 8
# A device scoring below this share of the best score is not a candidate.
KEEP_RATIO: Final = 0.6
# The score of a device whose whole name or alias the words say: always kept.
NAMED_IN_FULL: Final = 3.0
_STOP_WORDS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "of",
        "to",
        "at",
        "and",
        "or",
        "my",
        "our",
        "please",
        "set",
        "turn",
        "switch",
        "make",
        "is",
        "are",
        "it",
        "its",
        "all",
        "me",
        "for",
        "with",
        "up",
        "down",
        "off",
    ]
)
# Verbs of actions that only a few kinds of device take ("unlock", "mute", "dock").
_SPECIFIC: Final = 3
_ACTION_KINDS: Final = {
    word: frozenset(action.domains)
    for action in ACTIONS
    if action.services and len(action.domains) <= _SPECIFIC
    for word in ENGLISH.action(action.name).words
}

type Kind = tuple[str, str | None]


def _words(text: str) -> set[str]:
    """Return the words of a text, singular, without stop words."""
    return {ENGLISH.singular(word) for word in normalize(text).split()} - _STOP_WORDS


def _meant(words: set[str]) -> set[Kind]:
    meant = ENGLISH.kinds_meant(words)
    # A verb says the domains that take it, unless a word says which of a domain's
    # devices: "close all the blinds" is about the blinds, not every cover.
    named = {domain for domain, _ in meant}
    for word in words:
        meant |= {(d, None) for d in _ACTION_KINDS.get(word, ()) if d not in named}
    return meant


def _fits(entity: HomeEntity, meant: set[Kind]) -> bool:
    cls = device_class(entity)
    return any(
        domain == entity.domain
        and (
            kind in (None, cls)
            or (cls is None and kind is not None and _named_as(entity, domain, kind))
        )
        for domain, kind in meant
    )


def _named_as(entity: HomeEntity, domain: str, kind: str) -> bool:
    """Return whether a device without a class is called by the class's words ("TV")."""
    words = ENGLISH.class_only_words(domain, kind)
    return any(words & _words(name) for name in entity.names)


class _Scorer:
    """Scores names by the share of their words said, rare words weighing more."""

    def __init__(self, home: Home, words: set[str]) -> None:
        names = [n for e in home.entities for n in e.names]
        names += [n for a in home.areas for n in (*a.names, *a.floor_names)]
        self.count = len(names) + 1
        self.frequency = Counter(w for name in names for w in _words(name))
        self.words = words

    def _weight(self, word: str) -> float:
        return math.log(self.count / self.frequency.get(word, 1)) + 1.0

    def said(self, names: Iterable[str]) -> float:
        """Return the best share (0..1) of one of the names that the words say."""
        best = 0.0
        for name in names:
            name_words = _words(name)
            if not name_words:
                continue
            total = sum(self._weight(w) for w in name_words)
            hit = sum(self._weight(w) for w in name_words & self.words)
            best = max(best, hit / total)
        return best


def _area_names(area: HomeArea) -> tuple[str, ...]:
    return (*area.names, *area.floor_names)


def _areas_named(home: Home, scorer: _Scorer) -> dict[str, float]:
    """Return each area's score: the share of its name (or floor's) the words say."""
    return {area.area_id: scorer.said(_area_names(area)) for area in home.areas}


def _without_opposites(home: Home, words: set[str]) -> Home:
    """Return the home without the devices whose names say the opposite of the words."""
    pairs = [
        (word, ENGLISH.opposites[word]) for word in words if word in ENGLISH.opposites
    ]
    if not pairs:
        return home

    def contradicted(name: str) -> bool:
        said = _words(name)
        return any(said & opposite and word not in said for word, opposite in pairs)

    return Home(
        entities=tuple(e for e in home.entities if not all(map(contradicted, e.names))),
        areas=home.areas,
    )


def shortlist(
    home: Home,
    text: str,
    area_names: Iterable[str] = (),
) -> Home:
    """Return the part of the home that the words, the area and the last turn name."""
    words = _words(text)
    every = bool(ENGLISH.every & set(normalize(text).split()))
    home = _without_opposites(home, words)
    meant = _meant(words)
    scorer = _Scorer(home, words)
    area_score = _areas_named(home, scorer)
    named_areas = {area_id for area_id, score in area_score.items() if score >= 1.0}
    said_areas = bool(named_areas)
    if not named_areas:
        # The satellite's area stands in for an area the words do not name.
        satellite = {normalize(name) for name in area_names}
        named_areas = {a.area_id for a in home.areas if normalize(a.name) in satellite}
    scores: dict[str, float] = {}
    for entity in home.entities:
        by_name = scorer.said(entity.names)
        by_area = area_score.get(entity.area_id or "", 0.0)
        in_area = entity.area_id in named_areas and (not meant or _fits(entity, meant))
        if by_name >= 1.0:
            scores[entity.entity_id] = NAMED_IN_FULL
        elif by_name > 0 or in_area:
            scores[entity.entity_id] = (
                by_name + 0.5 * by_area + (0.5 if in_area else 0.0)
            )
    if meant:

        def kept(entity: HomeEntity) -> bool:
            # Named in full, or of the kind meant; "the office lights": in the area named.
            if scores[entity.entity_id] >= NAMED_IN_FULL:
                return True
            return _fits(entity, meant) and (
                not said_areas or entity.area_id in named_areas
            )

        fitting = {
            e.entity_id for e in home.entities if e.entity_id in scores and kept(e)
        }
        if every and not said_areas:
            # "Lock both locks": every device of the kind, whatever its name says.
            return _every(home, meant, scores)
        if fitting or said_areas:
            scores = {k: v for k, v in scores.items() if k in fitting}
        else:
            # No name said: every device of that kind, the satellite's area first.
            scores = {
                e.entity_id: 1.0 + (0.5 if e.area_id in named_areas else 0.0)
                for e in home.entities
                if _fits(e, meant)
            }
    if not scores:
        return Home(entities=(), areas=())
    best = max(scores.values())
    chosen = sorted(
        (k for k, v in scores.items() if v >= best * KEEP_RATIO),
        key=lambda k: -scores[k],
    )
    keep = set(chosen[:MAX_CANDIDATES]) | {
        k for k, v in scores.items() if v >= NAMED_IN_FULL
    }
    entities = tuple(e for e in home.entities if e.entity_id in keep)
    area_ids = {e.area_id for e in entities}
    areas = tuple(
        a for a in home.areas if a.area_id in named_areas and a.area_id in area_ids
    )
    return Home(entities=entities, areas=areas)


def _every(home: Home, meant: set[Kind], scores: dict[str, float]) -> Home:
    """Return every device of the kinds meant, and those named in full: "all the X".

    No cap: "All lights" must mean all of them, and it means what is offered here.
    """
    keep = {e.entity_id for e in home.entities if _fits(e, meant)}
    keep |= {k for k, v in scores.items() if v >= NAMED_IN_FULL}
    return Home(tuple(e for e in home.entities if e.entity_id in keep), ())


def describes_a_device(home: Home, text: str) -> bool:
    """Return whether the words surely mean devices of the home.

    They do when they hold a device's whole name or alias, the whole name of an area
    together with a kind of device it has ("the vacuum in the living room"), or a
    kind of device the home has just one of ("start the hoover").
    """
    if says_a_name(home, text):
        return True
    words = _words(text)
    meant = _meant(words)
    if not meant:
        return False
    fitting = [e for e in home.entities if _fits(e, meant)]
    if opening_word(text) in COMMAND_VERBS:
        # "water the garden" is about the valve, not its water meter.
        fitting = [e for e in fitting if e.domain in CONTROL_DOMAINS]
    named = {
        area_id
        for area_id, score in _areas_named(home, _Scorer(home, words)).items()
        if score >= 1.0
    }
    if named:
        return any(e.area_id in named for e in fitting)
    return len(fitting) == 1


def says_a_name(home: Home, text: str) -> bool:
    """Return whether the words hold the whole name (or an alias) of one of the devices.

    "kitchen light off" says "Kitchen Light" in full; "turn on the garage lights"
    says no device of a home whose only light is the "Garden Light".
    """
    words = _words(text)
    return any(
        (name_words := _words(name)) and name_words <= words
        for entity in home.entities
        for name in entity.names
    )


def names_device(home: Home, entity: HomeEntity, text: str) -> bool:
    """Return whether the words name this device.

    They do with its whole name or alias, or its area's (or floor's) whole name
    together with its kind ("the kitchen lock").
    """
    words = _words(text)
    if any((said := _words(name)) and said <= words for name in entity.names):
        return True
    return _fits(entity, _meant(words)) and any(
        (said := _words(name)) and said <= words
        for area in home.areas
        if area.area_id == entity.area_id
        for name in _area_names(area)
    )


def says_every(text: str) -> bool:
    """Return whether the words ask for every device of a kind ("all the locks")."""
    return bool(ENGLISH.every & set(normalize(text).split()))


_ACTION_WORDS: Final = frozenset(
    word for action in ACTIONS for word in ENGLISH.action(action.name).words
)
# Words of a value, not of a device: "set the thermostat to 65 degrees".
_VALUE_WORDS: Final = frozenset(
    {"degree", "percent", "per", "cent", "bit", "little", "lot", "more", "less"}
)


def unnamed_choice(
    home: Home, text: str, area_names: Iterable[str] = ()
) -> tuple[str, list[HomeEntity]] | None:
    """Return the kind said and the devices a command for "the light" could mean.

    A command that names one device only by its kind ("lock the door", "put milk on
    the list": singular, no "all"), with no word of a device's or area's name that
    tells them apart, and no device of that kind in the satellite's area, could mean
    any of them: acting on one would be acting on a device the user did not say.
    None when the words are specific enough or there is one such device.
    """
    opening = opening_word(text)
    if opening not in COMMAND_VERBS or says_a_name(home, text):
        return None  # a question, or a device called by its whole name ("HeatPump")
    said = normalize(text).split()
    nouns = [word for word in said if ENGLISH.kinds_meant([word])]
    if (
        not nouns
        or ENGLISH.every & set(said)
        or any(ENGLISH.singular(w) != w for w in nouns)
    ):
        return None
    words = _words(text)
    # The kinds the nouns say, narrowed by a verb that only some kinds take ("lock").
    meant = ENGLISH.kinds_meant(nouns)
    verb = _ACTION_KINDS.get(ENGLISH.singular(opening or ""))
    fitting = [
        e
        for e in home.entities
        if e.domain in CONTROL_DOMAINS
        and _fits(e, meant)
        and (verb is None or e.domain in verb)
    ]
    if len(fitting) < 2 or any(
        _words(name) & words for area in home.areas for name in _area_names(area)
    ):
        return None  # one such device, or a word of an area or floor said
    # A word that is no device's, area's, action's or kind's ("the front door") is
    # the user being specific in a way the names do not show: the model decides.
    # A to-do item's words are the exception: they are in no name.
    known = (
        _ACTION_WORDS | FILLERS | _VALUE_WORDS | {ENGLISH.singular(w) for w in nouns}
    )
    known |= CODE_WORDS  # a code said tells no device apart
    known |= {w for e in home.entities for name in e.names for w in _words(name)}
    unknown = {word for word in words - known if not said_numbers(word)}
    if unknown and not (verb and "todo" in verb):
        return None
    satellite = {normalize(name) for name in area_names}
    here = {a.area_id for a in home.areas if normalize(a.name) in satellite}
    if any(e.area_id in here for e in fitting):
        return None
    # The last kind said is what the user wants ("my task list": a list); the words
    # before it ("task") tell devices apart when some of the names have them.
    kind = ENGLISH.singular(nouns[-1])
    for word in words - _ACTION_WORDS - {kind}:
        hits = [e for e in fitting if any(word in _words(n) for n in e.names)]
        if 0 < len(hits) < len(fitting):
            return None
    return nouns[-1], fitting
