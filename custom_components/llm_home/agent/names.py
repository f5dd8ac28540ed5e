"""The home's names, read once per change of the home: their words and their weights."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cached_property, lru_cache
import math
import re
from typing import Final

from ..home.actions import ACTIONS, Value
from ..home.capabilities import value_options
from ..home.floors import relative_floor_names
from ..home.snapshot import Home, HomeArea, HomeEntity
from ..language import Language
from .tokens import tokenize, vocabulary

# Values a device names itself: its sources, speeds and presets ("max", "Netflix").
_OWN_VALUES: Final = frozenset(
    {Value.SOURCE, Value.VACUUM_SPEED, Value.PRESET, Value.FAN_MODE}
)


def option_words(
    entities: Iterable[HomeEntity],
    language: Language,
    values: Collection[Value] = _OWN_VALUES,
) -> frozenset[str]:
    """Return the words, as said, of the values of these kinds the devices name."""
    return frozenset(
        word
        for entity in entities
        for action in ACTIONS
        if action.value in values
        for option in value_options(action, entity)
        for word in tokenize(option.replace("_", " "), language)
    )


class NameIndex:
    """The home's names read once: the words of each name, and how rare each word is."""

    def __init__(self, home: Home, language: Language) -> None:
        """Read every name and alias of the home's devices, areas and floors."""
        self.language = language
        self.devices = {e.entity_id: e for e in home.entities}
        called = _called(home, language)
        self.entities = {
            e.entity_id: tuple(words_of(name, language) for name in called[e.entity_id])
            for e in home.entities
        }
        self.entities = _whose(self.entities, called, language)
        relative = relative_floor_names(home.areas, language)
        places = {a.area_id: area_names(a, relative) for a in home.areas}
        self.areas = _whose(
            {
                area: tuple(words_of(name, language) for name in said)
                for area, said in places.items()
            },
            places,
            language,
        )
        # The words that say whose a device or room is, kept where a name needs them.
        self.possessives = frozenset(
            word
            for names in (*self.entities.values(), *self.areas.values())
            for name in names
            for word in name & language.possessives
        )
        # Each area's own names as said, without its floor's: "living room".
        self.rooms = {
            a.area_id: tuple(tokenize(name, language) for name in a.names)
            for a in home.areas
        }
        names = [
            w for ws in (*self.entities.values(), *self.areas.values()) for w in ws
        ]
        self.count = len(names) + 1
        self.frequency = Counter(word for name in names for word in name)
        self.name_words = frozenset(
            w for ws in self.entities.values() for n in ws for w in n
        )
        self.area_words = frozenset(
            w for ws in self.areas.values() for n in ws for w in n
        )
        self.telling = _telling_area_words(home, self, language)
        self.option_words = frozenset(
            language.singular(word) for word in option_words(home.entities, language)
        )
        # Each name as said, by its first word: the devices it names (none: an area).
        owners: dict[tuple[str, ...], set[str]] = {}
        for entity in home.entities:
            for name in called[entity.entity_id]:
                owners.setdefault(tokenize(name, language), set()).add(entity.entity_id)
        for area in home.areas:
            for name in area_names(area, relative):
                owners[tokenize(name, language)] = set()
        # The people whose devices or rooms they are: "cody" of "Cody's Studio".
        self.people = frozenset(
            said[i]
            for said in owners
            for i in range(len(said) - 1)
            if said[i + 1] in language.contracted_verbs
        )
        # Two words as a name has them: "can lights" of "Can Lights" is no plural said.
        self.pairs = frozenset(
            pair for said in owners for pair in zip(said, said[1:], strict=False)
        )
        self._names: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        for said, ids in sorted(owners.items(), key=lambda item: -len(item[0])):
            if said:
                self._names.setdefault(said[0], []).append((said, frozenset(ids)))

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Return the words of areas' names that say a place said alone.

        Not "房间" of "外婆房间": said alone, it is the user's room (`Language.here`).
        """
        return self.area_words - self.language.here

    @cached_property
    def known(self) -> frozenset[str]:
        """Return the words the table or the home's names give a meaning to."""
        return vocabulary(self.language) | self.name_words | self.area_words

    def in_a_name(self, tokens: Sequence[str], i: int) -> bool:
        """Return whether the word at `i` follows the one before as a name has them.

        "The can lights": "lights" is part of the name "Can Lights", no plural said.
        """
        return i > 0 and (tokens[i - 1], tokens[i]) in self.pairs

    def of(self, entity: HomeEntity) -> tuple[frozenset[str], ...]:
        """Return the words of each of a device's names (read now if it is new)."""
        if (names := self.entities.get(entity.entity_id)) is None:
            names = tuple(words_of(name, self.language) for name in entity.names)
        return names

    def of_area(self, area_id: str | None) -> tuple[frozenset[str], ...]:
        """Return the words of each of an area's (and its floor's) names."""
        return self.areas.get(area_id or "", ())

    def words_of_area(self, area_id: str | None) -> frozenset[str]:
        """Return every word of an area's (and its floor's) names."""
        return frozenset(word for name in self.of_area(area_id) for word in name)

    def names_of(
        self, word: str, domains: Collection[str], *, plain: bool = False
    ) -> bool:
        """Return whether the word tells a device of the domains apart by its name.

        "Big" of the home's "big TV" names no light: "the big lights" are the main
        ones; nor does "大灯" of "客厅大灯", which says no more than its room and kind
        (`plain`: a name that says no more counts too: "Ceiling Fan").
        """
        return any(
            self.devices[entity_id].domain in domains
            and any(
                word in name
                and (plain or self.says_more(name, self.devices[entity_id].area_id))
                for name in names
            )
            for entity_id, names in self.entities.items()
        )

    def says_more(self, name: frozenset[str], area_id: str | None) -> bool:
        """Return whether a device's name says more than its room, kinds and main words."""
        language = self.language
        area = self.words_of_area(area_id)
        rest = name - language.main_words - language.stop_words - area
        return any(not language.kinds_meant([word]) for word in rest)

    def weight(self, word: str) -> float:
        """Return how much a word of a name tells devices apart: rare words more."""
        return math.log(self.count / self.frequency.get(word, 1)) + 1.0

    def spans(
        self, tokens: Sequence[str]
    ) -> tuple[tuple[int, int, frozenset[str]], ...]:
        """Return where the words say a name of the home, longest first, left to right."""
        found: list[tuple[int, int, frozenset[str]]] = []
        i = 0
        while i < len(tokens):
            for said, owners in self._names.get(tokens[i], ()):
                if tuple(tokens[i : i + len(said)]) == said:
                    found.append((i, i + len(said), owners))
                    i += len(said)
                    break
            else:
                i += 1
        return tuple(found)


