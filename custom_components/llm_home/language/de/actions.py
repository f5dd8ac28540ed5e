"""German words for each action: what asks for it, its reply, its examples.

Keyed by the action's call name (home/actions/). The words are single lower-case
words as said, in the forms people use with a voice assistant: the informal
imperative ("schalte", "schalt"), the infinitive of the polite and the verb-last
forms ("schalten Sie ...", "kannst du das Licht einschalten"), and the separable
particles said at the end ("schalte das Licht ein", "schließ die Tür ab"). Austrian
and Swiss forms are here too ("zusperren", "aufsperren", "schliessen").

The `usage` of each action is the English table's: the model's instructions stay in
English (prompt.py). The replies name the devices without an article ("Ich habe
Stehlampe eingeschaltet"), so they hold whatever a device's gender.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..en.actions import ACTIONS as ENGLISH_ACTIONS
from ..parts import ActionWords
from .kinds import words as _w


def _action(
    name: str,
    words: str,
    reply: str = "",
    *,
    offered_when: str = "",
    reply_down: str | None = None,
    examples: tuple[str, ...] = (),
) -> ActionWords:
    """Return an action's German words, with the English table's usage for the model."""
    return ActionWords(
        usage=ENGLISH_ACTIONS[name].usage,
        words=_w(words),
        offered_when=_w(offered_when),
        reply=reply,
        reply_down=reply_down,
        examples=examples,
    )


_ON: Final = (
    "an ein einschalten einschalte anschalten anmachen aufdrehen aktiviere aktivier"
    " aktivieren"
    " starte starten führe führ ausführen gieße gieß gießen bewässere bewässern"
    # Swiss and southern: "zünd das Licht an", "Licht anzünden".
    " zünd zünde zünden anzünden"
)
_OFF: Final = (
    "aus ausschalten ausschalte ausmachen abschalten abdrehen abstellen ab"
    " deaktiviere deaktivier deaktivieren"
    # Swiss and southern: "lösch das Licht" turns it off.
    " lösch lösche löschen"
)
_LOCK: Final = (
    "ab abschließen abschliessen verriegle verriegel verriegeln zusperren sperr sperre"
)
_UNLOCK: Final = (
    "auf aufschließen aufschliessen aufsperren entriegle entriegel entriegeln"
    " entsperre entsperr entsperren sperr sperre"
)
_SEND_HOME: Final = (
    "basis station ladestation zurück heim hause andocken dock laden stopp stoppe"
    " stoppen"
)

_OSCILLATION: Final = (
    "oszillieren oszilliere oszilliert oszillation schwenken schwenke schwenk"
    " schwenkt schwenkfunktion pendeln pendelt"
)

ACTIONS: Final[Mapping[str, ActionWords]] = {
    "alarm_arm": _action(
        "alarm_arm",
        "alarm alarmanlage scharf schärfe schärfen abwesend abwesenheit nacht nachts"
        " urlaub urlaubsmodus nachtmodus sicherheit aktiviere aktivieren",
        "Ich habe {targets} scharf geschaltet, Modus {value}.",
        offered_when="scharf schärfe schärfen abwesend abwesenheit abwesenheitsmodus"
        " nacht nachts nachtmodus urlaub urlaubsmodus aktiviere aktivieren",
        examples=("schalte {target} im modus {value} scharf",),
    ),
    "alarm_disarm": _action(
        "alarm_disarm",
        "alarm alarmanlage unscharf entschärfe entschärfen deaktiviere deaktivieren"
        " sicherheit",
        "Ich habe {targets} unscharf geschaltet.",
        offered_when="unscharf entschärfe entschärfen deaktiviere deaktivieren aus"
        " ausschalten",
    ),
    "lock": _action(
        "lock",
        _LOCK,
        "Ich habe {targets} abgeschlossen.",
        examples=("schließ {target} ab",),
    ),
    "unlock": _action(
        "unlock",
        _UNLOCK,
        "Ich habe {targets} aufgeschlossen.",
        offered_when=f"{_UNLOCK} öffne öffnen aufmachen",
    ),
    "open": _action(
        "open",
        "öffne öffnen auf aufmachen hoch rauf hochfahren hochziehen aufziehen",
        "Ich habe {targets} geöffnet.",
        examples=("öffne {target}",),
    ),
    "close": _action(
        "close",
        "schließ schließe schließen schliess schliesse schliessen zu zumachen runter"
        " herunter runterfahren herunterfahren runterlassen herunterlassen zuziehen"
        " senke senken",
        "Ich habe {targets} geschlossen.",
        examples=("schließ {target}",),
    ),
    "position": _action(
        "position",
        "halb halbe hälfte position stellung",
        "Ich habe {targets} auf {value} Prozent gestellt.",
        examples=("stell {target} auf 40 prozent",),
    ),
    "stop": _action(
        "stop",
        "stopp stoppe stoppen stop halt halte anhalten",
        "Ich habe {targets} gestoppt.",
    ),
    "start": _action(
        "start",
        "starte starten start sauge saug saugen staubsauge staubsaugen putze putz"
        " putzen reinige reinigen wische wisch wischen mähe mäh mähen",
        "Ich habe {targets} gestartet.",
        examples=("starte {target}",),
    ),
    "dock": _action(
        "dock",
        _SEND_HOME,
        "Ich habe {targets} zur Ladestation zurückgeschickt.",
        # "Saug das Wohnzimmer" must never send the robot home.
        offered_when=f"{_SEND_HOME} zurückschicken schick schicke",
        examples=(
            "schick {target} zurück zur ladestation",
            "stopp {target}",
        ),
    ),
    "fan_speed": _action(
        "fan_speed",
        "ventilator lüfter geschwindigkeit stufe drehzahl",
        "Ich habe die Geschwindigkeit von {targets} auf {value} Prozent gestellt.",
        examples=("stell die geschwindigkeit von {target} auf 60 prozent",),
    ),
    "vacuum_speed": _action(
        "vacuum_speed",
        "saugkraft saugstufe saugleistung stufe leistung",
        "Ich habe die Saugkraft von {targets} auf {value} gestellt.",
    ),
    "oscillate": _action(
        "oscillate",
        _OSCILLATION,
        "Ich habe das Schwenken von {targets} eingeschaltet.",
        offered_when=_OSCILLATION,
    ),
    "oscillate_off": _action(
        "oscillate_off",
        _OSCILLATION,
        "Ich habe das Schwenken von {targets} ausgeschaltet.",
        # Said with a word of swinging: "schalte den Ventilator aus" is turn_off.
        offered_when="aus ausschalten abschalten stopp stoppe stop stoppen beende"
        " beenden deaktiviere deaktivier deaktivieren",
    ),
    "fan_reverse": _action(
        "fan_reverse",
        "rückwärts linksherum umkehren drehrichtung",
        "Ich habe {targets} auf Rückwärtslauf gestellt.",
    ),
    "fan_forward": _action(
        "fan_forward",
        "vorwärts rechtsherum drehrichtung",
        "Ich habe {targets} auf Vorwärtslauf gestellt.",
    ),
    "humidity": _action(
        "humidity",
        "trocken feucht luftfeuchtigkeit feuchtigkeit",
        "Ich habe die Luftfeuchtigkeit von {targets} auf {value} Prozent gestellt.",
    ),
    "todo_add": _action(
        "todo_add",
        "füge füg hinzufügen hinzu setz setze schreib schreibe notiere notier pack"
        " packe trag trage erinnere erinner liste einkaufsliste todo",
        "Ich habe {value} auf die Liste {targets} gesetzt.",
        offered_when="füge füg hinzufügen hinzu setz setze schreib schreibe notiere"
        " notier pack packe trag trage erinnere erinner",
        examples=("schreib {value} auf {target}",),
    ),
    "todo_complete": _action(
        "todo_complete",
        "abhaken abgehakt hake hak erledigt gekauft streiche streich streichen"
        " durchstreichen",
        "Ich habe {value} auf der Liste {targets} abgehakt.",
        offered_when="abhaken abgehakt hake hak erledigt gekauft besorgt streiche"
        " streich streichen durchstreichen markiere markier",
    ),
    "pause": _action(
        "pause",
        "pause pausiere pausier pausieren unterbrich unterbrechen",
        "Ich habe {targets} pausiert.",
        # "Saug das Wohnzimmer" must never pause the robot.
        offered_when="pause pausiere pausier pausieren anhalten halte halt"
        " unterbrich unterbrechen",
        examples=("pausiere {target}",),
    ),
    "resume": _action(
        "resume",
        "weiter weitermachen fortsetzen fortfahren fort spiel spiele spielen"
        " abspielen musik",
        "Ich habe {targets} fortgesetzt.",
        examples=("spiel {target} weiter",),
    ),
    "next": _action(
        "next",
        "nächste nächster nächstes nächsten weiter überspring überspringe"
        " überspringen lied song titel track skip",
        "Ich habe auf {targets} zum nächsten Titel gewechselt.",
        examples=("überspring dieses lied auf {target}",),
    ),
    "previous": _action(
        "previous",
        "vorherige vorheriger vorheriges vorherigen letzte letzten letzter zurück"
        " lied song titel track",
        "Ich habe auf {targets} zum vorherigen Titel gewechselt.",
    ),
    "volume": _action(
        "volume",
        "laut lauter leise leiser lautstärke",
        "Ich habe die Lautstärke von {targets} auf {value} Prozent gestellt.",
        examples=("stell die lautstärke von {target} auf 30",),
    ),
    "volume_step": _action(
        "volume_step",
        "lauter leiser lautstärke hoch rauf runter",
        "Ich habe {targets} lauter gestellt.",
        reply_down="Ich habe {targets} leiser gestellt.",
        examples=("mach {target} etwas lauter",),
    ),
    "media_source": _action(
        "media_source",
        "quelle eingang hdmi",
        "Ich habe {targets} auf {value} umgeschaltet.",
    ),
    "mute": _action(
        "mute",
        "stumm stummschalten stummschalte ton",
        "Ich habe {targets} stummgeschaltet.",
        # "Mach die Musik aus" is turn_off, "spiel weiter" resume: never a mute.
        offered_when="stumm stummschalten stummschalte ton",
        examples=("schalte {target} stumm",),
    ),
    "unmute": _action(
        "unmute",
        "stummschaltung aufheben ton",
        "Ich habe die Stummschaltung von {targets} aufgehoben.",
        offered_when="stummschaltung aufheben ton",
    ),
    "climate_temp": _action(
        "climate_temp",
        "grad temperatur stell stelle stellen",
        examples=("stell {target} auf {value} grad",),
    ),
    "climate_step": _action(
        "climate_step",
        "wärmer kälter kühler heißer höher niedriger warm kühl hoch rauf runter erhöhe"
        " erhöhen senke"
        " senken verringere verringern",
        examples=("mach {target} 2 grad kühler",),
    ),
    "climate_mode": _action(
        "climate_mode",
        "heizen heize kühlen kühle klima auto automatisch automatik trocknen"
        " entfeuchten modus betriebsart",
        "Ich habe {targets} auf {value} gestellt.",
        examples=(
            "stell {target} auf {value}",
            "schalte {target} aus",
        ),
    ),
    "climate_fan": _action(
        "climate_fan",
        "lüfter ventilator gebläse",
        "Ich habe den Lüfter von {targets} auf {value} gestellt.",
    ),
    "climate_preset": _action(
        "climate_preset",
        "abwesend eco boost komfort modus voreinstellung profil sparmodus",
        "Ich habe {targets} auf den Modus {value} gestellt.",
        examples=("stell {target} auf {value}",),
    ),
    "state": _action(
        "state",
        "ist sind wie was status zustand offen geschlossen abgeschlossen"
        " aufgeschlossen eingeschaltet ausgeschaltet",
        examples=(
            "wie ist die temperatur in {target}?",
            "ist {target} an?",
        ),
    ),
    "light_color": _action(
        "light_color",
        "farbe blau rot grün gelb orange lila violett rosa pink weiß",
        "Ich habe {targets} auf {value} gestellt.",
        examples=("mach {target} blau",),
    ),
    "light_white": _action(
        "light_white",
        "warmweiß kaltweiß neutralweiß weiß warm kalt kühl neutral",
        "Ich habe {targets} auf Weiß gestellt, Ton {value}.",
        examples=("stell {target} auf warmweiß",),
    ),
    "light_step": _action(
        "light_step",
        "hell heller dunkler dimme dimm dimmen aufhellen",
        "Ich habe {targets} heller gemacht.",
        reply_down="Ich habe {targets} dunkler gemacht.",
        examples=("mach {target} etwas heller",),
    ),
    "light_level": _action(
        "light_level",
        "helligkeit dimme dimm dimmen prozent",
        "Ich habe die Helligkeit von {targets} auf {value} Prozent gestellt.",
        examples=(
            "dimme {target} auf 30 prozent",
            "stell {target} auf 70 prozent",
        ),
    ),
    "toggle": _action(
        "toggle",
        "umschalten umschalte toggle toggeln",
        "Ich habe {targets} umgeschaltet.",
        offered_when="umschalten umschalte toggle toggeln",
    ),
    "turn_off": _action(
        "turn_off",
        _OFF,
        "Ich habe {targets} ausgeschaltet.",
        examples=(
            "schalte alle {target} aus",
            "schalte {target} aus",
        ),
    ),
    "turn_on": _action(
        "turn_on",
        _ON,
        "Ich habe {targets} eingeschaltet.",
        examples=(
            "aktiviere {target}",
            "führe das skript {target} aus",
            "schalte {target} ein",
        ),
    ),
}
