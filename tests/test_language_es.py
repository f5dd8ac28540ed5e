"""Spanish: requests as people say them at home, read with the Spanish table (no model).

A small Spanish home ("Lámpara de techo" in the "Salón", "Luz de la cocina", two
"Persianas", two locks): what the reading makes of tú, usted and vos commands, polite
questions, negation, decimals with a comma, number words and "todas"; what the
shortlist keeps; that a question never offers a change; and the replies' Spanish.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.closing import closing
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.replies import answer, reply_for, which_one
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.codes import take_code
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import ENGLISH, LANGUAGES, get_language
from custom_components.llm_home.language.es import LANGUAGE as SPANISH

AREAS: Mapping[str, HomeArea] = {
    "salon": HomeArea("salon", "Salón", (), ()),
    "cocina": HomeArea("cocina", "Cocina", (), ()),
    "dormitorio": HomeArea("dormitorio", "Dormitorio", (), ()),
}
_DIMMABLE = {"supported_color_modes": ["brightness"]}
_SHUTTER = {"supported_features": 1 | 2 | 4 | 8}
HOME = Home(
    entities=(
        home_entity(
            "light.techo", "Lámpara de techo", "salon", AREAS, attributes=_DIMMABLE
        ),
        home_entity(
            "light.cocina", "Luz de la cocina", "cocina", AREAS, attributes=_DIMMABLE
        ),
        home_entity("light.mesita", "Lámpara de la mesita", "dormitorio", AREAS),
        thermostat("climate.termostato", "Termostato", "salon", AREAS),
        home_entity(
            "climate.split",
            "Split del dormitorio",
            "dormitorio",
            AREAS,
            attributes={
                "hvac_modes": ["off", "cool"],
                "min_temp": 16,
                "max_temp": 30,
                "supported_features": 1,
            },
        ),
        home_entity(
            "cover.salon",
            "Persiana del salón",
            "salon",
            AREAS,
            "shutter",
            attributes=_SHUTTER,
        ),
        home_entity(
            "cover.dormitorio",
            "Persiana del dormitorio",
            "dormitorio",
            AREAS,
            "shutter",
            attributes=_SHUTTER,
        ),
        home_entity("lock.principal", "Puerta principal", None, AREAS),
        home_entity("lock.trasera", "Puerta trasera", None, AREAS),
        home_entity(
            "todo.compra",
            "Lista de la compra",
            None,
            AREAS,
            attributes={"supported_features": 1},
        ),
        alarm_panel(AREAS),
    ),
    areas=tuple(AREAS.values()),
)
LIGHTS = {"light.techo", "light.cocina", "light.mesita"}


def _clause(text: str) -> Clause:
    return read(text, HOME, SPANISH).clauses[0]


def _offered(text: str, satellite: str | None = None) -> set[str]:
    clause = _clause(text)
    found = shortlist(HOME, clause, [satellite] if satellite else [])
    return {entity.entity_id for entity in found.entities}


def _calls(text: str) -> str:
    """Return the grammar's calls for the words, on the devices shortlisted."""
    clause = _clause(text)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    return next(line for line in grammar.splitlines() if line.startswith("call ::="))


def test_the_table_is_found_for_every_spanish_locale() -> None:
    """Spain's, Mexico's and Argentina's pipelines read Spanish; every English key has words."""
    assert LANGUAGES["es"] is SPANISH
    for code in ("es", "es-ES", "es-MX", "es_AR"):
        assert get_language(code) is SPANISH
    assert SPANISH.errors.keys() == ENGLISH.errors.keys()
    assert SPANISH.replies.keys() == ENGLISH.replies.keys()
    assert SPANISH.state_words.keys() >= ENGLISH.state_words.keys()
    assert SPANISH.binary_states.keys() == ENGLISH.binary_states.keys()
    assert SPANISH.actions.keys() == ENGLISH.actions.keys()
    assert SPANISH.domain_words.keys() == ENGLISH.domain_words.keys()
    for domain, classes in ENGLISH.class_words.items():
        assert SPANISH.class_words[domain].keys() == classes.keys()


