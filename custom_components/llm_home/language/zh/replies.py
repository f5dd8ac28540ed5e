"""Chinese (simplified) replies: refusals, failures, questions back and answers from state.

{placeholders} are filled by agent/replies.py. Devices are named as they are called,
without a measure word ("{name}", never "这个{name}"), so every reply reads right
whatever the device's name is. A question back ends with "？".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

_OPTIONS: Final = "可以在 LLM Home 的选项里开启。"

# A tool's refusals and failures, keyed by the error it returns (home/).
ERRORS: Final[Mapping[str, str]] = {
    "unknown_target": "抱歉，我不知道叫{name}的设备。",
    "ambiguous_target": "抱歉，有不止一个设备叫{name}，请说是哪一个。",
    "not_allowed": "抱歉，你没有权限这样做。",
    "allow_disarm_disabled": f"抱歉，语音撤防已关闭。{_OPTIONS}",
    "allow_unlock_disabled": f"抱歉，语音开锁已关闭。{_OPTIONS}",
    "allow_open_disabled": f"抱歉，用语音打开车库门、大门和燃气阀已关闭。{_OPTIONS}",
    "code_required": "抱歉，撤防需要警报密码。请在命令里说出密码。",
    "pin_required": "抱歉，这需要你的语音密码。请在命令里说出密码。",
    "pin_not_set": "抱歉，还没有设置语音密码。可以在 LLM Home 的选项里设置。",
    "wrong_pin": "抱歉，密码不对。",
    "pin_locked": "抱歉，密码错误次数太多。开锁、撤防和打开功能已锁定{minutes}分钟。",
    "own_assistant_only": "抱歉，为了安全，{name}只能通过 LLM Home 自己的助手来控制。",
    "touches_unexposed": "抱歉，{name}会改动没有开放给助手的设备。",
    "touches_not_allowed": "抱歉，{name}会改动助手不能控制的设备类型。",
    "out_of_range": "抱歉，{value}超出了允许的范围（{low}到{high}）。",
    "unsupported_value": "抱歉，这个设备不支持{value}。",
    "bad_value": "抱歉，{value}不能用在这里。",
    "service_failed": "抱歉，{name}没有执行成功：{message}",
    "service_error": "抱歉，{name}没有执行成功。",
    "not_on_list": "抱歉，{name}上没有{value}。",
    "already_on_list": "{name}上已经有{value}了。",
    "no_current_value": "抱歉，我不知道现在的设定，所以没法按步调整。",
}
# The fixed replies, and the parts of the replies built from results and states.
REPLIES: Final[Mapping[str, str]] = {
    "not_understood": "抱歉，我没找到对应的设备。",
    "failed": "抱歉，出了点问题，请再试一次。",
    "engine_down": "抱歉，我现在连不上语音和语言引擎，请稍后再试。",
    # A negated command ("不要开灯"): nothing is done, and that is no failure.
    "welcome": "不客气。",
    "greeting": "你好！",
    "morning": "早上好！",
    "night": "晚安！",
    "okay": "好的。",
    "bye": "再见！",
    "device": "设备",
    "wont_do": "好的，我不做。",
    "busy": "抱歉，我还在处理另一个请求，请稍后再试。",
    # Calls still running when the reply is due: sent, not known to be done.
    "sent": "已向{targets}发送命令。",
    "not_heard": "抱歉，我没听清，请再说一遍。",
    "too_long": "抱歉，这个请求太长了，请说得简短一些。",
    # Asked when a command could mean any of several devices (ends with "？": the
    # satellite listens for the answer).
    "not_known": "我不知道这里的“{words}”是指什么。",
    "which_one": "你说的是哪个{kind}：{names}？",
    "which_one_of_many": "这样的{kind}有{count}个。你说的是哪一个？请说它的名字或房间。",
    # Devices named in a reply: "A", "A和B", "A、B或C".
    "name": "{name}",
    "list_separator": "、",
    "list_and": "{names}和{last}",
    "list_or": "{names}还是{last}",
    "temperature_set": "已将{name}设为{temperature}{unit}。",
    # Answers from a device's state.
    "state": "{name}现在{state}。",
    "state_brightness": "{name}开着，亮度{brightness}%。",
    "state_climate": "{name}：{state}{current}{target}。",
    "state_climate_current": "，当前温度{temperature}{unit}",
    "state_climate_target": "，目标温度{temperature}{unit}",
    "state_position": "{name}打开了{position}%。",
    "state_playing": "{name}正在播放{title}。",
    "state_playing_by": "{name}正在播放{artist}的{title}。",
    "state_list_empty": "{name}是空的。",
    "state_list_one": "{name}里有{count}项：{items}。",
    "state_list": "{name}里有{count}项：{items}。",
    "state_measured": "{name}是{value}{unit}。",
}

# Plain words for states, where the raw state is not a word people say (others are
# said as they are, "_" as a space).
STATE_WORDS: Final[Mapping[str, str]] = {
    "on": "开着",
    "off": "关着",
    "open": "开着",
    "closed": "关着",
    "opening": "正在打开",
    "closing": "正在关闭",
    "locked": "锁着",
    "unlocked": "没锁",
    "locking": "正在上锁",
    "unlocking": "正在开锁",
    "jammed": "卡住了",
    "playing": "正在播放",
    "paused": "暂停",
    "idle": "空闲",
    "standby": "待机",
    "buffering": "正在缓冲",
    "cleaning": "正在打扫",
    "docked": "在充电座上",
    "mowing": "正在割草",
    "error": "出错了",
    "unavailable": "不可用",
    "unknown": "未知",
    "disarmed": "已撤防",
    "arming": "正在布防",
    "pending": "等待中",
    "triggered": "已触发",
    "armed_away": "离家布防",
    "armed_home": "在家布防",
    "armed_night": "夜间布防",
    "armed_vacation": "度假布防",
    "armed_custom_bypass": "已布防",
    "not_home": "不在家",
    "home": "在家",
    "returning": "正在回充",
    "heat": "制热",
    "cool": "制冷",
    "heat_cool": "制热制冷",
    "auto": "自动",
    "dry": "除湿",
    "fan_only": "送风",
    "sunny": "晴",
    "cloudy": "多云",
    "partlycloudy": "局部多云",
    "rainy": "雨",
    "pouring": "大雨",
    "snowy": "雪",
    "fog": "雾",
    "windy": "有风",
    "clear-night": "晴夜",
    "lightning": "雷电",
    "lightning-rainy": "雷雨",
}
# Binary sensors: what "on" and "off" mean for each device class.
BINARY_STATES: Final[Mapping[str, tuple[str, str]]] = {
    "door": ("开着", "关着"),
    "garage_door": ("开着", "关着"),
    "window": ("开着", "关着"),
    "opening": ("开着", "关着"),
    "lock": ("没锁", "锁着"),
    "motion": ("检测到有人活动", "没有动静"),
    "occupancy": ("有人", "没人"),
    "presence": ("在家", "不在家"),
    "moisture": ("检测到漏水", "干燥"),
    "smoke": ("检测到烟雾", "正常"),
    "gas": ("检测到燃气", "正常"),
    "battery": ("电量低", "电量正常"),
    "plug": ("已插上", "已拔出"),
    "connectivity": ("已连接", "已断开"),
    "problem": ("有故障", "正常"),
    "running": ("运行中", "未运行"),
    "moving": ("在移动", "静止"),
}
