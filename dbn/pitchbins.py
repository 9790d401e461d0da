"""The pitch as bins: which rung of a ladder 50 cents apart, not a number.

New, not 2015's. A regressor that cannot tell between two heights of a disc
predicts the pitch between them, a sound nobody made; given the pitch as bins
it puts a bump on each, and the peak picks one (`benchmarks/object_prior.py`:
57 cents from 166 on the cluttered theremin by a squared error, 61 by a
cross-entropy). The ``harmonic-bins`` variant is the ``harmonic-noise`` one
with its pitch column spread over `BINS` columns.

- `BINS`: the rungs, on the harmonic rows' pitch scale; `WIDTH`: a row's columns.
- `binned`: harmonic-noise rows -> the same with the pitch as bins;
  `unbinned`: back, the pitch read at the peak.
- `binned_rows`, `binned_samples`: the variant's forward and inverse.
"""
import numpy as np

from .features import FPS
from .harmonic import HARMONIC, NOISE_BANDS, harmonic_samples, voice_rows

# 50 cents apart from fmin up to fmax, on harmonic_rows' scale (0 at fmin, 1 at fmax)
_STEP = 1 / (24 * np.log2(HARMONIC["fmax"] / HARMONIC["fmin"]))
BINS = np.arange(int(1 / _STEP) + 1) * _STEP
WIDTH = 1 + len(BINS) + HARMONIC["harmonics"] + NOISE_BANDS  # voiced, bins, partials, bands
# a bump's sd and the bins read about the peak: one rung, three either side
_SD, _NEAR = 1.0, 3


def binned(rows):
    """Harmonic-noise rows with the pitch as a bump over `BINS`.

    Parameters
    ----------
    rows : np.ndarray [shape=(n, 42)]
        voiced, pitch (`dbn.harmonic.harmonic_rows`' scale), 24 harmonics, 16
        noise bands.

    Returns
    -------
    binned : np.ndarray [shape=(n, 41 + len(BINS)), dtype=float32]
        voiced, then a Gaussian bump (sd one bin, summing to 1) about the
        pitch, then the harmonics and bands as they were.
    """
    rows = np.asarray(rows, np.float64)
    at = (rows[:, 1:2] - BINS) / _STEP  # distance in bins
    bump = np.exp(-0.5 * (at / _SD) ** 2)
    bump /= bump.sum(axis=1, keepdims=True)
    return np.hstack([rows[:, :1], bump, rows[:, 2:]]).astype(np.float32)


def unbinned(rows):
    """`binned` undone: the pitch read at the bins' peak.

    Parameters
    ----------
    rows : np.ndarray [shape=(n, 41 + len(BINS))]

    Returns
    -------
    rows : np.ndarray [shape=(n, 42), dtype=float64]
        the pitch is the mean of the bins within three of the highest, weighed
        by their values (those below 0, as a regressor may give, as 0): a bump
        read back where it was (within a cent; within 15 within three rungs of
        either end, where the ladder cuts it short), two bumps read at the taller.
    """
    rows = np.asarray(rows, np.float64)
    bins = np.maximum(rows[:, 1:1 + len(BINS)], 0)
    near = np.clip(bins.argmax(axis=1)[:, None] + np.arange(-_NEAR, _NEAR + 1), 0,
                   len(BINS) - 1)
    w = np.take_along_axis(bins, near, axis=1) + 1e-12
    pitch = (w * BINS[near]).sum(axis=1) / w.sum(axis=1)
    return np.hstack([rows[:, :1], pitch[:, None], rows[:, 1 + len(BINS):]])


def binned_rows(samples, fps=FPS):
    """The harmonic-bins variant's rows: `binned` of `dbn.harmonic.voice_rows`.

    Takes what voice_rows takes (int16 samples at 22050 Hz, the frame rate);
    gives float32 rows of 41 + len(BINS) columns, one per frame.
    """
    return binned(voice_rows(samples, fps))


def binned_samples(rows, fps=FPS, *, seed=0):
    """Samples from harmonic-bins rows (`unbinned`, `dbn.harmonic.harmonic_samples`).

    Returns
    -------
    samples : np.ndarray [shape=(round(n * 22050 / fps),), dtype=float64]
    """
    return harmonic_samples(unbinned(rows), fps, seed=seed)
