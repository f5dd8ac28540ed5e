"""Italian: what an Italian speaker says is read, shortlisted, asked about and answered.

A small home with Italian names ("Lampada soffitto", "Soggiorno"); every request is
said as people say it to a voice assistant: informal and formal imperatives, "puoi
...", "mi accendi ...", pronouns joined to the verb, the decimal comma, number
words. No model is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from string import Formatter
from typing import Any

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.items import item_spans
from custom_components.llm_home.agent.reading import Clause, Request, read
from custom_components.llm_home.agent.replies import reply_for, which_one
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.still_to_do import still_to_do
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.codes import CODE_MARKER, take_code
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import ENGLISH, get_language

ITALIAN = get_language("it")
AREAS: Mapping[str, HomeArea] = {
    "soggiorno": HomeArea("soggiorno", "Soggiorno", (), ()),
    "cucina": HomeArea("cucina", "Cucina", (), ()),
    "camera": HomeArea("camera", "Camera da letto", (), ()),
}
_DIMMABLE: Mapping[str, Any] = {"supported_color_modes": ["brightness"]}
THERMOSTAT = thermostat("climate.termostato", "Termostato", "soggiorno", AREAS)
AIRCON = thermostat(
    "climate.split", "Split camera", "camera", AREAS, modes=("off", "cool", "dry")
)
HOME = Home(
    entities=(
        home_entity(
            "light.soffitto",
            "Lampada soffitto",
            "soggiorno",
            AREAS,
            attributes=_DIMMABLE,
        ),
        home_entity(
            "light.cucina", "Luce cucina", "cucina", AREAS, attributes=_DIMMABLE
        ),
        home_entity("light.comodino", "Abat-jour comodino", "camera", AREAS),
        home_entity(
            "cover.tapparella",
            "Tapparella soggiorno",
            "soggiorno",
            AREAS,
            "shutter",
            attributes={"supported_features": 15},
        ),
        home_entity(
            "lock.anteriore",
            "Serratura porta anteriore",
            None,
            AREAS,
            attributes={"supported_features": 0},
        ),
        home_entity(
            "lock.posteriore",
            "Serratura porta posteriore",
            None,
            AREAS,
            attributes={"supported_features": 0},
        ),
        THERMOSTAT,
        AIRCON,
        alarm_panel(AREAS),
        home_entity(
            "todo.spesa", "Spesa", None, AREAS, attributes={"supported_features": 1}
        ),
    ),
    areas=tuple(AREAS.values()),
)


def _request(text: str) -> Request:
    return read(text, HOME, ITALIAN)


def _clause(text: str) -> Clause:
    return _request(text).clauses[0]


def _offered(text: str) -> set[str]:
    return {e.entity_id for e in shortlist(HOME, _clause(text)).entities}


def _calls(text: str) -> str:
    clause = _clause(text)
    grammar = build_grammar(shortlist(HOME, clause), clause)
    return next(line for line in grammar.splitlines() if line.startswith("call ::="))


@pytest.mark.parametrize(
    "text",
    [
        "accendi la luce della cucina",
        "accenda la luce della cucina, per favore",
        "puoi accendere la luce della cucina?",
        "mi accendi la luce in cucina",
        "potresti accendere la luce della cucina",
        "ehi, dai, accendi la luce della cucina",
    ],
)
def test_a_command_in_every_form_is_read(text: str) -> None:
    """Informal, formal and polite requests are commands for the kitchen's light."""
    clause = _clause(text)
    assert clause.command
    assert not clause.question
    assert ("light", None) in clause.kinds
    assert _offered(text) == {"light.cucina"}
    assert "turn-on" in _calls(text)
    assert not clause.unknown


@pytest.mark.parametrize(
    "text",
    [
        "è accesa la luce della cucina?",
        "qual è la temperatura in soggiorno",
        "com'è la temperatura in soggiorno",
        "quanti gradi ci sono in soggiorno",
        "cosa c'è nella lista della spesa",
        "dimmi la temperatura del soggiorno",
    ],
)
def test_a_question_never_changes_anything(text: str) -> None:
    """A question is answered (state), never acted on."""
    clause = _clause(text)
    assert clause.question
    calls = _calls(text)
    assert "state" in calls
    assert "turn-on" not in calls
    assert "todo-add" not in calls


