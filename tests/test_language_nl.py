"""Dutch (nl): requests as said to a voice assistant at home, read without a model.

A small Dutch home ("Plafondlamp" in the "Woonkamer", "Keukenlamp" in the "Keuken")
is read with the Dutch table: commands and questions, the kinds and rooms said,
numbers in Dutch words and with a decimal comma, "niet", "alle", the devices kept
for the model, the calls a question may make, and the replies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from string import Formatter
from typing import Any

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, Request, read
from custom_components.llm_home.agent.replies import reply_for, which_one
from custom_components.llm_home.agent.shortlist import leaned_on, shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.codes import take_code
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import ENGLISH, get_language

DUTCH = get_language("nl-BE")
AREAS: Mapping[str, HomeArea] = {
    "woonkamer": HomeArea("woonkamer", "Woonkamer", (), ()),
    "keuken": HomeArea("keuken", "Keuken", (), ()),
    "slaapkamer": HomeArea("slaapkamer", "Slaapkamer", (), ()),
}
_DIMMABLE: Mapping[str, Any] = {"supported_color_modes": ["brightness"]}
HOME = Home(
    entities=(
        home_entity(
            "light.plafondlamp", "Plafondlamp", "woonkamer", AREAS, attributes=_DIMMABLE
        ),
        home_entity(
            "light.keukenlamp", "Keukenlamp", "keuken", AREAS, attributes=_DIMMABLE
        ),
        home_entity("light.nachtlampje", "Nachtlampje", "slaapkamer", AREAS),
        thermostat("climate.thermostaat", "Thermostaat", "woonkamer", AREAS),
        home_entity(
            "cover.rolluik",
            "Rolluik",
            "slaapkamer",
            AREAS,
            "shutter",
            attributes={"supported_features": 1 | 2 | 4 | 8},
        ),
        home_entity("lock.voordeur", "Voordeur", None, AREAS),
        home_entity("lock.achterdeur", "Achterdeur", None, AREAS),
        home_entity(
            "media_player.tv",
            "Televisie",
            "woonkamer",
            AREAS,
            "tv",
            attributes={"supported_features": 4096 | 256 | 128 | 4 | 8 | 1024},
        ),
        home_entity(
            "todo.boodschappen",
            "Boodschappenlijst",
            None,
            AREAS,
            attributes={"supported_features": 1},
        ),
        alarm_panel(AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _request(text: str) -> Request:
    return read(text, HOME, DUTCH)


def _clause(text: str) -> Clause:
    return _request(text).clauses[0]


def _offered(text: str, area: str | None = None) -> set[str]:
    clause = _clause(text)
    found = shortlist(HOME, clause, [area] if area else [])
    return {entity.entity_id for entity in found.entities}


def _calls(text: str) -> str:
    clause = _clause(text)
    return build_grammar(shortlist(HOME, clause), clause)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zet de lamp in de keuken aan", "light"),
        ("Doe het licht uit", "light"),
        ("Schakel de verwarming in", "climate"),
        ("Doe de rolluiken dicht", "cover"),
        ("Sluit de deur af", "lock"),
        ("Kun je de lampen in de slaapkamer aandoen?", "light"),
        ("Wil je de tv uitzetten alsjeblieft", "media_player"),
        ("Mag de verwarming wat hoger?", "climate"),
        ("Zet den tv af", "media_player"),
        ("lampen aan", "light"),
    ],
)
def test_a_command_is_read_in_any_dutch_word_order(text: str, kind: str) -> None:
    """Verb first, a modal with the infinitive last, or no verb at all: a command."""
    clause = _clause(text)
    assert clause.command
    assert not clause.question
    assert (kind, None) in clause.kinds or any(d == kind for d, _ in clause.kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Staat de tv aan?",
        "Is de achterdeur op slot",
        "Brandt het licht in de keuken?",
        "Wat is de temperatuur in de woonkamer?",
        "Welke lampen zijn aan?",
        "Wat staat er op de boodschappenlijst?",
    ],
)
def test_a_question_never_changes_anything(text: str) -> None:
    """Said "Staat de tv aan?": answered from its state, never switched."""
    clause = _clause(text)
    assert clause.question
    assert not clause.command
    grammar = _calls(text)
    assert "state ::=" in grammar
    for change in ("turn-on", "turn-off", "todo-add", "lock", "unlock"):
        assert f"{change} ::=" not in grammar


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("zet de thermostaat op 21,5 graden", "21.5"),
        ("zet de thermostaat op eenentwintig komma vijf", "21.5"),
        ("zet de thermostaat op tweeëntwintig graden", "22"),
        ("zet de thermostaat op drieentwintig", "23"),
        ("zet de keukenlamp op vijfenzeventig procent", "75"),
        ("doe het rolluik half open", "50"),
    ],
)
def test_numbers_are_read_as_dutch_says_them(text: str, number: str) -> None:
    """A decimal comma, number words with the unit first, "half"."""
    request = _request(text)
    assert len(request.clauses) == 1  # the decimal comma splits no command
    assert request.clauses[0].numbers == {number}


def test_a_decimal_said_is_the_value_offered() -> None:
    """Said "21,5 graden": the thermostat may be set to 21.5, never to 21."""
    grammar = _calls("zet de thermostaat op 21,5 graden")
    assert '"21.5"' in grammar
    assert '"21"' not in grammar
    # "een beetje" is no number: a step of its own size, not of one.
    grammar = _calls("maak de keukenlamp een beetje feller")
    assert '"20"' in grammar
    assert '"1"' not in grammar


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Doe de lamp niet aan", True),
        ("Doe de lamp in de slaapkamer niet uit", True),
        ("Zet de verwarming niet hoger", True),
        ("Doe de voordeur niet open", True),
        ("Zet de tv aan, of toch maar niet", True),
        ("Doe de lamp aan", False),
        ("Zet de tv uit als ik niet thuis ben", False),
    ],
)
def test_niet_after_the_object_negates_the_command(text: str, negated: bool) -> None:
    """Said "doe de lamp niet aan" (niet before the particle): nothing is done."""
    assert _request(text).negated is negated


def test_alle_means_every_device_of_the_kind() -> None:
    """Said "Doe alle lampen uit": every light, and no question which one."""
    clause = _clause("Doe alle lampen uit")
    assert clause.every
    assert unnamed_choice(HOME, clause) is None
    assert _offered("Doe alle lampen uit") == {
        "light.plafondlamp",
        "light.keukenlamp",
        "light.nachtlampje",
    }
    assert _clause("Doe beide deuren op slot").every


def test_one_device_of_several_is_asked_about() -> None:
    """Said "Doe de lamp aan" with three lamps and no room: the user is asked."""
    choice = unnamed_choice(HOME, _clause("Doe de lamp aan"))
    assert choice is not None
    kind, entities = choice
    assert kind == "lamp"
    question = which_one(kind, [entity.name for entity in entities], DUTCH)
    assert question == "Welke lamp bedoel je: Plafondlamp, Keukenlamp of Nachtlampje?"
    # The plural is many lamps, not one of them.
    assert unnamed_choice(HOME, _clause("Doe de lampen aan")) is None


def test_a_room_said_picks_its_devices() -> None:
    """Said "in de keuken": the kitchen's lamp only, and only turning it off."""
    text = "Doe het licht in de keuken uit"
    assert _offered(text) == {"light.keukenlamp"}
    grammar = _calls(text)
    assert "turn-off ::=" in grammar
    assert "turn-on ::=" not in grammar
    # The satellite's room stands in for a room not said.
    assert _offered("Doe het licht aan", "Slaapkamer") == {"light.nachtlampje"}


