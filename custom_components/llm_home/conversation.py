"""The llm_home conversation agent: the user's words to actions and a spoken reply."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
import time
from typing import TYPE_CHECKING, Final, Literal, override

from homeassistant.components import conversation
from homeassistant.components.conversation import trace as conversation_trace
from homeassistant.components.conversation.chat_log import current_chat_log
from homeassistant.components.conversation.models import AbstractConversationAgent
from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent, llm
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .agent.asked import woken_modes
from .agent.brain import Thought
from .agent.chat_history import calls_waiting_for_code, history_from, satellite_area
from .agent.heard import hearing
from .agent.items import joins_items
from .agent.kinds_of import a_kind_by_name
from .agent.named import one_said
from .agent.reading import Request
from .agent.replies import reply_for
from .const import DOMAIN, LOGGER, ORDER_BUILTIN_THEN_LLM
from .engine.errors import (
    EngineBusyError,
    EngineCrashedError,
    EngineError,
    EngineTimeoutError,
    EngineUnavailableError,
)
from .entity import LlmHomeEntity
from .home.actions import action_named
from .home.builtin import async_handle_builtin
from .home.calls import Call, CallParseError
from .home.codes import current_code, spoken_code
from .home.offered import offered_devices
from .language import LANGUAGES, Language, table_for
from .stats import RequestTiming

if TYPE_CHECKING:
    from .runtime import LlmHomeConfigEntry

MAX_TEXT: Final = 500
# How long the answer to "Which lock do you mean?" is taken as one.
ASKED_TTL: Final = 60.0
# The error code HA gets for each refusal of a tool.
_ERROR_CODES: Final = {
    "unknown_target": intent.IntentResponseErrorCode.NO_VALID_TARGETS,
    "ambiguous_target": intent.IntentResponseErrorCode.NO_VALID_TARGETS,
    "no_target": intent.IntentResponseErrorCode.NO_VALID_TARGETS,
}


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LlmHomeConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up the conversation agent."""
    async_add_entities([LlmHomeConversationEntity(entry)])


@dataclass(frozen=True, slots=True)
class Asked:
    """A command answered with "Which ... do you mean?", waiting for the answer."""

    text: str  # the command, its code replaced by the marker
    code: str | None = field(default=None, repr=False)  # held in memory only
    expires: float = field(default_factory=lambda: time.monotonic() + ASKED_TTL)

    @property
    def expired(self) -> bool:
        """Return whether the answer comes too late to be taken as one."""
        return time.monotonic() > self.expires

    def answered_by(self, request: Request) -> str | None:
        """Return the command with the answer, or None for a new command or too late."""
        if self.expired or any(clause.command for clause in request.clauses):
            return None
        return f"{self.text}, {request.text}"


