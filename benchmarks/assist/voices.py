"""Voices that say the benchmark's sentences (`--voices`): Piper's joe, changed, and espeak-ng.

- `joe`: Piper's en_US-joe-medium without noise, the clip the tests use;
- `joe-fast`, `joe-slow`: joe at another speed (Piper's length scale 0.75, 1.35);
- `joe-high`, `joe-low`: joe's pitch 15 % up or down, by resampling a slower or faster
  synthesis, so the tempo stays;
- `joe-lively`, `joe-wobbly`: joe with Piper's noise on (the voice's own noise_scale
  0.667 and noise_w 0.8; then 1.0 and 1.5): pronunciation and rhythm vary;
- `espeak-us`, `espeak-f3`, `espeak-gb-m3`, `espeak-klatt`: espeak-ng's en-us,
  en-us+f3, en-gb+m3 and en+klatt; `espeak:VOICE` takes any espeak-ng voice.

Piper with noise gives other audio on every synthesis, so every clip is kept under
build/voice_clips/ (by voice settings and sentence) and in memory: a second run hears
the first run's clips. espeak-ng voices need the `espeak-ng` program (Debian package
espeak-ng, which scripts/setup installs).
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
import hashlib
import io
from pathlib import Path
import re
import shutil
import subprocess
import wave

import numpy as np
from piper import SynthesisConfig

from . import audio
from .audio import Pcm, Signal
from tests.clips import PAD_S, piper_voice, spoken_clip

ESPEAK = "espeak-ng"
ESPEAK_PREFIX = "espeak:"
ESPEAK_MISSING = (
    f"espeak-ng voices need the {ESPEAK} program: install the Debian package "
    f"{ESPEAK} (apt-get install -y --no-upgrade {ESPEAK}, or run scripts/setup)"
)
CLIP_CACHE = Path("build") / "voice_clips"
PEAK = audio.decibels(-1.0)  # every voice but joe is brought to the same peak
PITCH_STEP = 1.15
# What the babble of `babbleN` says, each sentence by another joe.
BABBLE = (
    ("joe-fast", "I think we should leave before the traffic gets any worse tonight."),
    ("joe-high", "Did you see what happened at the game on Sunday afternoon?"),
    ("joe-low", "The recipe says two cups of flour, but I always add a little more."),
    ("joe-slow", "We could paint the fence this weekend if the weather holds up."),
)


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice: Piper's joe with its settings, or an espeak-ng voice."""

    name: str
    espeak: str | None = None  # an espeak-ng voice (en-us+f3); None: Piper's joe
    length_scale: float = 1.0
    noise_scale: float = 0.0
    noise_w: float = 0.0
    pitch: float = 1.0  # a resampling factor: above 1 is higher

    @property
    def is_reference(self) -> bool:
        """Return whether this is the tests' clip voice (joe, no noise, unchanged)."""
        return self.espeak is None and astuple(self)[2:] == (1.0, 0.0, 0.0, 1.0)


VOICES = {
    voice.name: voice
    for voice in (
        Voice("joe"),
        Voice("joe-fast", length_scale=0.75),
        Voice("joe-slow", length_scale=1.35),
        Voice("joe-high", length_scale=PITCH_STEP, pitch=PITCH_STEP),
        Voice("joe-low", length_scale=1 / PITCH_STEP, pitch=1 / PITCH_STEP),
        Voice("joe-lively", noise_scale=0.667, noise_w=0.8),
        Voice("joe-wobbly", noise_scale=1.0, noise_w=1.5),
        Voice("espeak-us", espeak="en-us"),
        Voice("espeak-f3", espeak="en-us+f3"),
        Voice("espeak-gb-m3", espeak="en-gb+m3"),
        Voice("espeak-klatt", espeak="en+klatt"),
    )
}


def parse_voice(name: str) -> Voice:
    """Return the voice of a name; ValueError names the known ones."""
    name = name.strip()
    if name in VOICES:
        return VOICES[name]
    if name.startswith(ESPEAK_PREFIX) and re.fullmatch(
        r"[\w.+-]+", espeak := name.removeprefix(ESPEAK_PREFIX)
    ):
        return Voice(name, espeak=espeak)
    raise ValueError(
        f"Unknown voice {name!r}; known: {', '.join(VOICES)}, {ESPEAK_PREFIX}VOICE"
    )


