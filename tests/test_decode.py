"""Greedy decoding that checks the grammar on the best token first, with the real model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from custom_components.llm_home.const import DEFAULT_LLM_MODEL
from custom_components.llm_home.engine import llm
from custom_components.llm_home.engine.catalog import CATALOG
from custom_components.llm_home.engine.store import ModelStore

GRAMMAR = (
    'root ::= call ("\\n" call){0,2}\n'
    'call ::= "none()" | "turn_on(" t ")" | "turn_off(" t ")" | "brightness(" t ", " n ")"\n'
    't ::= "Hob Light" | "Conservatory Lamp" | "Landing Spots"\n'
    'n ::= "25" | "75"\n'
)
PROMPT = (
    "<|im_start|>system\nWrite one call per line: turn_on(Name), turn_off(Name), "
    "brightness(Name, percent) or none().<|im_end|>\n"
    "<|im_start|>user\nHob Light, Conservatory Lamp, Landing Spots\n{}<|im_end|>\n"
    "<|im_start|>assistant\n"
)
STOP = ["<|im_end|>"]


@pytest.fixture(scope="module")
def model(model_store: ModelStore) -> Iterator[llm.LanguageModel]:
    """Return the default language model, loaded in this process."""
    language_model = llm.LanguageModel()
    path = model_store.path(CATALOG[DEFAULT_LLM_MODEL])
    llm.load_llm(language_model, {"path": str(path), "n_ctx": 2048, "n_threads": 2})
    yield language_model
    language_model.unload()


@pytest.mark.parametrize(
    "said",
    [
        "switch the hob light on",
        "landing spots off please",
        "conservatory lamp to 75 percent",
        "turn on the landing spots and turn off the hob light",
        "what's the weather like",
    ],
)
def test_greedy_writes_what_the_full_grammar_sampler_writes(
    model: llm.LanguageModel, said: str
) -> None:
    """At temperature 0 the fast path and llama.cpp's sampler agree token for token."""
    fast = llm.complete(
        model,
        {
            "prompt": PROMPT.format(said),
            "grammar": GRAMMAR,
            "max_tokens": 48,
            "temperature": 0,
            "stop": STOP,
        },
    )
    full = llm._run(  # noqa: SLF001  # the sampler path, for comparison
        model.require(),
        PROMPT.format(said),
        grammar=model.grammar(model.require(), GRAMMAR),
        max_tokens=48,
        temperature=0.0,
        stop=STOP,
    )
    assert fast["text"] == full["text"]
    assert fast["completion_tokens"] == full["completion_tokens"]
    lines = fast["text"].split("\n")
    assert all(line == "none()" or line.endswith(")") for line in lines), fast


def test_output_stops_at_max_tokens(model: llm.LanguageModel) -> None:
    """A bound on tokens cuts the call short; the grammar never runs past it."""
    result = llm.complete(
        model,
        {
            "prompt": PROMPT.format("switch the conservatory lamp on"),
            "grammar": GRAMMAR.replace('"none()" | ', ""),
            "max_tokens": 3,
            "temperature": 0,
            "stop": STOP,
        },
    )
    assert result["completion_tokens"] == 3, result["text"]
    assert "turn_on(Conservatory Lamp)".startswith(result["text"])
