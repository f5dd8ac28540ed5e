"""French words for each action: what asks for it, its reply, its examples.

Keyed by the action's call name (home/actions/). A verb is listed in each form a
request says it: the imperative ("allume", "allumez"), the infinitive after "peux-tu"
or "merci de" ("allumer"), and the form after "je veux que tu" ("allumes").

The replies name devices without an article ("J'ai allumé Lampe du salon."), and put
the participle where it never agrees with the device's gender or number ("J'ai
fermé ..."; "... : volume réglé sur 30 %").

The examples are in the order of the action's own (home/actions/), one for each.
Their {value} is the call's own value, as the model writes it: an English word
("night", "heat") where the action takes a word, so an example says the word only
where the action's example fixes it ("bleu" for "blue", "blanc chaud" for "warm").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..parts import ActionWords
from .words import w

_UP: Final = (
    "monte montez monter remonte remontez remonter augmente augmentez augmenter"
)
_DOWN: Final = (
    "baisse baissez baisser diminue diminuez diminuer réduis réduisez réduire"
)
_STOP: Final = "arrête arrêtez arrêter arrêtes stop stoppe stoppez stopper"
_HOME: Final = (
    "base station socle chargeur charge recharge recharger rentre rentrez rentrer"
    " retourne retournez retourner retour renvoie renvoyez renvoyer range ranger"
)

_OSCILLATION: Final = "oscille osciller oscillation oscillant pivote pivoter balayage"
_TICK: Final = (
    "coche cochez cocher barre barrez barrer raye rayez rayer fait faite acheté"
    " achetée terminé terminée"
    # "Enlève le pain des commissions": what was bought is taken off the list.
    " enlève enlevez enlever retire retirez retirer supprime supprimez supprimer"
)

ACTIONS: Final[Mapping[str, ActionWords]] = {
    "alarm_arm": ActionWords(
        usage="arm the alarm",
        words=w(
            "alarme arme armez armer armes active activez activer absence absent"
            " nuit sécurité vacances"
        ),
        offered_when=w(
            "arme armez armer armes active activez activer absence absent nuit"
            " vacances va part partons"
        ),
        reply="J'ai activé {targets} en mode {value}.",
        examples=("arme {target} en mode {value}",),
    ),
    "alarm_disarm": ActionWords(
        usage="disarm the alarm",
        words=w("alarme désarme désarmez désarmer désarmes sécurité"),
        offered_when=w(
            "désarme désarmez désarmer désarmes désactive désactivez désactiver"
            " coupe coupez couper éteins éteignez éteindre off"
        ),
        reply="J'ai désactivé {targets}.",
    ),
    "lock": ActionWords(
        usage="lock locks",
        # "Barre la porte": Québec's "lock" (the table's "barre" crosses an item off a
        # list too; a list said decides).
        words=w("verrouille verrouillez verrouiller verrouilles clé clef barre barrer"),
        reply="J'ai verrouillé {targets}.",
        examples=("verrouille {target}",),
    ),
    "unlock": ActionWords(
        usage="unlock locks",
        words=w(
            "déverrouille déverrouillez déverrouiller déverrouilles débarre débarrer"
        ),
        offered_when=w(
            "ouvre ouvrez ouvrir ouvres déverrouille déverrouillez déverrouiller"
            " déverrouilles débloque débloquez débloquer déverrouillé débarre débarrer"
        ),
        reply="J'ai déverrouillé {targets}.",
    ),
    "open": ActionWords(
        usage="open covers, blinds, doors and valves",
        words=w(
            "ouvre ouvrez ouvrir ouvres monte montez monter remonte remontez remonter"
            " lève levez lever relève relevez relever"
            # An awning is let out and taken in: "sors la tente solaire", "rentre
            # le store banne".
            " sors sortez sortir déroule déroulez dérouler déploie déployez déployer"
        ),
        reply="J'ai ouvert {targets}.",
        examples=("ouvre {target}",),
    ),
    "close": ActionWords(
        usage="close covers, blinds, doors and valves",
        words=w(
            "ferme fermez fermer fermes baisse baissez baisser descends descendez"
            " descendre abaisse abaissez abaisser tire tirez tirer rentre rentrez"
            " rentrer enroule enroulez enrouler replie repliez replier"
        ),
        reply="J'ai fermé {targets}.",
        examples=("ferme {target}",),
    ),
    "position": ActionWords(
        usage="set how far open, percent",
        words=w("moitié position ouverture hauteur ouvre ouvrez ouvrir"),
        reply="J'ai réglé {targets} sur {value} %.",
        examples=("règle {target} à 40 %",),
    ),
    "stop": ActionWords(
        usage="stop moving or playing",
        words=w(_STOP),
        reply="J'ai arrêté {targets}.",
    ),
    "start": ActionWords(
        usage="start cleaning or mowing",
        words=w(
            "démarre démarrez démarrer lance lancez lancer nettoie nettoyez nettoyer"
            " aspire aspirez aspirer tonds tondez tondre commence commencez"
            " commencer aspirateur ménage nettoyage tonte pars partir"
            # Switzerland: "passe la panosse" (mop the floor).
            " panosse panosser"
        ),
        reply="J'ai démarré {targets}.",
        examples=("lance {target}",),
    ),
    "dock": ActionWords(
        usage="stop cleaning or mowing and go back to the dock",
        words=w(f"{_HOME} {_STOP}"),
        # "Nettoie toute la maison" must never send the robot home: no "maison".
        offered_when=w(f"{_HOME} {_STOP}"),
        reply="J'ai renvoyé {targets} à la base.",
        examples=(
            "renvoie {target} à sa base",
            "arrête {target}",
        ),
    ),
    "fan_speed": ActionWords(
        usage="set fan speed percent",
        words=w("ventilateur ventilo vitesse"),
        reply="{targets} : vitesse réglée sur {value} %.",
        examples=("mets {target} à 60 pour cent de vitesse",),
    ),
    "vacuum_speed": ActionWords(
        usage="set a vacuum's suction",
        words=w("aspiration succion"),
        reply="J'ai réglé l'aspiration de {targets} sur {value}.",
    ),
    "oscillate": ActionWords(
        usage="make a fan oscillate",
        words=w(_OSCILLATION),
        offered_when=w(_OSCILLATION),
        reply="J'ai activé l'oscillation de {targets}.",
    ),
    "oscillate_off": ActionWords(
        usage="stop a fan oscillating",
        words=w(_OSCILLATION),
        # Said with a word of swinging: "éteins le ventilateur" is turn_off.
        offered_when=w(
            "arrête arrêtez arrêter stoppe stoppez stop coupe coupez couper"
            " désactive désactivez désactiver"
        ),
        reply="J'ai désactivé l'oscillation de {targets}.",
    ),
    "fan_reverse": ActionWords(
        usage="make a fan spin in reverse",
        words=w("inverse inverser inversé sens"),
        reply="J'ai mis {targets} en rotation inverse.",
    ),
    "fan_forward": ActionWords(
        usage="make a fan spin forward",
        words=w("endroit sens"),
        reply="J'ai mis {targets} en rotation normale.",
    ),
    "humidity": ActionWords(
        usage="set target humidity percent",
        words=w("humidité humide sec sèche"),
        reply="{targets} : humidité réglée sur {value} %.",
    ),
    "todo_add": ActionWords(
        usage="add an item to a list",
        words=w(
            "ajoute ajoutez ajouter rajoute rajoutez rajouter liste courses todo"
            " note notez noter rappelle"
        ),
        offered_when=w(
            "ajoute ajoutez ajouter rajoute rajoutez rajouter mets mettez mettre"
            " note notez noter écris écrivez écrire inscris inscrivez inscrire"
            " rappelle rappelez"
        ),
        reply="J'ai ajouté {value} à {targets}.",
        examples=("ajoute {value} à {target}",),
    ),
    "todo_complete": ActionWords(
        usage="tick an item off a list",
        words=w(_TICK),
        offered_when=w(f"{_TICK} marque marquez marquer"),
        reply="J'ai coché {value} sur {targets}.",
    ),
    "pause": ActionWords(
        usage="pause playing or cleaning",
        words=w("pause suspends suspendez suspendre"),
        # "Nettoie le salon" must never pause the robot.
        offered_when=w("pause suspends suspendez suspendre"),
        reply="J'ai mis {targets} en pause.",
        examples=("mets {target} en pause",),
    ),
    "resume": ActionWords(
        usage="play or resume",
        words=w(
            "reprends reprenez reprendre continue continuez continuer joue jouez"
            " jouer lis lisez lire relance relancez relancer musique lecture"
        ),
        reply="J'ai repris la lecture sur {targets}.",
        examples=("reprends la lecture sur {target}",),
    ),
    "next": ActionWords(
        usage="next track",
        words=w(
            "suivant suivante prochain prochaine saute sautez sauter zappe chanson"
            " morceau piste toune"
        ),
        reply="Piste suivante sur {targets}.",
        examples=("passe au morceau suivant sur {target}",),
    ),
    "previous": ActionWords(
        usage="previous track",
        words=w(
            "précédent précédente arrière reviens revenez revenir chanson morceau piste"
        ),
        reply="Piste précédente sur {targets}.",
    ),
    "volume": ActionWords(
        usage="set volume percent",
        words=w("volume son fort forte doucement bas"),
        reply="{targets} : volume réglé sur {value} %.",
        examples=("mets le volume de {target} à 30",),
    ),
    "volume_step": ActionWords(
        usage="louder +N or quieter -N percent",
        words=w(f"{_UP} {_DOWN} fort plus moins volume son"),
        reply="J'ai monté le son sur {targets}.",
        reply_down="J'ai baissé le son sur {targets}.",
        examples=("monte un peu le son de {target}",),
    ),
    "media_source": ActionWords(
        usage="switch to a source or input",
        words=w("source entrée hdmi"),
        reply="J'ai mis {targets} sur {value}.",
    ),
    "mute": ActionWords(
        usage="mute",
        words=w("muet muette sourdine silence coupe coupez couper"),
        # "Coupe le son" is a mute; "mets la musique" or "reprends" never is.
        offered_when=w("muet muette sourdine silence coupe coupez couper"),
        reply="J'ai coupé le son sur {targets}.",
        examples=("coupe le son de {target}",),
    ),
    "unmute": ActionWords(
        usage="unmute",
        words=w("remets remettez remettre rétablis rétablissez rétablir"),
        offered_when=w("remets remettez remettre rétablis rétablissez rétablir"),
        reply="J'ai remis le son sur {targets}.",
    ),
    "climate_temp": ActionWords(
        usage="set target temperature",
        words=w("degré règle réglez régler mets mettez mettre température consigne"),
        examples=("règle {target} à {value} degrés",),
    ),
    "climate_step": ActionWords(
        usage="warmer +N or cooler -N degrees",
        words=w(
            f"{_UP} {_DOWN} chaud chaude froid froide plus moins réchauffe réchauffez"
            " réchauffer rafraîchis rafraîchissez rafraîchir refroidis refroidissez"
            " refroidir"
        ),
        examples=("baisse {target} de 2 degrés",),
    ),
    "climate_mode": ActionWords(
        usage="set mode (heat, cool, off...)",
        words=w(
            "auto automatique froid clim climatisation chauffage chauffe"
            " refroidissement déshumidification sec mode ventilation"
        ),
        reply="J'ai réglé {targets} sur {value}.",
        examples=(
            "mets {target} en mode {value}",
            "éteins {target}",
        ),
    ),
    "climate_fan": ActionWords(
        usage="set fan mode",
        words=w("ventilateur ventilation ventilo"),
        reply="{targets} : ventilation réglée sur {value}.",
    ),
    "climate_preset": ActionWords(
        usage="set preset",
        words=w("absence absent boost confort éco eco mode préréglage preset nuit"),
        reply="J'ai réglé {targets} en mode {value}.",
        examples=("mets {target} en mode {value}",),
    ),
    "state": ActionWords(
        usage="answer a question about a device or area",
        words=w("état statut quel quelle combien comment est sont"),
        examples=(
            "quelle est la température : {target} ?",
            "est-ce que {target} est allumé ?",
        ),
    ),
    "light_color": ActionWords(
        usage="set colour",
        words=w(
            "couleur bleu bleue rouge vert verte jaune orange violet violette rose"
            " mauve blanc blanche"
        ),
        reply="J'ai mis {targets} en {value}.",
        examples=("mets {target} en bleu",),
    ),
    "light_white": ActionWords(
        usage="warm, neutral or cool white",
        words=w("chaud froid neutre blanc blanche"),
        reply="J'ai mis {targets} en blanc {value}.",
        examples=("mets {target} en blanc chaud",),
    ),
    "light_step": ActionWords(
        usage="brighter +N or dimmer -N percent",
        words=w(
            f"{_UP} {_DOWN} lumineux lumineuse éclaire éclairez éclairer tamise"
            " tamisez tamiser plus moins fort sombre"
        ),
        reply="{targets} : luminosité augmentée.",
        reply_down="{targets} : luminosité baissée.",
        examples=("augmente un peu la luminosité de {target}",),
    ),
    "light_level": ActionWords(
        usage="set brightness percent",
        words=w("luminosité intensité pourcent tamise tamisez tamiser"),
        reply="J'ai réglé {targets} sur {value} %.",
        examples=(
            "baisse {target} à 30 pour cent",
            "règle {target} à 70 %",
        ),
    ),
    "toggle": ActionWords(
        usage="toggle",
        words=w("bascule basculez basculer inverse inversez inverser toggle"),
        offered_when=w("bascule basculez basculer inverse inversez inverser toggle"),
        reply="J'ai basculé {targets}.",
    ),
    "turn_off": ActionWords(
        usage="turn off",
        words=w(
            "éteins éteint éteignez éteindre éteignes coupe coupez couper coupes"
            " désactive désactivez désactiver arrêt off"
            # Switzerland: "déclenche la ventilation" turns it off, never on.
            " déclenche déclenchez déclencher déclenches"
        ),
        reply="J'ai éteint {targets}.",
        examples=(
            "éteins toutes les lumières : {target}",
            "coupe {target}",
        ),
    ),
    "turn_on": ActionWords(
        usage="turn on, activate or run",
        words=w(
            "allume allumez allumer allumes rallume rallumez rallumer active activez"
            " activer actives lance"
            " lancez lancer exécute exécutez exécuter démarre démarrez démarrer"
            " arrose arrosez arroser marche on"
            # Switzerland: "enclenche la hotte" turns it on ("déclenche": off).
            " enclenche enclenchez enclencher enclenches"
            # "Pars le chauffe-bloc": Québec's "start" of a device.
            " pars partir"
        ),
        reply="J'ai allumé {targets}.",
        examples=(
            "active {target}",
            "lance le script {target}",
            "allume {target}",
        ),
    ),
}