class LlmHomeConversationEntity(
    LlmHomeEntity, conversation.ConversationEntity, AbstractConversationAgent
):
    """A local agent that controls the exposed home through llm_home's tools."""

    _attr_name = None
    _attr_supported_features = conversation.ConversationEntityFeature.CONTROL

    def __init__(self, entry: LlmHomeConfigEntry) -> None:
        """Describe the agent."""
        super().__init__(entry, None)
        # The command of each conversation that was answered with "Which ... ?".
        self._asked: dict[str, Asked] = {}

    @property
    @override
    def supported_languages(self) -> list[str] | Literal["*"]:
        """Return the languages that have a table (language/)."""
        return list(LANGUAGES)

    @override
    async def async_added_to_hass(self) -> None:
        """Register as an agent."""
        await super().async_added_to_hass()
        conversation.async_set_agent(self.hass, self.entry, self)

    @override
    async def async_will_remove_from_hass(self) -> None:
        """Unregister as an agent."""
        conversation.async_unset_agent(self.hass, self.entry)
        await super().async_will_remove_from_hass()

    @override
    async def async_process(
        self, user_input: conversation.ConversationInput
    ) -> conversation.ConversationResult:
        """Take any alarm code out of the words before HA's chat log, logs or the model see them."""
        data = self.entry.runtime_data
        language = table_for(user_input.language)
        heard = data.heard.take(user_input.text)
        lost = heard is not None and heard.lost_prefix(language)
        if heard is not None and (heard.unsure or lost):
            # Words Whisper was unsure of, or "and pause" heard for "unpause", are
            # never acted on, by any matcher.
            LOGGER.info(
                "Not acting on words heard unsure (mean log-probability %.2f, "
                "no speech %.2f, a prefix lost %s)",
                heard.avg_logprob,
                heard.no_speech_prob,
                lost,
            )
            return _not_heard(user_input, language)
        text, code = data.codes.take(
            user_input.text, data.policy.async_sensitive_names(self.hass), language
        )
        # A request without a code never inherits one from a request that started it.
        with spoken_code(code), hearing(heard):
            if text == user_input.text:
                return await super().async_process(user_input)
            _redact_trace(user_input.text, text)
            # A voice pipeline opens the chat log with the raw words before calling the agent.
            if (chat_log := current_chat_log.get()) is not None and (
                chat_log.content
                and isinstance(last := chat_log.content[-1], conversation.UserContent)
                and last.content == user_input.text
            ):
                chat_log.content[-1] = conversation.UserContent(content=text)
            return await super().async_process(replace(user_input, text=text))

    @override
    async def _async_handle_message(
        self, user_input: conversation.ConversationInput, chat_log: conversation.ChatLog
    ) -> conversation.ConversationResult:
        """Turn the words into calls, run them through the tools, and reply."""
        text = user_input.text
        try:
            await chat_log.async_provide_llm_data(
                user_input.as_llm_context(DOMAIN),
                DOMAIN,
                None,
                user_input.extra_system_prompt,
            )
        except conversation.ConverseError as err:
            return err.as_conversation_result()

        language = table_for(user_input.language)
        if len(text) > MAX_TEXT:
            return self._fail(user_input, chat_log, language.replies["too_long"])
        data = self.entry.runtime_data
        # The words are read once; everything after reads the request.
        request = data.brain.read(text, language)
        if request.negated:  # before any matcher: "don't unlock the door" does nothing
            return self._say(user_input, chat_log, language.replies["wont_do"])
        if (asked := self._asked.pop(chat_log.conversation_id, None)) and (
            answer := asked.answered_by(request)
        ):
            # "Which lock do you mean?" ... "the back door": the question's command,
            # with its code, now with the answer.
            with spoken_code(current_code() or asked.code):
                return await self._async_act(
                    user_input, chat_log, data.brain.read(answer, language)
                )
        return await self._async_act(user_input, chat_log, request)

    async def _async_act(
        self,
        user_input: conversation.ConversationInput,
        chat_log: conversation.ChatLog,
        request: Request,
    ) -> conversation.ConversationResult:
        """Understand the words (the built-in matcher first, if chosen) and act."""
        data = self.entry.runtime_data
        text = request.text
        language = request.language
        if (
            text == user_input.text
            and data.settings.order == ORDER_BUILTIN_THEN_LLM
            # "Turn on the AC": the matcher would turn it on in its last mode;
            # "add eggs and milk to the list": it would add one item.
            and not any(
                woken_modes(clause) or joins_items(clause) for clause in request.clauses
            )
            and (
                response := await async_handle_builtin(
                    self.hass,
                    user_input,
                    chat_log,
                    self.entity_id,
                    data.policy,
                    only_kinds=language.only_kinds,
                    # "台灯关掉" is the desk lamp, never every light of the room.
                    one_device=all(
                        c.command and (one_said(c) or a_kind_by_name(c))
                        for c in request.clauses
                    ),
                )
            )
        ):
            return conversation.ConversationResult(
                response=response, conversation_id=chat_log.conversation_id
            )
        if request.closing is not None:
            # "Thanks", "never mind" (which HA's own matcher did not take): nothing
            # is asked, and no question stays open.
            self._asked.pop(chat_log.conversation_id, None)
            return self._say(user_input, chat_log, language.replies[request.closing])
        try:
            if waiting := calls_waiting_for_code(chat_log, text):
                thought = Thought(waiting, None, 0.0)
            else:
                thought = await data.brain.async_think(
                    request,
                    history_from(chat_log),
                    satellite_area(self.hass, user_input.device_id),
                )
        except EngineBusyError:
            return self._fail(user_input, chat_log, language.replies["busy"])
        except (EngineUnavailableError, EngineCrashedError, EngineTimeoutError) as err:
            LOGGER.error("The engine failed: %s", err)
            return self._fail(user_input, chat_log, language.replies["engine_down"])
        except EngineError as err:
            LOGGER.error("The engine failed: %s", err)
            return self._fail(user_input, chat_log, language.replies["failed"])
        except CallParseError as err:
            LOGGER.warning("Unusable model output: %s", err)
            return await self._async_not_handled(user_input, chat_log, language)

        if thought.unheard:
            # "Close, Nagel, Arm, Lower": words mis-heard around a device they do not
            # name; nothing is done and the satellite listens again.
            self._record(thought, 0.0)
            result = self._fail(user_input, chat_log, language.replies["not_heard"])
            result.continue_conversation = True
            return result
        if thought.question is not None:
            # Nothing was done: the user is asked which device, and the satellite
            # listens again for the answer (the reply ends with a question mark).
            self._asked = {
                key: asked for key, asked in self._asked.items() if not asked.expired
            }
            self._asked[chat_log.conversation_id] = Asked(text, current_code())
            self._record(thought, 0.0)
            return self._fail(
                user_input,
                chat_log,
                thought.question,
                intent.IntentResponseErrorCode.NO_VALID_TARGETS,
            )
        if not thought.calls:
            self._record(thought, 0.0)
            return await self._async_not_handled(user_input, chat_log, language)
        tools_start = time.perf_counter()
        results: list[llm.ToolResult] = []
        for offer, calls in thought.by_offer():
            with offered_devices(offer):
                results.extend(
                    [
                        result.result
                        async for result in chat_log.async_add_assistant_content(
                            conversation.AssistantContent(
                                agent_id=self.entity_id,
                                tool_calls=[_tool_input(call) for call in calls],
                            )
                        )
                    ]
                )
        self._record(thought, (time.perf_counter() - tools_start) * 1000)
        reply = (
            " ".join(reply_for(r.data, r.error, language) for r in results)
            or language.replies["failed"]
        )
        if errors := [r for r in results if r.error]:
            code = _ERROR_CODES.get(
                str(errors[0].data.get("error")),
                intent.IntentResponseErrorCode.FAILED_TO_HANDLE,
            )
            return self._fail(user_input, chat_log, reply, code)
        result = self._say(user_input, chat_log, reply)
        if all(
            (action := action_named(call.name)) is not None and action.read_only
            for call in thought.calls
        ):
            result.response.response_type = intent.IntentResponseType.QUERY_ANSWER
        return result

    def _record(self, thought: Thought, tools_ms: float) -> None:
        """Keep what the request cost, for diagnostics, sensors and the trace."""
        completion = thought.completion
        timing = RequestTiming(
            prompt_tokens=completion.prompt_tokens if completion else 0,
            cached_tokens=completion.cached_tokens if completion else 0,
            prefill_ms=completion.prefill_ms if completion else 0.0,
            generation_ms=completion.generation_ms if completion else 0.0,
            tools_ms=tools_ms,
            total_ms=thought.total_ms + tools_ms,
        )
        self.entry.runtime_data.stats.async_record(timing)
        conversation_trace.async_conversation_trace_append(
            conversation_trace.ConversationTraceEventType.AGENT_DETAIL,
            {"timing_ms": timing.as_dict()},
        )

    async def _async_not_handled(
        self,
        user_input: conversation.ConversationInput,
        chat_log: conversation.ChatLog,
        language: Language,
    ) -> conversation.ConversationResult:
        """Say so, or let HA's built-in matcher answer when the user chose that order.

        The matcher acts only where the safety policy lets it (builtin.py).
        """
        data = self.entry.runtime_data
        if data.settings.fallback and (
            response := await async_handle_builtin(
                self.hass,
                user_input,
                chat_log,
                self.entity_id,
                data.policy,
                only_kinds=language.only_kinds,
            )
        ):
            # HA's own response: its targets and error codes reach the pipeline.
            return conversation.ConversationResult(
                response=response, conversation_id=chat_log.conversation_id
            )
        return self._fail(
            user_input,
            chat_log,
            language.replies["not_understood"],
            intent.IntentResponseErrorCode.NO_INTENT_MATCH,
        )

    def _say(
        self,
        user_input: conversation.ConversationInput,
        chat_log: conversation.ChatLog,
        reply: str,
    ) -> conversation.ConversationResult:
        chat_log.async_add_assistant_content_without_tools(
            conversation.AssistantContent(agent_id=self.entity_id, content=reply)
        )
        return conversation.async_get_result_from_chat_log(user_input, chat_log)

    def _fail(
        self,
        user_input: conversation.ConversationInput,
        chat_log: conversation.ChatLog,
        reply: str,
        code: intent.IntentResponseErrorCode = intent.IntentResponseErrorCode.UNKNOWN,
    ) -> conversation.ConversationResult:
        """Say why the request failed, as an error response (not as a success)."""
        result = self._say(user_input, chat_log, reply)
        result.response.async_set_error(code, reply)
        return result


def _tool_input(call: Call) -> llm.ToolInput:
    """Return a call of the model as Home Assistant's tool input."""
    return llm.ToolInput(
        tool_name=call.name,
        tool_args={"target": list(call.targets)}
        | ({"value": call.value} if call.value is not None else {}),
    )


def _not_heard(
    user_input: conversation.ConversationInput, language: Language
) -> conversation.ConversationResult:
    """Return the request to say it again, as an error; the satellite listens again."""
    response = intent.IntentResponse(language=user_input.language)
    response.async_set_error(
        intent.IntentResponseErrorCode.NO_INTENT_MATCH, language.replies["not_heard"]
    )
    return conversation.ConversationResult(
        response=response,
        conversation_id=user_input.conversation_id,
        continue_conversation=True,
    )


def _redact_trace(original: str, redacted: str) -> None:
    """Replace the words that HA's conversation trace recorded before the agent ran.

    HA adds the raw input to the trace before calling any agent and offers no public
    way to amend it; without this, a spoken alarm code would be kept in the trace.
    """
    current = conversation_trace._current_trace.get()  # noqa: SLF001
    for event in getattr(current, "_events", ()):
        if isinstance(event.data, dict) and event.data.get("text") == original:
            event.data["text"] = redacted