@pytest.mark.parametrize(
    "text",
    [
        "Enciende la luz de la cocina",
        "Encienda la luz de la cocina, por favor",
        "prendé la luz de la cocina",
        "Oye, ¿me enciendes la luz de la cocina?",
        "¿Puedes encender la luz de la cocina?",
        "¿Podrías prender la luz de la cocina, porfa?",
        "quiero que enciendas la luz de la cocina",
        "activa la luz de la cocina",
    ],
)
def test_a_command_in_any_form_turns_on_the_light_named(text: str) -> None:
    """Tú, usted, vos, a polite question or a wish: a command for that light only."""
    clause = _clause(text)
    assert clause.command
    assert not clause.question
    assert ("light", None) in clause.kinds
    assert _offered(text) == {"light.cocina"}
    assert "turn-on" in _calls(text)


def test_a_verb_with_its_pronoun_is_a_command_about_what_was_said_before() -> None:
    """Said "Apágala", "¿puedes apagarla?": a command that leans on the one before."""
    for text in ("apágala", "apagala por favor", "¿puedes apagarla?", "súbelas"):
        clause = _clause(text)
        assert clause.command, text
        assert clause.refers_back, text


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("¿Está encendida la luz de la cocina?", "light.cocina"),
        ("dime la temperatura del salón", "climate.termostato"),
        ("¿Cuál es la temperatura del salón?", "climate.termostato"),
        ("¿qué hay en la lista de la compra?", "todo.compra"),
        ("¿Cómo está la persiana del dormitorio?", "cover.dormitorio"),
    ],
)
def test_a_question_is_answered_and_never_changes_anything(
    text: str, device: str
) -> None:
    """Only the answer from state is offered: no "enciende", no adding to the list."""
    clause = _clause(text)
    assert clause.question
    assert not clause.command
    assert device in _offered(text)
    assert _calls(text) == 'call ::= "none()" | state'


@pytest.mark.parametrize(
    "text",
    [
        "no enciendas la luz de la cocina",
        "No la apagues",
        "nunca abras la puerta principal",
        "por favor, no me subas la persiana",
        "enciende la luz de la cocina, mejor no",
    ],
)
def test_a_negated_command_is_not_done(text: str) -> None:
    """The subjunctive after "no", "nunca", or "no" at the very end."""
    assert read(text, HOME, SPANISH).negated


def test_no_said_of_something_else_negates_nothing() -> None:
    """Said "Que no veo nada" is why, not a "no" to the command."""
    assert not read(
        "enciende la luz de la cocina que no veo nada", HOME, SPANISH
    ).negated
    # "Pero la lámpara de techo no" leaves that light out, takes nothing back.
    request = read(
        "apaga la luz de la cocina, pero la lámpara de techo no", HOME, SPANISH
    )
    assert not request.negated
    assert [clause.text for clause in request.clauses] == ["apaga la luz de la cocina"]
    assert _offered("apaga la luz de la cocina, pero la lámpara de techo no") == {
        "light.cocina"
    }


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("pon el termostato a 21,5 grados", {"21.5"}),
        ("pon el termostato a veintiuno coma cinco", {"21.5"}),
        ("pon el termostato a veintidós con cinco", {"22.5"}),
        ("pon la luz de la cocina al cincuenta por ciento", {"50"}),
        ("pon la luz de la cocina al 70 %", {"70"}),
        ("sube la persiana del salón hasta la mitad", {"50"}),
        ("pon la luz de la cocina al máximo", {"100"}),
        ("sube un poco la luz de la cocina", set()),
    ],
)
def test_values_are_read_as_said(text: str, numbers: set[str]) -> None:
    """A decimal comma, number words, "por ciento", "la mitad"; "un poco" is no 1."""
    clause = _clause(text)
    assert len(read(text, HOME, SPANISH).clauses) == 1
    assert clause.numbers == numbers


def test_a_decimal_said_is_the_temperature_set() -> None:
    """Said "21,5 grados" may set 21.5, never 21 or 5."""
    clause = _clause("pon el termostato a 21,5 grados")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"21.5"' in grammar
    assert '"21"' not in grammar
    assert '"5"' not in grammar


def test_a_step_said_without_a_number_takes_the_default_step() -> None:
    """Said "Sube un poco la luz" is a step up, "baja dos grados" a step of 2."""
    assert "light-step" in _calls("sube un poco la luz de la cocina")
    clause = _clause("baja dos grados la calefacción")
    assert clause.numbers == {"2"}
    assert "climate-step" in _calls("baja dos grados la calefacción")


