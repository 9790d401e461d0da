"""Every render mode and phase strategy, one record each (ORIGINAL.md section 5).

- `Mode`, `MODES`: what each render mode is: widths, rate, renderer, files.
- `Phase`, `PHASES`: the stft-mag renderer's phase strategies exp001-exp012,
  the final commit's stolen phase, and stft-both's predicted phase.
- `Render`: one render's settings and random generators, handed to the
  renderer functions.

Adding a render mode is one `Mode` record in `MODES` plus its renderer
function: a generator ``renderer(frame_batches, render)`` yielding one
tuple of sample blocks per step, an array for each of the mode's files.
Every caller (``dbn render``, `dbn.render`, render.sh, ``dbn evaluate``)
reads these records and nothing else about a mode.
"""
import dataclasses
import os
import random
from typing import Callable

import numpy as np

from ..context import BrainInput
from ..features import (FPS, MEL, MEL_CEILING, ROW, RATE, SPECTRAL, fft2_frames,
                        fft2_magnitudes)
from ..harmonic import HARMONIC, NOISE_BANDS, harmonic_bank
from ..pitchbins import WIDTH as BINNED, unbinned
from ..media import read_wav
from . import granular, pcm, spectral
from .level import levelled

STEAL_PHASE_WAV = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                               "data", "steal-phase.wav")


@dataclasses.dataclass
class Render:
    """One render: the brain, 2015's switches, and generators seeded once.

    Attributes
    ----------
    net : dbn.network.Network
    clean : bool
        turn 2015's quirks off.
    seed : int or None
        seeds ``np_rng`` (numpy's RandomState) and ``py_rng`` (Python's
        random), as 2015 drew from both.
    phase : str or None
        a key of `PHASES` (None: the mode's default).
    steal : np.ndarray [shape=(n,)] or None
        the samples a stealing phase takes its phases from (None: the
        2015 renderer's steal-phase.wav).
    fft2_peak : float or None
        --clean stft-both: the fft2 normaliser over the whole video.
    fps : float
        the frame rate rows play at: the video's for a brain paired one row
        per real frame (``--fps-correct``), else 2015's 30.
    """

    net: object
    clean: bool = False
    seed: int = None
    phase: str = None
    steal: np.ndarray = None
    fft2_peak: float = None
    fps: float = FPS

    def __post_init__(self):
        self.np_rng, self.py_rng = np.random.RandomState(self.seed), random.Random(self.seed)
        # mel rows never louder than the brain's loudest training row
        target = self.net.meta.target
        self.ceiling = target.peak if target and target.peak is not None else MEL_CEILING
        self.level = target.level if target else None

    def predict(self, frame_batches):
        """Yield the brain's output, batch by batch, in its dtype (2015's arithmetic follows it).

        A context brain sees its windows of frames (its last ``latency``
        outputs come after the last batch) and hears its own sound. A None
        batch (a frame `dbn.live` dropped) repeats the last output row.
        """
        brain, last = BrainInput(self.net), None
        for batch in frame_batches:
            if batch is None:  # a frame dropped live: its sound is the last output again
                if last is not None:
                    yield last
                continue
            out = brain.predict(batch)
            if len(out):
                last = out[-1:]
                yield out
        out = brain.finish()
        if len(out):
            yield out


def _single(blocks):
    return ((b,) for b in blocks)


def _raw(frames, r):
    return _single(pcm.raw(r.predict(frames)))


def _windowed(frames, r):
    return pcm.windowed(frames, r.net, r.np_rng, r.py_rng)


def _ola(frames, r):
    return _single(pcm.ola(r.predict(frames)))


def _stft(frames, r):
    return _single(spectral.stft(r.predict(frames)))


def _stft_real(frames, r):
    return _single(spectral.stft_real(r.predict(frames), clean=r.clean))


def _stft_mag(frames, r):
    phase = PHASES[r.phase or "steal"]
    stolen = None
    if phase.steals:
        steal = r.steal if r.steal is not None else read_wav(STEAL_PHASE_WAV)[0]
        stolen = spectral.steal_phases(steal)
    return _single(spectral.stft_mag(r.predict(frames), phase.vectors(r.np_rng, stolen),
                                     final=phase.final))


