"""What is said beside a command: reasons, statements and remarks.

"Shut the heat off, it's warm enough in here", "pause the hoover, I can't hear the
telly", "close all the shutters, that storm's coming in tonight": why, or what the
speakers do, never a target of the command's verb (clauses.py sets them apart).
"""

from __future__ import annotations

from functools import lru_cache
import re
from typing import Final

from ..home.actions import CONTROL_DOMAINS, ITEM_DOMAINS
from ..home.calls import COLORS, WHITES
from ..language import Language
from .names import NameIndex, domains_named, naming_words
from .tokens import (
    PAUSE,
    comfort_only,
    opening,
    said_numbers,
    statement_openings,
    tokenize,
    verb_domains,
)

# The kinds of device that take a value said as what the speakers do ("away").
_VALUE_NAME_DOMAINS: Final = frozenset({"alarm_control_panel", "climate"})
# The kinds of device whose mode a statement may say: "…, we're off" arms away.
ARMED: Final = frozenset({"alarm_control_panel"})


def takes_value_names(
    command: str,
    index: NameIndex | None,
    language: Language,
    kinds: frozenset[str] = _VALUE_NAME_DOMAINS,
) -> bool:
    """Return whether the words name a device that takes "away" or "home"."""
    tokens = tokenize(command, language)
    domains = {domain for domain, _ in language.kinds_meant(tokens)}
    if index is not None:
        domains |= domains_named(index.spans(tokens))
    return not domains.isdisjoint(kinds)


def items_for_a_list(parts: list[tuple[str, ...]], index: NameIndex) -> bool:
    """Return whether the parts are the items said for the list the last one names.

    "Añade galones de agua y baterías a la lista del huracán": two items, though
    "agua" is a kind of device; never a command for the water heater apart.
    """
    language = index.language
    verb = language.singular(opening(parts[0], language) or "")
    last = parts[-1]
    lists = {domain for domain, _ in language.kinds_meant(last)} | domains_named(
        index.spans(last)
    )
    return "todo" in verb_domains(language).get(verb, ()) and not lists.isdisjoint(
        ITEM_DOMAINS
    )


def says_why(
    part: str, index: NameIndex | None, language: Language, takes: bool = True
) -> bool:
    """Return whether words say why, naming no device.

    How the room feels ("it's warm in here"), or what the speakers do ("we're fixing
    to open the windows", "I go toilet"), unless it says a value ("we're away") that
    a device named `takes`.
    """
    tokens = tokenize(part, language)
    if index is not None and any(owners for _, _, owners in index.spans(tokens)):
        return False
    if tokens and tokens[0] in language.speakers:
        # "Set the alarm, we're heading out": a value ("away") is no reason; "run the
        # Roomba, we're leaving for church" says none the Roomba takes.
        return not (takes and any(t in language.value_names for t in tokens))
    return any(comfort.words <= set(tokens) for comfort in language.comfort)


def a_statement(
    part: str, language: Language, takes: bool, index: NameIndex | None = None
) -> bool:
    """Return whether words after a command open as a statement does.

    "…, I can't hear the telly", "…, I'll just have the fairy lights": the table's
    `statement_openers`, then no command verb; or a reason ("…, que Andrés ya se
    durmió"); or what a person of the home does ("…, Jory's coming in with the
    shopping": no list to add to). They say why, even naming a device; unless the
    command names a device that takes a value said so ("…, que nos vamos" arms the
    alarm away).
    """
    tokens = tokenize(part, language)
    if index is not None and a_person_does(tokens, index):
        return True
    if takes:
        # "…, que nos vamos", "…, we're off" may say the alarm's mode; "…, que ya nos
        # vamos al cine" names a kind of device ("cine"), never one to arm.
        return (
            bool(tokens)
            and tokens[0] in language.reasons
            and bool(language.kinds_meant(tokens))
        )
    if tokens and tokens[0] in language.reasons:
        return True  # "…, que Andrés ya se durmió": why, whoever it names
    for said in statement_openings(language):
        if tokens[: len(said)] == said and len(tokens) > len(said):
            return tokens[len(said)] not in language.command_verbs
    return False


def without_remarks(command: str, index: NameIndex) -> str:
    """Return the command without what is said after a pause that names nothing.

    Only after a pause: "turn on the lamp and the hall pendant" in a home without a
    hall pendant still asks for it (and is told it is not there). Never for a list:
    "add oat milk, free range eggs" says things nobody's names know.
    """
    language = index.language
    tokens = tokenize(command, language)
    # "Put the window unit on dry, it's sticky up there" names a device, no list.
    kinds = language.kinds_meant(tokens)
    device = any(domain in CONTROL_DOMAINS for domain, _ in kinds) or bool(
        domains_named(index.spans(tokens)) - ITEM_DOMAINS
    )
    if (
        opening(tokens, language) in language.action("todo_add").said_by and not device
    ) or any(domain in ITEM_DOMAINS for domain, _ in kinds):
        return command
    first, *rest = re.split(PAUSE, command)
    kept = [piece for piece in rest if not a_remark(tokenize(piece, language), index)]
    return command if len(kept) == len(rest) else ", ".join([first, *kept])


