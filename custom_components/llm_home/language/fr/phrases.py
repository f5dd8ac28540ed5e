"""French phrases read as the table's words (`Language.phrases`).

Words said together that mean something else than each word: "mode froid" is the
cooling mode, never "j'ai froid"; "enlève la pause" resumes.
"""

from __future__ import annotations

from typing import Final

PHRASES: Final = {
    # A mode said by its feeling ("mode froid") is the mode, never "j'ai froid".
    "mode froid": "mode refroidissement",
    "mode chaud": "mode chauffage",
    "mode ventilateur": "mode ventilation",
    "mode sec": "mode déshumidification",
    # "Un demi-degré" is a step of 0,5 degrees, never "demi" (50 %).
    "un demi-degré": "0,5 degré",
    "un demi degré": "0,5 degré",
    # "Enlève la pause" resumes, never pauses; "remets le son" unmutes.
    "enlève la pause": "reprends",
    "enleve la pause": "reprends",
    "retire la pause": "reprends",
    "enlever la pause": "reprendre",
    "coupe la pause": "reprends",
    "sors de pause": "reprends",
    "enlève le mode muet": "remets",
    # Québec: "mets / enlève l'alarme" arm and disarm it; "branche le char" powers the
    # block heater's plug; "passe la balayeuse" vacuums.
    "enlève l'alarme": "désarme l'alarme",
    "enlever l'alarme": "désarmer l'alarme",
    "ôte l'alarme": "désarme l'alarme",
    "mets l'alarme": "arme l'alarme",
    "débranche": "éteins",
    "débrancher": "éteindre",
    "branche": "allume",
    "brancher": "allumer",
    "passe la balayeuse": "démarre la balayeuse",
    "passe l'aspirateur": "démarre l'aspirateur",
    "enlève la sourdine": "remets",
    # "Mets la cafetière en route": on, like "en marche".
    "en route": "en marche",
    # "On n'y voit rien" ("y": in here) is no negated question: it is too dark.
    # Without "y" ("je ne vois rien sur la liste") it need not be.
    **dict.fromkeys(
        (
            f"{said} {nothing}".replace("'", quote)
            for said in (
                "on n'y voit",
                "on y voit",
                "je n'y vois",
                "j'y vois",
            )
            for nothing in ("rien", "plus rien", "pas clair")
            for quote in ("'", "’")
        ),
        "il fait noir",
    ),
}
