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

from homeassistant.components import assist_pipeline
from homeassistant.core import Context, Event, EventStateChangedData, HomeAssistant

from tests.home import ALARM, ALARM_CODE
from tests.test_speech import (
    KITCHEN_LIGHT,
    METADATA,
    VOICE_COMMANDS,
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
    print(
        "\n| command | audio s | end of audio to state change ms | to reply audio ms |"
    )  # noqa: T201
    print("|---|---|---|---|")  # noqa: T201
    for sentence, entity, _ in VOICE_COMMANDS:
        pcm = await clip(hass, sentence, pad_s=1.0)
        to_change: list[float] = []
        to_reply: list[float] = []
        for _ in range(REPEAT):
            domain, service, data = RESETS[entity]
            await hass.services.async_call(
                domain, service, {"entity_id": entity, **data}, blocking=True
            )
            end_of_audio: list[float] = []
            changed: list[float] = []

            async def stream(
                audio: bytes = pcm, marks: list[float] = end_of_audio
            ) -> AsyncGenerator[bytes]:
                async for chunk in chunks(audio):
                    yield chunk
                marks.append(time.perf_counter())

            def on_change(
                event: Event[EventStateChangedData], marks: list[float] = changed
            ) -> None:
                marks.append(time.perf_counter())

            unsubscribe = hass.bus.async_listen(
                "state_changed",
                on_change,
                event_filter=lambda event, e=entity: event.data["entity_id"] == e,
            )
            await assist_pipeline.async_pipeline_from_audio_stream(
                hass,
                context=Context(),
                event_callback=lambda _: None,
                stt_metadata=METADATA,
                stt_stream=stream(),
                pipeline_id=pipeline_id,
                tts_audio_output={"preferred_format": "wav"},
            )
            done = time.perf_counter()
            unsubscribe()
            if changed:
                to_change.append((changed[0] - end_of_audio[0]) * 1000)
            to_reply.append((done - end_of_audio[0]) * 1000)
        change = f"{statistics.median(to_change):.0f}" if to_change else "no change"
        print(  # noqa: T201
            f"| {sentence} | {len(pcm) / 32000:.1f} | {change} "
            f"| {statistics.median(to_reply):.0f} |"
        )
