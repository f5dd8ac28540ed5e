"""How well a sentence was heard: word error rate and the home's names in the transcript.

Both sides are normalised the same way before they are compared: lower case,
apostrophes and other punctuation out, signs said as words ("%" as "percent"), and
numbers said in words read as digits with the language table's number words ("twenty
one point five" and "21.5" are both "21.5"), so Whisper writing digits for words said
is no error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
import re

from .dataset import Area, FixtureEntity, Home
from custom_components.llm_home.language import ENGLISH, Language, Numbers

# Signs a transcript writes for words said, by language (the datasets are English).
SIGN_WORDS = {"en": {"%": "percent", "°": "degrees"}}
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+")
_HUNDRED = 100


def _joins(value: int, word: int) -> bool:
    """Return whether the number word `word` continues `value` ("twenty" "one")."""
    if word == _HUNDRED:
        return 0 < value < 10
    if value >= _HUNDRED and value % _HUNDRED == 0:
        return word < _HUNDRED
    tens = value % _HUNDRED
    return tens >= 20 and tens % 10 == 0 and 0 < word < 10


def _read_numbers(tokens: Sequence[str], numbers: Numbers) -> list[str]:
    """Return the tokens with each number said in words as its digits."""
    words = numbers.words
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token not in words:
            out.append(token)
            index += 1
            continue
        value = words[token]
        index += 1
        while index < len(tokens) and tokens[index] in words:
            if not _joins(value, words[tokens[index]]):
                break
            value = (
                value * _HUNDRED
                if words[tokens[index]] == _HUNDRED
                else value + words[tokens[index]]
            )
            index += 1
        text = str(value)
        if (
            index + 1 < len(tokens)
            and tokens[index] in numbers.decimal_points
            and words.get(tokens[index + 1], 10) < 10
        ):
            index += 1
            digits = ""
            while index < len(tokens) and words.get(tokens[index], 10) < 10:
                digits += str(words[tokens[index]])
                index += 1
            text = f"{text}.{digits}"
        out.append(text)
    return out


def normalize(text: str, language: Language = ENGLISH) -> list[str]:
    """Return the words of `text` as compared: see the module's docstring."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 1,000
    for sign, word in SIGN_WORDS.get(language.code, {}).items():
        text = text.replace(sign, f" {word} ")
    text = text.replace("-", " ")
    tokens = _TOKEN.findall(text)
    if language.unspaced:
        # Written without spaces (Chinese): each character is compared, as the
        # character error rate does.
        unspaced = "".join(f"{a}-{b}" for a, b in language.unspaced)
        run = re.compile(f"[{unspaced}]")
        tokens = [c for t in tokens for c in (list(t) if run.match(t) else [t])]
    return _read_numbers(tokens, language.numbers)


def word_edits(reference: Sequence[str], heard: Sequence[str]) -> int:
    """Return the word-level Levenshtein distance (substitutions, insertions, deletions)."""
    previous = list(range(len(heard) + 1))
    for i, ref_word in enumerate(reference, 1):
        current = [i]
        for j, heard_word in enumerate(heard, 1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (ref_word != heard_word),
                )
            )
        previous = current
    return previous[-1]


def wer(reference: str, heard: str, language: Language = ENGLISH) -> tuple[int, int]:
    """Return (word edits, words of the reference), both normalised."""
    said = normalize(reference, language)
    return word_edits(said, normalize(heard, language)), len(said)


def _within(words: Sequence[str], text: Sequence[str]) -> bool:
    """Return whether `words` appear together, in order, in `text`."""
    size = len(words)
    return size > 0 and any(
        list(text[start : start + size]) == list(words)
        for start in range(len(text) - size + 1)
    )


def names_heard(
    names: Iterable[str], sentence: str, transcript: str, language: Language = ENGLISH
) -> tuple[list[str], list[str]]:
    """Return the home's names said in `sentence`, and those of them in `transcript`.

    A name said only as part of a longer name said ("Living Room" in "Living Room
    Lamp") counts once, as the longer one.
    """
    said_words = normalize(sentence, language)
    heard_words = normalize(transcript, language)
    found = {
        tuple(normalize(name, language)): name
        for name in names
        if _within(normalize(name, language), said_words)
    }
    said = [
        name
        for words, name in found.items()
        if not any(len(other) > len(words) and _within(words, other) for other in found)
    ]
    said.sort(key=str.lower)
    return said, [
        name for name in said if _within(normalize(name, language), heard_words)
    ]


def home_names(home: Home) -> list[str]:
    """Return the names of the home's entities and areas, their aliases too."""
    items: list[FixtureEntity | Area] = [*home.entities, *home.areas]
    return [name for item in items for name in (item.name, *item.aliases)]
