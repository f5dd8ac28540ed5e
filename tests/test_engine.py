"""The engine and its client, embedded (a child process) and on the network, with the real model."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
import os
from pathlib import Path
import signal

import pytest

from .chat_templates import MISTRAL_TEMPLATE
from .engines import NetworkEngine, process_exists
from .gguf_files import fake_model
from custom_components.llm_home.const import (
    DEFAULT_LLM_MODEL,
    ENGINE_DATA_DIR,
    ENGINE_EMBEDDED,
    ENGINE_NETWORK,
)
from custom_components.llm_home.engine.catalog import CATALOG, DEFAULT_MODELS, ModelKind
from custom_components.llm_home.engine.child import EmbeddedEngine, RemoteEngine
from custom_components.llm_home.engine.client import EngineClient, EngineState
from custom_components.llm_home.engine.errors import (
    EngineBusyError,
    EngineCrashedError,
    EngineError,
    EngineRequestError,
    EngineTimeoutError,
)
from custom_components.llm_home.engine.gguf_meta import CHAT_TEMPLATE, read_string
from custom_components.llm_home.engine.protocol import ModelCheck
from custom_components.llm_home.engine.store import ModelStore

N_CTX = 2048
N_THREADS = 2
SYSTEM = "You are a smart home assistant. Answer briefly."
# A plain continuation that greedy decoding keeps counting for many tokens.
LONG_PROMPT = "Numbers from 1 to 1000, one per line:\n1\n2\n3\n4\n5\n"
BOTH = pytest.mark.parametrize("engine_kind", [ENGINE_EMBEDDED, ENGINE_NETWORK])


def chat(user: str) -> str:
    """Return a Qwen chat prompt with one user turn."""
    return (
        f"<|im_start|>system\n{SYSTEM}<|im_end|>\n"
        f"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n"
    )


@pytest.fixture
async def engine(
    request: pytest.FixtureRequest,
    engine_kind: str,
    model_store: ModelStore,
    shared_config_dir: Path,
) -> AsyncGenerator[EngineClient]:
    """Return a started client of an engine without a model; stop it afterwards."""
    if engine_kind == ENGINE_NETWORK:
        network: NetworkEngine = request.getfixturevalue("network")
        launcher: EmbeddedEngine | RemoteEngine = RemoteEngine(
            network.host, network.port, network.token
        )
    else:
        launcher = EmbeddedEngine(shared_config_dir / ENGINE_DATA_DIR, name="test")
    client = EngineClient(launcher, name="test")
    await client.start()
    yield client
    await client.stop()


@pytest.fixture
async def llm_engine(engine: EngineClient) -> EngineClient:
    """Return a started engine client holding the default language model."""
    result = await engine.load_llm(DEFAULT_LLM_MODEL, N_CTX, N_THREADS)
    assert result.n_ctx == N_CTX
    return engine


async def _started(task: asyncio.Task[object]) -> None:
    """Give a request time to reach the engine, and check it is still running."""
    await asyncio.sleep(1)
    assert not task.done()


@BOTH
async def test_ping(engine: EngineClient) -> None:
    """A started engine answers ping; the handshake told its versions."""
    assert await engine.request("ping", {}, timeout=10) == {}
    assert engine.state is EngineState.READY
    assert engine.hello is not None and engine.hello.protocol == 2
    assert process_exists(engine.hello.pid)
    assert engine.restarts == 0


@BOTH
async def test_load_and_complete_greedy(llm_engine: EngineClient) -> None:
    """Greedy completion produces text, the same text twice; a second load is a no-op."""
    first = await llm_engine.complete(
        chat("Say hello."), max_tokens=16, temperature=0.0, stop=["<|im_end|>"]
    )
    assert first.text.strip()
    assert 0 < first.completion_tokens <= 16
    assert first.prompt_tokens > 0
    assert first.total_ms >= first.prefill_ms >= 0
    again = await llm_engine.complete(
        chat("Say hello."), max_tokens=16, temperature=0.0, stop=["<|im_end|>"]
    )
    assert again.text == first.text
    reload = await llm_engine.load_llm(DEFAULT_LLM_MODEL, N_CTX, N_THREADS)
    assert reload.load_ms == 0.0


async def test_chat_template_is_reported(
    llm_engine: EngineClient, model_store: ModelStore, tmp_path: Path
) -> None:
    """Loading or checking a language model reports the chat template of its GGUF."""
    template = read_string(model_store.path(CATALOG[DEFAULT_LLM_MODEL]), CHAT_TEMPLATE)
    assert template is not None and "<|im_start|>" in template
    loaded = await llm_engine.load_llm(DEFAULT_LLM_MODEL, N_CTX, N_THREADS)
    assert loaded.chat_template == template
    checked = await llm_engine.check_model(ModelKind.LLM, DEFAULT_LLM_MODEL)
    assert checked.chat_template == template
    stt = await llm_engine.check_model(ModelKind.STT, DEFAULT_MODELS[ModelKind.STT])
    assert stt.chat_template is None
    other = fake_model(tmp_path / "mistral.gguf", MISTRAL_TEMPLATE)
    checked = await llm_engine.check_model(ModelKind.LLM, str(other))
    assert checked == ModelCheck(str(other), MISTRAL_TEMPLATE)
    bare = await llm_engine.check_model(
        ModelKind.LLM, str(fake_model(tmp_path / "bare.gguf", None))
    )
    assert bare.chat_template is None


async def test_grammar_forces_output(llm_engine: EngineClient) -> None:
    """A GBNF grammar restricts the output to its language."""
    result = await llm_engine.complete(
        chat("Is the kitchen light on? Answer yes or no."),
        grammar='root ::= "yes" | "no"',
        max_tokens=8,
    )
    assert result.text in {"yes", "no"}


async def test_invalid_grammar_is_refused(llm_engine: EngineClient) -> None:
    """A grammar that does not parse is an error response, not a crash."""
    with pytest.raises(EngineRequestError) as err:
        await llm_engine.complete(chat("Hi"), grammar="root ::= undefined_rule")
    assert err.value.error_type == "GrammarError"
    assert await llm_engine.request("ping", {}, timeout=10) == {}
    assert llm_engine.restarts == 0


async def test_shared_prefix_is_cached(llm_engine: EngineClient) -> None:
    """Prompts sharing a prefix reuse its KV cache, and report it."""
    first = await llm_engine.complete(chat("Turn on the kitchen light."), max_tokens=4)
    second = await llm_engine.complete(chat("Turn off the hall fan."), max_tokens=4)
    assert first.cached_tokens < second.cached_tokens < second.prompt_tokens

    prefix = f"<|im_start|>system\n{SYSTEM}<|im_end|>\n"
    warm = await llm_engine.warmup(prefix)
    again = await llm_engine.warmup(prefix)
    assert again.cached_tokens == again.prompt_tokens == warm.prompt_tokens
    after = await llm_engine.complete(chat("What time is it?"), max_tokens=4)
    assert after.cached_tokens == warm.prompt_tokens


@BOTH
async def test_missing_model_is_an_error(engine: EngineClient, tmp_path: Path) -> None:
    """Loading a missing model fails the request with its reason; the engine keeps serving."""
    with pytest.raises(EngineRequestError) as err:
        await engine.load_llm(str(tmp_path / "missing.gguf"), N_CTX, N_THREADS)
    assert err.value.reason == "model_not_found"
    assert await engine.request("ping", {}, timeout=10) == {}
    assert engine.restarts == 0


async def test_truncated_model_is_invalid(
    engine: EngineClient, model_store: ModelStore, tmp_path: Path
) -> None:
    """A GGUF cut short is refused as invalid (not retried); the engine keeps serving."""
    truncated = tmp_path / "truncated.gguf"
    with model_store.path(CATALOG[DEFAULT_LLM_MODEL]).open("rb") as source:
        truncated.write_bytes(source.read(8 * 1024 * 1024))
    with pytest.raises(EngineRequestError) as err:
        await engine.load_llm(str(truncated), N_CTX, N_THREADS)
    assert err.value.reason == "model_invalid"
    assert "llama.cpp cannot load it" in err.value.detail
    assert await engine.request("ping", {}, timeout=10) == {}
    assert engine.restarts == 0


async def test_completion_needs_a_model(engine: EngineClient) -> None:
    """A fresh engine refuses a completion until a model is loaded."""
    with pytest.raises(EngineRequestError) as err:
        await engine.complete("Hello")
    assert err.value.error_type == "NoModelError"


async def test_bad_requests(engine: EngineClient) -> None:
    """Unknown ops and malformed payloads are refused without harming the engine."""
    with pytest.raises(EngineRequestError) as err:
        await engine.request("no_such_op", {}, timeout=10)
    assert err.value.error_type == "UnknownOpError"
    with pytest.raises(EngineRequestError) as err:
        await engine.request("load_llm", {"model": 3}, timeout=10)
    assert err.value.error_type == "PayloadError"
    assert await engine.request("ping", {}, timeout=10) == {}


async def test_crash_restarts_and_reloads(llm_engine: EngineClient) -> None:
    """A killed embedded engine fails its request only; it comes back with its model."""
    pid = llm_engine.pid
    assert pid is not None
    task = asyncio.create_task(llm_engine.complete(LONG_PROMPT, max_tokens=1500))
    await _started(task)
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(EngineCrashedError):
        await task
    result = await llm_engine.complete(chat("Say hello."), max_tokens=8)
    assert result.text.strip()
    assert llm_engine.restarts == 1
    assert llm_engine.pid not in (None, pid)
    assert not process_exists(pid)


async def test_timeout_restarts(llm_engine: EngineClient) -> None:
    """A request over its timeout fails; the engine is replaced and serves the next."""
    pid = llm_engine.pid
    assert pid is not None
    with pytest.raises(EngineTimeoutError):
        await llm_engine.complete(LONG_PROMPT, max_tokens=1500, timeout=0.5)
    result = await llm_engine.complete(chat("Say hello."), max_tokens=8)
    assert result.text.strip()
    assert llm_engine.restarts == 1
    assert not process_exists(pid)


async def test_busy(engine: EngineClient) -> None:
    """Requests beyond max_pending are refused at once; the others are served."""
    client = EngineClient(engine.launcher, max_pending=2, name="busy")
    await client.start()
    try:
        results = await asyncio.gather(
            *(client.request("ping", {}, timeout=10) for _ in range(5)),
            return_exceptions=True,
        )
    finally:
        await client.stop()
    assert results[:2] == [{}, {}]
    assert all(isinstance(result, EngineBusyError) for result in results[2:])


async def test_stop(llm_engine: EngineClient) -> None:
    """Stopping fails the running request and leaves no process; it is idempotent."""
    pid = llm_engine.pid
    assert pid is not None
    task = asyncio.create_task(llm_engine.complete(LONG_PROMPT, max_tokens=1500))
    await _started(task)
    await llm_engine.stop()
    with pytest.raises(EngineError):
        await task
    assert llm_engine.state is EngineState.STOPPED
    assert llm_engine.pid is None
    assert not process_exists(pid)
    await llm_engine.stop()
    with pytest.raises(EngineError):
        await llm_engine.request("ping", {}, timeout=10)


def test_network_token_is_required_off_loopback(tmp_path: Path) -> None:
    """An engine asked to listen beyond loopback without a token refuses to start."""
    from custom_components.llm_home.engine import cli  # noqa: PLC0415

    args = cli.parse_args(["--host", "0.0.0.0", "--data-dir", str(tmp_path)])
    with pytest.raises(cli.ConfigError, match="token is required"):
        cli.read_token(args)
    empty = tmp_path / "token"
    empty.write_text("\n")
    args = cli.parse_args(
        ["--host", "0.0.0.0", "--data-dir", str(tmp_path), "--token-file", str(empty)]
    )
    with pytest.raises(cli.ConfigError, match="empty"):
        cli.read_token(args)
