"""One request, several commands: "turn on the kitchen light and then the hall light off".

A small model merges such a sentence into one call (both lights on). The request is
split where a clause break ("and", "then", a comma) is followed by a command verb,
or between targets that each say their own state, and each command is understood on
its own, in order.
"""

from __future__ import annotations

import re
from typing import Final

from ..home.actions import CONTROL_DOMAINS
from ..home.calls import MAX_CALLS
from ..language import Language
from .asides import left_out_apart
from .beside import (
    ARMED,
    a_remark,
    a_statement,
    items_for_a_list,
    says_why,
    takes_value_names,
    without_remarks,
)
from .names import NameIndex, domains_named
from .tokens import PAUSE, opening, said_numbers, tokenize, vocabulary

_MARKS: Final = ",;.?!，；、。？！"
_STRIP: Final = f" {_MARKS}"


def split_clauses(
    text: str, language: Language, index: NameIndex | None = None
) -> list[str]:
    """Return the commands of a request, in order; a single command comes back whole.

    A request that opens with no command verb is split only before its first one
    ("it's freezing in here, turn on the heater"). Otherwise it is split only before
    another command verb: "turn on the kitchen and living room lights" stays one command.
    Targets that each end with their own state, or each name a device (the home's
    names in `index`) or a kind of device, take the first verb: "turn the kitchen
    light on and the hall light off", "turn off the telly and the Sonos" are two
    commands.
    """
    breaks = "|".join(re.escape(word) for word in sorted(language.clause_breaks))
    pattern = re.compile(
        rf"{PAUSE}|\b(?:{breaks})\b" if breaks else PAUSE, re.IGNORECASE
    )
    joiners = re.compile(
        rf"^(?:[\s{_MARKS}]|\b(?:{breaks})\b)+" if breaks else rf"^[\s{_MARKS}]+"
    )
    if not _is_command(text, language):
        # "It's freezing in here, turn on the heater": what leads in, then commands.
        lead = next(
            (
                found
                for found in re.finditer(PAUSE, text)
                if _is_command(text[found.end() :], language)
            ),
            None,
        )
        if lead is None:
            # "Stoop lights on and the foyer light off": each target with its state.
            apart = _apart(text, pattern, joiners, index, language)
            return apart if len(apart) > 1 else [text]
        rest = split_clauses(text[lead.end() :], language, index)
        head = text[: lead.start()].strip(_STRIP)
        said = tokenize(head, language)
        if index is not None and (
            target_said(said, index) is None
            or (
                not language.refers_back.isdisjoint(tokenize(rest[0], language))
                # "Did I leave the snug lamp on? Turn it off": answered, then done.
                and not _asks(said, lead.group(), language)
            )
        ):
            # "Do one thing, close the balcony blinds": no question about a thing.
            # "Malia fell asleep with all her lights on again, shut them off": what
            # "them" stands for, read with the command (reading.py), no command.
            return rest
        return [head, *rest]
    commands: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        head = joiners.sub("", text[start : match.start()]).strip(_STRIP)
        after = text[match.end() :]
        if (
            _says_more(head, language)
            and _is_command(after, language)
            # "…, get one big rain coming": a remark, left to the command before.
            and not (
                index
                and head
                and a_remark(tokenize(pattern.split(after)[0], language), index)
            )
            and not (index and _says_again(head, pattern.split(after)[0], index))
            # Only after a pause: "set Dusty to turbo and start cleaning" is two.
            and not (
                index
                and re.fullmatch(PAUSE, match.group())
                and _goes_on(re.split(PAUSE, after)[0], index)
            )
        ):
            commands.append(head)
            start = match.end()
    commands.append(joiners.sub("", text[start:]).strip(_STRIP))
    commands = [
        part
        for command in commands
        if command
        for part in _apart(command, pattern, joiners, index, language)
    ]
    return commands if len(commands) <= MAX_CALLS else [text]


def _goes_on(part: str, index: NameIndex) -> bool:
    """Return whether a command after a pause goes on with the target before.

    "把主卧空调打开，调到二十六度", "turn on the AC, set to 72": no device, kind or
    "it" of its own; the value is the AC's.
    """
    language = index.language
    tokens = tokenize(part, language)
    known = vocabulary(language)
    return (
        bool(tokens)
        and target_said(tokens, index) is None
        and language.refers_back.isdisjoint(tokens)
        # "Start Dusty" names a thing, if none the home has.
        and all(t in known or said_numbers([t], language) for t in tokens)
    )


def _says_more(head: str, language: Language) -> bool:
    """Return whether a command says more than its verb ("Add, clean the kitchen ...").

    Speech-to-text writes a comma where the speaker paused: a verb alone before it
    is no command of its own.
    """
    tokens = tokenize(head, language)
    verb = opening(tokens, language)
    return any(token != verb and token not in language.fillers for token in tokens)


