"""French words of the model's prompt: instructions, value hints, fixed examples.

The instructions, the list of functions, the value hints and the device lines stay
in English: the model (Qwen2.5-Coder 0.5B) follows English instructions far better
than French ones, and the calls it writes are English names anyway ("turn_on",
"heat", "blue"). The instructions say that the requests are French. What the user
says is French, so the examples the model sees (the actions' examples, the requests
that are not for the home, the devices a home lacks) and the parts written into a
request (its area, a pair of devices) are French.
"""

from __future__ import annotations

from typing import Final

from ..parts import PromptWords

PROMPT: Final = PromptWords(
    instructions=(
        "You turn smart home requests, said in French, into function calls. Write"
        " only calls, one per line, using the names of the listed devices or their"
        " areas exactly. Write none() when no listed device fits or the request is"
        " not about the home."
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
    in_area="(pièce : {area}) ",
    pair="{first} et {second}",
    not_for_the_home=(
        "raconte-moi une blague",
        "allume {missing}",
        "quel temps fait-il ?",
    ),
    absent_devices=(
        "lumières du garage",
        "poêle du sauna",
        "pompe de la piscine",
        "moteur du vaisseau spatial",
    ),
)
