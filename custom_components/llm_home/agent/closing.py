"""Words that end a conversation or take back a request: "thanks", "never mind".

They ask for nothing, so nothing is done and the reply is a plain one ("You're
welcome.", "Okay."), never an error or a question about a device. The phrases and the
reply each calls for come from the language table (`Language.closings`).
"""

from __future__ import annotations

from functools import lru_cache
import re

from ..language import Language
from .tokens import all_action_words, opening


@lru_cache(maxsize=16)
def _phrases(language: Language) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Return the table's closing phrases as words, longest first, with their reply.

    A take-back said alone is a closing too, answered "Okay" (`Language.take_backs`).
    """
    phrases = {**dict.fromkeys(language.take_backs, "okay"), **language.closings}
    return tuple(
        sorted(
            ((language.words(phrase), reply) for phrase, reply in phrases.items()),
            key=lambda item: -len(item[0]),
        )
    )


@lru_cache(maxsize=16)
def closing_words(language: Language) -> frozenset[str]:
    """Return the words of the table's closing phrases ("bonne", "nuit")."""
    return frozenset(word for phrase, _ in _phrases(language) for word in phrase)


def closing(text: str, language: Language) -> str | None:
    """Return the reply the words call for when they only close, else None.

    They close when they hold a closing phrase and no word of a request: no command
    verb, question word, action word or kind of device ("thanks pal", "cheers, that's
    grand", "you're a wee star"; never "thanks, turn off the light"). The first
    phrase said decides the reply: "thanks, that's all" is thanked for. The reading
    also leaves out words that name the home's devices or rooms.
    """
    phrases = _phrases(language)
    words = language.words(text)
    found: list[tuple[int, int, str]] = []
    at = 0
    while at < len(words):
        said = next(
            (
                (phrase, reply)
                for phrase, reply in phrases
                if phrase and words[at : at + len(phrase)] == phrase
            ),
            None,
        )
        if said is None:
            at += 1
            continue
        found.append((at, at + len(said[0]), said[1]))
        at += len(said[0])
    if not found:
        return None
    within = {i for start, end, _ in found for i in range(start, end)}
    asking = (
        language.command_verbs | language.question_words | all_action_words(language)
    ) - (
        # "Merci, t'es un chef", "c'est parfait": an article or "is" asks nothing.
        (language.articles | language.asking_verbs) - language.command_verbs
    )
    rest = [word for i, word in enumerate(words) if i not in within]
    if any(word in asking or language.kinds_meant([word]) for word in rest):
        return None
    return found[0][2]


# What ends a part of what is said, written.
_STOPS = ",.;:!?，。；！？"


@lru_cache(maxsize=16)
def _take_backs(language: Language) -> tuple[re.Pattern[str], ...]:
    """Return the patterns that find the table's take-backs, as written."""
    edge = ("", "") if language.unspaced else (r"(?<!\w)", r"(?!\w)")
    return tuple(
        re.compile(
            edge[0] + r"\W*".join(map(re.escape, language.words(phrase))) + edge[1],
            re.IGNORECASE,
        )
        for phrase in language.take_backs
    )


def taken_back(text: str, language: Language) -> str:
    """Return the words left after a take-back said after a request, else the words.

    "Put the pool light on. Ah, fuhgeddaboudit, it's still light out": taken back,
    the take-back alone is left ("Okay.", nothing done); "turn on the fan, never
    mind, open the window" leaves the window. Said before any request ("The Yankees
    are getting killed, fuhgeddaboudit. Put Netflix on"), or before what it leaves
    ("…, lascia stare la lampada"), it takes nothing back.
    """
    asking = language.command_verbs | all_action_words(language)
    found = [m for pattern in _take_backs(language) for m in pattern.finditer(text)]
    for said in sorted(found, key=lambda m: -m.start()):
        if asking.isdisjoint(language.words(text[: said.start()])):
            continue
        rest = text[said.end() :]
        after = language.words(rest)
        if after[:1] and after[0] in language.particles:
            # "Leave it on": what stays as it is, no take-back.
            continue
        if opening(after, language) in asking:
            # "…, never mind, open the window": a request of its own follows.
            return rest.strip(f" {_STOPS}")
        # What it is said of, in the same breath: "lascia stare la lampada".
        same = language.words(re.split(f"[{_STOPS}]", rest, maxsplit=1)[0])
        if not any(language.kinds_meant([word]) for word in same):
            return said.group(0)
    return text
