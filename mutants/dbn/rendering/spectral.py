"""Renderers of spectral brains (ORIGINAL.md section 5), and Griffin-Lim.

- `stft`: the 22050 Hz real-part inverse with the Hann divisor.
- `running_max_ola`: the 30720 Hz overlap-add normalised by a running max.
- `stft_real`, `stft_mag`, `stft_both`: the three osborne renderers.
- `drifting`, `random_walk`, `cycling`: the phase sequences of the phase
  strategies (bound to exp001 ... exp012 in `dbn.rendering.modes.PHASES`).
- `steal_phases`: the phases of a sound file's 2048-point windows.
- `griffinlim`: magnitudes -> audio by Griffin-Lim (librosa; new).
- `mel_overlap_add`: mel rows -> audio, streaming, phase carried from
  frame to frame (new: the mel target's own renderer).
"""
import functools
import itertools

import numpy as np

from ..errors import ParameterError
from ..features import (MEL, SPECTRAL, frame_centres, frame_windows, mel_basis,
                        mel_magnitudes, peak_normalise)

N_FFT, HOP = SPECTRAL["stft-mag"]["n_fft"], SPECTRAL["stft-mag"]["hop"]  # 2048, 1024
BINS = N_FFT // 2 + 1  # 1025: the bins a 30720 Hz brain predicts
MEL_CEILING = 1.3  # the mel row value of a full-scale sine
STFT_N, STFT_HOP = SPECTRAL["stft"]["n_fft"], SPECTRAL["stft"]["hop"]  # 1024, 735


def stft(predictions):
    """stft-videosonify.py at 22050 Hz.

    Bins 0..512 of a zeroed 1024-point buffer get the predictions as real
    numbers (no mirroring); the real part of the inverse FFT is divided by
    ``np.hanning(1024) + 1e-4``; the previous 289-sample tail is added in;
    samples 0..734 are written, 735..1023 become the next tail, and the
    last tail is written at the end. No gain.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 513)]

    Yields
    ------
    samples : np.ndarray [dtype=float64]
    """
    divisor = np.hanning(STFT_N) + 1e-4
    tail = np.zeros(STFT_N - STFT_HOP)
    for Y in predictions:
        buf = np.zeros((len(Y), STFT_N), complex)
        buf[:, : Y.shape[1]] = Y
        frames = np.fft.ifft(buf, axis=1).real / divisor
        out = []
        for x in frames:
            x[: len(tail)] += tail
            out.append(x[:STFT_HOP])
            tail = x[STFT_HOP:].copy()
        yield np.concatenate(out)
    yield tail


def running_max_ola(frames, amax):
    """The overlap-add of the three 30720 Hz renderers.

    Per 2048-sample frame: amax = max(amax, the frame's largest signed
    sample), taken before the previous tail is added; then samples
    0..1023 plus the tail are written divided by amax, and 1024..2047
    become the tail; the last tail is written at the end, not divided.

    Parameters
    ----------
    frames : iterable of np.ndarray [shape=(batch, 2048)]
    amax : float
        the starting maximum (0.00285, 0.5 or 7e-3 in 2015).

    Yields
    ------
    samples : np.ndarray [dtype=float64]
    """
    tail = np.zeros(HOP)
    for block in frames:
        out = []
        for x in block:
            amax = max(amax, float(x.max()))
            out.append((x[:HOP] + tail) / amax)
            tail = x[HOP:].copy()
        yield np.concatenate(out)
    yield tail


def _inverse(spectra):
    return np.fft.ifft(spectra, axis=1).real


def stft_real(predictions, *, clean=False):
    """osborne-combined-stft: real parts in bins 0..1024, no window, amax 0.00285.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 1025)]
    clean : bool
        False writes 2015's leftover 2048-point Hann "debug bump" first.

    Yields
    ------
    samples : np.ndarray [dtype=float64]
        30720 Hz, 1024 per frame, the last tail at the end.
    """
    if not clean:
        yield np.hanning(N_FFT)

    def frames():
        for Y in predictions:
            buf = np.zeros((len(Y), N_FFT), complex)
            buf[:, :BINS] = Y
            yield _inverse(buf)
    yield from running_max_ola(frames(), 0.00285)


