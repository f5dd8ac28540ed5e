"""Diagnostics for llm_home: options, the engine and its models, the last requests' timings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_CODE, CONF_TOKEN
from homeassistant.core import HomeAssistant

from .const import CONF_INSTRUCTIONS, CONF_LLM_SERVER_KEY, CONF_VOICE_PIN
from .engine.errors import EngineError

if TYPE_CHECKING:
    from .runtime import LlmHomeConfigEntry

# Nothing the user said or typed belongs in diagnostics: alarm codes, words, prompts;
# the extra instructions option is the user's text too; the engine's token is a secret.
TO_REDACT: Final = {
    CONF_CODE,
    CONF_INSTRUCTIONS,
    CONF_TOKEN,
    CONF_LLM_SERVER_KEY,
    CONF_VOICE_PIN,
    "text",
    "prompt",
    "speech",
    "transcript",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: LlmHomeConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a config entry."""
    diagnostics: dict[str, Any] = {
        "state": entry.state.value,
        "data": dict(entry.data),
        "options": dict(entry.options),
    }
    if entry.state is ConfigEntryState.LOADED:
        runtime = entry.runtime_data
        client = runtime.client
        hello = client.hello
        diagnostics["engine"] = {
            "where": client.launcher.describe(),
            "state": client.state.value,
            "pid": client.pid,
            "restarts": client.restarts,
            "loaded": client.loaded,
            "version": hello.engine if hello else None,
            "protocol": hello.protocol if hello else None,
            "llama_cpp": hello.llama_cpp if hello else None,
        }
        try:
            diagnostics["models"] = await client.describe_models(runtime.models)
        except EngineError as err:
            diagnostics["models"] = {"error": str(err)}
        diagnostics["timings"] = [timing.as_dict() for timing in runtime.stats.timings]
    return async_redact_data(diagnostics, TO_REDACT)