def test_a_decimal_comma_and_number_words_are_the_values_said() -> None:
    """Said "21,5 gradi" or "ventuno virgola cinque" may set 21.5, never 21."""
    for text in (
        "imposta il termostato a 21,5 gradi",
        "metti il termostato a ventuno virgola cinque",
    ):
        request = _request(text)
        assert len(request.clauses) == 1
        clause = request.clauses[0]
        assert clause.numbers == {"21.5"}
        grammar = build_grammar(Home((THERMOSTAT,), ()), clause)
        assert '"21.5"' in grammar
        assert '"21"' not in grammar
    assert _clause("metti il termostato a ventitré").numbers == {"23"}
    assert _clause("alza la tapparella a metà").numbers == {"50"}
    assert _clause("luce cucina al cinquanta per cento").numbers == {"50"}
    assert _clause("metti la luce della cucina al massimo").numbers == {"100"}


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("non accendere la luce della cucina", True),
        ("non la accendere", True),
        ("accendi la luce della cucina, anzi no", True),
        ("spegni la luce della cucina, anzi lascia stare", True),
        ("non dimenticare di accendere la luce", False),
        ("attiva la modalità non disturbare", False),
        ("accendi la luce della cucina", False),
    ],
)
def test_negation(text: str, negated: bool) -> None:
    """A negated command does nothing; "non disturbare" names a mode."""
    assert _request(text).negated is negated


def test_all_and_plurals_mean_every_device_of_the_kind() -> None:
    """Said "tutte le luci", every light; "le luci" is no "which one?"."""
    clause = _clause("spegni tutte le luci")
    assert clause.every
    assert _offered("spegni tutte le luci") == {
        "light.soffitto",
        "light.cucina",
        "light.comodino",
    }
    assert unnamed_choice(HOME, _clause("spegni le luci")) is None
    assert _clause("chiudi tutte le tapparelle").every


def test_a_kind_said_alone_is_asked_about() -> None:
    """Said "accendi la luce" with three lights: which one? In Italian."""
    choice = unnamed_choice(HOME, _clause("accendi la luce"))
    assert choice is not None
    kind, entities = choice
    assert len(entities) == 3
    question = which_one(kind, ["Luce cucina", "Lampada soffitto"], ITALIAN)
    assert question == "Quale luce intendi: Luce cucina o Lampada soffitto?"
    assert unnamed_choice(HOME, _clause("accendi la luce della cucina")) is None


def test_areas_kinds_and_verbs_pick_the_device() -> None:
    """The area said, the kind's words and the verb's domain pick the device."""
    assert _offered("abbassa la tapparella del soggiorno") == {"cover.tapparella"}
    assert "close" in _calls("abbassa la tapparella del soggiorno")
    assert "open" in _calls("tira su la tapparella del soggiorno")
    assert _offered("accendi la lampada in camera da letto") == {"light.comodino"}
    # "Il riscaldamento" heats: never the air conditioner that only cools.
    assert _offered("accendi il riscaldamento") == {THERMOSTAT.entity_id}
    assert _offered("accendi il condizionatore") == {AIRCON.entity_id}
    # "Anteriore" rules out the back door's lock.
    assert _offered("chiudi a chiave la porta anteriore") == {"lock.anteriore"}
    assert "lock" in _calls("chiudi a chiave la porta anteriore")


def test_two_commands_are_read_apart() -> None:
    """Said "accendi ... e spegni ...": two commands, each with its own device."""
    first, second = _request(
        "accendi la luce della cucina e poi spegni la lampada del soffitto"
    ).clauses
    assert first.command and second.command
    assert _calls(first.text).endswith("turn-on")
    assert "turn-off" in _calls(second.text)
    assert _clause("spegnila").refers_back


def test_the_list_and_the_alarm() -> None:
    """Items go on the list said; a mode said picks the alarm's mode."""
    assert "todo-add" in _calls("aggiungi il latte alla lista della spesa")
    clause = _clause("inserisci l'allarme in modalità notte")
    assert "alarm-arm" in _calls("inserisci l'allarme in modalità notte")
    assert clause.command


