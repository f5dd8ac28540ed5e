"""German words of the model's prompt: English instructions, German examples.

The model (Qwen2.5-Coder 0.5B) follows instructions best in English, the language
it was mostly tuned on, so the instructions, the heading of the functions, their
value hints and the device line are the English table's. What the model copies are
the examples: they are German sentences like the user's, and the request's room
("im Raum Küche") is said in German before the request.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..en.prompt import PROMPT as ENGLISH_PROMPT

PROMPT: Final = replace(
    ENGLISH_PROMPT,
    # "im Raum Küche": no article, whatever the room's name.
    in_area="(im Raum {area}) ",
    pair="{first} und {second}",
    not_for_the_home=(
        "erzähl mir einen witz",
        "schalte {missing} ein",
        "wie wird das wetter morgen?",
    ),
    absent_devices=(
        "garagenlicht",
        "saunaofen",
        "poolpumpe",
        "raumschiffantrieb",
    ),
)
