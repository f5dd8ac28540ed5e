"""The entry's options with their defaults, and what a change of them needs redone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..const import (
    CONF_ALLOW_DISARM,
    CONF_ALLOW_OPEN,
    CONF_ALLOW_UNLOCK,
    CONF_ASSIST_FALLBACK,
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
    DEFAULT_BEAM_SIZE,
    DEFAULT_CONTEXT_SIZE,
    DEFAULT_END_SILENCE,
    DEFAULT_MAX_TOKENS,
    DEFAULT_ORDER,
    DEFAULT_SPEAKING_RATE,
    DEFAULT_STT_LANGUAGE,
    DEFAULT_TEMPERATURE,
    DEFAULT_THREADS,
    ORDER_LLM_THEN_BUILTIN,
    ORDERS,
)
from .actions import CONTROL_DOMAINS


@dataclass(frozen=True, slots=True)
class Settings:
    """Every option of an entry, defaults filled in."""

    context_size: int = DEFAULT_CONTEXT_SIZE
    threads: int = DEFAULT_THREADS
    temperature: float = DEFAULT_TEMPERATURE
    max_tokens: int = DEFAULT_MAX_TOKENS
    instructions: str = ""
    allow_disarm: bool = False
    allow_unlock: bool = False
    allow_open: bool = False
    voice_pin: str = field(default="", repr=False)
    domains: frozenset[str] = frozenset(CONTROL_DOMAINS)
    sensitive_entities: frozenset[str] = frozenset()
    sensitive_labels: frozenset[str] = frozenset()
    order: str = DEFAULT_ORDER
    stt_language: str = DEFAULT_STT_LANGUAGE
    beam_size: int = DEFAULT_BEAM_SIZE
    speaking_rate: float = DEFAULT_SPEAKING_RATE
    end_silence: float = DEFAULT_END_SILENCE

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> Settings:
        """Read the options an entry holds (flat), defaults for the missing ones."""
        default = cls()
        return cls(
            context_size=int(options.get(CONF_CONTEXT_SIZE, default.context_size)),
            threads=int(options.get(CONF_THREADS, default.threads)),
            temperature=float(options.get(CONF_TEMPERATURE, default.temperature)),
            max_tokens=int(options.get(CONF_MAX_TOKENS, default.max_tokens)),
            instructions=str(options.get(CONF_INSTRUCTIONS, "")).strip(),
            allow_disarm=bool(options.get(CONF_ALLOW_DISARM, default.allow_disarm)),
            allow_unlock=bool(options.get(CONF_ALLOW_UNLOCK, default.allow_unlock)),
            allow_open=bool(options.get(CONF_ALLOW_OPEN, default.allow_open)),
            voice_pin=str(options.get(CONF_VOICE_PIN) or ""),
            domains=frozenset(options.get(CONF_DOMAINS, default.domains))
            & frozenset(CONTROL_DOMAINS),
            sensitive_entities=frozenset(options.get(CONF_SENSITIVE_ENTITIES) or ()),
            sensitive_labels=frozenset(options.get(CONF_SENSITIVE_LABELS) or ()),
            order=_order(options),
            stt_language=str(options.get(CONF_STT_LANGUAGE, default.stt_language)),
            beam_size=int(options.get(CONF_BEAM_SIZE, default.beam_size)),
            speaking_rate=float(options.get(CONF_SPEAKING_RATE, default.speaking_rate)),
            end_silence=float(options.get(CONF_END_SILENCE, default.end_silence)),
        )

    @property
    def fallback(self) -> bool:
        """Return whether HA's built-in agent answers what llm_home cannot."""
        return self.order == ORDER_LLM_THEN_BUILTIN

    def stt_language_for(self, requested: str) -> str | None:
        """Return the language to transcribe: the option, or the one asked for."""
        if self.stt_language != DEFAULT_STT_LANGUAGE:
            return self.stt_language
        return requested.split("-", maxsplit=1)[0] or None


def _order(options: Mapping[str, Any]) -> str:
    """Return the order of agents; entries from before the option kept their fallback."""
    order = options.get(CONF_ORDER)
    if order in ORDERS:
        return str(order)
    if options.get(CONF_ASSIST_FALLBACK):
        return ORDER_LLM_THEN_BUILTIN
    return DEFAULT_ORDER
