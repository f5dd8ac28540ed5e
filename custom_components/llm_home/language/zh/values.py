"""Mandarin Chinese words for the values calls write in Home Assistant's own (English) terms.

A word said for a colour, a white, a mode, a preset or a fan speed; the first word of
each value is also how replies say it. Words of feeling ("cold", "hot") are left
out: an indirect request ("I'm cold") must never offer a cooling mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

VALUE_NAMES: Final[Mapping[str, str]] = {
    "红色": "red",
    "红": "red",
    "橙色": "orange",
    "橙": "orange",
    "黄色": "yellow",
    "黄": "yellow",
    "绿色": "green",
    "绿": "green",
    "蓝色": "blue",
    "蓝": "blue",
    "紫色": "purple",
    "紫": "purple",
    "粉色": "pink",
    "粉红": "pink",
    "粉": "pink",
    "白色": "white",
    "白光": "white",
    "白": "white",
    "暖光": "warm",
    "暖白": "warm",
    "暖色": "warm",
    "中性光": "neutral",
    "自然光": "neutral",
    "中性": "neutral",
    "冷光": "cool",
    "冷白": "cool",
    "制冷": "cool",
    "降温": "cool",
    "制热": "heat",
    "加热": "heat",
    "暖气": "heat",
    "自动": "auto",
    "除湿": "dry",
    "抽湿": "dry",
    "送风": "fan_only",
    "通风": "fan_only",
    "关闭": "off",
    "节能": "eco",
    "经济": "eco",
    "离家": "away",
    "外出": "away",
    "舒适": "comfort",
    "在家": "home",
    "睡眠": "sleep",
    "夜间": "night",
    "晚上": "night",
    "夜晚": "night",
    "度假": "vacation",
    "低速": "low",
    "低档": "low",
    "低": "low",
    "中速": "medium",
    "中档": "medium",
    "高速": "high",
    "高档": "high",
    "高": "high",
}
