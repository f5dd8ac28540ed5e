"""French: the table for France, Belgium, Switzerland and Québec.

Written by a French speaker for llm_home, from Home Assistant's domains and device
classes and its French interface (states are said as it shows them). A request is
said the many ways people speak to an assistant: "allume la lumière", "allumez",
"tu peux allumer ...", "pourriez-vous ...", "est-ce que tu peux ...", "je veux que
tu allumes ...", "merci d'éteindre ...". Every word is listed with and without its
accents (words.py): typed requests and names often have none.

How French is read here, within what the reading can do:
- A question opens with a question word, "est-ce que" (fillers) before an article
  ("est-ce que la porte est fermée"), or an article alone ("la porte est fermée ?",
  "les volets sont ouverts"): a French question is often a statement said rising.
- "ne"/"n'" before a verb negates it ("n'allume pas", "ne l'ouvre jamais").
- Numbers: 0 to 100 as single words and the tens followed by a unit ("vingt-deux",
  "dix-sept"; the hyphen splits them), the Belgian and Swiss "septante", "huitante",
  "octante", "nonante"; "21,5" and "vingt-deux virgule cinq". "Un"/"une" are no
  number: "un peu plus fort" asks for a small step, not 1.
"""

from __future__ import annotations

from typing import Final

from ..floors import Floors, floor_levels
from ..model import TEMPERATURE, Language
from ..parts import Comfort, Numbers, Plurals
from .actions import ACTIONS
from .kinds import CLASS_KIND_NAMES, CLASS_WORDS, DOMAIN_WORDS, KIND_NAMES, OPPOSITES
from .phrases import PHRASES
from .prompt import PROMPT
from .replies import (
    BINARY_STATES,
    ERRORS,
    FEMININE,
    FEMININE_FORMS,
    REPLIES,
    STATE_WORDS,
)
from .values import VALUE_NAMES
from .words import bare, w

_DIGITS: Final = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
]
_TEENS: Final = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_TENS: Final = {
    "dix": 10,  # "dix-sept": 17
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    # Belgium and Switzerland
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}

# Command verbs, each in the forms said: imperative, infinitive, after "que tu".
_VERBS: Final = (
    "allume allumez allumer allumes rallume rallumez rallumer"
    " éteins éteint éteignez éteindre éteignes"
    " coupe coupez couper coupes ouvre ouvrez ouvrir ouvres ferme fermez fermer"
    " fermes mets met mettez mettre mettes remets remettez remettre règle réglez"
    " régler règles verrouille verrouillez verrouiller déverrouille déverrouillez"
    " déverrouiller débloque débloquez débloquer arme armez armer désarme désarmez"
    " désarmer active activez activer désactive désactivez désactiver démarre"
    " démarrez démarrer lance lancez lancer relance relancez relancer arrête arrêtez"
    " arrêter stoppe stoppez stopper stop pause joue jouez jouer lis lisez lire"
    " reprends reprenez reprendre continue continuez passe passez passer saute"
    " sautez sauter zappe coche cochez cocher barre barrez barrer raye rayez rayer"
    " marque marquez marquer ajoute ajoutez ajouter rajoute rajoutez rajouter note"
    " notez noter arrose arrosez arroser baisse baissez baisser diminue diminuez"
    " diminuer réduis réduisez réduire monte montez monter remonte remontez"
    " remonter augmente augmentez augmenter lève levez lever descends descendez"
    " descendre abaisse abaissez tamise tamisez tamiser éclaire éclairez renvoie"
    " renvoyez renvoyer envoie envoyez envoyer nettoie nettoyez nettoyer aspire"
    " aspirez aspirer tonds tondez tondre bascule basculez basculer inverse inversez"
    " rentre rentrez rentrer retourne retournez fais faites faire rends rendez"
    " rendre change changez changer réchauffe réchauffez rafraîchis rafraîchissez"
    " refroidis refroidissez déclenche déclenchez déclencher enclenche enclenchez enclencher"
    " exécute exécutez exécuter tire tirez tirer suspends suspendez mute rétablis"
    " rétablissez écris écrivez écrire inscris inscrivez inscrire rappelle"
    # Québec: "pars le chauffe-bloc", "débarre la porte".
    " pars partir débarre débarrer"
    # Off a list: "enlève le pain des commissions".
    " enlève enlevez enlever retire retirez retirer supprime supprimez supprimer"
    # An awning: "sors la tente solaire", "déroule le store banne".
    " sors sortez sortir déroule déroulez dérouler déploie déployez déployer enroule"
    " enroulez enrouler replie repliez replier"
)
# The imperatives that end like a plural ("éteins" is no plural of "étein").
_VERBS_IN_S: Final = (
    "éteins mets remets fais descends reprends tonds lis réduis rafraîchis refroidis sors"
    " suspends rétablis inscris écris rends reviens"
)


