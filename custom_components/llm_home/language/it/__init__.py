"""Italian: the words an Italian speaker says to a voice assistant at home.

Written for llm_home by hand: informal and formal imperatives ("accendi",
"accenda"), the infinitive after "puoi", "potresti", "vorrei" and in the negative
imperative ("non accendere"), pronouns joined to the verb ("spegnila"), elided
articles ("l'allarme" is the words "l", "allarme"), the number words 0 to 100
written as one word ("ventuno", "trentatré"), the decimal comma ("21,5") and
"virgola" ("ventuno virgola cinque"). Plurals: Italian nouns change their last
vowel ("luce"/"luci", "lampada"/"lampade", "termostato"/"termostati"); the rules
below map a plural to its singular, and the words that only look plural (verbs,
numbers, "lavastoviglie") are kept as they are.
"""

from __future__ import annotations

from typing import Final

from ..floors import Floors, floor_levels
from ..model import TEMPERATURE, Language
from ..parts import Comfort, Numbers, Plurals
from .actions import ACTIONS
from .kinds import CLASS_KIND_NAMES, CLASS_WORDS, DOMAIN_WORDS, KIND_NAMES, OPPOSITES
from .numbers import DIGIT_WORDS, NUMBER_WORDS, TENS
from .phrases import PHRASES
from .prompt import PROMPT
from .replies import (
    BINARY_STATES,
    ERRORS,
    FEMININE,
    FEMININE_FORMS,
    REPLIES,
    STATE_WORDS,
)
from .values import VALUE_NAMES
from .verbs import ALL_VERBS, REFERRING


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_QUESTION_WORDS: Final = _w(
    "che cosa cos qual quale quali quanto quanta quanti quante come com dove dov"
    " quando chi perché perche è sono c ci sai sapresti dimmi dirmi dici dica"
    " mostrami"
)
_FILLERS: Final = _w(
    "per favore cortesia piacere perfavore gentilmente ehi hey ciao ok okay allora"
    " dai ora adesso subito puoi potresti può potrebbe riesci riusciresti vuoi"
    " vorresti potete vorrei voglio mi ti me e poi grazie prego buonanotte buongiorno"
    " buonasera salve"
    # Roman and southern openers: "aò, ...", "mo' spegni ..." (now).
    " aò ahò ao mo"
    # Naples: "uè" (hey), "grazie assai" (thanks a lot).
    " uè uhè assai"
    # "Andiamo, ..." (come on); "..., che andiamo a dormire" (we are off to bed).
    " andiamo"
    # Turin, Piedmont: "neh" asks for agreement ("spegni la luce, neh").
    " neh"
)
_STOP_WORDS: Final = _w(
    "il lo la i gli le l un una uno di del dello della dei degli delle dell a al"
    " allo alla ai agli alle all da dal dallo dalla dai dagli dalle dall in nel"
    " nello nella nei negli nelle nell su sul sullo sulla sui sugli sulle sull con"
    " col per tra fra e ed o mio mia miei mie tuo tua tuoi tue nostro nostra"
    " nostri nostre suo sua suoi sue me mi ti ci vi si te questo questa questi"
    " queste quello quella quelli quelle quel quell quest è sono tutto tutti tutte"
    " tutta po imposta metti fai fa qui qua per favore casa"
    # Turin: "l'alloggio" is the flat, the home ("le luci dell'alloggio").
    " alloggio"
)
_EVERY: Final = _w(
    "tutto tutti tutte tutta ogni ognuno ognuna entrambi entrambe ambedue ciascuno"
    # "C'è una finestra aperta da qualche parte?" (read "dappertutto"): any of
    # them, so each is answered.
    " dappertutto ovunque"
)
# Words that end like a plural but are not one: nothing of the table's but its
# nouns changes, and these besides.
_INVARIANT: Final = _w(
    "tv wifi hifi bici radio foto auto moto analisi crisi serie specie lavastoviglie"
    " aspirapolvere tosaerba tagliaerba rasaerba garage pc mini taxi oggi ieri"
    " sonos applique abatjour relè lux ampli frangisole lavapavimenti routine rssi"
    # Adjectives of a name ("la luce grande"), never a plural ("tende": "tenda").
    " grande"
)
_NOT_NOUNS: Final = (
    ALL_VERBS
    | _QUESTION_WORDS
    | _FILLERS
    | _STOP_WORDS
    | _EVERY
    | frozenset(NUMBER_WORDS)
)

