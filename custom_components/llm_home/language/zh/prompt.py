"""Chinese (simplified) words of the model's prompt: the examples in Chinese.

The instructions, the notes, the list of functions and the value hints stay the
English table's: the model (Qwen2.5-Coder 0.5B) follows its tuned English
instructions best, and the calls it writes are English anyway. What the model sees
said by the user is Chinese: the examples answered with none(), the devices a home
lacks, where the satellite is, and each action's examples (actions.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..en.prompt import PROMPT as ENGLISH_PROMPT

PROMPT: Final = replace(
    ENGLISH_PROMPT,
    in_area="（在{area}）",
    pair="{first}和{second}",
    not_for_the_home=(
        "给我讲个笑话",
        "打开{missing}",
        "今天天气怎么样？",
    ),
    absent_devices=("车库灯", "桑拿房暖气", "泳池水泵", "宇宙飞船引擎"),
)