def test_an_opposite_in_the_name_rules_a_device_out() -> None:
    """Said "de voordeur": never the "Achterdeur"."""
    assert _offered("Doe de voordeur op slot") == {"lock.voordeur"}
    assert "lock ::=" in _calls("Doe de voordeur op slot")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Het is hier te donker", ("light", None)),
        ("Ik heb het koud", ("climate", None)),
        ("Het is hier zo benauwd", ("fan", None)),
    ],
)
def test_an_indirect_request_is_a_command(text: str, kind: tuple[str, None]) -> None:
    """Said "Het is hier te donker": the lamps of the room the user is in."""
    clause = _clause(text)
    assert clause.comfort
    assert clause.command
    assert kind in clause.kinds
    assert not _clause("Is het donker buiten?").comfort


def test_the_dark_is_the_satellites_room() -> None:
    """Said "het is te donker" in the bedroom: the bedroom's night light."""
    assert _offered("Het is hier te donker", "Slaapkamer") == {"light.nachtlampje"}


def test_two_commands_in_one_request() -> None:
    """Each target with its own particle, or a second verb after "en dan"."""
    request = _request("Zet de lamp in de keuken aan en de tv uit")
    assert [clause.text for clause in request.clauses] == [
        "Zet de lamp in de keuken aan",
        "zet de tv uit",
    ]
    request = _request("Zet de keukenlamp aan en doe dan de tv uit")
    assert [clause.text for clause in request.clauses] == [
        "Zet de keukenlamp aan",
        "doe dan de tv uit",
    ]
    # "Zet hem op 50 procent" leans on the command before.
    request = _request("Doe de keukenlamp aan en zet hem dan op 50 procent")
    assert request.clauses[1].refers_back
    assert request.clauses[1].numbers == {"50"}


