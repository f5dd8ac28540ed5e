"""The one object a loaded entry holds: the engine client, the settings, the agent.

`entry.runtime_data` is an `LlmHomeRuntime`. It reaches the engine the way the entry
says (a child process with the models in Home Assistant's cache directory, or an
engine on the network), loads the entry's models into it, and applies new options
in place: only what changed is loaded again. A change of where the engine or the
language model runs (engine or server, the server's URL, key or model) reloads the
entry, so the agent's completer and the chat format always come from the same new
place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_HOST, CONF_PORT, CONF_TOKEN
from homeassistant.core import HomeAssistant, callback

from .agent.brain import Brain, Completer
from .agent.chat_format import (
    CHATML,
    ChatFormat,
    UnsupportedChatTemplateError,
    chat_format_for,
)
from .agent.heard import Transcripts
from .agent.llm_server import LlmServer
from .const import (
    CHAT_TEMPLATE_UNSUPPORTED,
    CONF_ENGINE,
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_MODEL,
    CONF_LLM_SERVER_URL,
    DEFAULT_ENGINE_PORT,
    DOMAIN,
    ENGINE_NETWORK,
    LOGGER,
    MODEL_CONF_KEYS,
    STT_COMPUTE_TYPE,
)
from .engine.child import EmbeddedEngine, RemoteEngine
from .engine.client import EngineClient, Launcher
from .engine.errors import EngineError, EngineRequestError
from .engine.protocol import SttLoadResult, TtsLoadResult
from .home.codes import CodeVault
from .home.policy import SafetyPolicy
from .home.settings import Settings
from .migrate import engine_data_dir
from .stats import RequestStats

type LlmHomeConfigEntry = ConfigEntry[LlmHomeRuntime]


def launcher_for(hass: HomeAssistant, data: Mapping[str, Any]) -> Launcher:
    """Return where the engine of an entry (or a flow's choices) runs."""
    if data.get(CONF_ENGINE) == ENGINE_NETWORK:
        return RemoteEngine(
            str(data[CONF_HOST]),
            int(data.get(CONF_PORT, DEFAULT_ENGINE_PORT)),
            str(data.get(CONF_TOKEN, "")),
        )
    return EmbeddedEngine(engine_data_dir(hass), name=DOMAIN)


def engine_client(hass: HomeAssistant, data: Mapping[str, Any]) -> EngineClient:
    """Return a client (not started) for the engine an entry or a flow names."""
    return EngineClient(launcher_for(hass, data), name=DOMAIN)


async def async_check_engine(hass: HomeAssistant, data: Mapping[str, Any]) -> None:
    """Connect to the engine an entry or a flow names, then let go.

    Raise EngineError where it cannot be used: unreachable, wrong token, other version.
    """
    client = engine_client(hass, data)
    try:
        await client.start()
    finally:
        await client.stop()


# What says where an entry's engine and its language model run: the agent's
# completer is chosen from them once, at setup, so a change reloads the entry.
PLACEMENT_KEYS: Final = (
    CONF_ENGINE,
    CONF_HOST,
    CONF_PORT,
    CONF_TOKEN,
    CONF_LLM_SERVER_URL,
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_MODEL,
)


def placement_of(data: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return where an entry's engine and language model run; a change needs a reload."""
    return tuple(data.get(key) for key in PLACEMENT_KEYS)


def entry_models(data: Mapping[str, Any]) -> dict[str, str]:
    """Return the entry's model of each kind the engine runs: a catalog key or a path.

    With the language model on a server, the engine runs only the speech models.
    """
    return {
        kind: str(data[key]) for kind, key in MODEL_CONF_KEYS.items() if key in data
    }


def llm_server_for(hass: HomeAssistant, data: Mapping[str, Any]) -> LlmServer | None:
    """Return the inference server that runs the language model, if the entry names one."""
    if url := data.get(CONF_LLM_SERVER_URL):
        return LlmServer(
            hass,
            str(url),
            str(data.get(CONF_LLM_SERVER_KEY, "")),
            str(data.get(CONF_LLM_SERVER_MODEL, "")),
        )
    return None


def completer_for(
    hass: HomeAssistant, data: Mapping[str, Any], client: EngineClient
) -> Completer:
    """Return what runs the language model: an inference server, or the engine."""
    return llm_server_for(hass, data) or client


def chat_format_of(model: str, template: str | None) -> ChatFormat:
    """Return the chat format of a model's template; refuse one the agent cannot write.

    The refusal is a model error, as the engine reports a model it cannot use: the
    config flow shows it on the model's field, setup raises a repair issue.
    """
    try:
        return chat_format_for(template)
    except UnsupportedChatTemplateError as err:
        raise EngineRequestError(
            type(err).__name__,
            str(err),
            reason=CHAT_TEMPLATE_UNSUPPORTED,
            model=model,
            detail=str(err),
        ) from err


async def _async_server_chat_format(server: LlmServer) -> ChatFormat:
    """Return the chat format of the server's model, ChatML while it cannot be asked.

    The flow checked the server's template; a server down at startup does not stop
    the entry (its requests fail until it is back).
    """
    try:
        template = await server.chat_template()
    except EngineError as err:
        LOGGER.warning(
            "Cannot ask the server at %s for its chat template, writing ChatML: %s",
            server.describe(),
            err,
        )
        return CHATML
    return chat_format_of(server.describe(), template)


@dataclass(slots=True)
class LoadedModels:
    """The speech models as the engine loaded them; the language model's chat format."""

    stt: SttLoadResult
    voice: TtsLoadResult
    chat_format: ChatFormat = CHATML


async def async_load_models(
    client: EngineClient,
    models: Mapping[str, str],
    settings: Settings,
    server: LlmServer | None = None,
) -> LoadedModels:
    """Load the models into the engine; a model already loaded alike is kept.

    The language model's chat template (from its GGUF, or the server's /props)
    decides the chat format; one the agent cannot write raises EngineRequestError.
    """
    chat_format = CHATML
    if "llm" in models:
        llm = await client.load_llm(
            models["llm"], n_ctx=settings.context_size, n_threads=settings.threads
        )
        chat_format = chat_format_of(models["llm"], llm.chat_template)
    elif server is not None:
        chat_format = await _async_server_chat_format(server)
    stt = await client.load_stt(
        models["stt"],
        compute_type=STT_COMPUTE_TYPE,
        beam_size=settings.beam_size,
        n_threads=settings.threads,
    )
    return LoadedModels(stt, await client.load_tts(models["tts"]), chat_format)


@dataclass(slots=True)
class LlmHomeRuntime:
    """What an entry holds while it is loaded."""

    hass: HomeAssistant
    client: EngineClient
    models: dict[str, str]
    settings: Settings
    loaded: LoadedModels
    policy: SafetyPolicy
    brain: Brain
    stats: RequestStats
    placement: tuple[Any, ...] = ()
    codes: CodeVault = field(default_factory=CodeVault)
    heard: Transcripts = field(default_factory=Transcripts)
    _restarts: int = 0

    @classmethod
    def create(
        cls,
        hass: HomeAssistant,
        entry: LlmHomeConfigEntry,
        client: EngineClient,
        settings: Settings,
        loaded: LoadedModels,
    ) -> LlmHomeRuntime:
        """Build the runtime of a loaded entry."""
        policy = SafetyPolicy()
        policy.apply(settings)
        brain = Brain(hass, completer_for(hass, entry.data, client), policy, settings)
        brain.chat_format = loaded.chat_format
        return cls(
            hass=hass,
            client=client,
            models=entry_models(entry.data),
            settings=settings,
            loaded=loaded,
            policy=policy,
            brain=brain,
            stats=RequestStats(hass, entry.entry_id),
            placement=placement_of(entry.data),
        )

    @callback
    def async_engine_changed(self) -> None:
        """Warm the new engine's cache after it came back."""
        if self.client.restarts != self._restarts and self.client.connected:
            self._restarts = self.client.restarts
            self.brain.async_update_settings(self.settings, llm_reloaded=True)

    async def async_apply(self, entry: LlmHomeConfigEntry) -> None:
        """Apply new options or models in place: only what changed is loaded again.

        A new voice loads only the voice; sampling, safety and speech options take
        effect with the next request. A model that cannot be used reloads the entry,
        which then reports the problem. Moving the engine or the language model
        (engine and server, or another server, key or model) reloads the entry.
        """
        if placement_of(entry.data) != self.placement:
            self.hass.config_entries.async_schedule_reload(entry.entry_id)
            return
        settings = Settings.from_options(entry.options)
        models = entry_models(entry.data)
        try:
            self.loaded = await async_load_models(
                self.client, models, settings, llm_server_for(self.hass, entry.data)
            )
        except EngineError as err:
            LOGGER.error("Cannot apply the new settings, reloading: %s", err)
            self.hass.config_entries.async_schedule_reload(entry.entry_id)
            return
        llm_reloaded = _llm_args(models, settings) != _llm_args(
            self.models, self.settings
        )
        self.models, self.settings = models, settings
        self.policy.apply(settings)
        self.brain.chat_format = self.loaded.chat_format
        self.brain.async_update_settings(settings, llm_reloaded=llm_reloaded)


def _llm_args(models: Mapping[str, str], settings: Settings) -> tuple[Any, ...]:
    return (models.get("llm"), settings.context_size, settings.threads)