def test_all_of_a_kind_is_every_device_of_it() -> None:
    """Said "Apaga todas las luces": every light, by its plural."""
    clause = _clause("apaga todas las luces")
    assert clause.every
    assert _offered("apaga todas las luces") == LIGHTS
    assert _offered("sube todas las persianas") == {"cover.salon", "cover.dormitorio"}
    # "¿Hay alguna luz encendida?" asks about every light, as "any" does.
    assert _clause("¿hay alguna luz encendida?").every
    assert _offered("¿hay alguna luz encendida?") == LIGHTS


def test_one_of_several_is_asked_about_unless_the_room_says_which() -> None:
    """Said "Baja la persiana" with two: which one? "... del dormitorio": that one."""
    choice = unnamed_choice(HOME, _clause("baja la persiana"))
    assert choice is not None
    assert choice[0] == "persiana"
    assert {e.entity_id for e in choice[1]} == {"cover.salon", "cover.dormitorio"}
    assert unnamed_choice(HOME, _clause("baja la persiana del dormitorio")) is None
    assert _offered("baja la persiana del dormitorio") == {"cover.dormitorio"}
    assert "close" in _calls("baja la persiana del dormitorio")
    assert "open" in _calls("sube la persiana del dormitorio")


def test_two_commands_are_read_apart() -> None:
    """Said "Enciende ... y luego apaga ...": two commands, each with its own light."""
    first, second = read(
        "enciende la luz de la cocina y luego apaga la lámpara de techo",
        HOME,
        SPANISH,
    ).clauses
    assert {e.entity_id for e in shortlist(HOME, first).entities} == {"light.cocina"}
    assert {e.entity_id for e in shortlist(HOME, second).entities} == {"light.techo"}
    assert "turn-off" in build_grammar(shortlist(HOME, second), second)


def test_the_heating_is_never_the_air_conditioner() -> None:
    """Said "La calefacción" has a heat mode; "el aire acondicionado" cools."""
    assert _offered("enciende la calefacción") == {"climate.termostato"}
    assert _offered("enciende el aire acondicionado") == {"climate.split"}


def test_an_indirect_request_is_the_command_it_stands_for() -> None:
    """Said "Hace mucho frío aquí" in the living room warms the living room."""
    clause = _clause("hace mucho frío aquí")
    assert clause.comfort
    assert clause.command
    assert _offered("hace mucho frío aquí", "Salón") == {"climate.termostato"}
    # "¡Qué oscuro está esto!" exclaims, as "está oscuro" says: the lights.
    assert _clause("qué oscuro está esto").comfort
    assert _clause("¿está oscura la cocina?").question


def test_the_opposite_side_rules_a_device_out() -> None:
    """Said "La puerta delantera" is never the "Puerta trasera"."""
    found = _offered("cierra con llave la puerta delantera")
    assert "lock.trasera" not in found
    assert "lock.principal" in found


def test_lists_and_alarms_are_offered_only_when_asked() -> None:
    """Said "Añade leche a la lista": the list; "activa la alarma en modo noche": arming."""
    assert "todo-add" in _calls("añade leche a la lista de la compra")
    assert "todo-add" not in _calls("pon la luz de la cocina al 50 %")
    assert "alarm-arm" in _calls("activa la alarma en modo noche")
    assert "alarm-arm" not in _calls("apaga la luz de la cocina")


def test_a_code_is_read_in_spanish_words() -> None:
    """Said "El código es uno dos tres cuatro" is the code; "100 por ciento" a value."""
    redacted, code = take_code(
        "desarma la alarma, el código es uno dos tres cuatro", language=SPANISH
    )
    assert code == "1234"
    assert "uno" not in redacted
    assert take_code("pon la luz al 100 por ciento", language=SPANISH)[1] is None


