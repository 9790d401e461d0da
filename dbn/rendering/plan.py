"""One render, planned once: source -> renderer -> sink.

- `check_mode`, `fitting_modes`, `default_mode`, `brain_modes`: which modes a
  brain can use, and which it was meant for.
- `playback_fps`, `output_rate`: the frame rate rows play at, and the
  sample rate a mode writes then.
- `Plan`, `make_plan`: a brain, a mode and its settings, with everything
  derived from them worked out once (phase, playback rate, output rate,
  samples per frame, files, the fft2 normaliser, a staged mode's stage).
- `Plan.blocks`: frame batches -> sample blocks, memory flat in the length.
- `ArraySink`: the samples kept in memory (`dbn.render`); the wav files are
  `dbn.media.WavFiles`, the live sinks are in `dbn.live`.
- `run`: a plan's blocks into a sink (``write(blocks)``, ``close(ok)``).
- `granular_from`: out.wav's samples -> the granular stage (44100 Hz).
- `batches_of`: an array of frames as batches.
"""
import dataclasses
import os
import random

import numpy as np

from ..errors import ParameterError
from ..features import BATCH, FPS, ROW, fft2_peak
from ..targets import TARGETS
from . import granular
from .modes import MODES, Mode, Render


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
    if not m.context_ok and not net.meta.context.plain:
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

    Its recipe's first render mode when it records one; else its target's
    first mode (`dbn.targets.Target.modes`: stft-mag brains: stft-mag; fft2:
    stft-both); else raw, as render.sh did for every 2015 brain (or the
    first mode that fits).

    Parameters
    ----------
    net : dbn.network.Network

    Returns
    -------
    mode : str
    """
    variant = net.meta.variant
    fits = fitting_modes(net)
    for mode in (*net.meta.modes, *(TARGETS[variant].modes[:1] if variant else ()), "raw"):
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
    return [m for m in net.meta.modes if m in fits] or fits


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
    target = net.meta.target
    if MODES[mode].follows_fps and (fps_correct or (target and target.fps_correct)):
        trained = target.fps if target else []
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


@dataclasses.dataclass(frozen=True)
class Plan:
    """One render of one brain: the mode and everything that follows from it.

    Attributes
    ----------
    mode : Mode
    phase : str or None
        a key of `PHASES` the mode takes (None: its default).
    seed : int or None
        seeds numpy's and Python's generators (None: unseeded, as 2015).
    clean : bool
        turn 2015's quirks off.
    steal : np.ndarray [shape=(n,)] or None
        the samples a stealing phase takes its phases from.
    fps : float
        the frame rate rows play at (`playback_fps`).
    rate : int
        the output's sample rate (a staged mode's own: granular 44100 Hz).
    fft2_peak : float or None
        --clean stft-both: the fft2 normaliser over the whole video.
    files : tuple of str
        the files a render to disk writes, the output itself last (none
        for a render in memory).
    stage : Plan or None
        granular: the raw render its stage plays.
    """

    mode: Mode
    phase: str = None
    seed: int = None
    clean: bool = False
    steal: np.ndarray = None
    fps: float = FPS
    rate: int = None
    fft2_peak: float = None
    files: tuple = ()
    stage: "Plan" = None

    @property
    def per_frame(self):
        """float: output samples per row played (735 for 2015's raw rows)."""
        return self.rate / self.fps

    def blocks(self, net, frame_batches):
        """Render frame batches block by block.

        Parameters
        ----------
        net : dbn.network.Network
        frame_batches : iterable of np.ndarray [shape=(batch, 4096), dtype=float32]
            a None batch is a frame `dbn.live` dropped (the last row again).

        Yields
        ------
        blocks : tuple of np.ndarray [shape=(n,)]
            one array per file of the mode (`Mode.files`), in the dtype 2015's
            arithmetic produced (ORIGINAL.md section 5): the brain's for raw
            and windowed's out.wav, float64 for the rest.
        """
        if self.stage:
            raise ParameterError(f"mode {self.mode.name!r} is a stage on a whole "
                                 f"{self.stage.mode.name} render, not a stream")
        if self.mode.drops_first and not self.clean:
            frame_batches = _skip_first(frame_batches)
        blocks = self.mode.renderer(frame_batches, Render(
            net, clean=self.clean, seed=self.seed, phase=self.phase, steal=self.steal,
            fft2_peak=self.fft2_peak, fps=self.fps))
        if not self.mode.limits:
            yield from blocks  # 2015's samples, as its renderers left them
            return
        for block in blocks:
            yield tuple(np.clip(b, -1, 1) for b in block)


def make_plan(net, mode=None, *, video_fps=None, fps_correct=False, phase=None, seed=None,
              clean=False, steal=None, source=None, out=None):
    """Work out one render of ``net``.

    Parameters
    ----------
    net : dbn.network.Network
    mode : str or None
        a key of `MODES` (None: the brain's own, `default_mode`).
    video_fps : float or None
        the frames' rate (None: the brain's training videos').
    fps_correct : bool
        play one row per real frame (brains trained so do it by themselves).
    phase, seed, clean, steal
        see `Plan`.
    source : callable or None
        () -> fresh frame batches of the whole video: --clean stft-both
        measures the fft2 normaliser over them first (a pass of its own).
    out : str or None
        the output file of a render to disk (`Plan.files`).

    Returns
    -------
    plan : Plan
    """
    mode = mode or default_mode(net)
    m = check_mode(net, mode, phase)
    if m.stage_of:
        stage = make_plan(net, m.stage_of, video_fps=video_fps, fps_correct=fps_correct,
                          seed=seed, clean=clean,
                          out=os.path.join(os.path.dirname(os.path.abspath(out)), "out.wav")
                          if out else None)
        return Plan(m, seed=seed, clean=clean, fps=stage.fps, rate=m.rate,
                    files=(*stage.files, out) if out else (), stage=stage)
    fps = playback_fps(mode, net, video_fps, fps_correct=fps_correct)
    peak = fft2_peak(source()) if clean and m.clean_fft2 and source else None
    return Plan(m, phase=phase, seed=seed, clean=clean, steal=steal, fps=fps,
                rate=output_rate(mode, fps), fft2_peak=peak,
                files=tuple(output_files(mode, out)) if out else ())


def output_files(mode, out):
    """The files ``mode`` writes for the output ``out`` (the output itself last).

    Parameters
    ----------
    mode : str
    out : str

    Returns
    -------
    paths : list of str
        windowed: ``<stem>-plain.wav`` (2015's out.wav) and ``out``.
    """
    stem, ext = os.path.splitext(out)
    return [template.format(stem) + (ext or ".wav") for template in MODES[mode].files]


def _skip_first(batches):
    first = True
    for batch in batches:
        if first:
            batch, first = batch[1:], False
        if len(batch):
            yield batch


class ArraySink:
    """The output's samples, kept in memory (the last file's, for modes with several)."""

    def __init__(self):
        self.parts = []

    def write(self, blocks):
        self.parts.append(blocks[-1])

    def close(self, ok=True):
        """Nothing to finish: the samples are in `samples`."""

    def samples(self):
        """np.ndarray [shape=(n,)]: what was written, in the blocks' dtype."""
        return np.concatenate(self.parts) if self.parts else np.zeros(0)


def run(plan, net, frame_batches, sink):
    """Render ``frame_batches`` by ``plan`` into ``sink``; the sink is closed.

    Parameters
    ----------
    plan : Plan
    net : dbn.network.Network
    frame_batches : iterable of np.ndarray [shape=(batch, 4096)]
    sink : object with ``write(blocks)`` and ``close(ok)``

    Returns
    -------
    sink : the same sink
    """
    ok = False
    try:
        for blocks in plan.blocks(net, frame_batches):
            sink.write(blocks)
        ok = True
    finally:
        sink.close(ok)
    return sink


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