def test_a_list_takes_the_words_said() -> None:
    """Said "zet melk op de boodschappenlijst": adding "melk" is offered."""
    grammar = _calls("zet melk op de boodschappenlijst")
    assert "todo-add ::=" in grammar
    assert '"melk"' in grammar


def test_a_diminutive_is_the_thing_itself() -> None:
    """A diminutive names the thing: "het boodschappenlijstje" is the list."""
    assert _offered("zet melk op het boodschappenlijstje") == {"todo.boodschappen"}
    assert DUTCH.singular("lampjes") == "lamp"
    # One "lampje" is no plural: it stays as said, and names a lamp.
    assert DUTCH.singular("lampje") == "lampje"
    assert DUTCH.kinds_meant(["lampje"]) == {("light", None)}
    assert _offered("doe het nachtlampje aan") == {"light.nachtlampje"}


def test_a_code_is_read_in_dutch_digits() -> None:
    """Said "de code is een twee drie vier": the code 1234, taken out of the words."""
    text, code = take_code(
        "Schakel het alarm uit, de code is een twee drie vier", language=DUTCH
    )
    assert code == "1234"
    assert "twee" not in text
    # A value with its unit is no code.
    assert take_code("zet de keukenlamp op 100 procent", language=DUTCH)[1] is None


@pytest.mark.parametrize(
    ("result", "is_error", "reply"),
    [
        (
            {"action": "turn_on", "targets": ["Keukenlamp"]},
            False,
            "Ik heb Keukenlamp aangezet.",
        ),
        (
            {"action": "turn_off", "targets": ["Keukenlamp", "Plafondlamp", "Tv"]},
            False,
            "Ik heb Keukenlamp, Plafondlamp en Tv uitgezet.",
        ),
        (
            {"action": "volume_step", "targets": ["Televisie"], "value": "-10"},
            False,
            "Ik heb Televisie zachter gezet.",
        ),
        (
            {"action": "todo_add", "targets": ["Boodschappenlijst"], "value": "melk"},
            False,
            "Ik heb melk toegevoegd aan Boodschappenlijst.",
        ),
        (
            {
                "action": "climate_temp",
                "states": [{"name": "Thermostaat", "temperature": 21.0, "unit": "°C"}],
            },
            False,
            "Ik heb Thermostaat op 21 °C gezet.",
        ),
        (
            {
                "action": "state",
                "states": [{"name": "Voordeur", "domain": "lock", "state": "locked"}],
            },
            False,
            "Voordeur is op slot.",
        ),
        (
            {
                "action": "state",
                "states": [
                    {
                        "name": "Raamcontact",
                        "domain": "binary_sensor",
                        "device_class": "window",
                        "state": "on",
                    }
                ],
            },
            False,
            "Raamcontact is open.",
        ),
        (
            {
                "action": "state",
                "states": [
                    {"name": "Boodschappenlijst", "domain": "todo", "items": ["melk"]}
                ],
            },
            False,
            "Er staat 1 item op Boodschappenlijst: melk.",
        ),
        (
            {"error": "unknown_target", "name": "Broodrooster"},
            True,
            "Sorry, ik ken geen apparaat dat Broodrooster heet.",
        ),
    ],
)
def test_replies_are_dutch_sentences(
    result: dict[str, Any], is_error: bool, reply: str
) -> None:
    """Replies name devices without an article and agree with one or several."""
    assert reply_for(result, is_error, DUTCH) == reply


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(template) if field}


def test_every_english_reply_has_a_dutch_one() -> None:
    """Every key of the English replies, errors and states, with the same placeholders."""
    for english, dutch in (
        (ENGLISH.replies, DUTCH.replies),
        (ENGLISH.errors, DUTCH.errors),
    ):
        assert english.keys() <= dutch.keys()
        for key, template in english.items():
            assert _fields(dutch[key]) == _fields(template), key
    assert ENGLISH.state_words.keys() <= DUTCH.state_words.keys()
    assert ENGLISH.binary_states.keys() <= DUTCH.binary_states.keys()
    for name, words in ENGLISH.actions.items():
        action = DUTCH.action(name)
        assert _fields(action.reply) == _fields(words.reply), name
        assert (action.reply_down is None) == (words.reply_down is None), name


