"""Devices that fail, hang or come in classes, for the tests and the hardening benchmark.

`Plugs` are switches whose `switch.turn_on` / `switch.turn_off` fail the ways real
integrations do (a cloud's `TimeoutError`, aiohttp's `ClientError`, a bug's
`RuntimeError`), never return, or only finish when another call runs at the same time.
`CLASS_HOME` is a home of working covers and media players of several device classes
(benchmarks/assist's entities), for "all the blinds" and "all the TVs".
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any, Final

from aiohttp import ClientError

from benchmarks.assist.dataset import parse_home
from benchmarks.assist.home import BenchHome
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.const import ATTR_ENTITY_ID, ATTR_FRIENDLY_NAME, STATE_OFF
from homeassistant.core import HomeAssistant, ServiceCall

FAILING: Final[dict[str, BaseException]] = {
    "switch.cloud_plug": TimeoutError(),
    "switch.hub_plug": ClientError("Cannot connect to host 10.0.0.5:443"),
    "switch.buggy_plug": RuntimeError("'NoneType' object is not subscriptable"),
}
HANGING: Final = "switch.slow_plug"
WORKING: Final = "switch.desk_plug"
# Each of these finishes only once the other has started: run one after the other,
# they wait for ever.
PAIRED: Final = ("switch.left_plug", "switch.right_plug")
# How long a paired call waits for its partner before it gives up (a test's bound).
PAIR_WAIT_S: Final = 10.0


class Plugs:
    """Switches and their `switch` services, registered in Home Assistant."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Create the plugs (on, exposed to Assist) and register their services."""
        self.hass = hass
        self.release = asyncio.Event()  # lets the hanging call finish
        self.started: dict[str, asyncio.Event] = {p: asyncio.Event() for p in PAIRED}
        self.calls: list[str] = []
        for entity_id in [*FAILING, HANGING, WORKING, *PAIRED]:
            name = entity_id.split(".")[1].replace("_", " ").title()
            hass.states.async_set(entity_id, "on", {ATTR_FRIENDLY_NAME: name})
            async_expose_entity(hass, "conversation", entity_id, True)
        for service in ("turn_on", "turn_off"):
            hass.services.async_register("switch", service, self._async_handle)

    async def _async_handle(self, call: ServiceCall) -> None:
        ids = call.data[ATTR_ENTITY_ID]
        for entity_id in [ids] if isinstance(ids, str) else ids:
            self.calls.append(entity_id)
            if (error := FAILING.get(entity_id)) is not None:
                raise type(error)(*error.args)  # a fresh one: tracebacks do not pile up
            if entity_id == HANGING:
                await self.release.wait()
            if entity_id in PAIRED:
                self.started[entity_id].set()
                (other,) = set(PAIRED) - {entity_id}
                async with asyncio.timeout(PAIR_WAIT_S):
                    await self.started[other].wait()
            state = STATE_OFF if call.service == "turn_off" else "on"
            old = self.hass.states.get(entity_id)
            self.hass.states.async_set(
                entity_id, state, old.attributes if old else None
            )

    def switch_on(self) -> None:
        """Put every plug back on (the state only: no service is called)."""
        for entity_id in [*FAILING, HANGING, WORKING, *PAIRED]:
            if (state := self.hass.states.get(entity_id)) is not None:
                self.hass.states.async_set(entity_id, "on", state.attributes)

    def all_off(self, entity_ids: Iterable[str]) -> bool:
        """Return whether all these plugs are off."""
        return all(
            (state := self.hass.states.get(e)) is not None and state.state == STATE_OFF
            for e in entity_ids
        )

    def name(self, entity_id: str) -> str:
        """Return the plug's name."""
        state = self.hass.states.get(entity_id)
        assert state is not None
        return state.name


def _fixture(
    entity_id: str, name: str, area: str, device_class: str, state: str
) -> dict[str, Any]:
    """Return a fixture entity of benchmarks/assist's format, of a device class."""
    domain = entity_id.split(".", maxsplit=1)[0]
    features = {
        "cover": ["OPEN", "CLOSE", "SET_POSITION"],
        "media_player": ["PLAY", "PAUSE", "VOLUME_SET", "TURN_ON", "TURN_OFF"],
    }[domain]
    prefix = {"cover": "cover.Cover", "media_player": "media_player.MediaPlayer"}
    attributes: dict[str, Any] = {
        "device_class": f"{prefix[domain]}DeviceClass.{device_class}",
        "supported_features": [f"{prefix[domain]}EntityFeature.{f}" for f in features],
    }
    attributes |= (
        {"current_position": 100} if domain == "cover" else {"volume_level": 0.5}
    )
    return {
        "id": entity_id,
        "name": name,
        "area": area,
        "state": state,
        "attributes": attributes,
    }


# Names that do not say their class: only the device class tells a blind from a window.
BLINDS: Final = ("cover.den_roller", "cover.study_roller")
NOT_BLINDS: Final = ("cover.garage_door", "cover.den_skylight")
TV: Final = "media_player.bravia"
SPEAKER: Final = "media_player.move"
CLASS_HOME: Final[dict[str, list[dict[str, Any]]]] = {
    "areas": [
        {"id": "den", "name": "Den", "aliases": ["snug"]},
        {"id": "study", "name": "Study"},
        {"id": "garage", "name": "Garage"},
    ],
    "entities": [
        _fixture("cover.den_roller", "Den Roller", "den", "BLIND", "open"),
        _fixture("cover.study_roller", "Study Roller", "study", "BLIND", "open"),
        _fixture("cover.garage_door", "Garage Door", "garage", "GARAGE", "open"),
        _fixture("cover.den_skylight", "Den Skylight", "den", "WINDOW", "open"),
        _fixture(TV, "Bravia", "den", "TV", "playing"),
        _fixture(SPEAKER, "Move", "den", "SPEAKER", "playing"),
    ],
}


async def async_build_class_home(hass: HomeAssistant) -> BenchHome:
    """Add the home of covers and media players of several classes, all exposed."""
    home = BenchHome(hass, parse_home(CLASS_HOME))
    await home.async_build()
    return home
