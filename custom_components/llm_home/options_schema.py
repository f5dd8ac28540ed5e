"""The options form: three groups of options, stored flat in the entry."""

from __future__ import annotations

from collections.abc import Mapping
import os
from typing import Any, Final

import probatio

from homeassistant.data_entry_flow import section
from homeassistant.helpers.selector import (
    BooleanSelector,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
)

from .const import (
    CONF_ALLOW_DISARM,
    CONF_ASSIST_FALLBACK,
    CONF_BEAM_SIZE,
    CONF_CONTEXT_SIZE,
    CONF_DOMAINS,
    CONF_INSTRUCTIONS,
    CONF_MAX_TOKENS,
    CONF_SPEAKING_RATE,
    CONF_STT_LANGUAGE,
    CONF_TEMPERATURE,
    CONF_THREADS,
    DEFAULT_STT_LANGUAGE,
    SECTION_GENERATION,
    SECTION_SAFETY,
    SECTION_SPEECH,
)
from .home import CONTROL_DOMAINS
from .settings import Settings

MAX_INSTRUCTIONS: Final = 500

SECTIONS: Final = {
    SECTION_GENERATION: (
        CONF_CONTEXT_SIZE,
        CONF_THREADS,
        CONF_TEMPERATURE,
        CONF_MAX_TOKENS,
        CONF_INSTRUCTIONS,
    ),
    SECTION_SAFETY: (CONF_ALLOW_DISARM, CONF_DOMAINS, CONF_ASSIST_FALLBACK),
    SECTION_SPEECH: (CONF_STT_LANGUAGE, CONF_BEAM_SIZE, CONF_SPEAKING_RATE),
}


def _number(
    low: float, high: float, step: float, mode: NumberSelectorMode
) -> NumberSelector:
    return NumberSelector(NumberSelectorConfig(min=low, max=high, step=step, mode=mode))


def options_schema(languages: list[str]) -> probatio.Schema:
    """Return the options form; `languages` are those the speech model knows."""
    default = Settings()
    box, slider = NumberSelectorMode.BOX, NumberSelectorMode.SLIDER
    generation = probatio.Schema(
        {
            probatio.Required(CONF_CONTEXT_SIZE, default=default.context_size): _number(
                1024, 32768, 512, box
            ),
            probatio.Required(CONF_THREADS, default=default.threads): _number(
                0, os.cpu_count() or 64, 1, box
            ),
            probatio.Required(CONF_TEMPERATURE, default=default.temperature): _number(
                0, 1, 0.05, slider
            ),
            probatio.Required(CONF_MAX_TOKENS, default=default.max_tokens): _number(
                16, 256, 1, box
            ),
            probatio.Optional(CONF_INSTRUCTIONS, default=""): probatio.All(
                TextSelector(TextSelectorConfig(multiline=True)),
                probatio.Length(max=MAX_INSTRUCTIONS),
            ),
        }
    )
    safety = probatio.Schema(
        {
            probatio.Required(
                CONF_ALLOW_DISARM, default=default.allow_disarm
            ): BooleanSelector(),
            probatio.Required(
                CONF_DOMAINS, default=sorted(default.domains)
            ): SelectSelector(
                SelectSelectorConfig(
                    options=sorted(CONTROL_DOMAINS),
                    multiple=True,
                    mode=SelectSelectorMode.LIST,
                    translation_key=CONF_DOMAINS,
                )
            ),
            probatio.Required(
                CONF_ASSIST_FALLBACK, default=default.assist_fallback
            ): BooleanSelector(),
        }
    )
    speech = probatio.Schema(
        {
            probatio.Required(
                CONF_STT_LANGUAGE, default=DEFAULT_STT_LANGUAGE
            ): SelectSelector(
                SelectSelectorConfig(
                    options=[DEFAULT_STT_LANGUAGE, *languages],
                    mode=SelectSelectorMode.DROPDOWN,
                    translation_key=CONF_STT_LANGUAGE,
                )
            ),
            probatio.Required(CONF_BEAM_SIZE, default=default.beam_size): _number(
                1, 10, 1, slider
            ),
            probatio.Required(
                CONF_SPEAKING_RATE, default=default.speaking_rate
            ): _number(0.5, 2, 0.05, slider),
        }
    )
    return probatio.Schema(
        {
            probatio.Required(SECTION_GENERATION): section(
                generation, {"collapsed": False}
            ),
            probatio.Required(SECTION_SAFETY): section(safety, {"collapsed": False}),
            probatio.Required(SECTION_SPEECH): section(speech, {"collapsed": True}),
        }
    )


def flatten_sections(user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Return the submitted options without their groups, as the entry keeps them."""
    return {
        key: value
        for name in SECTIONS
        for key, value in user_input.get(name, {}).items()
    }


def sectioned(options: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Return stored options grouped as the form shows them."""
    return {
        name: {key: options[key] for key in keys if key in options}
        for name, keys in SECTIONS.items()
    }
