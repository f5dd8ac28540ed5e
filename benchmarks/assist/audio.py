"""Signal processing for spoken benchmark clips, numpy only: levels, filters, noise, rooms.

Signals are float arrays with full scale at 1.0 (int16 / 32768); `to_int16` brings one
back to the satellite's 16-bit samples, scaled down as a whole where it would clip, so
a loud mix keeps its shape and its signal-to-noise ratio instead of wrapping around.
Everything random takes a `numpy.random.Generator`: the same seed gives the same audio.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

type Signal = npt.NDArray[np.float64]
type Pcm = npt.NDArray[np.int16]

SAMPLE_RATE = 16000
FULL_SCALE = 32768.0
LARGEST = 32767 / FULL_SCALE
FRAME_S = 0.02  # level measurement frames
ACTIVE_RANGE_DB = 40.0  # frames this far below the loudest are silence, not speech
DECAY_60_DB = 3 * math.log(10)  # ln(1000): amplitude falls 60 dB over one RT60
FIRST_REFLECTION_S = 0.003  # the room's tail starts a few ms after the direct sound
MU_LAW = 255.0
TELEPHONE_RATE = 8000


def to_float(pcm: Pcm) -> Signal:
    """Return 16-bit samples as floats with full scale at 1.0."""
    return pcm.astype(np.float64) / FULL_SCALE


def to_int16(signal: Signal) -> Pcm:
    """Return 16-bit samples, the whole signal scaled down if a sample would clip."""
    peak = float(np.max(np.abs(signal))) if len(signal) else 0.0
    if peak > LARGEST:
        signal = signal * (LARGEST / peak)
    scaled = np.clip(np.round(signal * FULL_SCALE), -FULL_SCALE, FULL_SCALE - 1)
    return scaled.astype(np.int16)


def power(signal: Signal) -> float:
    """Return the mean power of a signal (0 for an empty one)."""
    return float(np.mean(signal * signal)) if len(signal) else 0.0


def active_power(signal: Signal, rate: int = SAMPLE_RATE) -> float:
    """Return the mean power of the frames that carry sound (speech, not its pauses).

    Frames more than ACTIVE_RANGE_DB below the loudest frame are left out, so the
    silence around a spoken clip does not lower its level.
    """
    frame = max(1, int(FRAME_S * rate))
    count = max(1, len(signal) // frame)
    frames = np.resize(signal, count * frame).reshape(count, frame)
    powers = np.mean(frames * frames, axis=1)
    loudest = float(np.max(powers)) if len(powers) else 0.0
    if loudest == 0.0:
        return 0.0
    return float(np.mean(powers[powers >= loudest * 10 ** (-ACTIVE_RANGE_DB / 10)]))


def decibels(gain_db: float) -> float:
    """Return the amplitude factor of a gain in dB."""
    return float(10 ** (gain_db / 20))


def fit(signal: Signal, length: int) -> Signal:
    """Return `signal` looped or cut to `length` samples."""
    return np.resize(signal, length) if len(signal) else np.zeros(length)


def padded(signal: Signal, length: int) -> Signal:
    """Return `signal` cut, or padded with silence, to `length` samples."""
    return np.pad(signal[:length], (0, max(0, length - len(signal))))


def resample(signal: Signal, rate: float, new_rate: float) -> Signal:
    """Return `signal` at another sample rate, band-limited (FFT method, no aliasing).

    Read at another rate than it was made at (`rate` times a pitch factor), the same
    call shifts pitch and tempo together, as a tape played faster does.
    """
    length = round(len(signal) * new_rate / rate)
    if length == len(signal) or not len(signal):
        return signal.astype(np.float64)
    spectrum = np.fft.rfft(signal)
    kept = np.zeros(length // 2 + 1, dtype=np.complex128)
    bins = min(len(spectrum), len(kept))
    kept[:bins] = spectrum[:bins]
    return np.fft.irfft(kept, length) * (length / len(signal))


def band_pass(
    signal: Signal, low_hz: float, high_hz: float, rate: int = SAMPLE_RATE
) -> Signal:
    """Return `signal` with what lies outside [low_hz, high_hz] removed (zero phase)."""
    spectrum = np.fft.rfft(signal)
    frequencies = np.fft.rfftfreq(len(signal), 1 / rate)
    spectrum[(frequencies < low_hz) | (frequencies > high_hz)] = 0
    return np.fft.irfft(spectrum, len(signal))


def convolve(signal: Signal, response: Signal) -> Signal:
    """Return `signal` filtered by an impulse response, cut to the signal's length."""
    size = len(signal) + len(response) - 1
    mixed = np.fft.irfft(np.fft.rfft(signal, size) * np.fft.rfft(response, size), size)
    return mixed[: len(signal)]


