"""Inference worker process: runs llama.cpp outside Home Assistant's process.

Run as a plain script (``python -u server.py``); it imports neither Home Assistant
nor the integration package. Framed requests arrive on stdin and framed responses
leave on stdout (see protocol.py); logs go to stderr. Requests are handled one at a
time. The process exits when stdin closes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
import logging
import os
from pathlib import Path
import sys
import time
from typing import IO, TYPE_CHECKING, Any, Final

import llama_cpp
from llama_cpp import llama_cpp as lib
from llama_cpp.llama import Llama, StoppingCriteriaList
from llama_cpp.llama_grammar import LlamaGrammar

if TYPE_CHECKING:
    from . import protocol, speech
else:  # Run as a script: make the sibling modules importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import protocol
    import speech

_LOGGER = logging.getLogger("llm_home.worker")

SEED: Final = 1234
N_BATCH: Final = 512
GRAMMAR_CACHE_SIZE: Final = 8

type Payload = dict[str, Any]
type Handler = Callable[[State, Payload], Payload]


class RequestError(Exception):
    """A request that cannot be served; its class name is the error type."""


class UnknownOpError(RequestError):
    """The request names no registered op."""


class PayloadError(RequestError):
    """The request's payload lacks a field or has one of the wrong type."""


class NoModelError(RequestError):
    """The op needs a language model and none is loaded."""


class GrammarError(RequestError):
    """The GBNF grammar does not parse."""


@dataclass
class State:
    """What the worker holds between requests."""

    llm: Llama | None = None
    llm_args: tuple[str, int, int] | None = None
    grammars: OrderedDict[str, LlamaGrammar] = field(default_factory=OrderedDict)
    speech_models: speech.Speech = field(default_factory=speech.Speech)

    def require_llm(self) -> Llama:
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
            raise GrammarError("the grammar does not parse (see the worker log)")
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
        self.llm_args = None
        self.grammars.clear()


OPS: dict[str, Handler] = {}


def op(name: str) -> Callable[[Handler], Handler]:
    """Register a handler under an op name."""

    def register(handler: Handler) -> Handler:
        OPS[name] = handler
        return handler

    return register


def _speech_op(handler: Callable[[speech.Speech, Payload], Payload]) -> Handler:
    """Adapt a speech handler to the worker's state."""
    return lambda state, payload: handler(state.speech_models, payload)


OPS.update({name: _speech_op(handler) for name, handler in speech.HANDLERS.items()})


def _field(payload: Payload, key: str, kinds: type | tuple[type, ...]) -> Any:
    """Return a payload field, checking its JSON type (booleans are not numbers)."""
    value = payload.get(key)
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise PayloadError(f"field {key!r} is missing or has the wrong type")
    return value


def _strings(payload: Payload, key: str) -> list[str]:
    """Return a payload field that must be a list of strings (missing means empty)."""
    value = payload.get(key) or []
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise PayloadError(f"field {key!r} must be a list of strings")
    return value


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
    if not prompt:
        raise PayloadError("the prompt is empty")
    tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
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


@op("ping")
def _ping(state: State, payload: Payload) -> Payload:
    return {}


@op("load_llm")
def _load_llm(state: State, payload: Payload) -> Payload:
    args = (
        _field(payload, "path", str),
        _field(payload, "n_ctx", int),
        _field(payload, "n_threads", int),
    )
    if state.llm is not None and state.llm_args == args:
        return asdict(protocol.LoadResult(load_ms=0.0, n_ctx=state.llm.n_ctx()))
    state.unload()
    path, n_ctx, n_threads = args
    start = time.perf_counter()
    state.llm = Llama(
        model_path=path,
        n_ctx=n_ctx,
        n_threads=n_threads,
        n_threads_batch=n_threads,
        n_batch=N_BATCH,
        seed=SEED,
        verbose=False,
    )
    state.llm_args = args
    load_ms = (time.perf_counter() - start) * 1000
    _LOGGER.info("Loaded %s (n_ctx %s) in %.0f ms", path, n_ctx, load_ms)
    return asdict(protocol.LoadResult(load_ms=load_ms, n_ctx=state.llm.n_ctx()))


@op("complete")
def _complete(state: State, payload: Payload) -> Payload:
    llm = state.require_llm()
    gbnf = payload.get("grammar")
    if gbnf is not None:
        gbnf = _field(payload, "grammar", str)
    max_tokens = _field(payload, "max_tokens", int)
    if max_tokens < 1:
        raise PayloadError("field 'max_tokens' must be at least 1")
    return _run(
        llm,
        _field(payload, "prompt", str),
        grammar=None if gbnf is None else state.grammar(llm, gbnf),
        max_tokens=max_tokens,
        temperature=float(_field(payload, "temperature", (int, float))),
        stop=_strings(payload, "stop"),
    )


@op("warmup")
def _warmup(state: State, payload: Payload) -> Payload:
    prompt = _field(payload, "prompt", str)
    llm = state.require_llm()
    return _run(llm, prompt, grammar=None, max_tokens=1, temperature=0.0, stop=[])


def _dispatch(state: State, request: Payload) -> Payload:
    """Run the handler that a request names."""
    name = request.get("op")
    if not isinstance(name, str) or (handler := OPS.get(name)) is None:
        raise UnknownOpError(f"unknown op {name!r}")
    payload = request.get("payload", {})
    if not isinstance(payload, dict):
        raise PayloadError("the payload is not a JSON object")
    return handler(state, payload)


def handle(state: State, request: Payload) -> Payload:
    """Serve one request; failures become error responses."""
    request_id = request.get("id")
    name = request.get("op")
    try:
        result = _dispatch(state, request)
    except (RequestError, speech.SpeechError) as err:
        _LOGGER.info("Request %s (%s) refused: %s", request_id, name, err)
        return _error(request_id, err)
    except Exception as err:
        _LOGGER.exception("Request %s (%s) failed", request_id, name)
        return _error(request_id, err)
    return {"id": request_id, "ok": True, "result": result}


def _error(request_id: Any, err: Exception) -> Payload:
    error = {"type": type(err).__name__, "message": str(err)}
    return {"id": request_id, "ok": False, "error": error}


def _protocol_stream() -> IO[bytes]:
    """Return a private stream for responses; stray writes to fd 1 go to stderr."""
    stream = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return stream


def main() -> int:
    """Serve requests from stdin until it closes."""
    logging.basicConfig(
        stream=sys.stderr, level=logging.INFO, format="%(levelname)s %(message)s"
    )
    out = _protocol_stream()
    state = State()
    _LOGGER.info(
        "Worker %s ready (llama-cpp-python %s)", os.getpid(), llama_cpp.__version__
    )
    try:
        while (request := protocol.read_message(sys.stdin.buffer)) is not None:
            response = handle(state, request)
            try:
                frame = protocol.encode(response)
            except protocol.ProtocolError as err:
                frame = protocol.encode(_error(response["id"], err))
            out.write(frame)
            out.flush()
    except protocol.ProtocolError:
        _LOGGER.exception("Broken request stream")
        return 2
    except BrokenPipeError:
        return 1
    finally:
        state.unload()
        state.speech_models.unload()
    return 0


if __name__ == "__main__":
    sys.exit(main())
