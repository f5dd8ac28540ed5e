"""French: what a French speaker says to the assistant is read, offered and answered.

Each test reads French words against a small French home and checks what the user
would notice: which devices may be acted on, which values the model may write,
whether a question or a negated command can change anything, and what is said back.
No model is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from string import Formatter

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.closing import closing
from custom_components.llm_home.agent.described import describes_a_device
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.replies import answer, reply_for, which_one
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import ENGLISH, get_language

FR = get_language("fr-FR")
AREAS: Mapping[str, HomeArea] = {
    area_id: HomeArea(area_id, name, (), ())
    for area_id, name in (
        ("salon", "Salon"),
        ("cuisine", "Cuisine"),
        ("chambre", "Chambre"),
    )
}
HOME = Home(
    entities=(
        home_entity(
            "light.salon",
            "Lampe du salon",
            "salon",
            AREAS,
            attributes={"supported_color_modes": ["brightness"]},
        ),
        home_entity("light.cuisine", "Plafonnier", "cuisine", AREAS),
        home_entity(
            "cover.chambre",
            "Volet de la chambre",
            "chambre",
            AREAS,
            "shutter",
            attributes={"supported_features": 15},
        ),
        thermostat("climate.salon", "Thermostat", "salon", AREAS),
        thermostat("climate.clim", "Split", "chambre", AREAS, ("off", "cool", "dry")),
        home_entity("lock.entree", "Porte d'entrée", "salon", AREAS),
        home_entity(
            "media_player.tele",
            "Télé",
            "salon",
            AREAS,
            "tv",
            attributes={"supported_features": 1 | 2 | 4 | 8 | 256 | 1024},
        ),
        home_entity(
            "todo.courses",
            "Courses",
            None,
            AREAS,
            attributes={"supported_features": 1},
        ),
        alarm_panel(AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _clause(text: str) -> Clause:
    return read(text, HOME, FR).clauses[0]


def _offered(text: str, area: str | None = None) -> set[str]:
    clause = _clause(text)
    found = shortlist(HOME, clause, [area] if area else [])
    return {entity.entity_id for entity in found.entities}


def _grammar(text: str) -> str:
    clause = _clause(text)
    return build_grammar(shortlist(HOME, clause), clause)


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(template) if field}


def test_the_table_is_found_for_every_french_speaking_region() -> None:
    """France, Belgium, Switzerland and Québec all get the French table."""
    for code in ("fr", "fr-FR", "fr-BE", "fr_CH", "fr-CA"):
        assert get_language(code) is FR


def test_every_english_sentence_has_a_french_one_with_the_same_blanks() -> None:
    """No reply falls back to English, and each fills the same {placeholders}."""
    for sentences, translated in (
        (ENGLISH.errors, FR.errors),
        (ENGLISH.replies, FR.replies),
    ):
        assert set(sentences) <= set(translated)
        for key, template in sentences.items():
            assert _fields(translated[key]) == _fields(template), key
    assert set(ENGLISH.state_words) <= set(FR.state_words)
    assert set(ENGLISH.binary_states) <= set(FR.binary_states)
    for name, words in ENGLISH.actions.items():
        said = FR.action(name)
        assert bool(said.words) == bool(words.words), name
        assert len(said.examples) == len(words.examples), name
        assert _fields(said.reply) == _fields(words.reply), name
        assert _fields(said.reply_down or "") == _fields(words.reply_down or ""), name
        for example in said.examples:
            assert _fields(example) <= {"target", "value"}, name


@pytest.mark.parametrize(
    "text",
    [
        "Allume la lampe du salon",
        "Allumez la lampe du salon, s'il vous plaît",
        "Peux-tu allumer la lampe du salon ?",
        "Pourriez-vous allumer la lampe du salon",
        "Est-ce que tu peux allumer la lampe du salon",
        "Je veux que tu allumes la lampe du salon",
        "Merci d'allumer la lampe du salon",
        "S'il te plaît, allume la lampe du salon",
        "allume la lampe du salon stp",
    ],
)
def test_a_command_said_politely_or_not_is_a_command(text: str) -> None:
    """Said "Peux-tu allumer la lampe du salon ?" turns on that lamp, and only that."""
    clause = _clause(text)
    assert clause.command
    assert not clause.question
    assert _offered(text) == {"light.salon"}
    grammar = _grammar(text)
    assert '"turn_on("' in grammar
    assert '"turn_off("' not in grammar


def test_a_request_typed_without_accents_is_read() -> None:
    """Typed "eteins la tele" turns off the TV like "éteins la télé"."""
    assert _clause("eteins la tele").command
    assert _offered("eteins la tele") == {"media_player.tele"}
    assert '"turn_off("' in _grammar("eteins la tele")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Est-ce que la porte d'entrée est verrouillée ?", "lock.entree"),
        ("La télé est allumée ?", "media_player.tele"),
        ("Quelle est la température du salon ?", "climate.salon"),
        ("Dis-moi si la porte d'entrée est verrouillée", "lock.entree"),
        ("Tu peux me dire la température du salon ?", "climate.salon"),
        ("Qu'est-ce qu'il y a sur la liste de courses ?", "todo.courses"),
    ],
)
def test_a_question_is_answered_and_never_changes_anything(
    text: str, expected: str
) -> None:
    """Said "La télé est allumée ?" (a statement said rising) is only answered."""
    clause = _clause(text)
    assert clause.question
    assert expected in _offered(text)
    grammar = _grammar(text)
    assert "state ::=" in grammar
    for change in ("turn-on", "turn-off", "unlock", "lock", "todo-add", "climate"):
        assert f"{change} ::=" not in grammar


def test_a_decimal_comma_is_the_value_said() -> None:
    """Said "21,5 degrés" may set 21.5, never 21 or 5."""
    grammar = _grammar("Règle le thermostat à 21,5 degrés")
    assert '"21.5"' in grammar
    assert '"21"' not in grammar
    assert '"5"' not in grammar


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mets le thermostat à vingt-deux virgule cinq", "22.5"),
        ("Mets le thermostat à dix-neuf degrés", "19"),
        ("Règle la lampe du salon à septante pour cent", "70"),
        ("Baisse la lampe du salon à 40 pour cent", "40"),
        ("Monte le son de la télé à fond", "100"),
        ("Ouvre le volet de la chambre à moitié", "50"),
    ],
)
def test_numbers_said_in_words_are_the_values(text: str, number: str) -> None:
    """Said "vingt-deux virgule cinq", "septante" (Belgium) or "à fond": the number."""
    clause = _clause(text)
    assert number in clause.numbers
    assert number in clause.values().end_points
    assert "100" not in clause.numbers - {number}  # "pour cent" says no 100


def test_a_little_louder_is_a_small_step_not_one() -> None:
    """Said "Monte un peu le son": "un" is no number, the step is the usual one."""
    clause = _clause("Monte un peu le son de la télé")
    assert not clause.numbers
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"volume_step("' in grammar
    assert '"+" ("10")' in grammar  # "monte": up


@pytest.mark.parametrize(
    "text",
    [
        "N'allume pas la lumière de la cuisine",
        "Ne déverrouille jamais la porte d'entrée",
        "Ne l'ouvre pas",
        "Allume la lumière de la cuisine, en fait non",
        "Merci de ne pas éteindre la télé",
    ],
)
def test_a_negated_command_does_nothing(text: str) -> None:
    """Said "N'allume pas la lumière", nothing is done."""
    assert read(text, HOME, FR).negated


@pytest.mark.parametrize(
    "text",
    [
        "N'oublie pas d'allumer la lumière de la cuisine",
        "Active le mode ne pas déranger",
    ],
)
def test_a_negation_that_is_no_refusal_still_acts(text: str) -> None:
    """Said "N'oublie pas d'allumer la lumière", the light is turned on."""
    assert not read(text, HOME, FR).negated


@pytest.mark.parametrize(
    "text", ["Éteins toutes les lumières", "Éteins les lumières de la maison"]
)
def test_all_the_lights_means_every_light(text: str) -> None:
    """Said "Éteins toutes les lumières", every light is offered; nothing is asked."""
    clause = _clause(text)
    assert clause.every
    assert unnamed_choice(HOME, clause) is None
    assert _offered(text) == {"light.salon", "light.cuisine"}


def test_two_commands_are_read_one_after_the_other() -> None:
    """Said "Allume la lumière de la cuisine et éteins la télé": two commands."""
    first, second = read(
        "Allume la lumière de la cuisine et éteins la télé", HOME, FR
    ).clauses
    assert {e.entity_id for e in shortlist(HOME, first).entities} == {"light.cuisine"}
    assert {e.entity_id for e in shortlist(HOME, second).entities} == {
        "media_player.tele"
    }
    assert '"turn_off("' in build_grammar(shortlist(HOME, second), second)


def test_an_indirect_request_is_the_command_it_stands_for() -> None:
    """Said "Il fait trop sombre dans la cuisine": its light; "J'ai froid": the heating."""
    clause = _clause("Il fait trop sombre dans la cuisine")
    assert clause.comfort
    assert clause.command
    assert _offered("Il fait trop sombre dans la cuisine") == {"light.cuisine"}
    assert _clause("J'ai froid").comfort
    assert _offered("J'ai froid", "Salon") == {"climate.salon"}


def test_the_heating_is_never_the_air_conditioner() -> None:
    """Said "Allume le chauffage", the thermostat; "Allume la clim", the split."""
    assert _offered("Allume le chauffage") == {"climate.salon"}
    assert _offered("Allume la clim") == {"climate.clim"}


def test_which_one_is_asked_in_french() -> None:
    """Said "Allume la lumière" in a home with two lights, the user is asked which."""
    choice = unnamed_choice(HOME, _clause("Allume la lumière"))
    assert choice is not None
    kind, entities = choice
    question = which_one(kind, [entity.name for entity in entities], FR)
    assert question == (
        "Plusieurs appareils correspondent à « lumière »."
        " Lequel voulez-vous dire : Lampe du salon ou Plafonnier ?"
    )


def test_words_go_on_a_list_only_when_a_list_is_said() -> None:
    """Said "Ajoute du lait à la liste de courses", the milk may go on the list."""
    grammar = _grammar("Ajoute du lait à la liste de courses")
    assert '"todo_add("' in grammar
    assert '"du lait"' in grammar


def test_the_locking_verb_picks_the_lock() -> None:
    """Said "Ferme la porte d'entrée à clé", the door is locked, never unlocked."""
    grammar = _grammar("Ferme la porte d'entrée à clé")
    assert '"lock("' in grammar
    assert '"unlock("' not in grammar


def test_plural_forms_are_read_as_the_singular() -> None:
    """Volets, rideaux and verticaux are plurals; relais and éteins are not."""
    assert FR.singular("volets") == "volet"
    assert FR.singular("rideaux") == "rideau"
    assert FR.singular("verticaux") == "vertical"
    assert FR.singular("relais") == "relais"
    assert FR.singular("éteins") == "éteins"


def test_replies_are_french_and_need_no_gender() -> None:
    """What is done and what a device's state is are said in French."""
    done = {"action": "turn_on", "targets": ["Lampe du salon", "Plafonnier"]}
    assert reply_for(done, False, FR) == "J'ai allumé Lampe du salon et Plafonnier."
    quieter = {"action": "volume_step", "targets": ["Télé"], "value": "-10"}
    assert reply_for(quieter, False, FR) == "J'ai baissé le son sur Télé."
    unknown = {"error": "unknown_target", "name": "Lampe"}
    assert reply_for(unknown, True, FR) == (
        "Désolé, je ne connais aucun appareil nommé Lampe."
    )
    door = {"name": "Porte", "domain": "binary_sensor", "device_class": "door"}
    assert answer({**door, "state": "on"}, FR) == "Porte : ouverte."
    heating = {
        "name": "Thermostat",
        "domain": "climate",
        "state": "heat",
        "current_temperature": 19,
        "temperature": 21,
        "unit": "°C",
    }
    assert answer(heating, FR) == (
        "Thermostat : en chauffage, température actuelle 19 °C, consigne à 21 °C."
    )


