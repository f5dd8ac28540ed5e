"""What every language shares: words for values, phrases, decimal commas, question marks.

Each table says how its language names values and which words said together mean one
thing; the reading applies the same rules to all of them. Checked on one small home
with names in each language, as a user would notice it: the values the model may
write, what is offered for a question, what a reply says. No model is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from homeassistant.components.media_player.const import MediaPlayerEntityFeature

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import Clause, read
from custom_components.llm_home.agent.replies import reply_for
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.actions import action_named
from custom_components.llm_home.home.capabilities import targets_for
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import LANGUAGES, Language, get_language

AREAS: Mapping[str, HomeArea] = {
    "kitchen": HomeArea("kitchen", "Küche", ("Cocina", "Cucina", "Keuken"), ()),
    "living": HomeArea("living", "Wohnzimmer", ("Salon", "Woonkamer"), ()),
}
_COLOUR = {"supported_color_modes": ["hs"]}
_PLAYS = int(MediaPlayerEntityFeature.PAUSE | MediaPlayerEntityFeature.PLAY)
HOME = Home(
    entities=(
        home_entity("light.lamp", "Lampe", "living", AREAS, attributes=_COLOUR),
        home_entity("light.kitchen", "Luz", "kitchen", AREAS, attributes=_COLOUR),
        thermostat("climate.heat", "Heizung", "living", AREAS),
        home_entity(
            "media_player.speaker",
            "Casse",
            "kitchen",
            AREAS,
            "speaker",
            attributes={"supported_features": _PLAYS},
        ),
        home_entity("lock.front", "Slim slot", None, AREAS),
        home_entity("lock.nuki", "Nuki", None, AREAS),
        home_entity(
            "media_player.outdoor",
            "Außenlautsprecher",
            None,
            AREAS,
            "speaker",
            attributes={
                "supported_features": _PLAYS
                | MediaPlayerEntityFeature.NEXT_TRACK
                | MediaPlayerEntityFeature.PREVIOUS_TRACK
            },
        ),
        home_entity(
            "cover.velux",
            "Velux",
            "living",
            AREAS,
            "window",
            attributes={"supported_features": 1 | 2 | 4},
        ),
    ),
    areas=tuple(AREAS.values()),
)


def _clause(text: str, language: Language) -> Clause:
    (clause,) = read(text, HOME, language).clauses
    return clause


def _calls(text: str, code: str) -> str:
    clause = _clause(text, get_language(code))
    return build_grammar(shortlist(HOME, clause), clause)


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        ("de", "Mach die Lampe im Wohnzimmer blau", "blue"),
        ("fr", "Mets la lampe du salon en rouge", "red"),
        ("es", "Pon la luz de la cocina en verde", "green"),
        ("it", "Metti la luce della cucina gialla", "yellow"),
        ("nl", "Maak de lamp in de woonkamer paars", "purple"),
    ],
)
def test_a_colour_said_in_the_language_is_the_value_offered(
    code: str, text: str, value: str
) -> None:
    """The table's word for a colour is the call's own value; no other colour."""
    grammar = _calls(text, code)
    assert f'"{value}"' in grammar
    assert '"white"' not in grammar


def test_a_mode_said_in_german_picks_that_mode() -> None:
    """Said: "Heizen" is the heat mode, and only the modes said are offered."""
    grammar = _calls("Stell die Heizung auf Heizen", "de")
    assert '"heat"' in grammar
    assert '"cool"' not in grammar


def test_a_reply_says_the_value_in_the_language() -> None:
    """The call writes "blue"; the German reply says "blau"."""
    said = reply_for(
        {"action": "light_color", "targets": ["Lampe"], "value": "blue", "states": []},
        False,
        get_language("de"),
    )
    assert "blau" in said
    assert "blue" not in said


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("it", "Togli la pausa alle casse della cucina"),
        ("es", "Quita la pausa a la música de la cocina"),
        ("nl", "Haal de muziek in de keuken van pauze"),
        ("zh", "取消暂停厨房的音乐"),
    ],
)
def test_undoing_a_pause_resumes_and_never_pauses(code: str, text: str) -> None:
    """The phrase for "take off pause" is read as resume: pause is never offered."""
    grammar = _calls(text, code)
    assert "resume" in grammar
    assert "pause ::=" not in grammar and '"pause(' not in grammar


def test_unlocking_a_lock_called_slot_never_offers_locking() -> None:
    """Dutch "slot" is the lock itself: "Ontgrendel slim slot" is no lock command."""
    grammar = _calls("Ontgrendel slim slot", "nl")
    assert '"lock(' not in grammar
    assert "unlock" in grammar


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Stell die Heizung auf 21,5 Grad"),
        ("es", "Pon la calefacción a 21.5 grados"),
        ("fr", "Règle le chauffage à 21,5 degrés"),
    ],
)
def test_a_decimal_comma_is_one_value_and_no_pause(code: str, text: str) -> None:
    """Said: "21,5" is one command with 21.5 (and "21.5" in a comma language too)."""
    (clause,) = read(text, HOME, get_language(code)).clauses
    assert "21.5" in clause.values([]).numbers
    assert "21" not in clause.values([]).numbers


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "¿La luz de la cocina está encendida?"),
        ("it", "la luce della cucina è accesa?"),
        ("de", "Die Lampe im Wohnzimmer ist an?"),
    ],
)
def test_a_question_mark_asks_whatever_the_order(code: str, text: str) -> None:
    """A yes/no question in statement order changes nothing."""
    clause = _clause(text, get_language(code))
    assert clause.question
    grammar = build_grammar(shortlist(HOME, clause), clause)
    assert "turn-on" not in grammar and "turn_on" not in grammar


@pytest.mark.parametrize(
    ("code", "text", "offered"),
    [
        ("nl", "Doe alle lampen uit, de keuken niet", "light.lamp"),
        ("nl", "Doe alle lampen uit, niet in de keuken", "light.lamp"),
        ("es", "Apaga todas las luces, la cocina no", "light.lamp"),
        ("fr", "Éteins toutes les lumières, pas le salon", "light.kitchen"),
        ("it", "Spegni tutte le luci, la cucina no", "light.lamp"),
    ],
)
def test_not_said_after_a_pause_leaves_a_room_out(
    code: str, text: str, offered: str
) -> None:
    """Said: "…, de keuken niet": every light but the kitchen's, nothing taken back."""
    request = read(text, HOME, get_language(code))
    assert not request.negated
    (clause,) = request.clauses
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == [offered]


