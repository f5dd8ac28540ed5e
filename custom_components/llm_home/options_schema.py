"""The options form: three groups of options, stored flat in the entry."""

from __future__ import annotations

from collections.abc import Mapping
import os
import re
from typing import Any, Final

import probatio

from homeassistant.const import UnitOfTime
from homeassistant.data_entry_flow import section
from homeassistant.helpers.selector import (
    BooleanSelector,
    EntitySelector,
    EntitySelectorConfig,
    LabelSelector,
    LabelSelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)

from .const import (
    CONF_ALLOW_DISARM,
    CONF_ALLOW_OPEN,
    CONF_ALLOW_UNLOCK,
    CONF_BEAM_SIZE,
    CONF_CONTEXT_SIZE,
    CONF_DOMAINS,
    CONF_END_SILENCE,
    CONF_INSTRUCTIONS,
    CONF_MAX_TOKENS,
    CONF_ORDER,
    CONF_SENSITIVE_ENTITIES,
    CONF_SENSITIVE_LABELS,
    CONF_SPEAKING_RATE,
    CONF_STT_LANGUAGE,
    CONF_TEMPERATURE,
    CONF_THREADS,
    CONF_VOICE_PIN,
    DEFAULT_STT_LANGUAGE,
    ORDERS,
    SECTION_GENERATION,
    SECTION_SAFETY,
    SECTION_SPEECH,
)
from .home.actions import CONTROL_DOMAINS
from .home.settings import Settings

MAX_INSTRUCTIONS: Final = 500

SECTIONS: Final = {
    SECTION_GENERATION: (
        CONF_CONTEXT_SIZE,
        CONF_THREADS,
        CONF_VOICE_PIN,
        CONF_TEMPERATURE,
        CONF_MAX_TOKENS,
        CONF_ORDER,
        CONF_INSTRUCTIONS,
    ),
    SECTION_SAFETY: (
        CONF_ORDER,
        CONF_DOMAINS,
        CONF_ALLOW_DISARM,
        CONF_ALLOW_UNLOCK,
        CONF_ALLOW_OPEN,
        CONF_VOICE_PIN,
        CONF_SENSITIVE_ENTITIES,
        CONF_SENSITIVE_LABELS,
    ),
    SECTION_SPEECH: (
        CONF_STT_LANGUAGE,
        CONF_BEAM_SIZE,
        CONF_END_SILENCE,
        CONF_SPEAKING_RATE,
    ),
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
            probatio.Required(CONF_ORDER, default=default.order): SelectSelector(
                SelectSelectorConfig(
                    options=list(ORDERS),
                    mode=SelectSelectorMode.LIST,
                    translation_key=CONF_ORDER,
                )
            ),
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
                CONF_ALLOW_DISARM, default=default.allow_disarm
            ): BooleanSelector(),
            probatio.Required(
                CONF_ALLOW_UNLOCK, default=default.allow_unlock
            ): BooleanSelector(),
            probatio.Required(
                CONF_ALLOW_OPEN, default=default.allow_open
            ): BooleanSelector(),
            # Never shown back: an empty field keeps the PIN already set.
            probatio.Optional(CONF_VOICE_PIN): TextSelector(
                TextSelectorConfig(type=TextSelectorType.PASSWORD)
            ),
            probatio.Optional(CONF_SENSITIVE_ENTITIES, default=[]): EntitySelector(
                EntitySelectorConfig(multiple=True)
            ),
            probatio.Optional(CONF_SENSITIVE_LABELS, default=[]): LabelSelector(
                LabelSelectorConfig(multiple=True)
            ),
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
                CONF_END_SILENCE, default=default.end_silence
            ): NumberSelector(
                NumberSelectorConfig(
                    min=0,
                    max=3,
                    step=0.1,
                    mode=slider,
                    unit_of_measurement=UnitOfTime.SECONDS,
                )
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


VOICE_PIN: Final = re.compile(r"^\d{4,10}$")


def with_voice_pin(
    new: dict[str, Any], old: Mapping[str, Any]
) -> dict[str, Any] | None:
    """Return the new options keeping the PIN already set when none was typed.

    None: the PIN typed is not 4 to 10 digits.
    """
    pin = str(new.get(CONF_VOICE_PIN) or "").replace(" ", "")
    if not pin:
        return {**new, CONF_VOICE_PIN: old.get(CONF_VOICE_PIN, "")}
    if VOICE_PIN.match(pin) is None:
        return None
    return {**new, CONF_VOICE_PIN: pin}


def shown(options: Mapping[str, Any]) -> dict[str, Any]:
    """Return the stored options the form may show: never the voice PIN."""
    return {key: value for key, value in options.items() if key != CONF_VOICE_PIN}
