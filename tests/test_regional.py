"""Regional ways of saying things: Manila, Vienna, Québec, Ghent and Beijing.

Each test reads the words against a small home built here and checks what the user
would notice: the command read (and so what may be done), the devices offered, the
question back, or the reply to a closing. No model is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from .home_entities import alarm_panel, home_entity, thermostat
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.named import one_said
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.agent.which import unnamed_choice
from custom_components.llm_home.home.floors import storeys
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

AREAS: Mapping[str, HomeArea] = {
    "sala": HomeArea("sala", "Sala", (), ("Ground Floor",)),
    "cr": HomeArea("cr", "CR", (), ("Ground Floor",)),
    "beas_room": HomeArea("beas_room", "Bea's Room", (), ("Second Floor",)),
}
_PLAYER = {"supported_features": 4 | 8, "volume_level": 0.4}
MANILA = Home(
    entities=(
        home_entity("light.sala", "Sala Light", "sala", AREAS),
        home_entity("light.beas_room", "Bea's Room Light", "beas_room", AREAS),
        home_entity(
            "light.night_light",
            "Night Light",
            "beas_room",
            AREAS,
            attributes={"supported_color_modes": ["hs"]},
        ),
        home_entity("switch.water_heater", "Water Heater", "cr", AREAS),
        home_entity("switch.parol", "Parol", "sala", AREAS),
        home_entity("fan.sala", "Electric Fan", "sala", AREAS),
        home_entity(
            "media_player.tv", "Sala TV", "sala", AREAS, "tv", attributes=_PLAYER
        ),
        home_entity(
            "media_player.speaker",
            "Kitchen Speaker",
            "sala",
            AREAS,
            "speaker",
            attributes=_PLAYER,
        ),
        alarm_panel(AREAS),
    ),
    areas=tuple(AREAS.values()),
)


def _texts(text: str, home: Home, code: str = "en") -> list[str]:
    return [clause.text for clause in read(text, home, get_language(code)).clauses]


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        # "Open" and "close" of a device that neither opens nor closes: on and off,
        # whether a kind or only its name is said.
        ("open the light pls", ["turn on the light pls"]),
        ("close the water heater in the CR", ["turn off the water heater in the CR"]),
        (
            "open the parol and the sala light",
            ["turn on the parol", "turn on the sala light"],
        ),
    ],
)
def test_open_and_close_switch_a_device_that_does_not_open(
    text: str, read_as: list[str]
) -> None:
    """Philippine English: "open the light" turns it on."""
    assert _texts(text, MANILA) == read_as


def test_philippine_particles_are_no_words_of_a_name() -> None:
    """Said: "Pls", "po", "na" tell no device apart: the words are all known."""
    request = read("pls open the light in the CR po", MANILA, get_language("en"))
    assert not request.clauses[0].unknown


def test_a_name_said_as_one_beats_one_pieced_from_a_room() -> None:
    """Said: "The night light in Bea's room" is the Night Light, not "Bea's Room Light"."""
    clause = read(
        "make the night light in Bea's room pink", MANILA, get_language("en")
    ).clauses[0]
    offered = shortlist(MANILA, clause)
    assert [e.entity_id for e in offered.entities] == ["light.night_light"]


def test_lowering_the_volume_of_no_player_said_is_asked_about() -> None:
    """Said: "Lower the volume" with two players and no satellite is asked about."""
    clause = read("lower the volume", MANILA, get_language("en")).clauses[0]
    choice = unnamed_choice(MANILA, clause)
    assert choice is not None
    assert {e.entity_id for e in choice[1]} == {
        "media_player.tv",
        "media_player.speaker",
    }


@pytest.mark.parametrize(
    ("code", "text", "reply"),
    [
        ("en", "good evening po, how are you", "greeting"),
        ("en", "good night", "night"),
        ("de", "Servus! Wie geht's dir?", "greeting"),
        ("de", "Gute Nacht", "night"),
        ("fr", "Bonne nuit!", "night"),
        ("nl", "merci, dat was 't", "welcome"),
        ("nl", "slaapwel", "night"),
        ("es", "Buenas noches", "night"),
        ("it", "Buonanotte", "night"),
        ("zh", "晚安", "night"),
    ],
)
def test_greetings_and_good_nights_are_answered(
    code: str, text: str, reply: str
) -> None:
    """A greeting or a good night is answered as one, never as a failed command."""
    language = get_language(code)
    request = read(text, MANILA, language)
    assert request.closing == reply
    assert language.replies[reply]


FR_AREAS: Mapping[str, HomeArea] = {
    "cuisine": HomeArea("cuisine", "Cuisine", (), ()),
    "salle_a_manger": HomeArea("salle_a_manger", "Salle à manger", (), ()),
    "salon": HomeArea("salon", "Salon", (), ()),
}
_COVER = {"supported_features": 15}
QUEBEC = Home(
    entities=(
        home_entity("light.cuisine", "Lumière de la cuisine", "cuisine", FR_AREAS),
        home_entity("light.salle_a_manger", "Lustre", "salle_a_manger", FR_AREAS),
        home_entity("switch.pompe", "Pompe de piscine", "salon", FR_AREAS),
        home_entity(
            "cover.salon",
            "Stores du salon",
            "salon",
            FR_AREAS,
            "shade",
            attributes=_COVER,
        ),
        home_entity(
            "cover.cuisine", "Store", "cuisine", FR_AREAS, "blind", attributes=_COVER
        ),
        home_entity("lock.entree", "Porte d'entrée", "salon", FR_AREAS),
        home_entity("vacuum.roomba", "Roomba", "salon", FR_AREAS),
        thermostat("climate.salon", "Thermostat", "salon", FR_AREAS),
        alarm_panel(FR_AREAS),
    ),
    areas=tuple(FR_AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("Ferme la lumière de la cuisine", ["éteins la lumière de la cuisine"]),
        ("Ferme la pompe de la piscine", ["éteins la pompe de la piscine"]),
        # A lock may be "opened": unlocking, refused by the policy, never "allume".
        ("Ouvre la porte d'entrée", ["Ouvre la porte d'entrée"]),
        ("Enlève l'alarme", ["désarme l'alarme"]),
        ("Passe la balayeuse", ["démarre la balayeuse"]),
        # "Pis" is "puis"; "celle" is the light again, the dining room's.
        (
            "Ferme la lumière de la cuisine pis ouvre celle de la salle à manger",
            ["éteins la lumière de la cuisine", "allume lumière de la salle à manger"],
        ),
    ],
)
def test_quebec_french_is_read_as_meant(text: str, read_as: list[str]) -> None:
    """Québec French: "ferme la lumière" is off, "pis" then, "celle" the same kind."""
    assert _texts(text, QUEBEC, "fr") == read_as


def test_quebec_verbs_are_commands() -> None:
    """Said: "Barre la porte", "pars la balayeuse": commands, on the lock and the vacuum."""
    french = get_language("fr")
    barre = read("Barre la porte d'entrée", QUEBEC, french).clauses[0]
    pars = read("Pars la balayeuse", QUEBEC, french).clauses[0]
    assert barre.command
    assert pars.command
    assert [e.entity_id for e in shortlist(QUEBEC, barre).entities] == ["lock.entree"]
    assert [e.entity_id for e in shortlist(QUEBEC, pars).entities] == ["vacuum.roomba"]


def test_all_the_stores_are_blinds_and_shades() -> None:
    """Said: "Ouvre tous les stores": a "store" is a blind or a roller shade."""
    clause = read("Ouvre tous les stores de la maison", QUEBEC, get_language("fr"))
    offered = shortlist(QUEBEC, clause.clauses[0])
    assert {e.entity_id for e in offered.entities} == {"cover.salon", "cover.cuisine"}


def test_one_device_asked_for_is_no_area_of_them() -> None:
    """Said: "La lumière de la chambre": one light; "les lumières", "所有灯": all of them."""
    french = get_language("fr")
    assert one_said(
        read("Baisse la lumière du salon à 20 %", QUEBEC, french).clauses[0]
    )
    assert not one_said(read("Baisse les lumières du salon", QUEBEC, french).clauses[0])
    assert not one_said(read("把客厅的灯关了", QUEBEC, get_language("zh")).clauses[0])


DE_AREAS: Mapping[str, HomeArea] = {
    "vorzimmer": HomeArea("vorzimmer", "Vorzimmer", (), ("Wohnebene",)),
    "balkon": HomeArea("balkon", "Balkon", (), ("Dachgeschoss",)),
    "kinderzimmer": HomeArea("kinderzimmer", "Kinderzimmer", (), ("Wohnebene",)),
}
WIEN = Home(
    entities=(
        replace(
            home_entity(
                "lock.wohnungstur",
                "Nuki Wohnungstür Wohnungstür",
                "vorzimmer",
                DE_AREAS,
            ),
            own_name="Wohnungstür",
        ),
        home_entity("lock.haustor", "Nuki Opener Haustor", "vorzimmer", DE_AREAS),
        home_entity(
            "cover.markise", "Markise", "balkon", DE_AREAS, "awning", attributes=_COVER
        ),
        home_entity("fan.ventilator", "Ventilator", "kinderzimmer", DE_AREAS),
        home_entity("switch.wasserkocher", "Wasserkocher", "vorzimmer", DE_AREAS),
    ),
    areas=tuple(DE_AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("Dreh den Ventilator auf", ["Dreh den Ventilator an"]),
        (
            "Dreh den Wasserkocher auf der Loggia auf",
            ["Dreh den Wasserkocher auf der Loggia an"],
        ),
        ("Fahr die Markise aus", ["Fahr die Markise auf"]),
        ("Fahr die Markise ein", ["Fahr die Markise zu"]),
        # A lock opens: the words stay, and the policy answers.
        ("Mach das Haustor auf", ["Mach das Haustor auf"]),
    ],
)
def test_austrian_aufdrehen_and_ausfahren(text: str, read_as: list[str]) -> None:
    """Said: "Dreh ... auf" turns on what does not open; "fahr ... aus" opens an awning."""
    assert _texts(text, WIEN, "de") == read_as


def test_a_compound_of_a_kind_names_its_device() -> None:
    """Said: "Sperr die Wohnungstür zu": the flat's door, not the house's gate (both locks)."""
    clause = read("Sperr die Wohnungstür zu", WIEN, get_language("de")).clauses[0]
    offered = shortlist(WIEN, clause)
    assert [e.entity_id for e in offered.entities] == ["lock.wohnungstur"]
    assert unnamed_choice(WIEN, clause) is None


def test_the_floor_below_the_attic_is_downstairs() -> None:
    """Said: "Dachgeschoss" and "Wohnebene": the attic is up, the other floor down."""
    up_and_down = storeys(DE_AREAS.values(), get_language("de"))
    assert up_and_down["balkon"] > up_and_down["vorzimmer"]


NL_AREAS: Mapping[str, HomeArea] = {
    "slaapkamer": HomeArea("slaapkamer", "Slaapkamer", (), ()),
    "lotte": HomeArea("lotte", "Slaapkamer van de kleine", (), ()),
    "living": HomeArea("living", "Living", (), ()),
}
GENT = Home(
    entities=(
        thermostat(
            "climate.slaapkamer", "Chauffage slaapkamer", "slaapkamer", NL_AREAS
        ),
        thermostat("climate.lotte", "Chauffage Lotte", "lotte", NL_AREAS),
        home_entity("light.staanlamp", "Staanlamp living", "living", NL_AREAS),
        home_entity("light.leeslamp", "Leeslamp zetel", "living", NL_AREAS),
        home_entity("light.plafond", "Lamp living", "living", NL_AREAS),
    ),
    areas=tuple(NL_AREAS.values()),
)


def test_two_flemish_targets_share_their_verb() -> None:
    """Said: "Steek de staanlamp en de leeslamp aan": two commands, one lamp each."""
    dutch = get_language("nl")
    clauses = read("steek de staanlamp en de leeslamp aan", GENT, dutch).clauses
    assert [c.text for c in clauses] == [
        "steek de staanlamp aan",
        "steek de leeslamp aan",
    ]
    assert "light.staanlamp" in {
        e.entity_id for e in shortlist(GENT, clauses[0]).entities
    }
    assert unnamed_choice(GENT, clauses[0]) is None


def test_a_heater_named_by_its_room_is_not_the_room_said() -> None:
    """Said: "De chauffage in de slaapkamer van de kleine": Lotte's, not "Chauffage slaapkamer"."""
    clause = read(
        "zet de chauffage in de slaapkamer van de kleine op 18,5 graden",
        GENT,
        get_language("nl"),
    ).clauses[0]
    assert [e.entity_id for e in shortlist(GENT, clause).entities] == ["climate.lotte"]