def test_meno_quella_leaves_a_room_out() -> None:
    """Said (Tuscany) "Spegni tutte le luci, meno quella della cucina": the lamp only."""
    italian = get_language("it")
    (clause,) = read(
        "Spegni tutte le luci, meno quella della cucina", HOME, italian
    ).clauses
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == ["light.lamp"]


def test_no_said_alone_before_a_comma_negates_nothing() -> None:
    """Said: "No, apaga la luz de la cocina" answers the question before: it is done."""
    spanish = get_language("es")
    assert not read("No, apaga la luz de la cocina", HOME, spanish).negated
    assert read("No apagues la luz de la cocina", HOME, spanish).negated


@pytest.mark.parametrize(
    ("code", "text", "number"),
    [
        ("es", "Pon la luz de la cocina al treinta y cinco por ciento", "35"),
        ("fr", "Mets la lumière de la cuisine à vingt et un pour cent", "21"),
    ],
)
def test_tens_joined_to_units_are_one_number(code: str, text: str, number: str) -> None:
    """Said: "treinta y cinco" is 35 and "vingt et un" 21: never the tens alone."""
    numbers = _clause(text, get_language(code)).values([]).numbers
    assert number in numbers
    assert number[0] + "0" not in numbers


@pytest.mark.parametrize("code", sorted(set(LANGUAGES) - {"en"}))
def test_group_names_are_said_in_the_language(code: str) -> None:
    """Said: "All lights" and "Kitchen lights" are named with the language's kind words."""
    language = get_language(code)
    action = action_named("turn_off")
    assert action is not None
    names = targets_for(HOME, action, every=True, language=language)
    lights = language.kind_names["light"]
    assert any(name.endswith(lights) for name in names)
    if lights != "lights":
        assert not any(name.endswith(" lights") for name in names)


def test_a_word_both_opposites_share_leaves_it_to_the_other_words() -> None:
    """Said: "sperr das Nuki auf" (Austrian: unlock) never offers locking."""
    grammar = _calls("sperr das Nuki auf", "de")
    assert '"lock(' not in grammar
    assert "unlock" in grammar


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "open the Velux halfway"),
        ("fr", "ouvre le Velux à moitié"),
        ("es", "abre el Velux hasta la mitad"),
        ("nl", "doe de Velux half open"),
        ("zh", "把Velux打开一半"),
    ],
)
def test_half_open_is_a_position_never_all_the_way(code: str, text: str) -> None:
    """A fraction said is the value: the window goes to 50 %, never fully open."""
    grammar = _calls(text, code)
    assert '"50"' in grammar
    assert '"open(' not in grammar


