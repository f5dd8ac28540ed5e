"""What the engine can be asked to do: one handler per op, run in the engine's threads.

Handlers are blocking and run off the engine's event loop (see server.py). Load ops
name their model as a catalog key or a path on the engine's machine; the model store
resolves it, so models live with the engine. A refusal becomes an error response
whose type is the exception's class name (``ModelNotFoundError``, ``PayloadError``,
...), which the client maps back to a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import logging
import os
import threading
from typing import Any, Final

from . import llm, speech
from .catalog import CATALOG, ModelKind
from .fields import PayloadError, get
from .gguf_meta import CHAT_TEMPLATE, read_string
from .model_errors import ModelError, ModelInvalidError
from .store import ModelStore, ProgressCallback

_LOGGER = logging.getLogger(__name__)

Payload = dict[str, Any]

# The model kind each load op takes.
LOAD_KINDS: Final = {
    "load_llm": ModelKind.LLM,
    "load_stt": ModelKind.STT,
    "load_tts": ModelKind.TTS,
}
# Ops that touch only the model store: they run beside inference, not behind it.
STORE_OPS: Final = frozenset(
    {"install_model", "download_model", "check_model", "describe_models"}
)


class UnknownOpError(Exception):
    """The request names no op."""


@dataclass
class Engine:
    """What the engine holds between requests."""

    store: ModelStore
    threads: int = 0  # 0: all cores
    language_model: llm.LanguageModel = field(default_factory=llm.LanguageModel)
    speech_models: speech.Speech = field(default_factory=speech.Speech)
    # The load payloads (as the client sent them) of the models it holds, by op.
    loaded: dict[str, Payload] = field(default_factory=dict)

    def n_threads(self, requested: int) -> int:
        """Return the threads for a model: the request's, the engine's, or all cores."""
        return requested or self.threads or os.cpu_count() or 2

    def unload(self) -> None:
        """Free every model."""
        self.language_model.unload()
        self.speech_models.unload()
        self.loaded.clear()


def _load(engine: Engine, op: str, payload: Payload) -> Payload:
    """Resolve the model a load op names on this machine, then load it."""
    kind = LOAD_KINDS[op]
    resolved = dict(
        payload, path=str(engine.store.resolve(kind, get(payload, "model", str)))
    )
    resolved["n_threads"] = engine.n_threads(get(payload, "n_threads", int, 0))
    # A failed load may leave the previous model unloaded: forget it until this succeeds.
    engine.loaded.pop(op, None)
    if op == "load_llm":
        try:
            result = llm.load_llm(engine.language_model, resolved)
        except ValueError as err:
            # llama.cpp reads the whole file only here: a truncated or damaged GGUF
            # is a model the user must replace, not a reason to retry.
            raise ModelInvalidError(
                get(payload, "model", str), f"llama.cpp cannot load it ({err})"
            ) from err
    else:
        result = speech.HANDLERS[op](engine.speech_models, resolved)
    engine.loaded[op] = payload
    return result


def _install_model(
    engine: Engine,
    payload: Payload,
    progress: ProgressCallback,
    cancel: threading.Event,
) -> Payload:
    key = get(payload, "model", str)
    if (model := CATALOG.get(key)) is None:
        raise PayloadError(f"{key!r} is not a catalog model")
    return {"path": str(engine.store.install(model, progress, cancel))}


def _download_model(
    engine: Engine,
    payload: Payload,
    progress: ProgressCallback,
    cancel: threading.Event,
) -> Payload:
    path = engine.store.download(
        get(payload, "url", str), get(payload, "sha256", str, None), progress, cancel
    )
    return {"path": str(path)}


def _check_model(engine: Engine, payload: Payload) -> Payload:
    """Check a model; for a language model, also read its chat template."""
    kind = ModelKind(get(payload, "kind", str))
    path = engine.store.resolve(kind, get(payload, "model", str))
    if kind is not ModelKind.LLM:
        return {"path": str(path)}
    return {"path": str(path), "chat_template": read_string(path, CHAT_TEMPLATE)}


def _describe_models(engine: Engine, payload: Payload) -> Payload:
    models = get(payload, "models", dict)
    return {
        kind: engine.store.describe(ModelKind(kind), str(value))
        for kind, value in models.items()
    }


def _payload(request: Payload) -> Payload:
    payload = request.get("payload", {})
    if not isinstance(payload, dict):
        raise PayloadError("the payload is not a JSON object")
    return payload


def run(
    engine: Engine,
    op: object,
    payload: Payload,
    progress: ProgressCallback,
    cancel: threading.Event,
) -> Payload:
    """Run one op and return its result; raises for a request that cannot be served."""
    if not isinstance(op, str):
        raise UnknownOpError(f"unknown op {op!r}")
    if op in LOAD_KINDS:
        return _load(engine, op, payload)
    if op in llm.HANDLERS:
        return llm.HANDLERS[op](engine.language_model, payload)
    if op in speech.HANDLERS:
        return speech.HANDLERS[op](engine.speech_models, payload)
    match op:
        case "ping":
            return {}
        case "install_model":
            return _install_model(engine, payload, progress, cancel)
        case "download_model":
            return _download_model(engine, payload, progress, cancel)
        case "check_model":
            return _check_model(engine, payload)
        case "describe_models":
            return _describe_models(engine, payload)
    raise UnknownOpError(f"unknown op {op!r}")


# Failures that are the request's fault or the model's, not the engine's: logged
# briefly; anything else is logged with its traceback.
EXPECTED_ERRORS: Final = (
    UnknownOpError,
    PayloadError,
    ValueError,
    ModelError,
    llm.LlmError,
    speech.SpeechError,
)


def respond(
    engine: Engine,
    request: Payload,
    progress: Callable[[float], None],
    cancel: threading.Event,
) -> Payload:
    """Serve one request; every failure becomes an error response."""
    request_id = request.get("id")
    op = request.get("op")
    try:
        result = run(engine, op, _payload(request), progress, cancel)
    except EXPECTED_ERRORS as err:
        _LOGGER.info("Request %s (%s) refused: %s", request_id, op, err)
        return error_response(request_id, err)
    except Exception as err:
        _LOGGER.exception("Request %s (%s) failed", request_id, op)
        return error_response(request_id, err)
    return {"id": request_id, "ok": True, "result": result}


def error_response(request_id: Any, err: Exception) -> Payload:
    """Return the error response for a request that failed with `err`."""
    error: Payload = {"type": type(err).__name__, "message": str(err)}
    if isinstance(err, ModelError):
        error["reason"] = err.reason
        error["model"] = err.model
        error["detail"] = err.detail
    return {"id": request_id, "ok": False, "error": error}
