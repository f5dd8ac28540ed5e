"""The language model on an OpenAI-compatible completion server (llama.cpp's llama-server, vLLM).

The stable prompt prefix is sent the same way every time with ``cache_prompt`` and a
fixed ``id_slot``, so llama-server evaluates it once and keeps it in that slot. The
GBNF grammar goes in the ``grammar`` field (llama-server, llama-cpp-python's server;
vLLM reads ``guided_grammar``, sent too). The output is checked against the grammar
all the same, so a server that ignores it cannot make llm_home act: the request
fails with a clear error instead. Timeouts are bounded; nothing blocks the event loop.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Final

import aiohttp

from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession

from ..const import LOGGER
from ..engine.errors import (
    EngineAuthError,
    EngineError,
    EngineTimeoutError,
    EngineUnavailableError,
)
from ..engine.protocol import CompletionResult
from .chat_format import UnsupportedChatTemplateError, chat_format_for
from .grammar_check import matches

CHECK_GRAMMAR: Final = 'root ::= "yes" | "no"'
CHECK_PROMPT: Final = "Answer yes or no. Is water wet? Answer:"
# One slot of the server for llm_home, so its prefix stays cached there.
SLOT: Final = 0
SEED: Final = 1234
PROPS_TIMEOUT: Final = 10.0


class ServerError(EngineError):
    """The server answered, but not with a usable completion."""


class GrammarIgnoredError(ServerError):
    """The server's output does not fit the grammar: it ignores grammars."""


class ModelMissingError(ServerError):
    """The server does not serve the model asked for."""


class LlmServer:
    """Completions from an OpenAI-compatible server, as the engine would give them."""

    def __init__(
        self, hass: HomeAssistant, url: str, api_key: str = "", model: str = ""
    ) -> None:
        """Talk to the server at `url` (the base, without /v1)."""
        self._session = async_get_clientsession(hass)
        self._url = url.rstrip("/").removesuffix("/v1")
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._model = model

    def describe(self) -> str:
        """Return the server's address, for logs and diagnostics (never the key)."""
        return self._url

    async def complete(
        self,
        prompt: str,
        *,
        grammar: str | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        timeout: float = 60.0,
    ) -> CompletionResult:
        """Complete a prompt; raise EngineError (a subclass) when that fails."""
        body: dict[str, Any] = {
            "prompt": prompt,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stop": stop or [],
            "seed": SEED,
            "cache_prompt": True,
            "id_slot": SLOT,
        }
        if self._model:
            body["model"] = self._model
        if grammar is not None:
            body["grammar"] = body["guided_grammar"] = grammar
        start = time.perf_counter()
        response = await self._post("/v1/completions", body, timeout)
        total_ms = (time.perf_counter() - start) * 1000
        try:
            result = _completion(response, total_ms)
        except (TypeError, ValueError) as err:
            raise ServerError(
                f"The language model server's answer is malformed: {err}"
            ) from err
        if grammar is not None and not matches(grammar, result.text):
            LOGGER.warning(
                "The language model server ignored the grammar; its output was not used"
            )
            raise GrammarIgnoredError(
                "The language model server does not follow grammars"
            )
        return result

    async def warmup(self, prompt: str, *, timeout: float = 60.0) -> CompletionResult:
        """Evaluate a prompt prefix into the server's cache."""
        return await self.complete(prompt, max_tokens=1, timeout=timeout)

    async def check(self) -> None:
        """Check that the server answers and follows a grammar; raises EngineError."""
        result = await self.complete(CHECK_PROMPT, grammar=CHECK_GRAMMAR, max_tokens=2)
        LOGGER.debug("The server at %s answered %r", self._url, result.text)

    async def chat_template(self, *, timeout: float = PROPS_TIMEOUT) -> str | None:
        """Return the chat template the server reports (llama-server's /props).

        None when the server has no /props (vLLM, llama-cpp-python) or reports no
        template; raises EngineError when the server cannot be reached or asked.
        """
        try:
            props = await self._request("GET", "/props", None, timeout)
        except ServerError as err:
            LOGGER.debug("The server at %s tells no chat template: %s", self._url, err)
            return None
        template = props.get("chat_template")
        return template if isinstance(template, str) else None

    async def _post(
        self, path: str, body: dict[str, Any], timeout: float
    ) -> dict[str, Any]:
        return await self._request("POST", path, body, timeout)

    async def _request(
        self, method: str, path: str, body: dict[str, Any] | None, timeout: float
    ) -> dict[str, Any]:
        try:
            async with self._session.request(
                method,
                self._url + path,
                json=body,
                headers=self._headers,
                timeout=aiohttp.ClientTimeout(total=timeout),
            ) as response:
                text = await response.text()
                status = response.status
        except TimeoutError as err:
            raise EngineTimeoutError(
                f"The language model server took over {timeout} s"
            ) from err
        except (aiohttp.ClientError, OSError) as err:
            raise EngineUnavailableError(
                f"Cannot reach the language model server at {self._url}: {err}"
            ) from err
        if status in (401, 403):
            raise EngineAuthError("The language model server refused the API key")
        if status == 404 and self._model and "model" in text.lower():
            raise ModelMissingError(f"The server has no model {self._model!r}")
        if status >= 400:
            raise ServerError(
                f"The language model server answered {status}: {text[:200]}"
            )
        try:
            data = json.loads(text)
        except ValueError as err:
            raise ServerError(
                "The language model server answered with no JSON"
            ) from err
        if not isinstance(data, dict):
            raise ServerError("The language model server answered with no JSON object")
        return data


