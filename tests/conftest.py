"""Fixtures for llm_home tests: a real Home Assistant and the real catalog models."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

# Imported at module level so that the custom integration shadows PHACC's testing config.
from .home import async_setup_agent
from custom_components.llm_home.catalog import CATALOG, DEFAULT_MODELS
from custom_components.llm_home.const import DOMAIN, MODEL_CONF_KEYS, MODELS_DIR
from custom_components.llm_home.models import ModelStore


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Let Home Assistant load custom_components/llm_home."""


@pytest.fixture(scope="session")
def shared_config_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a config directory shared by the session, so catalog models are assembled once."""
    return tmp_path_factory.mktemp("config")


@pytest.fixture(autouse=True)
async def setup_homeassistant(hass: HomeAssistant) -> None:
    """Set up HA's core integration, which holds the exposed-entities settings."""
    assert await async_setup_component(hass, "homeassistant", {})


@pytest.fixture(autouse=True)
def config_dir(hass: HomeAssistant, shared_config_dir: Path) -> Generator[Path]:
    """Point Home Assistant's config directory at the shared one."""
    original = hass.config.config_dir
    hass.config.config_dir = str(shared_config_dir)
    yield shared_config_dir
    hass.config.config_dir = original


@pytest.fixture(scope="session")
def model_store(shared_config_dir: Path) -> ModelStore:
    """Return the session's model store with every default model installed."""
    store = ModelStore(shared_config_dir / MODELS_DIR)
    for key in DEFAULT_MODELS.values():
        store.install(CATALOG[key])
    return store


@pytest.fixture
def default_data() -> dict[str, str]:
    """Return config entry data that selects the default catalog models."""
    return {MODEL_CONF_KEYS[kind]: key for kind, key in DEFAULT_MODELS.items()}


@pytest.fixture
def mock_config_entry(
    hass: HomeAssistant, default_data: dict[str, str]
) -> MockConfigEntry:
    """Return a config entry with the default models, added to Home Assistant."""
    entry = MockConfigEntry(domain=DOMAIN, title="LLM Home", data=default_data)
    entry.add_to_hass(hass)
    return entry


@pytest.fixture
async def agent(
    hass: HomeAssistant, default_data: dict[str, str], model_store: ModelStore
) -> MockConfigEntry:
    """Return a loaded llm_home entry with default options in the fixture home."""
    return await async_setup_agent(hass, default_data)