def _stft_both(frames, r):
    if r.clean:  # the input the brain was trained on; 2015 fed it plain frames
        frames = (fft2_frames(b) if not r.fft2_peak else fft2_magnitudes(b) / r.fft2_peak
                  for b in frames)
    return _single(spectral.stft_both(r.predict(frames)))


def _griffinlim(frames, r):
    return _single(spectral.griffinlim(r.predict(frames), seed=r.seed, fps=r.fps,
                                       ceiling=r.ceiling))


def _harmonic(frames, r):
    rows = r.predict(frames)
    if r.net.sizes[-1] == BINNED:  # the pitch as bins: read at their peak
        rows = (unbinned(y) for y in rows)
    blocks = harmonic_bank(rows, r.fps, seed=r.seed)
    return _single(blocks if r.level is None else levelled(blocks, r.level, HARMONIC["rate"]))


def _mag(frames, r):
    return _single(spectral.mel_overlap_add(r.predict(frames), r.fps, seed=r.seed,
                                            ceiling=r.ceiling))


@dataclasses.dataclass(frozen=True)
class Mode:
    """What a render mode is.

    Attributes
    ----------
    name : str
    widths : tuple of int
        the brain output widths it renders.
    rate : int
        output sample rate in Hz.
    renderer : callable or None
        (frame_batches, Render) -> iterator of tuples, one array per file;
        None for a stage on another mode's output (``stage_of``).
    script : str
        the 2015 script it reproduces, or "new: ...".
    files : tuple of str
        the files it writes, "{}" standing for the output's stem; the last
        one is the output itself.
    default_output : str
        the output's name when none is given (2015's).
    drops_first : bool
        2015's renderer threw the first frame away (--clean keeps it).
    phases : tuple of str
        the phase strategies it takes (keys of `PHASES`), its default first.
    follows_fps : {"rate", "hop"} or None
        how a brain paired one row per real frame (``--fps-correct``) plays
        a video at its frame rate: "rate", rows of 735 at 735 x fps Hz;
        "hop", 22050 Hz with rows 22050 / fps apart; None: 2015's fixed
        framing.
    context_ok : bool
        renders brains that see frame or sound context (windowed adds its
        noise to a single frame's pixels, so it takes 2015's brains only).
    stage_of : str or None
        renders this other mode first, then its own stage on that wav.
    clean_fft2 : bool
        --clean feeds the brain the fft2 input it was trained on, normalised
        over the whole video (callers measure that peak in a first pass).
    streams : bool
        sounds frame by frame as frames arrive (`dbn live`); False for modes
        that need the whole video first.
    limits : bool
        new modes: each sample is clipped to [-1, 1] as it is made, so no
        sink wraps it and `dbn.render` hands back what the wav holds; 2015's
        modes keep their samples, which its wav writer wrapped past +-1.
    """

    name: str
    widths: tuple
    rate: int
    renderer: Callable
    script: str
    files: tuple = ("{}",)
    default_output: str = "out.wav"
    drops_first: bool = False
    phases: tuple = ()
    follows_fps: str = None
    context_ok: bool = True
    stage_of: str = None
    clean_fft2: bool = False
    streams: bool = True
    limits: bool = False


@dataclasses.dataclass(frozen=True)
class Phase:
    """A phase strategy of the spectral renderers.

    Attributes
    ----------
    name : str
    vectors : callable or None
        (np.random.RandomState, stolen phases or None) -> iterator of
        phase vectors [shape=(2048,)], one per rendered frame; None when
        the brain predicts its phases (stft-both).
    final : bool
        the final stft-mag commit's renderer (500 x abs(y), Hamming window,
        amax 0.5) rather than the Exp001-Exp012 one (raw y, Hann, 7e-3).
    steals : bool
        takes its phases from a sound file (steal:FILE).
    """

    name: str
    vectors: Callable
    final: bool = False
    steals: bool = False


