"""The prompt, laid out for llama.cpp's prefix cache.

A stable prefix (instructions, functions, the device list, examples built from the
home, all in a fixed order) is followed by what changes: recent turns and the user's
words with the satellite's area. Nothing volatile (time, states) is in the prefix, so
the prefix is evaluated once after the model loads or the home changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
import re
from typing import Final

from ..home.actions import ACTIONS, Action, Example, Value, action_named
from ..home.calls import NONE_CALL, Call
from ..home.capabilities import device_class, supports, targets_for, value_options
from ..home.snapshot import Home, HomeEntity, label
from ..language import Language
from .chat_format import CHATML, ChatFormat


@dataclass(frozen=True, slots=True)
class Turn:
    """An earlier exchange: what the user said and the calls that were made."""

    text: str
    calls: str


def _functions(home: Home, language: Language) -> Iterator[str]:
    words = language.prompt
    for spec in ACTIONS:
        if targets_for(home, spec, language=language):
            many = "targets" if spec.multi else "target"
            hint = words.value_hints[spec.value]
            yield f"{spec.name}({many}{hint}): {language.action(spec.name).usage}"
    yield f"{NONE_CALL}(): {words.nothing_to_do}"


def device_line(entities: Iterable[HomeEntity], language: Language) -> str:
    """Return the candidate devices as the model sees them in a request."""
    words = language.prompt
    described = []
    for entity in entities:
        where = f", {label(entity.area)}" if entity.area else ""
        aliases = (
            words.aliases.format(aliases=", ".join(label(a) for a in entity.aliases))
            if entity.aliases
            else ""
        )
        kind = entity.domain
        if (cls := device_class(entity)) is not None:
            kind = f"{kind} {cls}"
        described.append(f"{entity.label} ({kind}{where}{aliases})")
    return words.devices.format(devices="; ".join(described) or words.no_devices)


_CALL_TARGETS: Final = re.compile(r"^(?P<name>[a-z_]+)\((?P<args>[^)]*)\)")


class _Picker:
    """Hands out the home's device names for examples, a different device each time."""

    def __init__(self, home: Home, language: Language) -> None:
        """Start with no device used."""
        self.home = home
        self.language = language
        self.used: dict[str, int] = {}

    def names(self, action: Action, domain: str | None, count: int = 1) -> list[str]:
        """Return `count` distinct entity names that support the call, rotating."""
        names = [
            e.label
            for e in self.home.entities
            if supports(action, e) and domain in (None, e.domain)
        ]
        if len(names) < count:
            return []
        key = domain or ",".join(sorted(action.domains))
        start = self.used.get(key, 0)
        self.used[key] = start + count
        return [names[(start + i) % len(names)] for i in range(count)]

    def area(self, action: Action, domain: str | None) -> str | None:
        """Return an area with the kind ("Kitchen lights") for devices of the domain."""
        targets = targets_for(self.home, action, language=self.language)
        for area in self.home.areas:
            name = label(area.name)
            key = f"{name} {self.language.kind_names.get(domain or '', '')}"
            if any(domain in (None, e.domain) for e in targets.get(key, ())):
                return key
        return None

    def value(self, action: Action, name: str, example: Example) -> str | None:
        """Return the value for the example: its own, or one the device accepts."""
        if action.value is Value.NONE:
            return None
        options = value_options(
            action, targets_for(self.home, action, language=self.language)[name][0]
        )
        if example.value is not None:
            return example.value if not options or example.value in options else None
        if not options:
            return None
        return (
            next((o for o in example.prefer if o in options), None)
            or options[len(options) // 2]
        )


def _shot(
    pick: _Picker, action: Action, example: Example, said: str
) -> tuple[str, str] | None:
    """Return one example written with the home's devices, if it has any that fit.

    `said` is the example's request in the language, with {target} and {value}.
    """
    if example.target == "area":
        names = [area] if (area := pick.area(action, example.domain)) else []
    else:
        names = pick.names(action, example.domain, 2 if example.target == "pair" else 1)
    if not names:
        return None
    value = pick.value(action, names[0], example)
    if value is None and action.value is not Value.NONE:
        return None
    target, *other = (name.lower() for name in names)
    if other:
        target = pick.language.prompt.pair.format(first=target, second=other[0])
    return said.format(target=target, value=value), Call(
        action.name, tuple(names), value
    ).as_text()


def examples(home: Home, language: Language) -> list[tuple[str, str]]:
    """Return one-line examples built from the home's own names, in a fixed order.

    A small model copies the most recent pattern, so the exits come first and the
    actions follow in the table's order, the most common (lights on and off) last.
    An example is said in the language's words for it (`ActionWords.examples`, one
    for each of the action's examples, in order).
    """
    pick = _Picker(home, language)
    words = language.prompt
    vocabulary = {name.casefold() for name in home.vocabulary()}
    missing = next(
        (n for n in words.absent_devices if n.casefold() not in vocabulary),
        words.absent_devices[-1],
    )
    shots: list[tuple[str, str]] = [
        (said.format(missing=missing), f"{NONE_CALL}()")
        for said in words.not_for_the_home
    ]
    shots.extend(
        shot
        for action in ACTIONS
        for example, said in zip(
            action.examples, language.action(action.name).examples, strict=True
        )
        if (shot := _shot(pick, action, example, said)) is not None
    )
    return shots


def _example_devices(home: Home, calls: str, language: Language) -> list[HomeEntity]:
    """Return the devices an example's calls name; for none(), an unrelated device."""
    match = _CALL_TARGETS.match(calls)
    if match is None or match["name"] == NONE_CALL:
        return list(home.entities[:1])
    if (action := action_named(match["name"])) is None:
        return []
    index = targets_for(home, action, language=language)
    names = match["args"].split(", ")
    found = [entity for name in names if name in index for entity in index[name]]
    return list({entity.entity_id: entity for entity in found}.values())


def _request(
    devices: Iterable[HomeEntity],
    text: str,
    language: Language,
    area: str | None = None,
) -> str:
    where = language.prompt.in_area.format(area=area) if area else ""
    # Written like the examples (lower case, no closing full stop), whatever wrote it:
    # speech-to-text capitalises and punctuates.
    said = text.strip().rstrip(".!").lower()
    return f"{device_line(devices, language)}\n{where}{said}"


def build_prefix(
    home: Home,
    language: Language,
    instructions: str = "",
    chat_format: ChatFormat = CHATML,
) -> str:
    """Return the stable part of the prompt: instructions, functions and examples.

    The prefix does not list the home's devices: each request carries its own short
    list of candidates, so the prefix (and its cost) does not grow with the home.
    """
    words = language.prompt
    notes = [words.notes.format(instructions=instructions)] if instructions else []
    system = "\n".join(
        [words.instructions, *notes, words.functions, *_functions(home, language)]
    )
    turn = chat_format.turn
    shots = "".join(
        turn("user", _request(_example_devices(home, calls, language), said, language))
        + turn("assistant", calls)
        for said, calls in examples(home, language)
    )
    return turn("system", system) + shots


def build_prompt(
    prefix: str,
    history: Sequence[Turn],
    text: str,
    area: str | None,
    candidates: Iterable[HomeEntity],
    *,
    language: Language,
    chat_format: ChatFormat = CHATML,
) -> str:
    """Return the full prompt: the stable prefix, recent turns, then the request."""
    turn = chat_format.turn
    recent = "".join(
        turn("user", said.text) + turn("assistant", said.calls) for said in history
    )
    request = turn("user", _request(candidates, text, language, area))
    return f"{prefix}{recent}{request}{chat_format.reply_start}"
