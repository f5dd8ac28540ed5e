"""The options a device names itself ("HDMI 2", "max", "heat_cool"), as the words say them.

"Switch the TV to HDMI 2" says the source "HDMI 2" (and no volume of 2); "cooling"
says the mode "cool". Read for the grammar (grammar.py), which offers only options said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
import re
from typing import TYPE_CHECKING, Final

from ..home.actions import ACTIONS, Value
from ..home.capabilities import value_options
from ..home.snapshot import Home, HomeEntity

if TYPE_CHECKING:
    from .reading import Clause  # the reading reads the options from here

# Values the device names itself ("HDMI 2", "Xbox", "max"): only those said most
# fully, so "HDMI 2" is never "HDMI 1" and "max" never "max_plus".
NAMED_OPTIONS: Final = frozenset({Value.SOURCE, Value.VACUUM_SPEED})
# Options that devices name differently for one thing: a fan's "sleep" preset is
# another's "night", its "breeze" (a wind that comes and goes) another's "nature".
_ALIKE: Final = {
    "night": "sleep",
    "sleep": "night",
    "breeze": "nature",
    "nature": "breeze",
}


# A decimal number is one part, as the reading reads it: "NDR 90,3" is "ndr", "90.3".
_PART: Final = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+")


def _parts(option: str) -> list[str]:
    return [part.replace(",", ".") for part in _PART.findall(option.casefold())]


def _says(part: str, said_words: Iterable[str]) -> bool:
    if part.replace(".", "", 1).isdigit():
        return part in said_words  # "20" says no "HDMI 2"
    return any(
        word.startswith(part) or (len(word) >= 4 and part.startswith(word))
        for word in said_words
    )


def option_numbers(home: Home, said_words: frozenset[str]) -> frozenset[str]:
    """Return the numbers said as part of a device's own option ("HDMI 2").

    "TV to HDMI 2" sets no volume of 2: the number is the source's.
    """
    numbers: set[str] = set()
    for spec in ACTIONS:
        if spec.value not in NAMED_OPTIONS:
            continue
        for entity in home.entities:
            for option in value_options(spec, entity):
                parts = _parts(option)
                if all(_says(part, said_words) for part in parts):
                    numbers.update(part for part in parts if part.isdigit())
    return frozenset(numbers)


def said_options(options: Iterable[str], said_words: Iterable[str]) -> tuple[str, ...]:
    """Return the options that the words say ("cooling" says "cool", "heat" "heat_cool").

    Where none is said, one that means the same ("modalità notte" of a fan whose
    preset is "sleep").
    """
    options, said_words = tuple(options), tuple(said_words)
    found = tuple(
        option
        for option in options
        if any(_says(part, said_words) for part in _parts(option))
    )
    if found:
        return found
    alike = tuple(_ALIKE[word] for word in said_words if word in _ALIKE)
    return tuple(
        option
        for option in options
        if any(_says(part, alike) for part in _parts(option))
    )


def said_in_a_row(options: Iterable[str], tokens: Sequence[str]) -> tuple[str, ...]:
    """Return the longest options of several words said one after another.

    "Put YouTube TV on" says the app "YouTube TV", never "YouTube"; "put YouTube on
    the TV" says no "YouTube TV" (its words are apart), and none is returned. An
    option of one word said as several in a row counts as said: "换到爱奇艺" (a
    language written without spaces reads "爱奇艺" as three words).
    """
    said = [t.casefold() for t in tokens]
    found: dict[str, int] = {}
    for option in options:
        parts = _parts(option)
        if len(parts) > 1 and any(
            said[at : at + len(parts)] == parts for at in range(len(said))
        ):
            found[option] = len(parts)
        elif len(parts) == 1 and _joined(parts[0], said):
            found[option] = 1
    longest = max(found.values(), default=0)
    return tuple(option for option, size in found.items() if size == longest)


def _joined(part: str, said: Sequence[str]) -> bool:
    """Return whether two or more words said in a row make the part."""
    return any(
        "".join(said[start:end]) == part
        for start in range(len(said))
        for end in range(start + 2, len(said) + 1)
        if part.startswith(said[start])
    )


def best_said(options: Iterable[str], said_words: Iterable[str]) -> tuple[str, ...]:
    """Return the options whose words are said most fully, none when none is said."""
    shares: dict[str, float] = {}
    for option in options:
        parts = _parts(option)
        said = sum(_says(part, said_words) for part in parts)
        if said:
            shares[option] = said / len(parts)
    best = max(shares.values(), default=0.0)
    return tuple(option for option, share in shares.items() if share == best)


def named_by_option(
    home: Home,
    said_words: frozenset[str],
    values: frozenset[Value] = NAMED_OPTIONS,
) -> tuple[HomeEntity, ...]:
    """Return the devices with an option of their own said in full: "put on Today FM".

    A station, app or input named only by one device says which device is meant.
    Options of a single word that is a number ("2") name nothing alone.
    """
    return tuple(
        entity
        for entity in home.entities
        if any(
            _said_in_full(option, said_words)
            for spec in ACTIONS
            if spec.value in values
            for option in value_options(spec, entity)
        )
    )


# A station's frequency ("98.5", "101.5", "V-103"): said or not, it names the station.
_FREQUENCY: Final = re.compile(r"\d+[.,]\d+|\d{2,}")


def named_by_source(home: Home, clause: Clause) -> tuple[HomeEntity, ...]:
    """Return the players a station, app or input said in full names ("triple j")."""
    return named_by_option(home, clause.tokens_and_words(), frozenset({Value.SOURCE}))


def _said_in_full(option: str, said_words: frozenset[str]) -> bool:
    """Return whether an option is said: its words, its frequency aside.

    "Put on the Sports Hub" says "98.5 The Sports Hub", "put Kicks on" says "Kicks
    101.5"; a number alone ("2") or a single word beside one ("HDMI" of "HDMI 2")
    says none.
    """
    parts = _parts(_FREQUENCY.sub(" ", option)) or _parts(option)
    words = [part for part in parts if not part.isdigit()]
    if not words:
        return False
    if len(words) < 2 and len(words) < len(parts):
        return all(_says(part, said_words) for part in parts)
    return all(_says(part, said_words) for part in words)


# A fan's speed said by name, where the fan names none itself: HA's three speeds.
_NAMED_SPEEDS: Final = {"low": "33", "medium": "66", "high": "100"}


def named_speeds(home: Home, said_words: Iterable[str]) -> frozenset[str]:
    """Return the percent of a speed said by name ("put the fan on high": 100 %).

    Only for fans with no preset of that name: a fan with a "high" preset is set to
    it (`climate_preset`), never to a percentage.
    """
    presets = {
        str(preset).casefold()
        for e in home.entities
        if e.domain == "fan"
        for preset in e.attributes.get("preset_modes") or ()
    }
    return frozenset(
        _NAMED_SPEEDS[word]
        for word in said_words
        if word in _NAMED_SPEEDS and word not in presets
    )


def speed_steps(home: Home, said: frozenset[str]) -> frozenset[str]:
    """Return the numbers said, a fan's speed said by its step as that step's percent.

    "Put the hall fan on speed 3": a fan of 5 speeds (`percentage_step` 20) at 60 %,
    never at 3 %. Only where every fan offered has the same steps; a number above its
    count of speeds stays a percentage ("the fan to 40").
    """
    steps = {
        e.attributes.get("percentage_step") for e in home.entities if e.domain == "fan"
    }
    if len(steps) != 1 or not isinstance(step := steps.pop(), int | float):
        return said
    if step <= 1:
        return said
    return frozenset(
        str(round(int(n) * step)) if n.isdigit() and 0 < int(n) * step <= 100 else n
        for n in said
    )
