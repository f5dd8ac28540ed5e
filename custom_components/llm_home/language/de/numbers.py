"""German number words: 0 to 100 in one word, fractions, and halves said in one word."""

from __future__ import annotations

from typing import Final

UNITS: Final = [
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]
TENS: Final = {
    "zwanzig": 20,
    "dreissig": 30,  # "dreißig", case-folded as the Swiss write it
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
# The unit before the tens, in one word: "einundzwanzig", "siebenundneunzig".
UNITS_BEFORETENS: Final = ("ein", *UNITS[2:10])
NUMBER_WORDS: Final = {
    **{word: n for n, word in enumerate(UNITS)},
    "zwo": 2,  # said to tell "zwei" from "drei"
    **TENS,
    **{
        f"{unit}und{tens}": value + n
        for tens, value in TENS.items()
        for n, unit in enumerate(UNITS_BEFORETENS, 1)
    },
    "hundert": 100,
    "einhundert": 100,
}
FRACTIONS: Final = {
    **dict.fromkeys(("halb", "halbe", "halben", "halber", "hälfte"), "50"),
    "viertel": "25",
    "dreiviertel": "75",
    **dict.fromkeys(("voll", "volle", "vollen", "voller"), "100"),
}

# A half said in the same word: "einundzwanzigeinhalb" is "einundzwanzig einhalb"
# (21,5), never 21; "eineinhalb" and "anderthalb" are 1,5.
HALVES: Final = {
    **{
        f"{word}einhalb": f"{word} einhalb"
        for word in NUMBER_WORDS
        if word not in ("null", "eins", "einhundert")
    },
    "eineinhalb": "1,5",
    "anderthalb": "1,5",
}
