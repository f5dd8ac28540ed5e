"""The agent's last look before a sensitive action: the words must name its target.

The model chooses targets among the devices offered to it. For a sensitive action
(unlocking, disarming, opening a garage door) that choice is never the model's: the
action runs only on a device the words name (its whole name or alias, or its area
together with its kind) or on the only device in the home that could take it.
Otherwise the user is asked which one, and nothing is done.
"""

from __future__ import annotations

import re
from typing import Final

from homeassistant.core import HomeAssistant

from ..home.actions import ITEM_DOMAINS, action_named
from ..home.calls import Call
from ..home.capabilities import device_class, named_targets, service_for, supports
from ..home.policy import SafetyPolicy
from ..home.services import ActionError
from ..home.snapshot import Home, HomeEntity
from ..language import Language
from .described import names_device
from .grammar_values import in_call_values
from .heard_words import name_broken
from .kinds_of import fits
from .named import areas_said, in_full
from .options import named_by_source, said_options
from .reading import Clause
from .replies import which_one
from .tokens import opening, said_numbers, tokenize

# Where speech-to-text wrote a pause.
_PAUSE: Final = re.compile(r"[,;，；、]")


def _sensitive(
    hass: HomeAssistant, policy: SafetyPolicy, call: Call, entity: HomeEntity
) -> bool:
    action = action_named(call.name)
    if action is None or action.read_only:
        return False
    try:
        return bool(policy.async_needs(hass, entity, service_for(action, entity)))
    except ActionError:
        return True  # a scene touching what it must not: refused later, never chosen


def _kind(entity: HomeEntity, language: Language) -> str:
    """Return what one such device is called: its class, or its kind in the singular."""
    if cls := device_class(entity):
        return cls
    kind = language.kind_names.get(entity.domain, entity.domain.replace("_", " "))
    return " ".join(language.singular(word) for word in kind.casefold().split())


def unnamed_sensitive_target(
    hass: HomeAssistant,
    policy: SafetyPolicy,
    home: Home,
    calls: list[Call],
    clause: Clause,
) -> str | None:
    """Return the question to ask when a sensitive call's target was the model's pick."""
    for call in calls:
        if (action := action_named(call.name)) is None:
            continue
        for found in named_targets(
            home, action, call.targets, clause.language
        ).values():
            entities = found or ()
            if len(entities) > 1 and clause.every:
                continue  # "unlock all the doors": every one of them is meant
            for entity in entities:
                if not _sensitive(hass, policy, call, entity) or names_device(
                    home, entity, clause
                ):
                    continue
                able = [
                    e
                    for e in home.entities
                    if supports(action, e) and _sensitive(hass, policy, call, e)
                ]
                if len(able) > 1:
                    return which_one(
                        _kind(entity, clause.language),
                        [e.name for e in able],
                        clause.language,
                    )
    return None


