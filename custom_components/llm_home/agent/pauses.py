"""The pauses speech-to-text did not write, put back before the words are split.

A typist writes "Turn the pool pump off, I'm doing a backwash". Whisper writes a full
stop there ("Turn the pool pump off. I'm doing a backwash") or nothing at all ("Turn
Lachie's fan off he's left it on all day again", "It's pitch black out the back put the
floodlight on"). Read as one command, the remark's words are words nobody knows after the
device (so heard words are asked again), and its "all day" says every fan. The
reading splits commands from remarks at pauses (clauses.py, remarks.py); this puts a
comma where a sentence ends, where a statement opens after a whole command (the
table's `statement_openers`, or an article and a verb of being: "the mozzies are
eating us alive"), and before a command that follows a statement or a remark.
"""

from __future__ import annotations

import re
from typing import Final

from .beside import a_remark, verb_as_ending
from .clauses import target_said
from .names import NameIndex
from .tokens import PAUSE, opening, said_numbers, tokenize, vocabulary

# A full stop that ends a sentence: after a word of two letters or more, before more
# words. Not a decimal ("21.5"), "a.m.", nor a title ("Mr. Bean's lamp", "St. Kilda").
_FULL_STOP: Final = re.compile(r"(?<=[^\W\d]{2})(?:\.(?=\s+\S)|。(?=\s*\S))")
_TITLE: Final = re.compile(r"(?:^|\s)[A-Z][a-z]?[a-z]?$")
_WORD_START: Final = re.compile(r"(?<![\w'’])\w")


def _said(opener: str) -> str:
    """Return the pattern of an opener said as whole words: "he", never the end of "the"."""
    return rf"(?<![\w'’]){re.escape(opener)}(?![\w'’])"


def with_pauses(text: str, index: NameIndex) -> str:
    """Return the words with a comma where speech-to-text wrote a full stop or nothing."""
    text = _FULL_STOP.sub(
        lambda found: found.group() if _TITLE.search(text[: found.start()]) else ",",
        text,
    )
    if index.language.unspaced:
        return text  # no spaces to find words by; Chinese speech writes "，"
    return _before_a_command(_before_statements(text, index), index)


def _whole_command(words: str, index: NameIndex) -> bool:
    """Return whether words open with a command verb and name what it acts on."""
    language = index.language
    tokens = tokenize(words, language)
    return (
        opening(tokens, language) in language.command_verbs
        and target_said(tokens, index) is not None
    )


def _before_statements(text: str, index: NameIndex) -> str:
    """Return the words with a pause before a statement said after a whole command.

    "Turn Lachie's fan off he's left it on all day again": "he's" opens a statement
    of its own after a command that names its device; so does a reason ("spegni il
    termosifone in cameretta che i bimbi hanno caldo": why, never warmer).
    """
    language = index.language
    openers = sorted(
        {
            found.start()
            for opener in (*language.statement_openers, *language.reasons)
            for found in re.finditer(_said(opener), text, re.IGNORECASE)
            if found.start() > 0
        }
        | {
            found.start()
            for found in _WORD_START.finditer(text)
            if found.start() > 0
            and (
                _a_thing_is(text[found.start() :], index)
                or _a_subject_does(text[found.start() :], index)
            )
        }
    )
    for at in reversed(openers):
        head = text[:at].rstrip()
        if not head or re.search(rf"(?:{PAUSE})$", head):
            continue
        last = re.split(PAUSE, head)[-1]
        tail = re.split(PAUSE, text[at:])[0]
        if (
            _whole_command(last, index)
            and _ends_whole(last, index)
            and not _whole_command(tail, index)
        ):
            text = f"{head}, {text[at:]}"
    return text


# How far into a statement its verb comes: "the mozzies are", "the kids' ski gloves are".
_SUBJECT_WORDS: Final = 5


def _a_subject_does(words: str, index: NameIndex) -> bool:
    """Return whether words open with a subject of a statement, then its verb.

    "Somebody left them on again", "everybody up to bed": a statement. "It smells
    like burnt popcorn" too, where a word the table does not know follows "it": "it
    off", "it to 50" are what a command does to it.
    """
    language = index.language
    tokens = tokenize(re.split(PAUSE, words)[0], language)
    return (
        len(tokens) > 1
        and tokens[0] in language.statement_subjects
        and not said_numbers(tokens[1:2], language)
        and (
            tokens[0] not in language.refers_back
            or (
                tokens[1] not in vocabulary(language)
                and tokens[1] not in index.name_words
            )
        )
    )


def _a_thing_is(words: str, index: NameIndex) -> bool:
    """Return whether words open as a statement of how a thing is, up to a pause.

    "The mozzies are eating us alive", "the sun's coming in", "the Broncos are on":
    an article, then a verb of being (said whole or as a word's ending) before any
    command verb.
    """
    language = index.language
    tokens = tokenize(re.split(PAUSE, words)[0], language)
    if not tokens or tokens[0] not in language.articles:
        return False
    for at, token in enumerate(tokens[1:_SUBJECT_WORDS], start=1):
        if token in language.command_verbs:
            return False
        after = tokens[at + 1 : at + 2]
        if not after:
            return False
        if token in language.asking_verbs and token not in index.name_words:
            return True
        if verb_as_ending(tokens, at, index):
            return True
    return False


def _leads_in(said: tuple[str, ...], index: NameIndex) -> bool:
    """Return whether words lead into a command as a remark of their own.

    "Too much glare in here": words the home and the table do not know, ending
    before a command, not inside one ("… the water tank"); never a question ("how
    full is the water tank").
    """
    language = index.language
    return (
        said[0] not in language.question_words
        and said[-1] not in language.articles
        and a_remark(said, index)
    )


def _ends_whole(words: str, index: NameIndex) -> bool:
    """Return whether words end on one the command is done with.

    A name, a kind, "off", a value: not "while", "and" or "so" that lead into what
    follows ("set both thermostats on 80 while we're at the beach").
    """
    language = index.language
    tokens = tokenize(words, language)
    if not tokens:
        return False
    last = tokens[-1]
    # "Off" and "please" end a command; "the", "to", "and", "because" lead on.
    leads_on = language.stop_words - language.particles - language.fillers
    return last not in leads_on | language.clause_breaks | language.reasons and (
        last in vocabulary(language)
        or bool(language.kinds_meant([last]))
        or language.singular(last) in index.name_words | index.area_words
        or bool(said_numbers([last], language))
    )


def _before_a_command(text: str, index: NameIndex) -> str:
    """Return the words with a pause before a command said after a statement.

    "It's pitch black out the back put the floodlight on": what leads in, then the
    command. Only after words that open a statement, or a remark that names nothing
    the home or the table knows ("too much glare in here close the blinds"): "leave
    the fairy lights on but turn the big light off" is one request.
    """
    language = index.language
    if re.search(PAUSE, text):
        return text
    opens = any(
        re.match(_said(opener), text, re.IGNORECASE)
        for opener in language.statement_openers
    )
    joiners = language.every | language.clause_breaks | language.reasons
    for found in _WORD_START.finditer(text):
        head, tail = text[: found.start()].rstrip(), text[found.start() :]
        said = tokenize(head, language)
        # "It's muggy as all get-out in the garage": no verb after "all"; "…the
        # fan on" is no command of its own. "Too much glare in here close the
        # blinds": a remark of words the home and the table do not know leads in.
        if (
            said
            and (opens or _leads_in(said, index))
            and said[-1] not in joiners
            and tokenize(tail, language)[0] not in language.particles
            and _whole_command(tail, index)
        ):
            return f"{head}, {tail}"
    return text
