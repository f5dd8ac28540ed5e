"""Italian number words, 0 to 99, each written as one word as Italian writes them.

Italian joins the tens and the unit into one word ("ventuno", "trentatré",
"quarantotto"): the tens lose their last vowel before "uno" and "otto", and "tre"
takes an accent at the end ("ventitré", also written "ventitre"). Every word from
0 to 99 is listed, since the reading adds a unit only to a tens word said apart.
"Cento" is left out: it is the "cento" of "per cento" ("50 per cento" would say 100
as well); "al massimo" says 100.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_UNITS: Final = (
    "zero",
    "uno",
    "due",
    "tre",
    "quattro",
    "cinque",
    "sei",
    "sette",
    "otto",
    "nove",
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
)
_TENS: Final = (
    "venti",
    "trenta",
    "quaranta",
    "cinquanta",
    "sessanta",
    "settanta",
    "ottanta",
    "novanta",
)


def _joined(tens: str, unit: str) -> tuple[str, ...]:
    """Return the ways a tens word and a unit are written as one word."""
    if unit in ("uno", "otto"):
        return (tens[:-1] + unit,)  # "ventuno", "trentotto"
    if unit == "tre":
        return (f"{tens}tré", f"{tens}tre")  # "ventitré", "ventitre"
    return (tens + unit,)


def _words() -> dict[str, int]:
    words = {word: n for n, word in enumerate(_UNITS)}
    for ten, tens in enumerate(_TENS, 2):
        words[tens] = 10 * ten
        for n, unit in enumerate(_UNITS[1:10], 1):
            words.update(dict.fromkeys(_joined(tens, unit), 10 * ten + n))
    return words


NUMBER_WORDS: Final[Mapping[str, int]] = _words()
TENS: Final = frozenset(_TENS)
# Codes said digit by digit.
DIGIT_WORDS: Final[Mapping[str, str]] = {
    word: str(n) for n, word in enumerate(_UNITS[:10])
}
