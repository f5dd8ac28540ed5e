"""Which actions the words ask for: "shut the gate" is never "stop".

Read for the grammar (grammar.py), which offers the model only these actions, and
for the conversation entity ("turn on the AC" wakes it in a mode).
"""

from __future__ import annotations

from typing import Final

from ..home.actions import STEPS, Action, Value
from .names import option_words
from .reading import Clause
from .remarks import comfort_command
from .tokens import way_said


def offered(spec: Action, clause: Clause | None) -> bool:
    """Return whether the words allow the action at all.

    A question is answered, never acted on ("what's on the shopping list?" adds
    nothing), and a command is acted on. A change is offered only when the words ask
    for it: one of the action's words is said, or a value it takes (a number, a mode,
    a colour: the value rules below keep only those said), or an indirect request
    was read as it. "Shut the gate" is never "stop", "put the kettle on" never adds
    to a list, "switch the TV to the Xbox" never turns its volume down.
    """
    if clause is None:
        return True
    if clause.question and not spec.read_only:
        return False
    if clause.command and spec.read_only:
        # "Water the garden" is a command, never a question about its water meter.
        return False
    words = clause.language.action(spec.name)
    if words.offered_when:
        # "Disarm the Home Alarm": a word of a name said is no mode asked for.
        heard = (
            clause.outside_names() if spec.value is Value.ARM_MODE else clause.tokens
        )
        said = words.offered_when.intersection(heard)
        if not said and spec.value is Value.ARM_MODE:
            # "Set the alarm, we're going to church": a mode the remark says.
            said = frozenset(
                clause.language.remark_values.keys()
                & (clause.aside | set(clause.tokens))
            )
        if not said:
            return False
        verb_said = not said.isdisjoint(clause.language.command_verbs)
        if not verb_said and not _names_kind(spec, clause):
            # A mode word asks for arming only with the alarm said ("put the alarm in
            # night mode"), never in "do it right away".
            return False
        if spec.value is Value.ARM_MODE and not (clause.command or verb_said):
            # Only a command, or the alarm's own verb ("arm"), arms: never "I'm the
            # home owner, the alarm code was given".
            return False
    if _outweighed(spec, clause):
        return False
    if clause.asleep and spec.value in STEPS:
        # "¡Qué frío!", "heat the spa up" with it off: on, its setting as it was.
        return False
    if clause.comfort or clause.asleep:
        # "It's too dark in here" is "turn on the lights": only what its command says;
        # "turn on the air conditioning" (too hot, no heating) wakes it in its mode.
        woken = spec.value is Value.HVAC_MODE and (
            clause.asleep or bool(woken_modes(clause))
        )
        return not spec.read_only and (woken or _said(words.words, clause))
    if spec.read_only:
        return True
    if spec.value is Value.ITEM:
        # Words go on a list only when a list is said, by its kind or its name.
        return _names_kind(spec, clause)
    if spec.value is Value.NONE or spec.value in STEPS:
        # A step said by no word would be a step the user did not ask for.
        return _said(words.words, clause)
    return True


# Actions that undo each other (or go the other way): a word both share ("sperr"
# locks and unlocks) says neither, and the words only one has decide ("sperr das
# Nuki auf" unlocks).
_OPPOSITE_ACTIONS: Final = {
    "lock": "unlock",
    "unlock": "lock",
    "open": "close",
    "close": "open",
    "turn_on": "turn_off",
    "turn_off": "turn_on",
    "pause": "resume",
    "resume": "pause",
    "mute": "unmute",
    "unmute": "mute",
    "next": "previous",
    "previous": "next",
    "oscillate": "oscillate_off",
    "oscillate_off": "oscillate",
}


def put_in_a_mode(clause: Clause | None) -> bool:
    """Return whether a command puts a device in a mode: "pon el ventilador en modo brisa".

    Said by the word for "mode" that the table's mode and preset actions share. A fan
    so told takes a preset of its own or nothing: turned on, it would run at a speed
    nobody said.
    """
    if clause is None or not clause.command:
        return False
    language = clause.language
    mode = (
        language.action("climate_mode").said_by
        & language.action("climate_preset").said_by
    )
    return not mode.isdisjoint(clause.tokens)


def stepped_only(clause: Clause) -> bool:
    """Return whether a command says one way to step and no value: "heat the spa up"."""
    return (
        clause.command
        and not clause.numbers
        and way_said(clause.tokens, clause.language) is not None
    )


# The mode a way of comfort wakes a thermostat in: warmer heats, cooler cools.
MODES_BY_WAY: Final = {"+": frozenset({"heat"}), "-": frozenset({"cool"})}


def _thermostat_options(clause: Clause) -> frozenset[str]:
    """Return the words of the presets and fan modes the home's thermostats name.

    Not "on" of a fan mode "on": "cut the air on" says the thermostat goes on.
    """
    language = clause.language
    thermostats = (e for e in clause.names.devices.values() if e.domain == "climate")
    return (
        option_words(thermostats, language, (Value.PRESET, Value.FAN_MODE))
        - language.particles
        - language.stop_words
    )


def woken_modes(clause: Clause | None) -> frozenset[str]:
    """Return the modes a thermostat turned on must take: "turn on the AC" cools."""
    if clause is None or not clause.command:
        return frozenset()
    language = clause.language
    if not _said(language.action("turn_on").words, clause):
        return frozenset()
    options = _thermostat_options(clause)
    if any(
        (token in language.value_names or token in options)
        and not language.kinds_meant([token])
        for token in clause.tokens
    ):
        # "Pon el aire en alta": a fan speed said, no mode; "put the heating on
        # boost": a preset the device names itself.
        return frozenset()
    # "这里冷煞嘞，空调开起来", "fa nu freddo in camera, accendi u condizionatore":
    # the remark on comfort says heating, whatever the kind's own mode.
    remark = comfort_command(tuple(clause.aside), language)
    way = way_said(language.words(remark), language) if remark else None
    if modes := MODES_BY_WAY.get(way or "", frozenset()):
        return modes
    # "把空调开起": an AC, in the mode it was in (the table's `any_mode`).
    needs = (language.kind_needs.get(word) for word in clause.words - language.any_mode)
    return frozenset(need[1] for need in needs if need and need[0] == "hvac_modes")


def _outweighed(spec: Action, clause: Clause) -> bool:
    """Return whether only the opposite action's own words are said, none of this one's."""
    if (opposite := _OPPOSITE_ACTIONS.get(spec.name)) is None:
        return False
    said = clause.tokens_and_words()
    mine, theirs = (
        _action_words(name, clause) & said for name in (spec.name, opposite)
    )
    return bool(theirs - mine) and not mine - theirs


def _action_words(name: str, clause: Clause) -> frozenset[str]:
    return clause.language.action(name).said_by


def _said(words: frozenset[str], clause: Clause) -> bool:
    return not words.isdisjoint(clause.tokens) or not words.isdisjoint(clause.words)


def _names_kind(spec: Action, clause: Clause) -> bool:
    """Return whether the words name a device that takes the action: kind or name."""
    if any(domain in spec.domains for domain, _ in clause.kinds):
        return True
    return any(
        owner.split(".", 1)[0] in spec.domains
        for _, _, owners in clause.spans
        for owner in owners
    )
