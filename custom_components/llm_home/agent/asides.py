"""Words beside the commands: a room said in a remark, and what "except" leaves out.

"It's stuffy down in the gym, crank the fan up": the gym is where the fan is. "Turn
off the lights but leave the island pendants on": the pendants are left out. Read by
the reading (reading.py) once per request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
import re
from typing import TYPE_CHECKING

from ..home.actions import CONTROL_DOMAINS
from ..home.capabilities import device_class
from ..home.snapshot import Home, holds_run
from ..language import Language
from .names import NameIndex, naming_words
from .options import named_by_option
from .tokens import PAUSE, tokenize

if TYPE_CHECKING:
    from .reading import Clause  # reading.py reads the asides from here


def with_rooms_beside(
    text: str,
    clauses: tuple[Clause, ...],
    index: NameIndex,
    reread: Callable[[str, NameIndex], Clause],
) -> tuple[Clause, ...]:
    """Return the commands with the room said beside them, where it is theirs.

    "It's stuffy down in the gym, crank the fan up": the fan in the gym. "Abbassa
    la tapparella e accendi il condizionatore in camera": the blind, one of a kind
    asked for, is the bedroom's too.
    """
    commands = [c.tokens for c in clauses]

    def placed(
        room: tuple[str, ...], meant: Callable[[Clause], bool]
    ) -> tuple[Clause, ...]:
        where = " ".join(room)
        return tuple(
            reread(f"{c.text} in {where}", index) if meant(c) else c for c in clauses
        )

    if not any(c.excluded for c in clauses) and (
        room := room_aside(text, commands, index)
    ):
        return placed(room, lambda c: c.command and not c.spans and not c.comfort)
    if room := room_said_last(commands, index):
        return placed(
            room,
            lambda c: (
                c.command and bool(c.kinds) and not (c.spans or c.every or c.comfort)
            ),
        )
    return _rooms_carried(clauses, index, reread)


def _rooms_carried(
    clauses: tuple[Clause, ...],
    index: NameIndex,
    reread: Callable[[str, NameIndex], Clause],
) -> tuple[Clause, ...]:
    """Return the commands with the room of the one before, where they name none.

    "Turn the living room lamp on and cut the big lights off": the living room's
    big lights, never every light of the house; not "all the lights", nor a kind
    the room has none of ("… and lock the doors").
    """
    language = index.language
    known = index.name_words | index.area_words
    read = list(clauses)
    for i in range(1, len(read)):
        clause, room = read[i], _room_of(read[i - 1], index)
        kind_words = {w for w in clause.words if language.kinds_meant([w])}
        # "… and the porch light too": a word of a name says which, wherever it is.
        telling = clause.words - kind_words
        if (
            room is None
            or not clause.command
            or clause.spans
            or not (telling - language.command_verbs).isdisjoint(known)
            or clause.comfort
            or clause.excluded
            or not language.every.isdisjoint(clause.tokens)
            # "窗帘不用动": what is left alone.
            or any(holds_run(clause.tokens, no) for no in language.negations)
        ):
            continue
        area_id, said = room
        here = [e for e in index.devices.values() if e.area_id == area_id]
        if any(
            any(
                e.domain == domain and kind in (None, device_class(e))
                for domain, kind in clause.kinds
            )
            # "Lock up the studio and turn the heater off out there": its plug
            # called "Studio Heater".
            or (
                e.domain in CONTROL_DOMAINS
                and any(kind_words & name for name in index.of(e))
            )
            for e in here
        ) or (
            # "Turn on the living room TV and put on Paramount Plus": its app.
            not clause.kinds
            and named_by_option(Home(tuple(here), ()), clause.tokens_and_words())
        ):
            read[i] = reread(f"{clause.text} in {' '.join(said)}", index)
    return tuple(read)


def _room_of(clause: Clause, index: NameIndex) -> tuple[str, tuple[str, ...]] | None:
    """Return the one room a clause says: an area's name, or in a device's name."""
    rooms: dict[str, tuple[str, ...]] = {}
    for start, end, owners in clause.spans:
        said = clause.tokens[start:end]
        if not owners:
            rooms.update(
                (area_id, said)
                for area_id, names in index.rooms.items()
                if said in names
            )
        for owner in owners:
            area_id = index.devices[owner].area_id or ""
            rooms.update(
                (area_id, name)
                for name in index.rooms.get(area_id, ())
                if holds_run(said, name)
            )
    return next(iter(rooms.items())) if len(rooms) == 1 else None


def room_aside(
    text: str, commands: Iterable[tuple[str, ...]], index: NameIndex
) -> tuple[str, ...] | None:
    """Return the one room said only outside the commands, where it is one.

    "It's kinda stuffy down in the gym, crank the fan all the way up": the reason
    says the room the command means ("Gogo is sleeping in the cottage, put the light
    on there").
    """
    tokens = tokenize(text, index.language)
    said = {
        tokens[start:end] for start, end, owners in index.spans(tokens) if not owners
    }
    aside = [
        room
        for room in said
        if not any(holds_run(command, room) for command in commands)
    ]
    return aside[0] if len(aside) == 1 and len(said) == 1 else None


def room_said_last(
    commands: Sequence[tuple[str, ...]], index: NameIndex
) -> tuple[str, ...] | None:
    """Return the room said at the end of the last command, where none other is said.

    "Abbassa la tapparella e accendi il condizionatore in camera": the blind of the
    bedroom too, where the commands before name no device and no room.
    """
    if len(commands) < 2 or any(index.spans(c) for c in commands[:-1]):
        return None
    last = commands[-1]
    rooms = [(start, end) for start, end, owners in index.spans(last) if not owners]
    if len(rooms) != 1:
        return None
    start, end = rooms[0]
    language = index.language
    after = set(last[end:])
    if not after <= language.fillers | language.stop_words | language.particles:
        return None
    return last[start:end]


def exception_after(text: str, index: NameIndex) -> str:
    """Return the words with what is left out said first moved after its command.

    "除了门厅的灯，别的灯都关了", "except the porch, turn all the lights off": what
    the command after the pause leaves out ("别的灯都关了 除了门厅的灯").
    """
    language = index.language
    pieces = re.split(f"({PAUSE})", text)  # the parts, and the pauses between them
    for i in range(0, len(pieces) - 2, 2):
        said = tokenize(pieces[i], language)
        if not language.command_verbs.isdisjoint(said):
            return text  # "…, dreh die Heizung runter, außer im Bad": after its command
        if said and said[0] in language.exceptions:
            # "我们下楼散步克哒，除了玄关灯，其他灯都关了": after a remark too.
            moved = f"{pieces[i + 2].strip()} {pieces[i].strip()}"
            return "".join([*pieces[:i], moved, *pieces[i + 3 :]])
    return text


def excepted(text: str, index: NameIndex) -> tuple[str, frozenset[str]]:
    """Return the words before an "except" and the naming words after it.

    "But" leaves out only where a name of the home follows it ("but leave the island
    pendants on"), never in "turn it on but dim".
    """
    language = index.language
    markers = language.exceptions | language.contrasts
    if not markers:
        return text, frozenset()
    words = "|".join(re.escape(word) for word in sorted(markers))
    # Words written without spaces have no word boundaries ("别的灯都关了 除了门厅的灯").
    edge = "" if language.unspaced else r"\b"
    found = re.search(rf"{edge}(?:{words}){edge}", text, re.IGNORECASE)
    if found is None:
        return text, frozenset()
    head = tokenize(text[: found.start()], language)
    kinds = _kind_words(head, index)
    rest = tokenize(_left_out_said(text[found.end() :], index, kinds), language)
    if head and head[0] in language.keeps and index.spans(head):
        # "Leave the fairy lights on but turn the big light off": the command comes
        # after, and what it leaves as it is before.
        return text[found.end() :], naming_words(head, language) | {
            found.group().casefold()
        }
    if (
        found.group().casefold() in language.contrasts
        and not _names_one(rest, index, kinds)
        and not _a_kind_among(rest, index, kinds)
        # "…, but leave the under cabinet ones on", "…, aber den bei der Oma lass
        # zu": what is left as it is, named in part ("but leave it dim" names
        # nothing).
        and not (
            not language.keeps.isdisjoint(rest)
            and not index.name_words.isdisjoint(naming_words(rest, language))
        )
    ):
        return text, frozenset()
    # The marker itself keeps the words non-empty: "except" said leaves something out.
    return text[: found.start()], naming_words(rest, language) | {
        found.group().casefold()
    }


def _left_out_said(text: str, index: NameIndex, kind_words: frozenset[str]) -> str:
    """Return the words after "except" up to a pause after which nothing is named.

    "…except the porch light, Jess gets home late from her shift": the porch light,
    not the "home office" a word of the reason would tell; "except the porch, the
    deck" leaves out both.
    """
    first, *parts = re.split(PAUSE, text)
    kept = [first]
    for part in parts:
        if not _names_one(tokenize(part, index.language), index, kind_words):
            break
        kept.append(part)
    return ",".join(kept)


def _names_one(
    tokens: tuple[str, ...], index: NameIndex, kind_words: frozenset[str]
) -> bool:
    """Return whether words name a device or a room: in a row, or every word of a name.

    "La lámpara de Claudia" names the "Lámpara Claudia"; so does "la de Claudia"
    after "las luces", the command's kind said once ("Luz fachada" of "apaga las luces
    menos la de la fachada").
    """
    said = naming_words(tokens, index.language)
    if said.isdisjoint(index.name_words):
        return bool(index.spans(tokens))
    said |= kind_words
    return bool(index.spans(tokens)) or any(
        name and name <= said for names in index.entities.values() for name in names
    )


def _a_kind_among(
    tokens: tuple[str, ...], index: NameIndex, kind_words: frozenset[str]
) -> bool:
    """Return whether words say a kind of the devices the command says, in other words.

    "Apaga las luces de la sala menos la lámpara": a lamp is a light, so it is left
    out (it had been the one turned off).
    """
    language = index.language
    domains = {domain for w in kind_words for domain, _ in language.kinds_meant([w])}
    return any(
        domain in domains
        for word in naming_words(tokens, language) - kind_words
        for domain, _ in language.kinds_meant([word])
    )


def _kind_words(tokens: tuple[str, ...], index: NameIndex) -> frozenset[str]:
    """Return the words of the command that say a kind of device ("luces": "luz")."""
    language = index.language
    return frozenset(
        word for word in naming_words(tokens, language) if language.kinds_meant([word])
    )


def _says_whose(tokens: tuple[str, ...], index: NameIndex) -> bool:
    """Return whether words name a device by a word of its name, and no "it"."""
    language = index.language
    return language.refers_back.isdisjoint(tokens) and bool(
        {w for w in naming_words(tokens, language) if not language.kinds_meant([w])}
        & index.name_words
    )


def left_out_last(text: str, index: NameIndex) -> str:
    """Return the words with a part after a pause that ends with "not" read as "except".

    "Dreh überall die Heizung auf siebzehn runter, nur im Bad nich": every heating
    but the bathroom's ("…, außer nur im Bad"), never a command taken back; so is
    one that ends with "leave" ("…, bloß die Lampe an der Haustür lass an"). A part
    with a command verb or that names nothing of the home is left as said.
    """
    language = index.language
    exception = next(iter(language.without.values()), None)
    pieces = re.split(f"({PAUSE})", text)
    for i in range(2, len(pieces), 2):
        tokens = tokenize(pieces[i], language)
        kept = 0
        if len(tokens) > 1 and tokens[-1] in language.without:
            named, meant = tokens[:-1], language.without[tokens[-1]]
        elif exception and (kept := _kept_last(tokens, language)):
            # "…, bloß d'Lampe an der Haustür lass a": leave it as it is.
            named, meant = tokens[:kept], exception
        else:
            continue
        if language.command_verbs.isdisjoint(named) and (
            _names_one(named, index, frozenset())
            # "…，纱帘不要动", "…，夜灯留着": a word of a name ("客厅纱帘") or a kind,
            # left as it is.
            or (
                kept > 0
                and (
                    not index.name_words.isdisjoint(named)
                    or bool(language.kinds_meant(named))
                )
            )
        ):
            pieces[i] = f" {meant} {' '.join(named)}"
    return "".join(pieces)


def _kept_last(tokens: tuple[str, ...], language: Language) -> int:
    """Return where a verb that leaves a device as it is ends the words, else 0."""
    for at in (len(tokens) - 1, len(tokens) - 2):
        if (
            at > 0
            and tokens[at] in language.keeps
            and (set(tokens[at + 1 :]) <= language.particles)
        ):
            return at
    return 0


def left_out_apart(parts: list[str], index: NameIndex) -> list[str]:
    """Return the parts with one that opens with "not", "no", "without" or "leave" read.

    "Turn off all the lights, not the kitchen", "turn the lamp off, leave the big
    light": what is left out, said as the table's exception ("… except the
    kitchen"), never a command of its own. "Run the fan on the swamp cooler, no
    water" names nothing of the home: it says how, and is no second command ("run
    no water" had opened the drip system).
    """
    language = index.language
    exception = next(iter(language.without.values()), None)
    kept: list[str] = []
    for part in parts:
        tokens = tokenize(part, language)
        leaves = bool(tokens) and tokens[0] in language.keeps
        if (
            not kept
            or exception is None
            or len(tokens) < 2  # "…, no, the kitchen lights": a correction
            or not (leaves or tokens[0] in language.without)
        ):
            kept.append(part)
        elif index.spans(tokens[1:]) or (leaves and _says_whose(tokens[1:], index)):
            # "…, but leave Theo's alone": a word of one name ("Theo's Heater").
            kept[-1] = f"{kept[-1]} {language.without.get(tokens[0], exception)} {part}"
        elif leaves:
            kept.append(part)  # "…, leave it on for an hour": not what is left out
    return kept