# A word as written, with where it starts and ends.
_WORD: Final = re.compile(r"[^\W_]+")


def joined_names(text: str, index: NameIndex) -> str:
    """Return the words with two written apart that a name of the home has as one.

    Speech-to-text writes "put the flood light on" for the home's "Floodlight", and a
    typist may too ("the air con", "the down lights"). Never where a name has both
    words ("Flood Light"), nor a word the table passes over ("a light").
    """
    language = index.language
    if language.unspaced or language.compounds:
        return text  # no spaces, or nouns joined already ("Stromverbrauch")
    known = index.name_words | index.area_words
    words = list(_WORD.finditer(text))
    joined = len(text)
    for first, second in reversed(list(zip(words, words[1:], strict=False))):
        if text[first.end() : second.start()] != " " or second.start() == joined:
            continue
        pair = (first.group().casefold(), second.group().casefold())
        if (
            language.singular("".join(pair)) in known
            and pair not in index.pairs
            and language.stop_words.isdisjoint(pair)
        ):
            text = f"{text[: first.end()]}{text[second.start() :]}"
            joined = first.start()
    return text


def domains_named(spans: Iterable[tuple[int, int, frozenset[str]]]) -> set[str]:
    """Return the domains of the devices that spans of the words name in full."""
    return {owner.partition(".")[0] for _, _, owners in spans for owner in owners}


def in_areas(spans: Iterable[tuple[int, int, frozenset[str]]]) -> set[int]:
    """Return where the words say an area's (or floor's) name: spans that own no device."""
    return {i for start, end, owners in spans if not owners for i in range(start, end)}


@lru_cache(maxsize=16)
def plain_kind_words(language: Language) -> frozenset[str]:
    """Return the words of the kinds' plain names ("lights", "lists"), once a table."""
    return frozenset(
        language.singular(word)
        for names in (language.kind_names, *language.class_kind_names.values())
        for name in names.values()
        for word in language.words(name)
    )


def _called(home: Home, language: Language) -> dict[str, tuple[str, ...]]:
    """Return each device's names, with its own part of a prefixed name where it helps.

    "Kettle" of "Kettle Plug Kettle" is a name of its own; "Heating" of "Hive
    Thermostat Heating" is not (it is a kind of device: "the heating" would name this
    one over every other heater), while "Dehumidifier" of a plug is, and "Roller
    Door" of a garage door opener (two words say more than a kind). "Space Heater"
    of two plugs is a name with its area's ("Garage Space Heater": "the space heater
    in the garage").
    """
    said = Counter(
        name.casefold()
        for e in home.entities
        for name in (*e.names, *filter(None, [e.own_name]))
    )

    # How many devices' names hold each word: a kind word one device's name alone
    # holds is its own ("Chauffage" of "Thermostat Netatmo Chauffage" beside the
    # radiators).
    said_in = Counter(
        word
        for e in home.entities
        for word in {w for name in e.names for w in words_of(name, language)}
    )

    def own(entity: HomeEntity) -> tuple[str, ...]:
        name = entity.own_name
        if name is None:
            return ()
        if said[name.casefold()] > 1:
            placed = f"{entity.area} {name}" if entity.area else None
            return (placed,) if placed and not said[placed.casefold()] else ()
        words = words_of(name, language)
        kinds = [language.kinds_meant([word]) for word in words]
        if (
            len(words) == 1
            and all(kinds)
            and any(d == entity.domain for k in kinds for d, _ in k)
            and not language.narrows_a_kind(next(iter(words)))
            and (
                said_in[next(iter(words))] > 1
                # "Lights" of "Studio Lights": "the lights" are every light.
                or not words.isdisjoint(plain_kind_words(language))
                or language.singular(name.casefold()) != name.casefold()
            )
        ):
            return ()  # a kind this device is: "the heating" names every heater
        # "Dehumidifier" of a smart plug; "Roller Door" of an opener; "Wohnungstür"
        # of a lock beside the "Haustor".
        return (name,)

    return {e.entity_id: (*e.names, *own(e)) for e in home.entities}


