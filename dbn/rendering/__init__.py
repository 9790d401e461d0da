"""Rendering: a video's frames through a brain -> audio, every 2015 mode.

- `MODES`: mode -> (target width, sample rate, 2015 script).
- `fitting_modes`, `check_mode`: the modes a brain's width allows.
- `STEAL_PHASE_WAV`: the sound 2015's stft-mag renderer stole its phase from.
- `stream`: frame batches -> sample blocks, memory flat in the length.
- `render`: the whole of it on an array of frames (the public API).
- `granular_from`: out.wav's samples -> the granular stage (44100 Hz).

2015 quirks kept by default (``clean=False``): the windowed and spectral
renderers drop the first frame; stft-real starts with a Hann "debug
bump"; stft-both is fed plain frames although it was trained on fft2
input; wav writing wraps values past +-1. ``clean=True`` turns all of
them off and peak-normalises.
"""
import os
import random

import numpy as np

from ..errors import ParameterError
from ..features import fft2_frames, fft2_magnitudes, fft2_peak, to_int16
from . import granular, pcm, spectral

MODES = {
    "raw": (735, 22050, "videosonify.py"),
    "windowed": (735, 22050, "videosonify2.py"),
    "ola": (735, 22050, "new: clean overlap-add"),
    "stft": (513, 22050, "stft-videosonify.py"),
    "stft-real": (1025, 30720, "osborne-combined-stft"),
    "stft-mag": (1025, 30720, "osborne-combined-stft-mag"),
    "stft-both": (2050, 30720, "osborne-combined-stft-both-fft2"),
    "griffinlim": ((1025, 2050), 30720, "new: Griffin-Lim on magnitudes"),
    "granular": (735, 44100, "out-2-csound.py + grain.orc"),
}
_DROPS_FIRST = ("windowed", "stft", "stft-real", "stft-mag", "stft-both")
BATCH = 256
STEAL_PHASE_WAV = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                               "data", "steal-phase.wav")


def _widths(mode):
    width = MODES[mode][0]
    return width if isinstance(width, tuple) else (width,)


def fitting_modes(net):
    """list of str: the render modes a brain's output width allows."""
    modes = [mode for mode in MODES if net.sizes[-1] in _widths(mode)]
    if not modes:
        raise ParameterError(f"a brain with {net.sizes[-1]} outputs fits no render mode")
    return modes


