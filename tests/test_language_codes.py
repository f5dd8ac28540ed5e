"""Codes are read in the request's language: its code words, digits, verbs and units."""

from __future__ import annotations

from dataclasses import replace

import pytest

from custom_components.llm_home.home.codes import CODE_MARKER, CodeVault, take_code
from custom_components.llm_home.language import ENGLISH, Plurals

# A table whose words share nothing with English's.
GERMAN = replace(
    ENGLISH,
    code="de",
    domain_words={
        "alarm_control_panel": frozenset({"alarmanlage"}),
        "lock": frozenset({"schloss"}),
        "light": frozenset({"lampe"}),
    },
    class_words={},
    code_words=frozenset({"geheimzahl", "kennwort"}),
    code_gaps=frozenset({"ist", "lautet"}),
    sensitive_verbs=frozenset({"entschärfe", "entsperre"}),
    digit_words={
        word: str(digit)
        for digit, word in enumerate(
            [
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
            ]
        )
    },
    digit_homophones={"für": "4"},  # "vier" heard as "für" before more digits
    numbers=replace(
        ENGLISH.numbers,
        units=frozenset({"prozent", "grad", "%"}),
        end_points=frozenset({"auf"}),
        value_before=frozenset({"auf", "um"}),
    ),
    plurals=Plurals(irregular={}, rules=(), invariant=frozenset()),
)


@pytest.mark.parametrize(
    ("text", "redacted", "code"),
    [
        (
            "Entschärfe die Alarmanlage, die Geheimzahl ist eins zwei drei vier",
            f"Entschärfe die Alarmanlage, die Geheimzahl ist {CODE_MARKER}",
            "1234",
        ),
        (
            "Kennwort lautet für drei zwei eins",
            f"Kennwort lautet {CODE_MARKER}",
            "4321",
        ),
        ("entsperre 4821", f"entsperre {CODE_MARKER}", "4821"),
        ("Schloss öffnen 1-2-3-4", f"Schloss öffnen {CODE_MARKER}", "1234"),
        ("sieben sieben null", CODE_MARKER, "770"),
        # Values in the language's own words stay: a unit after, a value word before.
        ("Alarmanlage Lampe 100 Prozent", "Alarmanlage Lampe 100 Prozent", None),
        ("Schloss Lampe auf 2100", "Schloss Lampe auf 2100", None),
        # No word of the language asks for a code.
        ("Lampe 1234", "Lampe 1234", None),
    ],
)
def test_a_language_reads_codes_in_its_own_words(
    text: str, redacted: str, code: str | None
) -> None:
    """A German request gives up its code by German words alone."""
    assert take_code(text, language=GERMAN) == (redacted, code)


@pytest.mark.parametrize(
    "text",
    [
        "disarm the alarm, the code is 1234",
        "unlock the front door 4321",
        "pin one two three four",
        "the code is for 3 2 1",
    ],
)
def test_english_words_mean_nothing_to_another_language(text: str) -> None:
    """English code words, verbs and digits are not German: the numbers stay.

    English, asked after German, still takes the code out.
    """
    assert take_code(text, language=GERMAN) == (text, None)
    redacted, code = take_code(text)
    assert CODE_MARKER in redacted
    assert code is not None


def test_a_code_sealed_in_a_language_is_handed_out_once() -> None:
    """Speech-to-text seals a German code; the agent gets it once."""
    vault = CodeVault()
    sealed = vault.seal("Entschärfe die Alarmanlage, Geheimzahl 4 3 2 1", (), GERMAN)
    assert not any(char.isdigit() for char in sealed)
    said = f"Entschärfe die Alarmanlage, Geheimzahl {CODE_MARKER}"
    assert vault.take(sealed, (), GERMAN) == (said, "4321")
    assert vault.take(sealed, (), GERMAN) == (said, None)
    assert vault.take("entsperre das Schloss 9876", (), GERMAN) == (
        f"entsperre das Schloss {CODE_MARKER}",
        "9876",
    )