def test_every_device_of_a_kind_is_a_french_group() -> None:
    """'Ferme tous les volets' offers 'Tous les volets', not an English 'All'."""
    clause = _clause("Ferme tous les volets")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"Tous les volets"' in grammar
    assert '"All ' not in grammar
    # All the shutters surely mean devices: the model may not answer none().
    assert describes_a_device(shortlist(HOME, clause), clause)


def test_leaving_arms_away() -> None:
    """'Active l'alarme, on s'en va': the home will be empty, so away."""
    clause = _clause("Active l'alarme, on s'en va")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '"away"' in grammar


# A Belgian flat: the boiler's thermostat is called "Chauffage" (after its device,
# "Netatmo", as Home Assistant names it), each bedroom has a radiator valve, the
# terrace an awning, the kitchen a coffee maker's plug.
BE_AREAS: Mapping[str, HomeArea] = {
    area_id: HomeArea(area_id, name, (), ())
    for area_id, name in (
        ("living", "Living"),
        ("cuisine", "Cuisine"),
        ("chambre", "Chambre"),
        ("terrasse", "Terrasse"),
    )
}
BE_HOME = Home(
    entities=(
        replace(
            home_entity(
                "climate.chauffage",
                "Netatmo Chauffage",
                "living",
                BE_AREAS,
                attributes={
                    "hvac_modes": ["off", "heat", "auto"],
                    "preset_modes": ["schedule", "away", "boost"],
                    "min_temp": 7,
                    "max_temp": 30,
                    "supported_features": 1 | 16,
                },
            ),
            own_name="Chauffage",
        ),
        thermostat("climate.chambre", "Radiateur chambre", "chambre", BE_AREAS),
        home_entity(
            "light.living",
            "Plafonnier living",
            "living",
            BE_AREAS,
            attributes={"supported_color_modes": ["hs"]},
        ),
        home_entity("light.chambre", "Plafonnier chambre", "chambre", BE_AREAS),
        home_entity(
            "cover.banne",
            "Store banne",
            "terrasse",
            BE_AREAS,
            "awning",
            attributes={"supported_features": 15},
        ),
        home_entity("switch.cafe", "Cafetière", "cuisine", BE_AREAS, "outlet"),
        home_entity(
            "binary_sensor.fenetre",
            "Fenêtre chambre",
            "chambre",
            BE_AREAS,
            "window",
        ),
    ),
    areas=tuple(BE_AREAS.values()),
)