def test_an_indirect_request_is_read_as_its_command() -> None:
    """Said "fa freddo in soggiorno": warm the living room's heating."""
    clause = _clause("fa freddo in soggiorno")
    assert clause.comfort
    assert clause.command
    assert _offered("fa freddo in soggiorno") == {THERMOSTAT.entity_id}
    assert "climate-step" in _calls("fa freddo in soggiorno")


def test_plurals_become_singular_and_other_words_stay() -> None:
    """Nouns lose their plural; verbs, numbers and invariant nouns stay as said."""
    singular = ITALIAN.singular
    for plural, one in {
        "luci": "luce",
        "lampade": "lampada",
        "termostati": "termostato",
        "tapparelle": "tapparella",
        "ventilatori": "ventilatore",
        "finestre": "finestra",
        "telecamere": "telecamera",
        "allarmi": "allarme",
    }.items():
        assert singular(plural) == one
        assert singular(one) == one
    for word in ("spegni", "accendi", "venti", "tutte", "lavastoviglie", "tv"):
        assert singular(word) == word


def test_a_code_is_taken_out_of_the_words() -> None:
    """Said "codice uno due tre quattro": the code, hidden from the model."""
    text, code = take_code(
        "disinserisci l'allarme, il codice è uno due tre quattro", (), ITALIAN
    )
    assert code == "1234"
    assert CODE_MARKER in text
    assert take_code("imposta la luce al 100 percento", (), ITALIAN)[1] is None


@pytest.mark.parametrize(
    ("result", "is_error", "reply"),
    [
        (
            {"action": "turn_on", "targets": ["Lampada soffitto", "Luce cucina"]},
            False,
            "Ho acceso Lampada soffitto e Luce cucina.",
        ),
        (
            {"action": "volume_step", "targets": ["TV"], "value": "-10"},
            False,
            "Ho abbassato il volume di TV.",
        ),
        (
            {"action": "light_level", "targets": ["Luce cucina"], "value": "80"},
            False,
            "Ho impostato la luminosità di Luce cucina su 80%.",
        ),
        (
            {
                "action": "state",
                "states": [{"name": "Porta", "domain": "lock", "state": "locked"}],
            },
            False,
            "Stato di Porta: chiusa a chiave.",
        ),
        (
            {"error": "unknown_target", "name": "Tostapane"},
            True,
            "Mi dispiace, non conosco nessun dispositivo chiamato Tostapane.",
        ),
    ],
)
def test_replies(result: dict[str, Any], is_error: bool, reply: str) -> None:
    """Replies are Italian sentences, right whatever the device is called."""
    assert reply_for(result, is_error, ITALIAN) == reply


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_every_english_sentence_has_an_italian_one() -> None:
    """Same keys, same placeholders; every action with English words has Italian."""
    assert get_language("it-CH") is ITALIAN
    for english, italian in (
        (ENGLISH.errors, ITALIAN.errors),
        (ENGLISH.replies, ITALIAN.replies),
    ):
        assert set(english) <= set(italian)
        for key, template in english.items():
            assert _fields(italian[key]) == _fields(template), key
    assert set(ENGLISH.state_words) <= set(ITALIAN.state_words)
    assert set(ENGLISH.binary_states) <= set(ITALIAN.binary_states)
    for name, words in ENGLISH.actions.items():
        ours = ITALIAN.action(name)
        assert ours.words, name
        assert len(ours.examples) == len(words.examples), name
        assert _fields(ours.reply) == _fields(words.reply), name
        assert (ours.reply_down is None) == (words.reply_down is None), name


