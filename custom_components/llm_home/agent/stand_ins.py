"""Words a language says for another: "open the fan" is "turn on the fan".

Read by the reading (reading.py): a verb, or the particle a command ends on, that the
devices said cannot take stands for the one the table gives (`Language.stand_ins`);
a pronoun ("celle") stands for the kind of device of the command before.
"""

from __future__ import annotations

from collections.abc import Sequence
import re

from ..home.actions import ACTIONS, Action
from ..home.capabilities import supports
from ..language import Kind, Language
from .names import NameIndex
from .tokens import tokenize


def stood_in(
    text: str,
    tokens: Sequence[str],
    verb: str | None,
    *,
    kinds: frozenset[Kind],
    spans: Sequence[tuple[int, int, frozenset[str]]],
    words: frozenset[str],
    index: NameIndex,
) -> str | None:
    """Return the words with a verb the devices said cannot take read as meant.

    "Open the fan": no fan opens, so it is "on the fan"; "open the blinds" stays.
    The word may be the particle a command ends on: "dreh den Ventilator auf" (an
    Austrian "turn on"), "fahr die Markise aus" (out, for an awning that no switch
    turns off). Devices said by name decide over the kinds their names hold: "open
    the parol" (a lantern's plug) and "close the water heater" (a switch, whatever
    "water" says) are "on" and "off"; so are those whose whole name is said in
    other words ("ferme la pompe de la piscine", a "Pompe de piscine").
    """
    language = index.language
    said = [word for word in tokens if word not in language.fillers]
    last = said[-1] if said and said[-1] in language.particles else None
    if last is not None and (pair := f"{verb} {last}") in language.stand_ins:
        # "Fahr die Markise aus": the verb with its particle says what is meant.
        return _said_instead(text, last, language.stand_ins[pair], last=True)
    first = tokenize(text.split(",", maxsplit=1)[0], language)
    if verb in language.stand_ins and first and first[-1] in language.particles:
        return None  # "shut the heat off, …": the particle says what is meant
    word = next((w for w in (verb, last) if w in language.stand_ins), None)
    if word is None:
        return None
    actions = _said_by(word, language)
    named = {owner for _, _, owners in spans for owner in owners}
    if not named and not kinds:
        named = {
            entity_id
            for entity_id, names in index.entities.items()
            if any(name and name <= words for name in names)
        }
    if named:
        devices = [index.devices[e] for e in named if e in index.devices]
        if not devices or any(
            supports(action, device) for action in actions for device in devices
        ):
            return None
    elif not kinds or any(
        domain in action.domains for action in actions for domain, _ in kinds
    ):
        return None
    return _said_instead(text, word, language.stand_ins[word], last=word != verb)


def _said_instead(text: str, word: str, meant: str, *, last: bool) -> str | None:
    """Return the text with `word` said as `meant`: its first or its `last` time.

    The verb is said first; a particle last ("dreh die Lichterkette auf der Loggia
    auf": the first "auf" is where it is).
    """
    found = list(re.finditer(rf"\b{re.escape(word)}\b", text, flags=re.IGNORECASE))
    if not found:
        return None
    at = found[-1] if last else found[0]
    return f"{text[: at.start()]}{meant}{text[at.end() :]}"


def _said_by(word: str, language: Language) -> list[Action]:
    """Return the actions the word says, or is allowed to say.

    "Ouvre la porte d'entrée" may unlock a lock ("ouvre" is among the words that
    offer unlocking), so a lock never makes it "allume".
    """
    return [
        action
        for action in ACTIONS
        if action.services
        and (
            word in (words := language.action(action.name)).words
            or word in words.offered_when
        )
    ]


def kind_for_pronoun(
    text: str,
    tokens: Sequence[str],
    spans: Sequence[tuple[int, int, frozenset[str]]],
    before: Sequence[str],
    language: Language,
) -> str | None:
    """Return the words with a pronoun for the kind of the command before said as it.

    "Éteins la lumière de la cuisine pis ouvre celle de la salle à manger": "celle"
    is the dining room's light. None where no such pronoun is said, or a kind is.
    """
    pronoun = next((t for t in tokens if t in language.same_kind), None)
    inside = {i for start, end, _ in spans for i in range(start, end)}
    outside = [t for i, t in enumerate(tokens) if i not in inside]
    # "… pis ouvre celle de l'entrée de garage": "garage" is the area's word.
    if pronoun is None or language.kinds_meant(outside):
        return None
    noun = next((t for t in before if language.kinds_meant([t])), None)
    if noun is None:
        return None
    return re.sub(rf"\b{pronoun}\b", noun, text, count=1, flags=re.IGNORECASE)