def _be_clauses(text: str) -> tuple[Clause, ...]:
    return read(text, BE_HOME, FR).clauses


def _be_offered(text: str, area: str | None = None) -> set[str]:
    clause = _be_clauses(text)[0]
    found = shortlist(BE_HOME, clause, [area] if area else [])
    return {entity.entity_id for entity in found.entities}


def _be_grammar(text: str, area: str | None = None) -> str:
    clause = _be_clauses(text)[0]
    return build_grammar(shortlist(BE_HOME, clause, [area] if area else []), clause)


@pytest.mark.parametrize(
    ("text", "expected", "action"),
    [
        ("Tu sais allumer le plafonnier du living ?", "light.living", "turn_on"),
        ("Tu sais mettre le plafonnier du living en mauve ?", "light.living", None),
        ("Vous savez fermer le store banne ?", "cover.banne", "close"),
        ("Tu saurais éteindre la cafetière ?", "switch.cafe", "turn_off"),
    ],
)
def test_belgian_tu_sais_is_a_request_not_a_question(
    text: str, expected: str, action: str | None
) -> None:
    """Said "Tu sais allumer ... ?" (Belgian "can you"), it is done, not answered."""
    clause = _be_clauses(text)[0]
    assert clause.command
    assert not clause.question
    assert _be_offered(text) == {expected}
    grammar = _be_grammar(text)
    assert "state ::=" not in grammar
    if action:
        assert f'"{action}("' in grammar


