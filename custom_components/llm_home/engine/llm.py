"""Language-model ops of the engine: llama.cpp completions constrained by GBNF grammars.

One model is held at a time; loading the one already loaded is a no-op. Grammars are
checked once and kept in a small LRU, and the KV cache is reused across requests
(llama-cpp-python keeps the longest common prefix), so a stable prompt prefix is
evaluated once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
import logging
import time
from typing import Any, Final

from llama_cpp import llama_cpp as lib
from llama_cpp.llama import Llama, StoppingCriteriaList
from llama_cpp.llama_grammar import LlamaGrammar

from . import decode, protocol
from .fields import PayloadError, get, strings
from .gguf_meta import CHAT_TEMPLATE

_LOGGER = logging.getLogger(__name__)

SEED: Final = 1234
N_BATCH: Final = 512
GRAMMAR_CACHE_SIZE: Final = 8

Payload = dict[str, Any]


class LlmError(Exception):
    """A language-model request that cannot be served; its class name is the error type."""


class NoModelError(LlmError):
    """The op needs a language model and none is loaded."""


class GrammarError(LlmError):
    """The GBNF grammar does not parse."""


@dataclass
class LanguageModel:
    """The language model the engine holds between requests."""

    llm: Llama | None = None
    args: tuple[str, int, int] | None = None
    grammars: OrderedDict[str, LlamaGrammar] = field(default_factory=OrderedDict)

    def require(self) -> Llama:
        """Return the loaded language model."""
        if self.llm is None:
            raise NoModelError("no language model is loaded")
        return self.llm

    def grammar(self, llm: Llama, text: str) -> LlamaGrammar:
        """Return the grammar for a GBNF text, checked once and kept in a small LRU."""
        if (grammar := self.grammars.get(text)) is not None:
            self.grammars.move_to_end(text)
            return grammar
        # llama.cpp returns NULL for a grammar that does not parse; checking here
        # keeps that NULL out of the sampler chain.
        vocab = lib.llama_model_get_vocab(llm.model)
        sampler = lib.llama_sampler_init_grammar(vocab, text.encode("utf-8"), b"root")
        if not sampler:
            raise GrammarError("the grammar does not parse (see the engine log)")
        lib.llama_sampler_free(sampler)
        grammar = LlamaGrammar.from_string(text, verbose=False)
        self.grammars[text] = grammar
        if len(self.grammars) > GRAMMAR_CACHE_SIZE:
            self.grammars.popitem(last=False)
        return grammar

    def unload(self) -> None:
        """Free the language model."""
        if self.llm is not None:
            self.llm.close()
        self.llm = None
        self.args = None
        self.grammars.clear()


def _cached_prefix(llm: Llama, tokens: list[int]) -> int:
    """Return how many prompt tokens Llama.generate will take from the KV cache.

    Mirrors Llama.generate: the longest common prefix with the tokens already
    evaluated is kept, except that a fully cached prompt replays its last token to
    refresh the logits unless it is exactly the evaluated sequence with live logits.
    """
    n_past = llm.n_tokens
    common = 0
    for old, new in zip(llm.input_ids[:n_past].tolist(), tokens, strict=False):
        if old != new:
            break
        common += 1
    if common < len(tokens):
        return common
    live = n_past == len(tokens) and not llm._requires_eval  # noqa: SLF001
    return common if live else max(common - 1, 0)


def _tokens(llm: Llama, prompt: str) -> list[int]:
    """Return the prompt's tokens; refuse an empty prompt or one the context cannot hold."""
    if not prompt:
        raise PayloadError("the prompt is empty")
    tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
    if len(tokens) >= llm.n_ctx():
        raise PayloadError(
            f"the prompt has {len(tokens)} tokens, the context holds {llm.n_ctx()}"
        )
    return tokens


def _run_greedy(
    llm: Llama, prompt: str, grammar: str, *, max_tokens: int, stop: list[str]
) -> Payload:
    """Complete a prompt greedily under a grammar (decode.py), reporting as _run does."""
    tokens = _tokens(llm, prompt)
    cached = _cached_prefix(llm, tokens)
    start = time.perf_counter()
    try:
        decoded = decode.greedy(
            llm, grammar, tokens, cached, max_tokens=max_tokens, stop=stop
        )
    except decode.NoTokenAllowedError as err:
        raise GrammarError(str(err)) from err
    end = time.perf_counter()
    result = protocol.CompletionResult(
        text=decoded.text,
        prompt_tokens=len(tokens),
        cached_tokens=cached,
        completion_tokens=decoded.tokens,
        prefill_ms=(decoded.first_token_at - start) * 1000,
        generation_ms=(end - decoded.first_token_at) * 1000,
        total_ms=(end - start) * 1000,
    )
    return asdict(result)