def misheard_target(
    home: Home, calls: list[Call], clause: Clause, offered: Home | None = None
) -> bool:
    """Return whether words heard with some nobody knows act on a device they do not name.

    Speech-to-text may hear "close the garage door" as "Close, Nagel, Arm, Lower": the
    words left ("close", "arm") name no device, and whatever the model picks from the
    satellite's room is a guess. A device named in full, by its area and kind, or by a
    kind the home has one of ("Turn off the Out or Speakers") is still acted on, unless
    an area is said and it is elsewhere, and the action only when words of it are said.
    A group the calls name stands for the devices `offered` (the home's, if not given),
    as when they run: "Chloe's Room lights" offered for "Chloe's big light" is that
    light, never her night light too.
    """
    offered = home if offered is None else offered
    changing = _changing(calls)
    if not changing:
        return False
    if not (clause.command or clause.question or clause.comfort) and not all(
        _asked_for(call, clause) and _value_said(call, clause) for call in changing
    ):
        # "Living on the lock in the front door" (heard for "did anybody lock the
        # front door?"): no verb opens it, and "the lock" names the device only.
        return True
    if _runs_on(clause) or name_broken(clause.tokens, clause.language):
        return True  # "open the off the shades halfway": which shades is lost
    targets = _targets(offered, changing, clause)
    if _another_said(home, targets, clause):
        return True
    # "Chuck Triple J on in the kitchen": a station of its own names the player.
    sourced = named_by_source(home, clause)

    def named(entity: HomeEntity) -> bool:
        return entity in sourced or names_device(home, entity, clause)

    # "List" says no one of several lists ("add moaked of the king super's list").
    lists = sum(e.domain in ITEM_DOMAINS for e in home.entities)

    # A kind said, or one verb's only kind ("pause"); "cool" says thermostats and
    # lights alike.
    domains = {domain for domain, _ in clause.meant}
    said = domains if clause.kinds or len(domains) == 1 else set()
    # "Both the other one we're heading up" (heard for "put the alarm on, we're
    # heading off"): "both" of no kind said means no device at all.
    every = clause.every and bool(clause.kinds)
    if not (clause.comfort or clause.refers_back or every) and any(
        not named(entity)
        and (
            (
                entity.domain in ITEM_DOMAINS
                and lists > 1
                and not _own_word_said(entity, clause, kinds=False)
            )
            or (not _own_word_said(entity, clause) and entity.domain not in said)
        )
        for entity in targets
    ):
        # "Turn off Jake's Pin" (heard for "Jake's fan"): no kind and no word of its
        # own name say the PC the model picked in the room said; "Cool on the room
        # down to 70" says a thermostat, never the room's lights.
        return True
    if not clause.unknown:
        return False
    if _ends_unheard(clause):
        return True  # "Open the Awning Hat with": what was asked last is lost
    if not all(_asked_for(call, clause) for call in changing):
        return True  # "Skepts on one outdoor speakers": no volume was asked for
    if every:
        return False  # "all of the …": every one is meant, none is a guess
    areas = areas_said(clause)
    # A kind the home has one of names that one device ("the speakers").
    of_kind = [e for e in home.entities if fits(e, clause.kinds, clause)]
    for call in changing:
        if (action := action_named(call.name)) is None:
            continue
        for found in named_targets(
            offered, action, call.targets, clause.language
        ).values():
            for entity in found or ():
                if areas and entity.area_id not in areas:
                    return (
                        True  # "… the big light in the living room": not the bedroom's
                    )
                if _cut_short(entity.area_id, clause) and not in_full(
                    clause.names.of(entity), clause.words
                ):
                    return True  # "the Finding Room Light": not "our room"'s light
                if named(entity):
                    continue
                if of_kind != [entity]:
                    return True
    return False


def _runs_on(clause: Clause) -> bool:
    """Return whether a statement with a command verb of its own is inside the command.

    Heard for "turn the dehumidifier on in the rumpus", "turn the vacuum in it I run
    in the rumpus": "I run" says someone does something, and which verb was the
    command is lost. A statement after a whole command is set apart before
    (pauses.py); one left inside means the words ran together.
    """
    language = clause.language
    tokens = clause.tokens
    openers = {tokenize(opener, language) for opener in language.statement_openers}
    return any(
        tokens[at : at + len(opener)] == opener
        # A command opened before ("can I turn on …" opens with none) …
        and opening(tokens[:at], language) in language.command_verbs
        # … and another after the statement's subject ("I'm on the phone" has none).
        and opening(tokens[at + len(opener) :], language)
        in language.command_verbs - language.particles
        for opener in openers
        if opener
        for at in range(1, len(tokens))
    )


def _cut_short(area_id: str | None, clause: Clause) -> bool:
    """Return whether a word of the area's name said follows a word nobody knows.

    Heard for "the dining room light", "the Finding Room Light" says "room", which
    names the bedroom aliased "our room"; the word before it was the room's.
    """
    if area_id is None:
        return False
    language = clause.language
    words = clause.names.words_of_area(area_id)
    tokens = [language.singular(token) for token in clause.tokens]
    return any(
        word in words and before in clause.unknown
        for before, word in zip(tokens, tokens[1:], strict=False)
    )


def guessed_target(
    home: Home, calls: list[Call], clause: Clause, offered: Home | None = None
) -> bool:
    """Return whether words with one nobody knows act on a device they do not name.

    "Chiudi a zanzariera da cameretta", in a home with no mosquito net: the room's
    only shutter is no net. No kind of device is said, and nothing of the device's
    own name: the device is a guess for the word nobody knows, and it is asked.
    """
    if not clause.unknown or clause.kinds or clause.comfort or clause.refers_back:
        return False
    sourced = named_by_source(home, clause)
    changing = _changing(calls)
    return any(
        entity not in sourced
        and not in_full(clause.names.of(entity), clause.words)
        and not _own_word_said(entity, clause)
        for entity in _targets(home if offered is None else offered, changing, clause)
    )


def _changing(calls: list[Call]) -> list[Call]:
    """Return the calls that change something (no question's answer)."""
    return [
        call
        for call in calls
        if (action := action_named(call.name)) is not None and not action.read_only
    ]


def _targets(home: Home, calls: list[Call], clause: Clause) -> list[HomeEntity]:
    """Return the devices the calls act on."""
    return [
        entity
        for call in calls
        if (action := action_named(call.name)) is not None
        for found in named_targets(home, action, call.targets, clause.language).values()
        for entity in found or ()
    ]