def test_tu_sais_with_a_half_sets_the_half() -> None:
    """Said "Tu sais mettre ... à dix-neuf et demi ?", 19.5 is set, never 19."""
    clause = _be_clauses(
        "Tu sais mettre le radiateur de la chambre à dix-neuf et demi ?"
    )[0]
    assert clause.command
    assert "19.5" in clause.numbers
    assert "19" not in clause.numbers
    assert '"19.5"' in _be_grammar(
        "Tu sais mettre le radiateur de la chambre à dix-neuf et demi ?"
    )


def test_tu_sais_si_is_still_a_question() -> None:
    """Said "Tu sais si le store banne est ouvert ?", it is only answered."""
    clause = _be_clauses("Tu sais si le store banne est ouvert ?")[0]
    assert clause.question
    assert not clause.command


@pytest.mark.parametrize(
    "text",
    [
        "Allume une fois le plafonnier du living",
        "Ferme une fois le store banne",
        "Éteins le plafonnier du living une fois",
    ],
)
def test_belgian_une_fois_only_softens(text: str) -> None:
    """Said "Allume une fois ...", "une fois" names nothing and asks no number."""
    clause = _be_clauses(text)[0]
    assert clause.command
    assert not clause.numbers
    assert "fois" not in clause.words
    assert len(_be_offered(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Mets le chauffage à vingt et un",
        "Mets le chauffage en mode absent",
        "Monte le chauffage",
    ],
)
def test_the_heating_is_the_device_called_chauffage(text: str) -> None:
    """Said "le chauffage" where the thermostat is called so: it, never a question."""
    clause = _be_clauses(text)[0]
    assert unnamed_choice(BE_HOME, clause) is None
    assert _be_offered(text) == {"climate.chauffage"}