ZH_AREAS: Mapping[str, HomeArea] = {
    "living": HomeArea("living", "客厅", (), ()),
    "master": HomeArea("master", "主卧", (), ()),
}
BEIJING = Home(
    entities=(
        home_entity(
            "media_player.tv", "电视", "living", ZH_AREAS, "tv", attributes=_PLAYER
        ),
        home_entity(
            "cover.curtain",
            "客厅窗帘",
            "living",
            ZH_AREAS,
            "curtain",
            attributes=_COVER,
        ),
        thermostat(
            "climate.master", "主卧空调", "master", ZH_AREAS, ("off", "heat", "cool")
        ),
        home_entity(
            "todo.shopping",
            "购物清单",
            None,
            ZH_AREAS,
            attributes={"supported_features": 1},
        ),
    ),
    areas=tuple(ZH_AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        # A pause, then a command of its own: two commands.
        ("把电视关了，再把客厅窗帘拉开", ["把电视关了", "再把客厅窗帘拉开"]),
        # A pause, then a value for the same device: one.
        ("把主卧空调打开，调到二十六度", ["把主卧空调打开，调到二十六度"]),
    ],
)
def test_chinese_commands_after_a_pause(text: str, read_as: list[str]) -> None:
    """Chinese, which has no spaces, is split into commands as spaced words are."""
    assert _texts(text, BEIJING, "zh") == read_as


