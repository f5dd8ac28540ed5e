"""French as a family in a Paris flat says it ("mets le radiateur en hors-gel").

Read against a small home built here (no model): the calls the model may write are
what the user notices.
"""

from __future__ import annotations

from .home_entities import home_entity
from custom_components.llm_home.agent.grammar import build_grammar
from custom_components.llm_home.agent.reading import read
from custom_components.llm_home.agent.shortlist import shortlist
from custom_components.llm_home.home.snapshot import Home, HomeArea
from custom_components.llm_home.language import get_language

FRENCH = get_language("fr")
AREAS = {"salon": HomeArea("salon", "Salon", (), ())}
# A Netatmo valve: its frost protection is the preset "Frost Guard".
HOME = Home(
    entities=(
        home_entity(
            "climate.radiateur_salon",
            "Radiateur salon",
            "salon",
            AREAS,
            attributes={
                "hvac_modes": ["auto", "heat", "off"],
                "min_temp": 7,
                "max_temp": 30,
                "supported_features": 1 | 16 | 128 | 256,
                "preset_modes": ["away", "boost", "Frost Guard", "Schedule"],
            },
        ),
    ),
    areas=tuple(AREAS.values()),
)


def test_hors_gel_is_the_frost_guard_preset() -> None:
    """Said "Mets le radiateur du salon en hors-gel": Frost Guard, nothing else."""
    for text in (
        "Mets le radiateur du salon en hors-gel",
        "mets le radiateur du salon en hors gel",
    ):
        clause = read(text, HOME, FRENCH).clauses[0]
        grammar = build_grammar(shortlist(HOME, clause), clause)
        assert '"Radiateur salon, " ("Frost Guard")' in grammar
        assert '"away"' not in grammar
