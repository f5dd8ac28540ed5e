"""Mandarin Chinese, simplified script: the words people say to a voice assistant at home.

Chinese is written without spaces: the table declares the CJK ideographs unspaced,
and every word listed here is a word a sentence is split into, longest first
("把客厅灯关掉" is "把", "客厅", "灯", "关掉"). Number words 零 to 一百 are listed
whole ("二十五": 25), as is each percentage ("百分之五十": 50); "二十一点五" is 21.5.
The verb may follow its target ("客厅灯打开"), and a question may be asked by a word
anywhere in it ("客厅灯开着吗", "温度是多少"). Chinese has no plural forms.

Sources: the household words are everyday Mainland usage (with common Taiwan and
Hong Kong variants where they differ: "冷气", "电扇"); the replies are llm_home's
own, written for this table.
"""

from __future__ import annotations

from typing import Final

from ..floors import Floors, floor_levels
from ..model import TEMPERATURE, Language
from ..parts import Comfort, Numbers, Plurals, value_names
from .actions import ACTIONS
from .kinds import (
    CLASS_KIND_NAMES,
    CLASS_WORDS,
    DOMAIN_WORDS,
    KIND_NAMES,
    LEXICON,
    OPPOSITES,
)
from .prompt import PROMPT
from .replies import BINARY_STATES, ERRORS, REPLIES, STATE_WORDS
from .values import VALUE_NAMES


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DIGITS: Final = "零一二三四五六七八九"


def _number_word(n: int) -> str:
    """Return how 0 to 100 is said: "七", "十五", "二十", "二十五", "一百"."""
    if n < 10:
        return _DIGITS[n]
    if n == 100:
        return "一百"
    tens, unit = divmod(n, 10)
    return ("十" if tens == 1 else f"{_DIGITS[tens]}十") + (
        _DIGITS[unit] if unit else ""
    )


_NUMBERS: Final = {_number_word(n): n for n in range(101)}
_TENS: Final = frozenset(_number_word(10 * n) for n in range(1, 10))
# "百分之五十" is said as one: 50 (percent).
_PERCENTAGES: Final = {f"百分之{word}": str(n) for word, n in _NUMBERS.items()}
_QUESTION_MARKS: Final = _w(
    "吗 呢 么 什么 哪 哪个 哪些 哪里 哪儿 谁 几 多少 怎么样 怎样 如何 是不是 有没有"
    " 是否 没有 开着 关着 亮着 锁着 没 多久 多长时间"
    # Said alone, "空调开着呢" asks; after a command it says what stays (`keeps`).
    " 开着呢 亮着呢"
)
_HEAT: Final = "暖气 暖气片 地暖 取暖器 电暖器 供暖 采暖 制热 制暖 加热 锅炉 热泵"
# "空调" is an AC, which cools, never the floor heating ("除了朵朵房间，其他空调全部
# 关掉"); yet it wakes no cooling (`any_mode`): most Chinese ACs heat too (Chengdu's
# winters are heated by the AC), so "把空调开起" leaves it in its mode.
_AC: Final = "空调 中央空调"
_COOL: Final = f"冷气 制冷 {_AC}"

