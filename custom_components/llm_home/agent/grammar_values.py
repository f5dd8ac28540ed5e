"""What the words say about a call's values, as the grammar admits them.

A number only where the user said it (a step only its way: "up two degrees" is +2),
a mode, colour or preset only where it was said, a to-do item only in the user's
words. `build_grammar` (grammar.py) writes these into each call's rule.
"""

from __future__ import annotations

import re
from typing import Final

from homeassistant.components.climate.const import HVACMode

from ..home.actions import STEPS, Action, Value
from ..home.calls import COLORS, WHITES
from ..home.snapshot import Home, HomeEntity
from ..language import Language
from .asked import MODES_BY_WAY, woken_modes
from .items import item_spans
from .options import said_options
from .reading import Clause
from .remarks import comfort_command
from .tokens import PAUSE, opening, said_numbers, tokenize, way_said

# Values the model writes the same way for every device.
SHARED_VALUES: Final = {
    Value.PERCENT: '("100" | [1-9] [0-9]? | "0")',
    Value.PERCENT_STEP: '[+-] ("100" | [1-9] [0-9]?)',
    Value.DEGREES_STEP: '[+-] ("10" | [1-9])',
    Value.COLOR: " | ".join(f'"{color}"' for color in COLORS),
    Value.WHITE: " | ".join(f'"{white}"' for white in WHITES),
}


def literal(text: str) -> str:
    """Return a GBNF string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def alternatives(options: list[str]) -> str:
    """Return a GBNF group of these alternatives."""
    return "(" + " | ".join(options) + ")"


MAX_DEGREES: Final = 200


def _whole(number: str) -> int | None:
    return int(number) if number.isdigit() else None


def said_values(
    action: Action,
    said: frozenset[str],
    targets: frozenset[str],
    sign: str = "[+-]",
    *,
    unread: bool = False,
) -> str | None:
    """Return the value rule limited to numbers the user said; None drops the call.

    A step is a whole number the user said, or the action's default step ("a bit
    brighter") only when the words hold no number at all: "set it to 40 degrees"
    can never become "2 degrees warmer". A number said after "to" is where the
    setting should end up, never a step: "turn the volume down to 50%". A step goes
    the way the words say (`sign`: "up two degrees" is +2). Where a value was said
    that is no number (`unread`: "up to the breeze", heard for "up two degrees"), no
    default step stands in for it.
    """
    whole = {n: w for n in said if (w := _whole(n)) is not None}
    if action.value is Value.PERCENT:
        numbers = sorted(n for n, w in whole.items() if w <= 100)
        return alternatives([literal(n) for n in numbers]) if numbers else None
    if action.value in STEPS:
        # "Down half a degree": a temperature's step may be a decimal.
        steps = [
            n
            for n in said
            if (n in whole or action.value is Value.DEGREES_STEP)
            and 0 < float(n) <= action.max_step
            and n not in targets
        ]
        if not said and not unread:
            steps = list(action.default_steps)
        if not steps:
            return None
        return f"{sign} {alternatives([literal(n) for n in sorted(steps)])}"
    return SHARED_VALUES[action.value]


# Values that are words: offered only when the user said them ("set it to heat", "make
# it blue"); "set opa's heater to 19 degrees" must never switch it off. An arm mode
# said picks the mode ("the alarm in night mode"); none said leaves the panel's modes.
NAMED_VALUES: Final = {Value.COLOR: COLORS, Value.WHITE: tuple(WHITES)}
SAID_OPTIONS: Final = frozenset({Value.HVAC_MODE, Value.FAN_MODE, Value.PRESET})


def in_call_values(words: frozenset[str], language: Language) -> frozenset[str]:
    """Return the words said, with the call's own value for each the table names."""
    names = language.value_names
    return words | {names[word] for word in words if word in names}


def whites_of_a_colour(clause: Clause) -> frozenset[str]:
    """Return the whites said right before a colour: "a nice warm orange" is orange.

    Not before white: "warm white" is the white.
    """
    names, tokens = clause.language.value_names, clause.tokens
    return frozenset(
        word
        for word, then in zip(tokens, tokens[1:], strict=False)
        if names.get(word, word) in WHITES
        and names.get(then, then) in COLORS
        and names.get(then, then) != "white"
    )