def stft_mag(predictions, phases, *, final=True):
    """osborne-combined-stft-mag with a phase strategy.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 1025)]
    phases : iterator of np.ndarray [shape=(2048,)]
        one phase vector per rendered frame (see `phase_source`).
    final : bool
        True: the final commit (500 x abs(prediction) in the predictions'
        dtype, Hamming window, amax 0.5); False: the exp001-exp012 renderer
        (raw signed predictions, Hann window, amax 7e-3).

    Yields
    ------
    samples : np.ndarray [dtype=float64]
        30720 Hz, 1024 per frame, the last tail at the end.
    """
    window = np.hamming(N_FFT) if final else np.hanning(N_FFT)

    def frames():
        for Y in predictions:
            mags = np.zeros((len(Y), N_FFT))
            mags[:, :BINS] = 500 * np.abs(Y) if final else Y
            phase = np.stack([next(phases) for _ in range(len(Y))])
            yield _inverse(mags * np.exp(1j * phase)) * window
    yield from running_max_ola(frames(), 0.5 if final else 7e-3)


def stft_both(predictions):
    """osborne-combined-stft-both-fft2: predicted magnitudes and phases.

    Bins 0..1024 = 500 x abs(first 1025 values) with phases = the last 1025
    values x pi, both scalings in the predictions' dtype (float32, as 2015);
    bins 1025..2047 zero; no window; amax starts at 7e-3.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 2050)]

    Yields
    ------
    samples : np.ndarray [dtype=float64]
        30720 Hz, 1024 per frame, the last tail at the end.
    """
    def frames():
        for Y in predictions:
            mags, phases = 500 * np.abs(Y[:, :BINS]), Y[:, BINS:] * np.pi
            spec = np.zeros((len(Y), N_FFT), complex)
            spec[:, :BINS] = mags.astype(np.float64) * np.exp(1j * phases.astype(np.float64))
            yield _inverse(spec)
    yield from running_max_ola(frames(), 7e-3)


def steal_phases(samples):
    """Phases of a sound's 2048-point windows at hop 1024, last one dropped.

    Parameters
    ----------
    samples : np.ndarray [shape=(n,)]
        floats (int16 / 32768), any rate.

    Returns
    -------
    phases : np.ndarray [shape=(ceil(n / 1024) - 1, 2048), dtype=float64]
        np.angle of every bin, no window function.
    """
    windows = frame_windows(samples, HOP, N_FFT)[:-1]
    if not len(windows):
        raise ParameterError("the phase source is too short (needs over 1024 samples)")
    return np.angle(np.fft.fft(windows, axis=1))


def drifting(initial, increment):
    """Exp001-Exp010: phase = initial + t x increment at rendered frame t (1-based).

    Parameters
    ----------
    initial, increment : float or np.ndarray [shape=(2048,)]

    Yields
    ------
    phase : np.ndarray [shape=(2048,), dtype=float64]
    """
    phase = np.broadcast_to(np.asarray(initial, np.float64), (N_FFT,)).copy()
    increment = np.broadcast_to(np.asarray(increment, np.float64), (N_FFT,)).copy()
    while True:
        phase = phase + increment
        yield phase


def random_walk(rng):
    """Exp011: Normal(0, pi/2) at start, plus a fresh Normal(0, pi/10) every frame.

    Parameters
    ----------
    rng : np.random.RandomState

    Yields
    ------
    phase : np.ndarray [shape=(2048,), dtype=float64]
    """
    phase = rng.normal(0, np.pi / 2, N_FFT)
    while True:
        phase = phase + rng.normal(0, np.pi / 10, N_FFT)
        yield phase


def cycling(phases, period):
    """Stolen phases: rendered frame t (0-based) uses ``phases[t % period]``.

    Parameters
    ----------
    phases : np.ndarray [shape=(n_windows, 2048)]
        from `steal_phases`.
    period : int > 0
        n_windows (Exp012) or n_windows - 2 (the final stft-mag commit).

    Yields
    ------
    phase : np.ndarray [shape=(2048,), dtype=float64]
    """
    for t in itertools.count():
        yield phases[t % period]


