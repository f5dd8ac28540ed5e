"""The agents a run measures: llm_home, HA's built-in intent agent, or any conversation entity.

`llm_home` gets a config entry with the chosen model (a catalog key or a GGUF path) and
the default speech models, loaded once for the whole run. Its options come from
`--llm-option KEY=VALUE`; `--llm-variant NAME KEY=VALUE...` adds a run `llm_home+NAME` on
the same entry with more options (the entry's options are switched between runs). `entity:<id>` measures a
conversation entity that another integration provides; its config entries come from a
YAML list of `{domain, data, options}`, and its code from a custom components directory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import json
from pathlib import Path
import sys
import tempfile
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry
import yaml

from homeassistant import loader
from homeassistant.components import conversation
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from scripts.seed_models import OPTIONAL, default_seed_dir

from custom_components.llm_home.const import (
    CONF_LLM_SERVER_KEY,
    CONF_LLM_SERVER_MODEL,
    CONF_LLM_SERVER_URL,
    DOMAIN,
    MODEL_CONF_KEYS,
    MODELS_DIR,
)
from custom_components.llm_home.engine.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.engine.model_errors import ModelNotFoundError
from custom_components.llm_home.engine.store import ModelStore

LLM_HOME = "llm_home"
BUILTIN = "builtin"
ENTITY_PREFIX = "entity:"


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent under test: its name in the results and its conversation agent id."""

    name: str
    agent_id: str
    model: str | None = None
    options: dict[str, Any] = field(default_factory=dict)  # llm_home's entry options

    @property
    def is_llm_home(self) -> bool:
        """Return whether this is a run of the llm_home entry."""
        return self.name == LLM_HOME or self.name.startswith(f"{LLM_HOME}+")


def install_models(config_dir: Path, *models: str) -> None:
    """Copy the seeded default models and the catalog `models` into the store; blocking."""
    seed = ModelStore(default_seed_dir())
    store = ModelStore(config_dir / MODELS_DIR)
    for key in {*DEFAULT_MODELS.values(), *(m for m in models if m in CATALOG)}:
        try:
            store.copy_from(seed, CATALOG[key])
        except ModelNotFoundError as err:
            flags = "".join(
                f" --with-{n}" for n, (k, _, _) in OPTIONAL.items() if k == key
            )
            raise RuntimeError(
                f"{key} is not in the seed cache {seed.root} ({err}): "
                f"run scripts/seed_models.py{flags}"
            ) from err


# Run options that are entry data: the language model on an OpenAI-compatible server.
SERVER_KEYS = (CONF_LLM_SERVER_URL, CONF_LLM_SERVER_KEY, CONF_LLM_SERVER_MODEL)


def split_server_options(
    base: dict[str, Any], options: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the entry data and options of a run: server keys go into the data."""
    server = {key: options[key] for key in SERVER_KEYS if key in options}
    data = {k: v for k, v in base.items() if k not in SERVER_KEYS}
    if server.get(CONF_LLM_SERVER_URL):
        data = {k: v for k, v in data.items() if k != MODEL_CONF_KEYS[ModelKind.LLM]}
        data |= server
    rest = {k: v for k, v in options.items() if k not in SERVER_KEYS}
    return data, rest


def entity_of(hass: HomeAssistant, entry_id: str, domain: str) -> str:
    """Return the entity id of a config entry's entity of `domain`."""
    for entry in er.async_entries_for_config_entry(er.async_get(hass), entry_id):
        if entry.domain == domain:
            return entry.entity_id
    raise RuntimeError(f"Config entry {entry_id} has no {domain} entity")


async def async_setup_llm_home(
    hass: HomeAssistant,
    llm_model: str,
    options: dict[str, Any] | None = None,
    stt_model: str = DEFAULT_MODELS[ModelKind.STT],
) -> MockConfigEntry:
    """Install the models and load an llm_home entry (the model is loaded once, here)."""
    config_dir = Path(hass.config.config_dir)
    await hass.async_add_executor_job(install_models, config_dir, llm_model, stt_model)
    data = {MODEL_CONF_KEYS[kind]: key for kind, key in DEFAULT_MODELS.items()}
    data[MODEL_CONF_KEYS[ModelKind.LLM]] = llm_model
    data[MODEL_CONF_KEYS[ModelKind.STT]] = stt_model
    entry = MockConfigEntry(
        domain=DOMAIN, title="LLM Home", data=data, options=options or {}
    )
    entry.add_to_hass(hass)
    if not await hass.config_entries.async_setup(entry.entry_id):
        raise RuntimeError(f"llm_home did not load: {entry.state}")
    await hass.async_block_till_done(wait_background_tasks=True)
    return entry


def use_custom_components(hass: HomeAssistant, directory: Path) -> None:
    """Let Home Assistant load the custom integrations in `directory` (beside llm_home)."""
    if directory.name == "custom_components":
        root = directory.parent
    else:
        root = Path(tempfile.mkdtemp(prefix="bench_components_"))
        (root / "custom_components").symlink_to(directory.resolve())
    sys.path.append(str(root))
    hass.data.pop(loader.DATA_CUSTOM_COMPONENTS, None)


async def async_add_config_entries(hass: HomeAssistant, path: Path) -> None:
    """Create and load the config entries listed in a YAML file."""
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    for item in items:
        entry = MockConfigEntry(
            domain=item["domain"],
            title=item.get("title", item["domain"]),
            data=item.get("data") or {},
            options=item.get("options") or {},
        )
        entry.add_to_hass(hass)
        if not await hass.config_entries.async_setup(entry.entry_id):
            raise RuntimeError(f"{item['domain']} did not load: {entry.state}")
    await hass.async_block_till_done(wait_background_tasks=True)


def parse_agents(value: str) -> list[str]:
    """Return the agent names of the --agent option ("both" is llm_home and builtin)."""
    if value == "both":
        return [LLM_HOME, BUILTIN]
    names = [name.strip() for name in value.split(",") if name.strip()]
    for name in names:
        if name not in (LLM_HOME, BUILTIN) and not name.startswith(ENTITY_PREFIX):
            raise ValueError(f"Unknown agent {name!r}")
    return names


def parse_option(item: str) -> tuple[str, Any]:
    """Return KEY and VALUE of "KEY=VALUE", the value read as JSON where it is JSON."""
    key, sep, raw = item.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"Expected KEY=VALUE, got {item!r}")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return key.strip(), value


def parse_options(items: list[str]) -> dict[str, Any]:
    """Return the options of a list of "KEY=VALUE" items."""
    return dict(parse_option(item) for item in items)


def resolve_agent(
    hass: HomeAssistant,
    name: str,
    llm_entry: MockConfigEntry | None,
    llm_model: str,
    options: dict[str, Any] | None = None,
) -> Agent:
    """Return the agent a name stands for (`options`: llm_home's, for this run)."""
    if name == LLM_HOME or name.startswith(f"{LLM_HOME}+"):
        if llm_entry is None:
            raise RuntimeError("llm_home is not set up")
        agent_id = entity_of(hass, llm_entry.entry_id, "conversation")
        return Agent(name, agent_id, Path(llm_model).name, options or {})
    if name == BUILTIN:
        return Agent(BUILTIN, conversation.HOME_ASSISTANT_AGENT)
    return Agent(name, name.removeprefix(ENTITY_PREFIX))