def test_replies_are_spanish_whatever_the_names() -> None:
    """Confirmations, the question back and answers from state read as Spanish."""
    assert (
        reply_for(
            {"action": "turn_on", "targets": ["Luz de la cocina", "Lámpara de techo"]},
            False,
            SPANISH,
        )
        == "He encendido Luz de la cocina y Lámpara de techo."
    )
    assert (
        reply_for(
            {"action": "volume_step", "targets": ["Tele"], "value": "-10"},
            False,
            SPANISH,
        )
        == "He bajado el volumen de Tele."
    )
    assert (
        reply_for(
            {"action": "light_level", "targets": ["Foco"], "value": "30"},
            False,
            SPANISH,
        )
        == "He puesto el brillo de Foco al 30 %."
    )
    assert (
        reply_for({"error": "wrong_pin"}, True, SPANISH)
        == "Lo siento, ese PIN no es correcto."
    )
    assert (
        which_one(
            "persiana", ["Persiana del salón", "Persiana del dormitorio"], SPANISH
        )
        == "¿A qué persiana te refieres: Persiana del salón o Persiana del dormitorio?"
    )
    assert which_one("luz", ["A", "B", "C", "D", "E"], SPANISH).endswith("?")
    door = {
        "name": "Puerta del jardín",
        "domain": "binary_sensor",
        "device_class": "door",
        "state": "on",
    }
    assert answer(door, SPANISH) == "Puerta del jardín: abierta."
    assert (
        answer({"name": "Conga", "domain": "vacuum", "state": "docked"}, SPANISH)
        == "Conga: en su base."
    )
    climate = {
        "name": "Termostato",
        "domain": "climate",
        "state": "heat",
        "current_temperature": 19.5,
        "temperature": 21.0,
        "unit": "°C",
    }
    assert answer(climate, SPANISH) == (
        "Termostato: calefacción, temperatura actual 19,5 °C,"
        " temperatura deseada 21 °C."
    )


# A small Rioplatense flat: what Argentina's vos and its household words ask for.
AR_AREAS: Mapping[str, HomeArea] = {
    "living": HomeArea("living", "Living", (), ()),
    "pieza": HomeArea("pieza", "Pieza", (), ()),
}
AR_HOME = Home(
    entities=(
        home_entity(
            "light.living", "Luz living", "living", AR_AREAS, attributes=_DIMMABLE
        ),
        home_entity(
            "climate.aire",
            "Aire living",
            "living",
            AR_AREAS,
            attributes={
                "hvac_modes": ["off", "cool", "heat"],
                "min_temp": 16,
                "max_temp": 30,
                "supported_features": 1,
            },
        ),
        home_entity(
            "media_player.tele",
            "Tele living",
            "living",
            AR_AREAS,
            "tv",
            attributes={"supported_features": 1 | 4 | 8 | 128 | 256},
        ),
        home_entity(
            "fan.pieza",
            "Ventilador pieza",
            "pieza",
            AR_AREAS,
            attributes={"supported_features": 1 | 2},
        ),
        home_entity("switch.estufa", "Estufa", "pieza", AR_AREAS),
        home_entity(
            "vacuum.robot",
            "Robot",
            "living",
            AR_AREAS,
            attributes={"supported_features": 8 | 16 | 8192},
        ),
        home_entity(
            "todo.super",
            "Lista del súper",
            None,
            AR_AREAS,
            attributes={"supported_features": 1},
        ),
        alarm_panel(AR_AREAS),
    ),
    areas=tuple(AR_AREAS.values()),
)


def _ar_clause(text: str) -> Clause:
    return read(text, AR_HOME, SPANISH).clauses[0]


def _ar_grammar(text: str, satellite: str = "Living") -> str:
    clause = _ar_clause(text)
    return build_grammar(shortlist(AR_HOME, clause, [satellite]), clause)


def _ar_calls(text: str, satellite: str = "Living") -> str:
    grammar = _ar_grammar(text, satellite)
    return next(line for line in grammar.splitlines() if line.startswith("call ::="))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("subile dos grados al aire del living", '"+"'),
        ("súbele dos grados al aire del living", '"+"'),
        ("aumentale dos grados al aire del living", '"+"'),
        ("bajale dos grados al aire del living", '"-"'),
        ("bájale dos grados al aire del living", '"-"'),
    ],
)
def test_a_step_said_with_a_joined_pronoun_goes_its_way(text: str, sign: str) -> None:
    """Said "Subile dos grados": up 2, never down; every form of the verb says its way."""
    grammar = _ar_grammar(text)
    step = next(
        line for line in grammar.splitlines() if line.startswith("climate-step ::=")
    )
    assert f'({sign} ("2"))' in step


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("poné en mute la tele del living", 'call ::= "none()" | mute'),
        ("ponga en silencio la tele del living", 'call ::= "none()" | mute'),
        ("sacale el mute a la tele del living", 'call ::= "none()" | unmute'),
        ("quitá el mute de la tele del living", 'call ::= "none()" | unmute'),
    ],
)
def test_putting_the_tv_on_mute_mutes_it_and_never_turns_it_on(
    text: str, calls: str
) -> None:
    """Said "Poné en mute la tele": mute, never "poner" (turn on); "sacale el mute" unmutes."""
    assert _ar_calls(text) == calls


