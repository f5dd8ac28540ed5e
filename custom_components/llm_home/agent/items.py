"""Each thing said for a list: "add eggs and milk to the shopping list" adds two items.

The model writes one item, words the user said. When those words, or the words right
after them, join several things ("kang kong and eggs", "des yaourts et du café"),
each becomes an item of its own, up to where the list is named, without the
articles and prepositions around them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
import re
from typing import Final

from ..home.actions import ITEM_DOMAINS, Value, action_named
from ..home.calls import Call
from ..home.snapshot import HomeEntity
from ..language import Language
from .reading import Clause

# Things said one after another: "milk, bread and eggs".
_COMMAS: Final = frozenset({",", "、", "，"})
_PIECE: Final = re.compile(r"[\w']+|[,、，]")
# The most words a to-do item may have.
MAX_ITEM_WORDS: Final = 8


def item_spans(clause: Clause) -> list[str]:
    """Return every run of up to MAX_ITEM_WORDS of the words: a to-do item.

    The command's verb is none of it: "Add, clean the kitchen to my list" (a pause
    heard as a comma) adds "clean the kitchen", never "add". Nor are the words that
    only say the list ("zet da efkes op 't boodschappenlijstje": its kind, "the",
    "his", "that").
    """
    words = clause.item_words()
    first = 0
    if clause.command and clause.opening in words:
        first = words.index(clause.opening) + 1
    space = "" if clause.language.unspaced else " "
    saying = {w for w in words if _says_a_list(w, clause.language)}
    return sorted(
        {
            space.join(words[start:end])
            for start in range(first, len(words))
            for end in range(start + 1, min(start + MAX_ITEM_WORDS, len(words)) + 1)
            if not saying.issuperset(words[start:end])
        }
    )


def _says_a_list(word: str, language: Language) -> bool:
    """Return whether a word only says which list: its kind, "the", "his", "that"."""
    said = language.words(word)  # "z'n": "z", "n"
    return set(said) <= (
        language.stop_words | language.fillers | language.refers_back
    ) or any(
        domain in ITEM_DOMAINS
        for domain, _ in language.kinds_meant([language.singular(w) for w in said])
    )


def each_item(
    calls: Iterable[Call], clause: Clause, lists: Iterable[HomeEntity]
) -> list[Call]:
    """Return the calls with one call for each item that an item's words join."""
    action_words = _list_words(clause, lists)
    result: list[Call] = []
    for call in calls:
        action = action_named(call.name)
        if action is None or action.value is not Value.ITEM or call.value is None:
            result.append(call)
            continue
        result.extend(
            Call(call.name, call.targets, item)
            for item in items_said(call.value, clause, action_words)
        )
    return result


def joins_items(clause: Clause) -> bool:
    """Return whether a command for a list joins several things, before or after it.

    HA's built-in matcher would add "kang kong and eggs", or "pan y un melón" of
    "añade a la compra pan y un melón", as one item.
    """
    if not any(domain in ITEM_DOMAINS for domain, _ in clause.kinds):
        return False
    joiners = clause.language.clause_breaks | _COMMAS
    return bool(joiners.intersection(_pieces(clause)[1:]))


def items_said(
    item: str, clause: Clause, list_words: frozenset[str]
) -> tuple[str, ...]:
    """Return the things that `item` and the words joined to it say, one by one."""
    language = clause.language
    joiners = language.clause_breaks | _COMMAS
    words = _pieces(clause)
    said = _words(item, clause)
    start = _find(words, said)
    if start is None:
        return (item,)
    end = start + len(said)
    joined_before = start > 0 and words[start - 1] in joiners
    if (
        not joiners.intersection(said)
        and not (end < len(words) and words[end] in joiners)
        and not joined_before
    ):
        return (item,)
    # The things run on to where the list is named ("... to the shopping list"), or
    # a command begins ("we got the eggs, take them off ..."); and back from there
    # where the model wrote the last thing only ("加牛奶跟酸奶": "酸奶").
    ends = list_words | language.command_verbs
    stop = next((i for i in range(end, len(words)) if words[i] in ends), len(words))
    if joined_before:
        start = next((i + 1 for i in range(start - 1, -1, -1) if words[i] in ends), 0)
    if not language.clause_breaks.intersection(words[start:stop]):
        return (item,)  # commas alone join no things: "eggs, take them off"
    parts: list[list[str]] = [[]]
    for word in words[start:stop]:
        if word in joiners:
            parts.append([])
        else:
            parts[-1].append(word)
    space = "" if language.unspaced else " "
    items = [space.join(_trimmed(part, language.stop_words)) for part in parts]
    items = [thing for thing in items if thing]
    return tuple(items) if len(items) > 1 else (item,)


def _list_words(clause: Clause, lists: Iterable[HomeEntity]) -> frozenset[str]:
    """Return the words that name a list: its kind's ("list") and its own names."""
    language = clause.language
    # "Liste des commissions": its "des" names no list ("du Cenovis et des rösti").
    named = {
        w
        for e in lists
        if e.domain in ITEM_DOMAINS
        for n in e.names
        for w in n.casefold().split()
    } - language.stop_words
    kinds = {
        word
        for word in clause.item_words()
        if any(domain in ITEM_DOMAINS for domain, _ in language.kinds_meant([word]))
        or any(
            domain in ITEM_DOMAINS
            for part in language.parts(language.singular(word))
            for domain, _ in language.kinds_meant([part])
        )
    }
    return frozenset(named | kinds)


def _pieces(clause: Clause) -> list[str]:
    """Return the words as a to-do item has them, and the commas between them."""
    return [
        word
        for piece in _PIECE.findall(clause.text.casefold())
        for word in _words(piece, clause)
    ]


def _words(text: str, clause: Clause) -> list[str]:
    """Return the words of an item, by the table's where they have no spaces."""
    if clause.language.unspaced and text not in _COMMAS:
        return list(clause.language.words(text))
    return text.casefold().split()


def _find(words: Sequence[str], said: Sequence[str]) -> int | None:
    return next(
        (
            i
            for i in range(len(words) - len(said) + 1)
            if list(words[i : i + len(said)]) == list(said)
        ),
        None,
    )


def _trimmed(part: list[str], stop_words: frozenset[str]) -> list[str]:
    """Return a thing's words without the articles and prepositions at its ends."""
    start, end = 0, len(part)
    while start < end and part[start] in stop_words:
        start += 1
    while end > start and part[end - 1] in stop_words:
        end -= 1
    return part[start:end]


def ticked_off(clause: Clause) -> bool:
    """Return whether the words tick an item off a list ("take the milk off")."""
    return not clause.language.action("todo_complete").said_by.isdisjoint(clause.tokens)
