"""German: the reading, the shortlist, the grammar and the replies on a German home.

Each test reads what a German speaker says to a voice assistant against a small
home with German names, and checks what the user would notice: which devices may
be acted on, which values the model may write, whether a question can change
anything, and how the answer reads. No model is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.closing import closing
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.replies import answer, reply_for, which_one
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.actions import ACTIONS
from custom_components.llm_home.home.calls import parse_calls
from custom_components.llm_home.home.codes import take_code
from custom_components.llm_home.home.floors import DOWN, TOP, storeys
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import ENGLISH, get_language

GERMAN = get_language("de-CH")
AREAS: Mapping[str, HomeArea] = {
    "wohnzimmer": HomeArea("wohnzimmer", "Wohnzimmer", (), ()),
    "kueche": HomeArea("kueche", "Küche", (), ()),
    "schlafzimmer": HomeArea("schlafzimmer", "Schlafzimmer", (), ()),
}
_DIMMABLE = {"supported_color_modes": ["brightness"]}
_SHUTTER = {"supported_features": 1 | 2 | 4 | 8}
HOME = Home(
    entities=(
        home_entity(
            "light.deckenlampe",
            "Deckenlampe",
            "wohnzimmer",
            AREAS,
            attributes=_DIMMABLE,
        ),
        home_entity(
            "light.stehlampe", "Stehlampe", "wohnzimmer", AREAS, attributes=_DIMMABLE
        ),
        home_entity("light.kueche", "Küchenlicht", "kueche", AREAS),
        home_entity("light.gross", "Großes Licht", "schlafzimmer", AREAS),
        home_entity(
            "cover.rollladen_wz",
            "Rollladen Wohnzimmer",
            "wohnzimmer",
            AREAS,
            "shutter",
            attributes=_SHUTTER,
        ),
        home_entity(
            "cover.rollladen_sz",
            "Rollladen Schlafzimmer",
            "schlafzimmer",
            AREAS,
            "shutter",
            attributes=_SHUTTER,
        ),
        thermostat("climate.heizung", "Heizung", "schlafzimmer", AREAS),
        home_entity("media_player.tv", "Fernseher", "wohnzimmer", AREAS, "tv"),
        home_entity("lock.vorne", "Vordere Tür", None, AREAS),
        home_entity("lock.hinten", "Hintere Tür", None, AREAS),
        home_entity(
            "todo.einkauf",
            "Einkaufsliste",
            None,
            AREAS,
            attributes={"supported_features": 1},
        ),
        alarm_panel(AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _clause(text: str) -> Clause:
    request = read(text, HOME, GERMAN)
    assert len(request.clauses) == 1
    return request.clauses[0]


def _offered(text: str, area_names: tuple[str, ...] = ()) -> set[str]:
    return {e.entity_id for e in shortlist(HOME, _clause(text), area_names).entities}


@pytest.mark.parametrize(
    "text",
    [
        "Schalte die Deckenlampe ein",
        "Schalt bitte die Deckenlampe an",
        "Schalten Sie die Deckenlampe ein",
        "Kannst du die Deckenlampe einschalten?",
        "Würdest du bitte die Deckenlampe anmachen",
        "Deckenlampe an",
        "Deckenlampe einschalten, bitte",
        "Deckenlampe auf 40 Prozent",
    ],
)
def test_every_way_of_asking_is_a_command(text: str) -> None:
    """Imperative, polite form, a question with the verb last, or just the state."""
    clause = _clause(text)
    assert clause.command
    assert not clause.question
    assert _offered(text) == {"light.deckenlampe"}


@pytest.mark.parametrize(
    "text",
    [
        "Ist das Licht in der Küche an?",
        "Läuft der Fernseher?",
        "Wie warm ist es im Schlafzimmer?",
        "Welche Lichter sind an?",
        # North German "is" for "ist": "auf" is no command to open.
        "Is irgendwo noch'n Rollladen auf?",
    ],
)
def test_a_question_never_offers_a_change(text: str) -> None:
    """A question is answered from the state: the grammar has no call that acts."""
    request = read(text, HOME, GERMAN)
    assert request.question
    grammar = build_grammar(HOME, request.clauses[0])
    calls = grammar.splitlines()[1]
    assert calls.split(" ::= ")[1].split(" | ") == ['"none()"', "state"]


def test_kinds_areas_and_plurals_are_read() -> None:
    """Nouns name kinds in either number; the area said narrows to its devices."""
    clause = _clause("Kannst du die Rollläden im Wohnzimmer runterfahren?")
    assert clause.kinds == {("cover", "shutter")}
    assert _offered("Kannst du die Rollläden im Wohnzimmer runterfahren?") == {
        "cover.rollladen_wz"
    }
    assert _offered("Mach bitte das Licht in der Küche aus") == {"light.kueche"}
    assert ("climate", None) in _clause("Dreh die Heizung hoch").kinds
    assert _clause("Dreh die Heizung hoch").needs == {("hvac_modes", "heat")}
    assert GERMAN.singular("stehlampen") == "stehlampe"
    assert GERMAN.singular("türschlösser") == "türschloss"
    assert GERMAN.singular("rollläden") == "rollladen"


def test_an_adjective_names_the_device_whatever_its_ending() -> None:
    """Said: "Das große Licht" is the "Großes Licht"; the front door never the back door."""
    assert _offered("Mach das große Licht an") == {"light.gross"}
    assert _offered("Schließ die vordere Tür ab") == {"lock.vorne"}
    assert _offered("Sperr die hintere Tür zu") == {"lock.hinten"}


@pytest.mark.parametrize(
    ("text", "numbers", "end_points"),
    [
        ("Stell die Heizung auf 21,5 Grad", {"21.5"}, {"21.5"}),
        ("Stell die Heizung auf einundzwanzig komma fünf Grad", {"21.5"}, {"21.5"}),
        ("Dimme die Stehlampe auf dreißig Prozent", {"30"}, {"30"}),
        ("Stell die Stehlampe auf siebenundneunzig Prozent", {"97"}, {"97"}),
        ("Fahr den Rollladen Wohnzimmer zur Hälfte runter", {"50"}, set()),
        ("Mach die Heizung um zwei Grad wärmer", {"2"}, set()),
    ],
)
def test_values_are_said_with_a_decimal_comma_and_number_words(
    text: str, numbers: set[str], end_points: set[str]
) -> None:
    """Digits with a comma, number words in one word, fractions; "auf" is where it ends."""
    clause = _clause(text)
    assert clause.numbers == numbers
    assert clause.values().end_points == end_points
    assert not clause.unknown


def test_a_decimal_reaches_the_grammar_and_no_other_value() -> None:
    """Said: "21,5 Grad" may set 21.5 and nothing else; the comma splits no command."""
    clause = _clause("Stell die Heizung auf 21,5 Grad")
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert '("Heizung, " ("21.5"))' in grammar
    assert '"21"' not in grammar
    clause = _clause("Heizung auf 22 Grad")
    assert clause.command
    assert '("Heizung, " ("22"))' in build_grammar(shortlist(HOME, clause), clause)


def test_ein_as_a_particle_says_no_number() -> None:
    """Said: "Schalte das Licht ein" asks for no brightness of 1 %."""
    clause = _clause("Schalte die Stehlampe ein")
    assert clause.numbers == frozenset()
    assert "light-level" not in build_grammar(shortlist(HOME, clause), clause)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Schalte das Licht nicht ein", True),
        ("Schalte das Licht bitte nicht aus", True),
        ("Bitte das Licht nicht einschalten", True),
        ("Öffne die Rollläden nicht", True),
        ("Vergiss nicht, das Licht einzuschalten", False),
        ("Schalte das Licht ein", False),
    ],
)
def test_nicht_after_the_object_negates(text: str, negated: bool) -> None:
    """Said: "Nicht" before the separable particle or the infinitive: nothing is done."""
    assert read(text, HOME, GERMAN).negated is negated


def test_all_means_every_device_of_the_kind() -> None:
    """Said: "Alle Lichter" is every light, and no question which one."""
    clause = _clause("Schalte alle Lichter aus")
    assert clause.every
    assert _offered("Schalte alle Lichter aus") == {
        "light.deckenlampe",
        "light.stehlampe",
        "light.kueche",
        "light.gross",
    }
    assert unnamed_choice(HOME, clause) is None


def test_anywhere_asks_about_every_device_of_the_kind() -> None:
    """Asked: "Ist irgendwo noch ein Licht an?" is about every light, not one."""
    clause = _clause("Ist irgendwo noch ein Licht an?")
    assert clause.question
    assert clause.every


def test_a_lone_kind_asks_which_one() -> None:
    """Said: "Mach die Lampe an" with several lamps asks back, in German."""
    choice = unnamed_choice(HOME, _clause("Mach die Lampe an"))
    assert choice is not None
    kind, entities = choice
    assert kind == "lampe"
    question = which_one(kind, [e.name for e in entities], GERMAN)
    assert question.startswith("Was meinst du mit „lampe“: ")
    assert question.endswith("?")
    assert " oder " in question


def test_two_commands_in_one_request() -> None:
    """Each part says its own state, or a new verb follows "und"/"dann"."""
    request = read(
        "Schalte das Licht in der Küche ein und das Licht im Wohnzimmer aus",
        HOME,
        GERMAN,
    )
    assert [c.text for c in request.clauses] == [
        "Schalte das Licht in der Küche ein",
        "schalte das Licht im Wohnzimmer aus",
    ]
    request = read(
        "Mach den Fernseher aus, dann fahr die Rollläden runter", HOME, GERMAN
    )
    assert len(request.clauses) == 2


def test_an_indirect_request_is_read_as_its_command() -> None:
    """Said: "Mir ist kalt" in the bedroom is the bedroom's heating, made warmer."""
    clause = _clause("Mir ist kalt")
    assert clause.comfort
    assert clause.command
    assert _offered("Mir ist kalt", ("Schlafzimmer",)) == {"climate.heizung"}
    grammar = build_grammar(
        shortlist(HOME, clause, ("Schlafzimmer",)), clause
    ).splitlines()[1]
    assert "climate-step" in grammar