def griffinlim(predictions, *, n_iter=32, seed=None, fps=30, ceiling=MEL_CEILING):
    """Magnitude rows -> audio by Griffin-Lim (librosa), peak-normalised.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 80 or >= 1025)]
        mel rows (the mel variant), or rows whose first 1025 values are
        magnitudes (stft-mag, or the magnitude half of stft-both).
    n_iter : int > 0
    seed : int or None
    fps : float > 0
        mel rows: the frame rate they play at.
    ceiling : float
        mel rows: see `mel_spectra`.

    Yields
    ------
    samples : np.ndarray [dtype=float64]
        mel: 22050 Hz, 22050 / fps samples per row; otherwise 30720 Hz, 1024
        samples per frame (one frame fewer: librosa centres).
    """
    import librosa  # slow to import: only this renderer needs it

    rows = [np.asarray(Y, np.float64) for Y in predictions]
    if not rows or not sum(map(len, rows)):
        return
    rows = np.concatenate(rows)
    if rows.shape[1] == MEL["bands"]:
        hop = int(round(MEL["rate"] / fps))
        y = librosa.griffinlim(mel_spectra(rows, ceiling).T, n_iter=n_iter, hop_length=hop,
                               n_fft=MEL["n_fft"], random_state=seed)
    else:
        y = librosa.griffinlim(np.abs(rows[:, :BINS]).T, n_iter=n_iter, hop_length=HOP,
                               n_fft=N_FFT, random_state=seed)
    yield peak_normalise(y)


def mel_spectra(rows, ceiling=MEL_CEILING):
    """Linear magnitudes from mel rows: the filterbank's pseudo-inverse, clipped at 0.

    Parameters
    ----------
    rows : np.ndarray [shape=(n, 80)]
        mel target rows (`dbn.features.mel_rows`).
    ceiling : float
        rows are clipped to [0, ceiling] first (a brain records its training
        targets' largest value): the compression's inverse is exponential,
        and a brain shown something unlike its training (a scene cut) may
        predict far louder than anything it ever heard.

    Returns
    -------
    spectra : np.ndarray [shape=(n, 1025), dtype=float64]
    """
    mel = mel_magnitudes(np.clip(rows, 0, ceiling))
    return np.maximum(mel @ _mel_inverse(), 0)


@functools.lru_cache(maxsize=1)
def _mel_inverse():
    return np.linalg.pinv(mel_basis()).T  # (80, 1025), once: live renders call per frame


def mel_overlap_add(predictions, fps, *, seed=None, ceiling=MEL_CEILING):
    """Mel rows -> 22050 Hz audio, one 2048-point frame per row, phase carried.

    Each row's magnitudes (`mel_spectra`) get phases that advance, bin by
    bin, as a sinusoid at the bin's centre frequency would over the samples
    between frame centres (the phase vocoder's rule), from a random start;
    the inverse FFT of each frame is Hann-windowed and overlap-added at the
    frame centres of `dbn.features.frame_centres`, normalised so that a
    steady sinusoid comes back at its level. Streams: each step yields the
    samples no later frame can change.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 80)]
    fps : float > 0
        the frame rate the rows play at (the video's, or 2015's 30).
    seed : int or None
        the random starting phases.
    ceiling : float
        see `mel_spectra`.

    Yields
    ------
    samples : np.ndarray [dtype=float64]
        22050 Hz; round(n * 22050 / fps) samples in all for n rows.
    """
    n_fft, half = MEL["n_fft"], MEL["n_fft"] // 2
    window = np.hanning(n_fft + 1)[:-1]
    gain = window.mean()  # a frame of |X| resynthesises a steady tone at mean(w) x its level
    omega = 2 * np.pi * np.arange(half + 1) / n_fft  # radians per sample of each bin
    phase = np.random.default_rng(seed).uniform(-np.pi, np.pi, half + 1)
    acc, norm = np.zeros(0), np.zeros(0)
    done, i, previous = 0, 0, None  # samples emitted, rows seen, the last frame centre
    for Y in predictions:
        spectra = mel_spectra(Y, ceiling)
        centres = frame_centres(i + len(Y), fps)[i:]
        for centre, mags in zip(centres, spectra):
            if previous is not None:
                phase = phase + omega * (centre - previous)
            previous = centre
            frame = np.fft.irfft(mags * np.exp(1j * phase), n=n_fft) * window
            lo, hi = centre - half - done, centre + half - done
            if hi > len(acc):
                grow = hi - len(acc)
                acc, norm = np.concatenate([acc, np.zeros(grow)]), np.concatenate(
                    [norm, np.zeros(grow)])
            cut = max(-lo, 0)
            acc[lo + cut:hi] += frame[cut:]
            norm[lo + cut:hi] += window[cut:] * gain
        i += len(Y)
        ready = max(frame_centres(i + 1, fps)[i] - half - done, 0)  # the next frame's start
        yield _divide(acc[:ready], norm[:ready])
        acc, norm, done = acc[ready:], norm[ready:], done + ready
    total = int(round(i * MEL["rate"] / fps))
    yield _divide(acc, norm)[: max(total - done, 0)]


def _divide(acc, norm):
    return np.divide(acc, norm, out=np.zeros_like(acc), where=norm > 1e-3)
