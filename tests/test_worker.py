"""Tests for the inference worker process and its client, with the real model."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
import os
from pathlib import Path
import signal

import pytest

from custom_components.llm_home.catalog import CATALOG
from custom_components.llm_home.const import DEFAULT_LLM_MODEL
from custom_components.llm_home.models import ModelStore
from custom_components.llm_home.worker import (
    WorkerBusyError,
    WorkerClient,
    WorkerCrashedError,
    WorkerError,
    WorkerRequestError,
    WorkerTimeoutError,
)

N_CTX = 2048
N_THREADS = 2
SYSTEM = "You are a smart home assistant. Answer briefly."
# A plain continuation that greedy decoding keeps counting for many tokens.
LONG_PROMPT = "Numbers from 1 to 1000, one per line:\n1\n2\n3\n4\n5\n"


def chat(user: str) -> str:
    """Return a Qwen chat prompt with one user turn."""
    return (
        f"<|im_start|>system\n{SYSTEM}<|im_end|>\n"
        f"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n"
    )


@pytest.fixture
def llm_path(model_store: ModelStore) -> Path:
    """Return the path of the default language model."""
    return model_store.path(CATALOG[DEFAULT_LLM_MODEL])


@pytest.fixture
async def worker() -> AsyncGenerator[WorkerClient]:
    """Return a started worker without a model; stop it afterwards."""
    client = WorkerClient(name="test")
    await client.start()
    yield client
    await client.stop()


@pytest.fixture
async def llm_worker(worker: WorkerClient, llm_path: Path) -> WorkerClient:
    """Return a started worker holding the default language model."""
    result = await worker.load_llm(llm_path, N_CTX, N_THREADS)
    assert result.n_ctx == N_CTX
    return worker


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def _started(task: asyncio.Task[object]) -> None:
    """Give a request time to reach the worker, and check it is still running."""
    await asyncio.sleep(1)
    assert not task.done()


async def test_ping(worker: WorkerClient) -> None:
    """A started worker answers ping and has a live process."""
    assert await worker.request("ping", {}, timeout=10) == {}
    assert worker.running
    assert worker.pid is not None and _process_exists(worker.pid)
    assert worker.restarts == 0


async def test_load_and_complete_greedy(
    llm_worker: WorkerClient, llm_path: Path
) -> None:
    """Greedy completion produces text, the same text twice; a second load is a no-op."""
    first = await llm_worker.complete(
        chat("Say hello."), max_tokens=16, temperature=0.0, stop=["<|im_end|>"]
    )
    assert first.text.strip()
    assert 0 < first.completion_tokens <= 16
    assert first.prompt_tokens > 0
    assert first.total_ms >= first.prefill_ms >= 0
    again = await llm_worker.complete(
        chat("Say hello."), max_tokens=16, temperature=0.0, stop=["<|im_end|>"]
    )
    assert again.text == first.text
    reload = await llm_worker.load_llm(llm_path, N_CTX, N_THREADS)
    assert reload.load_ms == 0.0


async def test_grammar_forces_output(llm_worker: WorkerClient) -> None:
    """A GBNF grammar restricts the output to its language."""
    result = await llm_worker.complete(
        chat("Is the kitchen light on? Answer yes or no."),
        grammar='root ::= "yes" | "no"',
        max_tokens=8,
    )
    assert result.text in {"yes", "no"}


async def test_invalid_grammar_is_refused(llm_worker: WorkerClient) -> None:
    """A grammar that does not parse is an error response, not a crash."""
    with pytest.raises(WorkerRequestError) as err:
        await llm_worker.complete(chat("Hi"), grammar="root ::= undefined_rule")
    assert err.value.error_type == "GrammarError"
    assert await llm_worker.request("ping", {}, timeout=10) == {}
    assert llm_worker.restarts == 0


async def test_shared_prefix_is_cached(llm_worker: WorkerClient) -> None:
    """Prompts sharing a prefix reuse its KV cache, and report it."""
    first = await llm_worker.complete(chat("Turn on the kitchen light."), max_tokens=4)
    assert first.cached_tokens == 0
    second = await llm_worker.complete(chat("Turn off the hall fan."), max_tokens=4)
    assert 0 < second.cached_tokens < second.prompt_tokens

    prefix = f"<|im_start|>system\n{SYSTEM}<|im_end|>\n"
    warm = await llm_worker.warmup(prefix)
    again = await llm_worker.warmup(prefix)
    assert again.cached_tokens == again.prompt_tokens == warm.prompt_tokens
    after = await llm_worker.complete(chat("What time is it?"), max_tokens=4)
    assert after.cached_tokens == warm.prompt_tokens


async def test_missing_model_is_an_error(worker: WorkerClient, tmp_path: Path) -> None:
    """Loading a missing model fails the request; the worker keeps serving."""
    with pytest.raises(WorkerRequestError) as err:
        await worker.load_llm(tmp_path / "missing.gguf", N_CTX, N_THREADS)
    assert "does not exist" in err.value.message
    with pytest.raises(WorkerRequestError) as err:
        await worker.complete("Hello")
    assert err.value.error_type == "NoModelError"
    assert await worker.request("ping", {}, timeout=10) == {}
    assert worker.restarts == 0


async def test_bad_requests(worker: WorkerClient) -> None:
    """Unknown ops and malformed payloads are refused without harming the worker."""
    with pytest.raises(WorkerRequestError) as err:
        await worker.request("no_such_op", {}, timeout=10)
    assert err.value.error_type == "UnknownOpError"
    with pytest.raises(WorkerRequestError) as err:
        await worker.request("load_llm", {"path": 3}, timeout=10)
    assert err.value.error_type == "PayloadError"
    assert await worker.request("ping", {}, timeout=10) == {}


async def test_crash_restarts_and_reloads(llm_worker: WorkerClient) -> None:
    """A killed worker fails its request only; it comes back with its model."""
    pid = llm_worker.pid
    assert pid is not None
    task = asyncio.create_task(llm_worker.complete(LONG_PROMPT, max_tokens=1500))
    await _started(task)
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(WorkerCrashedError):
        await task
    result = await llm_worker.complete(chat("Say hello."), max_tokens=8)
    assert result.text.strip()
    assert llm_worker.restarts == 1
    assert llm_worker.pid not in (None, pid)
    assert not _process_exists(pid)


async def test_timeout_restarts(llm_worker: WorkerClient) -> None:
    """A request over its timeout fails; the worker is replaced and serves the next."""
    pid = llm_worker.pid
    assert pid is not None
    with pytest.raises(WorkerTimeoutError):
        await llm_worker.complete(LONG_PROMPT, max_tokens=1500, timeout=0.5)
    result = await llm_worker.complete(chat("Say hello."), max_tokens=8)
    assert result.text.strip()
    assert llm_worker.restarts == 1
    assert not _process_exists(pid)


async def test_busy() -> None:
    """Requests beyond max_pending are refused at once; the others are served."""
    client = WorkerClient(max_pending=2, name="busy")
    await client.start()
    try:
        results = await asyncio.gather(
            *(client.request("ping", {}, timeout=10) for _ in range(5)),
            return_exceptions=True,
        )
    finally:
        await client.stop()
    assert results[:2] == [{}, {}]
    assert all(isinstance(result, WorkerBusyError) for result in results[2:])


async def test_stop(llm_worker: WorkerClient) -> None:
    """Stopping fails the running request and leaves no process; it is idempotent."""
    pid = llm_worker.pid
    assert pid is not None
    task = asyncio.create_task(llm_worker.complete(LONG_PROMPT, max_tokens=1500))
    await _started(task)
    await llm_worker.stop()
    with pytest.raises(WorkerError):
        await task
    assert not llm_worker.running
    assert llm_worker.pid is None
    assert not _process_exists(pid)
    await llm_worker.stop()
    with pytest.raises(WorkerError):
        await llm_worker.request("ping", {}, timeout=10)