def test_mute_said_apart_from_the_verb_is_still_muting() -> None:
    """Said "Poné la tele en mute": muting is offered, unmuting never."""
    calls = _ar_calls("poné la tele del living en mute")
    assert "| mute" in calls
    assert "unmute" not in calls


def test_sumar_adds_to_a_list_and_steps_up() -> None:
    """Said "Sumá huevos a la lista": adding; "sumale dos grados al aire": up 2."""
    assert _ar_calls("sumá huevos y galletitas a la lista del súper") == (
        'call ::= "none()" | todo-add'
    )
    grammar = _ar_grammar("sumale dos grados al aire del living")
    assert 'climate_step(" climate-step-target ", " ("+" ("2"))' in grammar


def test_one_degree_said_with_un_is_a_step_of_one() -> None:
    """Said "Subile un grado": a step of 1, where "sube un poco" says no number."""
    assert _ar_clause("subile un grado al aire del living").numbers == {"1"}
    assert 'climate_step(" climate-step-target ", " ("+" ("1"))' in _ar_grammar(
        "subile un grado al aire del living"
    )
    assert _ar_clause("subí un poco el aire del living").numbers == set()


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("poné a andar la aspiradora", 'call ::= "none()" | start'),
        ("mandá la aspiradora a cargarse", 'call ::= "none()" | dock'),
        ("poné a girar el ventilador de la pieza", "oscillate"),
    ],
)
def test_rioplatense_verbs_of_robots_and_fans(text: str, calls: str) -> None:
    """Said "Poné a andar" starts, "a cargarse" docks, "poné a girar" swings the fan."""
    assert calls in _ar_calls(text, "Pieza")


def test_a_full_is_all_the_way() -> None:
    """Said "Poné la luz a full" (Argentina): 100 %."""
    assert _ar_clause("poné la luz del living a full").numbers == {"100"}
    assert "light-level" in _ar_calls("poné la luz del living a full")


def test_dale_with_thanks_is_thanked_for() -> None:
    """Said "Dale, gracias": "De nada."; "dale" with a request is the request."""
    assert closing("dale, gracias", SPANISH) == "welcome"
    assert closing("dale muchas gracias", SPANISH) == "welcome"
    assert SPANISH.replies["welcome"] == "De nada."
    assert closing("dale", SPANISH) == "okay"
    assert closing("dale, prendé la luz del living", SPANISH) is None


def test_sacar_the_alarm_is_disarming() -> None:
    """Said "Sacá la alarma" (Argentina): disarming is asked for, with its code."""
    text = "sacá la alarma, la clave es dos cinco ocho cero"
    redacted, code = take_code(text, language=SPANISH)
    assert code == "2580"
    assert _ar_calls(redacted) == 'call ::= "none()" | alarm-disarm'


def test_cold_in_a_room_with_only_an_estufa_turns_it_on() -> None:
    """Said "Qué frío que hace acá" where the room has no heating but a switch "Estufa"."""
    clause: Clause | None = _ar_clause("uy, qué frío que hace acá")
    offered: list[str] = []
    while clause is not None and not offered:
        found = shortlist(AR_HOME, clause, ["Pieza"])
        offered = [entity.entity_id for entity in found.entities]
        grammar = build_grammar(found, clause)
        clause = clause.instead
    assert offered == ["switch.estufa"]
    assert "turn-on" in grammar


@pytest.mark.parametrize(
    "text", ["está re oscuro acá", "está muy oscuro acá", "el living está oscuro"]
)
def test_saying_it_is_dark_turns_on_the_lights(text: str) -> None:
    """Said "Está re oscuro acá" without a "¿": the lights of the room, not a question."""
    clause = _ar_clause(text)
    assert clause.comfort
    assert not clause.question
    assert "turn-on" in _ar_calls(text)
    asked = _ar_clause("¿está oscuro el living?")
    assert asked.question
    assert not asked.comfort


def test_rioplatense_household_words_name_their_kind() -> None:
    """Said "Apagá los veladores": the room's lights only, never the TV or the AC."""
    assert SPANISH.kinds_meant(["veladores"]) == {("light", None)}
    assert ("water_heater", None) in SPANISH.kinds_meant(["termotanque"])
    assert ("binary_sensor", "running") in SPANISH.kinds_meant(["lavarropas"])
    assert _ar_clause("apagá los veladores").kinds == {("light", None)}
    assert _ar_calls("apagá los veladores") == 'call ::= "none()" | turn-off'
    found = shortlist(AR_HOME, _ar_clause("apagá los veladores"), ["Living"])
    assert {entity.domain for entity in found.entities} == {"light"}


