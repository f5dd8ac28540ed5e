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

from .calls import NONE_CALL, SPECS, Value
from .capabilities import supports, targets_for, value_options
from .home import Home, HomeEntity, label

STOP: Final = ["<|im_end|>", "<|endoftext|>"]
_INSTRUCTIONS: Final = (
    "You turn smart home requests into function calls. Write only calls, one per line, "
    "using the names of the listed devices or their areas exactly. Write none() when no "
    "listed device fits or the request is not about the home."
)
_VALUE_HINTS: Final = {
    Value.NONE: "",
    Value.PERCENT: ", percent",
    Value.PERCENT_STEP: ", +N or -N",
    Value.COLOR: ", colour",
    Value.WHITE: ", warm|neutral|cool",
    Value.DEGREES: ", degrees",
    Value.DEGREES_STEP: ", +N or -N",
    Value.HVAC_MODE: ", mode",
    Value.FAN_MODE: ", fan mode",
    Value.PRESET: ", preset",
    Value.ARM_MODE: ", home|away|night|vacation",
}


@dataclass(frozen=True, slots=True)
class Turn:
    """An earlier exchange: what the user said and the calls that were made."""

    text: str
    calls: str


def _turn(role: str, text: str) -> str:
    # Chat-template markers inside text cannot open or close a turn.
    text = text.replace("<|", "< |").replace("|>", "| >")
    return f"<|im_start|>{role}\n{text}<|im_end|>\n"


def _functions(home: Home) -> Iterator[str]:
    for spec in SPECS.values():
        if targets_for(home, spec):
            many = "targets" if spec.multi else "target"
            yield f"{spec.name}({many}{_VALUE_HINTS[spec.value]}): {spec.usage}"
    yield f"{NONE_CALL}(): nothing to do"


def device_line(entities: Iterable[HomeEntity]) -> str:
    """Return the candidate devices as the model sees them in a request."""
    described = []
    for entity in entities:
        where = f", {label(entity.area)}" if entity.area else ""
        aliases = (
            f", also {', '.join(label(a) for a in entity.aliases)}"
            if entity.aliases
            else ""
        )
        described.append(f"{entity.label} ({entity.domain}{where}{aliases})")
    return "Devices: " + ("; ".join(described) or "none")


_CALL_TARGETS: Final = re.compile(r"^(?P<name>[a-z_]+)\((?P<args>[^)]*)\)")
# Devices for the "no such device" example: the first that the home does not have.
_ABSENT_DEVICES: Final = (
    "garage lights",
    "sauna heater",
    "pool pump",
    "spaceship engine",
)


class _Picker:
    """Hands out the home's device names for examples, a different device each time."""

    def __init__(self, home: Home) -> None:
        """Start with no device used."""
        self.home = home
        self.used: dict[str, int] = {}

    def names(self, spec_name: str, count: int = 1) -> list[str]:
        """Return `count` distinct entity names that support the call, rotating."""
        spec = SPECS[spec_name]
        domain_names = [e.label for e in self.home.entities if supports(spec, e)]
        if len(domain_names) < count:
            return []
        start = self.used.get(spec.domain or "", 0)
        self.used[spec.domain or ""] = start + count
        return [domain_names[(start + i) % len(domain_names)] for i in range(count)]

    def name(self, spec_name: str) -> str | None:
        """Return the next entity name that supports the call, if any."""
        names = self.names(spec_name)
        return names[0] if names else None

    def options(self, spec_name: str, name: str) -> tuple[str, ...]:
        """Return the values the named device accepts for a call."""
        spec = SPECS[spec_name]
        return value_options(spec, targets_for(self.home, spec)[name][0])