def test_a_singular_kind_word_stays_singular() -> None:
    """The plural rules leave singular words as they are and meet their plurals."""
    singular = DUTCH.singular
    for words in (DUTCH.stop_words, DUTCH.opposites.keys(), DUTCH.kind_needs.keys()):
        assert {word for word in words if singular(word) != word} == set()
    for domain in ("light", "switch", "fan", "cover", "lock", "climate"):
        assert {w for w in DUTCH.domain_words[domain] if singular(w) != w} == set()
    plurals = {
        "lampen": "lamp",
        "ramen": "raam",
        "deursloten": "deurslot",
        "thermostaten": "thermostaat",
        "contactdozen": "contactdoos",
        "jaloezieën": "jaloezie",
        "schakelaars": "schakelaar",
        "lampjes": "lamp",
        "screens": "screen",
    }
    assert {plural: singular(plural) for plural in plurals} == plurals


_TV_SOURCES: Mapping[str, Any] = {
    "supported_features": 2048 | 256 | 128,
    "source_list": ["NPO 1", "Netflix", "YouTube"],
}
SHUTTERS = Home(
    entities=(
        *(
            home_entity(
                f"cover.rolluik_{area}",
                f"Rolluik {area}",
                area,
                AREAS,
                "shutter",
                attributes={"supported_features": 1 | 2 | 4 | 8},
            )
            for area in ("slaapkamer", "keuken")
        ),
        home_entity(
            "cover.screen",
            "Screen",
            "woonkamer",
            AREAS,
            "shade",
            attributes={"supported_features": 1 | 2 | 4 | 8},
        ),
        home_entity(
            "media_player.tv",
            "Televisie",
            "woonkamer",
            AREAS,
            "tv",
            attributes=_TV_SOURCES,
        ),
        home_entity(
            "todo.boodschappen",
            "Boodschappenlijst",
            None,
            AREAS,
            attributes={"supported_features": 1 | 2 | 4},
        ),
        home_entity("light.plafondlamp", "Plafondlamp", "woonkamer", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _read_in(home: Home, text: str) -> tuple[Clause, str]:
    clause = read(text, home, DUTCH).clauses[0]
    return clause, build_grammar(shortlist(home, clause), clause)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("zet de thermostaat op twintigeneenhalf", "20.5"),
        ("zet de thermostaat op negentienenhalf", "19.5"),
        ("zet de thermostaat op tweeëntwintigeneenhalf", "22.5"),
        ("zet de verwarming op achttienenhalf graden", "18.5"),
        ("zet de thermostaat anderhalve graad hoger", "1.5"),
    ],
)
def test_a_half_said_in_the_same_word_is_a_half(text: str, number: str) -> None:
    """Said "twintigeneenhalf": 20,5 degrees, never 20 (nor nothing at all)."""
    request = _request(text)
    assert len(request.clauses) == 1
    assert request.clauses[0].numbers == {number}
    assert f'"{number}"' in _calls(text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("doe de rolluiken naar beneden", "close"),
        ("kun je de rolluiken naar beneden doen?", "close"),
        ("doe het screen naar boven", "open"),
    ],
)
def test_naar_beneden_is_a_way_for_a_cover(text: str, action: str) -> None:
    """Said "doe de rolluiken naar beneden": they close, never "the floor below"."""
    clause, grammar = _read_in(SHUTTERS, text)
    assert clause.command
    assert f"{action} ::=" in grammar
    assert unnamed_choice(SHUTTERS, clause) is None  # the plural is every one


@pytest.mark.parametrize(
    "text",
    [
        "ik ga naar boven, doe het licht uit",
        "Daan is naar boven",
        "ik loop even snel naar beneden",
    ],
)
def test_walking_upstairs_moves_no_cover(text: str) -> None:
    """Said "ik ga naar boven": where the speaker goes, no cover is opened."""
    request = read(text, SHUTTERS, DUTCH)
    for clause in request.clauses:
        grammar = build_grammar(shortlist(SHUTTERS, clause), clause)
        assert "open ::=" not in grammar
        assert "close ::=" not in grammar


@pytest.mark.parametrize(
    "text", ["Daan is naar boven", "ik loop even snel naar beneden"]
)
def test_someone_going_downstairs_is_no_request(text: str) -> None:
    """Said "Daan is naar boven": a remark, no command ending on a way to move."""
    clause = read(text, SHUTTERS, DUTCH).clauses[0]
    assert not clause.command


