"""Constants for the llm_home integration."""

from __future__ import annotations

import logging
from typing import Final

DOMAIN: Final = "llm_home"
LOGGER = logging.getLogger(__package__)

CONF_LLM_MODEL: Final = "llm_model"
CONF_STT_MODEL: Final = "stt_model"
CONF_TTS_MODEL: Final = "tts_model"
CONF_LLM_SHA256: Final = "llm_sha256"  # checks a language model given by URL

DEFAULT_LLM_MODEL: Final = "qwen2.5-coder-0.5b-instruct-q4_k_m"
DEFAULT_STT_MODEL: Final = "whisper-tiny.en"
DEFAULT_TTS_MODEL: Final = "piper-en_US-joe-medium"
WHISPER_BASE_MODEL: Final = "whisper-base"

# Options, by section of the options form.
SECTION_GENERATION: Final = "generation"
CONF_CONTEXT_SIZE: Final = "context_size"
CONF_THREADS: Final = "threads"
CONF_TEMPERATURE: Final = "temperature"
CONF_MAX_TOKENS: Final = "max_tokens"
CONF_INSTRUCTIONS: Final = "instructions"

SECTION_SAFETY: Final = "safety"
CONF_ALLOW_DISARM: Final = "allow_disarm"
CONF_DOMAINS: Final = "domains"
CONF_ASSIST_FALLBACK: Final = "assist_fallback"

SECTION_SPEECH: Final = "speech"
CONF_STT_LANGUAGE: Final = "stt_language"
CONF_BEAM_SIZE: Final = "beam_size"
CONF_SPEAKING_RATE: Final = "speaking_rate"

DEFAULT_CONTEXT_SIZE: Final = 4096
DEFAULT_THREADS: Final = 0  # all cores
DEFAULT_TEMPERATURE: Final = 0.0
DEFAULT_MAX_TOKENS: Final = 64
DEFAULT_STT_LANGUAGE: Final = "auto"  # the language the Assist pipeline asks for
DEFAULT_BEAM_SIZE: Final = 5
DEFAULT_SPEAKING_RATE: Final = 1.0

# Where catalog models are assembled, relative to the HA config directory.
MODELS_DIR: Final = "llm_home/models"

# Config entry data key of each model kind ("llm", "stt", "tts").
MODEL_CONF_KEYS: Final = {
    "llm": CONF_LLM_MODEL,
    "stt": CONF_STT_MODEL,
    "tts": CONF_TTS_MODEL,
}

# Speech-to-text: int8 CTranslate2 on the CPU.
STT_COMPUTE_TYPE: Final = "int8"