def a_remark(tokens: tuple[str, ...], index: NameIndex) -> bool:
    """Return whether words say nothing the table or the home's names know.

    "Close all the shutters, that storm's coming in tonight": no device, room,
    value or verb in "that storm coming tonight". A word or two ("blue please") may
    still be a value, so it takes more than one word.
    """
    language = index.language
    if tokens and tokens[0] in language.speakers:
        return False  # what the speakers do: a reason, or a value ("heading out")
    if _acts_on_nothing(tokens, index) or a_person_does(tokens, index):
        return True
    if (
        tokens
        and opening(tokens, language) not in language.command_verbs
        and tokens[0] not in language.asking_verbs
        # "…, but leave Theo's alone": what to leave as it is, no "Theo is".
        and language.keeps.isdisjoint(tokens)
        and (
            not language.asking_verbs.isdisjoint(tokens[1:])
            or _contracted_verb(tokens, index)
        )
    ):
        # "…, het raam staat open", "…, the lawn's cooked": how a thing is, in a
        # statement's order.
        return True
    words = naming_words(tokens, language) - language.stop_words - language.fillers
    if _about_it(tokens, words, index):
        return True
    return (
        len(words) > 1
        and words.isdisjoint(index.known - _comfort_unsaid(tokens, index))
        # "Storm" is a kind (the weather), but none that a command changes.
        and not any(d in CONTROL_DOMAINS for d, _ in language.kinds_meant(words))
        and not said_numbers(tokens, language)
    )


def _comfort_unsaid(tokens: tuple[str, ...], index: NameIndex) -> frozenset[str]:
    """Return the words known only from comfort phrases that are not said whole.

    "…, the whole street can see in": "see" means something in "can't see" only.
    """
    language = index.language
    said = set(tokens)
    unsaid = {
        language.singular(word)
        for comfort in language.comfort
        if not comfort.words <= said
        for word in comfort.words
    }
    unsaid |= {word for word in said if language.singular(word) in unsaid}
    return comfort_only(language) & unsaid - index.name_words - index.area_words


def a_person_does(tokens: tuple[str, ...], index: NameIndex) -> bool:
    """Return whether words say what one of the home's people does.

    "Close the garage and lock up, Cody just pulled in", "…, Jory's coming in with
    the shopping": a person the names know ("Cody's Studio"), then a word that is no
    name's, room's, kind's or the table's ("Jory's lamp" is the lamp), or a negation.
    """
    language = index.language
    if len(tokens) < 2 or tokens[0] not in index.people:
        return False
    rest = tokens[2:] if tokens[1] in language.contracted_verbs else tokens[1:]
    if any(rest[: len(words)] == words for words in language.negations):
        return True  # "…, Callum never locks it": what he does, never a command
    said = [t for t in rest if t not in language.stop_words | language.fillers]
    return (
        bool(said)
        and language.singular(said[0]) not in index.known
        and said[0] not in index.known
        and not language.kinds_meant(said[:1])
    )


def _acts_on_nothing(tokens: tuple[str, ...], index: NameIndex) -> bool:
    """Return whether a command verb opens words that say no action and name nothing.

    "Roll down the lanai shade, get one big rain coming", "run Lolo, get sand all
    over from the beach": "get" says no action of the home, and nothing after it is
    a device, a room, a kind of device a command changes or "it".
    """
    language = index.language
    return (
        # "…, doe dan de tv uit": a verb alone before "dan" says nothing yet.
        len(tokens) > 2
        and opening(tokens, language) in language.command_verbs
        and language.refers_back.isdisjoint(tokens)
        and not index.spans(tokens)
        and language.keeps.isdisjoint(tokens)  # "…, leave Theo's alone"
        and not any(d in CONTROL_DOMAINS for d, _ in language.kinds_meant(tokens))
        and acting_words(language).isdisjoint(tokens)
    )


@lru_cache(maxsize=16)
def acting_words(language: Language) -> frozenset[str]:
    """Return the words that say one of the actions ("lock", "dim", "turn on")."""
    return frozenset().union(
        *(language.action(name).said_by for name in language.actions)
    )


def _contracted_verb(tokens: tuple[str, ...], index: NameIndex) -> bool:
    """Return whether a verb is said as a word's ending, no name after it."""
    return any(verb_as_ending(tokens, i, index) for i in range(1, len(tokens)))


def verb_as_ending(tokens: tuple[str, ...], at: int, index: NameIndex) -> bool:
    """Return whether the word at `at` is a verb said as the ending of the one before.

    "The lawn's cooked": "s" is "is"; "Sarah's lamp" is a name's, "the fan's light"
    a kind's.
    """
    language = index.language
    after = tokens[at + 1 : at + 2] or ("",)
    return (
        tokens[at] in language.contracted_verbs
        and after[0] not in index.name_words
        and not language.kinds_meant(after)
    )


# Words that are values whatever the device: a colour, a white, a level's unit.
_VALUES: Final = frozenset({*COLORS, *WHITES})


def _about_it(tokens: tuple[str, ...], words: frozenset[str], index: NameIndex) -> bool:
    """Return whether words only say something of "it": "somebody left it open again".

    They name no device, room or kind that a command changes, say no value and open
    with no verb: what was said of the command's target, not a second command.
    """
    language = index.language
    values = _VALUES | language.value_words
    return (
        not language.refers_back.isdisjoint(tokens)
        and opening(tokens, language) not in language.command_verbs
        and not index.spans(tokens)
        and not any(d in CONTROL_DOMAINS for d, _ in language.kinds_meant(tokens))
        and not {language.value_names.get(w, w) for w in words} & values
        and not said_numbers(tokens, language)
    )
