"""German phrases that end a conversation or take a request back (`closings`)."""

from __future__ import annotations

from typing import Final

CLOSINGS: Final = {
    **dict.fromkeys(("gute nacht", "schlaf gut", "schlaft gut", "nacht"), "night"),
    **dict.fromkeys(
        (
            "wie geht's",
            "wie geht es dir",
            "wie geht's dir",
            "wie gehts",
            "wie geht es ihnen",
            "grüß gott",
            "grüezi",
        ),
        "greeting",
    ),
    **dict.fromkeys(
        ("danke", "danke schön", "dankeschön", "vielen dank", "danke sehr"),
        "welcome",
    ),
    **dict.fromkeys(
        (
            "schon gut",
            "vergiss es",
            "egal",
            "nichts",
            "das wars",
            "das war's",
            "das war alles",
            "passt",
            "nein danke",
            "ich mach das selbst",
            "mach ich selbst",
        ),
        "okay",
    ),
    # "Tschö, bis morgen" (Ruhrgebiet): goodbye, never a good morning.
    **dict.fromkeys(
        ("tschüss", "tschö", "tschau", "ciao", "bis morgen", "bis dann", "bis später"),
        "bye",
    ),
    # "Good morning": greeted back; with a request ("hi, turn on ..."), none.
    # "Glück auf!": the miners' greeting.
    **dict.fromkeys(
        ("hallo", "guten tag", "guten abend", "moin", "servus", "glück auf"),
        "greeting",
    ),
    **dict.fromkeys(
        ("guten morgen", "morgen", "einen schönen guten morgen"), "morning"
    ),
    # Swiss and Austrian thanks: "merci", "merci vielmal", "danke vielmals".
    **dict.fromkeys(
        (
            "merci",
            "merci vielmal",
            "merci viel mal",
            "merci villmal",
            "merci vielmals",
            "merci beaucoup",
            "danke vielmal",
            "danke vielmals",
            "besten dank",
            "herzlichen dank",
        ),
        "welcome",
    ),
    # Swiss and Austrian greetings and goodbyes: "hoi", "sali", "tschau", "baba".
    **dict.fromkeys(
        ("hoi", "hoi zäme", "sali", "salü", "grüessech", "grüezi mitenand"),
        "greeting",
    ),
    **dict.fromkeys(("tschau", "ciao", "ade", "adieu", "baba", "pfiati"), "okay"),
    # Hessian: "Ei gude wie!" (hello, how are you), "Gude!".
    **dict.fromkeys(
        ("gude", "guude", "ei gude", "ei gude wie", "gude wie"), "greeting"
    ),
}
