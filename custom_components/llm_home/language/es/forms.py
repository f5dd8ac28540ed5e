"""Spanish word forms: words with and without their accents, and the forms of a verb.

Speech-to-text usually writes the accents ("apágala", "calefacción"), a keyboard often
does not ("apagala", "calefaccion"): every word of the table is listed both ways.

A Spanish request says its verb in many forms, and each is one word: the imperative
("enciende", usted "encienda", vos "prendé"), the subjunctive after "no" ("no
enciendas"), the infinitive after "puedes" ("¿puedes encender ...?"), the present in a
polite question ("¿me enciendes la luz?"), and each of them with the object pronoun
joined on ("enciéndela", "apagarlas", "prendelo"). `verb` writes them all from a few
forms, with the written accent where the pronoun moves the stress.
"""

from __future__ import annotations

from typing import Final
import unicodedata

_ACCENTS: Final = "\u0301\u0308"  # acute and diaeresis; the tilde of "ñ" stays
_STRONG: Final = "aeo"
_VOWELS: Final = "aeiouáéíóú"
_ACUTE: Final = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
# The object pronouns joined to a verb: "apágala", "enciéndelos", "ponme".
PRONOUNS: Final = ("lo", "la", "los", "las", "le", "les", "me")


def plain(word: str) -> str:
    """Return a word without its acute accents and diaereses ("apágala" -> "apagala")."""
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in unicodedata.normalize("NFD", word) if c not in _ACCENTS),
    )


def words(text: str) -> frozenset[str]:
    """Return the words of a text, each also without its accents."""
    said = text.split()
    return frozenset(said) | frozenset(map(plain, said))


def _stressed(word: str) -> int | None:
    """Return where the accent goes when a pronoun is joined to a word stressed on its last but one syllable."""
    groups: list[list[int]] = []
    previous = ""
    for i, char in enumerate(word):
        silent = char == "u" and previous in "qg" and word[i + 1 : i + 2] in "ei"
        if char in _VOWELS and not silent:
            joined = (
                groups
                and groups[-1][-1] == i - 1
                and not (char in _STRONG and word[i - 1] in _STRONG)
            )
            if joined:
                groups[-1].append(i)
            else:
                groups.append([i])
        previous = char
    if len(groups) < 2:
        return None  # "pon" + "la": "ponla"
    group = groups[-2]
    strong = [i for i in group if word[i] in _STRONG]
    return strong[0] if strong else group[-1]


def _with_pronoun(form: str, pronoun: str) -> str:
    """Return a verb form with a pronoun joined: "apaga" + "la" -> "apágala"."""
    if plain(form.rstrip("ns")[-1:]) != form.rstrip("ns")[-1:]:
        return plain(form) + pronoun  # "detén", vos "apagá": "detenla", "apagala"
    if plain(form) != form:
        return form + pronoun  # "envía": "envíala"
    if form.endswith("r"):
        return form + pronoun  # the infinitive: "apagarla"
    if (at := _stressed(form)) is None:
        return form + pronoun
    return form[:at] + _ACUTE[form[at]] + form[at + 1 :] + pronoun


def verb(infinitive: str, forms: str) -> frozenset[str]:
    """Return every form of a verb a request may say, with and without accents.

    `forms` are, in order: the imperative ("enciende"), the usted imperative
    ("encienda"), the subjunctive ("no enciendas"), the present ("¿me enciendes
    ...?"), and when said, Argentina's vos imperative and present ("prendé", "¿me
    prendés ...?"). The plural "enciendan" and the pronouns joined on follow.
    """
    imperative, formal, subjunctive, present, *vos = forms.split()
    plural = formal + "n"
    said = {infinitive, imperative, formal, plural, subjunctive, present, *vos}
    for base in (infinitive, imperative, formal, plural, *vos[:1]):
        said |= {_with_pronoun(base, pronoun) for pronoun in PRONOUNS}
    return words(" ".join(sorted(said)))
