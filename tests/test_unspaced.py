"""Words of a language written without spaces: found by the table, the same for all.

A table that declares a script unspaced has its runs of that script split into the
table's words, longest first; the home's names are split by the same function, so a
name said inside a sentence ("打开餐厅灯") meets the name ("餐厅灯"). A language with
spaces finds exactly the words it always did.
"""

from __future__ import annotations

from dataclasses import replace
import re

import pytest

from .home_entities import home_entity
from custom_components.llm_home.agent.named import says_a_name
from custom_components.llm_home.agent.names import words_of
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.tokens import opening, tokenize
from custom_components.llm_home.home.snapshot import Home, HomeArea, normalize
from custom_components.llm_home.language import ENGLISH, ActionWords

# English, with a few Chinese words: only the table says where words end.
UNSPACED = replace(
    ENGLISH,
    code="xx",
    unspaced=(("\u4e00", "\u9fff"),),
    domain_words={**ENGLISH.domain_words, "light": frozenset({"灯", "台灯"})},
    command_verbs=ENGLISH.command_verbs | {"打开", "关"},
    question_words=ENGLISH.question_words | {"吗"},
    question_marks=frozenset({"吗"}),
    late_verbs=True,
    actions={
        **ENGLISH.actions,
        "turn_on": ActionWords(words=frozenset({"打开"})),
        "turn_off": ActionWords(words=frozenset({"关"})),
    },
    lexicon=frozenset({"客厅"}),
)
AREAS = {
    "dining": HomeArea("dining", "餐厅", (), ()),
    "lounge": HomeArea("lounge", "客厅", (), ()),
}
DINING = home_entity("light.dining", "餐厅灯", "dining", AREAS)
LOUNGE = home_entity("light.lounge", "客厅台灯", "lounge", AREAS)
HOME = Home((DINING, LOUNGE), tuple(AREAS.values()))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Known words, longest first; a character that begins none stands alone.
        ("打开餐厅灯", ("打开", "餐", "厅", "灯")),
        ("打开客厅台灯", ("打开", "客厅", "台灯")),
        # Digits, decimals and Latin words between the characters are words too.
        ("把灯调到21.5度", ("把", "灯", "调", "到", "21.5", "度")),
        ("打开Sonos音箱", ("打开", "sonos", "音", "箱")),
        ("关灯，谢谢！", ("关", "灯", "谢", "谢")),
    ],
)
def test_unspaced_text_is_split_into_the_tables_words(
    text: str, words: tuple[str, ...]
) -> None:
    """A sentence without spaces has the words the table knows, in order."""
    assert tokenize(text, UNSPACED) == words


def test_a_name_said_in_a_sentence_meets_the_name() -> None:
    """The home's names are split as the user's words are: "餐厅灯" is named in full."""
    assert words_of("餐厅灯", UNSPACED) == frozenset({"餐", "厅", "灯"})
    assert normalize("打开餐厅灯", UNSPACED) == "打开 餐 厅 灯"
    clause = read("打开餐厅灯", HOME, UNSPACED).clauses[0]
    assert clause.command
    assert says_a_name(HOME, clause)
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == ["light.dining"]
    clause = read("打开客厅的台灯", HOME, UNSPACED).clauses[0]
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == ["light.lounge"]


@pytest.mark.parametrize(
    ("text", "first", "command", "question"),
    [
        ("打开餐厅灯", "打开", True, False),
        # The verb after its target, and a question word at the end.
        ("餐厅灯打开", "打开", True, False),
        ("餐厅灯打开了吗", "吗", False, True),
    ],
)
def test_a_late_verb_or_question_word_opens(
    text: str, first: str, command: bool, question: bool
) -> None:
    """A table may say its verbs follow the target and its questions end on a word."""
    assert opening(tokenize(text, UNSPACED), UNSPACED) == first
    clause = read(text, HOME, UNSPACED).clauses[0]
    assert (clause.command, clause.question) == (command, question)


@pytest.mark.parametrize(
    "text",
    [
        "Turn on the kitchen light, please!",
        "Set Jack's lamp to 21.5 degrees",
        "l'éclairage du salon à 21,5 %",
        "PM2.5 in the café_2 — ok?",
        "打开餐厅灯 and 21.5",
    ],
)
def test_spaced_languages_find_the_words_they_always_did(text: str) -> None:
    """English words are runs of letters and digits, "21.5" one word, as before."""
    assert ENGLISH.words(text) == tuple(re.findall(r"\w+", text.casefold()))
    assert tokenize(text, ENGLISH) == tuple(
        re.findall(r"\d+\.\d+|\w+", text.casefold())
    )
    assert normalize(text, ENGLISH) == normalize(text)
