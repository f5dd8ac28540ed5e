"""How the French table writes its word lists: each word also without its accents.

Speech-to-text writes "éteins la lumière", but a typed request or a device named in
Home Assistant often has no accents ("eteins la lumiere"): every word of the table
is listed both ways.
"""

from __future__ import annotations

import unicodedata


def bare(word: str) -> str:
    """Return a word without its accents ("fenêtre" -> "fenetre", "œuf" -> "oeuf")."""
    decomposed = unicodedata.normalize("NFKD", word.replace("œ", "oe"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def w(words: str) -> frozenset[str]:
    """Return the words of a space-separated list, with and without accents."""
    said = words.split()
    return frozenset(said) | frozenset(bare(word) for word in said)
