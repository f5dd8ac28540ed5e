"""Words Whisper was unsure of are never acted on: the user is asked to say them again."""

from __future__ import annotations

import time

import pytest

from homeassistant.components import assist_pipeline
from homeassistant.core import HomeAssistant

from .test_speech import KITCHEN_LIGHT, clip, create_pipeline, run_pipeline
from custom_components.llm_home.agent import heard
from custom_components.llm_home.agent.heard import Heard, Transcripts
from custom_components.llm_home.language import ENGLISH
from custom_components.llm_home.runtime import LlmHomeConfigEntry


def test_a_transcript_is_taken_once_and_only_lately() -> None:
    """Typed words that match nothing heard are not speech; each transcript counts once."""
    transcripts = Transcripts()
    transcripts.add(Heard("turn on the light", -1.5, 0.1))
    assert transcripts.take("turn off the light") is None
    taken = transcripts.take("turn on the light")
    assert taken is not None
    assert taken.unsure
    assert transcripts.take("turn on the light") is None
    assert not Heard("lock the door", -0.3, 0.02).unsure
    assert Heard("lock the door", -0.3, 0.9).unsure
    # Whisper's loops: heard for "mute the outdoor speakers" with noise.
    assert Heard("Pause, Pause, Pause, Pause, Pause,", -0.2, 0.01).unsure
    assert Heard("lock lock lock the door", -0.2, 0.01, 3.1).unsure
    # A PIN said digit by digit is no loop.
    assert not Heard("unlock the door, pin 1 1 1 1", -0.3, 0.01, 1.2).unsure
    # A number Whisper repeats is its loop too: it must never become a brightness.
    assert Heard("餐厅1灯, 1,1,1,2,4.", -0.6, 0.05, 1.3).unsure
    assert not Heard("set the kitchen light to 10%", -0.3, 0.01, 1.1).unsure

    long_ago = time.monotonic() - heard.HEARD_TTL - 1.0
    transcripts.add(Heard("open the blinds", -0.2, 0.0, at=long_ago))
    assert transcripts.take("open the blinds") is None


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        # Heard for "Unpause the Rooftop Terrace music" and "Unlock the entry lock".
        ("and pause the Rooftop Terrace music.", True),
        ("on pause the Rooftop Terrace music.", True),
        ("I'm lock Smart Lock", True),
        ("I'm off the entry lock", True),
        ("and mute the TV", True),
        # Said as they are: no verb with the prefix is in doubt.
        ("pause the Rooftop Terrace music.", False),
        ("lock the front door", False),
        ("and turn off the kitchen light", False),
        ("on second thought, open the blinds", False),
    ],
)
def test_a_reversing_prefix_heard_as_a_word_leaves_the_verb_in_doubt(
    text: str, lost: bool
) -> None:
    """Whisper writes "un-" as "and", "on", "I'm": pause or unpause is not known."""
    assert Heard(text, -0.3, 0.01).lost_prefix(ENGLISH) is lost
    assert not Heard(text, -0.3, 0.01).unsure


async def test_words_heard_unsure_change_nothing(
    hass: HomeAssistant, agent: LlmHomeConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A spoken command Whisper was unsure of: nothing changes, it asks again aloud."""
    pipeline_id = await create_pipeline(hass, agent)
    await hass.services.async_call(
        "light", "turn_off", {"entity_id": KITCHEN_LIGHT}, blocking=True
    )
    # Every transcript counts as unsure: the real clip, the real Whisper.
    monkeypatch.setattr(heard, "UNSURE_LOGPROB", 0.0)

    by_type = await run_pipeline(
        hass, pipeline_id, await clip(hass, "Turn on the kitchen light.", pad_s=1.0)
    )

    state = hass.states.get(KITCHEN_LIGHT)
    assert state is not None
    assert state.state == "off"
    kinds = assist_pipeline.PipelineEventType
    response = by_type[kinds.INTENT_END]["intent_output"]["response"]
    assert response["response_type"] == "error"
    assert "say it again" in response["speech"]["plain"]["speech"]
    assert by_type[kinds.INTENT_END]["intent_output"]["continue_conversation"]
    assert kinds.TTS_END in by_type  # the question is spoken

    # Heard as surely as Whisper usually hears this voice: carried out.
    monkeypatch.setattr(heard, "UNSURE_LOGPROB", -1.0)
    by_type = await run_pipeline(
        hass, pipeline_id, await clip(hass, "Turn on the kitchen light.", pad_s=1.0)
    )
    state = hass.states.get(KITCHEN_LIGHT)
    assert state is not None
    assert state.state == "on"
