"""Dutch (nl, nl-BE): the words a Dutch speaker says to a voice assistant at home.

Sources: the kinds of device follow Home Assistant's domains and device classes and
its Dutch state names; the verbs, questions, numbers and plurals are standard Dutch
as spoken in the Netherlands and Flanders, with colloquial forms ("doe het licht
uit", "mag de verwarming wat hoger?", "ff", "gsm").

Dutch word order: a command opens with its verb and ends with the particle of a
separable verb ("zet de lamp aan", "doe de rolluiken dicht"); after a modal the
infinitive comes last ("kun je de lamp aandoen?", "wil je de tv uitzetten?"). The
modals and the pronouns are fillers, and the particles and infinitives are
`particles`: a request that ends on one is a command. A question opens with its verb
("staat de lamp aan?", "is de voordeur op slot?") or a question word. "Niet" stands
after the object ("doe de lamp niet aan"), so the particles are `negation_gaps`.
Numbers put the unit before the ten in one word ("eenentwintig"): every number word
from 0 to 100 is listed whole.
"""

from __future__ import annotations

from typing import Final

from ..floors import Floors, floor_levels
from ..model import TEMPERATURE, Language
from ..parts import Comfort, Numbers, Plurals, value_names
from .actions import ACTIONS
from .kinds import CLASS_KIND_NAMES, CLASS_WORDS, DOMAIN_WORDS, KIND_NAMES, OPPOSITES
from .numbers import DIGITS, NUMBER_WORDS
from .phrases import PHRASES
from .prompt import PROMPT
from .replies import BINARY_STATES, ERRORS, REPLIES, STATE_WORDS
from .values import VALUE_NAMES


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


