"""English: the first language table.

Sources: the kinds of device and their classes follow Home Assistant's domains and
device classes (written for llm_home); the number words, plurals and question forms
are standard English; the replies are llm_home's own.
"""

from __future__ import annotations

from typing import Final

from ..floors import Floors, floor_levels
from ..model import TEMPERATURE, Language
from ..parts import Comfort, Numbers, Plurals, value_names
from .actions import ACTIONS
from .kinds import CLASS_KIND_NAMES, CLASS_WORDS, DOMAIN_WORDS, KIND_NAMES, OPPOSITES
from .phrases import PHRASES
from .prompt import PROMPT
from .replies import BINARY_STATES, ERRORS, REPLIES, STATE_WORDS


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_UNITS: Final = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS: Final = [
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]


LANGUAGE: Final = Language(
    code="en",
    domain_words=DOMAIN_WORDS,
    class_words=CLASS_WORDS,
    kind_names=KIND_NAMES,
    class_kind_names=CLASS_KIND_NAMES,
    actions=ACTIONS,
    command_verbs=_w(
        "turn switch set make open close shut lock unlock arm disarm start stop pause"
        " play"
        " resume unpause skip mute unmute put add water dim brighten raise lower"
        " increase decrease activate run toggle dock send return clean vacuum mow get"
        " tick cross mark change adjust bump crank kill knock chuck pop"
        " flick flip whack stick keep on off tell"
        # Southern US "cut the lights off", "let the shades down".
        " cut let reduce remove take"
        # "Pull the blinds down", "drop the blinds halfway", "lift the shades",
        # "roll down the lanai shade" (its way said by "down" or "up").
        " pull drop lift roll"
    ),
    question_words=_w(
        "what whats which who whos where wheres when how hows why is are was were"
        " does do did has have any anyone anybody"
    ),
    fillers=_w(
        "please hey hi ok okay now just can could would will you kindly go ahead and"
        " then thanks thank cheers like roughly around about"
        # "Ugh, can you turn off the light": a sound before the words is no word.
        " ugh um umm uh er erm hmm oh ope yo yeah yep alright eish"
        # "Reckon you could turn the kitchen downlights on?": a request.
        " reckon"
        # "Pls open the light po", "dim the sala light naman": Philippine English.
        " pls plz po na naman daw lang nga"
        # "Lock up, love": a term of endearment.
        " love luv hun"
        # Scouse "…, la", "…, lad": who is spoken to.
        " la lad"
        # "Pause the radio for a sec": how long, said in passing.
        " sec secs"
        # Nigerian English: "Abeg close the gate", "Oya on the gen", "biko";
        # Southern US "you might could run the Roomba".
        " abeg biko oya o might"
    ),
    stop_words=_w(
        "a an the in on of to at and or my our your his her their please set turn"
        " switch make is are it its all me for with up down off out here"
        " place re ve ll by this"
    ),
    pair_words=_w("both"),
    every=_w("all every everything everywhere anywhere both each any anyone anybody"),
    every_group="All",
    negations=(("don", "t"), ("dont",), ("do", "not"), ("never",)),
    negation_gaps=_w("ever please"),
    clause_breaks=_w("and then"),
    particles=_w("on off up down"),
    refers_back=_w("it them they those these too also her him"),
    opposites=OPPOSITES,
    value_words=_w("degree percent per cent bit little lot more less"),
    code_words=_w("code pin passcode password"),
    sensitive_verbs=_w("disarm unlock unbolt deactivate disable silence"),
    # Codes said digit by digit: the first ten number words, and "oh" for zero.
    digit_words={**{word: str(n) for n, word in enumerate(_UNITS[:10])}, "oh": "0"},
    # "Unpause" heard "and pause", "on pause"; "unlock" heard "I'm lock", "um lock".
    prefix_soundalikes={
        "un": (("and",), ("on",), ("an",), ("in",), ("um",), ("i", "m"), ("im",))
    },
    digit_homophones={"for": "4"},
    numbers=Numbers(
        words={
            **{word: n for n, word in enumerate(_UNITS)},
            **{word: 10 * n for n, word in enumerate(_TENS, 2)},
            "hundred": 100,
        },
        tens=frozenset(_TENS),
        fractions={"half": "50", "halfway": "50", "quarter": "25", "full": "100"},
        decimal_points=_w("point"),
        decimal_comma=False,
        units=_w(
            "% ° percent degree degrees kelvin kelvins k minute minutes second"
            " seconds hour hours"
        )
        | {"per cent"},
        end_points=_w("to at"),
        value_before=_w("to at by"),
        halves=(("and", "a", "half"), ("and", "half")),
        clock=(("o", "clock"), ("am",), ("pm",), ("a", "m"), ("p", "m")),
    ),
    plurals=Plurals(
        irregular={
            "people": "person",
            "children": "child",
            "shelves": "shelf",
            "knives": "knife",
            "leaves": "leaf",
            "lives": "life",
            "wives": "wife",
            "halves": "half",
            "mice": "mouse",
            "men": "man",
            "women": "woman",
            "feet": "foot",
            # Short words the suffix rules leave alone: "both the ACs".
            "acs": "ac",
            "tvs": "tv",
            "geese": "goose",
            "teeth": "tooth",
        },
        rules=(
            ("ies", "y", 5),  # batteries
            ("sses", "ss", 5),  # glasses
            ("ches", "ch", 5),  # switches
            ("shes", "sh", 5),  # dishes
            ("xes", "x", 4),  # boxes
            ("zzes", "zz", 5),  # buzzes
            ("ss", "ss", 3),  # glass, brightness
            ("us", "us", 3),  # status, nitrous
            ("is", "is", 3),  # analysis
            ("s", "", 4),  # lights
        ),
        invariant=_w(
            "gas lens series news always sonos canvas atlas this was has does its yes"
        ),
    ),
    kind_needs={
        **dict.fromkeys(
            (
                "heating",
                "heater",
                "heat",
                "radiator",
                "rad",
                "baseboard",
                "furnace",
                "boiler",
                "underfloor",
            ),
            ("hvac_modes", "heat"),
        ),
        **dict.fromkeys(
            (
                "cooling",
                "cooler",
                "aircon",
                "airco",
                "ac",
                "conditioner",
                "conditioning",
                "air",
            ),
            ("hvac_modes", "cool"),
        ),
    },
    comfort=(
        Comfort(_w("dark"), "turn on the lights"),
        Comfort(_w("gloomy"), "turn on the lights"),
        Comfort(_w("can t see"), "turn on the lights"),
        Comfort(_w("cannot see"), "turn on the lights"),
        Comfort(_w("bright"), "dim the lights"),
        Comfort(_w("cold"), "make the heating warmer"),
        Comfort(_w("chilly"), "make the heating warmer"),
        Comfort(_w("freezing"), "make the heating warmer"),
        Comfort(_w("baltic"), "make the heating warmer"),
        Comfort(_w("hot"), "make the heating cooler"),
        Comfort(_w("boiling"), "make the heating cooler"),
        Comfort(_w("roasting"), "make the heating cooler"),
        Comfort(_w("sweltering"), "make the heating cooler"),
        Comfort(_w("warm"), "make the heating cooler"),
        Comfort(_w("burning up"), "make the heating cooler"),
        Comfort(_w("baking"), "make the heating cooler"),
        Comfort(_w("stuffy"), "turn on the fan"),
        # "Open the curtains in our room, let some light come": why, no lamp.
        Comfort(_w("let light"), "open the curtains"),
    ),
    errors=ERRORS,
    remark_openers=("it's", "it is", "i'm", "i am", "we're", "we are"),
    modifier_first=True,
    here=frozenset(["here"]),
    articles=_w("the my our your his her their"),
    possessives=_w("my our your his her their"),
    statement_openers=(
        *("i", "i'm", "i've", "i'll", "we", "we're", "we've", "we'll", "they"),
        *("they're", "he", "he's", "she", "she's", "it's", "there's", "that's"),
    ),
    statement_subjects=_w("it somebody someone nobody everybody everyone"),
    joiners_heard={"in": "and"},
    reasons=frozenset(("because", "cause", "cos", "since")),
    main_kinds=frozenset(("thermostat",)),
    # "Put the big light on": British, Irish and Australian for the ceiling light.
    main_words=frozenset(("big", "main", "overhead", "ceiling", "top")),
    measures={"degree": TEMPERATURE},
    # "…, never mind", North Jersey's "ah, fuhgeddaboudit".
    take_backs=(
        "never mind",
        "nevermind",
        "forget it",
        "forget about it",
        "fuhgeddaboudit",
        "scratch that",
        "cancel that",
        # "Ach no, houl' on, leave it, the oil's dear enough" (Belfast).
        "leave it",
        "leave it be",
        "don't bother",
    ),
    closings={
        **dict.fromkeys(
            # Welsh English: "Nos da, cariad".
            (
                "good night",
                "goodnight",
                "night night",
                "nighty night",
                "sleep well",
                "nos da",
            ),
            "night",
        ),
        **dict.fromkeys(
            (
                "thanks",
                "thank you",
                "thanks a lot",
                "thank you very much",
                "cheers",
                "ta",
                "star",
                "good job",
                "well done",
                "nice one",
                "legend",
                # Kenyan English: "Asante sana", "poa, asante".
                "asante",
                "asante sana",
                "poa asante",
                # Said in bilingual homes of the US Southwest: "Gracias, mija".
                "gracias",
                "muchas gracias",
                # Hawaii: "Mahalo!", "mahalo nui".
                "mahalo",
                "mahalo nui",
                # Scouse: "sound, ta la" ("sound" is fine, never the sound sensor).
                "sound ta",
                "sound thanks",
                "sound cheers",
            ),
            "welcome",
        ),
        **dict.fromkeys(
            (
                "great",
                "perfect",
                "grand",
                "brilliant",
                "lovely",
                "that's all",
                "that is all",
                "that's it",
                "nothing",
                "no thanks",
                "all good",
                "i'm good",
                "i'll do it myself",
                # "Ope, sorry, I wasn't talking to you" (Midwest).
                "sorry",
                "i wasn't talking to you",
                "wasn't talking to you",
                "not talking to you",
            ),
            "okay",
        ),
        # "Ta-ra-a-bit, bab!" (Birmingham), "cheerio", "laters": goodbye.
        **dict.fromkeys(
            (
                "bye",
                "goodbye",
                "bye bye",
                "ta ra",
                "ta ra a bit",
                "tara",
                "cheerio",
                "see you",
                "see ya",
                "see you later",
                "laters",
            ),
            "bye",
        ),
        # "Good morning": greeted back, in kind; with a request ("hi, turn on ..."),
        # none.
        **dict.fromkeys(("good morning", "morning", "top of the morning"), "morning"),
        **dict.fromkeys(
            (
                "hello",
                "hi",
                "hi there",
                "hey there",
                "good afternoon",
                "good evening",
                "how are you",
                "how are you doing",
                "how's it going",
                # Australian: "G'day, how ya going?"
                "g'day",
                "g'day mate",
                "how ya going",
                "how you going",
                "how are you going",
                # Hawaii and South Africa: "Eh, howzit".
                "howzit",
                # "How's your day going, hon?"; Cornish "Alright? Wasson?".
                "how's your day going",
                "how's your day",
                "what's up",
                "wasson",
                # New York, New Jersey: "Ay, how you doin'?"
                "how you doin",
                "how you doing",
                "how ya doin",
                # Northern Ireland: "What about ye?"
                "what about ye",
                "what about you",
                "whit about ye",
            ),
            "greeting",
        ),
        # Scots: "Naw, you're alright" (no, thanks).
        **dict.fromkeys(
            ("naw you're alright", "you're alright", "you're all right", "naw"),
            "okay",
        ),
    },
    replies=REPLIES,
    # "Disarm the alarm, code's 5519".
    code_gaps=_w("is s was of number"),
    state_words=STATE_WORDS,
    binary_states=BINARY_STATES,
    prompt=PROMPT,
    # "Was the garage left open?"; "…, the gas bill last month was a killer": how a
    # thing is (or was), in a statement's order.
    asking_verbs=frozenset(["is", "are", "was", "were"]),
    contracted_verbs=frozenset(["s"]),
    phrases=PHRASES,
    # "We're heading out", "we're leaving": the home will be empty.
    # "Put the alarm on stay": armed at home, as US panels say it.
    value_names=value_names({"away": "away leaving heading", "home": "stay"}),
    # "We're going to bed, lock up": said beside a request, nothing asked of a device.
    remark_values=value_names(
        {
            "night": "bed sleep asleep sleeping bedtime",
            # "Set the alarm, we're off out" / "off to the cottage": away.
            "away": "cottage holiday holidays vacation trip church work school",
        }
    ),
    # "Y'all need to get to bed": the people spoken to, never "all" the devices.
    joined={
        "to-do": "todo",
        "to do list": "todo list",
        "to-dos": "todos",
        "y'all": "yall",
        "y’all": "yall",
        # "I can't see nothing": no word of the "Can Lights".
        "can't": "cannot",
        "can’t": "cannot",
    },
    same_words={
        "outside": "outdoor",
        "outdoors": "outdoor",
        "exterior": "outdoor",
        # "Add oat milk to the grocery list": the "Shopping List".
        "grocery": "shopping",
        "groceries": "shopping",
    },
    speakers=_w("i we they my our yall"),
    # "Shut the lights" (New York, New Jersey): off, for what does not close.
    stand_ins={"open": "turn on", "close": "turn off", "shut": "turn off"},
    ups=_w("up warmer hotter higher louder brighter brighten raise increase"),
    downs=_w("down cooler colder lower quieter softer dimmer dim decrease reduce drop"),
    # "It's burning up in here" in a room with a window unit and no heating: the air
    # conditioning; with neither, the fan.
    comfort_instead={
        "make the heating warmer": "turn on the heater",
        "make the heating cooler": "turn on the air conditioning",
        "turn on the air conditioning": "turn on the fan",
    },
    # "All the lights off upstairs bar the landing" (British): all but the landing.
    exceptions=frozenset(["except", "excepting", "apart", "bar the"]),
    contrasts=frozenset(["but"]),
    without=dict.fromkeys(("not", "no", "without"), "except"),
    keeps=frozenset(["leave", "keep"]),
    floors=Floors(
        levels=floor_levels(
            "basement cellar lower:-1 ground main:0 first upper:1 second:2 "
            "third:3 attic loft:10"
        ),
        above="upstairs",
        below="downstairs",
        top="top floor",
    ),
)
