"""French replies: refusals, failures, questions back and answers from state.

{placeholders} are filled by agent/replies.py. The assistant says "vous" to the
user. A device is named without an article ("Lampe du salon : allumé."), and a
state is said as Home Assistant's French interface shows it ("Allumé", "Ouvert"),
so that no word has to agree with a name whose gender is unknown. Nothing is put
right before a name that would have to elide ("de" before "Applique").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_OPTIONS: Final = "Cela peut être autorisé dans les options de LLM Home."

# A tool's refusals and failures, keyed by the error it returns (home/).
ERRORS: Final[Mapping[str, str]] = {
    "unknown_target": "Désolé, je ne connais aucun appareil nommé {name}.",
    "ambiguous_target": "Désolé, plusieurs appareils s'appellent {name}. Précisez lequel, s'il vous plaît.",
    "not_allowed": "Désolé, vous n'avez pas le droit de faire cela.",
    "allow_disarm_disabled": f"Désolé, la désactivation de l'alarme à la voix est désactivée. {_OPTIONS}",
    "allow_unlock_disabled": f"Désolé, le déverrouillage à la voix est désactivé. {_OPTIONS}",
    "allow_open_disabled": f"Désolé, l'ouverture des portes de garage, des portails et des vannes de gaz à la voix est désactivée. {_OPTIONS}",
    "code_required": "Désolé, il me faut le code de l'alarme pour la désactiver. Dites le code avec la commande.",
    "pin_required": "Désolé, il me faut votre code PIN vocal pour cela. Dites le code PIN avec la commande.",
    "pin_not_set": "Désolé, aucun code PIN vocal n'est défini. Il peut être défini dans les options de LLM Home.",
    "wrong_pin": "Désolé, ce code PIN n'est pas le bon.",
    "pin_locked": "Désolé, trop de codes PIN erronés ont été dits. Le déverrouillage, la désactivation de l'alarme et l'ouverture sont bloqués pendant {minutes} minutes.",
    "own_assistant_only": "Désolé, par sécurité, seul l'assistant de LLM Home peut modifier {name}.",
    "touches_unexposed": "Désolé, {name} modifie des appareils qui ne sont pas exposés à l'assistant.",
    "touches_not_allowed": "Désolé, {name} modifie un type d'appareil que l'assistant n'a pas le droit de contrôler.",
    "out_of_range": "Désolé, {value} est en dehors de la plage autorisée, de {low} à {high}.",
    "unsupported_value": "Désolé, cet appareil ne prend pas en charge {value}.",
    "bad_value": "Désolé, je ne peux pas utiliser {value} pour cela.",
    "service_failed": "Désolé, cela n'a pas fonctionné pour {name} : {message}",
    "service_error": "Désolé, cela n'a pas fonctionné pour {name}.",
    "not_on_list": "Désolé, {value} n'est pas sur la liste {name}.",
    "already_on_list": "{value} est déjà sur la liste {name}.",
    "no_current_value": "Désolé, je ne connais pas le réglage actuel, je ne peux donc pas le modifier par palier.",
}
# The fixed replies, and the parts of the replies built from results and states.
REPLIES: Final[Mapping[str, str]] = {
    "not_understood": "Désolé, je n'ai trouvé aucun appareil pour cela.",
    "failed": "Désolé, quelque chose s'est mal passé. Veuillez réessayer.",
    "engine_down": "Désolé, je n'arrive pas à joindre mon moteur de parole et de langage pour le moment. Veuillez réessayer dans un instant.",
    # A negated command ("n'allume pas la lumière"): nothing is done, and that is no
    # failure.
    "welcome": "Avec plaisir.",
    "greeting": "Bonjour !",
    "morning": "Bonjour !",
    "night": "Bonne nuit !",
    "okay": "D'accord.",
    "bye": "Au revoir !",
    "device": "appareil",
    "wont_do": "D'accord, je ne le fais pas.",
    "busy": "Désolé, je suis encore occupé par une autre demande. Veuillez réessayer dans un instant.",
    # Calls still running when the reply is due (home/execute.py): sent, not known to
    # be done.
    "sent": "J'ai envoyé la commande à {targets}.",
    "not_heard": "Désolé, je n'ai pas bien entendu. Veuillez répéter.",
    "too_long": "Désolé, cette demande est trop longue. Dites-la en moins de mots.",
    # Asked when a command could mean any of several devices (ends with "?": the
    # satellite listens for the answer). {kind} is the word the user said.
    "not_known": "Je ne sais pas ce que « {words} » veut dire ici.",
    "which_one": "Plusieurs appareils correspondent à « {kind} ». Lequel voulez-vous dire : {names} ?",
    "which_one_of_many": "Il y a {count} appareils qui correspondent à « {kind} ». Lequel voulez-vous dire, par son nom ou sa pièce ?",
    # Devices named in a reply: "A", "A et B", "A, B ou C" (no article: its gender
    # is not known).
    "name": "{name}",
    "list_separator": ", ",
    "list_and": "{names} et {last}",
    "list_or": "{names} ou {last}",
    "temperature_set": "J'ai réglé {name} sur {temperature} {unit}.",
    # Answers from a device's state.
    "state": "{name} : {state}.",
    "state_brightness": "{name} : allumé, luminosité à {brightness} %.",
    "state_climate": "{name} : {state}{current}{target}.",
    "state_climate_current": ", température actuelle {temperature} {unit}",
    "state_climate_target": ", consigne à {temperature} {unit}",
    "state_position": "{name} : ouvert à {position} %.",
    "state_playing": "{name} : en lecture, {title}.",
    "state_playing_by": "{name} : en lecture, {title}, par {artist}.",
    "state_list_empty": "{name} : la liste est vide.",
    "state_list_one": "{name} : {count} élément, {items}.",
    "state_list": "{name} : {count} éléments, {items}.",
    "state_measured": "{name} : {value} {unit}.",
}

# Plain words for states, as Home Assistant's French interface says them (a raw
# state not listed is said as it is, "_" as a space).
STATE_WORDS: Final[Mapping[str, str]] = {
    "on": "allumé",
    "off": "éteint",
    "open": "ouvert",
    "opening": "en cours d'ouverture",
    "closed": "fermé",
    "closing": "en cours de fermeture",
    "stopped": "arrêté",
    "locked": "verrouillé",
    "locking": "en cours de verrouillage",
    "unlocked": "déverrouillé",
    "unlocking": "en cours de déverrouillage",
    "jammed": "bloqué",
    "playing": "en lecture",
    "paused": "en pause",
    "idle": "inactif",
    "standby": "en veille",
    "buffering": "en chargement",
    "heat": "en chauffage",
    "cool": "en climatisation",
    "heat_cool": "en chauffage et climatisation",
    "auto": "en mode automatique",
    "dry": "en déshumidification",
    "fan_only": "en ventilation",
    "cleaning": "en train de nettoyer",
    "docked": "sur sa base",
    "mowing": "en train de tondre",
    "error": "en erreur",
    "disarmed": "désactivé",
    "arming": "en cours d'activation",
    "pending": "en attente",
    "triggered": "déclenché",
    "armed_away": "activé en mode absence",
    "armed_home": "activé en mode présence",
    "armed_night": "activé en mode nuit",
    "armed_vacation": "activé en mode vacances",
    "armed_custom_bypass": "activé",
    "not_home": "absent",
    "home": "à la maison",
    "returning": "en train de rentrer à sa base",
    "unavailable": "indisponible",
    "unknown": "inconnu",
    "sunny": "ensoleillé",
    "cloudy": "nuageux",
    "partlycloudy": "partiellement nuageux",
    "rainy": "pluvieux",
    "pouring": "sous une pluie battante",
    "snowy": "neigeux",
    "fog": "brumeux",
    "windy": "venteux",
    "clear-night": "dégagé",
    "lightning": "orageux",
}
# Binary sensors: what "on" and "off" mean for each device class.
BINARY_STATES: Final[Mapping[str, tuple[str, str]]] = {
    "door": ("ouvert", "fermé"),
    "garage_door": ("ouvert", "fermé"),
    "window": ("ouvert", "fermé"),
    "opening": ("ouvert", "fermé"),
    "lock": ("déverrouillé", "verrouillé"),
    "motion": ("mouvement détecté", "aucun mouvement"),
    "occupancy": ("occupé", "libre"),
    "presence": ("présent", "absent"),
    "moisture": ("humide", "sec"),
    "smoke": ("fumée détectée", "aucune fumée"),
    "gas": ("gaz détecté", "aucun gaz"),
    "battery": ("faible", "normal"),
    "plug": ("branché", "débranché"),
    "connectivity": ("connecté", "déconnecté"),
    "problem": ("problème signalé", "OK"),
    "running": ("en marche", "à l'arrêt"),
    "moving": ("en mouvement", "immobile"),
}
# Nouns a device's name begins with that are feminine: its state is said in the
# feminine.
FEMININE: Final = frozenset(
    [
        "lumière",
        "lumiere",
        "lampe",
        "ampoule",
        "guirlande",
        "fenêtre",
        "fenetre",
        "porte",
        "alarme",
        "télé",
        "tele",
        "télévision",
        "television",
        "enceinte",
        "radio",
        "barre",
        "serrure",
        "caméra",
        "camera",
        "prise",
        "pompe",
        "vanne",
        "chaudière",
        "chaudiere",
        "climatisation",
        "clim",
        "piscine",
        "cuisine",
        "machine",
        "cafetière",
        "cafetiere",
        "bouilloire",
        "plaque",
        "batterie",
        "température",
        "temperature",
        "humidité",
        "humidite",
        "liste",
        "sonnette",
        "box",
    ]
)
# The feminine of the words of a state.
FEMININE_FORMS: Final = {
    "allumé": "allumée",
    "éteint": "éteinte",
    "ouvert": "ouverte",
    "fermé": "fermée",
    "arrêté": "arrêtée",
    "verrouillé": "verrouillée",
    "déverrouillé": "déverrouillée",
    "bloqué": "bloquée",
    "désactivé": "désactivée",
    "activé": "activée",
    "déclenché": "déclenchée",
    "inactif": "inactive",
    "occupé": "occupée",
    "présent": "présente",
    "absent": "absente",
    "sec": "sèche",
    "branché": "branchée",
    "débranché": "débranchée",
    "connecté": "connectée",
    "déconnecté": "déconnectée",
    "inconnu": "inconnue",
    "indisponible": "indisponible",
}
