"""Spanish words of the model's prompt: its examples in Spanish, its instructions in English.

The model (Qwen2.5-Coder 0.5B) follows instructions better in English, the language
it was mostly trained on: the instructions, the heading of the functions, the value
hints and the device line are English's own (en/prompt.py). What the model copies
from, the requests of the examples, is Spanish, as the user speaks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..en.prompt import PROMPT as ENGLISH_PROMPT

PROMPT: Final = replace(
    ENGLISH_PROMPT,
    in_area="(en {area}) ",
    pair="{first} y {second}",
    not_for_the_home=(
        "cuéntame un chiste",
        "enciende {missing}",
        "¿qué tiempo va a hacer mañana?",
    ),
    absent_devices=(
        "luces del garaje",
        "calefactor de la sauna",
        "bomba de la piscina",
        "motor de la nave espacial",
    ),
)