def _whose(
    entities: Mapping[str, tuple[frozenset[str], ...]],
    called: Mapping[str, tuple[str, ...]],
    language: Language,
) -> dict[str, tuple[frozenset[str], ...]]:
    """Return each device's (or area's) names, one that says whose keeping that word.

    The alias "our rad" is the speakers' radiator: "the rad" does not say it where
    "Ryan's rad" and "Evie's rad" are rads too (its other words are inside theirs);
    "onze kamer" is the parents' bedroom, never the living room aliased "kamer".
    """

    def kept(entity_id: str, said: str, words: frozenset[str]) -> frozenset[str]:
        whose = language.possessives.intersection(tokenize(said, language))
        if whose and any(
            words <= other
            for other_id, names in entities.items()
            if other_id != entity_id
            for other in names
        ):
            return words | whose
        return words

    return {
        entity_id: tuple(
            kept(entity_id, said, words)
            for said, words in zip(called[entity_id], names, strict=True)
        )
        for entity_id, names in entities.items()
    }


def area_names(
    area: HomeArea, relative: Mapping[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """Return an area's names, its floor's, and "upstairs" where it is (`relative`)."""
    return (*area.names, *area.floor_names, *relative.get(area.area_id, ()))


def words_of(text: str, language: Language) -> frozenset[str]:
    """Return the words of a text that can name a device: singular, no stop words."""
    return _words_of(text, language)


@lru_cache(maxsize=8192)
def _words_of(text: str, language: Language) -> frozenset[str]:
    return naming_words(language.words(text), language)


def naming_words(tokens: Iterable[str], language: Language) -> frozenset[str]:
    """Return the words that can tell devices apart: singular, no stop words.

    A lone Latin letter ("s" of "Jack's", "t" of "don't") tells nothing apart. In a
    language that joins nouns, a compound that ends in a kind of device says its
    parts as well.
    """
    words = frozenset(
        language.singular(word)
        for word in tokens
        if not (len(word) == 1 and word.isascii() and word.isalpha())
    )
    if language.compounds:
        # "Wohnzimmerlicht" is also "wohnzimmer" and "licht".
        words |= {
            language.singular(part) for word in words for part in language.parts(word)
        }
    return words - language.stop_words


def _fingerprint(home: Home) -> tuple[object, ...]:
    return (
        tuple((e.entity_id, e.names, e.own_name) for e in home.entities),
        home.areas,
    )


_INDEXES: dict[tuple[object, ...], NameIndex] = {}
_MAX_INDEXES: Final = 16


def name_index(home: Home, language: Language) -> NameIndex:
    """Return the home's names read once (rebuilt only when the names change)."""
    key = (language, _fingerprint(home))
    if (index := _INDEXES.get(key)) is None:
        if len(_INDEXES) >= _MAX_INDEXES:
            _INDEXES.pop(next(iter(_INDEXES)))
        index = _INDEXES[key] = NameIndex(home, language)
    return index


def _telling_area_words(
    home: Home, index: NameIndex, language: Language
) -> dict[str, str]:
    """Return the words that say one area alone, with the area each says.

    "Julia" of "Kamer van Julia" ("zet de verwarming bij Julia op 18"): a word of one
    area's names only, of a name of more than one word, no kind's, and in no name of a
    device elsewhere. A floor's name is every area's on it, so none of its words is.
    """
    holders: dict[str, set[str]] = {}
    whole: set[str] = set()  # a one-word name says its area in full already
    for area_id, names in index.areas.items():
        for name in names:
            if len(name) == 1:
                whole |= name
            for word in name:
                holders.setdefault(word, set()).add(area_id)
    elsewhere: dict[str, set[str]] = {}
    for entity in home.entities:
        for name in index.entities[entity.entity_id]:
            for word in name:
                elsewhere.setdefault(word, set()).add(entity.area_id or "")
    return {
        word: area_id
        for word, (area_id, *others) in ((w, sorted(a)) for w, a in holders.items())
        if not others
        and word not in whole
        and not language.kinds_meant([word])
        and word not in language.here  # "房间" of "外婆房间": the user's room
        and elsewhere.get(word, {area_id}) <= {area_id}
    }
