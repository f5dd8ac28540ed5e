"""End-of-audio to state change through HA's real assist pipeline, with llm_home's models.

Run with `scripts/bench_speech` (after the speech numbers). Prints numbers; asserts
nothing about time. Each voice command of the pipeline test is spoken (deterministic
Piper clip), streamed in 100 ms chunks like a satellite, and timed from the last chunk
to the state change and to the end of the spoken reply.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
import statistics
import time

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import assist_pipeline, tts
from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import (
    Context,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)

from tests.home import ALARM, ALARM_CODE
from tests.test_speech import (
    KITCHEN_LIGHT,
    METADATA,
    VOICE_COMMANDS,
    WAV_HEADER,
    chunks,
    clip,
    create_pipeline,
)

REPEAT = 3
# How each command's entity is put back before the command is said again.
RESETS = {
    KITCHEN_LIGHT: ("light", "turn_off", {}),
    "climate.hvac": ("climate", "set_temperature", {"temperature": 21}),
    ALARM: ("alarm_control_panel", "alarm_disarm", {"code": ALARM_CODE}),
}


async def test_pipeline_latency(hass: HomeAssistant, agent: MockConfigEntry) -> None:
    """Print end-of-audio to state change and to reply audio, per command."""
    pipeline_id = await create_pipeline(hass, agent)
    rows = [
        "| command | audio s | end of audio to state change ms | to reply audio ms |",
        "|---|---|---|---|",
    ]
    for sentence, entity, _ in VOICE_COMMANDS:
        pcm = await clip(hass, sentence, pad_s=1.0)
        to_change: list[float] = []
        to_reply: list[float] = []
        for _ in range(REPEAT):
            domain, service, data = RESETS[entity]
            await hass.services.async_call(
                domain, service, {"entity_id": entity, **data}, blocking=True
            )
            end_of_audio, changed, replied = await _run(hass, pipeline_id, pcm, entity)
            if changed is not None:
                to_change.append((changed - end_of_audio) * 1000)
            to_reply.append((replied - end_of_audio) * 1000)
        change = f"{statistics.median(to_change):.0f}" if to_change else "no change"
        rows.append(
            f"| {sentence} | {len(pcm) / 32000:.1f} | {change} "
            f"| {statistics.median(to_reply):.0f} |"
        )
    print("\n" + "\n".join(rows))  # noqa: T201


async def _run(
    hass: HomeAssistant, pipeline_id: str, pcm: bytes, entity: str
) -> tuple[float, float | None, float]:
    """Say one command; return when its audio ended, its entity changed, and its reply's first audio was ready."""
    end_of_audio: list[float] = []
    changed: list[float] = []
    events: list[assist_pipeline.PipelineEvent] = []

    async def stream() -> AsyncGenerator[bytes]:
        async for chunk in chunks(pcm):
            yield chunk
        end_of_audio.append(time.perf_counter())

    @callback
    def is_entity(event_data: EventStateChangedData) -> bool:
        return event_data["entity_id"] == entity

    @callback
    def on_change(_: Event[EventStateChangedData]) -> None:
        changed.append(time.perf_counter())

    unsubscribe = hass.bus.async_listen(
        EVENT_STATE_CHANGED, on_change, event_filter=is_entity
    )
    try:
        await assist_pipeline.async_pipeline_from_audio_stream(
            hass,
            context=Context(),
            event_callback=events.append,
            stt_metadata=METADATA,
            stt_stream=stream(),
            pipeline_id=pipeline_id,
            tts_audio_output={"preferred_format": "wav"},
        )
    finally:
        unsubscribe()
    tts_end = next(
        e.data for e in events if e.type is assist_pipeline.PipelineEventType.TTS_END
    )
    stream = tts.async_get_stream(hass, tts_end["tts_output"]["token"])
    assert stream is not None
    # The reply is synthesized when the satellite fetches it: time its first audio.
    async for chunk in stream.async_stream_result():
        if len(chunk) > WAV_HEADER:
            break
    replied = time.perf_counter()
    async for _ in stream.async_stream_result():
        pass
    return end_of_audio[0], changed[0] if changed else None, replied