def _own_word_said(entity: HomeEntity, clause: Clause, kinds: bool = True) -> bool:
    """Return whether a word of the device's name that is no room's is said ("Sonos").

    Without `kinds`, a word of a kind of device is none either ("list" of "Costco List").
    """
    index, language = clause.names, clause.language
    return any(
        any(
            kinds or not language.kinds_meant([word])
            for word in (name - index.area_words) & clause.words
        )
        for name in index.of(entity)
    )


def _another_said(home: Home, targets: list[HomeEntity], clause: Clause) -> bool:
    """Return whether the word said before a kind of device is no word of the one acted on.

    Heard for "turn off the space heater", "Turn off the space speaker": "space" is of
    the heater's name, never of the speaker's or its room's; heard for "put the
    bedroom shades at 50 percent", "Both Madroom Shade": a word nobody knows where
    the shade's room was. Which device of that kind was meant is lost.
    """
    language = clause.language
    index = clause.names
    tokens = clause.tokens
    passed = language.stop_words | language.fillers | language.particles
    for i, token in enumerate(tokens):
        if not (kinds := language.kinds_meant([token])):
            continue
        at = i - 1
        while at >= 0 and said_numbers([tokens[at]], language):
            at -= 1  # "the manroom 1 fan"
        if at < 0 or tokens[at] in passed:
            continue
        word = language.singular(tokens[at])
        if word in clause.unknown:
            # One device of the kind is the one meant ("the big speaker"); of more,
            # the word that told them apart is lost.
            if sum(fits(entity, kinds, clause) for entity in home.entities) > 1:
                return True
            continue
        if word not in index.name_words:
            continue  # a word of the table: "the upstairs lights", "the ceiling fan"
        if any(
            fits(entity, kinds, clause)
            and not any(word in name for name in index.of(entity))
            and not any(word in name for name in index.of_area(entity.area_id))
            for entity in targets
        ):
            return True
    return False


def _ends_unheard(clause: Clause) -> bool:
    """Return whether the words said last, with known ones, end on one nobody knows.

    Heard for "Open the awning halfway", "Open the Awning Hat with" names the awning
    and says "open": only the end, where the value was, is lost. Words nobody knows
    after a pause ("Close the yard gate, nagel") are a fragment of their own.
    """
    language = clause.language
    last = _PAUSE.split(clause.text)[-1]
    said = [
        language.singular(token)
        for token in tokenize(last, language)
        if token not in language.stop_words and token not in language.fillers
    ]
    return (
        len(said) > 1
        and said[-1] in clause.unknown
        and any(word not in clause.unknown for word in said)
    )


def _asked_for(call: Call, clause: Clause) -> bool:
    """Return whether the words say the action: its own words, or a value it is set to.

    A value said after "to" or with its unit asks for it ("the speakers to 30
    percent"), as does a mode or colour said by its name; a number alone does not
    ("Skepts on one outdoor speakers").
    """
    language = clause.language
    # A kind of device names the device, not what to do with it: "fan" asks for no
    # fan speed ("Turn off the manroom 1 fan" had set one of 1 %).
    own = {
        word
        for word in language.action(call.name).said_by
        if not language.kinds_meant([word])
    }
    if not own.isdisjoint(clause.tokens_and_words()):
        return True
    if call.value is None:
        return False
    # "Kitchen light blue": a colour or a mode said is the action's own word.
    return (
        (
            not said_numbers([call.value], language)
            and call.value.casefold() in clause.tokens_and_words()
        )
        or bool(clause.values().end_points)
        or clause.says_a_unit()
        or _said_after_to(call.value, clause)
    )


def _value_said(call: Call, clause: Clause) -> bool:
    """Return whether the call's value (if it takes one) is said, not the model's pick.

    "Both The Alarm Arm State" (heard for "put the alarm on stay") says "arm" but
    no mode: away was a guess.
    """
    if call.value is None:
        return True
    said = clause.tokens_and_words()
    return (
        call.value.casefold() in said
        or call.value in clause.values().numbers
        or bool(said_options([call.value], in_call_values(said, clause.language)))
    )


def _said_after_to(value: str, clause: Clause) -> bool:
    """Return whether the option is said just after "to" ("Nana's AC to just the fan")."""
    language = clause.language
    skipped = language.stop_words - language.numbers.end_points | language.fillers
    said = [token for token in clause.tokens if token not in skipped]
    after = frozenset(
        word
        for before, word in zip(said, said[1:], strict=False)
        if before in language.numbers.end_points
    )
    return bool(said_options([value], in_call_values(after, language)))