def test_fijate_si_asks() -> None:
    """Said "Fijate si está prendida la luz": a question, nothing changed."""
    clause = _ar_clause("fijate si está prendida la luz del living")
    assert clause.question
    assert _ar_calls("fijate si está prendida la luz del living") == (
        'call ::= "none()" | state'
    )


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("poné el aire del living a veintidós grados y medio", {"22.5"}),
        ("poné el aire del living a 22 grados y medio", {"22.5"}),
        ("subile dos grados y medio al aire del living", {"2.5"}),
        ("subile un grado y medio al aire del living", {"1.5"}),
    ],
)
def test_degrees_and_a_half_are_a_half(text: str, numbers: set[str]) -> None:
    """Said "Veintidós grados y medio": 22.5, never 22 and 50."""
    assert _ar_clause(text).numbers == numbers


def test_turning_a_fan_the_other_way_is_no_swinging() -> None:
    """Said "Ponelo a girar al revés": its direction, never oscillation."""
    calls = _ar_calls("poné el ventilador de la pieza a girar al revés", "Pieza")
    assert "oscillate" not in calls


AN_AREAS: Mapping[str, HomeArea] = {
    "salon": HomeArea("salon", "Salón", (), ()),
    "patio": HomeArea("patio", "Patio", (), ()),
    "cuarto": HomeArea("cuarto", "Cuarto", (), ()),
}
AN_HOME = Home(
    entities=(
        home_entity("light.salon", "Luz del salón", "salon", AN_AREAS),
        home_entity(
            "light.lampara",
            "Lámpara del salón",
            "salon",
            AN_AREAS,
            attributes=_DIMMABLE,
        ),
        home_entity(
            "climate.split",
            "Split salón",
            "salon",
            AN_AREAS,
            attributes={
                "hvac_modes": ["off", "cool", "heat", "fan_only", "dry"],
                "fan_modes": ["auto", "low", "medium", "high"],
                "min_temp": 16,
                "max_temp": 30,
                "supported_features": 1 | 8,
            },
        ),
        home_entity(
            "cover.toldo",
            "Toldo del patio",
            "patio",
            AN_AREAS,
            "awning",
            attributes=_SHUTTER,
        ),
        home_entity(
            "fan.cuarto",
            "Ventilador cuarto",
            "cuarto",
            AN_AREAS,
            attributes={"supported_features": 1 | 2},
        ),
        home_entity("switch.mosquitos", "Antimosquitos", "cuarto", AN_AREAS),
        home_entity(
            "todo.compra",
            "Lista de la compra",
            None,
            AN_AREAS,
            attributes={"supported_features": 1 | 2 | 4},
        ),
    ),
    areas=tuple(AN_AREAS.values()),
)


def _an_found(text: str, satellite: str = "Salón") -> tuple[set[str], str]:
    """Return the devices offered for the words and the grammar's calls."""
    clause = read(text, AN_HOME, SPANISH).clauses[0]
    found = shortlist(AN_HOME, clause, [satellite])
    return {e.entity_id for e in found.entities}, build_grammar(found, clause)


def _an_calls(text: str, satellite: str = "Salón") -> str:
    grammar = _an_found(text, satellite)[1]
    return next(line for line in grammar.splitlines() if line.startswith("call ::="))


@pytest.mark.parametrize(
    "text",
    [
        "pon el aire del salón en solo ventilador",
        "deja el split del salón sólo ventilador",
    ],
)
def test_only_the_fan_of_an_air_conditioner_is_its_fan_only_mode(text: str) -> None:
    """Said "Pon el aire en solo ventilador": fan only, never cooling."""
    grammar = _an_found(text)[1]
    assert _an_calls(text) == 'call ::= "none()" | climate-mode'
    assert '("fan_only")' in grammar
    assert '("cool")' not in grammar


def test_the_fan_of_an_air_conditioner_at_its_most_is_high() -> None:
    """Said "Pon el ventilador del aire al máximo": its fan high; a light's 100 %."""
    grammar = _an_found("pon el ventilador del aire del salón al máximo")[1]
    assert 'climate_fan(" ("Split salón, " ("high")' in grammar
    assert '"100"' in _an_found("pon la lámpara del salón al máximo")[1]


