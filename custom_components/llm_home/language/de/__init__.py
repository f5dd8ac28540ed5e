"""German (Deutsch): the table for Germany, Austria and Switzerland.

Sources: the words are those people say to a voice assistant at home, written for
llm_home by a native speaker: both imperatives ("schalte", "schalt"), the polite
and verb-last forms ("schalten Sie", "kannst du das Licht einschalten"), regional
words (Austrian "zusperren", "Rollbalken"; Swiss "Store", "dreissig"), number words
0 to 100 written as one word ("einundzwanzig"), and a decimal comma ("21,5").

How German is read with a table made for word lists:
- A separable verb's particle comes last ("schalte das Licht ein"): the particles
  are `particles`, so a command may also end on one, and a verb-last request
  ("Licht im Flur einschalten", "kannst du die Rollläden runterfahren") is a
  command by the infinitive it ends on.
- "nicht" comes after the object ("schalte das Licht nicht ein"): the particles
  are `negation_gaps`, so "nicht" before the last particle negates.
- Singular forms: the plurals of the kind words (NOUNS in kinds.py) are rules on a
  word's end, so compounds follow ("Stehlampen" -> "stehlampe"); every other word
  loses its adjective ending ("großes", "großen" -> "groß"), so "das große Licht"
  names the "Großes Licht". The table's own words never change (`invariant`).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from typing import Final

from ..floors import Floors, floor_levels
from ..model import TEMPERATURE, Language
from ..parts import Comfort, Numbers, Plurals
from .actions import ACTIONS
from .closings import CLOSINGS
from .kinds import (
    CLASS_KIND_NAMES,
    CLASS_WORDS,
    DOMAIN_WORDS,
    KIND_NAMES,
    NOUNS,
    OPPOSITES,
    words as _w,
)
from .numbers import FRACTIONS, NUMBER_WORDS, UNITS
from .phrases import PHRASES
from .prompt import PROMPT
from .replies import BINARY_STATES, ERRORS, REPLIES, STATE_WORDS
from .values import VALUE_NAMES

_PARTICLES: Final = _w(
    "an aus ein auf zu ab hoch rauf runter herunter hinauf hinunter stumm lauter"
    " leiser heller dunkler wärmer kälter kühler höher niedriger scharf unscharf"
    # A value said last is a setting: "Heizung auf 22 Grad".
    " grad prozent"
    # Verb-last requests end on the infinitive: "Licht im Flur einschalten".
    " einschalten ausschalten anschalten abschalten anmachen ausmachen aufmachen"
    " zumachen abschließen aufschließen zusperren aufsperren verriegeln entriegeln"
    " hochfahren runterfahren herunterfahren runterlassen herunterlassen hochziehen"
    " aufdrehen zudrehen abdrehen hochdrehen runterdrehen öffnen schließen"
    " schliessen stellen setzen einstellen starten stoppen anhalten dimmen"
    " aktivieren deaktivieren abspielen spielen pausieren fortsetzen saugen"
    " staubsaugen mähen stummschalten umschalten hinzufügen schalten machen drehen"
    " fahren ziehen lassen"
    # Swiss and southern: "Licht löschen" is off, "Licht anzünden" on.
    " löschen anzünden abhaken streichen durchstreichen"
)
_COMMAND_VERBS: Final = _PARTICLES - _w(
    "an aus ein auf zu ab hoch rauf runter herunter hinauf hinunter stumm lauter"
    " leiser heller dunkler wärmer kälter kühler höher niedriger scharf unscharf"
    " grad prozent"
) | _w(
    "schalte schalt schalten mach mache machen stell stelle setz setze dreh drehe"
    " drehen öffne schließ schließe schliess schliesse sperr sperre sperren"
    " verriegle verriegel entriegle entriegel entsperre entsperr fahr fahre fahren"
    " zieh ziehe ziehen lass lasse lassen start starte stopp stoppe stop halt halte"
    " pausiere pausier spiel spiele überspring überspringe weiter dimme dimm erhöhe"
    " erhöh erhöhen senke senk senken verringere verringern reduziere reduzieren"
    " aktiviere aktivier deaktiviere deaktivier schärfe entschärfe entschärfen"
    " sauge saug staubsauge mähe mäh wische wisch putze putz reinige bewässere"
    " bewässern gieße gieß gießen füge füg schreib schreibe notiere notier pack"
    " packe trag trage schick schicke schicken sende bring bringe führe führ"
    " heize heiz heizen kühle kühl kühlen lüfte lüften wechsle wechsel wechseln"
    " hake hak streiche streich markiere markier"
    " lösch lösche zünd zünde zünden"
)
_STOP_WORDS: Final = _w(
    "der die das den dem des ein eine einen einem einer eines im in ins am an auf"
    " aus zu zum zur vom von mit für bei beim um und oder mein meine meinen meinem"
    " meiner unser unsere unseren unserem unserer dein deine deinen es ist sind"
    # "Dreh ihre Heizung auf …" (Oma's), "stell seine Heizung auf Frostschutz".
    " sein seine seinen seinem seiner ihre ihren ihrem ihrer"
    " bitte alle alles mir mich uns hier da dort mal noch wieder jetzt gerade"
    " schalte schalt mach mache stell stelle setz setze dreh drehe hoch runter ab"
    " nach"
)

# Words that name a kind by what it can do: "die Heizung" is a climate device with
# a heat mode, never an air conditioner without one.
_KIND_NEEDS: Final = {
    word.casefold(): need
    for word, need in {
        **dict.fromkeys(
            (
                "heizung",
                "heizkörper",
                "radiator",
                "fußbodenheizung",
                "bodenheizung",
                "heizlüfter",
                "therme",
            ),
            ("hvac_modes", "heat"),
        ),
        **dict.fromkeys(
            ("klima", "klimaanlage", "klimagerät", "kühlung", "klimatisierung"),
            ("hvac_modes", "cool"),
        ),
    }.items()
}
_WARMER: Final = "mach die heizung wärmer"
_COOLER: Final = "mach die heizung kühler"
_COMFORT: Final = (
    *(Comfort(frozenset({w}), "schalte das licht ein") for w in ("dunkel", "düster")),
    Comfort(_w("finster"), "schalte das licht ein"),
    Comfort(_w("hell"), "dimme das licht"),
    *(
        Comfort(frozenset({word}), _WARMER)
        for word in ("kalt", "eiskalt", "saukalt", "frisch", "friere", "frier")
    ),
    *(
        Comfort(frozenset({word}), _COOLER)
        for word in ("heiss", "warm", "bullig", "schwitze", "schwitz")
    ),
    Comfort(_w("stickig"), "schalte den ventilator ein"),
)

_NUMBERS: Final = Numbers(
    words=NUMBER_WORDS,
    tens=frozenset(),  # the unit comes first, in the same word: "einundzwanzig"
    fractions=FRACTIONS,
    decimal_points=_w("komma punkt"),
    decimal_comma=True,
    units=_w(
        "% ° prozent grad celsius kelvin k minute minuten sekunde sekunden stunde"
        " stunden"
    )
    | {"grad celsius"},
    end_points=_w("auf bis"),
    value_before=_w("auf um bei bis"),
    halves=(("einhalb",), ("und", "ein", "halb"), ("und", "einhalb")),
    clock=(("uhr",),),
)

_QUESTION_WORDS: Final = _w(
    "was wie welche welcher welches welchen wer wo wann warum wieso weshalb"
    " wieviel wieviele ist sind war waren hat haben hast habe läuft laufen"
    " brennt brennen leuchtet steht stehen gibt spielt lädt regnet wird zeigt"
    " sag sage sagen weißt wisst ob"
    # "Is irgendwo noch'n Fenster auf?": the North German "ist".
    " is"
)

_FILLERS: Final = _w(
    "bitte hey hallo hi ok okay okey jetzt gleich sofort mal doch einfach kannst"
    " könntest kannste würdest würden könnten können kann wirst willst sie du"
    " dann danke dankeschön und also na ja servus grüezi moin hoi gerne nun äh"
    " ähm ach"
    # "…, so auf zwanzig Prozent": about that much, the value still the command's.
    " so etwa ungefähr circa zirka"
)

_EVERY: Final = _w(
    "alle alles allen aller jede jeden jedes jeder sämtliche sämtlichen beide"
    " beiden überall ganze ganzen"
    # "Ist irgendwo noch ein Fenster offen?": any of them, so each is answered.
    " irgendwo irgendein irgendeine irgendeinen irgendeiner"
)

# "Schalte das Licht bitte nicht ein": "nicht" before the last particle.
_NEGATION_GAPS: Final = _w(
    "bitte mehr jemals mal doch lieber an aus ein auf zu ab hoch rauf runter herunter"
)

# Matched in the words as written: both spellings of "ß".
_CLAUSE_BREAKS: Final = _w("und dann danach anschließend außerdem sowie") | {
    "anschließend",
    "außerdem",
}

_REFERS_BACK: Final = _w(
    "es sie ihn ihm diese dieser dieses diesen auch ebenfalls ebenso genauso"
)

_VALUE_WORDS: Final = _w(
    "grad prozent bisschen bißchen etwas wenig viel mehr weniger komma punkt"
)

_CODE_WORDS: Final = _w(
    "code pin pincode passwort kennwort geheimzahl zahlencode sicherheitscode alarmcode"
)
_NEGATIONS: Final = (
    ("nicht",),
    ("nich",),  # North German: "nur die Stehlampe nich"
    ("ni",),  # Saxon: "bloß die Nachttischlampe von der Anja ni"
    ("nie",),
    ("niemals",),
    ("kein",),
    ("keine",),
    ("keinen",),
    ("auf", "keinen", "fall"),
)
_DIGIT_WORDS: Final = {
    **{word: str(n) for n, word in enumerate(UNITS[:10])},
    "zwo": "2",
}
_CODE_GAPS: Final = _w("ist lautet war nummer")

_TABLE_WORDS: Final[Iterable[Iterable[str]]] = (
    _PARTICLES,
    _COMMAND_VERBS,
    _STOP_WORDS,
    _QUESTION_WORDS,
    _FILLERS,
    _EVERY,
    _NEGATION_GAPS,
    _CLAUSE_BREAKS,
    _REFERS_BACK,
    _VALUE_WORDS,
    _CODE_WORDS,
    _CODE_GAPS,
    _DIGIT_WORDS,
    *_NEGATIONS,
    NUMBER_WORDS,
    FRACTIONS,
    _KIND_NEEDS,
    OPPOSITES,
    *OPPOSITES.values(),
    *DOMAIN_WORDS.values(),
    *(words for classes in CLASS_WORDS.values() for words in classes.values()),
    *(action.said_by for action in ACTIONS.values()),
    *(comfort.words for comfort in _COMFORT),
)


def _plural_rules(nouns: dict[str, str]) -> tuple[tuple[str, str, int], ...]:
    """Return the suffix rules: each noun's plural, and each noun kept as it is.

    Longest first, so "türschlösser" is "türschloss" before any shorter ending fits;
    the adjective endings come last.
    """
    rules = {
        (plural, singular, len(plural))
        for singular, plural in nouns.items()
        if plural != singular
    } | {(singular, singular, len(singular)) for singular in nouns}
    # The dative plural adds an "n" where the plural has none: "den Lautsprechern".
    rules |= {
        (f"{plural}n", singular, len(plural) + 1)
        for singular, plural in nouns.items()
        if not plural.endswith(("n", "s"))
    }
    # Then the dative plural of a word that is its own plural ("den Fenstern",
    # "den Außenlautsprechern"), the adjective endings, and a name's possessive.
    endings = (
        ("ern", "", 6),  # as "er" is: "Außenlautsprechern" reads as "Außenlautsprecher"
        ("eln", "el", 6),
        ("em", "", 5),
        ("en", "", 5),
        ("er", "", 5),
        ("es", "", 5),
        ("e", "", 4),
        ("s", "", 5),  # a possessive: "Kevins Saugkraft"
    )
    return (*sorted(rules, key=lambda rule: (-len(rule[0]), rule)), *endings)


# Comparative and inflected forms that lose more than an ending.
_IRREGULAR: Final = {
    "vorderer": "vorder",
    "vordere": "vorder",
    "vorderen": "vorder",
    "hinterer": "hinter",
    "hintere": "hinter",
    "hinteren": "hinter",
    "oberer": "ober",
    "obere": "ober",
    "oberen": "ober",
    "unterer": "unter",
    "untere": "unter",
    "unteren": "unter",
    "türe": "tür",
}

# The table's own words that are their own plural, in the dative plural: "den
# Lautsprechern" is "Lautsprecher" (a word of the table keeps its "er").
_DATIVES: Final = {
    f"{word}n": word
    for word in chain.from_iterable(_TABLE_WORDS)
    if word.endswith(("er", "el")) and f"{word}n" not in NOUNS.values()
}

LANGUAGE: Final = Language(
    code="de",
    domain_words=DOMAIN_WORDS,
    class_words=CLASS_WORDS,
    kind_names=KIND_NAMES,
    class_kind_names=CLASS_KIND_NAMES,
    actions=ACTIONS,
    command_verbs=_COMMAND_VERBS,
    question_words=_QUESTION_WORDS,
    fillers=_FILLERS,
    stop_words=_STOP_WORDS,
    pair_words=frozenset(("beide", "beiden")),
    every=_EVERY,
    every_group="Alle",
    negations=_NEGATIONS,
    negation_gaps=_NEGATION_GAPS,
    clause_breaks=_CLAUSE_BREAKS,
    particles=_PARTICLES,
    refers_back=_REFERS_BACK,
    opposites=OPPOSITES,
    value_words=_VALUE_WORDS,
    code_words=_CODE_WORDS,
    # Beginnings of words: "entriegel" is "entriegeln", "entriegle" its imperative.
    sensitive_verbs=_w(
        "entriegel entriegl aufschliess aufsperr entsperr unscharf entschärf deaktivier"
    ),
    digit_words=_DIGIT_WORDS,
    digit_homophones={},
    numbers=_NUMBERS,
    plurals=Plurals(
        irregular=_IRREGULAR | _DATIVES,
        rules=_plural_rules(dict(NOUNS)),
        invariant=frozenset(chain.from_iterable(_TABLE_WORDS)) - set(_IRREGULAR),
    ),
    kind_needs=_KIND_NEEDS,
    comfort=_COMFORT,
    errors=ERRORS,
    remark_openers=("es ist", "mir ist", "es wird", "hier ist"),
    modifier_first=True,
    here=frozenset(["hier"]),
    articles=frozenset(["der", "die", "das", "mein", "meine", "unser", "unsere"]),
    possessives=frozenset(
        [
            "mein",
            "meine",
            "meinen",
            "meinem",
            "unser",
            "unsere",
            "unseren",
            "unserem",
            "dein",
            "deine",
        ]
    ),
    statement_openers=("ich", "wir", "er", "es ist", "es wird", "mir ist", "das ist"),
    reasons=frozenset(("weil", "denn")),
    # "Dreh den Ventilator auf" (Austrian): on, for a device that does not open;
    # "fahr die Markise aus / ein": a verb with its particle, out and in.
    stand_ins={
        "auf": "an",
        "fahr aus": "auf",
        "fahre aus": "auf",
        "fahr ein": "zu",
        "fahre ein": "zu",
    },
    main_kinds=frozenset(("thermostat",)),
    measures={"grad": TEMPERATURE},
    take_backs=("vergiss es", "schon gut", "lass es", "lass gut sein"),
    closings=CLOSINGS,
    replies=REPLIES,
    code_gaps=_CODE_GAPS,
    state_words=STATE_WORDS,
    binary_states=BINARY_STATES,
    prompt=PROMPT,
    compounds=True,
    asking_verbs=frozenset(["ist", "is", "sind"]),
    value_names=VALUE_NAMES,
    phrases=PHRASES,
    # "Draussen" is the "aussen" of "Aussentemperatur".
    # "Auf'n Einkaufszettel": the shopping list, whatever it is called.
    same_words={"draussen": "aussen", "einkaufszettel": "einkaufsliste"},
    ups=frozenset(
        [
            "hoch",
            "rauf",
            "herauf",
            "höher",
            "wärmer",
            "heller",
            "lauter",
            "erhöhe",
            "erhöhen",
            "erhöht",
        ]
    ),
    downs=frozenset(
        [
            "runter",
            "herunter",
            "niedriger",
            "kälter",
            "kühler",
            "dunkler",
            "leiser",
            "senke",
            "senken",
            "senkt",
            "verringere",
            "verringern",
            "reduziere",
            "reduzieren",
            "dimme",
            "dimmen",
        ]
    ),
    comfort_instead={
        _WARMER: "schalte den heizlüfter ein",
        _COOLER: "schalte den ventilator ein",
    },
    exceptions=frozenset(["außer", "ausser", "ausgenommen"]),
    contrasts=frozenset(["aber"]),
    # "…, nicht im Bad", "…, nur im Bad nich": all but the bathroom.
    without=dict.fromkeys(("nicht", "nich", "ni", "ohne"), "außer"),
    keeps=frozenset(["lass", "lasse", "lasst"]),
    floors=Floors(
        levels=floor_levels(
            "keller kellergeschoss untergeschoss ug:-1 erdgeschoss eg "
            "parterre:0 obergeschoss og erster ersten erste:1 zweiter zweiten "
            "zweite:2 dachgeschoss dg dachboden spitzboden "
            # Swiss and southern: "Dachstock", "Estrich" (the attic).
            "dachstock estrich mansarde:10"
        ),
        above="oben",
        below="unten",
    ),
)