def test_a_list_and_its_item() -> None:
    """Said: "Setz Milch auf die Einkaufsliste": the list, with the item's words."""
    clause = _clause("Setz Milch auf die Einkaufsliste")
    assert _offered("Setz Milch auf die Einkaufsliste") == {"todo.einkauf"}
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert "todo-add" in grammar
    assert '"milch"' in grammar


def test_a_code_said_in_german_is_taken_out() -> None:
    """Digits said as German words after "Code" or "PIN lautet" are the code."""
    assert take_code(
        "Entriegle die vordere Tür mit dem Code eins zwei drei vier", (), GERMAN
    ) == ("Entriegle die vordere Tür mit dem Code <code>", "1234")
    assert take_code(
        "Schalte die Alarmanlage unscharf, die PIN lautet 4711", (), GERMAN
    ) == ("Schalte die Alarmanlage unscharf, die PIN lautet <code>", "4711")
    assert take_code("Stell das Licht auf 100 Prozent", (), GERMAN)[1] is None


def test_replies_read_whatever_the_names_gender() -> None:
    """No article before a name; lists joined with "und"/"oder"."""
    assert (
        reply_for(
            {"action": "turn_on", "targets": ["Stehlampe", "Deckenlampe"]},
            False,
            GERMAN,
        )
        == "Ich habe Stehlampe und Deckenlampe eingeschaltet."
    )
    assert (
        reply_for(
            {"action": "light_level", "targets": ["Stehlampe"], "value": 30},
            False,
            GERMAN,
        )
        == "Ich habe die Helligkeit von Stehlampe auf 30 Prozent gestellt."
    )
    assert (
        reply_for(
            {"action": "volume_step", "targets": ["Fernseher"], "value": "-10"},
            False,
            GERMAN,
        )
        == "Ich habe Fernseher leiser gestellt."
    )
    assert (
        answer({"name": "Haustür", "domain": "lock", "state": "locked"}, GERMAN)
        == "Haustür ist abgeschlossen."
    )
    assert (
        answer(
            {
                "name": "Fenster Bad",
                "domain": "binary_sensor",
                "device_class": "window",
                "state": "on",
            },
            GERMAN,
        )
        == "Fenster Bad ist offen."
    )


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_the_table_has_every_english_reply_and_example() -> None:
    """Every reply, error and state of English, with the same placeholders."""
    for english, german in (
        (ENGLISH.replies, GERMAN.replies),
        (ENGLISH.errors, GERMAN.errors),
    ):
        assert set(german) == set(english)
        for key, template in english.items():
            assert _fields(german[key]) == _fields(template), key
    assert set(GERMAN.binary_states) == set(ENGLISH.binary_states)
    assert set(GERMAN.state_words) >= set(ENGLISH.state_words)
    for action in ACTIONS:
        en, de = ENGLISH.action(action.name), GERMAN.action(action.name)
        assert len(de.examples) == len(action.examples), action.name
        assert _fields(de.reply) == _fields(en.reply), action.name
        assert bool(de.words) == bool(en.words), action.name