def test_chinese_questions_and_additions() -> None:
    """Said: "…关了没？" asks; "往购物清单上添个卫生纸" adds to the list."""
    chinese = get_language("zh")
    assert read("客厅窗帘关了没？", BEIJING, chinese).clauses[0].question
    assert read("往购物清单上添个卫生纸", BEIJING, chinese).clauses[0].command


def test_a_remark_heard_without_its_pause_says_why() -> None:
    """Said: "Nana's AC to just the fan it's getting too cold in there": only the fan.

    Speech-to-text writes no comma before the remark; "too cold" alone would ask
    for heating.
    """
    areas = {"nana": HomeArea("nana", "Nana's Room", (), ())}
    home = Home(
        (
            thermostat(
                "climate.nana", "Nana's AC", "nana", areas, ("off", "cool", "fan_only")
            ),
        ),
        tuple(areas.values()),
    )
    request = read(
        "Nana's AC to just the fan it's getting too cold in there",
        home,
        get_language("en"),
    )
    assert [(c.text, c.comfort) for c in request.clauses] == [
        ("Nana's AC to just the fan", False)
    ]


NYC_AREAS: Mapping[str, HomeArea] = {
    "parlor": HomeArea("parlor", "Parlor", (), ()),
    "leo": HomeArea("leo", "Leo's Room", (), ()),
    "stoop": HomeArea("stoop", "Stoop", (), ()),
}
BROOKLYN = Home(
    entities=(
        home_entity("light.parlor_bloom", "Bloom", "parlor", NYC_AREAS),
        home_entity("light.leo_bloom", "Bloom", "leo", NYC_AREAS),
        home_entity("light.stoop", "Stoop Lights", "stoop", NYC_AREAS),
        home_entity("light.foyer", "Foyer Light", "parlor", NYC_AREAS),
        home_entity("fan.exhaust", "Exhaust Fan", "leo", NYC_AREAS),
    ),
    areas=tuple(NYC_AREAS.values()),
)


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        # A kind or a name, then its state: a command without its verb.
        ("exhaust fan on in Leo's room", ["exhaust fan on in Leo's room"]),
        # Each target with its own state, and no verb: two commands.
        (
            "stoop lights on and the foyer light off",
            ["stoop lights on", "the foyer light off"],
        ),
    ],
)
def test_a_state_said_after_a_target_is_a_command(
    text: str, read_as: list[str]
) -> None:
    """Said: "exhaust fan on", "stoop lights on and the foyer light off": commands."""
    request = read(text, BROOKLYN, get_language("en"))
    assert [c.text for c in request.clauses] == read_as
    assert all(c.command for c in request.clauses)