def test_mag_asks_for_a_change() -> None:
    """Said "mag de tv op Netflix?": a request for the source, though asked."""
    clause, grammar = _read_in(SHUTTERS, "mag de tv op Netflix?")
    assert clause.command
    assert not clause.question
    assert "media-source ::=" in grammar
    assert '"Netflix"' in grammar
    # "Mag ik vragen ...": asking leave to ask, still a question.
    clause, grammar = _read_in(SHUTTERS, "mag ik vragen wat er op de tv is?")
    assert clause.question
    assert not clause.command


def test_haal_van_de_lijst_ticks_it_off() -> None:
    """Said "haal de melk van de boodschappenlijst": ticked off, nothing added."""
    for text in (
        "haal de melk van de boodschappenlijst",
        "haal melk van het boodschappenlijstje, die heb ik gehaald",
    ):
        clause, grammar = _read_in(SHUTTERS, text)
        assert clause.command
        assert "todo-complete ::=" in grammar
        assert '"melk"' in grammar
        assert "todo-add ::=" not in grammar


@pytest.mark.parametrize(
    "text",
    [
        "doe alles op slot",
        "we gaan slapen, doe alles maar op slot",
        "vergrendel alles",
    ],
)
def test_op_slot_is_no_lock_named(text: str) -> None:
    """Said "doe alles op slot": every lock, never "Welke vergrendel bedoel je?"."""
    request = _request(text)
    clause = request.clauses[-1]
    assert clause.every
    assert unnamed_choice(HOME, clause) is None
    assert "lock ::=" in _calls(clause.text)
    assert _offered(clause.text) == {"lock.voordeur", "lock.achterdeur"}


NIGHT_LIGHTS = Home(
    entities=(
        home_entity("light.nachtlampje_noor", "Nachtlampje Noor", "slaapkamer", AREAS),
        home_entity("light.nachtlampje_daan", "Nachtlampje Daan", "keuken", AREAS),
        home_entity("light.bedlampje_femke", "Bedlampje Femke", "woonkamer", AREAS),
        home_entity("light.bedlampje_thijs", "Bedlampje Thijs", "woonkamer", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("doe het nachtlampje aan", {"Nachtlampje Noor", "Nachtlampje Daan"}),
        ("doe het bedlampje aan", {"Bedlampje Femke", "Bedlampje Thijs"}),
        ("bedlampje aan", {"Bedlampje Femke", "Bedlampje Thijs"}),
    ],
)
def test_one_diminutive_is_one_device(text: str, asked: set[str]) -> None:
    """Said "het nachtlampje" with two night lights: which one? Never both."""
    clause = read(text, NIGHT_LIGHTS, DUTCH).clauses[0]
    assert not clause.every
    choice = unnamed_choice(NIGHT_LIGHTS, clause)
    assert choice is not None
    assert {entity.name for entity in choice[1]} == asked
    # The plural is every one of them, asked about by nobody.
    plural = read("doe de nachtlampjes aan", NIGHT_LIGHTS, DUTCH).clauses[0]
    assert unnamed_choice(NIGHT_LIGHTS, plural) is None
    # Its name said, the one device.
    named = read("doe het nachtlampje van Noor aan", NIGHT_LIGHTS, DUTCH).clauses[0]
    assert unnamed_choice(NIGHT_LIGHTS, named) is None


AWNING = Home(
    entities=(
        home_entity(
            "cover.zonnescherm",
            "Zonnescherm",
            "woonkamer",
            AREAS,
            "awning",
            attributes={"supported_features": 1 | 2 | 4 | 8},
        ),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "action", "not_offered"),
    [
        ("rol het zonnescherm uit", "open", "close"),
        ("kun je de markies uitrollen?", "open", "close"),
        ("draai het zonnescherm uit", "open", "close"),
        ("rol het zonnescherm in", "close", "open"),
        # Limburg, with a word between: "ff" (even), "weer".
        ("draai de zonnescherm ff uit", "open", "close"),
        ("draai de zonnescherm weer in", "close", "open"),
    ],
)
def test_an_awning_rolled_out_opens(text: str, action: str, not_offered: str) -> None:
    """Said "rol het zonnescherm uit": it opens, never "uit" (off, which closes it)."""
    clause, grammar = _read_in(AWNING, text)
    assert clause.command
    assert f"{action} ::=" in grammar
    assert f"{not_offered} ::=" not in grammar
    assert "turn-off ::=" not in grammar
    assert read("rol het zonnescherm niet uit", AWNING, DUTCH).negated


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("raampje", ("cover", "window")),
        ("dakraampje", ("cover", "window")),
        ("gordijntje", ("cover", "curtain")),
        ("kraantje", ("valve", "water")),
        ("stekkertje", ("switch", None)),
        ("bureaulampje", ("light", None)),
    ],
)
def test_a_diminutive_names_its_kind(word: str, kind: tuple[str, str | None]) -> None:
    """Said "het raampje", "het kraantje": one window, one tap, as said in full."""
    assert DUTCH.singular(word) == word  # one of them, no plural
    parts = DUTCH.parts(word) or (word,)
    assert kind in DUTCH.kinds_meant([parts[-1]])


