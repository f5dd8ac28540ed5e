"""Whisper's prompt: the command words first, then as many of the home's names as fit."""

from __future__ import annotations

from faster_whisper import WhisperModel
import pytest

from custom_components.llm_home.engine.catalog import (
    CATALOG,
    DEFAULT_MODELS,
    WHISPER_BASE_MODEL,
    ModelKind,
)
from custom_components.llm_home.engine.speech import MAX_PROMPT_TOKENS, fitting_prompt
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.stt import vocabulary_prompt

# Sixty devices, as a family names them: far more than 500 characters.
NAMES = [
    f"{owner} {thing}"
    for owner in ("Lachie's", "Chloe's", "Nana's", "Rumpus", "Verandah", "Sleepout")
    for thing in (
        "Fan",
        "Aircon",
        "Lamp",
        "Festoons",
        "Deebot",
        "Heater",
        "Blind",
        "Speaker",
        "Kettle",
        "Pendants",
    )
]
COMMANDS = ["turn", "switch", "lock", "unlock", "arm", "disarm"]


@pytest.fixture(scope="module", params=["stt", WHISPER_BASE_MODEL])
def whisper(request: pytest.FixtureRequest, model_store: ModelStore) -> WhisperModel:
    """Return English Whisper tiny and the multilingual base, as the engine loads them."""
    key = DEFAULT_MODELS[ModelKind.STT] if request.param == "stt" else request.param
    return WhisperModel(
        str(model_store.path(CATALOG[key])), device="cpu", compute_type="int8"
    )


def test_every_name_is_sent_to_the_engine() -> None:
    """A home's names past the first 500 characters still reach the engine."""
    prompt = vocabulary_prompt(NAMES, COMMANDS)
    assert prompt is not None
    assert prompt.startswith("turn switch lock unlock arm disarm ")
    assert prompt.endswith("Sleepout Pendants")


@pytest.mark.parametrize(
    "names",
    [NAMES, ["餐厅灯", "客厅空调", "主卧窗帘", "儿童房台灯", "阳台晾衣架"] * 40],
)
def test_the_engine_keeps_the_first_words_that_fit(
    whisper: WhisperModel, names: list[str]
) -> None:
    """Whole words from the start, within Whisper's window: the command words stay."""
    prompt = vocabulary_prompt(names, COMMANDS)
    assert prompt is not None
    kept = fitting_prompt(whisper, prompt)
    assert kept is not None
    tokens = whisper.hf_tokenizer.encode(" " + kept, add_special_tokens=False).ids
    assert len(tokens) <= MAX_PROMPT_TOKENS
    assert kept.startswith("turn switch lock unlock arm disarm ")
    assert prompt.startswith(kept)
    assert prompt[len(kept)] == " "  # never half a word, nor half a character
    assert len(kept.split()) > 15


def test_a_short_prompt_is_kept_whole(whisper: WhisperModel) -> None:
    """A small home's prompt is sent as it is; no prompt stays none."""
    assert fitting_prompt(whisper, "turn Kitchen Light") == "turn Kitchen Light"
    assert fitting_prompt(whisper, None) is None