def _run(
    llm: Llama,
    prompt: str,
    *,
    grammar: LlamaGrammar | None,
    max_tokens: int,
    temperature: float,
    stop: list[str],
) -> Payload:
    """Complete a prompt, reporting token counts and prefill/generation times."""
    tokens = _tokens(llm, prompt)
    cached = _cached_prefix(llm, tokens)
    first_token: list[float] = []

    def mark_first_token(_ids: Any, _logits: Any) -> bool:
        if not first_token:
            first_token.append(time.perf_counter())
        return False

    start = time.perf_counter()
    response: Any = llm.create_completion(
        tokens,
        max_tokens=max_tokens,
        temperature=temperature,
        stop=stop,
        seed=SEED,
        grammar=grammar,
        stopping_criteria=StoppingCriteriaList([mark_first_token]),
    )
    end = time.perf_counter()
    first = first_token[0] if first_token else end
    result = protocol.CompletionResult(
        text=response["choices"][0]["text"],
        prompt_tokens=len(tokens),
        cached_tokens=cached,
        completion_tokens=response["usage"]["completion_tokens"],
        prefill_ms=(first - start) * 1000,
        generation_ms=(end - first) * 1000,
        total_ms=(end - start) * 1000,
    )
    return asdict(result)


def load_llm(model: LanguageModel, payload: Payload) -> Payload:
    """Load a GGUF model from the resolved `path` (a no-op when it is already loaded)."""
    args = (
        get(payload, "path", str),
        get(payload, "n_ctx", int),
        get(payload, "n_threads", int),
    )
    if model.llm is not None and model.args == args:
        return _load_result(model.llm, 0.0)
    model.unload()
    path, n_ctx, n_threads = args
    start = time.perf_counter()
    model.llm = Llama(
        model_path=path,
        n_ctx=n_ctx,
        n_threads=n_threads,
        n_threads_batch=n_threads,
        n_batch=N_BATCH,
        seed=SEED,
        verbose=False,
    )
    model.args = args
    load_ms = (time.perf_counter() - start) * 1000
    _LOGGER.info("Loaded %s (n_ctx %s) in %.0f ms", path, n_ctx, load_ms)
    return _load_result(model.llm, load_ms)


def _load_result(llm: Llama, load_ms: float) -> Payload:
    """Return the load_llm result: the load time, context and chat template."""
    template = llm.metadata.get(CHAT_TEMPLATE)
    return asdict(
        protocol.LoadResult(
            load_ms=load_ms,
            n_ctx=llm.n_ctx(),
            chat_template=template if isinstance(template, str) else None,
        )
    )


def complete(model: LanguageModel, payload: Payload) -> Payload:
    """Complete a prompt, optionally constrained by a GBNF grammar."""
    llm = model.require()
    gbnf = get(payload, "grammar", str, None)
    max_tokens = get(payload, "max_tokens", int)
    if max_tokens < 1:
        raise PayloadError("field 'max_tokens' must be at least 1")
    temperature = float(get(payload, "temperature", (int, float)))
    # Checked (once per grammar text) on both paths: one that does not parse is a
    # GrammarError before any token is evaluated.
    grammar = None if gbnf is None else model.grammar(llm, gbnf)
    if gbnf is not None and temperature == 0:
        return _run_greedy(
            llm,
            get(payload, "prompt", str),
            gbnf,
            max_tokens=max_tokens,
            stop=strings(payload, "stop"),
        )
    return _run(
        llm,
        get(payload, "prompt", str),
        grammar=grammar,
        max_tokens=max_tokens,
        temperature=temperature,
        stop=strings(payload, "stop"),
    )


def warmup(model: LanguageModel, payload: Payload) -> Payload:
    """Evaluate a prompt prefix into the KV cache so later prompts reuse it."""
    llm = model.require()
    prompt = get(payload, "prompt", str)
    return _run(llm, prompt, grammar=None, max_tokens=1, temperature=0.0, stop=[])


HANDLERS: Final[dict[str, Callable[[LanguageModel, Payload], Payload]]] = {
    "load_llm": load_llm,
    "complete": complete,
    "warmup": warmup,
}