def item_rule(clause: Clause | None) -> str | None:
    """Return the rule for a to-do item: words the user said, None where none."""
    if clause is None:
        return "[a-zA-Z0-9' ]{1,60}"
    spans = item_spans(clause)
    return alternatives([literal(span) for span in spans]) if spans else None


# The mode an indirect request wakes, by the way its command steps.
_COMFORT_MODES: Final = {literal(way): modes for way, modes in MODES_BY_WAY.items()}


def stepped_numbers(clause: Clause) -> frozenset[str]:
    """Return the numbers said right after a way ("up 20 percent", "down 10").

    A step of that much, never the level: "bump the lamp up 20 percent" is 20 more;
    so is a number right before a way, its unit between ("twintig procent feller",
    "20 percent brighter"). A fraction says where it ends: "up full", "halfway down".
    """
    language = clause.language
    tokens = clause.tokens
    ways = language.particles & (language.ups | language.downs)
    comparatives = language.ups | language.downs
    units = language.numbers.units
    stepped: set[str] = set()
    for i, token in enumerate(tokens):
        said = said_numbers([token], language, fractions=False) & clause.numbers
        if not said:
            continue
        rest = [t for t in tokens[i + 1 : i + 3] if t not in units]
        if (i and tokens[i - 1] in ways) or (rest and rest[0] in comparatives):
            stepped |= said
    return frozenset(stepped)


def sign(clause: Clause | None) -> str:
    """Return the signs a step may take: the one way the words say, else either."""
    if clause is None:
        return "[+-]"
    language = clause.language
    tokens = clause.tokens
    if clause.comfort and (command := comfort_command(tokens, language)):
        # "Tengo frío" is "sube la calefacción": the command's way, not "frío"'s.
        tokens = language.words(command)
    way = way_said(tokens, language)
    if way is None and len(parts := re.split(PAUSE, clause.text)) > 1:
        # "El aire de Cami está muy frío, súbelo un poquito": the command's way,
        # never the cold the remark beside it says of the air.
        said = [tokenize(part, language) for part in parts]
        commands = [t for t in said if opening(t, language) in language.command_verbs]
        # "…up, no, down two degrees": a way said apart corrects it; the model decides.
        apart = {t for part in said if part not in commands for t in part}
        if len(commands) == 1 and apart.isdisjoint(language.particles):
            way = way_said(commands[0], language)
    return "[+-]" if way is None else literal(way)


def says_a_value_slot(action_name: str, clause: Clause | None) -> bool:
    """Return whether the words say the words around a value ("mode" of "in {value} mode").

    They come from the action's examples in the request's language.
    """
    if clause is None:
        return False
    frame = _value_frame(action_name, clause.language)
    frame -= clause.language.action(action_name).said_by
    return bool(frame.intersection(clause.tokens))


def _value_frame(action_name: str, language: Language) -> set[str]:
    """Return the words beside "{value}" in the action's examples, stop words aside."""
    frame: set[str] = set()
    for example in language.action(action_name).examples:
        words = example.split()
        for i, word in enumerate(words):
            if word == "{value}":
                frame.update(words[max(0, i - 1) : i] + words[i + 1 : i + 2])
    return frame - language.stop_words


def modes_meant(
    home: Home, clause: Clause | None, mode_words: frozenset[str] | None
) -> tuple[frozenset[str], frozenset[str], frozenset[str] | None]:
    """Return the modes a device is woken in, those never left to turning it on.

    And the words that say modes.
    """
    woken = woken_modes(clause)
    if clause is not None and (clause.comfort or clause.asleep):
        # "It's boiling in here" ("make the heating cooler"): cooling or a step down,
        # never the heating its command names; "I'm freezing": heating or a step up.
        # A temperature said is the setting asked for, in the mode the device is in:
        # "the rumpus aircon up to 25, it's freezing down there" never heats.
        woken = (
            frozenset()
            if clause.numbers
            else _COMFORT_MODES.get(sign(clause), frozenset())
        )
        return woken, woken, frozenset()
    modes = frozenset(mode for entity in home.entities for mode in modes_of(entity))
    if mode_words is not None and _says_a_mode(modes, clause, mode_words):
        # "Pon el aire en modo seco": the mode said, never the one that turning the
        # device on would pick (cooling), even where the words said it badly; nor
        # turned on in its last mode ("pon el radiador en modo frío" had heated).
        return frozenset(), modes, mode_words
    return woken, woken, mode_words