_PHRASES: Final = {
    # "把门锁上": the door lock, locked ("门锁" + "上" would say no verb).
    "门锁上": "门锁 锁上",
    # "半度" is a step of 0.5 degrees, never "半" (50 %).
    "半度": "0.5度",
    # "取消暂停" resumes, never pauses.
    "取消暂停": "继续",
    "解除暂停": "继续",
    "结束暂停": "继续",
    # "把门锁了", "门锁好": the door, locked.
    "门锁了": "门锁 锁上",
    "门锁好": "门锁 锁上",
    "门锁起": "门锁 锁上",
    # Sichuan: "莫得" is "没有", "啥子" is "什么", "好多度" is "多少度" (how many
    # degrees, never "many degrees").
    "莫得": "没有",
    "啥子": "什么",
    "好多度": "多少 度",
    # "今天用了好多度电": kilowatt-hours used, never a temperature (Chongqing).
    "好多度电": "多少 用电量",
    "多少度电": "多少 用电量",
    # "外面到底好多度": outdoors, as the home names it ("室外温度").
    "外面": "室外",
    "外头": "室外",
    # "露台的花浇下水": water the flowers, a little.
    "浇下水": "浇水",
    "浇点水": "浇水",
    # Beijing's "儿" after "点" ("暗一点儿") says nothing more.
    "点儿": "点",
    # "把水烧起": the kettle on.
    "水烧起": "烧水壶 烧起",
    # "衣服洗好没有", "衣服还要洗多久": the washing machine is asked about.
    "衣服洗": "洗衣机 洗",
    "衣服还要洗": "洗衣机 还 要 洗",
    "衣服还在洗": "洗衣机 还 在 洗",
    # Wuhan: "空调打低两度" is "调低" (and "打高" "调高").
    "打低": "调低",
    "打高": "调高",
}