# A Roman villetta: the rooms and devices the regional words below are said of.
ROMAN_AREAS: Mapping[str, HomeArea] = {
    key: HomeArea(key, name, (), ())
    for key, name in (
        ("sala", "Sala"),
        ("taverna", "Taverna"),
        ("camera", "Camera da letto"),
        ("giardino", "Giardino"),
    )
}
_PLAYER: Mapping[str, Any] = {"supported_features": 0xFFFF}
_LIST: Mapping[str, Any] = {"supported_features": 1}
_WATTS: Mapping[str, Any] = {"unit_of_measurement": "W"}
ROMAN_HOME = Home(
    entities=tuple(
        home_entity(entity_id, name, area, ROMAN_AREAS, cls, attributes=attributes)
        for entity_id, name, area, cls, attributes in (
            ("light.taverna", "Luce taverna", "taverna", None, _DIMMABLE),
            ("light.sala", "Lampadario", "sala", None, None),
            ("media_player.tv_sala", "TV sala", "sala", "tv", _PLAYER),
            ("media_player.tv_camera", "TV camera", "camera", "tv", _PLAYER),
            ("switch.pompa", "Pompa pozzo", "giardino", None, None),
            ("switch.presa", "Presa lavatrice", "taverna", None, None),
            ("sensor.consumo", "Contatore casa", None, "power", _WATTS),
            ("todo.spesa", "Lista della spesa", None, None, _LIST),
            ("todo.cose", "Cose da fare", None, None, _LIST),
        )
    ),
    areas=tuple(ROMAN_AREAS.values()),
)


def _roman(text: str) -> tuple[Clause, set[str], str]:
    """Return the clause read in the Roman home, the devices offered, the calls."""
    clause = read(text, ROMAN_HOME, ITALIAN).clauses[0]
    offered = shortlist(ROMAN_HOME, clause)
    grammar = build_grammar(offered, clause)
    calls = next(line for line in grammar.splitlines() if line.startswith("call ::="))
    return clause, {e.entity_id for e in offered.entities}, calls


@pytest.mark.parametrize(
    "text", ["attacca la pompa del pozzo", "attaccami la presa della lavatrice"]
)
def test_attaccare_turns_an_appliance_on(text: str) -> None:
    """Said "attacca la pompa" (central Italy): on, as "stacca" turns it off."""
    clause, offered, calls = _roman(text)
    assert clause.command
    assert len(offered) == 1
    assert offered <= {"switch.pompa", "switch.presa"}
    assert "turn-on" in calls
    assert "turn-off" not in calls


@pytest.mark.parametrize(
    ("text", "tv"),
    [
        ("accendi la tele in sala", "media_player.tv_sala"),
        ("mo' spegni la tele in camera", "media_player.tv_camera"),
        ("dai, metti la tele della sala a dieci", "media_player.tv_sala"),
        ("accendi la tivvù in camera", "media_player.tv_camera"),
    ],
)
def test_la_tele_is_the_tv(text: str, tv: str) -> None:
    """Said "la tele", the TV; the Roman "mo'" (now) before the verb is a filler."""
    clause, offered, calls = _roman(text)
    assert clause.command
    assert ("media_player", "tv") in clause.kinds
    assert offered == {tv}
    assert "none()" in calls
    assert len(calls.split("|")) > 1


@pytest.mark.parametrize(
    "text", ["mo' spegni la luce della cucina", "aò, spegni la luce della cucina"]
)
def test_roman_openers_before_the_verb(text: str) -> None:
    """Said "mo'" (now) or "aò" before the verb: the command is still the verb's."""
    clause = _clause(text)
    assert clause.command
    assert clause.opening == "spegni"
    assert _offered(text) == {"light.cucina"}
    assert "turn-off" in _calls(text)


@pytest.mark.parametrize(
    "text",
    [
        "aò, in taverna non se vede niente",
        "in taverna non si vede nulla",
        "non ci vedo niente in taverna",
    ],
)
def test_not_seeing_anything_turns_the_light_on(text: str) -> None:
    """Said "non se vede niente" of a room: it is dark there, its light goes on."""
    clause, offered, calls = _roman(text)
    assert clause.comfort
    assert not read(text, ROMAN_HOME, ITALIAN).negated
    assert offered == {"light.taverna"}
    assert "turn-on" in calls
    assert "turn-off" not in calls


@pytest.mark.parametrize(
    "text",
    ["aò, che c'è da comprare?", "cosa devo comprare", "che c'è da comprà"],
)
def test_what_to_buy_is_the_shopping_list(text: str) -> None:
    """Said "che c'è da comprare?": the shopping list, never the to-dos."""
    clause, offered, calls = _roman(text)
    assert clause.question
    assert offered == {"todo.spesa"}
    assert "state" in calls
    assert "todo-add" not in calls


def test_ricordami_di_comprare_keeps_its_item() -> None:
    """Said "ricordami di comprare il latte": the item stays as said."""
    clause = read("ricordami di comprare il latte", ROMAN_HOME, ITALIAN).clauses[0]
    assert "comprare il latte" in item_spans(clause)