LANGUAGE: Final = Language(
    code="it",
    domain_words=DOMAIN_WORDS,
    class_words=CLASS_WORDS,
    kind_names=KIND_NAMES,
    class_kind_names=CLASS_KIND_NAMES,
    actions=ACTIONS,
    command_verbs=ALL_VERBS | _w("stop pausa play"),
    question_words=_QUESTION_WORDS,
    fillers=_FILLERS,
    stop_words=_STOP_WORDS,
    pair_words=_w("entrambi entrambe ambedue"),
    every=_EVERY,
    every_group="Tutti i",
    negations=(
        ("non",),
        ("anzi", "no"),
        ("lascia", "stare"),
        ("lascia", "perdere"),
    ),
    negation_gaps=_w("mai più ancora la lo li le gli mi ti ci ne per favore"),
    clause_breaks=_w("e ed poi quindi dopo dopodiché"),
    particles=_w("giù"),
    refers_back=REFERRING | _w("anche pure quelli quelle questi queste entrambi"),
    opposites=OPPOSITES,
    value_words=_w(
        "grado gradi percento percentuale cento virgola punto po poco pochino tanto molto"
        " più meno massimo minimo fino fondo minuto minuti secondo secondi ore"
    ),
    code_words=_w("codice pin password passcode"),
    sensitive_verbs=_w(
        "disarma disarmare disinserisci disinserire sblocca sbloccare disattiva"
        " disattivare silenzia silenziare"
    ),
    digit_words=DIGIT_WORDS,
    digit_homophones={},
    numbers=Numbers(
        words=NUMBER_WORDS,
        tens=TENS,
        fractions={"metà": "50", "mezzo": "50", "quarto": "25", "massimo": "100"},
        decimal_points=_w("virgola punto"),
        decimal_comma=True,
        units=_w(
            "% ° percento grado gradi kelvin k minuto minuti secondo secondi ora ore"
        )
        | {"per cento"},
        end_points=_w("a al allo alla all ai su sul sulla fino"),
        value_before=_w("a al allo alla all ai su sul sulla fino di del della dell"),
        halves=(("e", "mezzo"), ("e", "mezza")),
    ),
    plurals=Plurals(
        irregular={
            "luci": "luce",
            "allarmi": "allarme",
            "chiavi": "chiave",
            "prese": "presa",
            "scene": "scena",
            "sirene": "sirena",
            "stanze": "stanza",
            "notti": "notte",
            "reti": "rete",
            "pareti": "parete",
            "liste": "lista",
            "cappe": "cappa",
            "stufe": "stufa",
            "caldaie": "caldaia",
            "pompe": "pompa",
            "ciabatte": "ciabatta",
            "strisce": "striscia",
            "plafoniere": "plafoniera",
            "lucernari": "lucernario",
            "programmi": "programma",
            "sistemi": "sistema",
            "apparecchi": "apparecchio",
            "specchi": "specchio",
            "studi": "studio",
            "armadi": "armadio",
            "elenchi": "elenco",
            "pale": "pala",
            "sonde": "sonda",
            "atmosfere": "atmosfera",
            "persone": "persona",
            "polveri": "polvere",
            "problemi": "problema",
            "lampadari": "lampadario",
            "grandi": "grande",
        },
        rules=(
            ("ori", "ore", 5),  # ventilatori, sensori, televisori
            ("oni", "one", 5),  # termosifoni, portoni
            ("anti", "ante", 6),  # altoparlanti, pulsanti
            ("enti", "ente", 6),  # ambienti
            ("ici", "ice", 5),  # lavatrici
            ("ali", "ale", 5),  # canali
            ("ili", "ile", 5),  # avvolgibili
            ("ogi", "ogio", 5),  # orologi
            ("oi", "oio", 5),  # corridoi
            ("uci", "uce", 4),  # luci
            ("chi", "co", 5),  # blocchi
            ("i", "o", 4),  # termostati, faretti, bagni
            ("lle", "lla", 5),  # tapparelle
            ("ade", "ada", 5),  # lampade
            ("ine", "ina", 5),  # tendine, cucine
            ("ane", "ana", 5),  # persiane, veneziane
            ("mere", "mera", 5),  # camere, telecamere
            ("ette", "etta", 5),  # casette
            ("ole", "ola", 5),  # valvole, ventole
            ("ure", "ura", 5),  # serrature, temperature
            ("rte", "rta", 5),  # porte
            ("stre", "stra", 5),  # finestre
            ("nde", "nda", 5),  # tende, serrande
            ("sse", "ssa", 5),  # casse
            ("rie", "ria", 5),  # batterie
        ),
        invariant=_INVARIANT | _NOT_NOUNS,
    ),
    kind_needs={
        **dict.fromkeys(
            (
                "riscaldamento",
                "termosifone",
                "calorifero",
                "radiatore",
                "caldaia",
                "stufa",
            ),
            ("hvac_modes", "heat"),
        ),
        **dict.fromkeys(
            (
                "condizionatore",
                "climatizzatore",
                "condizionata",
                "raffrescamento",
                "raffreddamento",
            ),
            ("hvac_modes", "cool"),
        ),
    },
    comfort=(
        Comfort(_w("buio"), "accendi le luci"),
        Comfort(_w("scuro"), "accendi le luci"),
        Comfort(_w("poca luce"), "accendi le luci"),
        # "Non si vede niente" ("non se vede", in Rome): too dark to see.
        Comfort(_w("non vede niente"), "accendi le luci"),
        Comfort(_w("non vede nulla"), "accendi le luci"),
        Comfort(_w("non vedo niente"), "accendi le luci"),
        Comfort(_w("non vedo nulla"), "accendi le luci"),
        # "Non si vede un tubo" (Turin, the North: not a thing to be seen).
        Comfort(_w("non vede tubo"), "accendi le luci"),
        Comfort(_w("non vedo tubo"), "accendi le luci"),
        Comfort(_w("troppa luce"), "abbassa le luci"),
        Comfort(_w("troppo luminoso"), "abbassa le luci"),
        Comfort(_w("freddo"), "alza il riscaldamento"),
        # "Fa un po' freddino" (chilly), "fa caldino": said mildly, meant the same.
        Comfort(_w("freddino"), "alza il riscaldamento"),
        Comfort(_w("freschino"), "alza il riscaldamento"),
        Comfort(_w("gela"), "alza il riscaldamento"),
        Comfort(_w("gelo"), "alza il riscaldamento"),
        Comfort(_w("congelando"), "alza il riscaldamento"),
        Comfort(_w("caldo"), "abbassa il riscaldamento"),
        Comfort(_w("caldino"), "abbassa il riscaldamento"),
        Comfort(_w("bollente"), "abbassa il riscaldamento"),
        Comfort(_w("afa"), "abbassa il riscaldamento"),
        Comfort(_w("soffoca"), "accendi il ventilatore"),
        Comfort(_w("aria viziata"), "accendi il ventilatore"),
    ),
    errors=ERRORS,
    remark_openers=("fa", "ho", "è", "sto"),
    here=frozenset(["qui", "qua"]),
    articles=_w("il lo la i gli le"),
    possessives=_w("mio mia miei mie nostro nostra nostri nostre tuo tua"),
    statement_openers=("vado", "andiamo", "sto", "stiamo", "ho", "abbiamo", "fa"),
    reasons=frozenset(("che", "perché", "poiché")),
    same_kind=frozenset(("quella", "quello", "quelle", "quelli")),
    main_kinds=frozenset(("termostato",)),
    measures={"grado": TEMPERATURE},
    take_backs=("lascia perdere", "lascia stare"),
    closings={
        **dict.fromkeys(("buonanotte", "buona notte", "notte", "dormi bene"), "night"),
        **dict.fromkeys(("come stai", "come va", "come sta"), "greeting"),
        **dict.fromkeys(
            ("grazie", "grazie mille", "grazie assai", "ti ringrazio"), "welcome"
        ),
        **dict.fromkeys(
            (
                "lascia stare",
                "lascia perdere",
                "niente",
                "basta così",
                "è tutto",
                "no grazie",
                "ciao",
                "faccio io",
            ),
            "okay",
        ),
        # "Good morning": greeted back; with a request ("hi, turn on ..."), none.
        **dict.fromkeys(("ciao", "buonasera", "salve"), "greeting"),
        **dict.fromkeys(("buongiorno", "buon giorno"), "morning"),
    },
    replies=REPLIES,
    code_gaps=_w("è era di del numero il mio sarebbe"),
    state_words=STATE_WORDS,
    feminine=FEMININE,
    feminine_forms=FEMININE_FORMS,
    binary_states=BINARY_STATES,
    prompt=PROMPT,
    asking_verbs=frozenset(["è", "sono"]),
    value_names=VALUE_NAMES,
    phrases=PHRASES,
    # "Fuori" is the "esterno" of "Temperatura esterna", whatever its gender.
    same_words={
        "fuori": "esterno",
        "esterna": "esterno",
        "esterni": "esterno",
        "esterne": "esterno",
    },
    ups=_w("alza alzare alzate aumenta aumentare aumentate caldo calda alto forte"),
    downs=_w(
        "abbassa abbassare abbassate diminuisci diminuire riduci ridurre freddo fredda fresco fresca meno basso"
    ),
    comfort_instead={
        "alza il riscaldamento": "accendi la stufa",
        "abbassa il riscaldamento": "accendi il ventilatore",
    },
    exceptions=frozenset(["tranne", "eccetto", "salvo", "fuorché"]),
    # "Spengi tutte le luci di sotto, meno quelle della cucina" (Tuscany): all but
    # the kitchen's ("metti la luce meno forte" says no exception).
    contrasts=frozenset(
        [
            "ma",
            *(
                f"meno {what}"
                for what in _w("il lo la i gli le quello quella quelli quelle")
            ),
        ]
    ),
    # "…, non la cucina", "…, la cucina no": all but the kitchen.
    without=dict.fromkeys(("non", "no", "senza"), "tranne"),
    keeps=frozenset(["lascia", "lasciate", "tieni"]),
    # "Apri la luce", "chiudi la luce" (the South: Bari, Naples): on and off, for a
    # device that neither opens nor closes.
    stand_ins={
        "apri": "accendi",
        "aprire": "accendere",
        "chiudi": "spegni",
        "chiudere": "spegnere",
    },
    floors=Floors(
        levels=floor_levels(
            "seminterrato interrato cantina:-1 terra pianterreno terreno:0 "
            "primo:1 secondo:2 terzo:3 soffitta mansarda sottotetto:10"
        ),
        above="di sopra",
        below="di sotto",
    ),
)
