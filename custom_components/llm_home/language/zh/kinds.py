"""Chinese (simplified) words for each kind of device: "灯", "空调", "窗帘".

Chinese is written without spaces: every word here is also a word the text is split
into (`Language.words`, longest first), so a word is listed whole ("扫地机器人",
"热水器") and a name such as "餐厅吊灯" is found as "餐", "厅", "吊灯". A single
character is listed only where it is the kind on its own ("灯", "门", "锁").
Words that say only what to do or the state ("打开", "关") are not here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WASHERS: Final = "洗衣机 洗碗机 烘干机 干衣机 家电"
_PARTICLES: Final = "颗粒物 粉尘 雾霾 空气 污染"
_VOC: Final = "甲醛 有机物 挥发物 voc tvoc"
_PLUG: Final = "插座 插头 排插 插排 智能插座"

DOMAIN_WORDS: Final[Mapping[str, frozenset[str]]] = {
    # The kinds of light ("台灯", "灯带") are classes of their own (CLASS_WORDS).
    "light": _w("灯 电灯 灯光 灯泡 照明 灯具 亮度 颜色 大灯 主灯"),
    "switch": _w(f"{_PLUG} 开关 继电器"),
    # The fresh-air system, the air purifier and the exhaust fans are kinds of their
    # own (CLASS_WORDS).
    "fan": _w("风扇 电扇 电风扇 吊扇 落地扇"),
    "cover": _w(
        "窗帘 帘子 纱帘 布帘 卷帘 百叶窗 百叶 遮阳帘 遮阳篷 遮阳棚 雨棚 车库门"
        " 卷帘门 卷闸门 车库 大门 院门 闸门 门 窗 窗户 天窗 风门"
    ),
    "lock": _w("锁 门锁 智能锁 密码锁 指纹锁 电子锁 门"),
    "climate": _w(
        "空调 中央空调 冷气 暖气 暖气片 地暖 取暖器 电暖器 暖风 温控器 恒温器 温度"
        " 度 供暖 采暖 热泵 锅炉"
    ),
    "alarm_control_panel": _w(
        "警报 报警 报警器 警报器 安防 防盗 安保 防盗系统 布防 撤防"
    ),
    "media_player": _w(
        "电视 电视机 屏幕 音箱 音响 智能音箱 喇叭 音乐 收音机 广播 投影仪 投影"
        " 功放 播放器 歌 歌曲 专辑 歌单 播放列表 播客 音量 sonos homepod"
    ),
    "vacuum": _w(
        "扫地机 扫地机器人 扫地机器 扫拖机器人 机器人 吸尘器 扫拖一体机 拖地机"
        " 扫地 拖地"
    ),
    "lawn_mower": _w("割草机 除草机 剪草机 割草机器人 草坪 草地"),
    "valve": _w(
        "阀门 阀 水阀 总阀 水龙头 燃气阀 煤气阀 洒水器 喷灌 滴灌 灌溉 浇水 浇花"
        " 燃气 煤气"
    ),
    "todo": _w("清单 列表 购物清单 购物单 待办 待办事项 任务 家务"),
    "scene": _w("场景 情景 模式 氛围"),
    "script": _w("脚本 自动化 流程 程序 例程"),
    "humidifier": _w("加湿器 除湿机 除湿器 香薰机 湿度"),
    "water_heater": _w("热水器 电热水器 燃气热水器 热水 锅炉"),
    "input_boolean": _w("模式 标志"),
    "siren": _w("警笛 蜂鸣器 门铃 警铃 报警器"),
    "button": _w("按钮 按键"),
    "number": _w("设定值 阈值 偏移 限值 滑块"),
    "sensor": _w("传感器 读数 测量 仪表 探头"),
    "binary_sensor": _w("传感器 感应器 探测器 检测器 门磁"),
    "camera": _w("摄像头 摄像机 相机 监控 门铃 快照 录像 画面"),
    "weather": _w("天气 天气预报 预报 下雨 雨 下雪 雪 雨伞"),
    "person": _w("人 谁 有人 家人 大家 所有人"),
    "device_tracker": _w("位置 手机 车 钥匙 定位 追踪器"),
}

CLASS_WORDS: Final[Mapping[str, Mapping[str, frozenset[str]]]] = {
    # Kinds of light, which Home Assistant gives no class: a light is of the kind its
    # name says. "把灯带调成紫色" is the light called "客厅灯带", never any light of
    # the home, and "把客厅的台灯打开" no other light of the living room.
    "light": {
        "desk_lamp": _w("台灯 护眼灯"),
        "pendant": _w("吊灯"),
        "floor_lamp": _w("落地灯"),
        "ceiling": _w("吸顶灯 顶灯"),
        "downlight": _w("筒灯 射灯"),
        "strip": _w("灯带 氛围灯"),
        "night_light": _w("夜灯 小夜灯"),
        "wall": _w("壁灯"),
        "bedside": _w("床头灯"),
        "mirror": _w("镜前灯"),
    },
    # Appliances Home Assistant makes fans of, which no other fan is: "开下新风" of a
    # home without a fresh-air system is no fan of it, as "台灯" is no other light.
    "fan": {
        "fresh_air": _w("新风 新风机 新风系统"),
        "purifier": _w("净化器 空气净化器"),
        # "两个排气扇都关掉": the bathrooms' exhaust fans, never the fresh-air system.
        "exhaust": _w("排气扇 换气扇 排风扇 抽风机"),
    },
    "cover": {
        "awning": _w("遮阳篷 遮阳棚 雨棚"),
        "blind": _w("百叶窗 百叶 卷帘"),
        "curtain": _w("窗帘 帘子 纱帘 布帘"),
        "damper": _w("风门 风阀"),
        "door": _w("门 房门"),
        "garage": _w("车库 车库门"),
        "gate": _w("大门 院门 闸门"),
        "shade": _w("遮阳帘"),
        "shutter": _w("卷闸门 卷帘门 卷闸"),
        "window": _w("窗 窗户 天窗"),
    },
    "binary_sensor": {
        "battery": _w("电池"),
        "battery_charging": _w("充电"),
        "carbon_monoxide": _w("一氧化碳"),
        "cold": _w("低温 结冰 霜冻"),
        "connectivity": _w("网络 连接 联网 wifi 路由器"),
        "door": _w("门 门磁"),
        "garage_door": _w("车库"),
        "gas": _w("燃气 煤气 天然气 漏气 泄漏 燃气泄漏 煤气泄漏"),
        "glass_break": _w("玻璃 破碎"),
        "heat": _w("过热 高温"),
        "light": _w("光线 光照 天黑"),
        "lock": _w("锁"),
        "moisture": _w("漏水 水浸 浸水 潮湿"),
        "motion": _w("人体 移动 动静"),
        "moving": _w("移动"),
        "occupancy": _w("有人 占用"),
        "opening": _w("门窗"),
        "plug": _w("插头 插座"),
        "power": _w("电源 停电 断电 供电"),
        "presence": _w("在家 存在"),
        "problem": _w("故障 问题 错误 警告"),
        "running": _w(f"运行 {_WASHERS}"),
        "safety": _w("安全 危险"),
        "smoke": _w("烟雾 烟 火灾 着火"),
        "sound": _w("声音 噪音"),
        "tamper": _w("防拆"),
        "update": _w("更新 固件 升级"),
        "vibration": _w("振动 震动"),
        "window": _w("窗 窗户"),
    },
    "sensor": {
        "date": _w("日期"),
        "enum": _w("阶段 程序"),
        "timestamp": _w("时间 时候"),
        "uptime": _w("运行时间 重启"),
        "aqi": _w("空气质量 空气 污染 雾霾"),
        "atmospheric_pressure": _w("气压 大气压"),
        "battery": _w("电池 电量"),
        "carbon_monoxide": _w("一氧化碳"),
        "carbon_dioxide": _w("二氧化碳 co2"),
        "current": _w("电流"),
        "data_rate": _w("网速 带宽 下载 上传"),
        "distance": _w("距离 里程"),
        "duration": _w("时长 剩余 剩下"),
        "energy": _w("用电 用电量 耗电 耗电量 能耗 电量"),
        "gas": _w("燃气 用气"),
        "humidity": _w("湿度 潮湿 闷"),
        "illuminance": _w("光照 照度 亮度"),
        "moisture": _w("土壤 干 湿"),
        "monetary": _w("电费 费用 价格 钱"),
        "nitrogen_dioxide": _w("二氧化氮 no2"),
        "ozone": _w("臭氧"),
        "ph": _w("酸碱 ph"),
        "pm25": _w(f"pm25 pm2 {_PARTICLES}"),
        "pm10": _w(f"pm10 {_PARTICLES}"),
        "power": _w("功率 耗电 用电"),
        "precipitation": _w("降雨 降水 雨量"),
        "pressure": _w("压力 胎压"),
        "signal_strength": _w("信号"),
        "sound_pressure": _w("噪音 分贝"),
        "speed": _w("速度"),
        "temperature": _w("温度 气温 室温 度 热 冷"),
        "volatile_organic_compounds": _w(_VOC),
        "voltage": _w("电压"),
        "water": _w("用水 用水量 水量"),
        "weight": _w("体重 重量"),
        "wind_direction": _w("风向"),
        "wind_speed": _w("风速 风力"),
    },
    "media_player": {
        "tv": _w("电视 电视机 屏幕"),
        "speaker": _w("音箱 音响 智能音箱 喇叭 收音机 sonos homepod"),
        "receiver": _w("功放 接收器"),
        "projector": _w("投影仪 投影"),
    },
    "switch": {
        "outlet": _w(_PLUG),
        "switch": _w("继电器 断路器"),
    },
    "humidifier": {
        "humidifier": _w("加湿器 香薰机"),
        "dehumidifier": _w("除湿机 除湿器"),
    },
    "valve": {
        "water": _w("水阀 总阀 水龙头 洒水器 喷灌 滴灌 灌溉 浇水 浇花"),
        "gas": _w("燃气阀 煤气阀 燃气 煤气"),
    },
}


# How a group of devices is called ("客厅的灯", "所有灯"), and what one of them is.
KIND_NAMES: Final[Mapping[str, str]] = {
    "light": "灯",
    "switch": "开关",
    "fan": "风扇",
    "cover": "窗帘和门窗",
    "valve": "阀门",
    "lock": "锁",
    "climate": "空调和暖气",
    "media_player": "音箱和电视",
    "vacuum": "扫地机器人",
    "lawn_mower": "割草机",
    "humidifier": "加湿器",
    "water_heater": "热水器",
    "input_boolean": "开关",
    "siren": "警笛",
    "scene": "场景",
    "script": "脚本",
    "todo": "清单",
    "alarm_control_panel": "警报",
    "sensor": "传感器",
    "binary_sensor": "传感器",
}
CLASS_KIND_NAMES: Final[Mapping[str, Mapping[str, str]]] = {
    "cover": {
        "awning": "遮阳篷",
        "blind": "百叶窗",
        "curtain": "窗帘",
        "damper": "风门",
        "door": "门",
        "garage": "车库门",
        "gate": "大门",
        "shade": "遮阳帘",
        "shutter": "卷帘门",
        "window": "窗户",
    },
    "media_player": {
        "tv": "电视",
        "speaker": "音箱",
        "receiver": "功放",
        "projector": "投影仪",
    },
}


# Words whose opposite in a device's name rules the device out: "锁上前门" never
# means the "后门锁".
OPPOSITES: Final[Mapping[str, frozenset[str]]] = {
    "前": frozenset({"后"}),
    "后": frozenset({"前"}),
    "楼上": frozenset({"楼下"}),
    "楼下": frozenset({"楼上"}),
    "室内": frozenset({"室外", "户外"}),
    "室外": frozenset({"室内"}),
    "户外": frozenset({"室内"}),
    "东": frozenset({"西"}),
    "西": frozenset({"东"}),
    "南": frozenset({"北"}),
    "北": frozenset({"南"}),
    "左": frozenset({"右"}),
    "右": frozenset({"左"}),
}

# Rooms and common parts of names, so that they are found whole in unspaced text
# ("客厅", not "客", "厅"). They mean nothing more than a word of a name.
LEXICON: Final = _w(
    "客厅 起居室 餐厅 饭厅 厨房 卧室 主卧 主卧室 次卧 客卧 儿童房 婴儿房 书房"
    " 办公室 工作室 卫生间 洗手间 厕所 浴室 主卫 客卫 阳台 露台 花园 院子 庭院"
    " 车库 地下室 阁楼 走廊 过道 楼梯 玄关 门厅 门口 储藏室 衣帽间 洗衣房 健身房"
    " 影音室 游戏室 客房 一楼 二楼 三楼 楼上 楼下 入户门 大厅"
    " 天花板 床头 沙发 桌子 书桌 电脑 屋顶 墙 门前 窗台 窗边 衣柜 橱柜 鱼缸 冰箱"
    " 咖啡机 水壶 电水壶 热水壶 微波炉 烤箱 吹风机 电热毯 路由器 洗衣机 洗碗机"
    " 烘干机 游泳池 泳池 水泵 喷泉 出门 出去 离家 上班 睡觉"
    # Appliances of Chinese homes: the bathroom heater, the kettle, the automatic
    # mahjong table (Sichuan; never "麻" + "将" + "机"), a TV's set-top box.
    " 浴霸 烧水壶 茶台 麻将 麻将机 麻将桌 机顶盒 电视盒子 投屏 游戏机"
    # A fan's modes, as Chinese fans name them ("换成自然风"; never "自" + "然" + "风").
    " 自然风 睡眠风 标准风 正常风 婴儿风 舒适风 强劲风"
)
