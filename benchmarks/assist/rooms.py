"""Room conditions a spoken sentence is heard in (`--conditions`), named and seeded.

- `clean`: the voice as synthesized;
- `noiseN`: pink noise N dB below the speech (`noise20`, `noise10`, `noise0`, `noise-5`);
- `babbleN`: other voices talking at once (synthesized speech), N dB below the speech;
- `reverb`: a living room, RT60 0.5 s, as much reverberation as direct sound;
- `phone`: a telephone line, 300-3400 Hz, 8 kHz mu-law, back up to 16 kHz;
- `far`: across the room, 20 dB quieter, mild reverberation (RT60 0.4 s) and a
  noise floor at -60 dB of full scale.

Each clip's noise and room come from a generator seeded with the condition and the
sentence, so a run heard in the same room again hears exactly the same audio.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import re
import zlib

import numpy as np

from . import audio
from .audio import Pcm, Signal

CLEAN = "clean"
CONDITION_NAMES = f"{CLEAN}, noiseN, babbleN, reverb, phone, far"
_NOISE = re.compile(r"(noise|babble)(-?\d+(?:\.\d+)?)")


@dataclass(frozen=True, slots=True)
class Condition:
    """How a clip is changed before the satellite sends it."""

    name: str
    gain_db: float = 0.0
    rt60_s: float | None = None
    direct_to_reverb_db: float = 0.0
    noise: str | None = None  # "pink" or "babble"
    snr_db: float = 0.0
    floor_db: float | None = None  # a pink noise floor, in dB of full scale
    phone: bool = False


_NAMED = {
    condition.name: condition
    for condition in (
        Condition(CLEAN),
        Condition("reverb", rt60_s=0.5, direct_to_reverb_db=0.0),
        Condition("phone", phone=True),
        Condition(
            "far", gain_db=-20.0, rt60_s=0.4, direct_to_reverb_db=6.0, floor_db=-60.0
        ),
    )
}


def parse_condition(name: str) -> Condition:
    """Return the condition of a name; ValueError names the known ones."""
    name = name.strip()
    if name in _NAMED:
        return _NAMED[name]
    if match := _NOISE.fullmatch(name):
        kind = "pink" if match[1] == "noise" else "babble"
        return Condition(name, noise=kind, snr_db=float(match[2]))
    raise ValueError(f"Unknown condition {name!r}; known: {CONDITION_NAMES}")


def parse_conditions(text: str) -> list[Condition]:
    """Return the conditions of a comma-separated list."""
    return [parse_condition(name) for name in text.split(",") if name.strip()]


def seed(condition: Condition, sentence: str) -> int:
    """Return the seed of a clip's noise and room: the same for the same words."""
    return zlib.crc32(f"{condition.name}\n{sentence}".encode())


def hear(
    condition: Condition,
    pcm: Pcm,
    rng_seed: int,
    talkers: Callable[[], list[Signal]],
) -> Pcm:
    """Return `pcm` as heard in `condition`; `talkers` gives babble its voices."""
    if condition.name == CLEAN:
        return pcm
    rng = np.random.default_rng(rng_seed)
    signal = audio.to_float(pcm) * audio.decibels(condition.gain_db)
    if condition.rt60_s is not None:
        signal = audio.reverberate(
            signal, condition.rt60_s, condition.direct_to_reverb_db, rng
        )
    if condition.noise == "pink":
        noise = audio.pink_noise(len(signal), rng)
        signal = audio.add_noise(signal, noise, condition.snr_db)
    elif condition.noise == "babble":
        noise = audio.babble(talkers(), len(signal), rng)
        signal = audio.add_noise(signal, noise, condition.snr_db)
    if condition.floor_db is not None:
        floor = audio.pink_noise(len(signal), rng)
        signal = audio.add_floor(signal, floor, condition.floor_db)
    if condition.phone:
        signal = audio.telephone(signal)
    return audio.to_int16(signal)
