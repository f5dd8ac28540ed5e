"""Dutch words for each action: what asks for it, its reply, its examples.

Keyed by the action's call name (home/actions/). Dutch puts the particle of a
separable verb at the end ("zet de lamp aan", "doe het licht uit", "schakel de
verwarming in") and the infinitive last after a modal ("kun je de lamp aandoen?"),
so the particles and the infinitives are the words that ask for an action; the
opening verb ("zet", "doe", "schakel") says nothing on its own.

`usage` stays in English: it is read by the model beside the English instructions
(prompt.py). Replies name devices without an article ("Ik heb Keukenlamp
aangezet."): a device's name may be a "de" or a "het" word, and "Ik heb ... " needs
no agreement with one device or several. The examples are in the order of the
action's own (home/actions/), one for each.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..parts import ActionWords


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Not "in" ("schakel de verwarming in"): it is said before nearly every room ("doe
# het licht in de keuken uit") and would offer turning on with every "uit".
_ON: Final = (
    "aan aanzetten aandoen aangaan inschakelen inschakel activeer activeren aanzet"
    " aansteken"
    " aanknippen"
)
# Flemish says "af" for off: "zet de tv af", "doe het licht af".
_OFF: Final = (
    "uit uitzetten uitdoen uitschakelen uitschakel uitzet uitknippen af afzetten afdoen"
)
_OPEN: Final = "open openen opendoen opentrekken omhoog"
_CLOSE: Final = "dicht dichtdoen sluit sluiten omlaag neer zakken toe toedoen"

_OSCILLATION: Final = (
    "oscilleer oscilleren oscilleert oscillatie zwenk zwenken zwenkt zwenkfunctie"
)
_TICK: Final = (
    "vink afvinken afgevinkt streep doorstrepen doorgestreept afstrepen gedaan gekocht"
    " gehaald"
)

ACTIONS: Final[Mapping[str, ActionWords]] = {
    "alarm_arm": ActionWords(
        usage="arm the alarm",
        words=_w(
            "alarm activeer activeren inschakelen afwezig nacht nachtmodus vakantie"
            " beveiliging erop"
        ),
        offered_when=_w(
            "activeer activeren aan aanzetten inschakelen in erop afwezig weg nacht"
            " nachtmodus vakantie vakantiemodus afwezigheidsmodus volledig"
            " gedeeltelijk deels thuismodus"
        ),
        reply="Ik heb {targets} ingeschakeld in de modus {value}.",
        examples=("zet de {target} op {value}",),
    ),
    "alarm_disarm": ActionWords(
        usage="disarm the alarm",
        words=_w("alarm deactiveer deactiveren uitschakelen ontwapen beveiliging"),
        offered_when=_w(
            "deactiveer deactiveren uit uitzetten uitschakelen uitschakel eraf ontwapen af"
            " afzetten"
        ),
        reply="Ik heb {targets} uitgeschakeld.",
    ),
    "lock": ActionWords(
        usage="lock locks",
        words=_w("vergrendel vergrendelen afsluiten af"),
        reply="Ik heb {targets} vergrendeld.",
        examples=("doe de {target} op slot",),
    ),
    "unlock": ActionWords(
        usage="unlock locks",
        words=_w("ontgrendel ontgrendelen ontsluit ontsluiten"),
        offered_when=_w(
            "open openen opendoen ontgrendel ontgrendelen ontgrendeld ontsluit"
            " ontsluiten"
        ),
        reply="Ik heb {targets} ontgrendeld.",
    ),
    "open": ActionWords(
        usage="open covers, blinds, doors and valves",
        words=_w(f"{_OPEN} ophalen optrekken"),
        reply="Ik heb {targets} geopend.",
        examples=("open de {target}",),
    ),
    "close": ActionWords(
        usage="close covers, blinds, doors and valves",
        words=_w(f"{_CLOSE} neerlaten"),
        reply="Ik heb {targets} gesloten.",
        examples=("doe de {target} dicht",),
    ),
    "position": ActionWords(
        usage="set how far open, percent",
        words=_w("half halverwege open positie stand"),
        reply="Ik heb {targets} op {value}% gezet.",
        examples=("zet de {target} op 40%",),
    ),
    "stop": ActionWords(
        usage="stop moving or playing",
        words=_w("stop stoppen halt"),
        reply="Ik heb {targets} gestopt.",
    ),
    "start": ActionWords(
        usage="start cleaning or mowing",
        words=_w(
            "start starten begin beginnen stofzuig stofzuigen zuig zuigen maai maaien"
            " poets poetsen dweil dweilen schoonmaken kuis kuisen"
        ),
        reply="Ik heb {targets} gestart.",
        examples=("start de {target}",),
    ),
    "dock": ActionWords(
        usage="stop cleaning or mowing and go back to the dock",
        words=_w("dock laadstation basis oplader opladen terug stop stoppen"),
        # "Stofzuig de woonkamer" must never send the robot home.
        offered_when=_w(
            "dock docken laadstation basis oplader opladen terug stop stoppen thuis"
        ),
        reply="Ik heb {targets} teruggestuurd naar het laadstation.",
        examples=(
            "stuur de {target} terug naar het laadstation",
            "stop de {target}",
        ),
    ),
    "fan_speed": ActionWords(
        usage="set fan speed percent",
        words=_w("snelheid stand ventilator"),
        reply="Ik heb de snelheid van {targets} op {value}% gezet.",
        examples=("zet de snelheid van de {target} op 60 procent",),
    ),
    "vacuum_speed": ActionWords(
        usage="set a vacuum's suction",
        words=_w("zuigkracht zuigstand zuigvermogen"),
        reply="Ik heb de zuigkracht van {targets} op {value} gezet.",
    ),
    "oscillate": ActionWords(
        usage="make a fan oscillate",
        words=_w(_OSCILLATION),
        offered_when=_w(_OSCILLATION),
        reply="Ik heb het zwenken van {targets} aangezet.",
    ),
    "oscillate_off": ActionWords(
        usage="stop a fan oscillating",
        words=_w(_OSCILLATION),
        # Said with a word of swinging: "zet de ventilator uit" is turn_off.
        offered_when=_w("uit uitzetten uitschakelen stop stoppen"),
        reply="Ik heb het zwenken van {targets} uitgezet.",
    ),
    "fan_reverse": ActionWords(
        usage="make a fan spin in reverse",
        words=_w("omkeren achteruit andersom draairichting"),
        reply="Ik heb {targets} andersom laten draaien.",
    ),
    "fan_forward": ActionWords(
        usage="make a fan spin forward",
        words=_w("vooruit draairichting"),
        reply="Ik heb {targets} vooruit laten draaien.",
    ),
    "humidity": ActionWords(
        usage="set target humidity percent",
        words=_w("vochtigheid luchtvochtigheid droog vochtig"),
        reply="Ik heb de luchtvochtigheid van {targets} op {value}% gezet.",
    ),
    "todo_add": ActionWords(
        usage="add an item to a list",
        words=_w("voeg toevoegen toe lijst lijstje boodschappen todo herinner"),
        offered_when=_w("voeg toevoegen toe zet schrijf noteer herinner"),
        reply="Ik heb {value} toegevoegd aan {targets}.",
        examples=("zet melk op de {target}",),
    ),
    "todo_complete": ActionWords(
        usage="tick an item off a list",
        words=_w(_TICK),
        # "Haal de melk van de lijst": taken off the list, never fetched.
        offered_when=_w(f"{_TICK} markeer haal verwijder schrap"),
        reply="Ik heb {value} afgevinkt op {targets}.",
    ),
    "pause": ActionWords(
        usage="pause playing or cleaning",
        words=_w("pauzeer pauzeren pauze"),
        # "Stofzuig de woonkamer" must never pause the robot.
        offered_when=_w("pauzeer pauzeren pauze gepauzeerd"),
        reply="Ik heb {targets} gepauzeerd.",
        examples=("pauzeer de {target}",),
    ),
    "resume": ActionWords(
        usage="play or resume",
        words=_w("hervat hervatten verder speel spelen afspelen muziek"),
        reply="Ik heb {targets} hervat.",
        examples=("hervat de {target}",),
    ),
    "next": ActionWords(
        usage="next track",
        words=_w("volgende volgend over overslaan nummer liedje"),
        reply="Ik heb op {targets} het volgende nummer opgezet.",
        examples=("sla dit nummer over op de {target}",),
    ),
    "previous": ActionWords(
        usage="previous track",
        words=_w("vorige vorig terug nummer liedje"),
        reply="Ik heb op {targets} het vorige nummer opgezet.",
    ),
    "volume": ActionWords(
        usage="set volume percent",
        words=_w("volume geluid hard harder zacht zachter"),
        reply="Ik heb het volume van {targets} op {value}% gezet.",
        examples=("zet het volume van de {target} op 30",),
    ),
    "volume_step": ActionWords(
        usage="louder +N or quieter -N percent",
        words=_w("harder zachter luider stiller volume omhoog omlaag hoger lager"),
        reply="Ik heb {targets} harder gezet.",
        reply_down="Ik heb {targets} zachter gezet.",
        examples=("zet de {target} wat harder",),
    ),
    "media_source": ActionWords(
        usage="switch to a source or input",
        words=_w("bron ingang input hdmi"),
        reply="Ik heb {targets} op {value} gezet.",
    ),
    "mute": ActionWords(
        usage="mute",
        words=_w("demp dempen mute stil"),
        # "Zet de muziek uit" is turn_off, never a mute.
        offered_when=_w("demp dempen mute stil"),
        reply="Ik heb {targets} gedempt.",
        examples=("demp de {target}",),
    ),
    "unmute": ActionWords(
        usage="unmute",
        words=_w("unmute ontdempen ontdemp"),
        offered_when=_w("unmute ontdempen ontdemp"),
        reply="Ik heb het geluid van {targets} weer aangezet.",
    ),
    "climate_temp": ActionWords(
        usage="set target temperature",
        words=_w("graad graden temperatuur zet stel"),
        examples=("zet de {target} op {value} graden",),
    ),
    "climate_step": ActionWords(
        usage="warmer +N or cooler -N degrees",
        words=_w("warmer kouder koeler hoger lager omhoog omlaag warm koel"),
        examples=("zet de {target} 2 graden lager",),
    ),
    "climate_mode": ActionWords(
        usage="set mode (heat, cool, off...)",
        words=_w(
            "auto automatisch koelen koeling verwarmen verwarming drogen modus stand"
        ),
        reply="Ik heb {targets} op {value} gezet.",
        examples=(
            "zet de {target} op {value}",
            "zet de {target} uit",
        ),
    ),
    "climate_fan": ActionWords(
        usage="set fan mode",
        words=_w("ventilator ventilatorstand"),
        reply="Ik heb de ventilator van {targets} op {value} gezet.",
    ),
    "climate_preset": ActionWords(
        usage="set preset",
        words=_w("afwezig boost comfort eco modus voorinstelling stand"),
        reply="Ik heb {targets} op de modus {value} gezet.",
        examples=("zet de {target} op {value}",),
    ),
    "state": ActionWords(
        usage="answer a question about a device or area",
        words=_w("wat hoe hoeveel welke is zijn staat staan status"),
        examples=(
            "wat is de temperatuur in de {target}?",
            "staat de {target} aan?",
        ),
    ),
    "light_color": ActionWords(
        usage="set colour",
        words=_w("kleur blauw groen oranje roze paars rood geel"),
        reply="Ik heb {targets} op {value} gezet.",
        examples=("maak de {target} blauw",),
    ),
    "light_white": ActionWords(
        usage="warm, neutral or cool white",
        words=_w("wit warm warmwit neutraal koel koud"),
        reply="Ik heb {targets} op {value} wit gezet.",
        examples=("zet de {target} op warm wit",),
    ),
    "light_step": ActionWords(
        usage="brighter +N or dimmer -N percent",
        words=_w("feller lichter helderder dim dimmen donkerder zachter"),
        reply="Ik heb {targets} feller gezet.",
        reply_down="Ik heb {targets} gedimd.",
        examples=("maak de {target} wat feller",),
    ),
    "light_level": ActionWords(
        usage="set brightness percent",
        words=_w("helderheid dim dimmen procent"),
        reply="Ik heb {targets} op {value}% gezet.",
        examples=(
            "dim de {target} naar 30 procent",
            "zet de {target} op 70%",
        ),
    ),
    "toggle": ActionWords(
        usage="toggle",
        words=_w("toggle omschakelen wissel wisselen"),
        offered_when=_w("toggle omschakelen wissel wisselen"),
        reply="Ik heb {targets} omgeschakeld.",
    ),
    "turn_off": ActionWords(
        usage="turn off",
        words=_w(f"{_OFF} deactiveer deactiveren"),
        reply="Ik heb {targets} uitgezet.",
        examples=(
            "doe alle lampen in de {target} uit",
            "zet de {target} uit",
        ),
    ),
    "turn_on": ActionWords(
        usage="turn on, activate or run",
        words=_w(f"{_ON} start starten water sproei"),
        reply="Ik heb {targets} aangezet.",
        examples=(
            "activeer {target}",
            "start het script {target}",
            "zet de {target} aan",
        ),
    ),
}
