"""What moves speech-to-text on a home's own sentences: each lever's gain and its cost.

Run with `scripts/bench_speech --levers` (options: `--help`). Prints numbers; asserts
nothing. Every sentence of a benchmark dataset is said by each voice in each room
(the spoken bench's clips, `build/voice_clips/`), and transcribed by faster-whisper
in this process, one lever at a time, with the home's names and command words as
the speech-to-text entity makes them. Per lever and condition: word error rate, the
home's names heard, the transcripts llm_home would take as sure (not asked again)
that are wrong, the transcripts with commas the sentence does not have (a comma
splits a spoken command in two), and the time from the end of the audio to the transcript.

Each lever changes one thing against the first row (llm_home's speech-to-text as
shipped): the model, the beam, the biasing (none, the names as `hotwords` as well),
timestamps, the temperature fallback, the voice-activity filter, and re-ranking the
beam's hypotheses by how much of each the home and the language know.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
import re
import statistics
import time
from typing import Any

from faster_whisper import WhisperModel
from faster_whisper.tokenizer import Tokenizer
import numpy as np

from benchmarks.assist.dataset import HomeTests, load_dataset
from benchmarks.assist.rooms import hear, parse_conditions, seed
from benchmarks.assist.transcripts import names_heard, wer
from benchmarks.assist.voices import VoiceClips, parse_voices
from benchmarks.bench_speech import whisper_models

from custom_components.llm_home.agent.heard import Heard
from custom_components.llm_home.engine.speech import fitting_prompt
from custom_components.llm_home.language import Language, get_language
from custom_components.llm_home.stt import (
    MAX_COMMAND_CHARS,
    command_words,
    first_fitting,
    vocabulary_prompt,
)

ASSIST_MINI = Path.home() / (
    ".cache/llm_home/datasets/home_assistant_datasets-0.3.0/datasets/assist-mini"
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Lever:
    """One way to transcribe: a model and faster-whisper's settings."""

    name: str
    model: str = "tiny.en"
    beam_size: int = 5
    prompt: str | None = "shipped"  # how the prompt is written; None: no prompt
    hotwords: bool = False
    timestamps: bool = True
    fallback: bool = True
    vad: bool = True
    rerank: bool = False


SHIPPED = Lever(
    "as shipped (tiny.en, beam 5, prompt without commas to 200 tokens, VAD)"
)
LEVERS: dict[str, Lever] = {
    "shipped": SHIPPED,
    "no-prompt": replace(SHIPPED, name="no biasing prompt", prompt=None),
    "commas": replace(
        SHIPPED, name="prompt of capitalised words between commas", prompt="commas"
    ),
    "whole-names": replace(
        SHIPPED,
        name="the names written whole, as many as fit 500 characters",
        prompt="whole-names",
    ),
    "names-dedup": replace(
        SHIPPED,
        name="the names, but not those all of whose words came before",
        prompt="names-dedup",
    ),
    "lower": replace(SHIPPED, name="prompt in lower case", prompt="lower"),
    "caps": replace(SHIPPED, name="prompt's words all capitalised", prompt="caps"),
    "sentence": replace(
        SHIPPED, name="prompt ending in a spoken sentence", prompt="sentence"
    ),
    "hotwords": replace(SHIPPED, name="names as hotwords too", hotwords=True),
    "beam1": replace(SHIPPED, name="beam 1 (greedy)", beam_size=1),
    "no-timestamps": replace(SHIPPED, name="without timestamps", timestamps=False),
    "no-fallback": replace(SHIPPED, name="no temperature fallback", fallback=False),
    "no-vad": replace(SHIPPED, name="no VAD filter", vad=False),
    "rerank": replace(
        SHIPPED, name="5 hypotheses re-ranked by known words", rerank=True
    ),
    "base": replace(SHIPPED, name="Whisper base (multilingual)", model="base"),
}


@dataclass(slots=True)
class Tally:
    """What one lever heard in one condition."""

    edits: int = 0
    words: int = 0
    names_said: int = 0
    names_kept: int = 0
    clips: int = 0
    sure_wrong: int = 0
    commas: int = 0
    times: list[float] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Context:
    """What the speech-to-text entity knows of a home when it transcribes."""

    prompt: str | None
    names: list[str]
    commands: list[str]
    known: frozenset[str]