def _apart(
    command: str,
    pattern: re.Pattern[str],
    joiners: re.Pattern[str],
    index: NameIndex | None,
    language: Language,
) -> list[str]:
    """Return one command per target, each with the verb, when the targets are apart.

    "Turn the kitchen light on and the hall light off": each target says its own
    state. "Turn off the telly and the Sonos": each part names a device or a kind
    of device and none an area ("turn on the lights in the kitchen and the hall"
    stays whole), so the model is asked about each on its own.
    """
    if index is not None:
        command = without_remarks(command, index)
    parts = _rejoined(_pieces(command, pattern, joiners), index, language)
    if index is not None and (read := left_out_apart(parts, index)) != parts:
        # "…, not the kitchen" is "… except the kitchen"; "…, no water" says how.
        return _apart(", ".join(read), pattern, joiners, index, language)
    takes = takes_value_names(command, index, language)
    # "Bonjour, je voudrais que tu allumes …": a statement after no command asks.
    commanded = bool(parts) and _is_command(parts[0], language)
    # "…, que nos vamos" arms the alarm away; "…, ich hab eiskalte Füße" heats no
    # more than the boost asked for.
    arms = takes_value_names(command, index, language, ARMED)
    statement = next(
        (
            i
            for i, part in enumerate(parts)
            if i and commanded and a_statement(part, language, arms, index)
        ),
        None,
    )
    if statement is not None and (cut := _before(command, parts, statement)):
        # "Pause the hoover, I can't hear the telly": said of the telly, to no end;
        # "…, che poi si piglia il torcicollo": why, to the end.
        return _apart(cut, pattern, joiners, index, language)
    kept = [part for part in parts if not says_why(part, index, language, takes)]
    if kept and len(kept) < len(parts):
        # "Shut the heat off, it's warm enough in here": the reason is no target.
        return _apart(", ".join(kept), pattern, joiners, index, language)
    if len(parts) < 2:
        return [command]
    tokens = [tokenize(part, language) for part in parts]
    if index is not None and (areas := _other_areas(parts[0], tokens, index)):
        return areas
    # "…and the landing light on, please": the state, before the words to no one.
    ends = [[w for w in t if w not in language.fillers][-1:] for t in tokens]
    states = [e[0] if e and e[0] in language.particles else None for e in ends]
    if None not in states:
        verb = opening(tokens[0], language)
        if verb not in language.command_verbs:
            return parts  # "Stoop lights on and the foyer light off": no verb to share
        return [parts[0], *(f"{verb} {p}" for p in parts[1:])]
    if (
        index is None
        or not _targets_apart(tokens, index)
        or items_for_a_list(tokens, index)
    ):
        return [command]
    verb = _verb(tokens[0], language)
    # "Turn the kitchen and hall lights off" / "chuck the festoons on, and the
    # veranda lights too": one part's state is every part's that says none.
    state = next((s for s in (states[-1], states[0]) if s), None)
    # "…, is the window open?" asks: it takes no verb, nor a state.
    asks = [bool(t) and t[0] in language.asking_verbs for t in tokens]
    said = [
        parts[0],
        *(p if a else f"{verb} {p}" for p, a in zip(parts[1:], asks[1:], strict=True)),
    ]
    return [
        f"{p} {state}"
        if state and own is None and not a and not p.endswith(state)
        else p
        for p, own, a in zip(said, states, asks, strict=True)
    ]


def _before(command: str, parts: list[str], at: int) -> str:
    """Return the command's words before its part `at`, as said (joiners kept).

    "Agregue papa criolla y guascas a la lista, que …": both items, still joined by
    "y" (joined anew with commas, the list had one item less).
    """
    start = 0
    for part in parts[:at]:
        found = command.find(part, start)
        if found < 0:
            return ", ".join(parts[:at])  # put back together ("…, porfa")
        start = found + len(part)
    found = command.find(parts[at], start)
    return command[:found].strip(_STRIP) if found >= 0 else ", ".join(parts[:at])


def _pieces(
    command: str, pattern: re.Pattern[str], joiners: re.Pattern[str]
) -> list[tuple[str, bool]]:
    """Return the parts of a command between breaks, each with whether a pause led in."""
    pieces: list[tuple[str, bool]] = []
    start, paused = 0, False
    for found in (*pattern.finditer(command), None):
        end = found.start() if found is not None else len(command)
        if part := joiners.sub("", command[start:end]).strip(_STRIP):
            pieces.append((part, paused))
        if found is not None:
            start, paused = found.end(), re.fullmatch(PAUSE, found.group()) is not None
    return pieces


def _rejoined(
    parts: list[tuple[str, bool]], index: NameIndex | None, language: Language
) -> list[str]:
    """Return the parts with what speech-to-text's commas cut from a target put back.

    "Lock, Smart Lock.": a verb alone goes with the words after it. "Start Roborock
    Downstairs, Vacuum.": a kind of device alone, said after a pause after a device
    of that kind, is that device again ("the telly and the Sonos" are two). "Mach
    die Heizung an, auf zwanzig Grad": a value after a pause, with no device of its
    own, is the one before's.
    """
    joined: list[str] = []
    for part, paused in parts:
        if joined and (
            _verb_alone(joined[-1], language)
            or (
                paused
                and index is not None
                and (
                    _says_again(joined[-1], part, index)
                    or _a_value_goes_on(part, index)
                )
            )
        ):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