def test_a_name_two_devices_share_is_the_one_in_the_room() -> None:
    """Said in the parlor, "put the Bloom on" is the parlor's Bloom, not Leo's."""
    clause = read("put the Bloom on", BROOKLYN, get_language("en")).clauses[0]
    offered = shortlist(BROOKLYN, clause, ["Parlor"])
    assert [e.entity_id for e in offered.entities] == ["light.parlor_bloom"]


def test_a_kind_said_of_several_rooms_is_the_satellites_rooms() -> None:
    """Said in the bedroom, "dreh das Deckenlicht ab" is the bedroom's ceiling light."""
    areas = {
        "schlaf": HomeArea("schlaf", "Schlafzimmer", (), ()),
        "kinder": HomeArea("kinder", "Kinderzimmer", (), ()),
    }
    home = Home(
        (
            replace(
                home_entity(
                    "light.kinder",
                    "Deckenlicht Kinderzimmer Deckenlicht",
                    "kinder",
                    areas,
                ),
                own_name="Deckenlicht",
            ),
            replace(
                home_entity(
                    "light.schlaf",
                    "Deckenlicht Schlafzimmer Deckenlicht",
                    "schlaf",
                    areas,
                ),
                own_name="Deckenlicht",
            ),
        ),
        tuple(areas.values()),
    )
    clause = read("Dreh das Deckenlicht ab", home, get_language("de")).clauses[0]
    offered = shortlist(home, clause, ["Schlafzimmer"])
    assert [e.entity_id for e in offered.entities] == ["light.schlaf"]