@pytest.mark.parametrize(
    "text",
    [
        "qué oscuro está esto",
        "quillo, qué oscura está la casa",
    ],
)
def test_what_a_dark_room_exclaims_turns_on_its_lights(text: str) -> None:
    """Said "¡Qué oscuro está esto!": the lights of the room, never a question."""
    clause = read(text, AN_HOME, SPANISH).clauses[0]
    assert clause.comfort
    assert not clause.question
    assert "turn-on" in _an_calls(text)


@pytest.mark.parametrize(
    "text",
    [
        "Echa el toldo del patio, que pega el sol que da gusto",
        "échale el toldo al patio, miarma",
    ],
)
def test_echar_the_awning_puts_it_out(text: str) -> None:
    """Said "Echa el toldo" (Andalusia): the awning out, never drawn in."""
    assert _an_calls(text, "Patio") == 'call ::= "none()" | open'
    assert (
        _an_calls("recoge el toldo del patio", "Patio") == 'call ::= "none()" | close'
    )


def test_the_turn_of_a_fan_is_its_swinging() -> None:
    """Said "Ponle el giro al ventilador": it swings; "quítale el giro" stops it."""
    assert "oscillate" in _an_calls("ponle el giro al ventilador del cuarto")
    assert "oscillate-off" in _an_calls("quítale el giro al ventilador del cuarto")


def test_enchufar_turns_on_and_the_plug_is_still_a_plug() -> None:
    """Said "Enchufa el antimosquitos": on; "desenchufa": off; "el enchufe" a plug."""
    assert _an_calls("illo, enchufa el antimosquitos, que nos comen vivos") == (
        'call ::= "none()" | turn-on'
    )
    assert _an_calls("desenchufa el antimosquitos") == 'call ::= "none()" | turn-off'
    assert _clause("apaga el enchufe").kinds >= {("switch", "outlet")}


@pytest.mark.parametrize(
    "text",
    [
        "Quita las cervezas de la lista de la compra, que ya las ha traído Curro",
        "borra el pan de la lista de la compra",
    ],
)
def test_taking_an_item_off_a_list_ticks_it_off(text: str) -> None:
    """Said "Quita las cervezas de la lista": ticked off, never "no device"."""
    offered, grammar = _an_found(text)
    assert offered == {"todo.compra"}
    assert 'call ::= "none()" | todo-complete' in grammar


def test_but_leave_the_lamp_never_turns_the_lamp_off() -> None:
    """Said "Apaga la luz del salón pero deja la lámpara": the lamp is never offered."""
    for text in (
        "apaga la luz del salón pero deja la lámpara",
        "apaga la luz del salón pero no apagues la lámpara",
    ):
        offered, _ = _an_found(text)
        assert "light.lampara" not in offered, text


CL_AREAS: Mapping[str, HomeArea] = {
    "living": HomeArea("living", "Living", (), ()),
    "pieza": HomeArea("pieza", "Pieza", (), ()),
    "cocina": HomeArea("cocina", "Cocina", (), ()),
}
CL_HOME = Home(
    entities=(
        replace(
            home_entity(
                "fan.purificador",
                "Purificador",
                "living",
                CL_AREAS,
                attributes={"supported_features": 1 | 16 | 32},
            ),
            aliases=("purificador de aire",),
        ),
        home_entity(
            "climate.estufa",
            "Estufa living",
            "living",
            CL_AREAS,
            attributes={
                "hvac_modes": ["off", "heat"],
                "min_temp": 10,
                "max_temp": 30,
                "supported_features": 1,
            },
        ),
        home_entity(
            "climate.split",
            "Split pieza",
            "pieza",
            CL_AREAS,
            attributes={
                "hvac_modes": ["off", "cool", "heat"],
                "min_temp": 16,
                "max_temp": 30,
                "supported_features": 1,
            },
        ),
        home_entity("light.living", "Luz living", "living", CL_AREAS),
        home_entity(
            "switch.freidora", "Freidora de aire", "cocina", CL_AREAS, "outlet"
        ),
        home_entity(
            "valve.gas",
            "Llave del gas",
            "cocina",
            CL_AREAS,
            "gas",
            attributes={"supported_features": 1 | 2},
        ),
    ),
    areas=tuple(CL_AREAS.values()),
)


def _cl_found(text: str, satellite: str = "Living") -> tuple[set[str], str]:
    """Return the devices offered for the words and the grammar's calls."""
    clause = read(text, CL_HOME, SPANISH).clauses[0]
    found = shortlist(CL_HOME, clause, [satellite])
    grammar = build_grammar(found, clause)
    calls = next(line for line in grammar.splitlines() if line.startswith("call ::="))
    return {e.entity_id for e in found.entities}, calls


