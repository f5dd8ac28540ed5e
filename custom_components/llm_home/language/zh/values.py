"""Mandarin Chinese words for the values the calls write (`Language.value_names`)."""

from __future__ import annotations

from typing import Final

from ..parts import value_names

VALUE_NAMES: Final = value_names(
    {
        "red": "红色 红",
        "orange": "橙色 橙",
        "yellow": "黄色 黄",
        "green": "绿色 绿",
        "blue": "蓝色 蓝",
        "purple": "紫色 紫",
        "pink": "粉色 粉红 粉",
        "white": "白色 白光 白",
        "warm": "暖光 暖白 暖色",
        "neutral": "中性光 自然光 中性",
        "cool": "冷光 冷白 制冷 降温",
        "heat": "制热 加热 暖气",
        "auto": "自动",
        "dry": "除湿 抽湿",
        "fan_only": "送风 通风",
        "off": "关闭",
        "eco": "节能 经济",
        "away": "离家 外出",
        "comfort": "舒适",
        "home": "在家",
        "sleep": "睡眠",
        "night": "夜间 晚上 夜晚",
        "vacation": "度假",
        "medium": "中速 中档",
        # "风速开到最大": the highest fan speed.
        "high": "高速 高档 高 最大 最强",
        "low": "低速 低档 低 最小",
    }
)
