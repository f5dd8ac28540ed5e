"""The embedded engine's models move out of Home Assistant's backups, once.

The embedded engine used to keep its models in `<config>/llm_home/models`, so every
backup carried them (0.7 GB, 1.7 GB with the larger language model). They now live in
Home Assistant's cache directory (`hass.config.cache_path`, `<config>/.cache`), which
backups leave out. Moving renames the files: nothing is downloaded or copied again on
one file system, and the verification records stay valid (their keys are relative to
the models directory), so nothing is hashed again either. An entry's model paths that
pointed into the old directory are rewritten to the new one.
"""

from __future__ import annotations

from collections.abc import Mapping
import contextlib
from pathlib import Path
import shutil
from typing import Any

from homeassistant.core import HomeAssistant

from .const import (
    CONF_ENGINE,
    DOMAIN,
    ENGINE_NETWORK,
    LEGACY_ENGINE_DATA_DIR,
    LOGGER,
    MODEL_CONF_KEYS,
)

MODELS: str = "models"


def engine_data_dir(hass: HomeAssistant) -> Path:
    """Return the embedded engine's data directory, which backups leave out."""
    return Path(hass.config.cache_path(DOMAIN))


def move_tree(source: Path, target: Path) -> int:
    """Move what `source` holds into `target`, keeping what `target` already has.

    Return how many files and folders moved; folders left empty are removed. Blocking.
    """
    moved = 0
    target.mkdir(parents=True, exist_ok=True)
    for child in sorted(source.iterdir()):
        destination = target / child.name
        if not destination.exists() and not destination.is_symlink():
            try:
                shutil.move(child, destination)
            except OSError as err:  # the rest can still move; this one stays
                LOGGER.warning("Cannot move %s to %s: %s", child, destination, err)
                continue
            moved += 1
        elif child.is_dir() and not child.is_symlink() and destination.is_dir():
            moved += move_tree(child, destination)
        else:
            LOGGER.debug("Kept %s: %s exists", child, destination)
    with contextlib.suppress(OSError):  # not empty: what could not move stays
        source.rmdir()
    return moved


def _moved_paths(data: Mapping[str, Any], old: Path, new: Path) -> dict[str, str]:
    """Return the entry's model paths in `old` whose files are now in `new`. Blocking."""
    changed: dict[str, str] = {}
    for key in MODEL_CONF_KEYS.values():
        value = data.get(key)
        if not isinstance(value, str) or not Path(value).is_absolute():
            continue
        try:
            moved = new / Path(value).relative_to(old)
        except ValueError:
            continue
        if moved.exists():
            changed[key] = str(moved)
    return changed


def move_legacy_models(
    hass_config: Path, cache: Path, data: Mapping[str, Any]
) -> tuple[int, dict[str, str]]:
    """Move the old models directory under `hass_config` into `cache`. Blocking.

    Return how many entries moved, and the entry's model paths that must change.
    """
    old = hass_config / LEGACY_ENGINE_DATA_DIR / MODELS
    moved = 0
    if old.is_dir():
        moved = move_tree(old, cache / MODELS)
        with contextlib.suppress(OSError):
            old.parent.rmdir()
    if data.get(CONF_ENGINE) == ENGINE_NETWORK:  # paths on the engine's own machine
        return moved, {}
    return moved, _moved_paths(data, old, cache / MODELS)


async def async_move_legacy_models(
    hass: HomeAssistant, data: Mapping[str, Any]
) -> dict[str, Any]:
    """Move the embedded engine's models out of the backups; return `data` updated.

    A file that cannot move stays where it was, and a path to it in `data` too: the
    engine then downloads a catalog model again into the new directory.
    """
    cache = engine_data_dir(hass)
    try:
        moved, changed = await hass.async_add_executor_job(
            move_legacy_models, Path(hass.config.config_dir), cache, data
        )
    except OSError as err:
        LOGGER.warning(
            "Cannot move the engine's models from %s to %s: %s",
            hass.config.path(LEGACY_ENGINE_DATA_DIR),
            cache,
            err,
        )
        return dict(data)
    if moved:
        LOGGER.info(
            "Moved the engine's models from %s to %s, which backups leave out",
            hass.config.path(LEGACY_ENGINE_DATA_DIR),
            cache,
        )
    return {**data, **changed}
