"""Dutch words of the model's prompt: instructions, value hints, fixed examples.

The instructions, notes, function heading and value hints stay in English, as do
the actions' `usage`: the model (Qwen2.5-Coder 0.5B) follows English instructions
far better than Dutch ones, and the call names and values it writes are English.
The list of devices around a request keeps its English labels too. What the model
compares with the user's words is Dutch: the examples of requests not for the home,
the devices a home lacks, the area before a request and two devices in one example.
"""

from __future__ import annotations

from typing import Final

from ..model import PromptWords

PROMPT: Final = PromptWords(
    instructions=(
        "You turn smart home requests in Dutch into function calls. Write only"
        " calls, one per line, using the names of the listed devices or their areas"
        " exactly. Write none() when no listed device fits or the request is not"
        " about the home."
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
    },
    devices="Devices: {devices}",
    no_devices="none",
    aliases=", also {aliases}",
    in_area="(in de {area}) ",
    pair="{first} en de {second}",
    not_for_the_home=(
        "vertel een mop",
        "zet de {missing} aan",
        "wat voor weer wordt het?",
    ),
    absent_devices=("garagelampen", "saunakachel", "zwembadpomp", "ruimteschipmotor"),
)
