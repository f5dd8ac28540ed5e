"""Send one sentence to an agent, typed or spoken, and record what happened and how long it took.

Typed: HA's conversation API. Spoken (`--voice`): the sentence, synthesized (voices.py)
and heard in a room (rooms.py), runs through HA's assist pipeline (speech-to-text, agent,
text-to-speech) as said to the task's context device, like a satellite in that room.
With `--realtime` the audio is sent at the pace it is said, and the stages are timed
from the end of speech, as a user waits for them. Tool calls
come from the conversation's chat log, stage timings from the conversation trace: an agent that reports
`{"timing_ms": {...}}` as agent detail (llm_home does) gets prefill, generation and tool
times; any agent gets the total.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Collection
from dataclasses import dataclass, field
import time
from typing import Any

from homeassistant.components import assist_pipeline, conversation, stt, tts
from homeassistant.components.assist_pipeline.pipeline import (
    PipelineStage,
    async_get_pipeline,
)
from homeassistant.components.conversation.chat_log import (
    AssistantContent,
    ToolResultContent,
    async_get_chat_log,
)
from homeassistant.components.conversation.trace import (
    ConversationTraceEventType,
    async_get_traces,
)
from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import (
    Context,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.helpers import chat_session, intent

from .report import (
    TO_REPLY,
    TO_REPLY_AUDIO,
    TO_STATE_CHANGE,
    TO_STREAM_END,
    TO_TRANSCRIPT,
)
from .scoring import plain
from tests.clips import spoken_clip


def speech_metadata(language: str) -> stt.SpeechMetadata:
    """Return what a satellite says about its audio: 16 kHz 16-bit mono, the language."""
    return stt.SpeechMetadata(
        language=language,
        format=stt.AudioFormats.WAV,
        codec=stt.AudioCodecs.PCM,
        bit_rate=stt.AudioBitRates.BITRATE_16,
        sample_rate=stt.AudioSampleRates.SAMPLERATE_16000,
        channel=stt.AudioChannels.CHANNEL_MONO,
    )


CHUNK_BYTES = 3200  # 100 ms of 16 kHz 16-bit audio
REALTIME_CHUNK_BYTES = 640  # 20 ms, as a satellite sends its microphone's audio
BYTES_PER_SECOND = 32000
WAV_HEADER = 44  # the WAV header before a reply's first audio
# Agent timing keys (llm_home's RequestTiming) and the stage names they are reported as.
_STAGES = {"prefill_ms": "prefill", "generation_ms": "generation", "tools_ms": "tools"}
_TOKENS = ("prompt_tokens", "cached_tokens")


@dataclass
class Exchange:
    """What one sentence produced."""

    reply: str = ""
    error: bool = False
    transcript: str | None = None
    acknowledged: bool = False  # the pipeline chimed instead of speaking the reply
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    latency_ms: dict[str, float | None] = field(default_factory=dict)
    tokens: dict[str, int] = field(default_factory=dict)


@callback
def _trace_ids() -> set[str]:
    return {trace.trace_id for trace in async_get_traces()}


@callback
def _read_trace(exchange: Exchange, earlier: set[str]) -> None:
    """Take the agent's stage timings from the conversation traces of this exchange.

    An agent that hands the request on (llm_home's fallback to the built-in agent)
    leaves its timings in its own trace, before the other agent's.
    """
    events = [
        event
        for trace in async_get_traces()
        if trace.trace_id not in earlier
        for event in trace.as_dict()["events"]
    ]
    for event in events:
        data = event.get("data") or {}
        if event["event_type"] == ConversationTraceEventType.AGENT_DETAIL and (
            timing := data.get("timing_ms")
        ):
            for key, stage in _STAGES.items():
                exchange.latency_ms[stage] = timing.get(key)
            exchange.tokens = {key: timing[key] for key in _TOKENS if key in timing}


@callback
def _tool_calls(
    hass: HomeAssistant, conversation_id: str | None
) -> list[dict[str, Any]]:
    """Return the tool calls (name, arguments, result) in a conversation's chat log."""
    if conversation_id is None:
        return []
    with (
        chat_session.async_get_chat_session(hass, conversation_id) as session,
        async_get_chat_log(hass, session) as chat_log,
    ):
        results = {
            content.tool_call_id: content.result.data
            for content in chat_log.content
            if isinstance(content, ToolResultContent)
        }
        return [
            {
                "name": call.tool_name,
                "args": plain(call.tool_args),
                "result": plain(results.get(call.id)),
            }
            for content in chat_log.content
            if isinstance(content, AssistantContent)
            for call in content.tool_calls or []
        ]


def _speech(result: dict[str, Any]) -> tuple[str, bool]:
    """Return the reply text and whether it is an error, from a result's dict."""
    response = result.get("response") or {}
    speech = response.get("speech", {}).get("plain", {}).get("speech", "")
    return str(speech), response.get("response_type") == intent.IntentResponseType.ERROR


async def async_converse_text(
    hass: HomeAssistant,
    agent_id: str,
    sentence: str,
    device_id: str | None = None,
    language: str = "en",
) -> Exchange:
    """Type `sentence` to the agent, as said to `device_id` (a task's context device)."""
    exchange = Exchange()
    earlier = _trace_ids()
    start = time.perf_counter()
    result = await conversation.async_converse(
        hass,
        sentence,
        None,
        Context(),
        language=language,
        agent_id=agent_id,
        device_id=device_id,
    )
    await hass.async_block_till_done()
    exchange.latency_ms["total"] = (time.perf_counter() - start) * 1000
    exchange.reply, exchange.error = _speech(result.as_dict())
    exchange.tool_calls = _tool_calls(hass, result.conversation_id)
    _read_trace(exchange, earlier)
    return exchange


async def async_create_pipeline(
    hass: HomeAssistant, agent_id: str, stt_engine: str, tts_engine: str
) -> str:
    """Create an assist pipeline of the given speech engines and agent; return its id.

    In a language the voice does not speak (the development machine has Piper's
    English voice only), the pipeline has no speech out: the reply is text.
    """
    language = hass.config.language
    pipeline = await assist_pipeline.async_create_default_pipeline(
        hass, stt_engine, tts_engine, "llm_home"
    )
    speech_out: dict[str, Any] = {}
    if pipeline is None:
        hass.config.language = "en"
        try:
            pipeline = await assist_pipeline.async_create_default_pipeline(
                hass, stt_engine, tts_engine, "llm_home"
            )
        finally:
            hass.config.language = language
        speech_out = {
            "language": language,
            "stt_language": language,
            "conversation_language": language,
            "tts_engine": None,
            "tts_language": None,
            "tts_voice": None,
        }
    if pipeline is None:
        raise RuntimeError("Could not create an assist pipeline")
    # One update: each starts from the pipeline object it is given.
    await assist_pipeline.async_update_pipeline(
        hass, pipeline, conversation_engine=agent_id, **speech_out
    )
    return pipeline.id


async def spoken(hass: HomeAssistant, sentence: str) -> bytes:
    """Return `sentence` spoken by Piper as 16 kHz 16-bit PCM (the same on every run)."""
    pcm = await hass.async_add_executor_job(spoken_clip, sentence)
    return pcm.astype("<i2").tobytes()


async def _stream(
    pcm: bytes, realtime: bool, sent: list[float]
) -> AsyncGenerator[bytes]:
    """Yield the audio in chunks; `sent` gets the time each chunk left.

    Realtime, each chunk leaves once it has been said (as a satellite's microphone
    fills it), in 20 ms chunks; otherwise as fast as the pipeline takes them.
    """
    size = REALTIME_CHUNK_BYTES if realtime else CHUNK_BYTES
    start = time.perf_counter()
    for offset in range(0, len(pcm), size):
        chunk = pcm[offset : offset + size]
        if realtime:
            due = start + (offset + len(chunk)) / BYTES_PER_SECOND
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
        sent.append(time.perf_counter())
        yield chunk


async def _first_audio(hass: HomeAssistant, token: str) -> float | None:
    """Fetch the spoken reply as a satellite does; return when its first audio came."""
    if (stream := tts.async_get_stream(hass, token)) is None:
        return None
    first, received = None, 0
    async for chunk in stream.async_stream_result():
        received += len(chunk)
        if first is None and received > WAV_HEADER:
            first = time.perf_counter()
    return first


async def async_converse_voice(
    hass: HomeAssistant,
    pipeline_id: str,
    pcm: bytes,
    *,
    device_id: str | None = None,
    realtime: bool = False,
    speech_end: int | None = None,
    watched: Collection[str] = (),
    language: str = "en",
) -> Exchange:
    """Run spoken audio through the pipeline, as said to `device_id`, and fetch the reply.

    Realtime, the stages are also timed from the end of speech (when the chunk that
    holds byte `speech_end` was sent, as its last word was said; None: the last chunk):
    to the end of the stream (Home Assistant's voice-activity detector ends it after
    the silence that follows the words), the transcript, the agent's reply, the first
    state change of a `watched` entity and the reply's first audio.
    """
    exchange = Exchange()
    seen: dict[str, float] = {}
    data: dict[str, dict[str, Any]] = {}
    sent: list[float] = []
    changed: list[float] = []

    @callback
    def on_event(event: assist_pipeline.PipelineEvent) -> None:
        seen[event.type] = time.perf_counter()
        data[event.type] = event.data or {}

    @callback
    def is_watched(event_data: EventStateChangedData) -> bool:
        return event_data["entity_id"] in watched

    @callback
    def on_change(_: Event[EventStateChangedData]) -> None:
        changed.append(time.perf_counter())

    earlier = _trace_ids()
    unsubscribe = hass.bus.async_listen(
        EVENT_STATE_CHANGED, on_change, event_filter=is_watched
    )
    start = time.perf_counter()
    try:
        await assist_pipeline.async_pipeline_from_audio_stream(
            hass,
            context=Context(),
            event_callback=on_event,
            stt_metadata=speech_metadata(language),
            stt_stream=_stream(pcm, realtime, sent),
            pipeline_id=pipeline_id,
            tts_audio_output={"preferred_format": "wav"},
            device_id=device_id,
            # Without a voice in its language, the pipeline ends with the reply's text.
            end_stage=(
                PipelineStage.TTS
                if async_get_pipeline(hass, pipeline_id).tts_engine
                else PipelineStage.INTENT
            ),
        )
        await hass.async_block_till_done()
    finally:
        unsubscribe()
    kinds = assist_pipeline.PipelineEventType
    exchange.transcript = data.get(kinds.STT_END, {}).get("stt_output", {}).get("text")
    if kinds.INTENT_END in data:
        output = data[kinds.INTENT_END].get("intent_output") or {}
        exchange.reply, exchange.error = _speech(output)
        exchange.tool_calls = _tool_calls(hass, output.get("conversation_id"))
    else:  # the pipeline stopped before the agent (nothing heard, or an error)
        error = data.get(kinds.ERROR, {})
        exchange.reply, exchange.error = str(error.get("message", "")), True
    _read_trace(exchange, earlier)
    if kinds.STT_END in seen:
        exchange.latency_ms["stt"] = (
            seen[kinds.STT_END] - seen[kinds.STT_START]
        ) * 1000
    if kinds.INTENT_END in seen:
        exchange.latency_ms["agent"] = (
            seen[kinds.INTENT_END] - seen[kinds.INTENT_START]
        ) * 1000
    audio_at = None
    if kinds.TTS_END in data:
        exchange.acknowledged = bool(
            data.get(kinds.TTS_START, {}).get("acknowledge_override")
        )
        audio_at = await _first_audio(hass, data[kinds.TTS_END]["tts_output"]["token"])
        exchange.latency_ms["tts"] = (
            time.perf_counter() - seen[kinds.TTS_START]
        ) * 1000
    exchange.latency_ms["total"] = (time.perf_counter() - start) * 1000
    if realtime and sent:
        said = len(sent) - 1
        if speech_end is not None:
            said = min(said, max(0, -(-speech_end // REALTIME_CHUNK_BYTES) - 1))
        for stage, moment in (
            (TO_STREAM_END, sent[-1]),
            (TO_TRANSCRIPT, seen.get(kinds.STT_END)),
            (TO_REPLY, seen.get(kinds.INTENT_END)),
            (TO_STATE_CHANGE, changed[0] if changed else None),
            (TO_REPLY_AUDIO, audio_at),
        ):
            exchange.latency_ms[stage] = (
                None if moment is None else (moment - sent[said]) * 1000
            )
    return exchange