def test_every_plural_of_a_kind_word_is_its_singular() -> None:
    """A kind word is its own singular, and its plural reads as it (so "all" is seen)."""
    for words in GERMAN.domain_words.values():
        for word in words - {"türe"}:
            assert GERMAN.singular(word) == word, word
    for word in ("lampen", "lichter", "steckdosen", "ventilatoren", "thermostate"):
        assert GERMAN.kinds_meant([word]), word
        assert GERMAN.singular(word) != word


# A Swiss flat: slatted blinds ("Storen") and an awning ("Sonnenstoren"), a TV with
# apps as sources, a robot with its suction steps, a list of chores.
_SWISS_AREAS: Mapping[str, HomeArea] = {
    "stube": HomeArea("stube", "Stube", (), ("4. Stock",)),
    "balkon": HomeArea("balkon", "Balkon", (), ("4. Stock",)),
    "bad": HomeArea("bad", "Bad", (), ("Dachstock",)),
}
SWISS = Home(
    entities=(
        home_entity("light.stube", "Stubenlicht", "stube", _SWISS_AREAS),
        home_entity("light.bad", "Badlicht", "bad", _SWISS_AREAS),
        *(
            home_entity(
                f"cover.{area}",
                f"Storen {name}",
                area,
                _SWISS_AREAS,
                "blind",
                attributes=_SHUTTER,
            )
            for area, name in (("stube", "Stube"), ("bad", "Bad"))
        ),
        home_entity(
            "cover.sonnenstoren",
            "Sonnenstoren",
            "balkon",
            _SWISS_AREAS,
            "awning",
            attributes=_SHUTTER,
        ),
        thermostat("climate.stube", "Radiator Stube", "stube", _SWISS_AREAS),
        home_entity(
            "media_player.tv",
            "Fernseher",
            "stube",
            _SWISS_AREAS,
            "tv",
            attributes={
                "supported_features": 1 | 4 | 2048 | 16384,
                "source_list": ["Netflix", "Play Suisse"],
            },
        ),
        home_entity(
            "vacuum.robi",
            "Robi",
            "stube",
            _SWISS_AREAS,
            attributes={
                "supported_features": 8 | 32 | 8192,
                "fan_speed_list": ["quiet", "balanced", "turbo", "max"],
            },
        ),
        home_entity(
            "todo.putzplan",
            "Putzplan",
            None,
            _SWISS_AREAS,
            attributes={"supported_features": 1 | 2 | 4},
        ),
    ),
    areas=tuple(_SWISS_AREAS.values()),
)


