"""Dutch replies: refusals, failures, questions back and answers from state.

{placeholders} are filled by agent/replies.py. Devices are named without an article
("{name}", not "de {name}"): a name may be a "de" or a "het" word. States follow Home
Assistant's own Dutch translations where they read as a spoken answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_OPTIONS: Final = "Dat kun je toestaan in de opties van LLM Home."

# A tool's refusals and failures, keyed by the error it returns (home/).
ERRORS: Final[Mapping[str, str]] = {
    "unknown_target": "Sorry, ik ken geen apparaat dat {name} heet.",
    "ambiguous_target": "Sorry, er zijn meerdere apparaten die {name} heten. Zeg alsjeblieft welk je bedoelt.",
    "not_allowed": "Sorry, dat mag je niet doen.",
    "allow_disarm_disabled": f"Sorry, het alarm uitschakelen met je stem staat uit. {_OPTIONS}",
    "allow_unlock_disabled": f"Sorry, ontgrendelen met je stem staat uit. {_OPTIONS}",
    "allow_open_disabled": f"Sorry, garagedeuren, poorten en gaskranen openen met je stem staat uit. {_OPTIONS}",
    "code_required": "Sorry, ik heb de alarmcode nodig om het alarm uit te schakelen. Zeg de code samen met de opdracht.",
    "pin_required": "Sorry, daarvoor heb ik je spraakpincode nodig. Zeg de pincode samen met de opdracht.",
    "pin_not_set": "Sorry, er is geen spraakpincode ingesteld. Die kun je instellen in de opties van LLM Home.",
    "wrong_pin": "Sorry, die pincode klopt niet.",
    "pin_locked": "Sorry, er is te vaak een verkeerde pincode gezegd. Ontgrendelen, het alarm uitschakelen en openen zijn {minutes} minuten geblokkeerd.",
    "own_assistant_only": "Sorry, om veiligheidsredenen kan {name} alleen via de eigen assistent van LLM Home worden bediend.",
    "touches_unexposed": "Sorry, {name} bedient apparaten die niet zichtbaar zijn voor de assistent.",
    "touches_not_allowed": "Sorry, {name} bedient een soort apparaat dat de assistent niet mag bedienen.",
    "out_of_range": "Sorry, {value} valt buiten het toegestane bereik van {low} tot {high}.",
    "unsupported_value": "Sorry, dat apparaat ondersteunt {value} niet.",
    "bad_value": "Sorry, daarvoor kan ik {value} niet gebruiken.",
    "service_failed": "Sorry, dat is niet gelukt voor {name}: {message}",
    "service_error": "Sorry, dat is niet gelukt voor {name}.",
    "not_on_list": "Sorry, {value} staat niet op {name}.",
    "already_on_list": "{value} staat al op {name}.",
    "no_current_value": "Sorry, ik weet de huidige instelling niet, dus ik kan die niet een stap veranderen.",
}
# The fixed replies, and the parts of the replies built from results and states.
REPLIES: Final[Mapping[str, str]] = {
    "not_understood": "Sorry, ik kon daar geen apparaat voor vinden.",
    "failed": "Sorry, er ging iets mis. Probeer het nog eens.",
    "engine_down": "Sorry, ik kan mijn spraak- en taalmodule nu niet bereiken. Probeer het zo nog eens.",
    # A negated command ("doe het licht niet aan"): nothing is done, and that is no
    # failure.
    "welcome": "Graag gedaan.",
    "greeting": "Hallo!",
    "morning": "Goedemorgen!",
    "night": "Slaap lekker!",
    "okay": "Oké.",
    "bye": "Doei!",
    "device": "apparaat",
    "wont_do": "Oké, dat doe ik niet.",
    "busy": "Sorry, ik ben nog bezig met een ander verzoek. Probeer het zo nog eens.",
    # Calls still running when the reply is due: sent, not known to be done.
    "sent": "Ik heb de opdracht naar {targets} gestuurd.",
    "not_heard": "Sorry, dat heb ik niet goed verstaan. Zeg het alsjeblieft nog eens.",
    "too_long": "Sorry, dat verzoek is te lang. Zeg het in minder woorden.",
    # Asked when a command could mean any of several devices (ends with "?": the
    # satellite listens for the answer). {kind} is the word said ("lamp", "lampen").
    "not_known": "Ik weet niet wat ‘{words}’ hier betekent.",
    "which_one": "Welke {kind} bedoel je: {names}?",
    "which_one_of_many": "Er zijn er {count}. Welke {kind} bedoel je: hoe heet die, of in welke ruimte staat die?",
    # Devices named in a reply: "A", "A en B", "A, B of C".
    "name": "{name}",
    "list_separator": ", ",
    "list_and": "{names} en {last}",
    "list_or": "{names} of {last}",
    "temperature_set": "Ik heb {name} op {temperature} {unit} gezet.",
    # Answers from a device's state.
    "state": "{name} is {state}.",
    "state_brightness": "{name} is aan op {brightness}% helderheid.",
    "state_climate": "{name}: {state}{current}{target}.",
    "state_climate_current": ", het is nu {temperature} {unit}",
    "state_climate_target": ", ingesteld op {temperature} {unit}",
    "state_position": "{name} staat {position}% open.",
    "state_playing": "{name} speelt {title}.",
    "state_playing_by": "{name} speelt {title} van {artist}.",
    "state_list_empty": "{name} is leeg.",
    "state_list_one": "Er staat {count} item op {name}: {items}.",
    "state_list": "Er staan {count} items op {name}: {items}.",
    "state_measured": "{name} is {value} {unit}.",
}

# Plain words for states (others are said as they are, "_" as a space). Every raw
# state a Dutch speaker would not say is here: "playing" is "aan het spelen".
STATE_WORDS: Final[Mapping[str, str]] = {
    "on": "aan",
    "off": "uit",
    "open": "open",
    "closed": "dicht",
    "opening": "aan het opengaan",
    "closing": "aan het dichtgaan",
    "stopped": "gestopt",
    "locked": "op slot",
    "unlocked": "niet op slot",
    "locking": "aan het vergrendelen",
    "unlocking": "aan het ontgrendelen",
    "jammed": "vastgelopen",
    "playing": "aan het spelen",
    "paused": "gepauzeerd",
    "idle": "inactief",
    "standby": "stand-by",
    "buffering": "aan het bufferen",
    "heat": "verwarmen",
    "cool": "koelen",
    "heat_cool": "verwarmen en koelen",
    "auto": "automatisch",
    "dry": "drogen",
    "fan_only": "alleen ventileren",
    "cleaning": "aan het schoonmaken",
    "docked": "in het laadstation",
    "mowing": "aan het maaien",
    "error": "in storing",
    "disarmed": "uitgeschakeld",
    "arming": "aan het inschakelen",
    "disarming": "aan het uitschakelen",
    "pending": "in afwachting",
    "triggered": "afgegaan",
    "armed_away": "ingeschakeld in afwezigheidsmodus",
    "armed_home": "ingeschakeld in thuismodus",
    "armed_night": "ingeschakeld in nachtmodus",
    "armed_vacation": "ingeschakeld in vakantiemodus",
    "armed_custom_bypass": "ingeschakeld",
    "not_home": "afwezig",
    "home": "thuis",
    "returning": "op weg naar het laadstation",
    "unavailable": "niet beschikbaar",
    "unknown": "onbekend",
}
# Binary sensors: what "on" and "off" mean for each device class.
BINARY_STATES: Final[Mapping[str, tuple[str, str]]] = {
    "door": ("open", "dicht"),
    "garage_door": ("open", "dicht"),
    "window": ("open", "dicht"),
    "opening": ("open", "dicht"),
    "lock": ("niet op slot", "op slot"),
    "motion": ("beweging aan het melden", "rustig"),
    "occupancy": ("bezet", "vrij"),
    "presence": ("thuis", "afwezig"),
    "moisture": ("nat", "droog"),
    "smoke": ("rook aan het melden", "rustig"),
    "gas": ("gas aan het melden", "rustig"),
    "carbon_monoxide": ("koolmonoxide aan het melden", "rustig"),
    "battery": ("bijna leeg", "in orde"),
    "battery_charging": ("aan het opladen", "niet aan het opladen"),
    "plug": ("aangesloten", "niet aangesloten"),
    "connectivity": ("verbonden", "niet verbonden"),
    "problem": ("een probleem aan het melden", "in orde"),
    "moving": ("in beweging", "stil"),
    "running": ("actief", "niet actief"),
    "safety": ("onveilig", "veilig"),
    "tamper": ("sabotage aan het melden", "rustig"),
    "update": ("verouderd", "up-to-date"),
}
