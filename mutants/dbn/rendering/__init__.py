"""Rendering: a video's frames through a brain -> audio, every 2015 mode.

- `MODES`, `PHASES`: every render mode and phase strategy, one record each
  (`dbn.rendering.modes`).
- `check_mode`, `fitting_modes`, `default_mode`, `brain_modes`: which modes a
  brain can use, and which it was meant for.
- `parse_phase`: ``--phase`` text -> strategy and steal file.
- `playback_fps`, `output_rate`: the frame rate rows play at, and the
  sample rate a mode writes then.
- `stream`: frame batches -> sample blocks, memory flat in the length.
- `render`: the whole of it on an array of frames (the public API).
- `granular_from`: out.wav's samples -> the granular stage (44100 Hz).
- `render_video`, `granular_file` (`dbn.rendering.video`): files in, wav files out.

2015 quirks kept by default (``clean=False``): the windowed and spectral
renderers drop the first frame; stft-real starts with a Hann "debug
bump"; stft-both is fed plain frames although it was trained on fft2
input; wav writing wraps values past +-1. ``clean=True`` turns all of
them off and peak-normalises.
"""
import random

import numpy as np

from ..context import Context
from ..errors import ParameterError
from ..features import BATCH, FPS, ROW, fft2_peak, peak_normalise
from ..media import to_int16
from . import granular
from .modes import MODES, PHASES, STEAL_PHASE_WAV, Render