def _says_a_mode(
    modes: frozenset[str], clause: Clause | None, mode_words: frozenset[str]
) -> bool:
    """Return whether the words say one of the home's HVAC modes, or "in ... mode"."""
    if said_options(sorted(modes), mode_words):
        return True
    return clause is not None and not _value_frame(
        "climate_mode", clause.language
    ).isdisjoint(clause.tokens)


def degrees(said: frozenset[str]) -> tuple[str, ...]:
    """Return the temperatures said (decimals too: "21.5"), up to MAX_DEGREES."""
    return tuple(sorted((n for n in said if float(n) <= MAX_DEGREES), key=float))


def mode_words_of(
    words: frozenset[str], clause: Clause, domains: frozenset[str] | None = None
) -> frozenset[str]:
    """Return the words that can say a mode where a number is said too.

    "Set the heating to 21.5": "heating" names the device and asks for no mode;
    "set the thermostat to heat at 22" does, after "to", and "en modo calefacción a
    23" after the word for a mode. With `domains`, only the words of those kinds
    name the device: "Mach die Heizung auf Boost" asks for no heating, "Nana's AC to
    just the fan" for the fan mode.
    """
    language = clause.language
    tokens = clause.tokens
    before = language.numbers.end_points | _value_frame("climate_mode", language)
    after = {tokens[i + 1] for i, word in enumerate(tokens[:-1]) if word in before}
    return frozenset(
        w
        for w in words
        if w in after
        or not any(
            domains is None or domain in domains
            for domain, _ in language.kinds_meant([w])
        )
    )


def without_fan_only(
    action: Action, entity: HomeEntity, modes: tuple[str, ...], said: frozenset[str]
) -> tuple[str, ...]:
    """Return a device's HVAC modes, but fan only where a speed of its fan is said.

    "Turn the fan on the mini-split down to low": its fan's speed, never the
    fan-only mode that "fan" alone would say.
    """
    if action.value is not Value.HVAC_MODE or entity.domain != "climate":
        return modes
    speeds = entity.attributes.get("fan_modes", [])
    if not said_options([str(speed) for speed in speeds], said):
        return modes
    return tuple(mode for mode in modes if mode != HVACMode.FAN_ONLY)


# Fan modes that are also the words of switching ("on the thermostat").
_SWITCHED: Final = frozenset({"on", "off"})


def without_switched_fan(
    action: Action, modes: tuple[str, ...], clause: Clause | None
) -> tuple[str, ...]:
    """Return a fan's modes, "on" and "off" only where its fan is said.

    "Drop the humidity on the thermostat five percent" sets no fan mode "on".
    """
    if clause is None or action.value is not Value.FAN_MODE:
        return modes
    if not clause.language.action(action.name).words.isdisjoint(
        clause.tokens_and_words()
    ):
        return modes
    return tuple(mode for mode in modes if mode not in _SWITCHED)


def modes_of(entity: HomeEntity) -> list[str]:
    """Return a climate device's HVAC modes; none for other devices."""
    modes = (
        entity.attributes.get("hvac_modes", []) if entity.domain == "climate" else []
    )
    return [str(mode) for mode in modes]


def on_a_number(clause: Clause, said: frozenset[str]) -> bool:
    """Return whether a number said ends the command just after a particle.

    A fan kept "on 2" (or put "on speed 3") runs at that speed; turning it on, at
    full speed, would be a value nobody said.
    """
    tokens = clause.tokens
    return (
        bool(tokens)
        and tokens[-1] in said
        and any(token in clause.language.particles for token in tokens[-3:-1])
    )
