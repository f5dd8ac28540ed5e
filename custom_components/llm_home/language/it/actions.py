"""Italian words for each action: what asks for it, its reply, its examples.

Keyed by the action's call name (home/actions/). The verbs come in every form said
(verbs.py: "accendi", "accenda", "accendere", "accendila"). The replies name the
devices without an article and put values after "su" ("su 40%"), so they are right
whatever the gender of the device's name and whatever the number ("al 40%" but
"all'80%"). The examples, one for each of the action's own in its order, are said
without an article before {target} for the same reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..parts import ActionWords
from .verbs import verbs


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LOUDER: Final = verbs("alzare aumentare")
_QUIETER: Final = verbs("abbassare diminuire ridurre")
_ADD: Final = verbs("aggiungere mettere scrivere segnare annotare ricordare")
_OSCILLATION: Final = _w(
    "oscillare oscilla oscilli oscillazione oscillante oscillando rotazione"
)
# "Manda il robot a caricarsi": back to its base to charge.
_DOCK: Final = _w(
    "base ricarica caricatore stazione stop caricare caricarsi ricaricare ricaricarsi"
) | verbs("tornare rientrare rimandare riportare fermare")
_TICK: Final = verbs("spuntare depennare") | _w(
    "fatto fatta completato completata comprato comprata preso presa"
)

ACTIONS: Final[Mapping[str, ActionWords]] = {
    "alarm_arm": ActionWords(
        usage="arm the alarm",
        words=_w("allarme antifurto fuori notte vacanza sicurezza")
        | verbs("inserire armare"),
        # "Attiva l'allarme totale": the whole alarm armed, away.
        offered_when=_w(
            "fuori notte notturna notturno vacanza vacanze casa totale parziale"
        )
        | verbs("inserire armare attivare"),
        reply="Ho inserito {targets} in modalità {value}.",
        examples=("inserisci {target} in modalità {value}",),
    ),
    "alarm_disarm": ActionWords(
        usage="disarm the alarm",
        words=_w("allarme antifurto sicurezza") | verbs("disinserire disarmare"),
        # "Togli l'allarme" (Naples, the South): take it off, disarm.
        offered_when=verbs("disinserire disarmare disattivare spegnere togliere levare")
        | _w("disinserito disattivato spento"),
        reply="Ho disinserito {targets}.",
    ),
    "lock": ActionWords(
        usage="lock locks",
        words=_w("chiave mandata") | verbs("bloccare"),
        # Said with a verb that shuts: "la porta è chiusa a chiave" asks, and never
        # locks it ("chiudila a chiave", "dai una mandata" do).
        offered_when=verbs("chiudere bloccare") | _w("mandata mandate"),
        reply="Ho chiuso a chiave {targets}.",
        examples=("chiudi a chiave {target}",),
    ),
    "unlock": ActionWords(
        usage="unlock locks",
        words=verbs("sbloccare"),
        offered_when=verbs("sbloccare aprire") | _w("sbloccato sbloccata"),
        reply="Ho sbloccato {targets}.",
    ),
    "open": ActionWords(
        usage="open covers, blinds, doors and valves",
        words=verbs("aprire alzare sollevare tirare"),
        reply="Ho aperto {targets}.",
        examples=("apri {target}",),
    ),
    "close": ActionWords(
        usage="close covers, blinds, doors and valves",
        words=_w("giù") | verbs("chiudere abbassare calare"),
        reply="Ho chiuso {targets}.",
        examples=("chiudi {target}",),
    ),
    "position": ActionWords(
        usage="set how far open, percent",
        words=_w("metà posizione apertura aperto aperta") | verbs("aprire"),
        reply="Ho impostato l'apertura di {targets} su {value}%.",
        examples=("apri {target} al 40%",),
    ),
    "stop": ActionWords(
        usage="stop moving or playing",
        words=_w("stop basta") | verbs("fermare stoppare interrompere"),
        reply="Ho fermato {targets}.",
    ),
    "start": ActionWords(
        usage="start cleaning or mowing",
        words=_w("pulizia")
        | verbs("avviare partire pulire aspirare lavare passare tagliare falciare"),
        reply="Ho avviato {targets}.",
        examples=("avvia {target}",),
    ),
    "dock": ActionWords(
        usage="stop cleaning or mowing and go back to the dock",
        words=_DOCK,
        # "Pulisci il soggiorno" must never send the robot home.
        offered_when=_DOCK,
        reply="Ho rimandato {targets} alla base.",
        examples=(
            "rimanda {target} alla base",
            "ferma {target}",
        ),
    ),
    "fan_speed": ActionWords(
        usage="set fan speed percent",
        words=_w("velocità ventola ventilatore"),
        reply="Ho impostato la velocità di {targets} su {value}%.",
        examples=("imposta la velocità di {target} al 60 percento",),
    ),
    "vacuum_speed": ActionWords(
        usage="set a vacuum's suction",
        words=_w("aspirazione suzione"),
        reply="Ho impostato l'aspirazione di {targets} su {value}.",
    ),
    "oscillate": ActionWords(
        usage="make a fan oscillate",
        words=_OSCILLATION,
        offered_when=_OSCILLATION,
        reply="Ho attivato l'oscillazione di {targets}.",
    ),
    "oscillate_off": ActionWords(
        usage="stop a fan oscillating",
        words=_OSCILLATION,
        # Said with a word of swinging: "spegni il ventilatore" is turn_off.
        offered_when=verbs("fermare stoppare disattivare spegnere togliere"),
        reply="Ho disattivato l'oscillazione di {targets}.",
    ),
    "fan_reverse": ActionWords(
        usage="make a fan spin in reverse",
        words=_w("inverti invertire inversa inverso direzione"),
        reply="Ho messo {targets} in rotazione inversa.",
    ),
    "fan_forward": ActionWords(
        usage="make a fan spin forward",
        words=_w("avanti direzione"),
        reply="Ho messo {targets} in rotazione in avanti.",
    ),
    "humidity": ActionWords(
        usage="set target humidity percent",
        words=_w("umidità umido secco asciutto"),
        reply="Ho impostato l'umidità di {targets} su {value}%.",
    ),
    "todo_add": ActionWords(
        usage="add an item to a list",
        words=_w("lista elenco spesa promemoria") | _ADD,
        offered_when=_ADD | _w("ricordami"),
        reply="Ho aggiunto {value} all'elenco {targets}.",
        examples=("aggiungi il latte a {target}",),
    ),
    "todo_complete": ActionWords(
        usage="tick an item off a list",
        words=_TICK,
        offered_when=_TICK,
        reply="Ho spuntato {value} da {targets}.",
    ),
    "pause": ActionWords(
        usage="pause playing or cleaning",
        words=_w("pausa") | verbs("sospendere"),
        # "Pulisci il soggiorno" must never pause the robot.
        offered_when=_w("pausa") | verbs("sospendere"),
        reply="Ho messo in pausa {targets}.",
        examples=("metti in pausa {target}",),
    ),
    "resume": ActionWords(
        usage="play or resume",
        words=_w("musica play riproduzione")
        | verbs("riprendere continuare riprodurre suonare"),
        reply="Ho ripreso la riproduzione su {targets}.",
        examples=("riprendi {target}",),
    ),
    "next": ActionWords(
        usage="next track",
        words=_w(
            "prossima prossimo successiva successivo avanti canzone brano traccia pezzo"
        )
        | verbs("saltare"),
        reply="Ho messo il brano successivo su {targets}.",
        examples=("salta questa canzone su {target}",),
    ),
    "previous": ActionWords(
        usage="previous track",
        words=_w("precedente indietro canzone brano traccia pezzo"),
        reply="Ho messo il brano precedente su {targets}.",
    ),
    "volume": ActionWords(
        usage="set volume percent",
        words=_w("volume forte alto alta basso bassa piano"),
        reply="Ho impostato il volume di {targets} su {value}%.",
        examples=("metti il volume di {target} a 30",),
    ),
    "volume_step": ActionWords(
        usage="louder +N or quieter -N percent",
        words=_w("volume forte piano giù") | _LOUDER | _QUIETER,
        reply="Ho alzato il volume di {targets}.",
        reply_down="Ho abbassato il volume di {targets}.",
        examples=("alza un po' il volume di {target}",),
    ),
    "media_source": ActionWords(
        usage="switch to a source or input",
        words=_w("sorgente ingresso input hdmi fonte"),
        reply="Ho impostato {targets} su {value}.",
    ),
    "mute": ActionWords(
        usage="mute",
        words=_w("muto audio") | verbs("silenziare zittire togliere"),
        # "Spegni la musica" is turn_off, "riprendi" is resume: never a mute.
        offered_when=_w("muto") | verbs("silenziare zittire togliere"),
        reply="Ho silenziato {targets}.",
        examples=("silenzia {target}",),
    ),
    "unmute": ActionWords(
        usage="unmute",
        words=_w("audio") | verbs("riattivare smutare"),
        offered_when=verbs("riattivare smutare"),
        reply="Ho riattivato l'audio di {targets}.",
    ),
    "climate_temp": ActionWords(
        usage="set target temperature",
        words=_w("grado gradi temperatura") | verbs("impostare"),
        examples=("imposta {target} a {value} gradi",),
    ),
    "climate_step": ActionWords(
        usage="warmer +N or cooler -N degrees",
        words=_w("caldo calda freddo fredda fresco fresca più meno gradi")
        | _LOUDER
        | _QUIETER
        | verbs("scaldare riscaldare raffreddare rinfrescare"),
        examples=("abbassa {target} di 2 gradi",),
    ),
    "climate_mode": ActionWords(
        usage="set mode (heat, cool, off...)",
        words=_w(
            "automatico auto caldo freddo riscaldamento raffrescamento"
            " deumidificazione modalità"
        ),
        reply="Ho impostato {targets} su {value}.",
        examples=(
            "metti {target} in modalità {value}",
            "spegni {target}",
        ),
    ),
    "climate_fan": ActionWords(
        usage="set fan mode",
        words=_w("ventola ventilazione"),
        reply="Ho impostato la ventola di {targets} su {value}.",
    ),
    "climate_preset": ActionWords(
        usage="set preset",
        words=_w("eco comfort boost assenza fuori modalità preset"),
        reply="Ho impostato {targets} in modalità {value}.",
        examples=("imposta {target} su {value}",),
    ),
    "state": ActionWords(
        usage="answer a question about a device or area",
        words=_w("com come stato quanto quanti qual quale cosa che è sono"),
        examples=(
            "qual è la temperatura di {target}?",
            "è accesa {target}?",
        ),
    ),
    "light_color": ActionWords(
        usage="set colour",
        words=_w(
            "colore blu azzurro rosso rossa verde giallo gialla arancione viola"
            " rosa bianco bianca"
        ),
        reply="Ho impostato il colore di {targets} su {value}.",
        examples=("fai {target} blu",),
    ),
    "light_white": ActionWords(
        usage="warm, neutral or cool white",
        words=_w("bianco bianca caldo calda neutro neutra freddo fredda"),
        reply="Ho impostato {targets} su bianco {value}.",
        examples=("metti {target} su bianco caldo",),
    ),
    "light_step": ActionWords(
        usage="brighter +N or dimmer -N percent",
        words=_w("luminoso luminosa luminosi luminose più meno chiaro chiara")
        | _LOUDER
        | _QUIETER
        | verbs("attenuare illuminare schiarire scurire"),
        reply="Ho aumentato la luminosità di {targets}.",
        reply_down="Ho diminuito la luminosità di {targets}.",
        examples=("alza un po' la luminosità di {target}",),
    ),
    "light_level": ActionWords(
        usage="set brightness percent",
        words=_w("luminosità percento") | verbs("attenuare"),
        reply="Ho impostato la luminosità di {targets} su {value}%.",
        examples=(
            "abbassa {target} al 30 percento",
            "imposta {target} al 70%",
        ),
    ),
    "toggle": ActionWords(
        usage="toggle",
        words=_w("toggle") | verbs("commutare invertire"),
        offered_when=_w("toggle") | verbs("commutare invertire"),
        reply="Ho invertito lo stato di {targets}.",
    ),
    "turn_off": ActionWords(
        usage="turn off",
        words=_w("off spento spenta spenti spente")
        # "Stuta la luce" (Naples): put it out.
        | verbs("spegnere disattivare disabilitare staccare stutare astutare"),
        reply="Ho spento {targets}.",
        examples=(
            "spegni tutte le luci in {target}",
            "spegni {target}",
        ),
    ),
    "turn_on": ActionWords(
        usage="turn on, activate or run",
        words=_w("on acceso accesa accesi accese")
        | verbs(
            "accendere attivare abilitare eseguire lanciare avviare innaffiare irrigare"
            # "Appicciami la luce" (Naples): light it.
            " appicciare addrumare"
            # "Attacca la pompa": a plug-in appliance on, as "stacca" turns it off.
            " attaccare"
        ),
        reply="Ho acceso {targets}.",
        examples=(
            "attiva {target}",
            "esegui lo script {target}",
            "accendi {target}",
        ),
    ),
}