def pink_noise(length: int, rng: np.random.Generator) -> Signal:
    """Return pink (1/f power) noise of unit power."""
    spectrum = np.fft.rfft(rng.standard_normal(length))
    frequencies = np.fft.rfftfreq(length)
    spectrum[0] = 0
    spectrum[1:] /= np.sqrt(frequencies[1:])
    noise = np.fft.irfft(spectrum, length)
    return noise / math.sqrt(power(noise))


def babble(talkers: list[Signal], length: int, rng: np.random.Generator) -> Signal:
    """Return other voices talking at once, each from a random point, of unit power."""
    mixed = np.zeros(length)
    for talker in talkers:
        start = int(rng.integers(len(talker)))
        mixed += fit(np.roll(talker, -start), length)
    level = power(mixed)
    return mixed / math.sqrt(level) if level else mixed


def add_noise(
    signal: Signal, noise: Signal, snr_db: float, rate: int = SAMPLE_RATE
) -> Signal:
    """Return `signal` with `noise` added at `snr_db` below the signal's active level."""
    noise = fit(noise, len(signal))
    noise_level = power(noise)
    if noise_level == 0.0:
        return signal
    target = active_power(signal, rate) / 10 ** (snr_db / 10)
    return signal + noise * math.sqrt(target / noise_level)


def add_floor(signal: Signal, noise: Signal, level_db: float) -> Signal:
    """Return `signal` with `noise` added at an absolute level (dB of full scale)."""
    noise = fit(noise, len(signal))
    noise_level = power(noise)
    if noise_level == 0.0:
        return signal
    return signal + noise * (decibels(level_db) / math.sqrt(noise_level))


def room_response(
    rt60_s: float,
    direct_to_reverb_db: float,
    rng: np.random.Generator,
    rate: int = SAMPLE_RATE,
) -> Signal:
    """Return a synthetic room's impulse response: the direct sound, then decaying noise.

    The tail's amplitude falls 60 dB over `rt60_s`; its energy lies
    `direct_to_reverb_db` below the direct sound's.
    """
    length = max(2, int(rt60_s * rate))
    times = np.arange(length) / rate
    tail: Signal = rng.standard_normal(length) * np.exp(-DECAY_60_DB * times / rt60_s)
    tail[: max(1, int(FIRST_REFLECTION_S * rate))] = 0
    tail *= math.sqrt(10 ** (-direct_to_reverb_db / 10) / power(tail) / length)
    tail[0] = 1.0
    return tail


def reverberate(
    signal: Signal,
    rt60_s: float,
    direct_to_reverb_db: float,
    rng: np.random.Generator,
    rate: int = SAMPLE_RATE,
) -> Signal:
    """Return `signal` as heard in a synthetic room."""
    return convolve(signal, room_response(rt60_s, direct_to_reverb_db, rng, rate))


def mu_law(signal: Signal) -> Signal:
    """Return `signal` through 8-bit mu-law coding (G.711), as a telephone line codes it."""
    clipped = np.clip(signal, -1.0, 1.0)
    coded = np.sign(clipped) * np.log1p(MU_LAW * np.abs(clipped)) / np.log1p(MU_LAW)
    steps = np.round(coded * 127) / 127
    decoded: Signal = np.sign(steps) * np.expm1(np.abs(steps) * np.log1p(MU_LAW))
    return decoded / MU_LAW


def telephone(
    signal: Signal,
    rate: int = SAMPLE_RATE,
    low_hz: float = 300.0,
    high_hz: float = 3400.0,
) -> Signal:
    """Return `signal` as a telephone carries it: 300-3400 Hz, 8 kHz mu-law, back up."""
    narrow = resample(band_pass(signal, low_hz, high_hz, rate), rate, TELEPHONE_RATE)
    # mu-law is coded at the line's level: bring the loudest sample near full scale.
    peak = float(np.max(np.abs(narrow))) if len(narrow) else 0.0
    gain = 0.9 / peak if peak else 1.0
    line = mu_law(narrow * gain) / gain
    return padded(resample(line, TELEPHONE_RATE, rate), len(signal))
