"""What each exposed entity supports, read from its live attributes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from homeassistant.components.alarm_control_panel.const import (
    AlarmControlPanelEntityFeature,
)
from homeassistant.components.climate.const import (
    ATTR_FAN_MODES,
    ATTR_HVAC_MODES,
    ATTR_MAX_TEMP,
    ATTR_MIN_TEMP,
    ATTR_PRESET_MODES,
)
from homeassistant.components.light.const import ATTR_SUPPORTED_COLOR_MODES
from homeassistant.components.light.helper import color_supported, color_temp_supported
from homeassistant.components.media_player.const import ATTR_INPUT_SOURCE_LIST
from homeassistant.components.vacuum import ATTR_FAN_SPEED_LIST
from homeassistant.const import ATTR_DEVICE_CLASS, ATTR_SUPPORTED_FEATURES

from ..language import ENGLISH, Language
from .actions import Action, Service, Value
from .calls import ARGUMENT_BREAK, COLORS, WHITES
from .floors import relative_floor_names
from .snapshot import Home, HomeEntity, label

ARM_MODES: dict[str, AlarmControlPanelEntityFeature] = {
    "home": AlarmControlPanelEntityFeature.ARM_HOME,
    "away": AlarmControlPanelEntityFeature.ARM_AWAY,
    "night": AlarmControlPanelEntityFeature.ARM_NIGHT,
    "vacation": AlarmControlPanelEntityFeature.ARM_VACATION,
}
# "Arm the alarm", no mode said: armed in full, as a keypad's own arm key does.
PLAIN_ARM: Final = "away"
# A mode said that the panel lacks, and the one that means the same there: "arm it
# for the night" on a panel with only home and away is armed at home.
ARM_STAND_INS: Final = {"night": "home"}


def _features(entity: HomeEntity) -> int:
    return int(entity.attributes.get(ATTR_SUPPORTED_FEATURES) or 0)


def _strings(entity: HomeEntity, attribute: str) -> tuple[str, ...]:
    return tuple(str(v) for v in entity.attributes.get(attribute) or ())


def device_class(entity: HomeEntity) -> str | None:
    """Return the entity's device class, if it has one."""
    value = entity.attributes.get(ATTR_DEVICE_CLASS)
    return str(value) if value else None


def service_for(action: Action, entity: HomeEntity) -> Service | None:
    """Return how the action is carried out on this entity, if it can take it."""
    for service in action.services:
        if service.domain != entity.domain:
            continue
        if service.feature and _features(entity) & service.feature != service.feature:
            continue
        if service.check is None or service.check(entity.attributes):
            return service
    return None


def supports(action: Action, entity: HomeEntity) -> bool:
    """Return whether the entity can take the call."""
    if action.read_only:
        return True
    if service_for(action, entity) is None:
        return False
    if action.value in _ENUMERATED:
        return bool(value_options(action, entity))
    return True


_ENUMERATED: Final = frozenset(
    {
        Value.COLOR,
        Value.WHITE,
        Value.HVAC_MODE,
        Value.FAN_MODE,
        Value.PRESET,
        Value.ARM_MODE,
        Value.DEGREES,
        Value.SOURCE,
        Value.VACUUM_SPEED,
    }
)


def value_options(action: Action, entity: HomeEntity) -> tuple[str, ...]:
    """Return the values the entity accepts for an enumerated value, else ()."""
    modes = entity.attributes.get(ATTR_SUPPORTED_COLOR_MODES)
    match action.value:
        case Value.COLOR if color_supported(modes):
            return COLORS
        case Value.WHITE if color_temp_supported(modes):
            return tuple(WHITES)
        case Value.HVAC_MODE:
            return _strings(entity, ATTR_HVAC_MODES)
        case Value.FAN_MODE:
            return _strings(entity, ATTR_FAN_MODES)
        case Value.PRESET:
            return _strings(entity, ATTR_PRESET_MODES)
        case Value.ARM_MODE:
            features = _features(entity)
            return tuple(mode for mode, flag in ARM_MODES.items() if features & flag)
        case Value.DEGREES:
            return tuple(str(t) for t in degrees_range(entity))
        case Value.SOURCE:
            return _names(entity, ATTR_INPUT_SOURCE_LIST)
        case Value.VACUUM_SPEED:
            return _names(entity, ATTR_FAN_SPEED_LIST)
    return ()


