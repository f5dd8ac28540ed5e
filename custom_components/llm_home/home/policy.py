"""One safety policy for every path that can act on the home.

llm_home's own tools, HA's built-in matcher when it answers first (builtin.py), scenes
and scripts (judged by the entities they touch) and other agents through the LLM API
all ask this module, and nothing else, whether an action may run:

- only exposed devices of the kinds the user allowed;
- a sensitive action (disarming, unlocking, opening a garage door, gate or gas valve,
  silencing a siren while an alarm is triggered, anything on a device the user marked
  as sensitive, a scene or script that touches any of these) runs only when the
  user's option allows it, only from llm_home's own assistant, and only with the code
  said in this request: the alarm's own code for a panel that has one, the voice PIN
  from the options for everything else;
- a scene or script that touches a device the user did not expose never runs;
- a few wrong PINs in a row lock sensitive actions for a while.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
import hmac
import time
from typing import Final

from homeassistant.components import persistent_notification
from homeassistant.components.homeassistant.exposed_entities import async_should_expose
from homeassistant.const import ATTR_CODE
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er

from ..const import DOMAIN, LOGGER
from .actions import ACTIONS, CONTROL_DOMAINS, Sensitive, Service
from .capabilities import device_class
from .members import async_members
from .services import ActionError, ServiceCall
from .settings import Settings
from .snapshot import ASSISTANT, Home, HomeEntity, async_get_home, normalize

ALARM_DOMAIN: Final = "alarm_control_panel"
ATTR_CODE_FORMAT: Final = "code_format"

# Wrong voice PINs: this many within the window lock sensitive actions for a while.
PIN_MAX_FAILURES: Final = 3
PIN_WINDOW: Final = 600.0  # seconds
PIN_LOCKOUT: Final = 900.0  # seconds
EVENT_PIN_LOCKOUT: Final = f"{DOMAIN}_pin_lockout"
PIN_NOTIFICATION: Final = f"{DOMAIN}_pin_lockout"

# What needs the voice PIN beyond the actions' own descriptions.
MARKED: Final = Sensitive("", "pin")  # a device the user marked as sensitive
SILENCING: Final = Sensitive("allow_disarm", "pin")  # a siren while an alarm rings
_TRIGGERED: Final = "triggered"
_SCENE_DOMAINS: Final = frozenset({"scene", "script"})


@dataclass(slots=True)
class SafetyPolicy:
    """What the user allowed; options change it in place. Holds the PIN failures."""

    settings: Settings = field(default_factory=Settings)
    _failures: list[float] = field(default_factory=list, repr=False)
    _locked_until: float = 0.0

    def apply(self, settings: Settings) -> None:
        """Take the safety options from the entry's settings."""
        self.settings = settings

    def allows(self, sensitive: Sensitive) -> bool:
        """Return whether the user allowed this kind of sensitive action."""
        return not sensitive.option or bool(
            getattr(self.settings, sensitive.option, False)
        )

    @callback
    def async_home(self, hass: HomeAssistant) -> Home:
        """Return the exposed home without the domains the user did not allow."""
        return async_get_home(hass).restricted(self.settings.domains)

    @callback
    def async_marked(self, hass: HomeAssistant, entity_id: str) -> bool:
        """Return whether the user marked the entity as sensitive (itself or a label)."""
        if entity_id in self.settings.sensitive_entities:
            return True
        if not (labels := self.settings.sensitive_labels):
            return False
        entry = er.async_get(hass).async_get(entity_id)
        return entry is not None and bool(entry.labels & labels)

    @callback
    def async_needs(
        self, hass: HomeAssistant, entity: HomeEntity, service: Service | None
    ) -> list[Sensitive]:
        """Return what a call of the service on the entity needs; [] when harmless.

        Raises ActionError for a scene or script that touches an unexposed device.
        """
        if service is None:  # reading state
            return []
        needs = [s for s in (service.sensitive,) if s and _applies(s, entity)]
        if self.async_marked(hass, entity.entity_id):
            needs.append(MARKED)
        if service.service == "turn_off" and _silencing(hass, entity):
            needs.append(SILENCING)
        if entity.domain in _SCENE_DOMAINS:
            needs.extend(self._async_touched(hass, entity, _index(hass)))
        return needs

    def _async_touched(
        self, hass: HomeAssistant, entity: HomeEntity, home: dict[str, HomeEntity]
    ) -> list[Sensitive]:
        """Return what the devices a scene or script touches need; refuse unexposed ones."""
        needs: list[Sensitive] = []
        for member_id in async_members(hass, entity.entity_id):
            if not async_should_expose(hass, ASSISTANT, member_id):
                raise ActionError("touches_unexposed", name=entity.name)
            if (member := home.get(member_id)) is None:
                continue  # a kind of device no action of llm_home's can harm with
            if (
                member.domain in CONTROL_DOMAINS
                and member.domain not in self.settings.domains
            ):
                raise ActionError("touches_not_allowed", name=entity.name)
            if self.async_marked(hass, member_id):
                needs.append(MARKED)
            # Through a scene the panel's own code cannot be passed: the voice PIN.
            needs.extend(Sensitive(s.option, "pin") for s in sensitive_services(member))
        return needs

    @callback
    def async_harmful(self, hass: HomeAssistant, entity_ids: Iterable[str]) -> bool:
        """Return whether acting on any of these entities could need more than words.

        For HA's built-in matcher, which acts without options or codes: an entity not
        exposed, of a kind not allowed, sensitive by any action or marked by the user,
        or a scene or script touching one, is never left to it.
        """
        home = _index(hass)
        return any(self._harmful(hass, entity_id, home) for entity_id in entity_ids)

    def _harmful(
        self, hass: HomeAssistant, entity_id: str, home: dict[str, HomeEntity]
    ) -> bool:
        domain = entity_id.partition(".")[0]
        if (domain in CONTROL_DOMAINS and domain not in self.settings.domains) or not (
            async_should_expose(hass, ASSISTANT, entity_id)
        ):
            return True
        if self.async_marked(hass, entity_id):
            return True
        if (entity := home.get(entity_id)) is None:
            return False  # a kind of device no action of llm_home's can harm with
        if sensitive_services(entity) or _silencing(hass, entity):
            return True
        if domain not in _SCENE_DOMAINS:
            return False
        try:
            return bool(self._async_touched(hass, entity, home))
        except ActionError:
            return True

    @callback
    def async_sensitive_names(self, hass: HomeAssistant) -> set[str]:
        """Return the words of the names of devices that sensitive actions act on.

        A bare number said with one of them may be a code (codes.py), so it is taken
        out of the words before anything else sees them.
        """
        home = _index(hass)
        return {
            word
            for entity_id, entity in home.items()
            if self._harmful(hass, entity_id, home)
            for name in entity.names
            for word in normalize(name).split()
        }

    @callback
    def async_authorize(
        self,
        hass: HomeAssistant,
        call: ServiceCall,
        code: str | None,
        *,
        own_assistant: bool,
    ) -> ServiceCall:
        """Return the call with the user's code, or raise ActionError to refuse it."""
        needs = self.async_needs(hass, call.entity, call.source)
        if not needs:
            if call.domain == ALARM_DOMAIN and code is not None:
                return _with_code(call, code)  # arming with the panel's code
            return call
        if not own_assistant:
            raise ActionError("own_assistant_only", name=call.entity.name)
        for sensitive in needs:
            if not self.allows(sensitive):
                raise ActionError(f"{sensitive.option}_disabled")
        if (left := self._locked_for()) > 0:
            raise ActionError("pin_locked", minutes=str(max(1, round(left / 60))))
        if all(s.code == "panel" for s in needs) and call.entity.attributes.get(
            ATTR_CODE_FORMAT
        ):
            if code is None:
                raise ActionError("code_required")
            return _with_code(call, code)
        # Everything else, a panel without a code of its own included: the voice PIN.
        if not (pin := self.settings.voice_pin):
            raise ActionError("pin_not_set")
        if code is None:
            raise ActionError("pin_required")
        if not hmac.compare_digest(code.encode(), pin.encode()):
            self._async_failed(hass)
            raise ActionError("wrong_pin")
        self._failures.clear()
        return call

    def _locked_for(self) -> float:
        return self._locked_until - time.monotonic()

    @callback
    def _async_failed(self, hass: HomeAssistant) -> None:
        """Count a wrong PIN; too many within the window lock sensitive actions."""
        now = time.monotonic()
        self._failures = [t for t in self._failures if now - t < PIN_WINDOW]
        self._failures.append(now)
        LOGGER.warning(
            "A wrong voice PIN was said (%s of %s allowed within %s minutes)",
            len(self._failures),
            PIN_MAX_FAILURES,
            round(PIN_WINDOW / 60),
        )
        if len(self._failures) < PIN_MAX_FAILURES:
            return
        self._failures.clear()
        self._locked_until = now + PIN_LOCKOUT
        minutes = round(PIN_LOCKOUT / 60)
        LOGGER.warning(
            "Too many wrong voice PINs: sensitive actions are locked for %s minutes",
            minutes,
        )
        hass.bus.async_fire(EVENT_PIN_LOCKOUT, {"minutes": minutes})
        persistent_notification.async_create(
            hass,
            f"{PIN_MAX_FAILURES} wrong voice PINs were said within "
            f"{round(PIN_WINDOW / 60)} minutes. LLM Home refuses to unlock, disarm "
            f"or open anything for {minutes} minutes.",
            title="LLM Home: sensitive actions locked",
            notification_id=PIN_NOTIFICATION,
        )