@pytest.mark.parametrize(
    "text",
    [
        "quanto stiamo consumando adesso",
        "quanto consumiamo in questo momento",
        "quanto stiamo assorbendo",
        "quanto consuma la casa adesso",
    ],
)
def test_how_much_we_are_using_is_the_power_meter(text: str) -> None:
    """Said "quanto stiamo consumando": the power meter, answered from its state."""
    clause, offered, calls = _roman(text)
    assert clause.question
    assert ("sensor", "power") in clause.kinds
    assert offered == {"sensor.consumo"}
    assert "state" in calls


def test_a_place_not_in_the_home_is_said_not_found() -> None:
    """Said "le luci della piscina" without a pool: the reply says it is not found."""
    question = which_one(
        "luci", ["Luce taverna", "Lampadario"], ITALIAN, unknown=["piscina"]
    )
    assert question.startswith("Non trovo «piscina»")
    assert question.endswith("?")


def test_e_buio_is_said_not_asked() -> None:
    """Said "è buio in taverna", the light goes on; asked with "?", it stays a question."""
    clause, offered, calls = _roman("è buio in taverna")
    assert clause.comfort
    assert offered == {"light.taverna"}
    assert "turn-on" in calls
    asked, _, calls = _roman("è buio in taverna?")
    assert asked.question
    assert not asked.comfort
    assert "turn-on" not in calls


# A Neapolitan flat: the rooms and devices the regional words below are said of.
NAPLES_AREAS: Mapping[str, HomeArea] = {
    key: HomeArea(key, name, (), ())
    for key, name in (
        ("salone", "Salone"),
        ("cucina", "Cucina"),
        ("balcone", "Balcone"),
        ("cameretta", "Cameretta"),
    )
}
_SPLIT: Mapping[str, Any] = {
    "hvac_modes": ["off", "cool", "heat", "dry", "fan_only"],
    "fan_modes": ["auto", "low", "medium", "high"],
    "min_temp": 16,
    "max_temp": 30,
    "supported_features": 1 | 8,
}
NAPLES_HOME = Home(
    entities=(
        *(
            home_entity(entity_id, name, area, NAPLES_AREAS, attributes=attributes)
            for entity_id, name, area, attributes in (
                ("light.balcone", "Luce balcone", "balcone", None),
                ("light.cucina", "Luce cucina", "cucina", None),
                ("climate.salone", "Condizionatore salone", "salone", _SPLIT),
                ("climate.cameretta", "Condizionatore cameretta", "cameretta", _SPLIT),
                (
                    "vacuum.robottino",
                    "Robottino",
                    "salone",
                    {"supported_features": 0x3FFF},
                ),
            )
        ),
        alarm_panel(NAPLES_AREAS),
    ),
    areas=tuple(NAPLES_AREAS.values()),
)


def _naples(text: str) -> tuple[Clause, set[str], str]:
    """Return the clause read in the Neapolitan flat, the devices offered, the calls."""
    clause = read(text, NAPLES_HOME, ITALIAN).clauses[0]
    offered = shortlist(NAPLES_HOME, clause)
    grammar = build_grammar(offered, clause)
    calls = next(line for line in grammar.splitlines() if line.startswith("call ::="))
    return clause, {e.entity_id for e in offered.entities}, calls


@pytest.mark.parametrize(
    ("text", "light", "call"),
    [
        ("appicciami la luce fuori al balcone", "light.balcone", "turn-on"),
        ("appiccia la luce della cucina", "light.cucina", "turn-on"),
        ("stuta la luce della cucina", "light.cucina", "turn-off"),
    ],
)
def test_appicciare_and_stutare_light_and_put_out(
    text: str, light: str, call: str
) -> None:
    """Said "appicciami la luce" (Naples): on; "stuta la luce": off. Never a question."""
    clause, offered, calls = _naples(text)
    assert clause.command
    assert not clause.question
    assert offered == {light}
    assert call in calls
    assert "state" not in calls