LANGUAGE: Final = Language(
    code="nl",
    domain_words=DOMAIN_WORDS,
    class_words=CLASS_WORDS,
    kind_names=KIND_NAMES,
    class_kind_names=CLASS_KIND_NAMES,
    actions=ACTIONS,
    command_verbs=_w(
        "zet doe schakel maak open sluit draai vergrendel ontgrendel ontsluit activeer"
        " deactiveer start stop pauzeer hervat speel ga spring sla demp mute unmute"
        " voeg schrijf noteer dim verhoog verlaag stel laat haal trek rol stofzuig"
        " zuig maai sproei geef stuur breng wissel toggle knip vink streep markeer"
        # Flemish: "steek het licht aan", "kuis de living".
        " steek kuis"
        # "Mag de tv op Netflix?": a request, though said with a question mark.
        " mag"
    ),
    question_words=_w(
        "wat wat's wats welke welk wie waar wanneer hoe hoeveel hoelang waarom"
        " is zijn was waren staat staan brandt branden draait draaien speelt spelen"
        " zit zitten ligt liggen loopt lopen heeft hebben hangt vertel weet"
        # A tag at the end asks ("de voordeur zit toch op slot, hè?"): see
        # `question_marks`.
        " toch hè"
    ),
    # "De voordeur zit toch op slot hè": a statement with a tag that asks for a yes
    # (Rotterdam: "toch", "hè"), never a request to lock. Only where no command verb
    # opens: "doe de lamp toch maar uit" stays a command.
    question_marks=_w("toch hè"),
    fillers=_w(
        "alsjeblieft alstublieft astublieft aub graag even eens ff effe nou nu maar"
        " hé he hey hoi hallo hoi oké ok okay oke ja kun kan kunt wil wilt zou zoudt"
        " moet je jij u ik dan dank bedankt dankjewel dankje merci"
        # Rotterdam: "joh, doe effe het licht uit", "hè", "toch", "ken je" (kun je),
        # "ewa" (hey); "eventjes", "effetjes", Flemish "efkes".
        " joh hè ken ewa eventjes effetjes efkes"
        # Brabant: "wilde gij de rolluiken dichtdoen?" (would you), "ge", "gij".
        " wilde wilt ge gij"
    ),
    stop_words=_w(
        "de het een den der des t in op aan uit van naar met bij voor tot om en of"
        " mijn m n onze ons jouw je uw zijn z haar hun alsjeblieft zet doe schakel maak"
        # Brabant and Flanders say "da" for "dat".
        " is zijn staat alle alles allemaal me mij ook er hier daar die dat da deze dit"
        " wat even graag kun kan kunt wil wilt zou mag moet ik jij u hem ze zij dan"
        " effe ff nou joh hè toch ken ewa eventjes effetjes efkes"
    ),
    pair_words=_w("beide beiden allebei"),
    every=_w("alle alles allemaal elke elk ieder iedere beide allebei overal"),
    every_group="Alle",
    negations=(("niet",), ("nooit",), ("geen",)),
    negation_gaps=_w(
        "aan uit af toe in op dicht open slot meer ooit hoger lager harder zachter alsjeblieft alstublieft aandoen aanzetten"
        " uitdoen uitzetten inschakelen uitschakelen openen opendoen sluiten dichtdoen"
        " doen zetten maken starten stoppen ontgrendelen vergrendelen afzetten"
        " afdoen toedoen"
    ),
    clause_breaks=_w("en dan daarna vervolgens"),
    particles=_w(
        "aan uit in dicht open omhoog omlaag aandoen aanzetten uitdoen uitzetten"
        " inschakelen uitschakelen openen opendoen sluiten dichtdoen zetten doen"
        " maken starten stoppen pauzeren hervatten afspelen dimmen dempen ontdempen"
        " vergrendelen ontgrendelen activeren deactiveren af afzetten afdoen toe"
        " toedoen hoger lager harder zachter warmer kouder feller donkerder"
    ),
    # "Laat 'm zwenken": "'m" is "hem".
    refers_back=_w("hem m ze zij die deze ook eveneens allebei"),
    opposites=OPPOSITES,
    value_words=_w(
        "graad graden procent percent beetje beetjes tikje ietsje stukje iets wat veel"
        " meer minder"
    ),
    code_words=_w("code pincode pin wachtwoord toegangscode alarmcode cijfercode"),
    sensitive_verbs=_w("ontgrendel ontsluit deactiveer ontwapen uitschakel"),
    # Codes said digit by digit: "een" counts here, the article being no digit.
    digit_words={**{word: str(n) for n, word in enumerate(DIGITS)}, "een": "1"},
    digit_homophones={},
    numbers=Numbers(
        words=NUMBER_WORDS,
        tens=frozenset(),  # no "twintig een": the unit comes first, in one word
        fractions={
            "half": "50",
            "halve": "50",
            "helft": "50",
            "halverwege": "50",
            "kwart": "25",
            "driekwart": "75",
            "vol": "100",
            "voluit": "100",
        },
        decimal_points=_w("komma punt"),
        decimal_comma=True,
        units=_w(
            "% ° procent percent graad graden celsius kelvin k minuut minuten seconde"
            " seconden uur"
        ),
        end_points=_w("op naar tot"),
        value_before=_w("op naar tot met om"),
        halves=(("en", "een", "half"), ("en", "half"), ("en", "halve")),
    ),
    plurals=Plurals(
        irregular={
            "ramen": "raam",
            "taken": "taak",
            "sloten": "slot",
            "graden": "graad",
            "personen": "persoon",
            "kinderen": "kind",
            "terrassen": "terras",
            "jaren": "jaar",
            "steden": "stad",
            "schepen": "schip",
            "leds": "led",
        },
        rules=(
            ("ieën", "ie", 6),  # jaloezieën
            ("sloten", "slot", 6),  # deursloten
            ("ramen", "raam", 5),  # dakramen
            ("aten", "aat", 6),  # thermostaten, apparaten
            ("anen", "aan", 6),  # kranen
            ("ozen", "oos", 6),  # contactdozen
            ("izen", "is", 6),  # tuinhuizen
            ("iezen", "ies", 7),  # markiezen
            ("ppen", "p", 6),  # knoppen, afzuigkappen
            ("kken", "k", 6),  # hekken
            ("llen", "l", 6),  # bellen, lamellen, toestellen
            ("tten", "t", 6),  # spotten
            ("ggen", "g", 6),  # pluggen
            ("eens", "een", 5),  # screens
            ("een", "een", 3),  # screen, alleen
            ("ens", "", 6),  # keukens: as "keuken", read "keuk"
            ("en", "", 5),  # lampen, deuren, gordijnen, rolluiken
            ("'s", "", 3),
            # Diminutives in the plural are the things: "de lampjes" are the lamps.
            # A diminutive in the singular is one thing, never a plural of it ("het
            # nachtlampje" is one night light, not every one): it stays as said, and
            # the diminutive kind words (kinds.py) name its kind.
            ("rtjes", "r", 7),  # peertjes
            ("ntjes", "n", 7),  # kraantjes
            ("jes", "", 6),  # lampjes
            # A list is named as often with its diminutive as without: the
            # "Boodschappenlijst" is "het boodschappenlijstje", never the
            # "Verlanglijstje" because both say "lijstje".
            ("lijstje", "lijst", 7),
            ("ies", "ie", 6),  # televisies
            ("huis", "huis", 4),  # thuis, tuinhuis
            ("doos", "doos", 4),  # contactdoos
            ("us", "us", 3),  # status, modus
            ("as", "as", 3),  # gas, glas
            ("s", "", 5),  # speakers, leds, spots, screens, schakelaars
        ),
        invariant=_w(
            "binnen buiten boven beneden alleen alles niets zoals sonos kaars terras"
            " iets eens ergens nergens anders open relais markies prijs vermogen"
            " blindvermogen geheugen regen deeltjes eventjes effetjes efkes"
        ),
    ),
    kind_needs={
        **dict.fromkeys(
            (
                "verwarming",
                "chauffage",
                "kachel",
                "radiator",
                "cv",
                "ketel",
                "vloerverwarming",
            ),
            ("hvac_modes", "heat"),
        ),
        **dict.fromkeys(
            ("koeling", "airco", "airconditioning", "airconditioner"),
            ("hvac_modes", "cool"),
        ),
    },
    comfort=(
        Comfort(_w("donker"), "doe de lampen aan"),
        Comfort(_w("schemerig"), "doe de lampen aan"),
        Comfort(_w("fel"), "dim de lampen"),
        Comfort(_w("te licht"), "dim de lampen"),
        Comfort(_w("koud"), "zet de verwarming hoger"),
        Comfort(_w("fris"), "zet de verwarming hoger"),
        Comfort(_w("kil"), "zet de verwarming hoger"),
        Comfort(_w("ijskoud"), "zet de verwarming hoger"),
        Comfort(_w("warm"), "zet de verwarming lager"),
        Comfort(_w("heet"), "zet de verwarming lager"),
        Comfort(_w("bloedheet"), "zet de verwarming lager"),
        Comfort(_w("snikheet"), "zet de verwarming lager"),
        Comfort(_w("benauwd"), "zet de ventilator aan"),
        Comfort(_w("bedompt"), "zet de ventilator aan"),
    ),
    errors=ERRORS,
    remark_openers=("het is", "ik heb", "'t is", "het wordt"),
    modifier_first=True,
    here=frozenset(["hier"]),
    articles=_w("de het mijn onze"),
    possessives=_w("mijn onze ons jouw"),
    statement_openers=(
        *("ik", "we", "wij", "hij", "het is", "het wordt", "er is"),
        # Brabant and speech: "'t wordt donker", "'t is koud".
        *("t is", "t wordt"),
    ),
    reasons=frozenset(("want", "omdat", "aangezien")),
    # "Zet het alarm aan, we gaan de deur uit": what the speakers do says why.
    # "…, ik ga zo in bad": what the speaker does says why, too.
    speakers=_w("we wij ik"),
    # ... and says the mode: away, or the night mode when going to bed ("pitten").
    remark_values=value_names(
        {
            "away": "weg vakantie",
            "night": "slapen pitten bed",
        }
    ),
    main_kinds=frozenset(("thermostaat",)),
    measures={"graad": TEMPERATURE, "graden": TEMPERATURE},
    take_backs=("laat maar", "vergeet het", "laat het maar"),
    closings={
        **dict.fromkeys(
            (
                "slaapwel",
                "slaap lekker",
                "slaap wel",
                "welterusten",
                "goedenacht",
                "goede nacht",
            ),
            "night",
        ),
        **dict.fromkeys(
            ("hoe gaat het", "hoe is het", "hoe gaat het met je", "dag"), "greeting"
        ),
        **dict.fromkeys(
            (
                "dank je",
                "dankjewel",
                "dank je wel",
                "bedankt",
                "dank u",
                "dank u wel",
                "merci",
                "merci wel",
                # Brabant: "merci hè" ("hè" is no question here).
                "merci hè",
                "bedankt hè",
            ),
            "welcome",
        ),
        **dict.fromkeys(
            (
                "laat maar",
                "vergeet het",
                "niks",
                "niets",
                "dat was het",
                "dat was 't",
                # Brabant: "merci hè, da was 't", "houdoe!" (goodbye).
                "da was 't",
                "da was het",
                "houdoe",
                "dat is alles",
                "nee dank je",
                "doei",
                "ik doe het zelf wel",
                "ik doe het zelf",
            ),
            "okay",
        ),
        # "Good morning": greeted back; with a request ("hi, turn on ..."), none.
        **dict.fromkeys(("hallo", "hoi", "goedemiddag", "goedenavond"), "greeting"),
        **dict.fromkeys(("goedemorgen", "goeiemorgen", "morgen"), "morning"),
    },
    replies=REPLIES,
    code_gaps=_w("is was luidt de het nummer"),
    state_words=STATE_WORDS,
    binary_states=BINARY_STATES,
    prompt=PROMPT,
    compounds=True,
    asking_verbs=frozenset(["staat", "staan", "is", "zijn", "brandt", "branden"]),
    value_names=VALUE_NAMES,
    phrases=PHRASES,
    ups=_w("omhoog hoger warmer luider harder lichter feller verhoog verhogen"),
    downs=_w(
        "omlaag lager kouder koeler zachter stiller donkerder verlaag verlagen dim dimmen"
    ),
    comfort_instead={
        "zet de verwarming hoger": "zet de kachel aan",
        "zet de verwarming lager": "zet de ventilator aan",
    },
    exceptions=frozenset(["behalve", "uitgezonderd"]),
    contrasts=frozenset(["maar"]),
    # "…, niet in de badkamer", "…, de badkamer niet": all but the bathroom.
    without=dict.fromkeys(("niet", "zonder"), "behalve"),
    keeps=frozenset(["laat", "hou", "houd"]),
    floors=Floors(
        levels=floor_levels(
            "kelder souterrain:-1 begane gelijkvloers benedenverdieping:0 "
            "verdieping bovenverdieping eerste:1 tweede:2 derde:3 zolder "
            "vliering:10"
        ),
        above="boven",
        below="beneden",
    ),
)