def home_context(tests: HomeTests, language: Language) -> Context:
    """Return the prompt and words the entity would use in this home."""
    # In the order Home Assistant gives them: entities by id, then areas.
    entities = sorted(tests.home.entities, key=lambda e: e.entity_id)
    names = list(
        dict.fromkeys(
            [
                *(n for e in entities for n in (e.name, *e.aliases)),
                *(n for a in tests.home.areas for n in (a.name, *a.aliases)),
            ]
        )
    )
    commands = command_words({e.domain for e in tests.home.entities}, language)
    known = {w for text in (*names, *commands) for w in _WORD.findall(text.lower())}
    known |= language._table_words()  # noqa: SLF001
    return Context(
        vocabulary_prompt(names, commands), names, commands, frozenset(known)
    )


def _prompt(style: str | None, context: Context) -> str | None:
    """Return the prompt of a style: as shipped, or another way to write it."""
    if style is None or context.prompt is None:
        return None
    if style == "commas":  # the speech-to-text entity's prompt until 2026-12-05
        words = [word.capitalize() for word in context.commands]
        return ", ".join([*words, *context.names]) + "."
    if style == "whole-names":  # the speech-to-text entity's prompt until 2026-12-06
        said = first_fitting(context.commands, MAX_COMMAND_CHARS)
        return " ".join(
            [*said, *first_fitting(context.names, 499 - len(" ".join(said)))]
        )
    if style == "names-dedup":
        seen = {
            w.casefold() for w in first_fitting(context.commands, MAX_COMMAND_CHARS)
        }
        kept = list(first_fitting(context.commands, MAX_COMMAND_CHARS))
        for name in context.names:
            own = {w.casefold() for w in name.split()}
            if not own <= seen:
                kept.append(name)
                seen |= own
        return " ".join(kept)
    if style == "caps":
        words = [word.capitalize() for word in context.commands]
        return " ".join([*words, *context.names])
    if style == "lower":
        return context.prompt.lower()
    if style == "sentence":
        return f"{context.prompt}. Please turn on the light in here and lock the door."
    return context.prompt


def _known_share(text: str, known: frozenset[str]) -> float:
    words = _WORD.findall(text.lower())
    return sum(w in known or w.isdigit() for w in words) / len(words) if words else 0.0


def _reranked(
    model: WhisperModel, audio: np.ndarray, lever: Lever, context: Context
) -> tuple[str, Heard]:
    """Return the beam's hypothesis that the home and language know best."""
    features = model.feature_extractor(audio)[
        :, : model.feature_extractor.nb_max_frames
    ]
    pad = model.feature_extractor.nb_max_frames - features.shape[-1]
    features = np.pad(features, ((0, 0), (0, pad)))
    tokenizer = Tokenizer(
        model.hf_tokenizer,
        model.model.is_multilingual,
        task="transcribe",
        language="en",
    )
    written = fitting_prompt(model, _prompt(lever.prompt, context)) or ""
    previous = tokenizer.encode(" " + written.strip())
    prompt = model.get_prompt(tokenizer, previous, without_timestamps=True)
    result = model.model.generate(
        model.encode(features),
        [prompt],
        beam_size=lever.beam_size,
        num_hypotheses=lever.beam_size,
        return_scores=True,
        return_no_speech_prob=True,
        max_length=model.max_length,
        suppress_blank=True,
        suppress_tokens=[-1],
    )[0]
    hypotheses = [
        (tokenizer.decode(tokens).strip(), float(score))
        for tokens, score in zip(result.sequences_ids, result.scores, strict=True)
    ]
    text, score = max(
        hypotheses, key=lambda h: (_known_share(h[0], context.known), h[1])
    )
    return text, Heard(text, score, float(result.no_speech_prob))


