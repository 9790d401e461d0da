"""What a brain learns to emit: one record per target variant.

- `Target`, `TARGETS`: each variant's files, rate, width, forward (audio ->
  rows), inverse (rows -> audio) and the render modes that hear it.
- `target_of`: a variant name (or a data section) -> its record.
- `VARIANTS`: the names ``dbn pickle --variant`` takes.

Pickling, training, rendering, recipes, ``dbn audioverify`` and the tests
read these records and nothing else about a variant. Adding one is a
record here and its two functions (in `dbn.features`, `dbn.harmonic` or
`dbn.pitchbins`).
"""
import dataclasses
from typing import Callable

from .errors import ParameterError
from .features import (MEL, RATE, ROW, SPECTRAL, mel_rows, mel_samples, pcm_rows, pcm_samples,
                       spectral_rows, spectral_samples)
from .harmonic import HARMONIC, NOISE_BANDS, harmonic_rows, harmonic_samples, voice_rows
from .pitchbins import BINS, WIDTH as BINNED, binned_rows, binned_samples


@dataclasses.dataclass(frozen=True)
class Target:
    """A target variant.

    Attributes
    ----------
    name : str
    files : (str, str)
        the input file and the target file ``dbn pickle`` writes.
    width : int
        values per target row.
    rate : int
        Hz the audio is decoded at for ``forward`` (raw with ``--fps-correct``:
        735 x the video's frame rate, see `rate_for`).
    forward : callable
        (samples [shape=(n,), dtype=int16], fps) -> rows [shape=(m, width)];
        fps is the frame rate rows are paired at.
    inverse : callable
        (rows, fps) -> samples [shape=(k,), dtype=float64] at ``rate``: the
        plain way back (``dbn audioverify``), not a 2015 renderer.
    modes : tuple of str
        the render modes that hear it (`dbn.rendering.MODES`), the default first.
    describe : str
        what a row is, for ``dbn pickle``'s summary ({rate}, {fps} filled in).
    follows_fps : {"rate", "window"} or None
        how ``--fps-correct`` pairs one row with each real frame: "rate", the
        audio is decoded at 735 x fps (raw); "window", one window is centred
        on each frame (mel); None: 2015's fixed framing.
    input : {"frames", "fft2"}
        what the brain sees: frames, or their abs(fft2) (the stft-both experiment).
    same_as : str or None
        the variant whose targets these are (fft2: stft-both's).
    joinable : bool
        several videos make one set (the 2015 spectral variants normalise each
        file by its own peak, so they do not).
    pitch : int, slice or None
        the column, or the columns, that hold the pitch (None: none do).
    """

    name: str
    files: tuple
    width: int
    rate: int
    forward: Callable
    inverse: Callable
    modes: tuple
    describe: str
    follows_fps: str = None
    input: str = "frames"
    same_as: str = None
    joinable: bool = False
    pitch: object = None

    def rate_for(self, fps=None):
        """int: the decoding rate when rows pair with frames at ``fps`` (None: 2015's 30)."""
        return int(round(ROW * fps)) if fps and self.follows_fps == "rate" else self.rate

    @property
    def targets(self):
        """Target: the record whose rows these are (itself, or `same_as`'s)."""
        return TARGETS[self.same_as] if self.same_as else self


def _spectral(name, modes, *, same_as=None, input="frames"):
    variant = same_as or name
    spec = SPECTRAL[variant]
    return Target(name, ("fft-frames.pkl" if input == "fft2" else "frames.pkl", "stft.pkl"),
                  spec["width"], spec["rate"],
                  lambda samples, fps: spectral_rows(samples, variant),
                  lambda rows, fps: spectral_samples(rows, variant), modes,
                  f"{variant} at {{rate}} Hz", input=input, same_as=same_as)


TARGETS = {t.name: t for t in [
    Target("raw", ("frames.pkl", "audio.pkl"), ROW, RATE, lambda samples, fps: pcm_rows(samples),
           lambda rows, fps: pcm_samples(rows), ("raw", "windowed", "ola", "granular"),
           f"{ROW} samples at {{rate}} Hz", follows_fps="rate", joinable=True),
    _spectral("stft", ("stft",)),
    _spectral("stft-real", ("stft-real",)),
    _spectral("stft-mag", ("stft-mag", "griffinlim")),
    _spectral("stft-both", ("stft-both", "griffinlim")),
    _spectral("fft2", ("stft-both", "griffinlim"), same_as="stft-both", input="fft2"),
    Target("mel", ("frames.pkl", "mel.pkl"), MEL["bands"], MEL["rate"], mel_rows, mel_samples,
           ("mag", "mag-griffinlim"),
           f"{MEL['bands']} mel bands, one row per frame at {{fps:.3f}} fps",
           follows_fps="window", joinable=True),
    Target("harmonic", ("frames.pkl", "harmonic.pkl"), 2 + HARMONIC["harmonics"],
           HARMONIC["rate"], harmonic_rows, harmonic_samples, ("harmonic",),
           f"voicing, pitch and {HARMONIC['harmonics']} harmonics, one row per frame at "
           "{fps:.3f} fps", follows_fps="window", joinable=True, pitch=1),
    Target("harmonic-noise", ("frames.pkl", "harmonic-noise.pkl"),
           2 + HARMONIC["harmonics"] + NOISE_BANDS, HARMONIC["rate"], voice_rows,
           harmonic_samples, ("harmonic",),
           f"voicing, pitch, {HARMONIC['harmonics']} harmonics and {NOISE_BANDS} noise bands, "
           "one row per frame at {fps:.3f} fps", follows_fps="window", joinable=True, pitch=1),
    Target("harmonic-bins", ("frames.pkl", "harmonic-bins.pkl"),
           BINNED, HARMONIC["rate"], binned_rows, binned_samples, ("harmonic",),
           f"voicing, the pitch as {len(BINS)} bins 50 cents apart, {HARMONIC['harmonics']} "
           f"harmonics and {NOISE_BANDS} noise bands, one row per frame at {{fps:.3f}} fps",
           follows_fps="window", joinable=True, pitch=slice(1, 1 + len(BINS))),
]}
VARIANTS = tuple(TARGETS)


def target_of(variant=None, *, data=None):
    """The record of a variant, or of a recipe's ``[data]`` section.

    Parameters
    ----------
    variant : str or None
    data : dbn.settings.DataSettings or None
        its input (fft2 input: the fft2 record) and variant.

    Returns
    -------
    target : Target
    """
    if data is not None:
        variant = "fft2" if data.input == "fft2" else data.variant
    if variant not in TARGETS:
        raise ParameterError(f"unknown target variant {variant!r}; choose from "
                             f"{', '.join(VARIANTS)}")
    return TARGETS[variant]
