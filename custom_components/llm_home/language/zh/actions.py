"""Chinese (simplified) words for each action: what asks for it, its reply, its examples.

Keyed by the action's call name (home/actions/). Each word is a word the text is
split into (no spaces in Chinese: `Language.words` finds the table's words, longest
first), so verbs with their complement are listed whole ("关掉", "拉上", "调亮").
The model's own description of each action (`usage`) stays the English table's: the
prompt's instructions are English (prompt.py). Replies name devices without a
measure word or an article, so they read well whatever the device is called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ..en.actions import ACTIONS as ENGLISH_ACTIONS
from ..parts import ActionWords


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _action(
    name: str,
    words: str,
    reply: str = "",
    *,
    offered_when: str = "",
    reply_down: str | None = None,
    examples: tuple[str, ...] = (),
) -> tuple[str, ActionWords]:
    return name, ActionWords(
        usage=ENGLISH_ACTIONS[name].usage,
        words=_w(words),
        offered_when=_w(offered_when),
        reply=reply,
        reply_down=reply_down,
        examples=examples,
    )


_OPEN: Final = "打开 开开 开 开启 拉开 升起 升 拉起 卷起 收起"
_CLOSE: Final = "关 关上 关闭 关掉 拉上 放下 降下 合上 落下 降"
_DOCK: Final = "回充 充电 回去 回家 回基站 基站 返回 回 停止 停下"

_OSCILLATION: Final = "摇头 摆头 摆动 摆风 转头"
_TICK: Final = "划掉 划了 勾掉 勾选 打勾 完成 已完成 买了 买好了 买到了"

ACTIONS: Final[Mapping[str, ActionWords]] = dict(
    (
        _action(
            "alarm_arm",
            "警报 布防 设防 警戒 离家 外出 夜间 睡眠 度假 安防",
            "已将{targets}布防，模式：{value}。",
            offered_when="布防 设防 警戒 离家 外出 夜间 睡眠 度假",
            examples=("把{target}布防成{value}模式",),
        ),
        _action(
            "alarm_disarm",
            "警报 撤防 解除 安防",
            "已撤防{targets}。",
            offered_when="撤防 解除 关 关闭 关掉",
        ),
        _action(
            "lock",
            "锁 锁上 锁好 上锁 反锁",
            "已锁上{targets}。",
            examples=("锁上{target}",),
        ),
        _action(
            "unlock",
            "解锁 开锁",
            "已解锁{targets}。",
            offered_when="解锁 开锁 打开 开 开门",
        ),
        _action("open", _OPEN, "已打开{targets}。", examples=("打开{target}",)),
        _action("close", _CLOSE, "已关上{targets}。", examples=("关上{target}",)),
        _action(
            "position",
            "一半 位置 打开 开 拉开",
            "已将{targets}开到{value}%。",
            examples=("把{target}开到40%",),
        ),
        _action("stop", "停 停止 停下 停住 别动", "已停止{targets}。"),
        _action(
            "start",
            # "帮我把扫地机器人打开": a robot turned on starts.
            "打扫 清扫 扫地 扫 拖地 吸尘 清洁 割草 除草 开始 启动 打开 开启",
            "已启动{targets}。",
            examples=("启动{target}",),
        ),
        _action(
            "dock",
            _DOCK,
            "已让{targets}回去充电。",
            # "打扫客厅" must never send the robot home.
            offered_when=_DOCK,
            examples=("让{target}回去充电", "停止{target}"),
        ),
        _action(
            "fan_speed",
            "风扇 风速 转速 风量 档",
            "已将{targets}的风速设为{value}%。",
            examples=("把{target}的风速调到60%",),
        ),
        _action(
            "vacuum_speed",
            "吸力 吸力档",
            "已将{targets}的吸力设为{value}。",
        ),
        _action(
            "oscillate", _OSCILLATION, "已让{targets}摇头。", offered_when=_OSCILLATION
        ),
        _action(
            "oscillate_off",
            _OSCILLATION,
            "已让{targets}停止摇头。",
            # Said with a word of swinging: "关掉风扇" is turn_off.
            offered_when="关 关闭 关掉 停 停止 别 莫",
        ),
        _action("fan_reverse", "反转 反向 倒转 转向", "已让{targets}反向旋转。"),
        _action("fan_forward", "正转 正向 转向", "已让{targets}正向旋转。"),
        _action(
            "humidity",
            "湿度 干燥 潮湿 加湿 除湿",
            "已将{targets}的湿度设为{value}%。",
        ),
        _action(
            "todo_add",
            "加 添 添加 加上 加入 记 记下 提醒 清单 购物清单 待办",
            "已把{value}加到{targets}。",
            offered_when="加 添 添加 加上 加入 记 记下 提醒 写 放",
            examples=("把牛奶加到{target}里",),
        ),
        _action(
            "todo_complete",
            _TICK,
            "已在{targets}里划掉{value}。",
            offered_when=_TICK,
        ),
        _action(
            "pause",
            "暂停",
            "已暂停{targets}。",
            # "打扫客厅" must never pause the robot.
            offered_when="暂停 停一下",
            examples=("暂停{target}",),
        ),
        _action(
            "resume",
            "继续 播放 放 恢复 音乐 接着放",
            "已继续播放{targets}。",
            examples=("继续播放{target}",),
        ),
        _action(
            "next",
            "下一首 下一曲 下一个 切歌 跳过 换一首 歌 歌曲",
            "已在{targets}上切到下一首。",
            examples=("{target}切到下一首",),
        ),
        _action(
            "previous",
            "上一首 上一曲 上一个 歌 歌曲",
            "已在{targets}上切回上一首。",
        ),
        _action(
            "volume",
            "音量 声音 大声 小声",
            "已将{targets}的音量设为{value}%。",
            examples=("把{target}的音量调到30",),
        ),
        _action(
            "volume_step",
            "调大 调小 大声 小声 大点 小点 大一点 小一点 音量 声音",
            "已调大{targets}的音量。",
            reply_down="已调小{targets}的音量。",
            examples=("把{target}的声音调大一点",),
        ),
        _action(
            "media_source",
            "信号源 输入源 信源 输入 hdmi 切回 切到 切换到 换到",
            "已将{targets}切换到{value}。",
        ),
        _action(
            "mute",
            "静音 闭嘴",
            "已将{targets}静音。",
            # "关掉音乐" is turn_off, "继续播放" is resume: never a mute.
            offered_when="静音 闭嘴",
            examples=("把{target}静音",),
        ),
        _action(
            "unmute",
            "取消静音 解除静音",
            "已取消{targets}的静音。",
            offered_when="取消静音 解除静音",
        ),
        _action(
            "climate_temp",
            "度 设 设置 温度 调",
            examples=("把{target}调到{value}度",),
        ),
        _action(
            "climate_step",
            "调高 调低 升高 降低 升温 降温 升 降 高 低 高一点 低一点 高点 低点 暖和 凉快"
            " 热一点 冷一点 暖一点 凉一点",
            examples=("把{target}调低2度",),
        ),
        _action(
            "climate_mode",
            "自动 制冷 制热 制暖 加热 除湿 送风 模式 冷 热",
            "已将{targets}设为{value}。",
            examples=("把{target}调到{value}模式", "关掉{target}"),
        ),
        _action(
            "climate_fan",
            "风 风速 风量",
            "已将{targets}的风速设为{value}。",
            # "温度调到最低" sets no fan speed: the wind or a speed is said.
            offered_when="风 风速 风量 风力 档 高速 中速 低速 高档 中档 低档",
        ),
        _action(
            "climate_preset",
            "离家 外出 强力 舒适 节能 睡眠 模式 预设",
            "已将{targets}设为{value}模式。",
            examples=("把{target}设为{value}",),
        ),
        _action(
            "state",
            # "衣服洗好没有": whether the washing is done.
            "多少 几 什么 怎么样 状态 情况 吗 开着 关着 洗好 洗完 洗",
            examples=("{target}的温度是多少？", "{target}开着吗？"),
        ),
        _action(
            "light_color",
            "颜色 红 红色 蓝 蓝色 绿 绿色 黄 黄色 橙 橙色 紫 紫色 粉 粉色 粉红",
            "已将{targets}调成{value}。",
            examples=("把{target}调成蓝色",),
        ),
        _action(
            "light_white",
            "暖白 冷白 自然光 白光 暖光 冷光 白 中性",
            "已将{targets}调成{value}白光。",
            examples=("把{target}调成暖白光",),
        ),
        _action(
            "light_step",
            "亮 暗 调亮 调暗 亮一点 暗一点 亮些 暗些 更亮 更暗",
            "已调亮{targets}。",
            reply_down="已调暗{targets}。",
            examples=("把{target}调亮一点",),
        ),
        _action(
            "light_level",
            "亮度 调暗 调亮 百分之",
            "已将{targets}的亮度设为{value}%。",
            examples=("把{target}调暗到30%", "把{target}的亮度调到百分之七十"),
        ),
        _action("toggle", "切换", "已切换{targets}。", offered_when="切换"),
        _action(
            "turn_off",
            "关 关闭 关掉 关上 熄灭 熄 熄掉 灭 停用 禁用",
            "已关闭{targets}。",
            examples=("关掉{target}的所有灯", "关闭{target}"),
        ),
        _action(
            "turn_on",
            "开 开开 打开 开启 启动 激活 运行 执行 点亮 启用 浇水 开起 烧起",
            "已打开{targets}。",
            examples=("启动{target}", "运行{target}脚本", "打开{target}"),
        ),
    )
)