def _names(entity: HomeEntity, attribute: str) -> tuple[str, ...]:
    """Return the device's own names for its options that a call can carry.

    A source is named by its integration ("HDMI 2", "Apple TV"): one with the call's
    separator in it could not be told from the next argument, and is left out ("NDR
    90,3", a decimal comma, is kept).
    """
    return tuple(
        name
        for name in _strings(entity, attribute)
        if name.strip() and not ARGUMENT_BREAK.search(name)
    )


def degrees_range(entity: HomeEntity) -> range:
    """Return the whole target temperatures the device accepts."""
    low = float(entity.attributes.get(ATTR_MIN_TEMP, 7))
    high = float(entity.attributes.get(ATTR_MAX_TEMP, 35))
    return range(int(-(-low // 1)), int(high // 1) + 1)


def kind_names(entity: HomeEntity, language: Language = ENGLISH) -> tuple[str, ...]:
    """Return what a group of such devices is called: its domain's, then its class's."""
    names = [language.kind_names.get(entity.domain, entity.domain)]
    if cls := language.class_kind_names.get(entity.domain, {}).get(
        device_class(entity) or ""
    ):
        names.append(cls)
    return tuple(names)


def targets_for(
    home: Home, spec: Action, *, every: bool = False, language: Language = ENGLISH
) -> dict[str, tuple[HomeEntity, ...]]:
    """Return the names a call may target, each with the entities it stands for.

    Entity names and aliases come first; an area or floor name stands for its
    entities that support the call (for single-target calls, only where there is
    exactly one), always with their kind ("Kitchen lights", "Upstairs fans"): "turn
    off the lights in the kitchen" must not also switch off the kitchen's radio. A
    kind of a device class has its own group too ("Kitchen blinds", "All TVs"): the
    blinds without the garage door, the TVs without the speakers. An entity's own
    name wins over an area of the same name. With `every`, "All locks" stands for
    every device of a kind that supports the call. `home` is what the names may
    mean: the whole home, or the devices offered for one request (offered.py). The
    kinds are named in the request's `language` ("Küche Lichter").
    """
    able = [entity for entity in home.entities if supports(spec, entity)]
    index: dict[str, tuple[HomeEntity, ...]] = {}
    for entity in able:
        index[entity.label] = (*index.get(entity.label, ()), entity)
    for entity in able:
        for alias in entity.aliases:
            # An alias never takes over another device's name.
            if (key := label(alias)) and key not in index:
                index[key] = (entity,)
    groups: dict[str, list[HomeEntity]] = {}
    relative = relative_floor_names(home.areas, language)
    for area in home.areas:
        members = [entity for entity in able if entity.area_id == area.area_id]
        floors = (*area.floor_names, *relative.get(area.area_id, ()))
        names = [*area.names, *(floors if spec.multi else ())]
        for name in names:
            groups.setdefault(label(name), []).extend(members)
    if every and spec.multi:
        groups[language.every_group] = able
    for name, members in groups.items():
        if not name or not members or (not spec.multi and len(members) > 1):
            continue
        by_kind: dict[str, list[HomeEntity]] = {}
        for entity in members:
            for kind in kind_names(entity, language):
                by_kind.setdefault(f"{name} {kind}", []).append(entity)
        for key, kind_members in by_kind.items():
            index.setdefault(key, tuple(kind_members))
    return index


def named_targets(
    home: Home, spec: Action, names: Iterable[str], language: Language = ENGLISH
) -> dict[str, tuple[HomeEntity, ...] | None]:
    """Return what each name the model wrote stands for (None: no such target).

    Names are matched as the model writes them (`label`), without regard to case;
    "All ..." groups included.
    """
    index = {
        name.casefold(): entities
        for name, entities in targets_for(
            home, spec, every=True, language=language
        ).items()
    }
    return {name: index.get(label(name).casefold()) for name in names}


# Values where a word stands for the first option containing it ("high" for "on_high").
# Never HVAC modes: "cool" must not select "heat_cool".
WORD_VALUES: Final = frozenset({Value.FAN_MODE, Value.PRESET})


def resolve_option(value: str, options: tuple[str, ...]) -> str | None:
    """Return the option the value stands for: itself, or the first option with that word."""
    if value in options:
        return value
    return next(
        (option for option in options if value in option.replace("-", "_").split("_")),
        None,
    )


def option_values(options: tuple[str, ...]) -> tuple[str, ...]:
    """Return the options and the single words they are made of ("on_high" -> "high")."""
    words = [word for option in options for word in option.replace("-", "_").split("_")]
    return tuple(
        dict.fromkeys([*options, *(w for w in words if resolve_option(w, options))])
    )
