"""French phrases read as the table's words (`Language.phrases`).

Words said together that mean something else than each word: "mode froid" is the
cooling mode, never "j'ai froid"; "enlève la pause" resumes.
"""

from __future__ import annotations

from typing import Final

from .kinds import DOMAIN_WORDS
from .words import w

# The infinitives a request says after "peux-tu", "tu sais", "merci de". Not "lever":
# "le lever du soleil" is a noun.
_INFINITIVES: Final = w(
    "allumer rallumer éteindre couper ouvrir fermer mettre remettre régler"
    " verrouiller déverrouiller débloquer armer désarmer activer désactiver démarrer"
    " lancer relancer arrêter stopper baisser diminuer réduire monter remonter"
    " augmenter descendre tamiser nettoyer basculer rentrer sortir dérouler enrouler"
    " cocher barrer rayer marquer enlever retirer supprimer ajouter rajouter noter"
    " changer déclencher enclencher exécuter tirer remplir vider"
)
# The object pronouns, each read as "ça" (a word that refers back, as "it" does):
# "celui" or "celle" would name the kind before ("baisse celle de la cuisine"), never
# the very device the command before acted on.
_PRONOUNS: Final = ("le", "la", "les", "l'")


def _pronouns_after() -> dict[str, str]:
    """Return "le barrer": "barrer ça", "l'allumer": "allumer ça", ...

    French puts "it" before the infinitive ("tu sais le barrer de la liste ?",
    "peux-tu l'éteindre ?"): read with the verb first, the request is a command and
    "it" the device or item said before, as "turn it off" is.
    """
    said: dict[str, str] = {}
    for verb in _INFINITIVES:
        for pronoun in _PRONOUNS:
            gap = "" if pronoun.endswith("'") else " "
            for quote in ("'", "’"):
                said[f"{pronoun.replace(chr(39), quote)}{gap}{verb}"] = f"{verb} ça"
    return said


# The imperatives a pronoun follows with a hyphen: "mets-le en pause", "éteins-la".
_IMPERATIVES: Final = w(
    "mets remets allume rallume éteins coupe ouvre ferme baisse monte remonte descends"
    " lance relance arrête stoppe démarre règle passe enlève retire vide remplis"
)


def _pronouns_joined() -> dict[str, str]:
    """Return "mets-le": "mets ça", "éteins-la": "éteins ça", ...

    "Le Roomba s'est tanqué sous le canapé, mets-le en pause": "it", the device said
    before, never the article "le" of a new one.
    """
    return {
        f"{verb}-{pronoun}": f"{verb} ça"
        for verb in _IMPERATIVES
        for pronoun in ("le", "la", "les", "lui")
    }


def _whose() -> dict[str, str]:
    """Return "son ventilo": "le ventilo", for every kind of device of the table.

    "Allume son ventilo" is her fan, never the sound ("son") of a speaker.
    """
    return {
        f"son {word}": f"le {word}" for words in DOMAIN_WORDS.values() for word in words
    }


PHRASES: Final = {
    **_pronouns_after(),
    **_pronouns_joined(),
    **_whose(),
    # "Il y a une fenêtre ouverte quelque part ?": any of them, so each is answered.
    "quelque part": "partout",
    # "En hors-gel": a radiator's frost protection ("Frost Guard"), one word.
    "hors-gel": "horsgel",
    "hors gel": "horsgel",
    # "Il fait combien dehors ?" asks the temperature.
    "il fait combien": "il fait quelle température",
    "fait-il combien": "fait-il quelle température",
    # A mode said by its feeling ("mode froid") is the mode, never "j'ai froid".
    "mode froid": "mode refroidissement",
    "mode chaud": "mode chauffage",
    "mode ventilateur": "mode ventilation",
    "mode sec": "mode déshumidification",
    # "Mets la clim en froid à 25", "passe-la en déshu": the mode said after "en".
    "en froid": "en mode refroidissement",
    "en chaud": "en mode chauffage",
    "en chauffage": "en mode chauffage",
    "en déshu": "en mode déshumidification",
    "en déshumidification": "en mode déshumidification",
    "en ventilation": "en mode ventilation",
    # "Plus bas" is down, never up for its "plus" (the table's `ups`).
    "plus bas": "moins haut",
    "plus basse": "moins haute",
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
    # "Il fait tout sombre", "c'est tout noir": "tout" says how dark, never "all".
    **{
        f"{every} {dark}": dark
        for every in ("tout", "toute")
        for dark in ("sombre", "noir", "noire")
    },
    # "On passe à table": dinner is served, a reason; never a command to "passe".
    **dict.fromkeys(
        ("passe à table", "passons à table", "passer à table", "va à table"), "mange"
    ),
    # "On va se coucher": going to bed says why, as "on file dormir" does; its "va"
    # is no "on s'en va" (away), its "coucher" no device.
    **dict.fromkeys(
        (
            f"{who} {go} {bed}"
            for who, go, bed in (
                ("on", "va", "se coucher"),
                ("on", "va", "dormir"),
                ("on", "va", "au lit"),
                ("on", "monte", "se coucher"),
                ("on", "se", "couche"),
                ("je", "vais", "me coucher"),
                ("je", "vais", "dormir"),
                ("je", "vais", "au lit"),
                ("je", "me", "couche"),
            )
        ),
        "on file dormir",
    ),
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