def _comfort(command: str, *said: str) -> tuple[Comfort, ...]:
    """Return the indirect requests for a command: each of `said`, accents or none.

    "Il fait trop sombre", "j'ai froid", "on crève de chaleur": all the words of one
    of `said` stand for the command.
    """
    return tuple(
        Comfort(frozenset(form), command)
        for words in said
        for form in {tuple(words.split()), tuple(bare(words).split())}
    )


LANGUAGE: Final = Language(
    code="fr",
    domain_words=DOMAIN_WORDS,
    class_words=CLASS_WORDS,
    kind_names=KIND_NAMES,
    class_kind_names=CLASS_KIND_NAMES,
    actions=ACTIONS,
    command_verbs=w(_VERBS),
    # Articles too: "la porte est fermée ?" is a question said as a statement.
    question_words=w(
        "quel quelle quels quelles quoi qui où comment combien pourquoi quand y si"
        " sont quelqu le la les l un une des du mon ma mes notre nos"
    ),
    # "S'il te plaît", "peux-tu", "pourriez-vous", "est-ce que tu peux", "je veux
    # que tu", "merci de", "dis-moi": words before the verb (or the question).
    fillers=w(
        "s il te vous plaît plait stp svp merci ok okay d accord hé hey eh salut tsé"
        " bonjour coucou alors bon euh ben bah maintenant juste vite donc allez"
        " peux pouvez peut pourrais pourriez pourrait veux voudrais voudriez veut"
        " veuillez aimerais souhaite souhaiterais bien tu je j on me m moi t est ce"
        " c que qu de faut dis dites dire donne donnez ne n pas"
        # Belgium: "tu sais allumer ...?" asks "can you", never "do you know how";
        # "allume une fois la lumière", "dis une fois" soften a request.
        " sais sait savez saurais saurait sauriez fois"
    ),
    stop_words=w(
        "le la les l un une des du de d au aux à a en dans sur sous pour par avec"
        " et ou mon ma mes ton ta tes sa ses notre nos votre vos leur leurs ce cet"
        " cette ces c ça cela ceci ici icitte là est sont il elle ils elles on je j tu vous"
        " nous me m te t moi toi lui y se s qu que qui ne n pas s plaît tous toutes"
        " tout toute mets met mettre mettez règle réglez régler fais faites rends"
        " off marche arrêt fois"
    ),
    # "Les lumières de la maison": all of them.
    every=w("tous toutes tout toute chaque partout ensemble maison appartement"),
    every_group="Tous les",
    negations=(
        ("ne",),
        ("n",),
        ("en", "fait", "non"),
        ("finalement", "non"),
        ("laisse", "tomber"),
        ("annule",),
    ),
    negation_gaps=w(
        "pas jamais plus surtout me m te t le la les l lui leur y en nous vous rien"
    ),
    clause_breaks=w("et puis pis ensuite après"),
    particles=w("marche arrêt off"),
    # "Éteins ça", and "it" before an infinitive ("tu peux l'éteindre"), read as "ça"
    # (phrases.py).
    refers_back=w("aussi également pareil idem celle celui ceux celles ça cela"),
    opposites=OPPOSITES,
    value_words=w(
        "degré pour cent pourcent peu plus moins beaucoup poil chouïa max maximum"
        " minimum fond moitié complètement entièrement totalement grand légèrement"
    ),
    code_words=w("code pin passe"),
    sensitive_verbs=w("désarme déverrouille débloque désactive"),
    # Codes said digit by digit.
    digit_words={
        **{word: str(n) for n, word in enumerate(_DIGITS)},
        "zero": "0",
        "une": "1",
    },
    digit_homophones={"cette": "7"},
    numbers=Numbers(
        words={
            **{word: n for n, word in enumerate(_DIGITS) if n != 1},
            "zero": 0,
            **{word: n for n, word in enumerate(_TEENS, 10)},
            **_TENS,
            # Only ever said in "quatre-vingts" ("quatre" is 4 on its own). No
            # "cent": "quarante pour cent" would say 100 as well.
            "vingts": 80,
        },
        tens=frozenset(_TENS),
        fractions={
            "moitié": "50",
            "moitie": "50",
            "demi": "50",
            "quart": "25",
            "fond": "100",  # "à fond"
        },
        decimal_points=w("virgule point"),
        decimal_comma=True,
        units=w(
            "% ° pourcent pourcents degré degrés kelvin kelvins k minute minutes min"
            " seconde secondes heure heures h"
        )
        | {"pour cent"},
        end_points=w("à au sur"),
        value_before=w("à au sur de par"),
        joiners=w("et"),  # "vingt et un"
        halves=(("et", "demi"), ("et", "demie")),
    ),
    plurals=Plurals(
        irregular={
            "yeux": "œil",
            "jeux": "jeu",
            "feux": "feu",
            "lieux": "lieu",
            "tuyaux": "tuyau",
            "noyaux": "noyau",
            "travaux": "travail",
            "vitraux": "vitrail",
            "bijoux": "bijou",
            "choux": "chou",
            "genoux": "genou",
            "cailloux": "caillou",
            "messieurs": "monsieur",
            "mesdames": "madame",
        },
        rules=(
            ("eaux", "eau", 4),  # rideaux, chauffe-eaux
            ("aux", "al", 5),  # verticaux, canaux
            ("s", "", 4),  # lampes, volets
        ),
        invariant=w(
            f"{_VERBS_IN_S} plus moins très pas jamais toujours alors après puis mais"
            " sans chez vers depuis dans sous tous vous nous fois mois temps relais"
            " bois tapis souris avis colis gris dos corps jus bus virus cactus bonus"
            " ours cours secours repas bras bas gras frais épais mauvais français"
            " anglais palais marais près accès succès progrès excès atlas sonos iris"
            " tennis paris sas pays puits fils divers velours parcours dessus dessous"
            " matelas lilas verglas compris assis mis remis pris thermos airpods"
            " windows status campus process express news series radis paradis"
            " parvis permis vernis débris coloris châssis treillis biais désormais"
            " ailleurs plusieurs parfois longtemps printemps poids pois héros repos"
            " enclos clos gros chaux"
        ),
    ),
    kind_needs={
        **dict.fromkeys(
            w("chauffage chauffant radiateur convecteur chaudière plancher chauffer"),
            ("hvac_modes", "heat"),
        ),
        **dict.fromkeys(
            w("clim climatisation climatiseur climatisé refroidissement"),
            ("hvac_modes", "cool"),
        ),
    },
    comfort=(
        *_comfort("allume les lumières", "sombre", "noir"),
        *_comfort("tamise les lumières", "trop lumineux", "éblouit"),
        *_comfort(
            "monte le chauffage",
            "froid",
            "caille",
            "gèle",
            "gelé",
            "frisquet",
            # Belgium: "il fait caillant", "ça caille", "il fait cru" (damp cold);
            # Québec: "on gèle", "il fait frette".
            "caillant",
            "fait cru",
            "frette",
        ),
        *_comfort("baisse le chauffage", "chaud", "crève chaleur"),
        # Brussels: "il fait douf" (stuffy).
        *_comfort("allume le ventilateur", "étouffe", "lourd", "renfermé", "douf"),
    ),
    errors=ERRORS,
    remark_openers=("il fait", "y fait", "j'ai", "c'est", "on gèle", "on crève"),
    here=frozenset(["ici"]),
    articles=w("le la les mon ma mes"),
    possessives=w("mon ma mes notre nos ton ta tes"),
    # "…, y a de la buée partout", "…, ça pèle là-haut": "il y a" as said.
    statement_openers=(
        *("je", "j'ai", "il", "elle", "il y a", "c'est", "on a", "on va"),
        *("y a", "y'a", "ça"),
    ),
    reasons=frozenset(("car", "parce", "puisque")),
    # "Coupe le chauffage, elle a ouvert la fenêtre": what someone else does, said
    # beside a command, is why, never a target. Not "je" or "on": "bonjour, je
    # voudrais que tu allumes ...", "on peut fermer ...?" are the request itself.
    speakers=w("elle ils elles"),
    same_kind=frozenset(("celle", "celui", "celles", "ceux")),
    # "Le chauffage" of a "Chauffage" (the boiler's thermostat) and radiator valves.
    main_kinds=frozenset(("thermostat", "chauffage")),
    measures={"degré": TEMPERATURE},
    take_backs=("laisse tomber", "oublie", "oublie ça"),
    closings={
        **dict.fromkeys(("bonne nuit", "dors bien", "bonne nuitte"), "night"),
        **dict.fromkeys(
            ("comment ça va", "ça va", "comment vas-tu", "comment allez-vous", "allô"),
            "greeting",
        ),
        **dict.fromkeys(
            ("merci", "merci beaucoup", "merci bien", "ça joue merci"), "welcome"
        ),
        **dict.fromkeys(
            (
                "laisse tomber",
                "oublie",
                "oublie ça",
                "c'est tout",
                "rien",
                "ça ira",
                "non merci",
                "au revoir",
                "je le fais moi-même",
                # Switzerland: "ça joue" (that's fine), "merci, ça joue".
                "ça joue",
                "ça jouera",
            ),
            "okay",
        ),
        # "Good morning": greeted back; with a request ("hi, turn on ..."), none.
        **dict.fromkeys(("bonjour", "salut", "bonsoir", "coucou"), "greeting"),
    },
    replies=REPLIES,
    # "code 1234", "le code est 1234", "le code c'est 1234", "code secret 1234",
    # "code pin 1234", "code d'accès 1234".
    code_gaps=frozenset(
        w("est secret pin de du d alarme accès numéro")
        | {"c'est", "c’est", "d'accès", "d’accès", "d'alarme", "d’alarme"}
    ),
    state_words=STATE_WORDS,
    feminine=FEMININE,
    feminine_forms=FEMININE_FORMS,
    binary_states=BINARY_STATES,
    prompt=PROMPT,
    asking_verbs=frozenset(["est", "sont"]),
    value_names=VALUE_NAMES,
    phrases=PHRASES,
    # "Dehors" is the "extérieur" of "Température extérieure", whatever its gender.
    same_words={
        "dehors": "extérieur",
        "extérieure": "extérieur",
        "extérieurs": "extérieur",
        "extérieures": "extérieur",
    },
    # "Un degré de plus", "plus fort": up. A word of "plus ..." that says down is a
    # down ("plus sombre", "plus doucement"), so "plus" and it leave the step's sign
    # to the model; "plus bas" is read "moins haut" (phrases.py). Not "bas" or "haut":
    # "monte le son en bas" is upstairs' opposite, not a step.
    ups=w(
        "monte monter montez remonte augmente augmenter augmentez chaud chaude fort"
        " forte lumineux lumineuse réchauffe plus"
    ),
    downs=w(
        "baisse baisser baissez descends descendre diminue diminuer diminuez froid"
        " froide frais fraîche moins réduis réduire réduisez tamise tamisé tamisée"
        " doucement doux douce faible sombre foncé foncée lent lente"
    ),
    comfort_instead={
        "monte le chauffage": "allume le radiateur",
        "baisse le chauffage": "allume le ventilateur",
    },
    exceptions=frozenset(["sauf", "excepté", "hormis"]),
    contrasts=frozenset(["mais"]),
    # "…, pas la cuisine", "…, sans la cuisine": all but the kitchen.
    without=dict.fromkeys(("pas", "sans"), "sauf"),
    keeps=frozenset(["laisse", "laissez", "garde", "gardez"]),
    # "Ferme la lumière", "ouvre la télé" (Québec, Belgium): off and on, for a device
    # that neither opens nor closes.
    stand_ins={
        "ferme": "éteins",
        "fermer": "éteindre",
        "ouvre": "allume",
        "ouvrir": "allumer",
    },
    floors=Floors(
        levels=floor_levels(
            "sous-sol sol cave:-1 rez-de-chaussée rez chaussée rdc:0 premier "
            "étage:1 deuxième second:2 troisième:3 grenier combles "
            "mansarde:10"
        ),
        above="en haut",
        below="en bas",
    ),
)