@pytest.mark.parametrize(
    "text",
    [
        "de voordeur zit toch op slot hè",
        "de voordeur zit op slot, hè",
        "de achterdeur is toch dicht",
    ],
)
def test_a_tag_question_locks_nothing(text: str) -> None:
    """Said "de voordeur zit toch op slot hè": asked, never a request to lock it."""
    clause = _clause(text)
    assert clause.question
    assert not clause.command
    grammar = _calls(text)
    assert "state ::=" in grammar
    assert "lock ::=" not in grammar
    # A command verb first: still the command, with its "toch" and "hè".
    assert "lock ::=" in _calls("doe de voordeur toch maar op slot, hè")
    assert _clause("joh, doe effe het licht uit").command


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("doe de verwarming een half graadje lager, het is hier bloedheet", "-0.5"),
        ("zet de thermostaat een half graadje hoger", "+0.5"),
        ("zet de thermostaat een graadje hoger", "+1"),
    ],
)
def test_a_graadje_is_a_degree(text: str, step: str) -> None:
    """Said "een half graadje lager": a step of 0,5 degrees, never 50 nor nothing."""
    request = _request(text)
    assert request.clauses[0].numbers == {step[1:]}
    grammar = _calls(request.clauses[0].text)
    assert f'("{step[0]}" ("{step[1:]}"))' in grammar


@pytest.mark.parametrize(
    "text",
    [
        "doe de zonwering in, het gaat waaien",
        "haal het zonnescherm in",
        "doe de markies effe in",
    ],
)
def test_an_awning_taken_in_closes(text: str) -> None:
    """Said "doe de zonwering in": rolled in, closed; never opened, never nothing."""
    clause, grammar = _read_in(AWNING, text)
    assert clause.command
    assert "close ::=" in grammar
    assert "open ::=" not in grammar


FANS = Home(
    entities=(
        home_entity(
            "fan.ventilator",
            "Ventilator",
            "slaapkamer",
            AREAS,
            attributes={"supported_features": 1 | 2 | 16 | 32},
        ),
        home_entity(
            "fan.afzuigkap",
            "Afzuigkap",
            "keuken",
            AREAS,
            attributes={"supported_features": 1 | 16 | 32},
        ),
    ),
    areas=tuple(AREAS.values()),
)


def test_heen_en_weer_makes_the_fan_before_swing() -> None:
    """Said "zet de ventilator aan en laat 'm heen en weer gaan": it oscillates."""
    text = "zet de ventilator op de slaapkamer aan en laat 'm heen en weer gaan"
    first, then = read(text, FANS, DUTCH).clauses
    assert "turn-on ::=" in build_grammar(shortlist(FANS, first), first)
    assert then.refers_back
    before = leaned_on(FANS, then, ["Ventilator"])
    assert before is not None
    # As the agent reads it: "'m" is of the kind of the device before.
    then = replace(then, kinds=frozenset({("fan", None)}))
    assert "oscillate ::=" in build_grammar(before, then)
    clause, grammar = _read_in(FANS, "laat de ventilator heen en weer draaien")
    assert "oscillate ::=" in grammar
    assert "weather" not in {domain for domain, _ in clause.kinds}


@pytest.mark.parametrize(
    "text", ["zet de afzuigkap op de hoogste stand", "afzuigkap op het hoogste standje"]
)
def test_the_highest_setting_is_full_speed(text: str) -> None:
    """Said "zet de afzuigkap op de hoogste stand": 100 %, never nothing."""
    clause, grammar = _read_in(FANS, text)
    assert clause.numbers == {"100"}
    assert "fan-speed ::=" in grammar
    assert '"100"' in grammar