def parse_voices(text: str) -> list[Voice]:
    """Return the voices of a comma-separated list; ValueError if one cannot speak here."""
    voices = [parse_voice(name) for name in text.split(",") if name.strip()]
    if any(voice.espeak for voice in voices) and shutil.which(ESPEAK) is None:
        raise ValueError(ESPEAK_MISSING)
    return voices


def _piper(voice: Voice, text: str) -> tuple[Signal, int]:
    config = SynthesisConfig(
        length_scale=voice.length_scale,
        noise_scale=voice.noise_scale,
        noise_w_scale=voice.noise_w,
    )
    chunks = list(piper_voice().synthesize(text, config))
    samples = np.concatenate([chunk.audio_float_array for chunk in chunks])
    return samples.astype(np.float64), chunks[0].sample_rate


def wav_samples(data: bytes) -> tuple[Pcm, int]:
    """Return the 16-bit mono samples and rate of a WAV file.

    The samples run to the end of the file: a WAV written to a pipe (espeak-ng's
    `--stdout`) cannot say its length in the header.
    """
    with wave.open(io.BytesIO(data)) as wav:
        if wav.getsampwidth() != 2 or wav.getnchannels() != 1:
            raise ValueError("Not 16-bit mono WAV")
        rate = wav.getframerate()
    start = data.index(b"data") + 8
    end = len(data) - (len(data) - start) % 2
    return np.frombuffer(data[start:end], dtype="<i2").astype(np.int16), rate


def _espeak(voice: Voice, text: str) -> tuple[Signal, int]:
    if shutil.which(ESPEAK) is None:
        raise RuntimeError(ESPEAK_MISSING)
    result = subprocess.run(
        [ESPEAK, "-v", str(voice.espeak), "--stdout"],
        input=text.encode(),
        capture_output=True,
        check=True,
    )
    samples, rate = wav_samples(result.stdout)
    return audio.to_float(samples), rate


def synthesize(voice: Voice, text: str) -> Pcm:
    """Return `text` said by `voice`, padded with silence, as 16 kHz int16; blocking."""
    if voice.is_reference:
        return spoken_clip(text)
    samples, rate = _espeak(voice, text) if voice.espeak else _piper(voice, text)
    samples = audio.resample(samples, rate * voice.pitch, audio.SAMPLE_RATE)
    peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
    if peak:
        samples *= PEAK / peak
    pad = np.zeros(int(PAD_S * audio.SAMPLE_RATE))
    return audio.to_int16(np.concatenate([pad, samples, pad]))


class VoiceClips:
    """Clips by (voice, sentence): synthesized once, kept in memory and on disk."""

    def __init__(self, directory: Path = CLIP_CACHE) -> None:
        """Keep clips under `directory` (one folder per voice)."""
        self.directory = directory
        self._clips: dict[tuple[Voice, str], Pcm] = {}
        self._talkers: list[Signal] | None = None

    def _path(self, voice: Voice, text: str) -> Path:
        key = hashlib.sha256(repr((astuple(voice)[1:], text)).encode()).hexdigest()
        folder = re.sub(r"[^\w.+-]+", "_", voice.name)
        return self.directory / folder / f"{key[:24]}.wav"

    def clip(self, voice: Voice, text: str) -> Pcm:
        """Return `text` said by `voice`, the same audio every time; blocking."""
        if (voice, text) in self._clips:
            return self._clips[voice, text]
        path = self._path(voice, text)
        if path.is_file():
            pcm, _ = wav_samples(path.read_bytes())
        else:
            pcm = synthesize(voice, text)
            path.parent.mkdir(parents=True, exist_ok=True)
            with wave.open(str(path), "wb") as wav:
                wav.setnchannels(1)
                wav.setsampwidth(2)
                wav.setframerate(audio.SAMPLE_RATE)
                wav.writeframes(pcm.astype("<i2").tobytes())
        self._clips[voice, text] = pcm
        return pcm

    def talkers(self) -> list[Signal]:
        """Return the voices of babble noise, without their silent padding."""
        if self._talkers is None:
            pad = int(PAD_S * audio.SAMPLE_RATE)
            self._talkers = [
                audio.to_float(self.clip(VOICES[name], text))[pad:-pad]
                for name, text in BABBLE
            ]
        return self._talkers