def _a_value_goes_on(part: str, index: NameIndex) -> bool:
    """Return whether a part says a number or a filler, nothing of its own.

    Then it goes with the one before ("…die Heizung an, auf zwanzig Grad", "…aus,
    bitte"); not a code ("unlock the door, pin …, the back door": the answer to
    "which door?" stays a target of its own).
    """
    language = index.language
    tokens = tokenize(part, language)
    polite = set(tokens) <= language.fillers | language.stop_words
    return (polite or bool(said_numbers(tokens, language))) and _goes_on(part, index)


def _verb_alone(part: str, language: Language) -> bool:
    return _is_command(part, language) and not _says_more(part, language)


def _says_again(before: str, part: str, index: NameIndex) -> bool:
    """Return whether `part` only says the kind of the devices `before` names."""
    language = index.language
    tokens = tokenize(part, language)
    if not tokens or index.spans(tokens):
        return False
    kinds = {domain for domain, _ in language.kinds_meant(tokens)}
    named = domains_named(index.spans(tokenize(before, language)))
    meant = set(tokens) - language.stop_words
    return bool(named) and kinds == named and len(meant) == 1


def _other_areas(
    said_first: str, parts: list[tuple[str, ...]], index: NameIndex
) -> list[str]:
    """Return the first command, then the first again for each other area.

    "Turn off all the lights in the kids room and the study": the lights of each
    room, one command each (a small model asked about both often names one room's).
    "Das Licht im Bad und im WC aus": the state said last is each room's. Empty
    unless the first part says a kind of device in one area, naming no device.
    """
    language = index.language
    first = parts[0]
    spans = index.spans(first)
    said = [(start, end) for start, end, owners in spans if not owners]
    if len(said) != 1 or len(said) < len(spans) or not language.kinds_meant(first):
        return []
    start, end = said[0]
    states = [t for tokens in parts[1:] for t in tokens if t in language.particles]
    state = (states[-1],) if states and language.particles.isdisjoint(first) else ()
    commands = [" ".join((*first, *state)) if state else said_first]
    for tokens in parts[1:]:
        spans = index.spans(tokens)
        if len(spans) != 1 or spans[0][2] or language.kinds_meant(tokens):
            return []
        area_start, area_end, _ = spans[0]
        if set(tokens[:area_start] + tokens[area_end:]) - language.stop_words:
            return []
        area = tokens[area_start:area_end]
        commands.append(" ".join((*first[:start], *area, *first[end:], *state)))
    return commands


def _targets_apart(parts: list[tuple[str, ...]], index: NameIndex) -> bool:
    """Return whether each part names a target of its own.

    Each names a device or a kind of device ("the hall" alone continues a list of
    areas). An area said in one part may be about a kind said with none in another
    ("the light and the fan in the bedroom"): then the command stays whole. "Close the
    master bedroom blinds and the hall curtain" is two commands.
    """
    found = [target_said(tokens, index) for tokens in parts]
    targets = [target for target in found if target is not None]
    if len(targets) < len(found):
        return False
    areas = any(area for area, _ in targets)
    return not (areas and any(not area and not named for area, named in targets))


def target_said(tokens: tuple[str, ...], index: NameIndex) -> tuple[bool, bool] | None:
    """Return whether words say an area and a device's name, None if no target."""
    spans = index.spans(tokens)
    # "..., the tank is almost empty" names a sensor, which no command changes.
    named = any(domain in CONTROL_DOMAINS for domain in domains_named(spans))
    # "I'm on the phone" names a kind that no command changes, "24 degrees" a value:
    # no target.
    language = index.language
    nouns = [t for t in tokens if language.singular(t) not in language.value_words]
    # "Steek de staanlamp ... aan": a compound that ends in a kind names that kind.
    nouns += [part for noun in nouns for part in language.parts(noun)]
    if not named and not any(
        domain in CONTROL_DOMAINS for domain, _ in language.kinds_meant(nouns)
    ):
        return None
    return any(not owners for _, _, owners in spans), named


def _verb(tokens: tuple[str, ...], language: Language) -> str:
    """Return the verb with its particles: "turn off" of "please turn off the telly"."""
    first = opening(tokens, language)
    if first is None:
        return ""
    start = tokens.index(first)
    end = start + 1
    while end < len(tokens) and tokens[end] in language.particles:
        end += 1
    return " ".join(tokens[start:end])


def _asks(said: tuple[str, ...], pause: str, language: Language) -> bool:
    """Return whether words before a pause ask: a question mark, or a question word.

    Not an article that is one too ("la" of "la télé est trop forte").
    """
    first = opening(said, language)
    return pause in "?？" or (
        first in language.question_words and first not in language.articles
    )


def _is_command(text: str, language: Language) -> bool:
    """Return whether words open with a command verb ("再把客厅窗帘拉开" too).

    Not after who does it: "…, ik ga zo in bad" says what the speaker does.
    """
    tokens = tokenize(text, language)
    return not (tokens and tokens[0] in language.speakers) and (
        opening(tokens, language) in language.command_verbs
    )