def _arm_modes(text: str) -> str:
    request = _request(text)
    assert len(request.clauses) == 1
    clause = request.clauses[0]
    assert ("input_boolean", None) not in clause.kinds  # no "modus" helper
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert "lock ::=" not in grammar
    line = next(x for x in grammar.splitlines() if x.startswith("alarm-arm ::="))
    return line.split(", ", 1)[1]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("zet het alarm aan, we gaan de deur uit", '"away"'),
        ("doe het alarm op thuis", '"home"'),
        ("zet het alarm op afwezig", '"away"'),
        ("zet het alarm aan, we gaan pitten", '"night"'),
    ],
)
def test_the_alarm_mode_is_said_or_remarked(text: str, mode: str) -> None:
    """Said "doe het alarm op thuis", "..., we gaan de deur uit": armed in that mode.

    Leaving the house is why, never a second command about a door.
    """
    modes = _arm_modes(text)
    assert mode in modes
    assert all(m not in modes for m in ('"away"', '"home"', '"night"') if m != mode)


ROBOT = Home(
    entities=(
        home_entity(
            "vacuum.robbie",
            "Robbie",
            "woonkamer",
            AREAS,
            attributes={"supported_features": 1 | 4 | 8 | 16 | 8192},
        ),
        home_entity("light.plafondlamp", "Plafondlamp", "woonkamer", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    "text",
    [
        "Robbie mag aan de slag",
        "de robot kan aan de slag",
        "laat de stofzuiger aan de slag gaan",
    ],
)
def test_aan_de_slag_starts_the_robot(text: str) -> None:
    """Said "Robbie mag aan de slag": the robot starts; nothing is turned on."""
    clause, grammar = _read_in(ROBOT, text)
    assert clause.command
    assert "start ::=" in grammar
    assert "turn-on ::=" not in grammar


LISTS = Home(
    entities=tuple(
        home_entity(
            f"todo.{name.lower()}",
            name,
            None,
            AREAS,
            attributes={"supported_features": 1 | 2 | 4},
        )
        for name in ("Boodschappen", "Klusjes")
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    "text",
    [
        "wat moeten we nog halen bij de Dirk?",
        "wat hebben we nodig?",
        "wat moet ik nog kopen",
    ],
)
def test_what_to_buy_asks_the_shopping_list(text: str) -> None:
    """Said "wat moeten we nog halen bij de Dirk?": the shopping list is read."""
    clause, grammar = _read_in(LISTS, text)
    assert clause.question
    assert not clause.command
    assert {e.entity_id for e in shortlist(LISTS, clause).entities} == {
        "todo.boodschappen"
    }
    assert "state ::=" in grammar
    assert "todo-add ::=" not in grammar
    # A list named "Boodschappenlijst": that one.
    clause, grammar = _read_in(SHUTTERS, text)
    assert clause.question
    assert '"Boodschappenlijst"' in grammar


ROOMS: Mapping[str, HomeArea] = {
    **AREAS,
    "kamer_noa": HomeArea("kamer_noa", "Kamer van Noa", (), ()),
}
CEILINGS = Home(
    entities=(
        home_entity(
            "light.plafondlamp_woonkamer", "Plafondlamp woonkamer", "woonkamer", ROOMS
        ),
        home_entity("light.staande_lamp", "Staande lamp", "woonkamer", ROOMS),
        home_entity(
            "light.plafondlamp_slaapkamer",
            "Plafondlamp slaapkamer",
            "slaapkamer",
            ROOMS,
        ),
        home_entity("light.bedlampje", "Bedlampje", "slaapkamer", ROOMS),
        home_entity("light.lamp_noa", "Lamp Noa", "kamer_noa", ROOMS),
    ),
    areas=tuple(ROOMS.values()),
)


@pytest.mark.parametrize(
    ("text", "area", "meant"),
    [
        (
            "doe het grote licht in de kamer effe uit",
            "slaapkamer",
            {"light.plafondlamp_woonkamer"},
        ),
        ("doe het grote licht uit", "slaapkamer", {"light.plafondlamp_slaapkamer"}),
        ("doe het licht in de kamer van Noa uit", "slaapkamer", {"light.lamp_noa"}),
    ],
)
def test_de_kamer_is_the_living_room(text: str, area: str, meant: set[str]) -> None:
    """Said "het grote licht in de kamer": the living room's ceiling lamp only."""
    clause = read(text, CEILINGS, DUTCH).clauses[0]
    found = shortlist(CEILINGS, clause, [area])
    assert {entity.entity_id for entity in found.entities} == meant
    assert "turn-off ::=" in build_grammar(found, clause)


def test_a_room_called_kamer_is_still_de_kamer() -> None:
    """Said "het licht in de kamer" in a home with a room called "Kamer": that one."""
    rooms = {
        "kamer": HomeArea("kamer", "Kamer", (), ()),
        "keuken": HomeArea("keuken", "Keuken", (), ()),
    }
    home = Home(
        entities=(
            home_entity("light.plafondlamp", "Plafondlamp", "kamer", rooms),
            home_entity("light.keukenlamp", "Keukenlamp", "keuken", rooms),
        ),
        areas=tuple(rooms.values()),
    )
    clause = read("doe het licht in de kamer uit", home, DUTCH).clauses[0]
    found = shortlist(home, clause, ["keuken"])
    assert {entity.entity_id for entity in found.entities} == {"light.plafondlamp"}


LAUNDRY = Home(
    entities=(
        home_entity(
            "sensor.wasmachine_resterende_tijd",
            "Wasmachine resterende tijd",
            "keuken",
            AREAS,
            "duration",
            attributes={"unit_of_measurement": "min"},
        ),
        home_entity("light.keukenlamp", "Keukenlamp", "keuken", AREAS),
    ),
    areas=tuple(AREAS.values()),
)


@pytest.mark.parametrize(
    "text", ["hoe lang moet de was nog?", "hoelang duurt de was nog"]
)
def test_hoe_lang_de_was_asks_the_time_left(text: str) -> None:
    """Said "hoe lang moet de was nog?": the washing machine's time left is read."""
    clause, grammar = _read_in(LAUNDRY, text)
    assert clause.question
    found = shortlist(LAUNDRY, clause, ["keuken"])
    assert {e.entity_id for e in found.entities} == {
        "sensor.wasmachine_resterende_tijd"
    }
    assert "state ::=" in grammar


@pytest.mark.parametrize(
    "text",
    [
        "Noa, tanden poetsen en naar bed!",
        "Daan, ga je tanden poetsen",
        "poets je tanden",
    ],
)
def test_brushing_teeth_starts_no_robot(text: str) -> None:
    """Said to a child, "tanden poetsen" asks nothing of the robot vacuum."""
    for clause in read(text, ROBOT, DUTCH).clauses:
        grammar = build_grammar(shortlist(ROBOT, clause, ["woonkamer"]), clause)
        assert "start ::=" not in grammar
        assert "turn-on ::=" not in grammar


@pytest.mark.parametrize(
    "text", ["hoe warm is het in de woonkamer?", "hoe koud is het in de kamer?"]
)
def test_how_warm_a_room_is_read_from_its_thermostat(text: str) -> None:
    """Said "hoe warm is het in de kamer?": the room's thermostat says it."""
    clause = _clause(text)
    assert clause.question
    assert _offered(text, "slaapkamer") == {"climate.thermostaat"}
    assert "state ::=" in _calls(text)
    # Outside, it is the weather's: never the thermostat inside.
    assert "climate.thermostaat" not in _offered("hoe warm is het buiten?")


@pytest.mark.parametrize(
    "text",
    [
        "ken je effetjes de keukenlamp aandoen?",
        "ewa, doe me keukenlamp eventjes aan",
        "joh, zet ff de keukenlamp aan",
    ],
)
def test_rotterdam_fillers_name_nothing(text: str) -> None:
    """Said "ken je effetjes ...": a request; "ken" and "effetjes" are no names."""
    clause = _clause(text)
    assert clause.command
    assert clause.unknown_said == ()
    assert _offered(text) == {"light.keukenlamp"}


@pytest.mark.parametrize(
    "text",
    [
        "zet de thermostaat een halve graad lager",
        # Flemish: "ne", "nen" are "een".
        "zet de thermostaat ne halve graad lager",
        "zet de thermostaat nen halve graad lager",
    ],
)
def test_een_halve_graad_is_a_step_of_a_half(text: str) -> None:
    """Said in Antwerp: "zet de radiator van Warre ne halve graad lager": 0,5 down."""
    assert '("-" ("0.5"))' in _calls(text)
    assert '"1"' not in _calls(text)


def test_ne_graad_is_one_degree() -> None:
    """Said in Antwerp: "zet het hier ne graad warmer": no word left unknown."""
    clause = _clause("zet de thermostaat ne graad warmer")
    assert not clause.unknown
    assert '("+" ("1"))' in _calls("zet de thermostaat ne graad warmer")
