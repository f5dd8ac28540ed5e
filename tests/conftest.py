"""Fixtures for llm_home tests: a real Home Assistant and the real catalog models."""

from __future__ import annotations

from collections.abc import Generator, Iterator
import os
from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import pytest_socket

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

# Imported at module level so that the custom integration shadows PHACC's testing config.
from scripts.seed_models import default_seed_dir

from .engines import NetworkEngine, network_engine
from .home import async_setup_agent, entry_data
from .image_engines import engine_image, image_engine
from .llm_servers import LlmServerProcess, llm_server
from .mirror import hugging_face_mirror
from custom_components.llm_home.const import (
    DEFAULT_LLM_MODEL,
    DOMAIN,
    ENGINE_DATA_DIR,
    ENGINE_EMBEDDED,
    ENGINE_NETWORK,
    MODELS_DIR,
    WHISPER_BASE_MODEL,
)
from custom_components.llm_home.engine.catalog import (
    CATALOG,
    DEFAULT_MODELS,
    HF_ENDPOINT,
)
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.runtime import LlmHomeConfigEntry

NETWORK_TOKEN = "test-token-0123456789"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Let Home Assistant load custom_components/llm_home."""


@pytest.fixture(autouse=True)
def auto_socket_enabled(socket_enabled: None) -> None:
    """Let tests reach the engine: it listens on 127.0.0.1 (PHACC allows no other host)."""


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
    # Home Assistant's shopping list keeps its items in a file of the config directory:
    # each test starts with an empty list.
    (shared_config_dir / ".shopping_list.json").unlink(missing_ok=True)
    yield shared_config_dir
    hass.config.config_dir = original


@pytest.fixture(scope="session", autouse=True)
def hf_mirror() -> Iterator[str]:
    """Point every engine of the session at a local mirror of the catalog's upstream files."""
    pytest_socket.enable_socket()  # session fixtures start before each test's socket_enabled
    with hugging_face_mirror(ModelStore(default_seed_dir())) as (endpoint, _requests):
        previous = os.environ.get(HF_ENDPOINT)
        os.environ[HF_ENDPOINT] = endpoint
        try:
            yield endpoint
        finally:
            if previous is None:
                os.environ.pop(HF_ENDPOINT, None)
            else:
                os.environ[HF_ENDPOINT] = previous


@pytest.fixture(scope="session")
def model_store(shared_config_dir: Path) -> ModelStore:
    """Return the embedded engine's model store, holding copies of the seeded models."""
    seed = ModelStore(default_seed_dir())
    store = ModelStore(shared_config_dir / MODELS_DIR)
    for key in (*DEFAULT_MODELS.values(), WHISPER_BASE_MODEL):
        store.copy_from(seed, CATALOG[key])
    return store


@pytest.fixture(scope="session")
def network(
    model_store: ModelStore,
    shared_config_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[NetworkEngine]:
    """Return a network engine on 127.0.0.1 (the add-on's command), shared by the session.

    A process here, or a container of the image named by $LLM_HOME_TEST_ENGINE_IMAGE.
    """
    pytest_socket.enable_socket()
    workdir, data_dir = (
        tmp_path_factory.mktemp("engine"),
        shared_config_dir / ENGINE_DATA_DIR,
    )
    image = engine_image()
    with (
        image_engine(image, workdir, data_dir, NETWORK_TOKEN)
        if image
        else network_engine(workdir, data_dir, NETWORK_TOKEN)
    ) as engine:
        yield engine


@pytest.fixture
def engine_kind() -> str:
    """Return where the engine runs; tests parametrize it to run against both."""
    return ENGINE_EMBEDDED


@pytest.fixture
def default_data(request: pytest.FixtureRequest, engine_kind: str) -> dict[str, Any]:
    """Return config entry data that selects the engine and the default catalog models."""
    if engine_kind == ENGINE_NETWORK:
        engine: NetworkEngine = request.getfixturevalue("network")
        return entry_data((engine.host, engine.port, engine.token))
    return entry_data()


@pytest.fixture
def mock_config_entry(
    hass: HomeAssistant, default_data: dict[str, Any]
) -> MockConfigEntry:
    """Return a config entry with the default models, added to Home Assistant."""
    entry = MockConfigEntry(domain=DOMAIN, title="LLM Home", data=default_data)
    entry.add_to_hass(hass)
    return entry


@pytest.fixture
async def agent(
    hass: HomeAssistant, default_data: dict[str, Any], model_store: ModelStore
) -> LlmHomeConfigEntry:
    """Return a loaded llm_home entry with default options in the fixture home."""
    return await async_setup_agent(hass, default_data)


@pytest.fixture(scope="session")
def completion_server(
    model_store: ModelStore, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LlmServerProcess]:
    """Run llama-cpp-python's server with the default model for the session."""
    pytest_socket.enable_socket()
    model = model_store.path(CATALOG[DEFAULT_LLM_MODEL])
    log = tmp_path_factory.mktemp("llm_server") / "server.log"
    with llm_server(model, log) as server:
        yield server
