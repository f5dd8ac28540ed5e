"""The mode a thermostat is woken in: said by a remark on comfort, never over a preset.

"Fa nu freddo in camera, accendi u condizionatore a ventitré" had cooled ("condizionatore"
says an AC, which cools): the remark says warm. "Put the heating on boost, I'm frozen
stiff" had set the heating to heat: "boost" is a preset the heating names itself.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .home_entities import home_entity
from custom_components.llm_home.agent.asked import woken_modes
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

AREAS: Mapping[str, HomeArea] = {
    "camera": HomeArea("camera", "Camera", (), ()),
    "hall": HomeArea("hall", "Hall", (), ()),
}
_MODES = {"hvac_modes": ["off", "heat", "cool", "dry"], "supported_features": 1 | 16}
HOME = Home(
    (
        home_entity(
            "climate.condizionatore",
            "Condizionatore camera",
            "camera",
            AREAS,
            attributes={**_MODES, "min_temp": 16, "max_temp": 30},
        ),
        home_entity(
            "climate.heating",
            "Heating",
            "hall",
            AREAS,
            attributes={
                **_MODES,
                "preset_modes": ["boost", "none"],
                "fan_modes": ["auto", "on"],
                "supported_features": 1 | 8 | 16,
            },
        ),
    ),
    tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("code", "text", "modes"),
    [
        ("it", "fa nu freddo in camera, accendi u condizionatore a ventitré", {"heat"}),
        ("it", "accendi il condizionatore in camera", {"cool"}),
        ("en", "Put the heating on boost, I'm frozen stiff", set()),
        ("en", "Put the heating on, I'm frozen stiff", {"heat"}),
        # "On" of the fan mode "on" is no preset said (it had woken no mode at all).
        ("en", "It's hot as fire up here, can you cut the air on?", {"cool"}),
    ],
)
def test_the_mode_woken_is_the_one_said(code: str, text: str, modes: set[str]) -> None:
    """A remark on the cold heats; a preset said wakes no mode of its own."""
    commands = [c for c in read(text, HOME, get_language(code)).clauses if c.command]
    assert woken_modes(commands[0]) == modes
