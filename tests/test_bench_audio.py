"""The spoken benchmark's audio: rooms at the asked noise level, telephone band, voices, cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from benchmarks.assist import audio
from benchmarks.assist.audio import SAMPLE_RATE, Pcm, Signal
from benchmarks.assist.rooms import Condition, hear, parse_condition, parse_conditions
from benchmarks.assist.voices import VOICES, VoiceClips, parse_voice, wav_samples

AMPLITUDE = 0.3
TONE_HZ = 440.0


def _tone(hz: float, seconds: float, amplitude: float = AMPLITUDE) -> Signal:
    times = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return amplitude * np.sin(2 * np.pi * hz * times)


def _said(amplitude: float = AMPLITUDE) -> Pcm:
    """Return a stand-in for a spoken clip: 1 s of tone between 0.4 s of silence."""
    pad = np.zeros(int(0.4 * SAMPLE_RATE))
    return audio.to_int16(np.concatenate([pad, _tone(TONE_HZ, 1.0, amplitude), pad]))


def _talkers() -> list[Signal]:
    return [_tone(hz, 0.7) for hz in (310.0, 730.0, 1130.0)]


def _measured_snr(heard: Pcm, said: Pcm, amplitude: float = AMPLITUDE) -> float:
    """Return the SNR of `heard` against the tone it carries, over the tone's second."""
    clean, mixed = audio.to_float(said), audio.to_float(heard)
    gain = float(
        np.dot(mixed, clean) / np.dot(clean, clean)
    )  # any scaling after mixing
    noise = mixed - gain * clean
    tone = slice(int(0.4 * SAMPLE_RATE), int(1.4 * SAMPLE_RATE))
    speech_power = (gain * amplitude) ** 2 / 2
    return float(10 * np.log10(speech_power / np.mean(noise[tone] ** 2)))


def _energy_share(signal: Signal, low_hz: float, high_hz: float) -> float:
    spectrum = np.abs(np.fft.rfft(signal)) ** 2
    frequencies = np.fft.rfftfreq(len(signal), 1 / SAMPLE_RATE)
    band = (frequencies >= low_hz) & (frequencies <= high_hz)
    return float(spectrum[band].sum() / spectrum.sum())


@pytest.mark.parametrize(
    "name", ["noise20", "noise10", "noise0", "babble10", "babble5"]
)
def test_noise_at_the_asked_snr(name: str) -> None:
    """Noise and babble are mixed within 0.5 dB of the asked signal-to-noise ratio."""
    condition = parse_condition(name)
    said = _said()
    heard = hear(condition, said, 1, _talkers)
    assert heard.dtype == np.int16
    assert abs(_measured_snr(heard, said) - condition.snr_db) < 0.5


def test_loud_speech_in_loud_noise_is_scaled_not_wrapped() -> None:
    """A full-scale clip in 0 dB noise comes back as int16, scaled down, never wrapped.

    A sample wrapped around turns a peak into a trough: the heard tone would no longer
    follow the said one (at 0 dB it correlates at 1/sqrt(2)).
    """
    said = _said(amplitude=1.0)
    tone = slice(int(0.4 * SAMPLE_RATE), int(1.4 * SAMPLE_RATE))
    for name in ("noise0", "babble0"):
        heard = hear(parse_condition(name), said, 3, _talkers)
        assert heard.dtype == np.int16
        assert int(np.abs(heard.astype(np.int32)).max()) == 32767
        correlation = np.corrcoef(heard[tone], said[tone])[0, 1]
        assert 0.65 < correlation < 0.76
        assert abs(_measured_snr(heard, said, amplitude=1.0)) < 0.5
    mixed = audio.to_int16(np.array([0.5, 1.2, -3.0, 2.9, -0.1]))
    assert list(mixed) == [5461, 13107, -32767, 31675, -1092]


def test_same_seed_same_audio() -> None:
    """A room hears the same clip the same way for the same seed, another way for another."""
    said = _said()
    for name in ("noise10", "babble10", "reverb", "far", "phone"):
        condition = parse_condition(name)
        first = hear(condition, said, 7, _talkers)
        assert np.array_equal(first, hear(condition, said, 7, _talkers))
        if name != "phone":  # the telephone line has nothing random
            assert not np.array_equal(first, hear(condition, said, 8, _talkers))
    assert np.array_equal(hear(parse_condition("clean"), said, 7, _talkers), said)


def test_phone_band() -> None:
    """The telephone keeps 300-3400 Hz and leaves nothing above 4 kHz."""
    rng = np.random.default_rng(0)
    said = audio.to_int16(0.2 * rng.standard_normal(SAMPLE_RATE))
    assert _energy_share(audio.to_float(said), 4000, 8000) > 0.4
    heard = audio.to_float(hear(parse_condition("phone"), said, 0, _talkers))
    assert len(heard) == len(said)
    assert _energy_share(heard, 4000, 8000) < 1e-4
    assert _energy_share(heard, 300, 3400) > 0.95


def test_reverb_and_far_field() -> None:
    """Reverberation rings on after the speech; the far field is ~20 dB quieter."""
    said = _said()
    after = slice(int(1.45 * SAMPLE_RATE), int(1.6 * SAMPLE_RATE))
    reverb = audio.to_float(hear(parse_condition("reverb"), said, 0, _talkers))
    assert audio.power(reverb[after]) > 1e-4
    assert audio.power(audio.to_float(said)[after]) == 0
    far = audio.to_float(hear(parse_condition("far"), said, 0, _talkers))
    drop_db = 10 * np.log10(
        audio.active_power(far) / audio.active_power(audio.to_float(said))
    )
    assert -22 < drop_db < -17


def test_condition_names() -> None:
    """Names parse, negative SNRs too; an unknown name says which ones exist."""
    assert [c.name for c in parse_conditions("clean,noise-5,babble20,far")] == [
        "clean",
        "noise-5",
        "babble20",
        "far",
    ]
    assert parse_condition("noise-5") == Condition("noise-5", noise="pink", snr_db=-5)
    with pytest.raises(ValueError, match="known: clean"):
        parse_condition("underwater")


def test_voices_and_their_cache(tmp_path: Path) -> None:
    """Piper's joe at other speeds and pitches; clips are kept, noisy ones identical."""
    clips = VoiceClips(tmp_path)
    text = "Turn on the kitchen light."
    lengths = {
        name: len(clips.clip(VOICES[name], text))
        for name in ("joe", "joe-fast", "joe-slow", "joe-high", "joe-low")
    }
    assert lengths["joe-fast"] < lengths["joe"] < lengths["joe-slow"]
    for name in ("joe-high", "joe-low"):  # the pitch moves, the tempo stays
        assert abs(lengths[name] / lengths["joe"] - 1) < 0.1
    lively = VOICES["joe-lively"]
    first = clips.clip(lively, text)
    (saved,) = (tmp_path / "joe-lively").glob("*.wav")
    pcm, rate = wav_samples(saved.read_bytes())
    assert rate == SAMPLE_RATE
    assert np.array_equal(pcm, first)
    assert np.array_equal(VoiceClips(tmp_path).clip(lively, text), first)
    assert parse_voice("espeak:en-gb+m3").espeak == "en-gb+m3"
    with pytest.raises(ValueError, match="joe-fast"):
        parse_voice("joe-whisper")