def test_the_heating_of_a_room_is_that_rooms_radiator() -> None:
    """Said "le chauffage de la chambre", the bedroom's radiator."""
    assert _be_offered("Mets le chauffage de la chambre à 19") == {"climate.chambre"}


@pytest.mark.parametrize(
    ("text", "area", "expected"),
    [
        ("Il fait caillant ici", "Chambre", {"climate.chambre"}),
        ("Il fait cru dans la chambre", None, {"climate.chambre"}),
        ("Il fait frette ici", "Chambre", {"climate.chambre"}),
        ("On n'y voit rien ici", "Chambre", {"light.chambre"}),
        ("J'y vois plus rien dans le living", None, {"light.living"}),
    ],
)
def test_regional_ways_of_saying_cold_or_dark(
    text: str, area: str | None, expected: set[str]
) -> None:
    """Said "Il fait caillant" (Belgium) or "On n'y voit rien": warmer, or light."""
    request = read(text, BE_HOME, FR)
    assert not request.negated
    clause = request.clauses[0]
    assert clause.comfort
    assert clause.command
    assert _be_offered(text, area) == expected


@pytest.mark.parametrize(
    ("text", "action", "other"),
    [
        ("Rentre le store banne", "close", "open"),
        ("Sors le store banne", "open", "close"),
        ("Déroule le store banne", "open", "close"),
        ("Il pleut, rentre la tente solaire une fois", "close", "open"),
    ],
)
def test_an_awning_is_let_out_and_taken_in(text: str, action: str, other: str) -> None:
    """Said "rentre la tente solaire" (Belgium), the awning is closed, not opened."""
    assert _be_offered(text) == {"cover.banne"}
    grammar = _be_grammar(text)
    assert f'"{action}("' in grammar
    assert f'"{other}("' not in grammar


def test_en_route_is_on() -> None:
    """Said "Mets la cafetière en route", it is turned on."""
    assert _be_offered("Mets la cafetière en route") == {"switch.cafe"}
    grammar = _be_grammar("Mets la cafetière en route")
    assert '"turn_on("' in grammar
    assert '"turn_off("' not in grammar


def test_what_someone_did_is_a_reason_not_a_target() -> None:
    """Said "Coupe le chauffage de la chambre, elle a ouvert la fenêtre": the radiator."""
    (clause,) = _be_clauses(
        "Coupe le chauffage de la chambre, elle a ouvert la fenêtre"
    )
    assert _be_offered(clause.text) == {"climate.chambre"}
    assert "fenêtre" not in clause.words


@pytest.mark.parametrize(
    "text",
    [
        "Coupe le chauffage de la chambre, y a de la buée partout",
        "Coupe le chauffage de la chambre, ça pèle partout",
    ],
)
def test_il_y_a_said_without_il_is_a_remark(text: str) -> None:
    """Said "…, y a de la buée partout": "partout" there is no "all" of the command."""
    (clause,) = _be_clauses(text)
    assert not clause.every
    assert _be_offered(clause.text) == {"climate.chambre"}