def check_mode(net, mode, phase=None):
    """Raise ParameterError unless ``net`` can render ``mode`` (with ``phase``).

    Parameters
    ----------
    net : dbn.network.Network
    mode : str
    phase : str or None
        a key of `PHASES`.

    Returns
    -------
    mode : Mode
    """
    if mode not in MODES:
        raise ParameterError(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")
    m = MODES[mode]
    if net.sizes[-1] not in m.widths:
        raise ParameterError(f"a brain with {net.sizes[-1]} outputs cannot render mode "
                             f"{mode!r} (it needs {' or '.join(map(str, m.widths))})")
    if phase is not None and phase not in m.phases:
        takes = [name for name, other in MODES.items() if other.phases]
        raise ParameterError(f"--phase applies to {' and '.join(takes)}, not {mode!r}"
                             if not m.phases else
                             f"{mode} takes --phase {' or '.join(m.phases)}, not {phase!r}")
    if not m.context_ok and not Context.from_meta(net.meta).plain:
        raise ParameterError(f"mode {mode!r} renders single-frame brains only; this brain "
                             f"sees context (render it with {default_mode(net)!r})")
    return m


def fitting_modes(net):
    """The render modes a brain's output width allows.

    Parameters
    ----------
    net : dbn.network.Network

    Returns
    -------
    modes : list of str
        keys of `MODES`, in their order (raw first for 735 outputs).
    """
    modes = [name for name, m in MODES.items() if net.sizes[-1] in m.widths]
    if not modes:
        raise ParameterError(f"a brain with {net.sizes[-1]} outputs fits no render mode")
    return modes


def default_mode(net):
    """The mode a brain renders in when none is asked for.

    Its recipe's first render mode when it records one; else the mode named
    like its target (stft-mag brains: stft-mag; fft2: stft-both); else raw,
    as render.sh did for every 2015 brain (or the first mode that fits).

    Parameters
    ----------
    net : dbn.network.Network

    Returns
    -------
    mode : str
    """
    variant = net.meta.get("target", {}).get("variant")
    variant = "stft-both" if variant == "fft2" else variant
    fits = fitting_modes(net)
    for mode in (*_recorded_modes(net), variant, "raw"):
        if mode in fits:
            return mode
    return fits[0]


def brain_modes(net):
    """The modes a brain is rendered in: its recipe's that fit, else all that fit.

    Parameters
    ----------
    net : dbn.network.Network

    Returns
    -------
    modes : list of str
    """
    fits = fitting_modes(net)
    return [m for m in _recorded_modes(net) if m in fits] or fits


def _recorded_modes(net):
    return net.meta.get("recipe", {}).get("render", {}).get("modes") or []


def parse_phase(text):
    """``--phase`` text -> (strategy, steal file or None).

    Parameters
    ----------
    text : str or None
        exp001 ... exp012, ``steal:FILE``, ``steal`` or ``predicted``.

    Returns
    -------
    phase : str or None
    steal : str or None
    """
    if text and text.startswith("steal:"):
        return "steal", text[len("steal:"):]
    if text is not None and text not in PHASES:
        raise ParameterError(f"unknown phase strategy {text!r}; choose from "
                             f"{', '.join(PHASES)} or steal:FILE")
    return text, None


def playback_fps(mode, net, video_fps=None, *, fps_correct=False):
    """The frame rate a brain's rows play at in ``mode``.

    Parameters
    ----------
    mode : str
    net : dbn.network.Network
        a brain trained on ``--fps-correct`` data plays one row per real
        frame, whatever the flag.
    video_fps : float or None
        the rendered video's frame rate (None: the brain's training videos'
        rate when they shared one).
    fps_correct : bool
        play one row per real frame.

    Returns
    -------
    fps : float
        2015's 30, unless the rows follow the video's frames.
    """
    target = net.meta.get("target", {})
    if MODES[mode].follows_fps and (fps_correct or target.get("fps_correct")):
        trained = target.get("fps") or []
        return video_fps or (trained[0] if len(trained) == 1 else FPS)
    return FPS


def output_rate(mode, fps=FPS):
    """The sample rate ``mode`` writes when rows play at ``fps``.

    Parameters
    ----------
    mode : str
    fps : float > 0
        from `playback_fps`.

    Returns
    -------
    rate : int
        rows of 735 at 735 x fps Hz for raw, windowed and ola; the mode's
        fixed rate otherwise.
    """
    return int(round(ROW * fps)) if MODES[mode].follows_fps == "rate" else MODES[mode].rate


def stream(net, frame_batches, mode, *, phase=None, seed=None, clean=False, steal=None,
           fft2_peak=None, fps=FPS):
    """Render frame batches block by block.

    Parameters
    ----------
    net : dbn.network.Network
    frame_batches : iterable of np.ndarray [shape=(batch, 4096), dtype=float32]
    mode : str
        a key of `MODES` with a renderer (not "granular": see `granular_from`).
    phase : str or None
        a key of `PHASES` the mode takes (None: its default).
    seed : int or None
        seeds numpy's and Python's generators (None: unseeded, as 2015).
    clean : bool
        turn 2015's quirks off (see the module docstring).
    steal : np.ndarray [shape=(n,)] or None
        the samples a stealing phase takes its phases from.
    fft2_peak : float or None
        --clean stft-both: the fft2 normaliser; None: each batch's own.
    fps : float > 0
        the frame rate rows play at (`playback_fps`).

    Yields
    ------
    blocks : tuple of np.ndarray [shape=(n,)]
        one array per file of the mode (`Mode.files`), in the dtype 2015's
        arithmetic produced (ORIGINAL.md section 5): the brain's for raw
        and windowed's out.wav, float64 for the rest.
    """
    m = check_mode(net, mode, phase)
    if m.drops_first and not clean:
        frame_batches = _skip_first(frame_batches)
    yield from m.renderer(frame_batches, Render(net, clean=clean, seed=seed, phase=phase,
                                                steal=steal, fft2_peak=fft2_peak, fps=fps))


def _skip_first(batches):
    first = True
    for batch in batches:
        if first:
            batch, first = batch[1:], False
        if len(batch):
            yield batch


def granular_from(samples, *, seed=None):
    """The granular stage on out.wav's samples.

    Parameters
    ----------
    samples : np.ndarray [shape=(n,)]
        out.wav as floats; Csound's GEN01 normalises them to peak 1.
    seed : int or None

    Returns
    -------
    audio : np.ndarray [shape=(m,), dtype=float64]
        44100 Hz.
    grains : list of Grain
    """
    grains = granular.make_score(len(samples), random.Random(seed))
    return granular.synthesize(grains, samples), grains


def batches_of(frames, size=BATCH):
    """Consecutive slices of an array of frames.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, d)]
    size : int > 0

    Yields
    ------
    batch : np.ndarray [shape=(<= size, d)]
        views, not copies.
    """
    for i in range(0, len(frames), size):
        yield frames[i:i + size]


def render(net, frames, mode=None, *, phase=None, seed=None, clean=False, steal=None,
           fps=None):
    """Render an array of frames through a brain.

    Parameters
    ----------
    net : dbn.network.Network
    frames : np.ndarray [shape=(n, 4096), dtype=float32]
        from `dbn.read_frames` (the pickler's preprocessing).
    mode : str or None
        a key of `MODES` (None: the brain's own, `default_mode`).
    phase, seed, clean, steal
        see `stream`.
    fps : float or None
        the frames' rate, for a brain paired one row per real frame (None:
        its training videos' rate).

    Returns
    -------
    wav : np.ndarray [shape=(n_samples,), dtype=float32]
        at `output_rate` (mode, `playback_fps`); nominally in [-1, 1]
        (2015's renderers can exceed it; ``clean`` peak-normalises). A mode
        with several files returns its output (windowed: wout.wav); granular
        renders raw first, through the 16-bit out.wav, as render.sh did.
    """
    frames = np.asarray(frames, np.float32)
    mode = mode or default_mode(net)
    m = check_mode(net, mode, phase)
    fps = playback_fps(m.stage_of or mode, net, fps)
    if m.stage_of:
        out = np.concatenate([b for b, in stream(net, batches_of(frames), m.stage_of,
                                                  seed=seed, fps=fps)])
        audio = granular_from(to_int16(out, clean=clean) / 32768.0, seed=seed)[0]
    else:
        peak = fft2_peak(batches_of(frames)) if clean and m.clean_fft2 else None
        blocks = [b[-1] for b in stream(net, batches_of(frames), mode, phase=phase,
                                        seed=seed, clean=clean, steal=steal, fft2_peak=peak,
                                        fps=fps)]
        audio = np.concatenate(blocks) if blocks else np.zeros(0)
    if clean:
        audio = peak_normalise(audio)
    return audio.astype(np.float32)


__all__ = ["MODES", "PHASES", "STEAL_PHASE_WAV", "check_mode", "fitting_modes",
           "default_mode", "brain_modes", "parse_phase", "playback_fps", "output_rate",
           "stream", "render", "granular_from", "batches_of"]
