"""The embedded engine's models leave Home Assistant's backups: moved once, never fetched again.

They used to be in `<config>/llm_home/models`, in every backup; they are now in Home
Assistant's cache directory, which backups leave out.
"""

from __future__ import annotations

from collections.abc import Iterator
import os
from pathlib import Path, PurePath
import tarfile
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from securetar import atomic_contents_add

from homeassistant.components.backup.const import EXCLUDE_FROM_BACKUP
from homeassistant.core import HomeAssistant

from .flows import models_form
from .gguf_files import fake_model
from custom_components.llm_home.config_flow import LlmHomeConfigFlow
from custom_components.llm_home.const import (
    CONF_ENGINE,
    CONF_LLM_MODEL,
    CONF_STT_MODEL,
    CONF_TTS_MODEL,
    DOMAIN,
    ENGINE_DATA_DIR,
    ENGINE_EMBEDDED,
    ENGINE_NETWORK,
    LEGACY_ENGINE_DATA_DIR,
    MODELS_DIR,
)
from custom_components.llm_home.engine.catalog import (
    CATALOG,
    DEFAULT_MODELS,
    CatalogModel,
    ModelKind,
)
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.migrate import engine_data_dir

VOICE = CATALOG[DEFAULT_MODELS[ModelKind.TTS]]


@pytest.fixture
def own_config(hass: HomeAssistant, config_dir: Path, tmp_path: Path) -> Iterator[Path]:
    """Give this test a config directory of its own (the shared one holds the models)."""
    hass.config.config_dir = str(tmp_path)
    yield tmp_path
    hass.config.config_dir = str(config_dir)


def _backed_up(config: Path, archive: Path) -> list[str]:
    """Return the files of `config` that a backup of Home Assistant holds.

    Written as the backup manager writes the config directory: the same function
    (securetar's), below "data", with the backup integration's exclusion patterns.
    """

    def excluded(path: PurePath) -> bool:
        return any(
            path.full_match(f"data/{pattern}") for pattern in EXCLUDE_FROM_BACKUP
        )

    with tarfile.open(archive, "w") as tar:
        atomic_contents_add(tar, config, excluded, "data")
    with tarfile.open(archive) as tar:
        return [member.name for member in tar.getmembers() if member.isfile()]


def _old_models(config: Path, model_store: ModelStore) -> tuple[ModelStore, Path]:
    """Put a verified voice and a downloaded language model where they used to be."""
    old = ModelStore(config / LEGACY_ENGINE_DATA_DIR / "models")
    old.copy_from(model_store, VOICE)
    downloaded = old.root / "downloads" / "mine.gguf"
    downloaded.parent.mkdir(parents=True)
    return old, fake_model(downloaded, None)


def _inodes(store: ModelStore, model: CatalogModel) -> list[int]:
    return [os.stat(store.file_path(model, file)).st_ino for file in model.files]


async def test_models_move_out_of_backups_once(
    hass: HomeAssistant,
    own_config: Path,
    model_store: ModelStore,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """An entry of before is migrated: its models move, verified, and its paths follow.

    A backup held them before, and holds none of them after.
    """
    old, downloaded = _old_models(own_config, model_store)
    inodes = _inodes(old, VOICE)
    backup = tmp_path_factory.mktemp("backup") / "backup.tar"
    assert f"data/{LEGACY_ENGINE_DATA_DIR}/models/downloads/mine.gguf" in _backed_up(
        own_config, backup
    )
    data: dict[str, Any] = {
        CONF_ENGINE: ENGINE_EMBEDDED,
        CONF_LLM_MODEL: str(downloaded),
        CONF_STT_MODEL: DEFAULT_MODELS[ModelKind.STT],
        CONF_TTS_MODEL: VOICE.key,
    }
    entry = MockConfigEntry(domain=DOMAIN, version=1, minor_version=1, data=data)
    entry.add_to_hass(hass)

    assert await entry.async_migrate(hass)

    new = ModelStore(own_config / MODELS_DIR)
    assert engine_data_dir(hass) == own_config / ENGINE_DATA_DIR
    assert new.root == Path(hass.config.cache_path(DOMAIN, "models"))
    assert _backed_up(own_config, backup) == []  # nothing else is in this config dir
    # Renamed, not copied; their verification records came along: nothing to hash again.
    assert _inodes(new, VOICE) == inodes
    for file in VOICE.files:
        assert new.verified_sha256(VOICE, file) == file.sha256
    assert not (own_config / LEGACY_ENGINE_DATA_DIR).exists()
    assert (entry.version, entry.minor_version) == (
        LlmHomeConfigFlow.VERSION,
        LlmHomeConfigFlow.MINOR_VERSION,
    )
    assert entry.data == {
        **data,
        CONF_LLM_MODEL: str(new.root / "downloads" / "mine.gguf"),
    }
    assert Path(entry.data[CONF_LLM_MODEL]).is_file()


async def test_a_network_entry_keeps_its_paths(
    hass: HomeAssistant, own_config: Path, model_store: ModelStore
) -> None:
    """A network engine's paths are on its own machine: only the local files move."""
    old, downloaded = _old_models(own_config, model_store)
    data = {CONF_ENGINE: ENGINE_NETWORK, CONF_LLM_MODEL: str(downloaded)}
    entry = MockConfigEntry(domain=DOMAIN, version=1, minor_version=1, data=data)
    entry.add_to_hass(hass)

    assert await entry.async_migrate(hass)

    assert entry.data == data
    assert (own_config / MODELS_DIR / "downloads" / "mine.gguf").is_file()
    assert not old.root.exists()


async def test_choosing_the_embedded_engine_moves_old_models(
    hass: HomeAssistant, own_config: Path, model_store: ModelStore
) -> None:
    """LLM Home added again after an update finds the models of before, moved."""
    old, _ = _old_models(own_config, model_store)
    await models_form(hass)
    new = ModelStore(own_config / MODELS_DIR)
    for file in VOICE.files:
        assert new.verified_sha256(VOICE, file) == file.sha256
    assert not old.root.exists()