def _swiss_grammar(text: str) -> str:
    request = read(text, SWISS, GERMAN)
    assert len(request.clauses) == 1
    clause = request.clauses[0]
    return build_grammar(shortlist(SWISS, clause), clause)


def test_swiss_storen_are_the_blinds_never_the_awning() -> None:
    """Said: "Mach alle Storen hoch" opens the blinds; the "Sonnenstoren" stays in."""
    clause = read("Mach alle Storen hoch", SWISS, GERMAN).clauses[0]
    assert {e.entity_id for e in shortlist(SWISS, clause).entities} == {
        "cover.stube",
        "cover.bad",
    }
    assert '"Sonnenstoren"' in _swiss_grammar("Fahr den Sonnenstoren ein")


def test_the_dachstock_is_upstairs() -> None:
    """Said: "oben" in a flat on the "4. Stock" and the "Dachstock" is the attic floor."""
    assert storeys(_SWISS_AREAS.values(), GERMAN) == {
        "stube": DOWN,
        "balkon": DOWN,
        "bad": TOP,
    }


@pytest.mark.parametrize(
    ("text", "action", "never"),
    [
        ("Lösch das Licht in der Stube", "turn-off", "turn-on"),
        ("Lösche bitte das Badlicht", "turn-off", "turn-on"),
        ("Kannst du das Licht im Bad löschen?", "turn-off", "turn-on"),
        ("Licht in der Stube anzünden", "turn-on", "turn-off"),
    ],
)
def test_loeschen_is_off_and_anzuenden_on(text: str, action: str, never: str) -> None:
    """Said in Switzerland and the south: the light is "gelöscht" and "angezündet"."""
    calls = _swiss_grammar(text).splitlines()[1]
    assert action in calls
    assert never not in calls
    assert "state" not in calls


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Stell den Radiator auf einundzwanzigeinhalb Grad", '("21.5")'),
        ("Stell den Radiator auf zwanzigeinhalb Grad", '("20.5")'),
        ("Mach den Radiator eineinhalb Grad wärmer", '("+" ("1.5"))'),
        ("Stell den Radiator ein Grad runter", '("-" ("1"))'),
    ],
)
def test_a_half_and_one_degree_said_in_words(text: str, value: str) -> None:
    """Said: "einundzwanzigeinhalb" is 21,5, never 21; "ein Grad runter" a step of 1.

    "ein" before "Grad" is the number, never the particle that switches it on.
    """
    grammar = _swiss_grammar(text)
    assert value in grammar
    assert "climate-mode" not in grammar
    assert '"21"' not in grammar
    assert '"20"' not in grammar


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("Merci vielmal!", "welcome"),
        ("Danke vielmals", "welcome"),
        ("Hoi zäme", "greeting"),
        ("Sali", "greeting"),
        ("Tschau", "okay"),
        ("Merci, mach das Licht aus", None),
    ],
)
def test_swiss_and_austrian_closings_are_answered(text: str, reply: str | None) -> None:
    """Said: "Merci vielmal!" is thanked for, never a device not found."""
    assert closing(text, GERMAN) == reply


