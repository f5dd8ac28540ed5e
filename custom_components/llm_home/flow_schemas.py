"""The forms of the config flow: where the engine runs, the language model server, the models."""

from __future__ import annotations

import probatio

from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.helpers.selector import (
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)

from .const import (
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_MODEL,
    CONF_LLM_SERVER_URL,
    CONF_LLM_SHA256,
    DEFAULT_ENGINE_PORT,
    MODEL_CONF_KEYS,
)
from .engine.catalog import DEFAULT_MODELS, ModelKind, catalog_for


def _model_selector(kind: ModelKind) -> SelectSelector:
    return SelectSelector(
        SelectSelectorConfig(
            options=[
                SelectOptionDict(value=model.key, label=model.title)
                for model in catalog_for(kind)
            ],
            custom_value=True,
            mode=SelectSelectorMode.DROPDOWN,
        )
    )


STEP_MODELS_SCHEMA = probatio.Schema(
    {
        **{
            probatio.Required(
                MODEL_CONF_KEYS[kind], default=DEFAULT_MODELS[kind]
            ): _model_selector(kind)
            for kind in ModelKind
        },
        probatio.Optional(CONF_LLM_SHA256): TextSelector(),
    }
)
STEP_SPEECH_MODELS_SCHEMA = probatio.Schema(
    {
        probatio.Required(
            MODEL_CONF_KEYS[kind], default=DEFAULT_MODELS[kind]
        ): _model_selector(kind)
        for kind in (ModelKind.STT, ModelKind.TTS)
    }
)
STEP_SERVER_SCHEMA = probatio.Schema(
    {
        probatio.Required(CONF_LLM_SERVER_URL): TextSelector(
            TextSelectorConfig(type=TextSelectorType.URL)
        ),
        probatio.Optional(CONF_LLM_SERVER_KEY): TextSelector(
            TextSelectorConfig(type=TextSelectorType.PASSWORD)
        ),
        probatio.Optional(CONF_LLM_SERVER_MODEL): TextSelector(),
    }
)
_TOKEN_SELECTOR = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))
STEP_NETWORK_SCHEMA = probatio.Schema(
    {
        probatio.Required(CONF_HOST): TextSelector(),
        probatio.Required(CONF_PORT, default=DEFAULT_ENGINE_PORT): NumberSelector(
            NumberSelectorConfig(min=1, max=65535, mode=NumberSelectorMode.BOX)
        ),
        probatio.Required(CONF_TOKEN): _TOKEN_SELECTOR,
    }
)
# A discovered engine announced its address: only its token is asked.
STEP_TOKEN_SCHEMA = probatio.Schema({probatio.Required(CONF_TOKEN): _TOKEN_SELECTOR})
