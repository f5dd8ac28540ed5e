"""German replies: refusals, failures, questions back and answers from state.

{placeholders} are filled by agent/replies.py. The user is addressed with "du", as
German voice assistants do. A device's name stands without an article ("Stehlampe
ist an", "Ich habe Küche Lichter ausgeschaltet"): the article would have to agree
with a name's gender, which no template knows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_OPTIONS: Final = "Das lässt sich in den Optionen von LLM Home erlauben."

# A tool's refusals and failures, keyed by the error it returns (home/).
ERRORS: Final[Mapping[str, str]] = {
    "unknown_target": "Entschuldigung, ich kenne kein Gerät namens {name}.",
    "ambiguous_target": "Entschuldigung, mehrere Geräte heißen {name}. Bitte sag, welches du meinst.",
    "not_allowed": "Entschuldigung, das darfst du nicht.",
    "allow_disarm_disabled": f"Entschuldigung, per Sprache kann ich die Alarmanlage nicht unscharf schalten: das ist aus Sicherheitsgründen ausgeschaltet. {_OPTIONS}",
    "allow_unlock_disabled": f"Entschuldigung, per Sprache kann ich nicht aufschließen: das ist aus Sicherheitsgründen ausgeschaltet. {_OPTIONS}",
    "allow_open_disabled": f"Entschuldigung, per Sprache kann ich Garagentore, Tore und Gasventile nicht öffnen: das ist aus Sicherheitsgründen ausgeschaltet. {_OPTIONS}",
    "code_required": "Entschuldigung, zum Unscharfschalten brauche ich den Alarmcode. Sag den Code zusammen mit dem Befehl.",
    "pin_required": "Entschuldigung, dafür brauche ich deine Sprach-PIN. Sag die PIN zusammen mit dem Befehl.",
    "pin_not_set": "Entschuldigung, es ist keine Sprach-PIN festgelegt. Sie lässt sich in den Optionen von LLM Home festlegen.",
    "wrong_pin": "Entschuldigung, diese PIN ist nicht richtig.",
    "pin_locked": "Entschuldigung, zu viele falsche PINs. Aufschließen, Unscharfschalten und Öffnen sind für {minutes} Minuten gesperrt.",
    "own_assistant_only": "Entschuldigung, aus Sicherheitsgründen lässt sich {name} nur über den eigenen Assistenten von LLM Home ändern.",
    "touches_unexposed": "Entschuldigung, {name} ändert Geräte, die für den Assistenten nicht freigegeben sind.",
    "touches_not_allowed": "Entschuldigung, {name} ändert eine Art von Gerät, die der Assistent nicht steuern darf.",
    "out_of_range": "Entschuldigung, {value} liegt außerhalb des erlaubten Bereichs von {low} bis {high}.",
    "unsupported_value": "Entschuldigung, dieses Gerät unterstützt {value} nicht.",
    "bad_value": "Entschuldigung, {value} kann ich dafür nicht verwenden.",
    "service_failed": "Entschuldigung, das hat bei {name} nicht geklappt: {message}",
    "service_error": "Entschuldigung, das hat bei {name} nicht geklappt.",
    "not_on_list": "Entschuldigung, {value} steht nicht auf der Liste {name}.",
    "already_on_list": "{value} steht schon auf der Liste {name}.",
    "no_current_value": "Entschuldigung, ich kenne die aktuelle Einstellung nicht und kann sie deshalb nicht schrittweise ändern.",
}
_AGAIN: Final = "Bitte versuch es gleich noch einmal."
# The fixed replies, and the parts of the replies built from results and states.
REPLIES: Final[Mapping[str, str]] = {
    "not_understood": "Entschuldigung, dafür habe ich kein Gerät gefunden.",
    "failed": "Entschuldigung, da ist etwas schiefgelaufen. Bitte versuch es noch einmal.",
    "engine_down": f"Entschuldigung, ich erreiche meine Sprach- und Sprachmodell-Engine gerade nicht. {_AGAIN}",
    # A negated command ("schalte das Licht nicht ein"): nothing is done, and that is
    # no failure.
    "welcome": "Gern geschehen.",
    "greeting": "Hallo!",
    "morning": "Guten Morgen!",
    "night": "Gute Nacht!",
    "okay": "Okay.",
    "bye": "Tschüss!",
    "device": "Gerät",
    "wont_do": "Okay, das mache ich nicht.",
    "busy": f"Entschuldigung, ich bin noch mit einer anderen Anfrage beschäftigt. {_AGAIN}",
    # Calls still running when the reply is due (home/execute.py): sent, not known to
    # be done.
    "sent": "Ich habe den Befehl an {targets} gesendet.",
    "not_heard": "Entschuldigung, das habe ich nicht verstanden. Bitte sag es noch einmal.",
    "too_long": "Entschuldigung, diese Anfrage ist zu lang. Bitte sag es mit weniger Worten.",
    # Asked when a command could mean any of several devices (ends with "?": the
    # satellite listens for the answer). {kind} is the word the user said ("lampe"),
    # quoted: "Welche"/"Welchen" would have to agree with its gender.
    "not_known": "Ich weiß nicht, was „{words}“ hier bedeutet.",
    "which_one": "Was meinst du mit „{kind}“: {names}?",
    "which_one_of_many": "Zu „{kind}“ gibt es {count} Geräte. Welches meinst du, mit Namen oder Raum?",
    # Devices named in a reply: "A", "A und B", "A, B oder C".
    "name": "{name}",
    "list_separator": ", ",
    "list_and": "{names} und {last}",
    "list_or": "{names} oder {last}",
    "temperature_set": "Ich habe {name} auf {temperature} {unit} gestellt.",
    # Answers from a device's state.
    "state": "{name} ist {state}.",
    "state_brightness": "{name} ist an, mit {brightness} Prozent Helligkeit.",
    "state_climate": "{name} ist {state}{current}{target}.",
    "state_climate_current": ", die Temperatur beträgt {temperature} {unit}",
    "state_climate_target": ", eingestellt sind {temperature} {unit}",
    "state_position": "{name} ist zu {position} Prozent geöffnet.",
    "state_playing": "{name} spielt {title}.",
    "state_playing_by": "{name} spielt {title} von {artist}.",
    "state_list_empty": "{name} ist leer.",
    "state_list_one": "{name} hat {count} Eintrag: {items}.",
    "state_list": "{name} hat {count} Einträge: {items}.",
    "state_measured": "{name} zeigt {value} {unit}.",
}

# Words for states after "ist" ("Rollladen ist geschlossen"). Home Assistant's raw
# states are English: each one said to a user is here.
STATE_WORDS: Final[Mapping[str, str]] = {
    "on": "an",
    "off": "aus",
    "open": "offen",
    "opening": "am Öffnen",
    "closed": "geschlossen",
    "closing": "am Schließen",
    "stopped": "angehalten",
    "locked": "abgeschlossen",
    "locking": "am Abschließen",
    "unlocked": "aufgeschlossen",
    "unlocking": "am Aufschließen",
    "jammed": "blockiert",
    "playing": "am Abspielen",
    "paused": "pausiert",
    "idle": "im Leerlauf",
    "standby": "im Standby",
    "buffering": "am Laden",
    "cleaning": "am Reinigen",
    "docked": "in der Ladestation",
    "returning": "auf dem Weg zur Ladestation",
    "mowing": "am Mähen",
    "error": "gestört",
    "heat": "auf Heizen",
    "cool": "auf Kühlen",
    "heat_cool": "auf Heizen und Kühlen",
    "auto": "auf Automatik",
    "dry": "auf Entfeuchten",
    "fan_only": "auf Lüften",
    "armed_away": "scharf im Modus abwesend",
    "armed_home": "scharf im Modus zu Hause",
    "armed_night": "scharf im Modus Nacht",
    "armed_vacation": "scharf im Modus Urlaub",
    "armed_custom_bypass": "scharf",
    "disarmed": "unscharf",
    "arming": "am Scharfschalten",
    "pending": "kurz vor dem Auslösen",
    "triggered": "ausgelöst",
    "not_home": "unterwegs",
    "home": "zu Hause",
    "unavailable": "nicht erreichbar",
    "unknown": "unbekannt",
    "sunny": "sonnig",
    "clear-night": "klar",
    "cloudy": "bewölkt",
    "partlycloudy": "teilweise bewölkt",
    "rainy": "regnerisch",
    "pouring": "stark regnerisch",
    "snowy": "verschneit",
    "snowy-rainy": "regnerisch mit Schnee",
    "fog": "neblig",
    "hail": "hagelig",
    "lightning": "gewittrig",
    "lightning-rainy": "gewittrig und regnerisch",
    "windy": "windig",
    "windy-variant": "windig und bewölkt",
    "exceptional": "außergewöhnlich",
}
# Binary sensors: what "on" and "off" mean for each device class.
BINARY_STATES: Final[Mapping[str, tuple[str, str]]] = {
    "door": ("offen", "geschlossen"),
    "garage_door": ("offen", "geschlossen"),
    "window": ("offen", "geschlossen"),
    "opening": ("offen", "geschlossen"),
    "lock": ("entriegelt", "verriegelt"),
    "motion": ("ausgelöst, Bewegung erkannt", "ruhig"),
    "occupancy": ("belegt", "frei"),
    "presence": ("zu Hause", "abwesend"),
    "moisture": ("nass", "trocken"),
    "smoke": ("ausgelöst, Rauch erkannt", "ruhig"),
    "gas": ("ausgelöst, Gas erkannt", "ruhig"),
    "battery": ("schwach", "in Ordnung"),
    "plug": ("eingesteckt", "ausgesteckt"),
    "connectivity": ("verbunden", "getrennt"),
    "problem": ("gestört", "in Ordnung"),
    "running": ("in Betrieb", "nicht in Betrieb"),
    "moving": ("in Bewegung", "still"),
}