def test_the_air_a_device_works_on_is_no_air_conditioner() -> None:
    """Said "Prende el aire del living" with only a purifier there: nothing offered."""
    assert _cl_found("Prende el aire del living")[0] == set()
    offered = _cl_found("prende el aire", "Cocina")[0]
    assert offered.isdisjoint({"fan.purificador", "switch.freidora"})
    assert _cl_found("prende el aire de la pieza")[0] == {"climate.split"}
    # Each is still called by its own name.
    assert _cl_found("prende el purificador de aire")[0] == {"fan.purificador"}
    assert _cl_found("prende la freidora de aire")[0] == {"switch.freidora"}


@pytest.mark.parametrize(
    "text",
    [
        "Está temblando, cierra la llave del gas al tiro",
        "cierra la llave del gas al toque",
    ],
)
def test_right_away_said_after_al_is_no_value(text: str) -> None:
    """Said "Cierra la llave del gas al tiro" (Chile): closed now, no value asked."""
    assert _cl_found(text) == ({"valve.gas"}, 'call ::= "none()" | close')


def test_right_away_leaves_the_value_said_as_it_is() -> None:
    """Said "Pon el split a veintiuno y medio al tiro": 21.5, never another value."""
    clause = read(
        "pon el split de la pieza a veintiuno y medio al tiro", CL_HOME, SPANISH
    ).clauses[0]
    assert clause.numbers == {"21.5"}
    assert not clause.values().ends


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("Hola, ¿cómo estai?", "¡Hola!"),
        ("¿qué onda?", "¡Hola!"),
        ("Ya, eso sería, chao", "Vale, aquí estaré."),
        ("chau, gracias", "Vale, aquí estaré."),
        ("eso nomás", "Vale, aquí estaré."),
    ],
)
def test_regional_greetings_and_goodbyes_are_answered(text: str, reply: str) -> None:
    """Said "Hola, ¿cómo estai?" (Chile): greeted; "ya, eso sería, chao": seen off."""
    said = closing(text, SPANISH)
    assert said is not None
    assert SPANISH.replies[said] == reply


def test_a_goodbye_with_a_request_is_the_request() -> None:
    """Said "Chao, apaga la luz del living": the light is turned off, no goodbye."""
    assert closing("chao, apaga la luz del living", SPANISH) is None
    assert closing("apaga la luz del living y nada más", SPANISH) is None


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("¿me podí prender la luz del living?", 'call ::= "none()" | turn-on'),
        ("¿podríai apagar la luz del living?", 'call ::= "none()" | turn-off'),
        ("¿me hací el favor de cerrar la llave del gas?", 'call ::= "none()" | close'),
    ],
)
def test_chilean_voseo_asks_politely_for_the_command(text: str, calls: str) -> None:
    """Said "¿Me podí prender la luz?" (Chile): the light on, never only its state."""
    assert _cl_found(text)[1] == calls


def test_chilean_voseo_asks_whether() -> None:
    """Said "Sabí si la luz sigue prendida" (Chile): a question, never a command."""
    clause = read("sabí si la luz del living sigue prendida", CL_HOME, SPANISH).clauses[
        0
    ]
    assert clause.question
    assert not clause.command


def test_the_calefont_is_the_water_heater() -> None:
    """Said "Prende el calefont" (Chile): the water heater; a "Calefont" plug by name."""
    heater = home_entity(
        "water_heater.termo",
        "Termo",
        "cocina",
        CL_AREAS,
        attributes={"operation_list": ["eco", "electric"], "supported_features": 1 | 8},
    )
    plug = home_entity("switch.calefont", "Calefont", "cocina", CL_AREAS, "switch")
    kettle = home_entity("switch.hervidor", "Hervidor", "cocina", CL_AREAS, "switch")
    light = home_entity("light.cocina", "Luz cocina", "cocina", CL_AREAS)
    for entities, meant in (((heater, kettle, light), heater), ((plug, light), plug)):
        home = Home(entities=entities, areas=tuple(CL_AREAS.values()))
        clause = read("prende el calefont", home, SPANISH).clauses[0]
        found = shortlist(home, clause, ["Cocina"])
        assert [e.entity_id for e in found.entities] == [meant.entity_id]
        assert 'call ::= "none()" | turn-on' in build_grammar(found, clause)
