"""Renderers of spectral brains (ORIGINAL.md section 5), and Griffin-Lim.

- `stft`: the 22050 Hz real-part inverse with the Hann divisor.
- `running_max_ola`: the 30720 Hz overlap-add normalised by a running max.
- `stft_real`, `stft_mag`, `stft_both`: the three osborne renderers.
- `phase_source`: the phase strategies exp001 ... exp012 and steal:FILE.
- `steal_phases`: the phases of a sound file's 2048-point windows.
- `griffinlim`: magnitudes -> audio by Griffin-Lim (librosa; new).
"""
import itertools

import librosa
import numpy as np

from ..errors import ParameterError
from ..features import frame_windows

N_FFT, HOP = 2048, 1024
STFT_N, STFT_HOP = 1024, 735


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
    """
    if not clean:
        yield np.hanning(N_FFT)

    def frames():
        for Y in predictions:
            buf = np.zeros((len(Y), N_FFT), complex)
            buf[:, :1025] = Y
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
    """
    window = np.hamming(N_FFT) if final else np.hanning(N_FFT)

    def frames():
        for Y in predictions:
            mags = np.zeros((len(Y), N_FFT))
            mags[:, :1025] = 500 * np.abs(Y) if final else Y
            phase = np.stack([next(phases) for _ in range(len(Y))])
            yield _inverse(mags * np.exp(1j * phase)) * window
    yield from running_max_ola(frames(), 0.5 if final else 7e-3)


def stft_both(predictions):
    """osborne-combined-stft-both-fft2: predicted magnitudes and phases.

    Bins 0..1024 = 500 x abs(first 1025 values) with phases = the last 1025
    values x pi, both scalings in the predictions' dtype (float32, as 2015);
    bins 1025..2047 zero; no window; amax starts at 7e-3.
    """
    def frames():
        for Y in predictions:
            mags, phases = 500 * np.abs(Y[:, :1025]), Y[:, 1025:] * np.pi
            spec = np.zeros((len(Y), N_FFT), complex)
            spec[:, :1025] = mags.astype(np.float64) * np.exp(1j * phases.astype(np.float64))
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


_HALF_PI = np.pi / 2
# strategy: (initial phase, increment), each a function of the numpy RNG
PHASES = {
    "exp001": (lambda r: _HALF_PI, lambda r: np.pi / 100),
    "exp002": (lambda r: _HALF_PI, lambda r: np.pi / 10),
    "exp003": (lambda r: _HALF_PI, lambda r: r.normal(0, np.pi / 2, N_FFT)),
    "exp004": (lambda r: _HALF_PI, lambda r: r.normal(0, np.pi / 10, N_FFT)),
    "exp005": (lambda r: _HALF_PI, lambda r: r.normal(0, np.pi, N_FFT)),
    "exp006": (lambda r: 0.0, lambda r: r.normal(0, np.pi / 2, N_FFT)),
    "exp007": (lambda r: _HALF_PI, lambda r: r.uniform(-np.pi / 2, np.pi / 2, N_FFT)),
    "exp008": (lambda r: _HALF_PI, lambda r: _HALF_PI * np.arange(N_FFT) / N_FFT),
    "exp009": (lambda r: _HALF_PI, lambda r: _HALF_PI * (N_FFT - np.arange(N_FFT)) / N_FFT),
    "exp010": (lambda r: r.normal(0, np.pi / 2, N_FFT), lambda r: _HALF_PI),
}


def phase_source(strategy, rng, *, steal=None, final=False):
    """The phase vectors a strategy gives, frame after frame.

    Parameters
    ----------
    strategy : str
        exp001 ... exp011 (init + t x increment at rendered frame t,
        1-based; exp011 adds a fresh Normal(0, pi/10) vector every frame),
        exp012 or "steal" (the phases of ``steal``).
    rng : np.random.RandomState
        draws the random vectors, initial phase first.
    steal : np.ndarray [shape=(n_windows, 2048)] or None
        from `steal_phases`; frame t (0-based) uses window t mod (n_windows)
        for exp012, t mod (n_windows - 2) for the final stft-mag.
    final : bool
        the final commit's modulus (n_windows - 2).

    Yields
    ------
    phase : np.ndarray [shape=(2048,), dtype=float64]
    """
    if strategy in ("exp012", "steal"):
        period = len(steal) - 2 if final else len(steal)
        for t in itertools.count():
            yield steal[t % period]
    if strategy == "exp011":
        phase = rng.normal(0, np.pi / 2, N_FFT)
        while True:
            phase = phase + rng.normal(0, np.pi / 10, N_FFT)
            yield phase
    if strategy not in PHASES:
        raise ParameterError(f"unknown phase strategy {strategy!r}")
    init_fn, inc_fn = PHASES[strategy]
    phase = np.broadcast_to(np.asarray(init_fn(rng), np.float64), (N_FFT,)).copy()
    increment = np.broadcast_to(np.asarray(inc_fn(rng), np.float64), (N_FFT,)).copy()
    while True:
        phase = phase + increment
        yield phase


def griffinlim(predictions, *, n_iter=32, seed=None):
    """Magnitude rows -> audio by Griffin-Lim (librosa), peak-normalised.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, >= 1025)]
        the first 1025 values of each row are magnitudes (stft-mag, or the
        magnitude half of stft-both).
    n_iter : int > 0
    seed : int or None

    Yields
    ------
    samples : np.ndarray [dtype=float64]
        30720 Hz, 1024 samples per frame (one frame fewer: librosa centres).
    """
    mags = np.concatenate([np.abs(np.asarray(Y, np.float64)[:, :1025]) for Y in predictions])
    if not len(mags):
        return
    y = librosa.griffinlim(mags.T, n_iter=n_iter, hop_length=HOP, n_fft=N_FFT,
                           random_state=seed)
    peak = np.abs(y).max()
    yield y / peak if peak > 0 else y

