"""A llama.cpp grammar (GBNF) that admits only valid calls on the exposed home.

Only real call names, only exposed entities and areas that support the call, only
values the device accepts (its HVAC modes, its temperature range, ...), at most
MAX_CALLS calls of at most MAX_TARGETS targets, and the `none()` exit unless the
request surely names a device.
"""

from __future__ import annotations

from typing import Final

from ..home.actions import ACTIONS, STEPS, Action, Value
from ..home.calls import COLORS, MAX_CALLS, MAX_TARGETS, NONE_CALL, SEPARATOR, WHITES
from ..home.capabilities import (
    PLAIN_ARM,
    WORD_VALUES,
    option_values,
    targets_for,
    value_options,
)
from ..home.snapshot import Home, HomeEntity, label
from ..language import ENGLISH, Language
from .asked import offered, woken_modes
from .meant import plural_kind
from .names import words_of
from .options import NAMED_OPTIONS, best_said, option_numbers, said_options, speed_steps
from .reading import Clause, comfort_command
from .tokens import all_action_words

# Values the model writes the same way for every device.
_SHARED_VALUES: Final = {
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


def _alternatives(options: list[str]) -> str:
    return "(" + " | ".join(options) + ")"


MAX_DEGREES: Final = 200


def _whole(number: str) -> int | None:
    return int(number) if number.isdigit() else None


def _said_values(
    action: Action, said: frozenset[str], targets: frozenset[str], sign: str = "[+-]"
) -> str | None:
    """Return the value rule limited to numbers the user said; None drops the call.

    A step is a whole number the user said, or the action's default step ("a bit
    brighter") only when the words hold no number at all: "set it to 40 degrees"
    can never become "2 degrees warmer". A number said after "to" is where the
    setting should end up, never a step: "turn the volume down to 50%". A step goes
    the way the words say (`sign`: "up two degrees" is +2).
    """
    whole = {n: w for n in said if (w := _whole(n)) is not None}
    if action.value is Value.PERCENT:
        numbers = sorted(n for n, w in whole.items() if w <= 100)
        return _alternatives([literal(n) for n in numbers]) if numbers else None
    if action.value in STEPS:
        # "Down half a degree": a temperature's step may be a decimal.
        steps = [
            n
            for n in said
            if (n in whole or action.value is Value.DEGREES_STEP)
            and 0 < float(n) <= action.max_step
            and n not in targets
        ]
        if not said:
            steps = list(action.default_steps)
        if not steps:
            return None
        return f"{sign} {_alternatives([literal(n) for n in sorted(steps)])}"
    return _SHARED_VALUES[action.value]


# Values that are words: offered only when the user said them ("set it to heat", "make
# it blue"); "set opa's heater to 19 degrees" must never switch it off. An arm mode
# said picks the mode ("the alarm in night mode"); none said leaves the panel's modes.
_NAMED_VALUES: Final = {Value.COLOR: COLORS, Value.WHITE: tuple(WHITES)}
_SAID_OPTIONS: Final = frozenset({Value.HVAC_MODE, Value.FAN_MODE, Value.PRESET})


def _in_call_values(words: frozenset[str], language: Language) -> frozenset[str]:
    """Return the words said, with the call's own value for each the table names."""
    names = language.value_names
    return words | {names[word] for word in words if word in names}


def _item_rule(clause: Clause | None) -> str | None:
    if clause is None:
        return "[a-zA-Z0-9' ]{1,60}"
    spans = clause.items()
    return _alternatives([literal(span) for span in spans]) if spans else None


# The mode an indirect request wakes, by the way its command steps.
_COMFORT_MODES: Final = {
    literal("+"): frozenset({"heat"}),
    literal("-"): frozenset({"cool"}),
}


def _sign(clause: Clause | None) -> str:
    """Return the signs a step may take: the one way the words say, else either."""
    if clause is None:
        return "[+-]"
    language = clause.language
    tokens = clause.tokens
    if clause.comfort and (command := comfort_command(tokens, language)):
        # "Tengo frío" is "sube la calefacción": the command's way, not "frío"'s.
        tokens = language.words(command)
    up = bool(language.ups.intersection(tokens))
    down = bool(language.downs.intersection(tokens))
    if up == down:
        return "[+-]"
    return literal("+" if up else "-")


def _says_a_value_slot(action_name: str, clause: Clause | None) -> bool:
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


def _modes_meant(
    home: Home, clause: Clause | None, mode_words: frozenset[str] | None
) -> tuple[frozenset[str], frozenset[str], frozenset[str] | None]:
    """Return the modes a device is woken in, those never left to turning it on.

    And the words that say modes.
    """
    woken = woken_modes(clause)
    if clause is not None and clause.comfort:
        # "It's boiling in here" ("make the heating cooler"): cooling or a step down,
        # never the heating its command names; "I'm freezing": heating or a step up.
        woken = _COMFORT_MODES.get(_sign(clause), frozenset())
        return woken, woken, frozenset()
    modes = frozenset(mode for entity in home.entities for mode in _modes(entity))
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


def _degrees(said: frozenset[str]) -> tuple[str, ...]:
    """Return the temperatures said (decimals too: "21.5"), up to MAX_DEGREES."""
    return tuple(sorted((n for n in said if float(n) <= MAX_DEGREES), key=float))


def _mode_words(words: frozenset[str], clause: Clause) -> frozenset[str]:
    """Return the words that can say a mode where a number is said too.

    "Set the heating to 21.5": "heating" names the device and asks for no mode;
    "set the thermostat to heat at 22" does, after "to", and "en modo calefacción a
    23" after the word for a mode.
    """
    language = clause.language
    tokens = clause.tokens
    before = language.numbers.end_points | _value_frame("climate_mode", language)
    after = {tokens[i + 1] for i, word in enumerate(tokens[:-1]) if word in before}
    return frozenset(w for w in words if w in after or not language.kinds_meant([w]))


def _modes(entity: HomeEntity) -> list[str]:
    modes = (
        entity.attributes.get("hvac_modes", []) if entity.domain == "climate" else []
    )
    return [str(mode) for mode in modes]


def _on_a_number(clause: Clause, said: frozenset[str]) -> bool:
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


def _call(spec: Action, body: str) -> str:
    return f"{literal(spec.name + '(')} {body} {literal(')')}"


def build_grammar(
    home: Home, clause: Clause | None = None, *, exit_allowed: bool = True
) -> str:
    """Return the GBNF grammar for calls on this home.

    With the `clause` (the command as read), brightness and temperature values must
    be numbers the user said (the model cannot invent "30%" for "a bit brighter"), a
    to-do item must be words the user said, and a question gets only answers.
    Without `exit_allowed`, `none()` is only admitted when no other call is possible.
    When the words say "all" ("every", "both"), a call that takes several targets
    names groups only ("All blinds", "Kitchen lights"): a group means the devices
    offered, which llm_home's tools hold it to (offered.py).
    """
    # The values said outside the names of these devices and of areas: "heat" in
    # "Heat Pump" asks for no mode, "1" in "Bedroom 1" for no number.
    heard = (
        clause.values([e.entity_id for e in home.entities])
        if clause is not None
        else None
    )
    # "TV to HDMI 2" says no number either: it is the source's.
    in_options = option_numbers(home, heard.words) if heard else frozenset()
    said = heard.numbers - in_options if heard is not None else None
    value_words = (
        _in_call_values(heard.words, clause.language)
        if heard is not None and clause is not None
        else None
    )
    end_points = heard.end_points - in_options if heard else frozenset()
    mode_words = value_words
    if heard is not None and clause is not None and said:
        mode_words = _in_call_values(_mode_words(heard.words, clause), clause.language)
    # "Set Kevin's suction to max": a value was asked for that is no number and no
    # word of an action; a call without a value ("start") would do something else.
    # So does a fraction or a number said after "to" outside the names: "open the
    # Velux halfway" is never "open" all the way. A number said anywhere else is no
    # such ask: "Pause out 4 speakers" (heard for "outdoor") still pauses.
    asks_a_value = (
        clause is not None
        and heard is not None
        and (
            bool(heard.end_points)
            or not clause.language.numbers.fractions.keys().isdisjoint(heard.words)
            or bool(
                heard.ends
                - all_action_words(clause.language)
                - clause.language.particles
            )
            or _on_a_number(clause, said or frozenset())
            # "Accendi la Hue Go di blu": the colour, never a plain "on".
            or not (value_words or frozenset()).isdisjoint(COLORS)
        )
    )
    # "Zet de screens omlaag": a kind in the plural is every one offered, as "all" is.
    every = clause is not None and (
        clause.every or plural_kind(clause.tokens, clause.spans, clause.names)
    )
    language = ENGLISH if clause is None else clause.language
    woken, not_turned_on, mode_words = _modes_meant(home, clause, mode_words)
    rules: dict[str, str] = {}
    calls: list[str] = []
    single_names = {
        name
        for entity in home.entities
        for name in (entity.label, *map(label, entity.aliases))
    }
    for spec in ACTIONS:
        if not offered(spec, clause) or (
            asks_a_value and spec.value is Value.NONE and not spec.read_only
        ):
            continue
        targets = targets_for(home, spec, every=every, language=language)
        if not_turned_on and spec.name == "turn_on":
            # "Turn on the AC": its cooling (climate_mode), never its last mode.
            targets = {
                name: members
                for name, members in targets.items()
                if not all(not_turned_on & set(_modes(m)) for m in members)
            }
        if every and spec.multi:
            # "Close all the blinds": a group ("All blinds"), which means the devices
            # offered for this request; a small model otherwise often names just one.
            targets = {
                name: members
                for name, members in targets.items()
                if name not in single_names
            } or targets
            # "All the lights upstairs": the group of the floor said ("Upstairs
            # lights"), never one room's of those offered.
            targets = {
                name: members
                for name, members in targets.items()
                if clause is not None and _place_said(name, clause)
            } or targets
        if not targets:
            continue
        rule = spec.name.replace("_", "-")
        if spec.value in _SHARED_VALUES or spec.value in (Value.NONE, Value.ITEM):
            value_rule = _SHARED_VALUES.get(spec.value)
            if spec.value is Value.ITEM:
                value_rule = _item_rule(clause)
            elif said is not None and spec.value is not Value.NONE:
                numbers = said
                if spec.name == "fan_speed" and not (clause and clause.says_a_unit()):
                    numbers = speed_steps(home, said)
                value_rule = _said_values(spec, numbers, end_points, _sign(clause))
            if spec.value in _NAMED_VALUES and value_words is not None:
                named = said_options(_NAMED_VALUES[spec.value], value_words)
                value_rule = (
                    _alternatives([literal(v) for v in named]) if named else None
                )
            if value_rule is None and spec.value is not Value.NONE:
                continue
            rules[f"{rule}-target"] = " | ".join(literal(name) for name in targets)
            body = f"{rule}-target"
            if spec.multi:
                body += f" ({literal(SEPARATOR)} {rule}-target){{0,{MAX_TARGETS - 1}}}"
            if value_rule is not None:
                body += f" {literal(SEPARATOR)} ({value_rule})"
        else:
            # Each target with the values that this device accepts.
            options = []
            each: dict[str, str] = {}  # a device's first name's option
            for name, entities in targets.items():
                # Single-target calls: an area stands for exactly one device here.
                values = value_options(spec, entities[0])
                if spec.value in WORD_VALUES:
                    values = option_values(values)
                if spec.value in _SAID_OPTIONS and mode_words is not None:
                    said_modes = said_options(values, mode_words)
                    values = (
                        *said_modes,
                        *sorted(woken & set(values) - set(said_modes)),
                    )
                if spec.value in NAMED_OPTIONS and value_words is not None:
                    values = best_said(values, value_words)
                if spec.value is Value.ARM_MODE and value_words is not None:
                    # No mode said: armed in full (away) where it can be, unless the
                    # words say where one went ("in the way mode", heard for "in
                    # away mode"): none is guessed.
                    values = said_options(values, value_words) or (
                        () if _says_a_value_slot(spec.name, clause) else _plain(values)
                    )
                if spec.value is Value.DEGREES and said is not None:
                    # Any number said: one out of range is refused with the range;
                    # "two degrees warmer" (a way said, no "to") is a step, never 2.
                    stepped = _sign(clause) != "[+-]" and not end_points
                    values = () if stepped else _degrees(said)
                if values:
                    options.append(
                        f"{literal(name + SEPARATOR)} {_alternatives([literal(v) for v in values])}"
                    )
                    each.setdefault(entities[0].entity_id, options[-1])
            if not options:
                continue
            if every and 1 < len(each) <= MAX_CALLS:
                # "Set both fans to high": a call for each device, never for one.
                rules[rule] = f" {literal(chr(10))} ".join(
                    _call(spec, option) for option in each.values()
                )
                calls.append(rule)
                continue
            body = _alternatives(options)
        rules[rule] = _call(spec, body)
        calls.append(rule)
    return _assembled(
        calls, rules, exit_allowed=exit_allowed or not calls, read=clause is not None
    )


def _assembled(
    calls: list[str], rules: dict[str, str], *, exit_allowed: bool, read: bool
) -> str:
    """Return the grammar of these calls, each a rule of `rules` (`read`: for words)."""
    if read and {"climate-mode", "climate-temp"} <= set(calls):
        # "Whack the split on cool, twenty-one degrees", "put the heating on to
        # nineteen": the mode and the temperature, never one of the two.
        calls = [c for c in calls if c not in ("climate-mode", "climate-temp")]
        rules["climate-mode-temp"] = f"climate-mode {literal(chr(10))} climate-temp"
        calls.append("climate-mode-temp")
    if exit_allowed:
        calls.insert(0, literal(f"{NONE_CALL}()"))
    lines = [
        f"root ::= call ({literal(chr(10))} call){{0,{MAX_CALLS - 1}}}",
        f"call ::= {' | '.join(calls)}",
        *(f"{name} ::= {body}" for name, body in rules.items()),
    ]
    return "\n".join(lines) + "\n"


def _place_said(group: str, clause: Clause) -> bool:
    """Return whether the words say where a group is ("unten" of "Unten Lichter").

    Its kind may be said in other words: "alle Lampen unten" is "Unten Lichter".
    """
    language = clause.language
    words = words_of(group, language)
    place = {w for w in words if not language.kinds_meant([w])}
    kinds = language.kinds_meant(sorted(words - place))
    # "All the ceiling fans downstairs" is no "downstairs lights" group.
    domains = {domain for domain, _ in clause.kinds}
    return place <= clause.words and (
        not kinds or not domains or any(d in domains for d, _ in kinds)
    )


def _plain(modes: tuple[str, ...]) -> tuple[str, ...]:
    """Return the mode "arm the alarm" means, where the panel has it; else any."""
    return (PLAIN_ARM,) if PLAIN_ARM in modes else modes