@pytest.mark.parametrize(
    "text",
    [
        "ferma un attimo il robottino",
        "ferma un momento il robottino",
        "fermalo un attimo, il robottino",
    ],
)
def test_ferma_un_attimo_pauses_never_docks(text: str) -> None:
    """Said "ferma un attimo il robottino": paused, never sent back to its base."""
    _, offered, calls = _naples(text)
    assert offered == {"vacuum.robottino"}
    assert "pause" in calls
    assert "dock" not in calls


def test_a_caricarsi_sends_the_robot_to_its_base() -> None:
    """Said "manda il robot a caricarsi": back to its base to charge."""
    clause, offered, calls = _naples("manda il robot a caricarsi")
    assert not clause.unknown
    assert offered == {"vacuum.robottino"}
    assert "dock" in calls
    asked, _, calls = _naples("quanta carica ha il robottino")
    assert asked.question
    assert "dock" not in calls


def test_togli_l_allarme_is_a_disarm() -> None:
    """Said "togli l'allarme": understood as disarming (then refused, by design)."""
    _, offered, calls = _naples("togli l'allarme")
    assert offered == {"alarm_control_panel.house"}
    assert "alarm-disarm" in calls
    assert "alarm-arm" not in calls


@pytest.mark.parametrize(
    "text", ["che buio qua, non si vede niente", "che freddo in cameretta"]
)
def test_che_buio_is_said_never_asked(text: str) -> None:
    """Said "che buio!" or "che freddo!": a remark on comfort, never a question."""
    clause = read(text, NAPLES_HOME, ITALIAN).clauses[0]
    assert clause.comfort
    assert not clause.question


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("mettimi la ventola del condizionatore del salone al minimo", "low"),
        ("metti la ventola del condizionatore del salone al massimo", "high"),
    ],
)
def test_a_fan_at_its_lowest_is_its_low_mode(text: str, mode: str) -> None:
    """Said "la ventola al minimo": the air conditioner's fan on low, only that."""
    clause, offered, calls = _naples(text)
    assert offered == {"climate.salone"}
    assert "climate-fan" in calls
    grammar = build_grammar(shortlist(NAPLES_HOME, clause), clause)
    fan = next(line for line in grammar.splitlines() if line.startswith("climate-fan"))
    assert f'"{mode}"' in fan
    assert "auto" not in fan


@pytest.mark.parametrize(
    "text", ["uè appicciami la luce della cucina", "uè stuta la luce della cucina"]
)
def test_ue_opens_a_neapolitan_request(text: str) -> None:
    """Said "uè" (hey) before the verb: a filler, never a name not found."""
    clause, offered, _ = _naples(text)
    assert clause.command
    assert not clause.unknown
    assert offered == {"light.cucina"}


def test_grazie_assai_is_thanks() -> None:
    """Said "grazie assai" (Naples: thanks a lot): a thank-you, nothing to find."""
    request = read("grazie assai", NAPLES_HOME, ITALIAN)
    assert not request.clauses[0].unknown
    assert ITALIAN.closings.get("grazie assai") == "welcome"


@pytest.mark.parametrize(
    ("text", "mode", "calls_said"),
    [
        (
            "metti il freddo in cameretta a venticinque gradi",
            "cool",
            "climate-mode-temp",
        ),
        ("accendi il caldo in cameretta", "heat", "climate-mode"),
        # Genoa: "sul caldo" had been "ho caldo", and set the cooling.
        (
            "accendi il condizionatore in cameretta sul caldo a ventidue",
            "heat",
            "climate-mode-temp",
        ),
    ],
)
def test_il_freddo_is_the_cooling_mode(text: str, mode: str, calls_said: str) -> None:
    """Said "metti il freddo a 25 gradi": cooling at 25, never 25 in the mode it has."""
    clause, offered, calls = _naples(text)
    assert offered == {"climate.cameretta"}
    assert calls_said in calls
    grammar = build_grammar(shortlist(NAPLES_HOME, clause), clause)
    modes = next(
        line for line in grammar.splitlines() if line.startswith("climate-mode")
    )
    assert f'"{mode}"' in modes
    assert "climate-step" not in calls


