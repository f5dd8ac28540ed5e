"""The shape of a language table: the words and forms one language decides."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
import re
from typing import Final

from .floors import Floors
from .parts import ActionWords, Comfort, Numbers, Plurals, PromptWords
from .phrased import phrase_pattern

type Kind = tuple[str, str | None]  # (domain, device class or None)
# What a temperature is read from: a sensor's, or a thermostat's current one.
TEMPERATURE: Final[frozenset[Kind]] = frozenset(
    {("sensor", "temperature"), ("climate", None)}
)

# Domains whose class words mean that class only: "the blinds" are not the garage
# door or the windows, "the TVs" not the speakers. A device of such a domain without
# a device class is of the class its name says ("Lounge TV").
BY_CLASS: Final = frozenset({"cover", "media_player"})

# A word is a run of letters and digits; with decimals, "21.5" (or "21,5") is one.
_WORD: Final = r"\w+"
_MIN_PART: Final = 3  # the shortest first part of a compound ("bad" of "badlicht")
_MIN_KIND: Final = 4  # the shortest kind word a compound may end in ("lampe")
# A decimal number is one word: "21.5"; where the comma is the decimal mark, "21,5" and
# still "21.5" (Mexico writes a point).
_DECIMAL: Final = {False: r"\d+\.\d+", True: r"\d+[,.]\d+"}


@dataclass(frozen=True, slots=True, eq=False)
class Language:
    """Everything one language decides about reading the words and replying.

    Compared and hashed by identity: caches of what is read from a table are kept
    per table.
    """

    code: str
    domain_words: Mapping[str, frozenset[str]]
    class_words: Mapping[str, Mapping[str, frozenset[str]]]
    kind_names: Mapping[str, str]  # "light": "lights", for groups ("All lights")
    class_kind_names: Mapping[str, Mapping[str, str]]
    actions: Mapping[str, ActionWords]
    command_verbs: frozenset[str]  # the words a command opens with
    question_words: frozenset[str]  # the words a question opens with
    fillers: frozenset[str]  # words before the verb: "please", "can you"
    stop_words: frozenset[str]  # words that tell no device apart: "the", "my"
    every: frozenset[str]  # "all", "both"
    every_group: str  # "All": a group of every device of a kind ("All blinds")
    negations: tuple[tuple[str, ...], ...]  # ("do", "not"), ("never",)
    negation_gaps: frozenset[str]  # "don't ever open"
    clause_breaks: frozenset[str]  # "and", "then": a new command may follow
    particles: frozenset[str]  # "on", "off": a target's own state ("the fan on")
    refers_back: frozenset[str]  # "it", "them": the command before is meant
    opposites: Mapping[str, frozenset[str]]  # "front": {"rear", "back"}
    value_words: frozenset[str]  # words of a value, not of a device: "degree"
    code_words: frozenset[str]  # "code", "pin"
    sensitive_verbs: frozenset[str]  # verbs only sensitive actions take: "unlock"
    digit_words: Mapping[str, str]  # "four": "4", for codes said digit by digit
    digit_homophones: Mapping[str, str]  # "for": "4" when digits follow
    numbers: Numbers
    plurals: Plurals
    # Words that name a kind by what it can do: "the heating" is a climate device
    # with a heat mode, never an air conditioner without one. Word -> (attribute,
    # value the attribute's list must hold).
    kind_needs: Mapping[str, tuple[str, str]]
    comfort: tuple[Comfort, ...]
    errors: Mapping[str, str]  # a tool's refusals, keyed by its error
    replies: Mapping[str, str]  # keyed by reply name (agent/replies.py)
    code_gaps: frozenset[str]  # "is", "number": between a code word and its digits
    state_words: Mapping[str, str]  # "not_home": "away"
    binary_states: Mapping[str, tuple[str, str]]  # by device class: (on, off)
    prompt: PromptWords
    # A word said for a value the calls write in English (Home Assistant's own values):
    # "rot": "red", "heizen": "heat", "nacht": "night" (`value_names` builds it). The
    # first word of a value is how replies say it. Words of feeling ("kalt") are left
    # out: an indirect request ("mir ist kalt") must never offer a cooling mode.
    # English needs none.
    value_names: Mapping[str, str] = field(default_factory=dict)
    # Words said together that mean one word of the table, read as that word: "togli
    # la pausa" is "riprendi" (resume), never "pausa" (pause); "取消暂停" likewise.
    # Two parts with words between, as "geluid … uit" (`phrased.py`).
    phrases: Mapping[str, str] = field(default_factory=dict)
    # Words of a remark beside a request that say a value for it ("we're going to
    # bed, arm the alarm": the night mode); as remarks they ask nothing of a device.
    remark_values: Mapping[str, str] = field(default_factory=dict)
    # Nouns of the feminine gender, which a device's name begins with ("Ventana
    # cocina"), and the feminine form of each word of a state ("abierto": "abierta"):
    # an answer agrees with the device ("Ventana cocina: abierta").
    feminine: frozenset[str] = frozenset()
    feminine_forms: Mapping[str, str] = field(default_factory=dict)
    # Words written apart or joined by a hyphen that are one word, in names as in
    # what is said: "to-do" and "to do list" are "todo" ("Family To-Do").
    joined: Mapping[str, str] = field(default_factory=dict)
    # Words that mean one word of names, in names as in what is said: "outside" and
    # "outdoors" are the "outdoor" of "Outdoor Temperature", "draussen" the "aussen"
    # of "Aussentemperatur".
    same_words: Mapping[str, str] = field(default_factory=dict)
    # The characters the language writes without spaces between its words, as
    # (first, last) ranges: a run of them is split into the table's words (`words`).
    unspaced: tuple[tuple[str, str], ...] = ()
    # More words to find in unspaced text ("客厅" rather than "客", "厅"): rooms and
    # common parts of names. They mean nothing more than a word of a name.
    lexicon: frozenset[str] = frozenset()
    # Question words said anywhere in a question, not only first ("吗" at the end).
    question_marks: frozenset[str] = frozenset()
    # A command verb may come after its target ("客厅灯打开": the light, then "on").
    late_verbs: bool = False
    # Nouns are joined into one word ("Wohnzimmerlicht", "klusjeslijst"): a word that
    # ends in a kind of device also says its first part and that kind (`parts`).
    compounds: bool = False
    # A word of a kind said before another names which one, not a kind of its own
    # ("the fan light" is a light): the language puts what modifies first.
    modifier_first: bool = False
    # The verbs of a yes/no question said in a statement's order, which a question
    # mark makes a question: "Die Lampe ist an?", "¿La luz está encendida?".
    asking_verbs: frozenset[str] = frozenset()
    # A verb said as a word's ending ("the lawn's cooked"), where no name follows it
    # (not "Sarah's lamp").
    contracted_verbs: frozenset[str] = frozenset()
    floors: Floors = field(default_factory=Floors)
    # "Except", "but": the devices named after it are left out ("the kitchen lights
    # except the table light"). After `contrasts` only when a name of the home follows.
    exceptions: frozenset[str] = frozenset()
    contrasts: frozenset[str] = frozenset()
    # Words that open a part of their own after the command and leave something
    # out, with the exception they stand for: "turn off all the lights, not the
    # kitchen" is "… except the kitchen"; "run the swamp cooler's fan, no water"
    # names nothing of the home, and only says how (`agent/clauses.py`).
    without: Mapping[str, str] = field(default_factory=dict)
    # Verbs that ask a device be left as it is, before a contrast: "leave the fairy
    # lights on but turn the big light off" turns off the big light only.
    keeps: frozenset[str] = frozenset()
    # A comfort command and the one said instead where the user's room has no device
    # for it: "turn on the fan" where no heating can be made cooler.
    comfort_instead: Mapping[str, str] = field(default_factory=dict)
    # Words that say which way a step goes: "up", "warmer" / "down", "dimmer". Said
    # one way only, they decide the sign of a step; both or neither leave it open.
    # Words that open a statement about the speakers, beside a command: "we're
    # fixing to open the windows", "I go toilet", "my hands are full" say why.
    speakers: frozenset[str] = frozenset()
    # A verb said of a device that cannot do it, and the word meant: "open the fan"
    # is "on the fan" (said so in Singapore and India). English only.
    stand_ins: Mapping[str, str] = field(default_factory=dict)
    ups: frozenset[str] = frozenset()
    downs: frozenset[str] = frozenset()
    # Words that open a reason after a command ("saca el toldo, que da un solazo"):
    # what follows says why, never what to do (`agent/reading.py`).
    reasons: frozenset[str] = frozenset()
    # Words that open a remark on comfort where speech writes no pause: "Nana's AC to
    # just the fan it's getting too cold in there" (`agent/remarks.py`).
    remark_openers: tuple[str, ...] = ()
    # Words that open a statement of its own, said after a whole command where speech
    # writes no pause: "turn Lachie's fan off he's left it on all day" (`agent/pauses.py`).
    statement_openers: tuple[str, ...] = ()
    # Subjects that open a statement where a word the table does not know (its verb)
    # follows: "put the furnace fan on it smells like burnt popcorn", "kill the garage
    # lights somebody left them on" ("turn it off" opens none) (`agent/pauses.py`).
    statement_subjects: frozenset[str] = frozenset()
    # What speech-to-text writes for "and" between two devices: "turn off the TV in
    # the projector" (`agent/heard_words.py`).
    joiners_heard: Mapping[str, str] = field(default_factory=dict)
    # Words that open what a statement is about, before its verb (`asking_verbs`):
    # "put the bug zapper on the mozzies are eating us alive" (`agent/pauses.py`).
    articles: frozenset[str] = frozenset()
    # Words that say whose a device is: the alias "our rad" names the speakers' one,
    # and "the rad" does not say it where Ryan's and Evie's rads are rads too
    # (`agent/names.py`).
    possessives: frozenset[str] = frozenset()
    # Words that count two devices: "both", "allebei" (`agent/counted.py`).
    pair_words: frozenset[str] = frozenset()
    # Words of `every` that say all of those where the user is: "灯都关了" said to a
    # satellite is its room's lights, where "所有的灯" are the home's (`agent/shortlist.py`).
    every_here: frozenset[str] = frozenset()
    # Words that say the satellite's room: "mach hier alles Licht aus" is this room's.
    here: frozenset[str] = frozenset()
    # Pronouns that stand for the kind of device of the command before: "éteins la
    # lumière de la cuisine pis ouvre celle de la salle à manger" (`agent/reading.py`).
    same_kind: frozenset[str] = frozenset()
    # Words of `kind_needs` that tell devices apart, yet wake no mode when turned on:
    # "空调" is an AC that cools (never the floor heating), and "把空调开起" leaves it
    # in its mode, as most Chinese ACs heat too.
    any_mode: frozenset[str] = frozenset()
    # A kind word that names the one device called by it among others of its kind:
    # "the thermostat" of a "Thermostat" and radiator valves (`agent/shortlist.py`).
    main_kinds: frozenset[str] = frozenset()
    # Words said before a kind for a room's own one: "the big light" is the ceiling
    # light, not a lamp, of the room's lights (`agent/mains.py`).
    main_words: frozenset[str] = frozenset()
    # The units a question with no kind or name asks about by: "how many degrees is
    # it outside?" asks a temperature ("degree": temperature sensors).
    measures: Mapping[str, frozenset[Kind]] = field(default_factory=dict)
    # Phrases that end a conversation or take a request back, and the reply each
    # calls for: "thanks": "welcome", "never mind": "okay" (`agent/closing.py`).
    closings: Mapping[str, str] = field(default_factory=dict)
    # Phrases that take back what was just asked: "put the pool light on, ah,
    # fuhgeddaboudit" does nothing; said alone, they are closings answered "okay"
    # (`agent/closing.py`).
    take_backs: tuple[str, ...] = ()
    # What speech-to-text writes for a verb's prefix that reverses it, by prefix:
    # "unpause" heard as "and pause", "unlock" as "I'm lock". Opening spoken words,
    # they leave a verb with that prefix in doubt (`agent/heard.py`).
    prefix_soundalikes: Mapping[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=dict
    )
    _kinds: dict[str, frozenset[Kind]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # How words are found: a pattern for each of without and with decimals, and
    # the words of unspaced text, longest first, by their first character.
    _patterns: dict[bool, re.Pattern[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _known: dict[str, tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _kind_heads: list[str] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    _joined: list[tuple[re.Pattern[str], str]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    _phrases: list[tuple[re.Pattern[str], str]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        """Index the kinds each word means, by the word's singular form."""
        # First: every word read below, the table's own too, reads "to-do" as one.
        self._joined.extend(
            (re.compile(rf"\b{re.escape(written)}\b"), word)
            for written, word in (*self.joined.items(), *self.same_words.items())
        )
        kinds: dict[str, set[Kind]] = {}
        for domain, words in self.domain_words.items():
            for word in words:
                kinds.setdefault(self.singular(word), set()).add((domain, None))
        for domain, classes in self.class_words.items():
            for device_class, words in classes.items():
                for word in words:
                    kinds.setdefault(self.singular(word), set()).add(
                        (domain, device_class)
                    )
        for meant in kinds.values():
            # "blinds" means the blinds, not every cover.
            meant -= {(d, None) for d, cls in set(meant) if cls and d in BY_CLASS}
        self._kinds.update({word: frozenset(meant) for word, meant in kinds.items()})
        # The kind words a compound may end in, longest first: "stehlampe" is tried
        # before "lampe".
        self._kind_heads.extend(
            sorted((w for w in kinds if len(w) >= _MIN_KIND), key=len, reverse=True)
        )
        self._index_words()
        # Longest first; whole words where words are spaced.
        edge = "" if self.unspaced else r"\b"
        self._phrases.extend(
            phrase_pattern(phrase, meant, edge, self.clause_breaks | self.command_verbs)
            for phrase, meant in sorted(
                self.phrases.items(), key=lambda item: len(item[0]), reverse=True
            )
        )

    def _index_words(self) -> None:
        """Build the patterns that find words, and the words of unspaced text."""
        decimal = _DECIMAL[self.numbers.decimal_comma]
        if not self.unspaced:
            self._patterns.update(
                {False: re.compile(_WORD), True: re.compile(f"{decimal}|{_WORD}")}
            )
            return
        script = "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in self.unspaced)
        # A run of the unspaced script, or of other letters and digits: "到21.5度"
        # is "到", "21.5", "度".
        runs = rf"[{script}]+|(?:(?![{script}])\w)+"
        self._patterns.update(
            {False: re.compile(runs), True: re.compile(f"{decimal}|{runs}")}
        )
        unspaced = re.compile(rf"[{script}]+")
        known: dict[str, set[str]] = {}
        for word in self._table_words():
            if len(word) > 1 and unspaced.fullmatch(word):
                known.setdefault(word[0], set()).add(word)
        self._known.update(
            {
                first: tuple(sorted(words, key=lambda w: (-len(w), w)))
                for first, words in known.items()
            }
        )

    def _table_words(self) -> set[str]:
        """Return every word the table lists, whatever it means."""
        numbers = self.numbers
        words = set(self.lexicon)
        for sets in (
            self.domain_words.values(),
            (w for classes in self.class_words.values() for w in classes.values()),
            (w for a in self.actions.values() for w in (a.words, a.offered_when)),
            self.negations,
            self.opposites.values(),
            (comfort.words for comfort in self.comfort),
            (
                self.floors.levels,
                (self.floors.above, self.floors.below, self.floors.top),
            ),
        ):
            for group in sets:
                words.update(group)
        words.update(
            *(
                self.command_verbs,
                self.question_words,
                self.question_marks,
                self.asking_verbs,
                self.fillers,
                self.stop_words,
                self.every,
                self.negation_gaps,
                self.clause_breaks,
                self.exceptions,
                self.contrasts,
                self.without,
                self.keeps,
                self.here,
                self.particles,
                self.refers_back,
                self.opposites,
                self.value_words,
                self.code_words,
                self.sensitive_verbs,
                self.digit_words,
                self.digit_homophones,
                self.kind_needs,
                self.code_gaps,
                self.value_names,
                self.phrases.values(),
                numbers.words,
                numbers.tens,
                numbers.fractions,
                numbers.decimal_points,
                numbers.units,
                numbers.end_points,
                numbers.value_before,
            )
        )
        return words

    def parts(self, word: str) -> tuple[str, ...]:
        """Return the parts of a compound that ends in a kind word, else nothing.

        "wohnzimmerlicht" -> ("wohnzimmer", "licht"); "haushaltsliste" -> ("haushalts",
        "haushalt", "liste"): a joining "s" may end the first part. Both parts are
        at least three letters, the kind word at least four.
        """
        if not self.compounds or word in self._kinds:
            return ()
        for kind in self._kind_heads:
            if word.endswith(kind) and len(word) - len(kind) >= _MIN_PART:
                head = word[: -len(kind)]
                joined = (head[:-1],) if head.endswith("s") and len(head) > 4 else ()
                return (head, *joined, kind)
        return ()

    def narrows_a_kind(self, word: str) -> bool:
        """Return whether a kind word is a compound of a shorter one ("wohnungstür").

        "Wohnungstür" tells the flat's door from the "Haustor", both locks; a plain
        kind word ("Heizung") tells no device of its kind apart.
        """
        return self.compounds and any(
            word != kind and word.endswith(kind) and len(word) - len(kind) >= _MIN_PART
            for kind in self._kinds
            if len(kind) >= _MIN_PART
        )

    def said_value(self, value: object) -> object:
        """Return how the language says a call's value ("red" -> "rot"), else the value."""
        if isinstance(value, str):
            for word, meant in self.value_names.items():
                if meant == value:
                    return word
        return value

    def rephrase(self, text: str) -> str:
        """Return the text with each of the table's phrases said as its one word."""
        for pattern, meant in self._phrases:
            text = pattern.sub(meant, text)
        return text

    def words(self, text: str, *, decimals: bool = False) -> tuple[str, ...]:
        """Return the words of a text, lower case, in order, without punctuation.

        With `decimals` a decimal number is one word ("21.5", or "21,5" in a
        language with a decimal comma). A run of the characters the language writes
        without spaces is split into the table's words, longest first, from the
        left; a character that begins none is a word of its own ("打开餐厅灯" is
        "打开", "餐", "厅", "灯" when the table knows "打开" and "灯").
        """
        text = text.casefold()
        for pattern, word in self._joined:
            text = pattern.sub(word, text)
        found: list[str] = self._patterns[decimals].findall(text)
        if not self.unspaced:
            return tuple(found)
        return tuple(word for run in found for word in self._split(run))

    def _split(self, run: str) -> list[str]:
        """Return the words of a run of letters: the table's, longest first."""
        if not any(first <= run[0] <= last for first, last in self.unspaced):
            return [run]
        words: list[str] = []
        i = 0
        while i < len(run):
            known = self._known.get(run[i], ())
            word = next((w for w in known if run.startswith(w, i)), run[i])
            words.append(word)
            i += len(word)
        return words

    def singular(self, word: str) -> str:
        """Return the singular form of a lower-case word ("shelves" -> "shelf")."""
        plurals = self.plurals
        if word in plurals.invariant:
            return word
        if (irregular := plurals.irregular.get(word)) is not None:
            return irregular
        for suffix, replacement, shortest in plurals.rules:
            if len(word) >= shortest and word.endswith(suffix):
                return word[: len(word) - len(suffix)] + replacement
        return word

    def kinds_meant(self, words: Collection[str]) -> set[Kind]:
        """Return the (domain, device class or None) that the words name.

        A domain's own words give (domain, None); a class's words give (domain,
        class), and for a domain in BY_CLASS only that ("the blinds": no other cover).
        """
        meant: set[Kind] = set()
        for word in words:
            meant |= self._kinds.get(self.singular(word.casefold()), frozenset())
        return meant

    def only_kinds(self, name: str) -> bool:
        """Return whether a name says nothing but kinds of device ("TV", "Shades")."""
        words = self.words(name)
        return bool(words) and all(self.kinds_meant([word]) for word in words)

    def kind_words(self, domain: str, device_class: str | None) -> frozenset[str]:
        """Return the words for a kind of device: its domain's and its class's."""
        words = self.domain_words.get(domain, frozenset())
        if device_class is None:
            return words
        return words | self.class_words.get(domain, {}).get(device_class, frozenset())

    def class_only_words(self, domain: str, device_class: str) -> frozenset[str]:
        """Return the words of a device class alone, in singular form."""
        words = self.class_words.get(domain, {}).get(device_class, frozenset())
        return frozenset(self.singular(word) for word in words)

    def action(self, name: str) -> ActionWords:
        """Return the words for an action (none when the table has no entry)."""
        return self.actions.get(name, _NO_WORDS)


_NO_WORDS: Final = ActionWords()