def _index(hass: HomeAssistant) -> dict[str, HomeEntity]:
    """Return the exposed home by entity id (every domain, allowed or not)."""
    return {entity.entity_id: entity for entity in async_get_home(hass).entities}


def _silencing(hass: HomeAssistant, entity: HomeEntity) -> bool:
    """Return whether the entity is a siren while an alarm panel is triggered."""
    return entity.domain == "siren" and any(
        state.state == _TRIGGERED for state in hass.states.async_all(ALARM_DOMAIN)
    )


def _applies(sensitive: Sensitive, entity: HomeEntity) -> bool:
    """Return whether a sensitive service is sensitive on this entity.

    Limited to device classes, it also applies to a device without a class whose
    name says one ("Garage Door" without a device class is still a garage door).
    """
    if sensitive.classes is None:
        return True
    if (cls := device_class(entity)) is not None:
        return cls in sensitive.classes
    return any(
        set(normalize(name).split()) & sensitive.classes for name in entity.names
    )


def sensitive_services(entity: HomeEntity) -> list[Sensitive]:
    """Return the sensitive actions the entity can take (locks, garage doors, panels)."""
    return [
        service.sensitive
        for action in ACTIONS
        for service in action.services
        if service.domain == entity.domain
        and service.sensitive is not None
        and _applies(service.sensitive, entity)
    ]


def _with_code(call: ServiceCall, code: str) -> ServiceCall:
    return ServiceCall(
        call.domain,
        call.service,
        call.entity,
        {**call.data, ATTR_CODE: code},
        call.source,
    )