@pytest.mark.parametrize(
    "text",
    [
        "Tu peux l'allumer ?",
        "Peux-tu l’éteindre",
        "Tu sais les fermer ?",
        "Merci de la baisser à 20 %",
    ],
)
def test_it_before_the_infinitive_is_a_request_about_it(text: str) -> None:
    """Said "Tu peux l'allumer ?", it is done to what was said before, not answered."""
    clause = _clause(text)
    assert clause.command
    assert not clause.question
    assert clause.refers_back


def test_what_was_bought_is_ticked_off_the_list() -> None:
    """Said "J'ai acheté le lait, tu sais le barrer de la liste ?": the milk, ticked."""
    courses = home_entity(
        "todo.courses", "Courses", None, AREAS, attributes={"supported_features": 1 | 4}
    )
    home = Home((courses,), HOME.areas)
    (clause,) = read(
        "J'ai acheté du lait, tu sais le barrer de la liste de courses ?", home, FR
    ).clauses
    assert clause.command
    assert "lait" in clause.tokens
    found = shortlist(home, clause)
    assert {e.entity_id for e in found.entities} == {"todo.courses"}
    grammar = build_grammar(found, clause)
    assert '"todo_complete("' in grammar
    assert "state ::=" not in grammar


def test_it_is_the_device_of_the_command_before() -> None:
    """Said "Allume la lampe du salon et tu peux la baisser à 20 %": that lamp."""
    first, second = read(
        "Allume la lampe du salon et tu peux la baisser à 20 %", HOME, FR
    ).clauses
    assert second.command
    assert second.refers_back
    assert not second.kinds  # "la" names no kind: the lamp before is meant
    assert "20" in second.numbers


def test_the_sunrise_is_no_pronoun() -> None:
    """Said "le lever du soleil", "le" is an article: nothing refers back."""
    assert not _clause("Ouvre les volets au lever du soleil").refers_back
    assert not _clause("Quelle heure est le lever du soleil ?").command


@pytest.mark.parametrize(
    ("text", "step", "sign"),
    [
        (
            "Tu sais mettre un degré de plus dans le salon ?",
            "climate-step",
            '"+" ("1")',
        ),
        ("Mets le thermostat deux degrés de plus", "climate-step", '"+" ("2")'),
        ("Mets le son de la télé plus bas", "volume-step", '"-" ("10")'),
        ("Mets le son de la télé un peu plus fort", "volume-step", '"+" ("10")'),
        ("Monte le son de la télé en bas", "volume-step", '"+" ("10")'),
    ],
)
def test_de_plus_is_up_and_plus_bas_down(text: str, step: str, sign: str) -> None:
    """Said "un degré de plus", warmer by one; "plus bas", quieter, never louder."""
    grammar = _grammar(text)
    rule = next(line for line in grammar.splitlines() if line.startswith(f"{step} ::="))
    assert sign in rule


def test_plus_with_a_word_of_down_leaves_the_sign_open() -> None:
    """Said "plus sombre", "plus" is no "brighter": the sign is not forced up."""
    grammar = _grammar("Mets la lampe du salon plus sombre")
    rule = next(r for r in grammar.splitlines() if r.startswith("light-step ::="))
    assert '"+" (' not in rule


def test_belgian_drache_is_rain() -> None:
    """Said "Il drache ?" (it pours down), the rain gauge is read; not the awning."""
    rain = home_entity(
        "sensor.pluie",
        "Pluviomètre",
        "terrasse",
        BE_AREAS,
        "precipitation_intensity",
    )
    home = Home((*BE_HOME.entities, rain), BE_HOME.areas)
    (clause,) = read("Il drache ?", home, FR).clauses
    assert clause.question
    assert {e.entity_id for e in shortlist(home, clause).entities} == {"sensor.pluie"}
    (command,) = read("Rentre le store banne, il drache", home, FR).clauses
    found = shortlist(home, command)
    assert {e.entity_id for e in found.entities} == {"cover.banne"}
    assert '"close("' in build_grammar(found, command)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour, je voudrais que tu allumes la lumière de la cuisine",
            "light.cuisine",
        ),
        ("S'il te plaît, on peut éteindre la télé ?", "media_player.tele"),
    ],
)
def test_i_or_we_after_a_greeting_is_the_request(text: str, expected: str) -> None:
    """Said "Bonjour, je voudrais que tu allumes ...": the request, never a reason."""
    (clause,) = read(text, HOME, FR).clauses
    assert clause.command
    assert expected in _offered(clause.text)