def test_a_source_called_play_is_no_resume() -> None:
    """Said: "Schalt den Fernseher auf Play Suisse" switches the source, never plays."""
    grammar = _swiss_grammar("Schalt den Fernseher auf Play Suisse")
    assert grammar.splitlines()[1] == 'call ::= "none()" | media-source'
    assert '("Play Suisse")' in grammar


def test_a_robots_strongest_step_is_its_max() -> None:
    """Said: "Stell den Robi auf die stärkste Stufe" is its suction at "max"."""
    assert '("Robi, " ("max"))' in _swiss_grammar(
        "Stell den Robi auf die stärkste Stufe"
    )
    assert '("Robi, " ("quiet"))' in _swiss_grammar(
        "Stell den Robi auf die leiseste Stufe"
    )


def test_a_request_that_ends_on_abhaken_is_a_command() -> None:
    """Said: "Kannst du Altpapier auf dem Putzplan abhaken?" asks to tick it off."""
    text = "Kannst du Altpapier auf dem Putzplan abhaken?"
    clause = read(text, SWISS, GERMAN).clauses[0]
    assert clause.command
    assert not clause.question
    assert "todo-complete" in _swiss_grammar(text)


def test_a_station_with_a_decimal_comma_is_that_station() -> None:
    """Said: "Mach mal NDR 90,3 in der Küche an": that station, never "NDR 2"."""
    radio = home_entity(
        "media_player.radio",
        "Küchenradio",
        "kueche",
        AREAS,
        "speaker",
        attributes={
            "supported_features": 1 | 4 | 2048,
            "source_list": ["NDR 90,3", "NDR 2", "N-JOY"],
        },
    )
    home = Home((*HOME.entities, radio), HOME.areas)
    clause = read("Mach mal NDR 90,3 in der Küche an", home, GERMAN).clauses[0]
    grammar = build_grammar(shortlist(home, clause), clause)
    assert '("NDR 90,3")' in grammar
    assert "NDR 2" not in grammar
    (call,) = parse_calls("media_source(Küchenradio, NDR 90,3)")
    assert call.value == "NDR 90,3"


