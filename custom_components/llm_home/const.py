"""Constants for the llm_home integration."""

from __future__ import annotations

import logging
from typing import Final

from .engine import catalog as _catalog

# The catalog's model keys; the catalog lives with the engine.
DEFAULT_LLM_MODEL: Final = _catalog.DEFAULT_LLM_MODEL
DEFAULT_STT_MODEL: Final = _catalog.DEFAULT_STT_MODEL
DEFAULT_TTS_MODEL: Final = _catalog.DEFAULT_TTS_MODEL
WHISPER_BASE_MODEL: Final = _catalog.WHISPER_BASE_MODEL

DOMAIN: Final = "llm_home"
LOGGER = logging.getLogger(__package__)

CONF_LLM_MODEL: Final = "llm_model"
CONF_STT_MODEL: Final = "stt_model"
CONF_TTS_MODEL: Final = "tts_model"
CONF_LLM_SHA256: Final = "llm_sha256"  # checks a language model given by URL

# Where the engine runs: a child process of Home Assistant, or a service on the network.
CONF_ENGINE: Final = "engine"
ENGINE_EMBEDDED: Final = "embedded"
ENGINE_NETWORK: Final = "network"
DEFAULT_ENGINE_PORT: Final = 10600

# The language model on an OpenAI-compatible server instead of in the engine.
CONF_LLM_SERVER_URL: Final = "llm_server_url"
CONF_LLM_SERVER_KEY: Final = "llm_server_api_key"
CONF_LLM_SERVER_MODEL: Final = "llm_server_model"

# Options, by section of the options form.
SECTION_GENERATION: Final = "generation"
CONF_CONTEXT_SIZE: Final = "context_size"
CONF_THREADS: Final = "threads"
CONF_TEMPERATURE: Final = "temperature"
CONF_MAX_TOKENS: Final = "max_tokens"
CONF_INSTRUCTIONS: Final = "instructions"

SECTION_SAFETY: Final = "safety"
CONF_ALLOW_DISARM: Final = "allow_disarm"
CONF_ALLOW_UNLOCK: Final = "allow_unlock"
CONF_ALLOW_OPEN: Final = "allow_open"
CONF_VOICE_PIN: Final = "voice_pin"  # noqa: S105
CONF_DOMAINS: Final = "domains"
# Entities, and labels of entities, that need the voice PIN for any change.
CONF_SENSITIVE_ENTITIES: Final = "sensitive_entities"
CONF_SENSITIVE_LABELS: Final = "sensitive_labels"
CONF_ORDER: Final = "order"
CONF_ASSIST_FALLBACK: Final = (
    "assist_fallback"  # before "order": True = LLM_THEN_BUILTIN
)
# Who answers first: llm_home alone, llm_home then HA's built-in intent matcher, or
# the built-in matcher first (exact sentences, in milliseconds) and llm_home for the rest.
ORDER_LLM: Final = "llm_home"
ORDER_LLM_THEN_BUILTIN: Final = "llm_home_then_builtin"
ORDER_BUILTIN_THEN_LLM: Final = "builtin_then_llm_home"
ORDERS: Final = (ORDER_BUILTIN_THEN_LLM, ORDER_LLM, ORDER_LLM_THEN_BUILTIN)
DEFAULT_ORDER: Final = ORDER_BUILTIN_THEN_LLM

SECTION_SPEECH: Final = "speech"
CONF_STT_LANGUAGE: Final = "stt_language"
CONF_BEAM_SIZE: Final = "beam_size"
CONF_SPEAKING_RATE: Final = "speaking_rate"
CONF_END_SILENCE: Final = "end_silence"

DEFAULT_CONTEXT_SIZE: Final = 4096
DEFAULT_THREADS: Final = 0  # all cores
DEFAULT_TEMPERATURE: Final = 0.0
DEFAULT_MAX_TOKENS: Final = 64
DEFAULT_STT_LANGUAGE: Final = "auto"  # the language the Assist pipeline asks for
DEFAULT_BEAM_SIZE: Final = 5
DEFAULT_SPEAKING_RATE: Final = 1.0
# Seconds of quiet after the words that end a command: Home Assistant's default.
DEFAULT_END_SILENCE: Final = 0.7

# The embedded engine's data directory (models/ inside), relative to the HA config directory:
# Home Assistant's cache directory (hass.config.cache_path), which backups leave out. The
# engine downloads and verifies the models again after a restore.
ENGINE_DATA_DIR: Final = f".cache/{DOMAIN}"
MODELS_DIR: Final = f"{ENGINE_DATA_DIR}/models"
# Where the embedded engine kept its data before, in every backup: moved once (migrate.py).
LEGACY_ENGINE_DATA_DIR: Final = DOMAIN

# Config entry data key of each model kind ("llm", "stt", "tts").
MODEL_CONF_KEYS: Final = {
    "llm": CONF_LLM_MODEL,
    "stt": CONF_STT_MODEL,
    "tts": CONF_TTS_MODEL,
}

# Speech-to-text: int8 CTranslate2 on the CPU.
STT_COMPUTE_TYPE: Final = "int8"

# The reason (a translation key) of a language model whose chat template the agent
# cannot write: a form error, a setup error and a repair issue.
CHAT_TEMPLATE_UNSUPPORTED: Final = "chat_template_unsupported"