@pytest.mark.parametrize(
    "text",
    [
        "spegni tutte le luci, che andiamo a dormire",
        "spegni tutte le luci che vado a letto",
    ],
)
def test_going_to_bed_is_a_reason_never_a_place_or_mode(text: str) -> None:
    """Said "..., che andiamo a dormire": every light off, never only the bedroom's."""
    clause = _clause(text)
    assert not clause.unknown
    assert _offered(text) == {"light.soffitto", "light.cucina", "light.comodino"}
    assert "turn-off" in _calls(text)


# A Turin flat (an "alloggio"): the rooms and devices the words below are said of.
TURIN_AREAS: Mapping[str, HomeArea] = {
    key: HomeArea(key, name, (), ())
    for key, name in (
        ("corridoio", "Corridoio"),
        ("cameretta", "Cameretta"),
        ("bagno", "Bagno"),
    )
}
TURIN_HOME = Home(
    entities=(
        home_entity("light.corridoio", "Luce corridoio", "corridoio", TURIN_AREAS),
        home_entity(
            "light.cameretta",
            "Luce cameretta",
            "cameretta",
            TURIN_AREAS,
            attributes=_DIMMABLE,
        ),
        replace(
            home_entity(
                "light.lucina",
                "Lucina Sofia",
                "cameretta",
                TURIN_AREAS,
                attributes=_DIMMABLE,
            ),
            aliases=("lucina",),
        ),
        home_entity("light.bagno", "Luce bagno", "bagno", TURIN_AREAS),
        thermostat(
            "climate.termosifone_cameretta",
            "Termosifone cameretta",
            "cameretta",
            TURIN_AREAS,
        ),
        thermostat(
            "climate.termosifone_bagno", "Termosifone bagno", "bagno", TURIN_AREAS
        ),
        home_entity(
            "vacuum.roborock",
            "Roborock",
            "corridoio",
            TURIN_AREAS,
            attributes={"supported_features": 0x3FFF},
        ),
    ),
    areas=tuple(TURIN_AREAS.values()),
)


def _turin(text: str, room: str | None = None) -> tuple[Clause, set[str], str]:
    """Return the first clause read in the Turin flat, the devices offered, the calls.

    `room`: the area of the satellite that heard it.
    """
    clause = read(text, TURIN_HOME, ITALIAN).clauses[0]
    offered = shortlist(TURIN_HOME, clause, [room] if room else [])
    grammar = build_grammar(offered, clause)
    calls = next(line for line in grammar.splitlines() if line.startswith("call ::="))
    return clause, {e.entity_id for e in offered.entities}, calls


@pytest.mark.parametrize(
    "text", ["qui fa un po' freddino, alza di un grado", "alza di un grado"]
)
def test_un_grado_is_a_step_of_one_degree(text: str) -> None:
    """Said "alza di un grado" where a light is too: the heating, never the light."""
    clause, offered, calls = _turin(text, "Cameretta")
    assert clause.numbers == {"1"}
    assert "climate.termosifone_cameretta" in offered
    assert "climate-step" in calls
    assert "light-step" not in calls


@pytest.mark.parametrize(
    "text", ["fa un po' freddino in cameretta", "che freschino in cameretta"]
)
def test_freddino_is_cold(text: str) -> None:
    """Said "fa un po' freddino" (chilly): the heating goes up, as for "freddo"."""
    clause, offered, calls = _turin(text)
    assert clause.comfort
    assert not clause.question
    assert offered == {"climate.termosifone_cameretta"}
    assert "light" not in calls


@pytest.mark.parametrize(
    "text",
    [
        "spegni la luce grande e lascia solo la lucina",
        "spegni le luci e lascia accesa la lucina",
        "spegni la luce e tieni accesa la lucina",
    ],
)
def test_e_lascia_leaves_a_device_as_it_is(text: str) -> None:
    """Said "spegni la luce grande e lascia solo la lucina": the night light stays on."""
    request = read(text, TURIN_HOME, ITALIAN)
    assert len(request.clauses) == 1
    _, offered, calls = _turin(text, "Cameretta")
    assert offered == {"light.cameretta"}
    assert "turn-off" in calls


def test_grande_is_no_plural() -> None:
    """Said "la luce grande": the word "grande", never "granda"; "grandi" its plural."""
    assert ITALIAN.singular("grande") == "grande"
    assert ITALIAN.singular("grandi") == "grande"


