"""Italian replies: refusals, failures, questions back and answers from state.

{placeholders} are filled by agent/replies.py. A device is named without an article
("Ho spento Lampada soffitto"), since its gender is not known; a state is said after
"Stato di {name}:" so that its adjective agrees with "stato" (masculine) whatever
the device is called; a percentage follows "su" or a colon, never "al"/"all'".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_SORRY: Final = "Mi dispiace,"
_OPTIONS: Final = "Si può consentire nelle opzioni di LLM Home."

# A tool's refusals and failures, keyed by the error it returns (home/).
ERRORS: Final[Mapping[str, str]] = {
    "unknown_target": f"{_SORRY} non conosco nessun dispositivo chiamato {{name}}.",
    "ambiguous_target": (
        f"{_SORRY} ci sono più dispositivi chiamati {{name}}. Dimmi quale."
    ),
    "not_allowed": f"{_SORRY} non hai il permesso di farlo.",
    "allow_disarm_disabled": (
        f"{_SORRY} disinserire l'allarme a voce è disattivato. {_OPTIONS}"
    ),
    "allow_unlock_disabled": f"{_SORRY} sbloccare a voce è disattivato. {_OPTIONS}",
    "allow_open_disabled": (
        f"{_SORRY} aprire porte del garage, cancelli e valvole del gas a voce è"
        f" disattivato. {_OPTIONS}"
    ),
    "code_required": (
        f"{_SORRY} mi serve il codice dell'allarme per disinserirlo. Di' il codice"
        " insieme al comando."
    ),
    "pin_required": (
        f"{_SORRY} per questo mi serve il tuo PIN vocale. Di' il PIN insieme al"
        " comando."
    ),
    "pin_not_set": (
        f"{_SORRY} non è impostato nessun PIN vocale. Si può impostare nelle opzioni"
        " di LLM Home."
    ),
    "wrong_pin": f"{_SORRY} il PIN non è corretto.",
    "pin_locked": (
        f"{_SORRY} troppi PIN sbagliati. Sblocco, disinserimento e apertura sono"
        " bloccati per {minutes} minuti."
    ),
    "own_assistant_only": (
        f"{_SORRY} per sicurezza {{name}} si può cambiare solo con l'assistente di"
        " LLM Home."
    ),
    "touches_unexposed": (
        f"{_SORRY} {{name}} cambia dispositivi che non sono esposti all'assistente."
    ),
    "touches_not_allowed": (
        f"{_SORRY} {{name}} cambia un tipo di dispositivo che l'assistente non può"
        " controllare."
    ),
    "out_of_range": (
        f"{_SORRY} {{value}} è fuori dall'intervallo consentito, da {{low}} a {{high}}."
    ),
    "unsupported_value": f"{_SORRY} quel dispositivo non supporta {{value}}.",
    "bad_value": f"{_SORRY} non posso usare {{value}} per questo.",
    "service_failed": f"{_SORRY} non ha funzionato per {{name}}: {{message}}",
    "service_error": f"{_SORRY} non ha funzionato per {{name}}.",
    "not_on_list": f"{_SORRY} {{value}} non è nell'elenco {{name}}.",
    "already_on_list": "{value} è già nell'elenco {name}.",
    "no_current_value": (
        f"{_SORRY} non conosco l'impostazione attuale, quindi non posso cambiarla"
        " di un passo."
    ),
}
# The fixed replies, and the parts of the replies built from results and states.
REPLIES: Final[Mapping[str, str]] = {
    "not_understood": f"{_SORRY} non ho trovato un dispositivo per questa richiesta.",
    "failed": f"{_SORRY} qualcosa è andato storto. Riprova, per favore.",
    "engine_down": (
        f"{_SORRY} in questo momento non riesco a raggiungere il mio motore vocale"
        " e linguistico. Riprova tra poco."
    ),
    # A negated command ("non accendere la luce"): nothing is done, and that is no
    # failure.
    "welcome": "Prego.",
    "greeting": "Ciao!",
    "morning": "Buongiorno!",
    "night": "Buonanotte!",
    "okay": "Va bene.",
    "bye": "Ciao, a dopo!",
    "device": "dispositivo",
    "wont_do": "D'accordo, non lo faccio.",
    "busy": f"{_SORRY} sono ancora occupato con un'altra richiesta. Riprova tra poco.",
    # Calls still running when the reply is due (home/execute.py): sent, not known to
    # be done.
    "sent": "Ho inviato il comando a {targets}.",
    "not_heard": f"{_SORRY} non ho capito bene. Puoi ripetere?",
    "too_long": f"{_SORRY} la richiesta è troppo lunga. Dilla con meno parole.",
    # Asked when a command could mean any of several devices (ends with "?": the
    # satellite listens for the answer). "Quale" is said of either gender.
    "not_known": "Non trovo «{words}» in questa casa.",
    "which_one": "Quale {kind} intendi: {names}?",
    "which_one_of_many": (
        "Ce ne sono {count}. Quale {kind} intendi? Dimmi il nome o la stanza."
    ),
    # Devices named in a reply: "A", "A e B", "A, B o C".
    "name": "{name}",
    "list_separator": ", ",
    "list_and": "{names} e {last}",
    "list_or": "{names} o {last}",
    "temperature_set": "Ho impostato {name} a {temperature} {unit}.",
    # Answers from a device's state.
    "state": "Stato di {name}: {state}.",
    "state_brightness": "Stato di {name}: acceso, luminosità {brightness}%.",
    "state_climate": "Stato di {name}: {state}{current}{target}.",
    "state_climate_current": ", temperatura attuale {temperature} {unit}",
    "state_climate_target": ", temperatura impostata {temperature} {unit}",
    "state_position": "Apertura di {name}: {position}%.",
    "state_playing": "{name} sta riproducendo {title}.",
    "state_playing_by": "{name} sta riproducendo {title} di {artist}.",
    "state_list_empty": "{name}: nessun elemento.",
    "state_list_one": "{name}: {count} elemento, {items}.",
    "state_list": "{name}: {count} elementi, {items}.",
    "state_measured": "{name}: {value} {unit}.",
}

# Plain words for states, in the masculine (after "Stato di ...:"). Every state
# Home Assistant writes in English is said in Italian.
STATE_WORDS: Final[Mapping[str, str]] = {
    "on": "acceso",
    "off": "spento",
    "open": "aperto",
    "opening": "in apertura",
    "closed": "chiuso",
    "closing": "in chiusura",
    "locked": "chiuso a chiave",
    "locking": "in chiusura",
    "unlocked": "sbloccato",
    "unlocking": "in sblocco",
    "jammed": "inceppato",
    "playing": "in riproduzione",
    "paused": "in pausa",
    "idle": "inattivo",
    "standby": "in standby",
    "buffering": "in caricamento",
    "unavailable": "non disponibile",
    "unknown": "sconosciuto",
    "disarmed": "disinserito",
    "arming": "in inserimento",
    "pending": "in attesa",
    "triggered": "scattato",
    "armed_away": "inserito in modalità fuori casa",
    "armed_home": "inserito in modalità casa",
    "armed_night": "inserito in modalità notte",
    "armed_vacation": "inserito in modalità vacanza",
    "armed_custom_bypass": "inserito",
    "heat": "riscaldamento",
    "cool": "raffrescamento",
    "heat_cool": "riscaldamento e raffrescamento",
    "auto": "automatico",
    "dry": "deumidificazione",
    "fan_only": "solo ventilazione",
    "cleaning": "in pulizia",
    "docked": "alla base",
    "mowing": "al lavoro sul prato",
    "error": "in errore",
    "not_home": "fuori casa",
    "home": "a casa",
    "returning": "in rientro alla base",
}
# Binary sensors: what "on" and "off" mean for each device class.
BINARY_STATES: Final[Mapping[str, tuple[str, str]]] = {
    "door": ("aperto", "chiuso"),
    "garage_door": ("aperto", "chiuso"),
    "window": ("aperto", "chiuso"),
    "opening": ("aperto", "chiuso"),
    "lock": ("sbloccato", "chiuso a chiave"),
    "motion": ("movimento rilevato", "nessun movimento"),
    "occupancy": ("occupato", "libero"),
    "presence": ("a casa", "fuori casa"),
    "moisture": ("bagnato", "asciutto"),
    "smoke": ("fumo rilevato", "nessun fumo"),
    "gas": ("gas rilevato", "nessuna fuga di gas"),
    "battery": ("scarico", "normale"),
    "plug": ("collegato", "scollegato"),
    "connectivity": ("connesso", "disconnesso"),
    "problem": ("problema segnalato", "OK"),
    "running": ("in funzione", "fermo"),
    "moving": ("in movimento", "fermo"),
}
# Nouns a device's name begins with that are feminine: its state is said in the
# feminine.
FEMININE: Final = frozenset(
    [
        "luce",
        "lampada",
        "lampadina",
        "striscia",
        "finestra",
        "porta",
        "persiana",
        "tapparella",
        "tenda",
        "serranda",
        "serratura",
        "tv",
        "tele",
        "televisione",
        "cassa",
        "radio",
        "soundbar",
        "telecamera",
        "presa",
        "pompa",
        "valvola",
        "caldaia",
        "stufa",
        "lavatrice",
        "lavastoviglie",
        "asciugatrice",
        "macchina",
        "caffettiera",
        "batteria",
        "temperatura",
        "umidità",
        "umidita",
        "lista",
        "piscina",
        "cucina",
        "sirena",
    ]
)
# The feminine of the words of a state.
FEMININE_FORMS: Final = {
    "acceso": "accesa",
    "spento": "spenta",
    "aperto": "aperta",
    "chiuso": "chiusa",
    "sbloccato": "sbloccata",
    "inceppato": "inceppata",
    "inattivo": "inattiva",
    "sconosciuto": "sconosciuta",
    "disinserito": "disinserita",
    "inserito": "inserita",
    "scattato": "scattata",
    "fermo": "ferma",
    "occupato": "occupata",
    "libero": "libera",
    "bagnato": "bagnata",
    "asciutto": "asciutta",
    "scarico": "scarica",
    "collegato": "collegata",
    "scollegato": "scollegata",
    "connesso": "connessa",
    "disconnesso": "disconnessa",
}
