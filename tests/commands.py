"""English commands for the fixture home, each with what must be true afterwards.

Used by the end-to-end test and by scripts/bench_agent. They run in this order on
one home, so each command starts from the state the previous ones left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from homeassistant.core import State

type Check = Callable[[State], bool]


def is_(value: str) -> Check:
    """Check the state's value."""
    return lambda state: state.state == value


def attr(name: str, test: Callable[[object], bool]) -> Check:
    """Check one attribute."""
    return lambda state: (
        state.attributes.get(name) is not None and test(state.attributes[name])
    )


def number(name: str, test: Callable[[float], bool]) -> Check:
    """Check a numeric attribute."""

    def check(state: State) -> bool:
        value = state.attributes.get(name)
        return isinstance(value, int | float) and test(value)

    return check


def hue_near(hue: float) -> Check:
    """Check the light's hue (in degrees) within 30 degrees."""

    def check(state: State) -> bool:
        match state.attributes.get("hs_color"):
            case (int() | float() as light_hue, int() | float()):
                distance = abs(light_hue - hue)
                return min(distance, 360 - distance) <= 30
        return False

    return check


@dataclass(frozen=True, slots=True)
class Command:
    """A sentence, the states it must produce, and words the reply must hold."""

    sentence: str
    expect: dict[str, Check] = field(default_factory=dict)
    reply: str | None = None
    follows: bool = False  # continues the previous command's conversation


COMMANDS: list[Command] = [
    # Lights: on/off by name, alias, area, area alias, several names.
    Command("turn on the bed light", {"light.bed_light": is_("on")}),
    Command("turn off the kitchen lights", {"light.kitchen_lights": is_("off")}),
    Command("switch off the lumière lamp", {"light.bed_light": is_("off")}),
    Command(
        "turn off all the lights in the living room",
        {
            "light.ceiling_lights": is_("off"),
            "light.living_room_rgbww_lights": is_("off"),
        },
    ),
    Command(
        "turn on the lights in the lounge",
        {
            "light.ceiling_lights": is_("on"),
            "light.living_room_rgbww_lights": is_("on"),
        },
    ),
    Command(
        "turn on the bed light and the kitchen lights",
        {"light.bed_light": is_("on"), "light.kitchen_lights": is_("on")},
    ),
    Command("turn off the lights upstairs", {"light.bed_light": is_("off")}),
    # Polite and terse shapes (the model used to answer none() to them).
    Command("Please turn on the bed light", {"light.bed_light": is_("on")}),
    Command("Kitchen lights off", {"light.kitchen_lights": is_("off")}),
    # Brightness, colour, colour temperature.
    Command(
        "set the kitchen lights to 50 percent",
        {"light.kitchen_lights": number("brightness", lambda b: 120 <= b <= 135)},
    ),
    Command(
        "dim the ceiling lights to 20%",
        {"light.ceiling_lights": number("brightness", lambda b: 45 <= b <= 56)},
    ),
    Command(
        "make the kitchen lights a bit brighter",
        {"light.kitchen_lights": number("brightness", lambda b: b > 135)},
    ),
    Command(
        "make the entrance lights red",
        {"light.entrance_color_white_lights": hue_near(0)},
    ),
    Command("make the bed light blue", {"light.bed_light": hue_near(240)}),
    Command(
        "set the ceiling lights to warm white",
        {"light.ceiling_lights": number("color_temp_kelvin", lambda k: k <= 3200)},
    ),
    Command(
        "I'm going to bed, turn off the kitchen lights",
        {"light.kitchen_lights": is_("off")},
    ),
    # Climate: absolute, relative, by alias and area, modes, fan, preset.
    Command(
        "set the hvac to 23 degrees",
        {"climate.hvac": number("temperature", lambda t: t == 23)},
    ),
    Command(
        "make the hvac 2 degrees warmer",
        {"climate.hvac": number("temperature", lambda t: t == 25)},
    ),
    Command(
        "set opa's heater to 19 degrees",
        {"climate.heatpump": number("temperature", lambda t: t == 19)},
    ),
    Command(
        "set the living room to 22 degrees",
        {"climate.hvac": number("temperature", lambda t: t == 22)},
    ),
    Command(
        "set the hvac to twenty one degrees",
        {"climate.hvac": number("temperature", lambda t: t == 21)},
    ),
    Command("switch the hvac to heat", {"climate.hvac": is_("heat")}),
    Command("turn off the heatpump", {"climate.heatpump": is_("off")}),
    Command(
        "set the ecobee to eco",
        {"climate.ecobee": attr("preset_mode", lambda p: p == "eco")},
    ),
    Command(
        "set the hvac fan to high",
        {"climate.hvac": attr("fan_mode", lambda f: "high" in str(f))},
    ),
    # Alarm.
    Command(
        "arm the home alarm in away mode",
        {"alarm_control_panel.home_alarm": is_("armed_away")},
    ),
    # Questions: answered from live state, nothing changes.
    Command("is the kitchen light on?", reply="off"),
    Command("what is the temperature in the living room?", reply="Hvac"),
    Command("is the alarm armed?", reply="away mode"),
    # Not possible: nothing changes and the reply says so.
    Command("turn on the toaster", reply="Sorry"),
    Command("turn on the office lights", reply="Sorry"),
    Command("please open the kitchen blinds", reply="Sorry"),
    Command("what's the weather like tomorrow?", reply="Sorry"),
    # Follow-up in the same conversation.
    Command(
        "turn off the entrance lights",
        {"light.entrance_color_white_lights": is_("off")},
    ),
    Command("Turn on the kitchen light.", {"light.kitchen_lights": is_("on")}),
    Command(
        "and the entrance lights too",
        {"light.entrance_color_white_lights": is_("on")},
        follows=True,
    ),
]
