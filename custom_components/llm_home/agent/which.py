"""Which one? A command that names a device only by its kind, when the home has several.

"Lock the door" in a home with three locks could mean any of them: acting on one
would be acting on a device the user did not say, so the user is asked.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..home.actions import ACTIONS, CONTROL_DOMAINS, ITEM_DOMAINS
from ..home.snapshot import Home, HomeEntity
from .asked import offered
from .kinds_of import (
    called_so,
    fits,
    kind_words_said,
    main_word_of_one,
    of_its_own_kind,
    of_the_floor,
)
from .named import (
    areas_named,
    in_full,
    in_satellites_room,
    named_in_full,
    names_say,
    not_called_otherwise,
    places_in_a_row,
    satellite_areas,
    specific_words,
    told_by_kind_word,
)
from .options import named_by_option
from .reading import Clause
from .tokens import all_action_words, said_numbers, tokenize, verb_domains


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
    if not clause.command or clause.comfort:
        return None  # a question, or "it's cold in here" (the user's room or nothing)
    if named := named_in_full(home, clause.words, clause.names, clause.spans):
        # A device called by its whole name ("HeatPump"), unless others share it.
        return _sharing_the_name(home, clause, named, area_names)
    if _one_has_the_source(home, clause):
        return None
    language = clause.language
    tokens = clause.tokens
    nouns = nouns_said(clause)
    verb = verb_domains(language).get(language.singular(clause.opening or ""))
    if not nouns:
        return _sharing_a_word(home, clause, area_names)
    meant = language.kinds_meant(
        [*nouns, *(part for noun in nouns for part in language.parts(noun))]
    )
    # "The next song on the speaker": the speakers, not every player a song plays on.
    meant -= {(domain, None) for domain, cls in meant if cls is not None}
    # "De staanlamp": a compound's own first part tells it from the other lamps.
    kind = language.singular(nouns[-1])
    kind = (language.parts(kind) or (kind,))[-1]
    opening = language.singular(clause.opening or "")
    if (
        verb is not None
        and not any(domain in verb for domain, _ in meant)
        and opening not in language.sensitive_verbs
    ):
        # A verb of other kinds says nothing of the kind said: "set the volume",
        # "lower the volume", "shut the TV off" (not a blind), "台灯开一下" (not a
        # curtain). A sensitive verb keeps its kind: "disarm the degree arm".
        verb = None
    index = clause.names
    # The kinds the nouns say, narrowed by a verb that only some kinds take ("lock"),
    # and the devices whose names say them ("the water heater" of two smart plugs).
    kind_words = kind_words_said(clause)
    fitting = of_its_own_kind(
        [
            e
            for e in home.entities
            if e.domain in CONTROL_DOMAINS
            and (fits(e, meant, clause) or called_so(e, clause, kind_words))
            and (verb is None or e.domain in verb)
        ],
        clause,
    )
    # "The can lights": a plural that is the devices' own names' is no "all".
    many = clause.every or any(
        language.singular(w) != w and not index.in_a_name(tokens, i)
        for i, w in enumerate(tokens)
        if w in nouns
    )
    if lists := all(e.domain in ITEM_DOMAINS for e in fitting):
        # "The shopping list" is no "Personal Tasks".
        fitting = not_called_otherwise(fitting, clause) or fitting
    # "Baja la persiana": the verb said once is no floor, though one is "Planta baja".
    said_once = clause.opening is not None and tokens.count(clause.opening) == 1
    the_verb = {clause.opening} if said_once else set()
    if len(fitting) < 2:
        return None
    # A list is in no room: "... on the list for the game" names no "Game Room".
    area_said = index.area_words & (specific_words(clause) - the_verb)
    if area_said and not lists:
        # A word of an area or floor said that is no kind's ("the furnace" is no
        # room, though the home has a "Furnace Room") tells the room; unless rooms
        # share it: "the washroom fan" of a basement and an upstairs washroom.
        shared = _in_rooms_sharing(fitting, clause, area_said)
        if len(shared) < 2 and not many:
            # "Put the lamp on in the bedroom" of its two lamps and its ceiling light:
            # which lamp (the word said tells the lamps from the light, not apart).
            shared = told_by_kind_word(
                [e for e in fitting if in_full(index.of_area(e.area_id), clause.words)],
                clause,
            )
        fitting = shared
        if len(fitting) < 2:
            return None
    elif of_the_floor(home, clause, meant, satellite_areas(home, area_names)):
        return None  # "Bump the heat up" in the kitchen: its floor's thermostat
    # A word that is no device's, area's, action's or kind's ("the side door", "la
    # lumière du grenier") tells none of them apart: the model would guess, so the
    # user is asked. With "all", it asks which ones. A to-do item's words are in no
    # name, and tell nothing.
    unknown = clause.unknown
    if any(domain in ITEM_DOMAINS for domain, _ in meant):
        unknown = frozenset()  # an item's words are in no name
    if many:
        # "All the lights upstairs" with no "upstairs" in the home, "the outside
        # lights" with no name or room that says it: which ones?
        told = {
            w
            for e in fitting
            for name in (*index.of(e), *index.of_area(e.area_id))
            for w in name
        }
        untold = {w for w in clause.words if w in language.opposites} - told
        return (nouns[-1], fitting) if unknown or untold else None
    called = told_by_kind_word(fitting, clause)
    if called and not in_satellites_room(home, called, area_names):
        # "Put the lamp on" in the kitchen, which has lights but no lamp: the home's
        # lamps, never the kitchen's lights.
        fitting = called
    elif in_satellites_room(home, fitting, area_names):
        # "Mach die Nachttischlampe an" in a bedroom with two: which one. "Turn on the
        # light" there: the room's, the model picks.
        alike = _alike_here(home, clause, fitting, area_names, kind)
        if not alike:
            # "Turn on the lamp" in a bedroom with two lamps and a ceiling light:
            # which lamp; "the light" there is the room's, the model picks.
            here = satellite_areas(home, area_names)
            alike = _narrowed([e for e in called if e.area_id in here], clause, {kind})
        return (nouns[-1], alike) if len(alike) > 1 else None
    if len(called) == 1:
        return None  # "reduce the chandelier": the one light called so
    # "The ceiling fan": any fan, though one's alias says "ceiling".
    untold = {kind, *main_word_of_one(fitting, meant, clause)}
    fitting = _narrowed(fitting, clause, untold)
    if len(fitting) < 2:
        return None
    return nouns[-1], fitting


def _narrowed(
    fitting: list[HomeEntity], clause: Clause, untold: set[str]
) -> list[HomeEntity]:
    """Return the devices that words of some of their names, said, leave.

    "Ceiling" of two ceiling fans and a desk fan; "Deckenlampe" of a bedroom's
    ceiling lamp and bedside lamp. One device left is the one meant. Not the words
    of `untold` (the kind's own), which tell nothing apart.
    """
    index = clause.names
    for word in sorted(clause.words - all_action_words(clause.language) - untold):
        hits = [e for e in fitting if any(word in name for name in index.of(e))]
        if hits:
            fitting = hits
    return fitting


def _alike_here(
    home: Home,
    clause: Clause,
    fitting: list[HomeEntity],
    area_names: Iterable[str],
    kind: str,
) -> list[HomeEntity]:
    """Return the satellite room's devices whose names all hold a word said, of two.

    Not the kind's own word, nor the room's: "the bedside lamp" of two bedside lamps.
    """
    here = satellite_areas(home, area_names)
    index = clause.names
    room = {w for area in here for name in index.of_area(area) for w in name}
    # Of the kind itself: a "Ceiling Fan Light" is no ceiling fan.
    mine = [e for e in fitting if e.area_id in here and fits(e, clause.meant, clause)]
    for word in sorted(
        clause.words - all_action_words(clause.language) - room - {kind}
    ):
        alike = [e for e in mine if any(word in name for name in index.of(e))]
        if len(alike) > 1:
            return alike
    return []


def _in_rooms_sharing(
    fitting: list[HomeEntity], clause: Clause, area_said: frozenset[str]
) -> list[HomeEntity]:
    """Return the devices in rooms whose names share the words said, of two rooms or more.

    None said in full: "the bedroom light" with a "Bedroom" and a "Guest Bedroom" is
    the Bedroom's.
    """
    index = clause.names
    named = areas_named(index, clause.words, places_in_a_row(clause))
    if any(score >= 1.0 for score in named.values()):
        return []
    found = [
        e for e in fitting if e.area_id and area_said <= index.words_of_area(e.area_id)
    ]
    return found if len({e.area_id for e in found}) > 1 else []


def nouns_said(clause: Clause) -> list[str]:
    """Return the words said that name a kind of device.

    "Deckenlampe": a compound whose last part is a kind names that kind. "To 24
    degrees": a unit after a number is no device, nor "a few degrees".
    """
    language = clause.language
    tokens = clause.tokens
    return [
        word
        for i, word in enumerate(tokens)
        if (language.kinds_meant([word]) or language.parts(language.singular(word)))
        and not (i and said_numbers([tokens[i - 1]], language))
        and language.singular(word) not in language.value_words
    ]


def named_by_nothing(
    home: Home, clause: Clause, area_names: Iterable[str] = ()
) -> tuple[str, list[HomeEntity]] | None:
    """Return the devices a command could mean when its words name none of them.

    "Metti ventidue gradi", "zet hem wat hoger" (nothing said before): no kind, no
    word of a name or an area, only a verb several devices take. The model would pick
    one, so the user is asked, unless one is in the satellite's room. Call it only
    when no turn before can say what is meant.
    """
    if clause.unknown or not clause.command or clause.comfort or clause.every:
        return None  # "set the fridge to 4": a thing the home lacks is refused
    if nouns_said(clause) or _one_has_the_source(home, clause):
        return None
    if clause.names.area_words & clause.words or names_say(home.entities, clause):
        return None
    # "Turn it up" says no kind even in its verb: the kinds its actions take.
    domains = clause.verb_domains or {
        domain
        for action in ACTIONS
        if not action.read_only and offered(action, clause)
        for domain in action.domains
    }
    fitting = [
        e for e in home.entities if e.domain in CONTROL_DOMAINS and e.domain in domains
    ]
    here = satellite_areas(home, area_names)
    if in_room := [e for e in fitting if e.area_id in here]:
        # "Turn that down to 20 percent" in a kitchen of two lights: which one.
        fitting = in_room
    if len(fitting) < 2:
        return None
    return clause.language.replies["device"], fitting


def _sharing_the_name(
    home: Home, clause: Clause, named: frozenset[str], area_names: Iterable[str]
) -> tuple[str, list[HomeEntity]] | None:
    """Return the devices that one name said calls, when nothing tells them apart.

    "Switch on the water heater" in a home with a "Water Heater" in each bathroom
    could mean either; "the can lights" too, whose name is plural itself. "All the
    water heaters", a room said, or one of them in the satellite's room: no question.
    """
    index = clause.names
    sharing = [
        e for e in home.entities if e.entity_id in named and e.domain in CONTROL_DOMAINS
    ]
    if clause.every or _told_apart(home, sharing, area_names):
        return None
    said = {
        max((n for n in index.of(e) if n and n <= clause.words), key=len)
        for e in sharing
    }
    if len(said) != 1:
        return None
    # "The front door" of two called so says no area "Front Entry"; "upstairs" would,
    # and a room said that both are in ("the bedside lamp in our room") does not.
    if index.area_words & (beyond := clause.words - next(iter(said))):
        sharing = [e for e in sharing if in_full(index.of_area(e.area_id), beyond)]
        if len(sharing) < 2:
            return None
    language = clause.language
    as_named = {t for e in sharing for n in e.names for t in tokenize(n, language)}
    tokens = [t for t in clause.tokens if language.singular(t) in next(iter(said))]
    if any(language.singular(t) != t and t not in as_named for t in tokens):
        return None  # "the water heaters": a plural the name does not have
    return (tokens or [sharing[0].name])[-1], sharing


def _sharing_a_word(
    home: Home, clause: Clause, area_names: Iterable[str]
) -> tuple[str, list[HomeEntity]] | None:
    """Return the devices whose names all hold the words said, when no kind is said.

    "Switch off the tubelight" of a "Kitchen Tubelight" and a "Hall Tubelight" could
    mean either. None when one is in the satellite's room, or an area is said.
    """
    index = clause.names
    language = clause.language
    said = (
        clause.words
        - all_action_words(language)
        - language.command_verbs
        - language.particles
    )
    names = {
        e.entity_id: index.of(e) for e in home.entities if e.domain in CONTROL_DOMAINS
    }
    said = frozenset(
        w for w in said if any(w in n for ns in names.values() for n in ns)
    )
    # "The tubelights": all of them.
    plural = any(t not in said and language.singular(t) in said for t in clause.tokens)
    if not said or plural or clause.every or index.area_words & clause.words:
        return None
    sharing = [
        e for e in home.entities if any(said <= n for n in names.get(e.entity_id, ()))
    ]
    if _told_apart(home, sharing, area_names):
        return None
    return [t for t in clause.tokens if language.singular(t) in said][-1], sharing


def _told_apart(
    home: Home, sharing: list[HomeEntity], area_names: Iterable[str]
) -> bool:
    """Return whether devices called alike need no question about which one.

    Fewer than two, of kinds that what is asked tells apart, or one of them in the
    satellite's room.
    """
    return (
        len(sharing) < 2
        or len({e.domain for e in sharing}) > 1
        or in_satellites_room(home, sharing, area_names)
    )


def _one_has_the_source(home: Home, clause: Clause) -> bool:
    """Return whether no kind is said and one device has the station or app said.

    "Mets Canal": the one player with that source (shortlist.py), asked about no more.
    """
    return (
        not clause.kinds and len(named_by_option(home, clause.tokens_and_words())) == 1
    )
