"""Dutch number words: 0 to 100 in one word, and halves said in the same word."""

from __future__ import annotations

from typing import Final

# "een" is the article as often as the number: only the stressed "één" is a number,
# except in a code said digit by digit.
DIGITS: Final = [
    "nul",
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
]
_TEENS: Final = [
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
_TENS: Final = [
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]
# How a unit joins its ten: "een-en-twintig", "twee-ën-twintig" (also written
# without the diaeresis by speech-to-text).
_UNITS_BEFORE_TENS: Final = {
    1: ("een", "één"),
    2: ("twee",),
    3: ("drie",),
    4: ("vier",),
    5: ("vijf",),
    6: ("zes",),
    7: ("zeven",),
    8: ("acht",),
    9: ("negen",),
}


def _number_words() -> dict[str, int]:
    """Return every number word from 0 to 100, as one word each."""
    words = {word: n for n, word in enumerate(DIGITS)}
    words |= {word: 10 + n for n, word in enumerate(_TEENS)}
    for ten, tens_word in enumerate(_TENS, 2):
        words[tens_word] = 10 * ten
        for unit, unit_words in _UNITS_BEFORE_TENS.items():
            for unit_word in unit_words:
                joins = ("ën", "en") if unit_word.endswith("e") else ("en",)
                for join in joins:
                    words[f"{unit_word}{join}{tens_word}"] = 10 * ten + unit
    words["honderd"] = 100
    words["honderdste"] = 100
    return words


NUMBER_WORDS: Final = _number_words()

# A half said in the same word: "twintigeneenhalf" is "twintig en een half" (20,5),
# never 20; "tweeënhalf" is 2,5 and "anderhalf" 1,5. A decimal said as a word must
# never be read as its whole number.
_HALVES_SAID: Final = {"eenhalf": "een half", "half": "half"}
HALVES: Final = {
    **{
        f"{word}{join}{joined}": f"{word} en {said}"
        for word in NUMBER_WORDS
        if word not in ("nul", "honderdste")
        for join in (("ën", "en") if word.endswith("e") else ("en",))
        for joined, said in _HALVES_SAID.items()
    },
    "anderhalf": "1,5",
    "anderhalve": "1,5",
}