def test_she_after_a_pause_may_still_ask() -> None:
    """Said "Dis, elle est allumée la lampe du salon ?": asked, not left out."""
    (clause,) = read("Dis, elle est allumée la lampe du salon ?", HOME, FR).clauses
    assert clause.question
    assert _offered(clause.text) == {"light.salon"}


def test_brussels_douf_is_stuffy() -> None:
    """Said "Il fait douf ici" (Brussels: stuffy), the room's fan is turned on."""
    fan = home_entity("fan.chambre", "Ventilateur chambre", "chambre", BE_AREAS)
    home = Home((*BE_HOME.entities, fan), BE_HOME.areas)
    (clause,) = read("Il fait douf ici", home, FR).clauses
    assert clause.comfort
    found = shortlist(home, clause, ["Chambre"])
    assert {e.entity_id for e in found.entities} == {"fan.chambre"}
    assert '"turn_on("' in build_grammar(found, clause)


CH_AREAS: Mapping[str, HomeArea] = {
    area_id: HomeArea(area_id, name, (), ())
    for area_id, name in (
        ("cuisine", "Cuisine"),
        ("cave", "Cave"),
        ("sejour", "Séjour"),
    )
}
CH_HOME = Home(
    entities=(
        home_entity("fan.hotte", "Hotte", "cuisine", CH_AREAS),
        home_entity("switch.deshu", "Déshumidificateur cave", "cave", CH_AREAS),
        home_entity(
            "vacuum.robot",
            "Robot aspirateur",
            "sejour",
            CH_AREAS,
            attributes={"supported_features": 8192 | 16 | 1},
        ),
        home_entity(
            "todo.commissions",
            "Commissions",
            None,
            CH_AREAS,
            attributes={"supported_features": 1 | 2 | 4},
        ),
    ),
    areas=tuple(CH_AREAS.values()),
)


def _ch_grammar(text: str) -> tuple[set[str], str]:
    (clause,) = read(text, CH_HOME, FR).clauses
    found = shortlist(CH_HOME, clause)
    return {e.entity_id for e in found.entities}, build_grammar(found, clause)


@pytest.mark.parametrize(
    ("text", "device", "action", "other"),
    [
        ("Enclenche la hotte", "fan.hotte", "turn_on", "turn_off"),
        ("Tu peux enclencher la hotte ?", "fan.hotte", "turn_on", "turn_off"),
        ("Déclenche le déshumidificateur", "switch.deshu", "turn_off", "turn_on"),
        ("Déclenche la hotte", "fan.hotte", "turn_off", "turn_on"),
    ],
)
def test_swiss_enclenche_is_on_and_declenche_off(
    text: str, device: str, action: str, other: str
) -> None:
    """Said "Enclenche la hotte" (Switzerland) it is turned on; "déclenche": off."""
    offered, grammar = _ch_grammar(text)
    assert offered == {device}
    assert f'"{action}("' in grammar
    assert f'"{other}("' not in grammar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merci, ça joue", "welcome"),
        ("Ça joue, merci", "welcome"),
        ("Ça joue", "okay"),
        ("Ça joue quoi à la télé ?", None),
    ],
)
def test_swiss_ca_joue_closes(text: str, expected: str | None) -> None:
    """Said "Merci, ça joue" (Switzerland: that's fine), thanked; never music played."""
    assert closing(text, FR) == expected


def test_swiss_panosse_starts_the_robot() -> None:
    """Said "Passe un coup de panosse avec le robot" (Switzerland: mop), it starts."""
    offered, grammar = _ch_grammar("Passe un coup de panosse avec le robot")
    assert offered == {"vacuum.robot"}
    assert '"start("' in grammar
    assert '"dock("' not in grammar


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris le pain, tu peux l'enlever des commissions ?",
        "Enlève le pain de la liste des commissions",
        "Retire le pain des commissions",
    ],
)
def test_what_was_taken_is_removed_from_the_list(text: str) -> None:
    """Said "tu peux l'enlever des commissions ?", the bread is ticked, not answered."""
    (clause,) = read(text, CH_HOME, FR).clauses
    assert clause.command
    assert not clause.question
    offered, grammar = _ch_grammar(text)
    assert offered == {"todo.commissions"}
    assert '"todo_complete("' in grammar
    assert '"todo_add("' not in grammar
    assert "state ::=" not in grammar