@pytest.mark.parametrize(
    ("code", "text", "meant"),
    [
        ("de", "Wohnzimmerlicht an", "light.lamp"),
        ("nl", "Zet de woonkamerlamp aan", "light.lamp"),
    ],
)
def test_a_compound_says_its_room_and_its_kind(
    code: str, text: str, meant: str
) -> None:
    """Said: "Wohnzimmerlicht" is the light in the Wohnzimmer, not every light."""
    clause = _clause(text, get_language(code))
    assert [e.entity_id for e in shortlist(HOME, clause).entities] == [meant]


def test_a_name_in_another_case_is_no_value() -> None:
    """Said: "auf den Außenlautsprechern" names the speakers; it asks for no value."""
    grammar = _calls("Überspring das Lied auf den Außenlautsprechern", "de")
    assert "next(" in grammar
    assert "previous(" not in grammar  # "Lied" is a word of both; "überspring" not


def test_a_number_heard_inside_a_name_is_no_value_asked() -> None:
    """Said: "Pause out 4 speakers" (Whisper's "outdoor") pauses; never a volume of 4."""
    grammar = _calls("Pause the Außenlautsprecher 4", "en")
    assert "pause(" in grammar


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_an_indirect_requests_other_command_names_a_device(code: str) -> None:
    """Each language's command said instead ("turn on the fan") is a command for a kind.

    And it stands in for a command the table's indirect requests say, or for one said
    instead of such a command ("turn on the air conditioning", then "the fan").
    """
    language = get_language(code)
    commands = {comfort.command for comfort in language.comfort}
    commands |= set(language.comfort_instead.values())
    for command, instead in language.comfort_instead.items():
        assert command in commands
        clause = read(instead, HOME, language).clauses[0]
        assert clause.command, instead
        assert clause.kinds, instead


_TERRACE = {"terrace": HomeArea("terrace", "Terraza", ("Terrace", "Terrasse"), ())}
_GARDEN = Home(
    entities=(
        home_entity("valve.drip", "Rain Bird", "terrace", _TERRACE, "water"),
        home_entity("cover.awning", "Toldo", "terrace", _TERRACE, "awning"),
        home_entity("light.string", "Guirnalda", "terrace", _TERRACE),
    ),
    areas=tuple(_TERRACE.values()),
)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "water the plants on the terrace"),
        ("es", "Riega las plantas de la terraza"),
        ("fr", "Arrose les plantes de la terrasse"),
        ("de", "Gieß die Pflanzen auf der Terrasse"),
    ],
)
def test_watering_names_the_valve_never_the_rooms_other_devices(
    code: str, text: str
) -> None:
    """Watering ("riega las plantas") names the valve, never the awning and lights beside it."""
    clause = read(text, _GARDEN, get_language(code)).clauses[0]
    found = shortlist(_GARDEN, clause)
    assert {entity.entity_id for entity in found.entities} == {"valve.drip"}


@pytest.mark.parametrize(
    ("code", "text", "mode"),
    [
        ("it", "attiva l'allarme totale", "away"),
        ("it", "inserisci l'allarme parziale", "home"),
        ("fr", "active l'alarme partielle", "home"),
        ("es", "activa la alarma en modo total", "away"),
        ("nl", "zet het alarm op gedeeltelijk", "home"),
        ("de", "Schalte die Alarmanlage intern scharf", "home"),
    ],
)
def test_an_alarms_total_or_partial_arming_is_its_mode(
    code: str, text: str, mode: str
) -> None:
    """Alarm panels say "totale"/"parziale" for away and home: that mode, no other."""
    areas = {"hall": HomeArea("hall", "Hall", (), ())}
    home = Home((alarm_panel(areas),), tuple(areas.values()))
    clause = read(text, home, get_language(code)).clauses[0]
    grammar = build_grammar(shortlist(home, clause), clause)
    assert f'("{mode}")' in grammar


@pytest.mark.parametrize(
    ("code", "text", "commands"),
    [
        ("es", "Saca el toldo, que da un solazo en la terraza", ["Saca el toldo"]),
        ("en", "Turn on the fan, cause it's roasting", ["Turn on the fan"]),
    ],
)
def test_a_reason_after_a_command_is_no_command(
    code: str, text: str, commands: list[str]
) -> None:
    """Words opening with "que", "che", "cause" say why, never what to do."""
    request = read(text, Home((), ()), get_language(code))
    assert [clause.text for clause in request.clauses] == commands