@pytest.mark.parametrize(
    "left_out",
    [
        "aber die Stehlampe nicht",
        "aber die Stehlampe nich",
        # Berlin: "…, nur im Bad nich" had set only the bathroom's heating.
        "nur die Stehlampe nich",
        # Dresden: "…, bloß die Nachttischlampe von der Anja ni" had turned it off.
        "bloß die Stehlampe ni",
        "die Stehlampe nicht",
        "nicht die Stehlampe",
    ],
)
def test_what_a_not_after_the_command_leaves_out_is_left_out(left_out: str) -> None:
    """Said: "Mach alle Lampen im Wohnzimmer aus, aber die Stehlampe nicht" (or "nich")."""
    text = f"Mach alle Lampen im Wohnzimmer aus, {left_out}"
    request = read(text, HOME, GERMAN)
    assert len(request.clauses) == 1
    assert not request.negated
    offered = shortlist(HOME, request.clauses[0]).entities
    assert [e.entity_id for e in offered] == ["light.deckenlampe"]


def test_north_german_nich_is_not() -> None:
    """Said: "Mach das Licht in der Küche nich aus": nothing is switched off."""
    assert read("Mach das Licht in der Küche nich aus", HOME, GERMAN).negated


_OMA: Mapping[str, HomeArea] = {
    "oma": HomeArea("oma", "Omas Zimmer", ("Zimmer Oma",), ()),
    "kueche": HomeArea("kueche", "Küche", (), ()),
    "wohnzimmer": HomeArea("wohnzimmer", "Wohnzimmer", (), ()),
    "buero": HomeArea("buero", "Büro", (), ()),
}
_OMAS_HOME = Home(
    entities=(
        *(
            home_entity(
                f"cover.rollladen_{area}",
                f"Rollladen {name}",
                area,
                _OMA,
                "shutter",
                attributes=_SHUTTER,
            )
            for area, name in (
                ("oma", "Oma"),
                ("kueche", "Küche"),
                ("wohnzimmer", "Wohnzimmer"),
            )
        ),
        home_entity(
            "climate.buero",
            "Heizung Büro",
            "buero",
            _OMA,
            attributes={
                "hvac_modes": ["auto", "heat"],
                "preset_modes": ["none", "boost", "eco", "building_protection"],
                "min_temp": 5,
                "max_temp": 30,
                "supported_features": 1 | 16,
            },
        ),
        home_entity(
            "media_player.radio_oma",
            "Radio Oma",
            "oma",
            _OMA,
            "speaker",
            attributes={
                "source_list": ["Bayern 1", "BR Heimat", "Radio Horeb"],
                "supported_features": 1 | 16384 | 2048,
            },
        ),
    ),
    areas=tuple(_OMA.values()),
)


