"""Spoken replies from tool results: templates, no second model pass, never JSON.

Every sentence and word comes from the language's table (`Language.errors`,
`replies`, `state_words`, `binary_states` and each action's `reply`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import re
from typing import Any, Final, Literal

from ..home.actions import Action, Value, action_named
from ..language import Language


def join_names(
    names: Sequence[str], conjunction: Literal["and", "or"], language: Language
) -> str:
    """Return 'the A', 'the A and the B', 'the A, the B and the C'."""
    replies = language.replies
    items = [replies["name"].format(name=name) for name in names]
    if len(items) <= 1:
        return "".join(items)
    return replies[f"list_{conjunction}"].format(
        names=replies["list_separator"].join(items[:-1]), last=items[-1]
    )


# More devices than a question can list aloud.
MAX_LISTED: Final = 4


def which_one(
    kind: str, names: Sequence[str], language: Language, unknown: Sequence[str] = ()
) -> str:
    """Return the question for a command that could mean any of several devices.

    Words said that nothing here explains ("the attic light" in a home without an
    attic) are said back first: the user learns why the question is asked.
    """
    if len(names) > MAX_LISTED:
        question = language.replies["which_one_of_many"].format(
            count=len(names), kind=kind
        )
    else:
        question = language.replies["which_one"].format(
            kind=kind, names=join_names(names, "or", language)
        )
    if not unknown:
        return question
    words = language.replies["not_known"].format(words=" ".join(unknown))
    return f"{words} {question}"


def reply_for(result: Mapping[str, Any], is_error: bool, language: Language) -> str:
    """Return the sentence for one tool result."""
    failed = language.replies["failed"]
    if is_error:
        template = language.errors.get(str(result.get("error")), failed)
        try:
            return template.format(**result)
        except KeyError, IndexError, ValueError:
            return failed
    action = action_named(str(result.get("action")))
    if action is None:
        return failed
    if sent := result.get("sent"):
        said = language.replies["sent"].format(
            targets=join_names(sent, "and", language)
        )
        if result.get("targets"):
            return f"{_done(action, result, language)} {said}"
        return said
    return _done(action, result, language)


def _done(action: Action, result: Mapping[str, Any], language: Language) -> str:
    states = result.get("states") or []
    if action.read_only:
        return (
            " ".join(answer(state, language) for state in states)
            or (language.replies["not_understood"])
        )
    if action.value in (Value.DEGREES, Value.DEGREES_STEP):
        return " ".join(_temperature_set(state, language) for state in states)
    value = result.get("value")
    words = language.action(action.name)
    template = words.reply
    if words.reply_down is not None and str(value).startswith("-"):
        template = words.reply_down
    targets = join_names(result.get("targets") or [], "and", language)
    return template.format(targets=targets, value=language.said_value(value))


def _temperature_set(state: Mapping[str, Any], language: Language) -> str:
    return language.replies["temperature_set"].format(
        name=state["name"],
        temperature=_number(state.get("temperature"), language),
        unit=state.get("unit") or "°",
    )


_DECIMAL: Final = re.compile(r"-?\d+\.\d+")


def _number(value: Any, language: Language) -> str:
    """Return a number as the language writes it: "20.5", or "20,5" with a comma."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if language.numbers.decimal_comma and _DECIMAL.fullmatch(text):
        return text.replace(".", ",")
    return text


def _state_words(state: Mapping[str, Any], language: Language) -> str:
    value = str(state.get("state"))
    words = language.state_words.get(value, value.replace("_", " "))
    if state.get("domain") == "binary_sensor" and value in ("on", "off"):
        meant = language.binary_states.get(str(state.get("device_class")))
        if meant is not None:
            words = meant[0] if value == "on" else meant[1]
    return _agreeing(words, str(state.get("name", "")), language)


def _agreeing(words: str, name: str, language: Language) -> str:
    """Return a state's words in the gender of the device: "Ventana cocina: abierta"."""
    first = language.words(name)[:1]
    # A name in the plural ("Luces cocina") keeps the plain form.
    if not first or first[0] not in language.feminine:
        return words
    forms = language.feminine_forms
    return " ".join(forms.get(word, word) for word in words.split(" "))


def answer(state: Mapping[str, Any], language: Language) -> str:
    """Answer 'how is X' from an entity's described state, in plain words."""
    replies = language.replies
    name, value = state["name"], str(state.get("state"))
    unit = state.get("unit") or ""
    match state.get("domain"):
        case "light" if value == "on" and "brightness_pct" in state:
            return replies["state_brightness"].format(
                name=name, brightness=state["brightness_pct"]
            )
        case "climate" | "water_heater":
            return replies["state_climate"].format(
                name=name,
                state=_state_words(state, language),
                current=_temperature(
                    replies["state_climate_current"],
                    state.get("current_temperature"),
                    unit,
                    language,
                ),
                target=_temperature(
                    replies["state_climate_target"],
                    state.get("temperature"),
                    unit,
                    language,
                ),
            )
        case "cover" | "valve" if value == "open" and (
            position := state.get("current_position")
        ) not in (None, 100):
            return replies["state_position"].format(name=name, position=position)
        case "media_player" if value == "playing" and state.get("media_title"):
            title, artist = state["media_title"], state.get("media_artist")
            if artist:
                return replies["state_playing_by"].format(
                    name=name, title=title, artist=artist
                )
            return replies["state_playing"].format(name=name, title=title)
        case "todo":
            items = state.get("items") or []
            if not items:
                return replies["state_list_empty"].format(name=name)
            template = replies["state_list_one" if len(items) == 1 else "state_list"]
            return template.format(
                name=name,
                count=len(items),
                items=replies["list_separator"].join(items),
            )
        case "sensor" if unit:
            return replies["state_measured"].format(
                name=name, value=_number(value, language), unit=unit
            )
    return replies["state"].format(name=name, state=_state_words(state, language))


def _temperature(template: str, temperature: Any, unit: str, language: Language) -> str:
    """Return a temperature's part of an answer, or "" when it is not known."""
    if temperature is None:
        return ""
    return template.format(temperature=_number(temperature, language), unit=unit or "°")
