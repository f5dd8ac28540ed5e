"""Mandarin under HA's built-in matcher: a kind of light said is that kind only.

Home Assistant's Chinese sentences read "台灯" (desk lamp), "吸顶灯" and "床头灯" as any
light: "台灯关掉" said in a room would turn off every light of it. llm_home leaves
such a sentence to its own reading, which tells the lamp by its name.
"""

from __future__ import annotations

from typing import Any

from benchmarks.assist.agents import async_setup_llm_home
from benchmarks.assist.dataset import parse_home
from benchmarks.assist.home import BenchHome
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component

from .home import state_of
from custom_components.llm_home.const import (
    CONF_ORDER,
    DEFAULT_LLM_MODEL,
    ORDER_BUILTIN_THEN_LLM,
)
from custom_components.llm_home.engine.store import ModelStore

_ONOFF = {"supported_color_modes": ["onoff"], "color_mode": "onoff"}
_HOME: dict[str, Any] = {
    "areas": [{"id": "elders_room", "name": "老人房"}],
    "devices": [{"name": "老人房语音助手", "id": "satellite", "area": "elders_room"}],
    "entities": [
        {
            "name": "老人房灯",
            "id": "light.lao_ren_fang_deng",
            "area": "elders_room",
            "state": "on",
            "attributes": _ONOFF,
        },
        {
            "name": "爷爷台灯",
            "id": "light.ye_ye_tai_deng",
            "area": "elders_room",
            "state": "on",
            "attributes": _ONOFF,
        },
    ],
}


async def test_the_desk_lamp_said_in_a_room_is_never_its_every_light(
    hass: HomeAssistant, model_store: ModelStore
) -> None:
    """Said in the grandparents' room, "台灯关掉" turns off 爷爷台灯 only."""
    hass.config.language = "zh"
    assert await async_setup_component(hass, "homeassistant", {})
    home = BenchHome(hass, parse_home(_HOME))
    await home.async_build()
    await async_setup_llm_home(
        hass, DEFAULT_LLM_MODEL, {CONF_ORDER: ORDER_BUILTIN_THEN_LLM}
    )
    result = await conversation.async_converse(
        hass,
        "台灯关掉",
        None,
        Context(),
        language="zh",
        agent_id="conversation.llm_home",
        device_id=home.device_ids["satellite"],
    )
    await hass.async_block_till_done()
    speech = result.response.speech
    assert state_of(hass, "light.ye_ye_tai_deng").state == "off", speech
    assert state_of(hass, "light.lao_ren_fang_deng").state == "on", speech