@pytest.mark.parametrize(
    "text", ["in corridoio non si vede un tubo", "non ci vedo un tubo in corridoio"]
)
def test_non_si_vede_un_tubo_is_too_dark(text: str) -> None:
    """Said "non si vede un tubo" (not a thing to be seen): the corridor's light on."""
    clause, offered, calls = _turin(text)
    assert clause.comfort
    assert offered == {"light.corridoio"}
    assert "turn-on" in calls
    assert "turn-off" not in calls


def test_rimetti_in_carica_sends_the_robot_to_its_base() -> None:
    """Said "rimetti il robot in carica": back to its base, never a question."""
    clause, offered, calls = _turin("rimetti il robot in carica")
    assert clause.command
    assert not clause.unknown
    assert offered == {"vacuum.roborock"}
    assert "dock" in calls
    asked, _, calls = _turin("il robot è in carica?")
    assert asked.question
    assert "dock" not in calls
    # Heard without "?", it still only says how the robot is.
    _, _, calls = _turin("il robot è in carica")
    assert "dock" not in calls


@pytest.mark.parametrize(
    "text", ["spegni tutte le luci dell'alloggio", "spegni la luce del bagno, neh"]
)
def test_turin_alloggio_and_neh_are_understood(text: str) -> None:
    """Said "l'alloggio" (Turin: the flat) or "neh": nothing unknown to ask about."""
    clause, offered, calls = _turin(text)
    assert clause.command
    assert not clause.unknown
    assert "light.bagno" in offered
    assert "turn-off" in calls


@pytest.mark.parametrize(
    "text",
    [
        "la porta anteriore è chiusa a chiave",
        "la serratura della porta anteriore è ancora a chiave",
    ],
)
def test_a_door_said_locked_is_never_locked(text: str) -> None:
    """Said "la porta è chiusa a chiave" (a question, heard without "?"): never locked."""
    calls = _calls(text)
    assert "lock" not in calls.replace("unlock", "")
    assert "state" in calls
    for command in (
        "chiudi a chiave la porta anteriore",
        "puoi chiudere a chiave la porta anteriore",
        "blocca la porta anteriore",
    ):
        assert "lock" in _calls(command)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("alza il termosifone del bagno di un grado e mezzo", "1.5"),
        ("abbassa il termosifone del bagno di due gradi e mezzo", "2.5"),
        ("metti il termosifone del bagno a ventuno gradi e mezzo", "21.5"),
        ("metti il termosifone del bagno a ventuno e mezzo", "21.5"),
    ],
)
def test_gradi_e_mezzo_is_half_a_degree_more(text: str, number: str) -> None:
    """Said "due gradi e mezzo": 2,5 degrees, never 2 nor "mezzo" (50 %)."""
    clause, offered, _ = _turin(text)
    assert offered == {"climate.termosifone_bagno"}
    assert clause.numbers == {number}


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        # Palermo: "astuta" puts out, "addruma" lights, "u"/"do" are "il"/"del".
        ("astuta u termostato", "astuta il termostato"),
        (
            "addruma a luce da cucina e macari l'abat-jour",
            "addruma a luce da cucina e anche l'abat-jour",
        ),
    ],
)
def test_palermo_words_command(text: str, read_as: str) -> None:
    """Said in Palermo, the request is a command on the device named."""
    clause = _clause(text)
    assert clause.command
    assert clause.text == read_as


def test_a_parte_leaves_one_out() -> None:
    """Said "spegni tutte le luci, a parte quella da cucina": the kitchen's stays on."""
    offered = _offered("spegni tutte le luci, a parte quella da cucina")
    assert offered
    assert not any("cucina" in entity_id for entity_id in offered)


def test_la_canzone_dopo_is_the_next_one() -> None:
    """Said (Genoa) "passa alla canzone dopo": the next track, of the player playing.

    It had asked which of three players, one of them playing.
    """
    clause = read("passa alla canzone dopo", ROMAN_HOME, ITALIAN).clauses[0]
    players = [e for e in ROMAN_HOME.entities if e.domain == "media_player"]
    states = {"media_player.tv_sala": "playing", "media_player.tv_camera": "on"}
    left = still_to_do(players, clause, states.get)
    assert [e.entity_id for e in left] == ["media_player.tv_sala"]