def check_mode(net, mode, phase=None):
    """Raise ParameterError unless ``net`` can render ``mode`` (with ``phase``)."""
    if mode not in MODES:
        raise ParameterError(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")
    widths = _widths(mode)
    if net.sizes[-1] not in widths:
        raise ParameterError(f"a brain with {net.sizes[-1]} outputs cannot render mode "
                             f"{mode!r} (it needs {' or '.join(map(str, widths))})")
    if phase is not None and mode not in ("stft-mag", "stft-both"):
        raise ParameterError(f"--phase applies to stft-mag and stft-both, not {mode!r}")
    if mode == "stft-both" and phase not in (None, "predicted"):
        raise ParameterError("stft-both renders its predicted phase only")


def sample_rate(mode, net=None):
    """int: the output rate of ``mode`` (a raw brain may carry its own)."""
    if mode in ("raw", "windowed", "ola") and net is not None:
        return int(net.meta.get("target", {}).get("rate", MODES[mode][1]))
    return MODES[mode][1]


def _skip_first(batches):
    first = True
    for batch in batches:
        if first:
            batch, first = batch[1:], False
        if len(batch):
            yield batch


def _predict(net, batches):
    for batch in batches:
        yield net.predict(batch)  # in the brain's dtype: 2015's arithmetic follows it


def stream(net, frame_batches, mode, *, phase=None, seed=None, clean=False, steal=None,
           fft2_peak=None):
    """Render frame batches block by block.

    Parameters
    ----------
    net : Network
    frame_batches : iterable of np.ndarray [shape=(batch, 4096), dtype=float32]
    mode : str
        a key of `MODES` other than "granular" (see `granular_from`).
    phase : str or None
        stft-mag: exp001 ... exp012, or None for the final commit's stolen
        phase; stft-both: "predicted".
    seed : int or None
        seeds numpy's and Python's generators (None: unseeded, as 2015).
    clean : bool
        turn 2015's quirks off (see the module docstring).
    steal : np.ndarray [shape=(n,)] or None
        the samples to steal phases from (exp012, final stft-mag).
    fft2_peak : float or None
        --clean stft-both: the fft2 normaliser; None: each batch's own.

    Yields
    ------
    block : np.ndarray [shape=(n,)], or (out, wout) for windowed
        in the dtype 2015's arithmetic produced (ORIGINAL.md section 5):
        the brain's for raw and windowed's out, float64 for the rest.
    """
    check_mode(net, mode, phase)
    if mode in _DROPS_FIRST and not clean:
        frame_batches = _skip_first(frame_batches)
    np_rng, py_rng = np.random.RandomState(seed), random.Random(seed)
    if mode == "windowed":
        yield from pcm.windowed(frame_batches, net, np_rng, py_rng)
        return
    if mode == "stft-both" and clean:
        frame_batches = (_fft2(b, fft2_peak) for b in frame_batches)
    preds = _predict(net, frame_batches)
    if mode in ("raw", "ola"):
        yield from getattr(pcm, mode)(preds)
    elif mode == "stft":
        yield from spectral.stft(preds)
    elif mode == "stft-real":
        yield from spectral.stft_real(preds, clean=clean)
    elif mode == "stft-mag":
        strategy = phase or "steal"
        if strategy in ("exp012", "steal") and steal is None:
            raise ParameterError(f"phase {strategy} needs a sound file to steal from")
        stolen = spectral.steal_phases(steal) if steal is not None else None
        phases = spectral.phase_source(strategy, np_rng, steal=stolen, final=phase is None)
        yield from spectral.stft_mag(preds, phases, final=phase is None)
    elif mode == "stft-both":
        yield from spectral.stft_both(preds)
    elif mode == "griffinlim":
        yield from spectral.griffinlim(preds, seed=seed)


def _fft2(frames, peak):
    return fft2_frames(frames) if not peak else fft2_magnitudes(frames) / peak


def granular_from(samples, *, seed=None):
    """The granular stage on out.wav's samples.

    Parameters
    ----------
    samples : np.ndarray [shape=(n,)]
        out.wav as floats; Csound's GEN01 normalises them to peak 1.
    seed : int or None

    Returns
    -------
    audio : np.ndarray [dtype=float64]
        44100 Hz.
    grains : list of Grain
    """
    grains = granular.make_score(len(samples), random.Random(seed))
    return granular.synthesize(grains, samples), grains


def batches_of(frames, size=BATCH):
    """Yield consecutive slices of ``frames`` of ``size`` rows."""
    for i in range(0, len(frames), size):
        yield frames[i:i + size]


def render(net, frames, mode="raw", *, phase=None, seed=None, clean=False, steal=None):
    """Render an array of frames through a brain.

    Parameters
    ----------
    net : Network
    frames : np.ndarray [shape=(n, 4096), dtype=float32]
        from `dbn.read_frames` (the pickler's preprocessing).
    mode : str
        a key of `MODES`.
    phase, seed, clean, steal
        see `stream`.

    Returns
    -------
    wav : np.ndarray [shape=(n_samples,), dtype=float32]
        at `sample_rate` (mode); nominally in [-1, 1] (2015's renderers can
        exceed it; ``clean`` peak-normalises). windowed returns wout.wav;
        granular renders raw first, as render.sh did.
    """
    frames = np.asarray(frames, np.float32)
    if mode == "granular":
        check_mode(net, mode)
        out = np.concatenate(list(stream(net, batches_of(frames), "raw", seed=seed)))
        audio, _ = granular_from(to_int16(out, clean=clean) / 32768.0, seed=seed)
    else:
        peak = fft2_peak(batches_of(frames)) if mode == "stft-both" and clean else None
        blocks = list(stream(net, batches_of(frames), mode, phase=phase, seed=seed,
                             clean=clean, steal=steal, fft2_peak=peak))
        if mode == "windowed":
            blocks = [wout for _, wout in blocks]
        audio = np.concatenate(blocks) if blocks else np.zeros(0)
    if clean:
        top = np.abs(audio).max(initial=0.0)
        audio = audio / top if top > 0 else audio
    return audio.astype(np.float32)