@pytest.mark.parametrize(
    "text",
    [
        "Mach die Rollläden auf, aber den bei der Oma lass zu, die schläft noch",
        "Mach alle Rollläden auf, außer bei der Oma",
    ],
)
def test_what_is_left_at_omas_stays_as_it_is(text: str) -> None:
    """Left out by a word only Oma's room has, with "lass" said after "aber".

    Read as no exception, "Oma" named the shutter to open (a Munich home's was
    opened while she slept).
    """
    clause = read(text, _OMAS_HOME, GERMAN).clauses[0]
    offered = {e.entity_id for e in shortlist(_OMAS_HOME, clause).entities}
    assert offered == {"cover.rollladen_kueche", "cover.rollladen_wohnzimmer"}


def test_how_the_speaker_feels_is_no_part_of_a_preset_asked_for() -> None:
    """Said "…, ich hab eiskalte Füße" after a boost: the boost, never heating."""
    request = read(
        "Mach im Büro die Heizung auf Boost, ich hab eiskalte Füße",
        _OMAS_HOME,
        GERMAN,
    )
    assert [c.text for c in request.clauses] == ["Mach im Büro die Heizung auf Boost"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "Heizung" names the thermostat: no heating asked for, the boost only.
        ("Mach im Büro die Heizung auf Boost", '"heat"'),
        # "Radio" names the player: no "Radio Horeb" asked for.
        ("Mach bei der Oma das Radio an", "Radio Horeb"),
    ],
)
def test_the_word_of_a_devices_kind_says_none_of_its_values(
    text: str, absent: str
) -> None:
    """A value that only the device's own kind word says is never offered."""
    clause = read(text, _OMAS_HOME, GERMAN).clauses[0]
    grammar = build_grammar(shortlist(_OMAS_HOME, clause), clause)
    assert absent not in grammar
    if "Boost" in text:
        assert '"boost"' in grammar


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A half said in the same word, the heating called "hers".
        ("Dreh ihre Heizung im Büro auf vierundzwanzigeinhalb", '"24.5"'),
        # KNX's frost protection, said as Germans say it.
        ("Stell die Heizung im Büro auf Frostschutz", '"building_protection"'),
    ],
)
def test_a_value_said_the_german_way_is_offered(text: str, value: str) -> None:
    """The value is read, and no word of it is one nobody knows."""
    clause = read(text, _OMAS_HOME, GERMAN).clauses[0]
    assert not clause.unknown
    grammar = build_grammar(shortlist(_OMAS_HOME, clause), clause)
    assert value in grammar


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        # Berlin as typed: "ma", "det", "uff", "allet", "nich".
        ("Mach ma det Küchenlicht aus", "Mach mal das Küchenlicht aus"),
        ("Mach hier ma allet Licht aus", "Mach hier mal alles Licht aus"),
        ("Die Heizung uff neunzehn, bitte", "Die Heizung auf neunzehn, bitte"),
    ],
)
def test_berlin_words_are_read_as_the_standard_ones(text: str, read_as: str) -> None:
    """Said in Berlin, the words are read as their standard German, and command."""
    clause = _clause(text)
    assert clause.text == read_as
    assert clause.command


def test_here_says_the_satellites_room_of_every_light() -> None:
    """Said "Mach hier ma allet Licht aus" in the living room: its lights, no others."""
    here = _offered("Mach hier ma allet Licht aus", ("Wohnzimmer",))
    assert here
    assert here == _offered("Mach alle Lichter im Wohnzimmer aus")
    assert here < _offered("Mach alles Licht aus", ("Wohnzimmer",))
