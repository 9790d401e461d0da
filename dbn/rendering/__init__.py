"""Rendering: a video's frames through a brain -> audio, every 2015 mode.

- `MODES`, `PHASES`: every render mode and phase strategy, one record each
  (`dbn.rendering.modes`).
- `check_mode`, `fitting_modes`, `default_mode`, `brain_modes`: which modes a
  brain can use, and which it was meant for (`dbn.rendering.plan`).
- `parse_phase`: ``--phase`` text -> strategy and steal file.
- `playback_fps`, `output_rate`: the frame rate rows play at, and the
  sample rate a mode writes then.
- `Plan`, `make_plan`, `run`, `ArraySink`: one render worked out once, then
  source -> renderer -> sink (`dbn.rendering.plan`).
- `stream`: frame batches -> sample blocks for a mode and its settings.
- `render`: the whole of it on an array of frames (the public API).
- `granular_from`: out.wav's samples -> the granular stage (44100 Hz).
- `render_video`, `granular_file` (`dbn.rendering.video`): files in, wav files out.

2015 quirks kept by default (``clean=False``): the windowed and spectral
renderers drop the first frame; stft-real starts with a Hann "debug
bump"; stft-both is fed plain frames although it was trained on fft2
input; wav writing wraps values past +-1. ``clean=True`` turns all of
them off and peak-normalises.
"""
import numpy as np

from ..errors import ParameterError
from ..features import FPS, peak_normalise
from ..media import to_int16
from .modes import MODES, PHASES, STEAL_PHASE_WAV
from .plan import (ArraySink, Plan, batches_of, brain_modes, check_mode, default_mode,
                   fitting_modes, granular_from, make_plan, output_rate, playback_fps, run)


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


def stream(net, frame_batches, mode, *, phase=None, seed=None, clean=False, steal=None,
           fft2_peak=None, fps=FPS):
    """Render frame batches block by block in ``mode`` (see `Plan.blocks`).

    Parameters
    ----------
    net : dbn.network.Network
    frame_batches : iterable of np.ndarray [shape=(batch, 4096), dtype=float32]
    mode : str
        a key of `MODES` with a renderer (not "granular": see `granular_from`).
    phase, seed, clean, steal, fft2_peak
        see `Plan`.
    fps : float > 0
        the frame rate rows play at (`playback_fps`).

    Yields
    ------
    blocks : tuple of np.ndarray [shape=(n,)]
        one array per file of the mode (`Mode.files`).
    """
    plan = Plan(check_mode(net, mode, phase), phase=phase, seed=seed, clean=clean, steal=steal,
                fps=fps, rate=output_rate(mode, fps), fft2_peak=fft2_peak)
    yield from plan.blocks(net, frame_batches)


def render_plan(net, frames, plan):
    """The samples of ``plan`` on an array of frames (see `render`).

    Parameters
    ----------
    net : dbn.network.Network
    frames : np.ndarray [shape=(n, 4096), dtype=float32]
    plan : Plan

    Returns
    -------
    wav : np.ndarray [shape=(n_samples,), dtype=float32 or float64]
        at ``plan.rate``, in the dtype its renderer made (the one the wav
        writer scales by).
    """
    if plan.stage:  # granular renders raw first, through the 16-bit out.wav, as render.sh
        out = render_plan(net, frames, plan.stage)
        audio = granular_from(to_int16(out, clean=plan.clean) / 32768.0, seed=plan.seed)[0]
    else:
        audio = run(plan, net, batches_of(frames), ArraySink()).samples()
    if plan.clean:
        return peak_normalise(audio).astype(np.float32)  # as --clean writes it
    return audio


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
        see `Plan`.
    fps : float or None
        the frames' rate, for a brain paired one row per real frame (None:
        its training videos' rate).

    Returns
    -------
    wav : np.ndarray [shape=(n_samples,), dtype=float32 or float64]
        at `output_rate` (mode, `playback_fps`), in the dtype its renderer
        made and ``dbn render`` writes (float32: raw and windowed, as 2015's
        renderers left them, and ``clean``; float64: every inverse FFT and
        the new modes), so that both give the same 16-bit samples; nominally in [-1, 1]
        (2015's renderers can exceed it; ``clean`` peak-normalises). A mode
        with several files returns its output (windowed: wout.wav); granular
        renders raw first, through the 16-bit out.wav, as render.sh did.
    """
    frames = np.asarray(frames, np.float32)
    plan = make_plan(net, mode, video_fps=fps, phase=phase, seed=seed, clean=clean, steal=steal,
                     source=lambda: batches_of(frames))
    return render_plan(net, frames, plan)


__all__ = ["MODES", "PHASES", "STEAL_PHASE_WAV", "check_mode", "fitting_modes",
           "default_mode", "brain_modes", "parse_phase", "playback_fps", "output_rate",
           "Plan", "make_plan", "run", "ArraySink", "stream", "render", "render_plan",
           "granular_from", "batches_of"]
