"""Constants for the llm_home integration."""

from __future__ import annotations

import logging
from typing import Final

DOMAIN: Final = "llm_home"
LOGGER = logging.getLogger(__package__)

CONF_LLM_MODEL: Final = "llm_model"
CONF_STT_MODEL: Final = "stt_model"
CONF_TTS_MODEL: Final = "tts_model"

DEFAULT_LLM_MODEL: Final = "qwen2.5-coder-0.5b-instruct-q4_k_m"
DEFAULT_STT_MODEL: Final = "whisper-tiny.en"
DEFAULT_TTS_MODEL: Final = "piper-en_US-joe-medium"
WHISPER_BASE_MODEL: Final = "whisper-base"

CONF_ALLOW_DISARM: Final = "allow_disarm"
CONF_ASSIST_FALLBACK: Final = "assist_fallback"
CONF_TEMPERATURE: Final = "temperature"

DEFAULT_TEMPERATURE: Final = 0.0
DEFAULT_CONTEXT_SIZE: Final = 4096

# Where catalog models are assembled, relative to the HA config directory.
MODELS_DIR: Final = "llm_home/models"

# Config entry data key of each model kind ("llm", "stt", "tts").
MODEL_CONF_KEYS: Final = {
    "llm": CONF_LLM_MODEL,
    "stt": CONF_STT_MODEL,
    "tts": CONF_TTS_MODEL,
}

# Speech-to-text: int8 CTranslate2 on the CPU, Whisper's usual beam search.
STT_COMPUTE_TYPE: Final = "int8"
STT_BEAM_SIZE: Final = 5