def test_swiss_bise_is_wind_a_reason_to_take_the_awning_in() -> None:
    """Said "Rentre la toile du balcon, y a la bise" (Swiss north wind), it closes."""
    balcon = HomeArea("balcon", "Balcon", (), ())
    toile = home_entity(
        "cover.toile",
        "Toile balcon",
        "balcon",
        {"balcon": balcon},
        "awning",
        attributes={"supported_features": 15},
    )
    home = Home((toile,), (balcon,))
    (clause,) = read("Rentre la toile du balcon, y a la bise", home, FR).clauses
    found = shortlist(home, clause)
    assert {e.entity_id for e in found.entities} == {"cover.toile"}
    grammar = build_grammar(found, clause)
    assert '"close("' in grammar
    assert '"open("' not in grammar


@pytest.mark.parametrize(
    "text", ["Il fait tout sombre ici", "C'est tout noir dans la chambre"]
)
def test_tout_sombre_is_very_dark_not_every_light(text: str) -> None:
    """Said "Il fait tout sombre ici", the room's light is turned on, not all of them."""
    (clause,) = _be_clauses(text)
    assert clause.comfort
    assert "tout" not in clause.tokens
    assert _be_offered(text, "Chambre") == {"light.chambre"}


def test_on_passe_a_table_is_a_reason_not_a_command() -> None:
    """Said "Éteins la télé, on passe à table pour le souper": the TV is turned off."""
    (clause,) = read(
        "Éteins la télé, on passe à table pour le souper", HOME, FR
    ).clauses
    found = shortlist(HOME, clause)
    assert {e.entity_id for e in found.entities} == {"media_player.tele"}
    assert '"turn_off("' in build_grammar(found, clause)


def test_going_to_bed_says_why() -> None:
    """Said "Éteins toutes les lumières, on va se coucher": turned off, not asked."""
    (clause,) = read("Éteins toutes les lumières, on va se coucher", HOME, FR).clauses
    assert not clause.unknown
    found = shortlist(HOME, clause)
    assert {e.entity_id for e in found.entities} == {"light.salon", "light.cuisine"}
    grammar = build_grammar(found, clause)
    assert '"turn_off("' in grammar
    assert '"turn_on("' not in grammar


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # Toulouse: the mode said after "en", a temperature beside it.
        ("Mets le split en froid à 25", "cool"),
        ("Passe le split en déshu", "dry"),
    ],
)
def test_a_mode_said_after_en_is_set(text: str, mode: str) -> None:
    """Said "mets la clim en froid à 25": the cooling mode, with its temperature."""
    assert f'"climate_mode(" ("Split, " ("{mode}")' in _grammar(text)


def test_a_hyphened_pronoun_is_the_device_said_before() -> None:
    """Said "Le volet s'est coincé, mets-le à moitié": "le" is the shutter."""
    request = read("La télé est trop forte, mets-la en pause", HOME, FR)
    clause = request.clauses[0]
    assert clause.refers_back
    assert {e.entity_id for e in shortlist(HOME, clause).entities} == {
        "media_player.tele"
    }


def test_son_before_a_kind_is_whose() -> None:
    """Said "allume son ventilo": her fan, never the TV's sound."""
    areas = {"jade": HomeArea("jade", "Chambre de Jade", ("la petite",), ())}
    home = Home(
        entities=(
            *HOME.entities,
            home_entity("fan.jade", "Ventilateur Jade", "jade", areas),
        ),
        areas=(*HOME.areas, *areas.values()),
    )
    clause = read("La petite a trop chaud, allume son ventilo", home, FR).clauses[0]
    grammar = build_grammar(shortlist(home, clause, ["Chambre de Jade"]), clause)
    assert "volume" not in grammar
    assert '"turn_on("' in grammar