def _object(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _completion(data: dict[str, Any], total_ms: float) -> CompletionResult:
    """Read the text, token counts and timings of an OpenAI completion response."""
    try:
        text = data["choices"][0]["text"]
    except (KeyError, IndexError, TypeError) as err:
        raise ServerError("The language model server's answer has no text") from err
    if not isinstance(text, str):
        raise ServerError("The language model server's answer has no text")
    usage = _object(data, "usage")
    # llama-server adds its own timings: prompt and generation time, cached tokens.
    timings = _object(data, "timings")
    prompt_tokens = int(usage.get("prompt_tokens") or 0)
    prompt_n = int(timings.get("prompt_n", prompt_tokens) or 0)
    prefill_ms = float(timings.get("prompt_ms") or 0.0)
    generation_ms = float(timings.get("predicted_ms") or 0.0)
    if not timings:
        prefill_ms, generation_ms = 0.0, total_ms
    return CompletionResult(
        text=text,
        prompt_tokens=prompt_tokens,
        cached_tokens=int(timings.get("cache_n", prompt_tokens - prompt_n) or 0),
        completion_tokens=int(usage.get("completion_tokens") or 0),
        prefill_ms=prefill_ms,
        generation_ms=generation_ms,
        total_ms=total_ms,
    )


async def async_check_server(
    hass: HomeAssistant, url: str, api_key: str, model: str
) -> str | None:
    """Test a server for the config flow; return a form error key, or None when it works."""
    server = LlmServer(hass, url, api_key, model)
    try:
        async with asyncio.timeout(120):
            await server.check()
            chat_format_for(await server.chat_template())
    except UnsupportedChatTemplateError as err:
        LOGGER.info("The language model server at %s: %s", url, err)
        return "chat_template_unsupported"
    except EngineAuthError:
        return "invalid_api_key"
    except GrammarIgnoredError:
        return "no_grammar_support"
    except ModelMissingError:
        return "model_missing"
    except EngineUnavailableError, TimeoutError, EngineTimeoutError:
        return "server_unreachable"
    except EngineError as err:
        LOGGER.info("The language model server at %s failed: %s", url, err)
        return "server_failed"
    return None