def test_a_remark_after_a_pause_asks_for_no_value() -> None:
    """Said: "Mach das Haustor auf, der Postler ist da": no value "Postler"."""
    clause = read(
        "Mach das Haustor auf, der Postler ist da", WIEN, get_language("de")
    ).clauses[0]
    assert not clause.values().ends


def test_the_heating_switched_off_is_put_in_no_mode() -> None:
    """Said: "Ferme le chauffage": off, never the heat mode its kind word says."""
    clause = read("Ferme le chauffage du salon", QUEBEC, get_language("fr")).clauses[0]
    grammar = build_grammar(shortlist(QUEBEC, clause), clause)
    assert "climate-mode" not in grammar


def test_a_chinese_mode_said_is_the_mode_set() -> None:
    """Said: "把主卧空调打开，制热，调到二十六度": heating at 26, never cooling."""
    clause = read(
        "把主卧空调打开，制热，调到二十六度", BEIJING, get_language("zh")
    ).clauses[0]
    grammar = build_grammar(shortlist(BEIJING, clause), clause)
    assert '"heat"' in grammar
    assert '"cool"' not in grammar


@pytest.mark.parametrize("text", ["Man, it's cold in here", "it's too dark up here"])
def test_a_remark_on_comfort_stays_an_indirect_request(text: str) -> None:
    """Said: "it's too dark up here" (no kind of device, then "up"): a comfort request."""
    request = read(text, MANILA, get_language("en"))
    assert [c.comfort for c in request.clauses] == [True]


def test_a_mode_said_after_on_is_the_mode() -> None:
    """Said: "lounge aircon on dry": drying, never the cooling turning it on picks."""
    areas = {"lounge": HomeArea("lounge", "Lounge", (), ())}
    home = Home(
        (
            thermostat(
                "climate.aircon",
                "Lounge Aircon",
                "lounge",
                areas,
                ("off", "cool", "dry"),
            ),
        ),
        tuple(areas.values()),
    )
    clause = read("lounge aircon on dry", home, get_language("en")).clauses[0]
    grammar = build_grammar(shortlist(home, clause), clause)
    assert '"dry"' in grammar
    assert '"cool"' not in grammar


def test_a_command_after_and_is_a_command_of_its_own() -> None:
    """Said: "Set Dusty to turbo and start cleaning": two commands, not one value."""
    areas = {"lounge": HomeArea("lounge", "Lounge", (), ())}
    home = Home(
        (home_entity("vacuum.dusty", "Dusty", "lounge", areas),), tuple(areas.values())
    )
    request = read("Set Dusty to turbo and start cleaning", home, get_language("en"))
    assert [c.text for c in request.clauses] == ["Set Dusty to turbo", "start cleaning"]