LANGUAGE: Final = Language(
    code="zh",
    domain_words=DOMAIN_WORDS,
    class_words=CLASS_WORDS,
    kind_names=KIND_NAMES,
    class_kind_names=CLASS_KIND_NAMES,
    actions=ACTIONS,
    # "把" and "将" open a command whose verb comes after its target ("把灯关掉").
    command_verbs=_w(
        "把 将 让 回去 充电 打开 开 开启 启动 关 关闭 关掉 关上 熄灭 设 设置 调 调节 调高 调低"
        " 调亮 调暗 调大 调小 亮一点 暗一点 升高 降低 升温 降温 锁 锁上 上锁 反锁"
        " 解锁 开锁 拉开 拉上 升起 降下 放下 收起 合上 暂停 播放 放 继续 停 停止"
        " 切换 切到 静音 取消静音 加 添加 加上 加入 记 记下 提醒 浇水 打扫 清扫 扫地"
        " 拖地 吸尘 割草 回充 返回 激活 运行 执行 点亮 布防 撤防 跳过 切歌 换 改 变"
        " 划掉 勾掉 勾选 打勾 添"
        # Sichuan "开起", "烧起": on ("把麻将机开起", "把水烧起").
        " 开起 烧起 切回 锁好"
        # Guangzhou: "转" switches to ("空调转抽湿模式"), "叫" has a device do it
        # ("叫扫地机扫下地"), "降" lowers ("晾衣架降到一半").
        " 转 转成 转到 叫 降 升"
        # Northeastern "开开" turns on ("加湿器都开开"), "整" does or sets ("把灯整亮点"),
        # "划了" ticks off ("从购物清单上划了吧").
        " 开开 整 划了"
        # "电视换到机顶盒": switched to the set-top box.
        " 换到"
        # Chaozhou and Cantonese "熄": off ("大灯熄掉").
        " 熄 熄掉"
    ),
    question_words=_QUESTION_MARKS
    | _w("告诉 查 查看 查一下 看看 看一下 为什么 什么时候"),
    question_marks=_QUESTION_MARKS,
    late_verbs=True,
    # "除了门厅的灯，别的灯都关了": all the lights but the hall's.
    # "房间的灯全关了" said in the bedroom: its lights, never a "外婆房间"'s.
    here=frozenset(["这里", "这儿", "这屋", "房间"]),
    exceptions=frozenset(["除了"]),
    # "大灯熄掉，夜灯留着", "客厅窗帘打开，纱帘不要动": what is left as it is.
    without=dict.fromkeys(("不包括", "不含"), "除了"),
    # "空调关咧，地暖开着呢": the floor heating is on, and stays so.
    keeps=_w("留着 保留 留 不要动 别动 不用动 不动 别管 开着呢 亮着呢"),
    fillers=_w(
        "请 请你 请问 麻烦 麻烦你 帮 帮我 帮忙 给 给我 你 我 我要 我想 想 要 能 能不能"
        " 可以 可不可以 能否 一下 现在 马上 立刻 先 就 嘿 嗨 你好 好的 好 谢谢 谢了"
        " 那 那么 吧 呀 啊 哦 嗯 今天 太"
        # Particles said at the end in Sichuan and elsewhere ("拉上嘛", "关了哈").
        " 嘛 哈 噻 撒 嘞 咯 哟 要得 安逸"
        # And in Guangzhou and the south: "暂停一下啦", "关灯喔".
        " 啦 喔 呗 咧"
        # "开送风就行": that will do; "家里湿度多少": at home.
        " 就行 就好 就可以 家里 ok"
    ),
    stop_words=_w(
        "的 地 得 了 吧 啊 呀 呢 吗 把 将 在 里 里面 和 跟 与 及 请 我 我的 我们 你"
        " 给 一下 个 这 那 这个 那个 这些 那些 所有 全部 都 全 也 就 是 有 还 被 让"
        " 嘛 哈 噻 撒 嘞 咯 哟 哦 啦 喔 呗 咧 家里"
        # "除了门厅的灯，别的灯都关了": the others, what "除了" leaves out aside.
        " 别的 其他 其它 以外 之外"
    ),
    pair_words=_w("俩"),
    every=_w("所有 全部 全 都 每个 每 各个 整个 全屋 全都"),
    every_here=_w("都"),
    every_group="所有",
    negations=(
        ("不要",),
        ("别",),
        # Sichuan and Chongqing: "电扇莫摇头了" (stop swinging), "莫开".
        ("莫",),
        ("不",),
        ("不用",),
        ("甭",),
        ("勿",),
        ("不必",),
    ),
    negation_gaps=_w("再 要 去 给 给我 帮我 了 先 也 总是"),
    # "加牛奶跟酸奶": "跟" (and "与", "及") joins two things, as "和" does.
    clause_breaks=_w("然后 再 接着 并且 同时 还有 以及 和 跟 与 及 顺便"),
    particles=frozenset(),
    refers_back=_w("它 它们 这个 那个 这些 那些 也 还有 同样 一样"),
    opposites=OPPOSITES,
    value_words=_w(
        "度 百分 百分之 一点 一点儿 一点点 一些 些 稍微 稍稍 有点 多 少 更 很多"
    ),
    code_words=_w("密码 验证码 pin 口令 代码 码"),
    sensitive_verbs=_w("撤防 解锁 开锁 解除 停用 禁用 消音"),
    # Codes said digit by digit; "幺" is one, as in phone numbers.
    digit_words={
        **{digit: str(n) for n, digit in enumerate(_DIGITS)},
        "〇": "0",
        "幺": "1",
    },
    digit_homophones={},
    numbers=Numbers(
        words={**_NUMBERS, "两": 2, "俩": 2, "百": 100, "〇": 0},
        tens=_TENS,
        # "开到最大": all the way (a fan's 100 %, as "al máximo").
        fractions={
            **_PERCENTAGES,
            "一半": "50",
            "半": "50",
            "百分百": "100",
            "最大": "100",
            # "把灯整到最亮": as bright as it goes.
            "最亮": "100",
        },
        decimal_points=_w("点"),
        decimal_comma=False,
        units=_w("% ° 度 摄氏度 百分之 开尔文 k 分钟 分 秒 小时 个小时"),
        end_points=_w("到 为 成 至"),
        value_before=_w("到 为 成 至 在"),
        halves=(("度", "半"), ("半",)),
        # "两个排气扇", "三盏灯", "两台空调": how many devices ("两个小时" is a time).
        counters=_w("个 盏 台 扇 只 部 条 套 组"),
    ),
    plurals=Plurals(irregular={}, rules=(), invariant=frozenset()),
    any_mode=_w(_AC),
    kind_needs={
        **dict.fromkeys(_HEAT.split(), ("hvac_modes", "heat")),
        **dict.fromkeys(_COOL.split(), ("hvac_modes", "cool")),
    },
    comfort=(
        Comfort(_w("暗"), "把灯打开"),
        Comfort(_w("黑"), "把灯打开"),
        Comfort(_w("亮"), "把灯调暗"),
        Comfort(_w("刺眼"), "把灯调暗"),
        Comfort(_w("晃眼"), "把灯调暗"),
        Comfort(_w("冷"), "把温度调高"),
        Comfort(_w("冻"), "把温度调高"),
        Comfort(_w("热"), "把温度调低"),
        Comfort(_w("闷"), "打开风扇"),
    ),
    errors=ERRORS,
    reasons=frozenset(("因为",)),
    # "客厅的灯关了撒，看电视晃眼睛": why (watching TV), never the TV turned off too.
    statement_openers=("我", "我们", "看"),
    # "我们出门了，把安防打开": going out is away.
    remark_values=value_names({"away": "出门 出去 离家 上班", "night": "睡觉 睡了"}),
    # "空调调高一度" in a living room with its AC and the floor heating: the AC ("空调"
    # wakes no mode, so it says no kind of its own).
    main_kinds=frozenset(("温控器", "恒温器", "空调", "中央空调")),
    # "大灯关掉" in a child's room: its own light, never the living room's "客厅大灯".
    main_words=frozenset(("大灯", "主灯")),
    measures={"度": TEMPERATURE},
    take_backs=("算了", "不用了"),
    closings={
        **dict.fromkeys(("晚安", "睡了", "我睡了"), "night"),
        **dict.fromkeys(("你好吗", "最近怎么样", "您好"), "greeting"),
        **dict.fromkeys(("谢谢", "谢谢你", "多谢", "谢了"), "welcome"),
        **dict.fromkeys(
            ("算了", "没事", "没事了", "不用了", "就这样", "再见", "我自己来"),
            "okay",
        ),
        # Sichuan: "要得" (all right), "莫得事了" (nothing else).
        **dict.fromkeys(("要得", "莫得事", "莫得事了", "没得事"), "okay"),
        # Guangzhou: "唔该" (thanks), "搞掂" (done), "冇事" (nothing else).
        **dict.fromkeys(("唔该", "唔该晒", "多谢晒"), "welcome"),
        **dict.fromkeys(("搞掂", "搞掂了", "搞定", "搞定了", "冇事", "冇事了"), "okay"),
        # "Good morning": greeted back; with a request ("hi, turn on ..."), none.
        **dict.fromkeys(("你好", "晚上好", "下午好"), "greeting"),
        **dict.fromkeys(("早上好", "早安"), "morning"),
    },
    replies=REPLIES,
    code_gaps=_w("是 为 号码 的"),
    state_words=STATE_WORDS,
    binary_states=BINARY_STATES,
    prompt=PROMPT,
    value_names=VALUE_NAMES,
    phrases=_PHRASES,
    # The CJK ideographs (and their extension A and compatibility forms).
    unspaced=(("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff")),
    lexicon=LEXICON,
    # Which way a step goes: "调高两度" is +2, never 2 degrees.
    # "降两度" (Guangzhou) is two degrees down, never a setting of 2.
    ups=_w(
        "升 调高 升高 提高 升温 高一点 高点 高些 调大 开大 大点 大一点 大声 调亮 亮一点"
        " 亮些 更亮 暖和 暖一点 热一点 加大 增加"
    ),
    downs=_w(
        "降 调低 降低 降温 低一点 低点 低些 调小 关小 小点 小一点 小声 调暗 暗一点 暗些"
        " 更暗 凉快 凉一点 冷一点 减小 减少"
    ),
    comfort_instead={"把温度调高": "打开取暖器", "把温度调低": "打开风扇"},
    floors=Floors(
        levels=floor_levels(
            "地下室 负一楼 地下:-1 一楼 一层:1 二楼 二层:2 三楼 三层:3 阁楼:10"
        ),
        above="楼上",
        below="楼下",
    ),
)
