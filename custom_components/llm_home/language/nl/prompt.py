"""Dutch words of the model's prompt: the English instructions, Dutch examples.

The instructions, notes, function heading, value hints and the list of devices
around a request stay as in English (en/prompt.py), as do the actions' `usage`: the
model (Qwen2.5-Coder 0.5B) follows English instructions far better than Dutch ones,
and the call names and values it writes are English. What the model compares with
the user's words is Dutch: the examples of requests not for the home, the devices a
home lacks, the area before a request and two devices in one example.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..en.prompt import PROMPT as ENGLISH_PROMPT

PROMPT: Final = replace(
    ENGLISH_PROMPT,
    instructions=(
        "You turn smart home requests in Dutch into function calls. Write only"
        " calls, one per line, using the names of the listed devices or their areas"
        " exactly. Write none() when no listed device fits or the request is not"
        " about the home."
    ),
    in_area="(in de {area}) ",
    pair="{first} en de {second}",
    not_for_the_home=(
        "vertel een mop",
        "zet de {missing} aan",
        "wat voor weer wordt het?",
    ),
    absent_devices=("garagelampen", "saunakachel", "zwembadpomp", "ruimteschipmotor"),
)