def examples(home: Home) -> list[tuple[str, str]]:
    """Return one-line examples built from the home's own names, in a fixed order.

    A small model copies the most recent pattern, so the exits come first and the
    most common commands (lights on and off) last.
    """
    pick = _Picker(home)
    vocabulary = {name.casefold() for name in home.vocabulary()}
    missing = next(
        (n for n in _ABSENT_DEVICES if n.casefold() not in vocabulary),
        _ABSENT_DEVICES[-1],
    )
    shots: list[tuple[str, str]] = [
        ("tell me a joke", f"{NONE_CALL}()"),
        (f"turn on the {missing}", f"{NONE_CALL}()"),
        ("what's the weather like?", f"{NONE_CALL}()"),
    ]
    if panel := pick.name("alarm_arm"):
        mode = pick.options("alarm_arm", panel)[-1]
        shots.append(
            (f"arm the {panel.lower()} in {mode} mode", f"alarm_arm({panel}, {mode})")
        )
    if thermostat := pick.name("climate_temp"):
        degrees = pick.options("climate_temp", thermostat)
        middle = degrees[len(degrees) // 2]
        shots.append(
            (
                f"set the {thermostat.lower()} to {middle} degrees",
                f"climate_temp({thermostat}, {middle})",
            )
        )
    if thermostat := pick.name("climate_step"):
        shots.append(
            (
                f"make the {thermostat.lower()} 2 degrees cooler",
                f"climate_step({thermostat}, -2)",
            )
        )
    if thermostat := pick.name("climate_mode"):
        modes = pick.options("climate_mode", thermostat)
        mode = next((m for m in ("heat", "cool", "auto") if m in modes), modes[0])
        shots.append(
            (
                f"switch the {thermostat.lower()} to {mode}",
                f"climate_mode({thermostat}, {mode})",
            )
        )
        if "off" in modes:
            shots.append(
                (
                    f"turn off the {thermostat.lower()}",
                    f"climate_mode({thermostat}, off)",
                )
            )
    if thermostat := pick.name("climate_preset"):
        preset = pick.options("climate_preset", thermostat)[-1]
        shots.append(
            (
                f"set the {thermostat.lower()} to {preset}",
                f"climate_preset({thermostat}, {preset})",
            )
        )
    if climate_area := next(
        (e.area for e in home.entities if e.domain == "climate" and e.area), None
    ):
        shots.append(
            (
                f"what is the temperature in the {climate_area.lower()}?",
                f"state({label(climate_area)})",
            )
        )
    if light := pick.name("state"):
        shots.append((f"is the {light.lower()} on?", f"state({light})"))
    if light := pick.name("light_color"):
        shots.append((f"make the {light.lower()} blue", f"light_color({light}, blue)"))
    if light := pick.name("light_white"):
        shots.append(
            (f"set the {light.lower()} to warm white", f"light_white({light}, warm)")
        )
    if light := pick.name("light_step"):
        shots.append(
            (f"make the {light.lower()} a bit brighter", f"light_step({light}, +20)")
        )
    if light := pick.name("light_level"):
        shots.append(
            (f"dim the {light.lower()} to 30 percent", f"light_level({light}, 30)")
        )
    if light := pick.name("light_level"):
        shots.append((f"set the {light.lower()} to 70%", f"light_level({light}, 70)"))
    area = next(
        (
            a.name
            for a in home.areas
            if label(a.name) in targets_for(home, SPECS["light_off"])
        ),
        None,
    )
    if area:
        shots.append(
            (
                f"turn off all the lights in the {area.lower()}",
                f"light_off({label(area)})",
            )
        )
    if pair := pick.names("light_off", 2):
        first, second = pair
        shots.append(
            (
                f"switch off the {first.lower()} and the {second.lower()}",
                f"light_off({first}, {second})",
            )
        )
    if light := pick.name("light_on"):
        shots.append((f"turn on the {light.lower()}", f"light_on({light})"))
    return shots


def _example_devices(home: Home, calls: str) -> list[HomeEntity]:
    """Return the devices an example's calls name; for none(), an unrelated device."""
    match = _CALL_TARGETS.match(calls)
    if match is None or match["name"] == NONE_CALL:
        return list(home.entities[:1])
    index = targets_for(home, SPECS[match["name"]])
    names = match["args"].split(", ")
    found = [entity for name in names if name in index for entity in index[name]]
    return list({entity.entity_id: entity for entity in found}.values())


def _request(devices: Iterable[HomeEntity], text: str, area: str | None = None) -> str:
    where = f"(in the {area}) " if area else ""
    # Written like the examples (lower case, no closing full stop), whatever wrote it:
    # speech-to-text capitalises and punctuates.
    said = text.strip().rstrip(".!").lower()
    return f"{device_line(devices)}\n{where}{said}"


def build_prefix(home: Home, instructions: str = "") -> str:
    """Return the stable part of the prompt: instructions, functions and examples.

    The prefix does not list the home's devices: each request carries its own short
    list of candidates, so the prefix (and its cost) does not grow with the home.
    """
    notes = [f"Notes from the user: {instructions}"] if instructions else []
    system = "\n".join([_INSTRUCTIONS, *notes, "Functions:", *_functions(home)])
    shots = "".join(
        _turn("user", _request(_example_devices(home, calls), said))
        + _turn("assistant", calls)
        for said, calls in examples(home)
    )
    return _turn("system", system) + shots


def build_prompt(
    prefix: str,
    history: Sequence[Turn],
    text: str,
    area: str | None,
    candidates: Iterable[HomeEntity],
) -> str:
    """Return the full prompt: the stable prefix, recent turns, then the request."""
    recent = "".join(
        _turn("user", turn.text) + _turn("assistant", turn.calls) for turn in history
    )
    return f"{prefix}{recent}{_turn('user', _request(candidates, text, area))}<|im_start|>assistant\n"
