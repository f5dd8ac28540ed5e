"""A llama.cpp grammar (GBNF) that admits only valid calls on the exposed home.

Only real call names, only exposed entities and areas that support the call, only
values the device accepts (its HVAC modes, its temperature range, ...), at most
MAX_CALLS calls of at most MAX_TARGETS targets, and the `none()` exit unless the
request surely names a device. Which values the words allow: grammar_values.py.
"""

from __future__ import annotations

from typing import Final

from ..home.actions import ACTIONS, Action, Value
from ..home.calls import COLORS, MAX_CALLS, MAX_TARGETS, NONE_CALL, SEPARATOR
from ..home.capabilities import (
    ARM_STAND_INS,
    PLAIN_ARM,
    WORD_VALUES,
    option_values,
    targets_for,
    value_options,
)
from ..home.snapshot import Home, label
from ..language import ENGLISH
from .asked import offered, put_in_a_mode
from .grammar_values import (
    NAMED_VALUES,
    SAID_OPTIONS,
    SHARED_VALUES,
    alternatives,
    degrees,
    in_call_values,
    item_rule,
    literal,
    mode_words_of,
    modes_meant,
    modes_of,
    on_a_number,
    said_values,
    says_a_value_slot,
    sign,
    stepped_numbers,
    whites_of_a_colour,
    without_fan_only,
    without_switched_fan,
)
from .meant import plural_kind, units_said
from .named import one_said
from .names import words_of
from .options import (
    NAMED_OPTIONS,
    best_said,
    named_by_source,
    named_speeds,
    option_numbers,
    said_in_a_row,
    said_options,
    speed_steps,
)
from .reading import Clause
from .tokens import all_action_words


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
    heard_counted = heard.counted if heard is not None else frozenset()
    value_words = (
        in_call_values(heard.words - whites_of_a_colour(clause), clause.language)
        if heard is not None and clause is not None
        else None
    )
    end_points = heard.end_points - in_options if heard else frozenset()
    # "Mach im Büro die Heizung auf Boost", "mach das Radio an": the word of the
    # devices' own kind says no mode (heat) nor a station ("Radio Horeb"), but
    # after "to" or "mode".
    option_words = (
        in_call_values(
            mode_words_of(
                heard.words, clause, frozenset(e.domain for e in home.entities)
            ),
            clause.language,
        )
        if heard is not None and clause is not None
        else None
    )
    function_words = (
        clause.language.particles | clause.language.stop_words
        if clause is not None
        else frozenset()
    )
    mode_words = option_words
    if heard is not None and clause is not None and (said or _switched_off(clause)):
        # "Éteins le chauffage": the heating switched off, never put in heat mode.
        mode_words = in_call_values(mode_words_of(heard.words, clause), clause.language)
    # "Set Kevin's suction to max": a value was asked for that is no number and no
    # word of an action; a call without a value ("start") would do something else.
    # So does a fraction or a number said after "to" outside the names: "open the
    # Velux halfway" is never "open" all the way. A number said anywhere else is no
    # such ask: "Pause out 4 speakers" (heard for "outdoor") still pauses.
    # "Drop the humidity five percent": a value in a unit that is no degree.
    not_degrees = _not_in_degrees(clause)
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
            or on_a_number(clause, said or frozenset())
            # "Accendi la Hue Go di blu": the colour, never a plain "on".
            or not (value_words or frozenset()).isdisjoint(COLORS)
            or not_degrees
            # "Put Kayo on the telly": its source, never a plain "on".
            or bool(named_by_source(home, clause))
        )
    )
    # "Zet de screens omlaag": a kind in the plural is every one offered, as "all" is.
    every = clause is not None and (
        clause.every or plural_kind(clause.tokens, clause.spans, clause.names)
    )
    # "The light in the living room": one device, of those offered.
    one = clause is not None and not every and one_said(clause)
    language = ENGLISH if clause is None else clause.language
    # Read once for every call: a value said after "to" that is no number, and the
    # values a remark beside the request tells.
    unread, remarked = _unread(clause), _remarked(clause)
    woken, not_turned_on, mode_words = modes_meant(home, clause, mode_words)
    in_a_mode = put_in_a_mode(clause)
    rules: dict[str, str] = {}
    calls: list[str] = []
    single_names = {
        name
        for entity in home.entities
        for name in (entity.label, *map(label, entity.aliases))
    }
    in_degrees = _in_degrees(clause)
    for spec in ACTIONS:
        if (
            not offered(spec, clause)
            or (
                # "Mets deux degrés de plus dans le living": the heating, never the
                # living room's lamp stepped by 2 %.
                in_degrees and spec.value in (Value.PERCENT, Value.PERCENT_STEP)
            )
            or (
                # "Drop the humidity on the thermostat five percent": never 5 degrees.
                not_degrees and spec.value in (Value.DEGREES, Value.DEGREES_STEP)
            )
            or (
                asks_a_value
                and spec.value is Value.NONE
                and not spec.read_only
                and not _by_its_verb(spec, clause)
            )
        ):
            continue
        targets = targets_for(home, spec, every=every, language=language)
        if spec.name == "turn_on" and (not_turned_on or in_a_mode):
            # "Turn on the AC": its cooling (climate_mode), never its last mode; "pon
            # el ventilador en modo brisa": its preset, never on at a speed unsaid.
            targets = {
                name: members
                for name, members in targets.items()
                if not all(
                    not_turned_on & set(modes_of(m))
                    or (in_a_mode and m.domain == "fan")
                    for m in members
                )
            }
        if one and spec.multi:
            # "Turn off the light in the living room": one light, never the room's
            # group nor a list of them.
            targets = {
                name: members for name, members in targets.items() if len(members) == 1
            } or targets
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
        if spec.value in SHARED_VALUES or spec.value in (Value.NONE, Value.ITEM):
            value_rule = SHARED_VALUES.get(spec.value)
            if spec.value is Value.ITEM:
                value_rule = item_rule(clause)
            elif said is not None and spec.value is not Value.NONE:
                value_rule = said_values(
                    spec,
                    _numbers(spec, said, end_points, home, clause),
                    end_points,
                    sign(clause),
                    unread=unread,
                )
            if spec.value in NAMED_VALUES and value_words is not None:
                named = said_options(NAMED_VALUES[spec.value], value_words)
                value_rule = (
                    alternatives([literal(v) for v in named]) if named else None
                )
            if value_rule is None and spec.value is not Value.NONE:
                continue
            rules[f"{rule}-target"] = " | ".join(literal(name) for name in targets)
            body = f"{rule}-target"
            if spec.multi and not one:
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
                if spec.value in SAID_OPTIONS and mode_words is not None:
                    values = without_fan_only(spec, entities[0], values, mode_words)
                    values = without_switched_fan(spec, values, clause)
                    said_modes = said_options(values, mode_words)
                    values = (
                        *said_modes,
                        *sorted(woken & set(values) - set(said_modes)),
                    )
                if (
                    spec.value in NAMED_OPTIONS
                    and option_words is not None
                    and clause is not None
                ):
                    # "Put her on quiet" says no "SBS On Demand": "on" names none.
                    values = said_in_a_row(values, clause.tokens) or best_said(
                        values, option_words - function_words
                    )
                if spec.value is Value.ARM_MODE and value_words is not None:
                    # No mode said: armed in full (away) where it can be, unless the
                    # words say where one went ("in the way mode", heard for "in
                    # away mode"): none is guessed.
                    values = (
                        said_options(values, value_words)
                        or said_options(values, remarked)
                        or _stood_in(values, remarked | value_words)
                        or (
                            ()
                            if says_a_value_slot(spec.name, clause)
                            else _plain(values)
                        )
                    )
                if spec.value is Value.DEGREES and said is not None:
                    # Any number said: one out of range is refused with the range;
                    # "two degrees warmer" (a way said, no "to") is a step, never 2,
                    # and "half" is 50 % of something, never 50 degrees.
                    stepped = sign(clause) != "[+-]" and not end_points
                    values = () if stepped else degrees(said & heard_counted)
                if values:
                    options.append(
                        f"{literal(name + SEPARATOR)} {alternatives([literal(v) for v in values])}"
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
            body = alternatives(options)
        rules[rule] = _call(spec, body)
        calls.append(rule)
    return _assembled(
        calls,
        rules,
        exit_allowed=exit_allowed or not calls,
        read=clause is not None,
        by_verb={
            spec.name.replace("_", "-")
            for spec in ACTIONS
            if _by_its_verb(spec, clause)
        },
    )


def _switched_off(clause: Clause) -> bool:
    """Return whether the words switch something off ("éteins", "turn off").

    Not on: "the aircon on dry" says its mode after "on".
    """
    said = clause.tokens_and_words()
    return not clause.language.action("turn_off").said_by.isdisjoint(said)


def _by_its_verb(spec: Action, clause: Clause | None) -> bool:
    """Return whether an action that may come with a value is said by its verb."""
    return (
        spec.with_a_value
        and clause is not None
        and clause.opening in clause.language.action(spec.name).words
    )


# Calls said together, made together: "whack the split on cool, twenty-one degrees"
# and "put the heating on to nineteen" are the mode and the temperature, never one of
# the two; "run the vacuum on max" starts it and sets its suction.
_TOGETHER: Final = {
    "climate-mode-temp": ("climate-mode", "climate-temp"),
    "start-speed": ("start", "vacuum-speed"),
}
# The calls made together with another only where their own verb is said: "set the
# vacuum to max suction" is no start.
_BY_VERB: Final = frozenset(a.name.replace("_", "-") for a in ACTIONS if a.with_a_value)


def _assembled(
    calls: list[str],
    rules: dict[str, str],
    *,
    exit_allowed: bool,
    read: bool,
    by_verb: set[str],
) -> str:
    """Return the grammar of these calls, each a rule of `rules` (`read`: for words).

    `by_verb`: the calls said by their verb beside another's value ("run ... on max").
    """
    for together, pair in _TOGETHER.items():
        if (
            read
            and set(pair) <= set(calls)
            and (pair[0] not in _BY_VERB or pair[0] in by_verb)
        ):
            calls = [c for c in calls if c not in pair]
            rules[together] = f" {literal(chr(10))} ".join(pair)
            calls.append(together)
    if exit_allowed:
        calls.insert(0, literal(f"{NONE_CALL}()"))
    lines = [
        f"root ::= call ({literal(chr(10))} call){{0,{MAX_CALLS - 1}}}",
        f"call ::= {' | '.join(calls)}",
        *(f"{name} ::= {body}" for name, body in rules.items()),
    ]
    return "\n".join(lines) + "\n"


def _numbers(
    spec: Action,
    said: frozenset[str],
    end_points: frozenset[str],
    home: Home,
    clause: Clause | None,
) -> frozenset[str]:
    """Return the numbers an action's value may take of those said."""
    if clause is None:
        return speed_steps(home, said) if spec.name == "fan_speed" else said
    if spec.value is Value.PERCENT:
        # "Bump the lamp up 20 percent": a step of 20, never 20 %.
        said -= stepped_numbers(clause) - end_points
    if spec.name == "fan_speed" and not clause.says_a_unit():
        # "Put the hall fan on speed 3", "Tutu's fan on high".
        language = clause.language
        return speed_steps(home, said) or named_speeds(
            home, {language.value_names.get(w, w) for w in clause.tokens}
        )
    return said


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


def _unread(clause: Clause | None) -> bool:
    """Return whether a value is said after "to" that is no number ("up to the breeze")."""
    if clause is None:
        return False
    heard = clause.values()
    to = clause.language.numbers.end_points.intersection(clause.tokens)
    return bool(heard.ends) or (bool(to) and not heard.end_points)


def _in_degrees(clause: Clause | None) -> bool:
    """Return whether a value is said in degrees ("deux degrés de plus")."""
    if clause is None or not clause.numbers:
        return False
    return bool(units_said(clause.tokens, clause.language))


def _not_in_degrees(clause: Clause | None) -> bool:
    """Return whether a value is said in a unit that is no degree ("5 percent")."""
    if clause is None or not clause.numbers:
        return False
    units = clause.language.numbers.units - {"°"}
    return not units.isdisjoint(clause.tokens) and not units_said(
        clause.tokens, clause.language
    )


def _remarked(clause: Clause | None) -> frozenset[str]:
    """Return the values a remark beside the request says ("we're going to bed")."""
    if clause is None:
        return frozenset()
    said = clause.aside | set(clause.tokens)
    meant = clause.language.remark_values
    return frozenset(meant[word] for word in said if word in meant)


def _stood_in(modes: tuple[str, ...], said: frozenset[str]) -> tuple[str, ...]:
    """Return the mode that stands in for one said that the panel lacks.

    "We're going to bed, arm the alarm" on a panel without a night mode: at home,
    never away with the family asleep inside.
    """
    return next(
        (
            (instead,)
            for mode, instead in ARM_STAND_INS.items()
            if mode in said and mode not in modes and instead in modes
        ),
        (),
    )


def _plain(modes: tuple[str, ...]) -> tuple[str, ...]:
    """Return the mode "arm the alarm" means, where the panel has it; else any."""
    return (PLAIN_ARM,) if PLAIN_ARM in modes else modes
