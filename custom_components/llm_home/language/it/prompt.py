"""Italian words of the model's prompt: English instructions, Italian examples.

The model (Qwen2.5-Coder 0.5B) follows instructions in English better than in
Italian, and the calls it writes are English (function names, "heat", "blue"), so
the instructions, the headings and the value hints stay in English. The examples
(`not_for_the_home`, `absent_devices`, `pair`) are requests as an Italian user says
them, since the model copies the pattern of the example closest to the user's words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..en.prompt import PROMPT as ENGLISH_PROMPT

PROMPT: Final = replace(
    ENGLISH_PROMPT,
    pair="{first} e {second}",
    not_for_the_home=(
        "raccontami una barzelletta",
        "accendi {missing}",
        "che tempo fa?",
    ),
    absent_devices=(
        "luci del garage",
        "stufa della sauna",
        "pompa della piscina",
        "motore dell'astronave",
    ),
)