def transcribe(
    model: WhisperModel, audio: np.ndarray, lever: Lever, context: Context
) -> tuple[str, Heard]:
    """Return the transcript and how sure Whisper was, as the engine reports it."""
    if lever.rerank:
        return _reranked(model, audio, lever, context)
    options: dict[str, Any] = {}
    if not lever.fallback:
        options["temperature"] = 0.0
    segments, _ = model.transcribe(
        audio,
        language="en",
        beam_size=lever.beam_size,
        initial_prompt=fitting_prompt(model, _prompt(lever.prompt, context)),
        hotwords=", ".join(context.names) if lever.hotwords else None,
        vad_filter=lever.vad,
        without_timestamps=not lever.timestamps,
        condition_on_previous_text=False,
        **options,
    )
    heard = list(segments)
    text = " ".join(segment.text.strip() for segment in heard).strip()
    return text, Heard(
        text,
        min((float(s.avg_logprob) for s in heard), default=0.0),
        max((float(s.no_speech_prob) for s in heard), default=0.0),
        max((float(s.compression_ratio) for s in heard), default=0.0),
    )


def _row(name: str, condition: str, tally: Tally) -> str:
    times = sorted(tally.times)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    return (
        f"| {name} | {condition} | {tally.edits / max(tally.words, 1):.1%} "
        f"| {tally.names_kept}/{tally.names_said} | {tally.sure_wrong}/{tally.clips} "
        f"| {tally.commas} "
        f"| {statistics.median(times):.0f} / {p95:.0f} |"
    )


def run(args: argparse.Namespace) -> None:
    """Transcribe every clip with every lever and print the table."""
    language = get_language("en")
    homes = [
        tests
        for tests in load_dataset(args.dataset)
        if not args.test or tests.name in args.test
    ]
    levers = [LEVERS[key] for key in args.levers.split(",")]
    voices, conditions = parse_voices(args.voices), parse_conditions(args.conditions)
    clips = VoiceClips()
    paths = whisper_models()
    models: dict[str, WhisperModel] = {}
    tallies: dict[tuple[str, str], Tally] = {}
    said: list[tuple[str, np.ndarray, Context, str]] = []
    for tests in homes:
        context = home_context(tests, language)
        for sentence in dict.fromkeys(task.sentence for task in tests.tasks):
            for voice in voices:
                for condition in conditions:
                    pcm = hear(
                        condition,
                        clips.clip(voice, sentence),
                        seed(condition, sentence),
                        clips.talkers,
                    )
                    label = f"{voice.name} {condition.name}"
                    said.append(
                        (sentence, pcm.astype(np.float32) / 32768.0, context, label)
                    )
    print(f"{len(said)} clips from {len(homes)} homes; levers: {args.levers}\n")
    for lever in levers:
        if lever.model not in models:
            models[lever.model] = WhisperModel(
                str(paths[lever.model]),
                device="cpu",
                compute_type="int8",
                cpu_threads=2,
            )
        model = models[lever.model]
        transcribe(model, said[0][1], lever, said[0][2])  # warm-up
        for sentence, audio, context, label in said:
            start = time.perf_counter()
            text, heard = transcribe(model, audio, lever, context)
            tally = tallies.setdefault((lever.name, label), Tally())
            tally.times.append((time.perf_counter() - start) * 1000)
            errors, count = wer(sentence, text)
            tally.edits, tally.words = tally.edits + errors, tally.words + count
            names, kept = names_heard(context.names, sentence, text)
            tally.names_said += len(names)
            tally.names_kept += len(kept)
            tally.clips += 1
            tally.sure_wrong += bool(errors) and not heard.unsure
            tally.commas += text.count(",") > sentence.count(",")
            if args.show and errors:
                print(f"  [{lever.name} | {label}] {sentence!r} -> {text!r}")
    print(
        "| lever | voice, room | word error rate | names heard "
        "| wrong but sure | commas added | transcribe ms p50 / p95 |"
    )
    print("|---|---|---|---|---|---|---|")
    for (name, label), tally in tallies.items():
        print(_row(name, label, tally))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the levers' options."""
    parser.add_argument("--dataset", type=Path, default=ASSIST_MINI)
    parser.add_argument("--test", action="append", help="only this test folder")
    parser.add_argument("--voices", default="joe,espeak-f3")
    parser.add_argument("--conditions", default="clean,noise10")
    parser.add_argument(
        "--levers",
        default=",".join(LEVERS),
        help=f"comma-separated: {', '.join(LEVERS)}",
    )
    parser.add_argument("--show", action="store_true", help="print each mis-heard clip")


def main(argv: list[str] | None = None, runner: Callable[..., None] = run) -> None:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    runner(parser.parse_args(argv))


if __name__ == "__main__":
    main()
