"""English words of the model's prompt: instructions, value hints, fixed examples."""

from __future__ import annotations

from typing import Final

from ..parts import PromptWords

PROMPT: Final = PromptWords(
    instructions=(
        "You turn smart home requests into function calls. Write only calls, one per"
        " line, using the names of the listed devices or their areas exactly. Write"
        " none() when no listed device fits or the request is not about the home."
    ),
    notes="Notes from the user: {instructions}",
    functions="Functions:",
    nothing_to_do="nothing to do",
    value_hints={
        "none": "",
        "percent": ", percent",
        "percent_step": ", +N or -N",
        "color": ", colour",
        "white": ", warm|neutral|cool",
        "degrees": ", degrees",
        "degrees_step": ", +N or -N",
        "hvac_mode": ", mode",
        "fan_mode": ", fan mode",
        "preset": ", preset",
        "arm_mode": ", home|away|night|vacation",
        "item": ", item",
        "source": ", source",
        "vacuum_speed": ", speed",
    },
    devices="Devices: {devices}",
    no_devices="none",
    aliases=", also {aliases}",
    in_area="(in the {area}) ",
    pair="{first} and the {second}",
    not_for_the_home=(
        "tell me a joke",
        "turn on the {missing}",
        "what's the weather like?",
    ),
    absent_devices=("garage lights", "sauna heater", "pool pump", "spaceship engine"),
)
