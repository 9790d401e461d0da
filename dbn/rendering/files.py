"""Rendering a video file to wav files, streaming (the CLI's side of render).

- `render_video`: a video through a brain -> wav file(s), as 2015 named them.
- `granular_file`: out.wav -> output.wav by the granular stage.
"""
import os
import shutil

from ..atomic import atomic_path
from ..features import fft2_peak
from ..media import frame_batches, read_wav, video_fps, write_wav, write_wav_stream
from . import BATCH, check_mode, granular, granular_from, sample_rate, stream


def render_video(video, net, mode, out, *, phase=None, seed=None, clean=False, steal=None,
                 progress=True, csound=False, fps_correct=False):
    """Render ``video`` through ``net`` into ``out`` (and its companions).

    Parameters
    ----------
    video : str
    net : Network
    mode : str
        see `dbn.rendering.MODES`. windowed also writes the plain blocks
        to ``<out stem>-plain.wav`` (2015's out.wav beside wout.wav);
        granular first writes the raw render to ``out.wav`` beside ``out``.
    out : str
        the wav to write (atomically).
    phase, seed, clean
        see `dbn.rendering.stream`.
    steal : str or None
        a sound file to steal phases from.
    csound : bool
        granular: also write grain.orc/grain.sco, and run csound if found.
    fps_correct : bool
        raw-PCM modes: write at 735 x the video's frame rate, for brains
        trained on data pickled with ``--fps-correct`` (one row per frame).

    Returns
    -------
    written : list of str
    """
    check_mode(net, mode, phase)
    if mode == "granular":
        first = os.path.join(os.path.dirname(os.path.abspath(out)), "out.wav")
        render_video(video, net, "raw", first, seed=seed, clean=clean, progress=progress,
                     fps_correct=fps_correct)
        return [first] + granular_file(first, out, seed=seed, csound=csound)
    steal_samples = read_wav(steal)[0] if steal else None
    peak = (fft2_peak(frame_batches(video, size=BATCH, progress=False))
            if mode == "stft-both" and clean else None)
    batches = frame_batches(video, size=BATCH, progress=progress)
    blocks = stream(net, batches, mode, phase=phase, seed=seed, clean=clean,
                    steal=steal_samples, fft2_peak=peak)
    if mode == "windowed":
        stem, ext = os.path.splitext(out)
        paths = [stem + "-plain" + (ext or ".wav"), out]
    else:
        paths, blocks = [out], ((b,) for b in blocks)
    rate = sample_rate(mode, net)
    if fps_correct and mode in ("raw", "windowed", "ola"):
        rate = int(round(735 * video_fps(video)))
    write_wav_stream(paths, blocks, rate, clean=clean)
    return paths


def granular_file(source, out, *, seed=None, csound=False):
    """The granular stage of render.sh on a wav file.

    Parameters
    ----------
    source : str
        out.wav (its samples are the grain table).
    out : str
        output.wav, 44100 Hz 16-bit.
    seed : int or None
    csound : bool
        also write grain.orc and grain.sco beside ``out``, and when csound
        is on PATH let it render ``out`` instead of numpy.

    Returns
    -------
    written : list of str
    """
    samples, _ = read_wav(source)
    audio, grains = granular_from(samples, seed=seed)
    written = []
    if csound:
        folder = os.path.dirname(os.path.abspath(out))
        score = granular.score_text(grains, len(samples), os.path.relpath(source, folder))
        written = granular.write_csound_files(folder, score)
        if shutil.which("csound"):
            with atomic_path(out) as tmp:
                os.replace(granular.run_csound(folder, os.path.basename(tmp)), tmp)
            return written + [out]
    write_wav(out, audio, granular.SR, clean=True)  # Csound clips out-of-range samples
    return written + [out]
