"""The entry's options with their defaults, and what a change of them needs redone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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
    DEFAULT_BEAM_SIZE,
    DEFAULT_CONTEXT_SIZE,
    DEFAULT_MAX_TOKENS,
    DEFAULT_SPEAKING_RATE,
    DEFAULT_STT_LANGUAGE,
    DEFAULT_TEMPERATURE,
    DEFAULT_THREADS,
)
from .home import CONTROL_DOMAINS


@dataclass(frozen=True, slots=True)
class Settings:
    """Every option of an entry, defaults filled in."""

    context_size: int = DEFAULT_CONTEXT_SIZE
    threads: int = DEFAULT_THREADS
    temperature: float = DEFAULT_TEMPERATURE
    max_tokens: int = DEFAULT_MAX_TOKENS
    instructions: str = ""
    allow_disarm: bool = False
    domains: frozenset[str] = frozenset(CONTROL_DOMAINS)
    assist_fallback: bool = False
    stt_language: str = DEFAULT_STT_LANGUAGE
    beam_size: int = DEFAULT_BEAM_SIZE
    speaking_rate: float = DEFAULT_SPEAKING_RATE

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
            domains=frozenset(options.get(CONF_DOMAINS, default.domains))
            & frozenset(CONTROL_DOMAINS),
            assist_fallback=bool(
                options.get(CONF_ASSIST_FALLBACK, default.assist_fallback)
            ),
            stt_language=str(options.get(CONF_STT_LANGUAGE, default.stt_language)),
            beam_size=int(options.get(CONF_BEAM_SIZE, default.beam_size)),
            speaking_rate=float(options.get(CONF_SPEAKING_RATE, default.speaking_rate)),
        )

    def stt_language_for(self, requested: str) -> str | None:
        """Return the language to transcribe: the option, or the one asked for."""
        if self.stt_language != DEFAULT_STT_LANGUAGE:
            return self.stt_language
        return requested.split("-", maxsplit=1)[0] or None