_HALF_PI, _N = np.pi / 2, spectral.N_FFT
PHASES = {p.name: p for p in [
    Phase("steal", lambda rng, stolen: spectral.cycling(stolen, len(stolen) - 2),
          final=True, steals=True),  # the final commit; steal:FILE names another file
    Phase("exp001", lambda rng, stolen: spectral.drifting(_HALF_PI, np.pi / 100)),
    Phase("exp002", lambda rng, stolen: spectral.drifting(_HALF_PI, np.pi / 10)),
    Phase("exp003", lambda rng, stolen: spectral.drifting(_HALF_PI,
                                                          rng.normal(0, np.pi / 2, _N))),
    Phase("exp004", lambda rng, stolen: spectral.drifting(_HALF_PI,
                                                          rng.normal(0, np.pi / 10, _N))),
    Phase("exp005", lambda rng, stolen: spectral.drifting(_HALF_PI, rng.normal(0, np.pi, _N))),
    Phase("exp006", lambda rng, stolen: spectral.drifting(0.0, rng.normal(0, np.pi / 2, _N))),
    Phase("exp007", lambda rng, stolen: spectral.drifting(
        _HALF_PI, rng.uniform(-np.pi / 2, np.pi / 2, _N))),
    Phase("exp008", lambda rng, stolen: spectral.drifting(_HALF_PI,
                                                          _HALF_PI * np.arange(_N) / _N)),
    Phase("exp009", lambda rng, stolen: spectral.drifting(
        _HALF_PI, _HALF_PI * (_N - np.arange(_N)) / _N)),
    Phase("exp010", lambda rng, stolen: spectral.drifting(rng.normal(0, np.pi / 2, _N),
                                                          _HALF_PI)),
    Phase("exp011", lambda rng, stolen: spectral.random_walk(rng)),
    Phase("exp012", lambda rng, stolen: spectral.cycling(stolen, len(stolen)), steals=True),
    Phase("predicted", None),
]}
_STFT_MAG_PHASES = tuple(p for p in PHASES if p != "predicted")

OSBORNE_RATE = SPECTRAL["stft-mag"]["rate"]  # the osborne-combined renderers: 30720 Hz
MODES = {m.name: m for m in [
    Mode("raw", (ROW,), RATE, _raw, "videosonify.py (render.sh)", follows_fps="rate"),
    Mode("windowed", (ROW,), RATE, _windowed, "videosonify2.py", files=("{}-plain", "{}"),
         default_output="wout.wav", drops_first=True, follows_fps="rate", context_ok=False),
    Mode("ola", (ROW,), RATE, _ola, "new: a clean Hann overlap-add of the rows",
         follows_fps="rate", limits=True),
    Mode("mag", (MEL["bands"],), MEL["rate"], _mag, "new: mel rows by overlap-add, phase "
         "carried from frame to frame (streams)", follows_fps="hop", limits=True),
    Mode("harmonic", (2 + HARMONIC["harmonics"], 2 + HARMONIC["harmonics"] + NOISE_BANDS,
                      BINNED),
         HARMONIC["rate"], _harmonic, "new: harmonic rows by a bank of oscillators, phase "
         "carried, and filtered noise (streams; a steady row is a steady sound)",
         follows_fps="hop", limits=True),
    Mode("stft", (SPECTRAL["stft"]["width"],), RATE, _stft, "stft-videosonify.py",
         drops_first=True),
    Mode("stft-real", (SPECTRAL["stft-real"]["width"],), OSBORNE_RATE, _stft_real,
         "osborne-combined-stft", drops_first=True),
    Mode("stft-mag", (SPECTRAL["stft-mag"]["width"],), OSBORNE_RATE, _stft_mag,
         "osborne-combined-stft-mag", drops_first=True, phases=_STFT_MAG_PHASES),
    Mode("stft-both", (SPECTRAL["stft-both"]["width"],), OSBORNE_RATE, _stft_both,
         "osborne-combined-stft-both-fft2", drops_first=True, phases=("predicted",),
         clean_fft2=True),
    Mode("griffinlim", (SPECTRAL["stft-mag"]["width"], SPECTRAL["stft-both"]["width"]),
         OSBORNE_RATE, _griffinlim, "new: Griffin-Lim (librosa) on magnitudes", streams=False,
         limits=True),
    Mode("mag-griffinlim", (MEL["bands"],), MEL["rate"], _griffinlim,
         "new: Griffin-Lim (librosa) on mel rows (the whole video at once)",
         follows_fps="hop", streams=False, limits=True),
    Mode("granular", (ROW,), granular.SR, None, "out-2-csound.py + grain.orc (render.sh)",
         default_output="output.wav", stage_of="raw", streams=False),
]}
