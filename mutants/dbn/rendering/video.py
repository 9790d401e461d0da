"""Step three of the workflow: a video through a brain -> wav files, streaming.

- `render_video`: a video through a brain -> the mode's wav file(s).
- `granular_file`: out.wav -> output.wav by the granular stage.
"""
import os
import shutil

from ..atomic import atomic_path
from ..features import BATCH, fft2_peak, frame_batches
from ..media import read_wav, video_fps, write_wav, write_wav_stream
from ..progress import SILENT
from . import MODES, check_mode, granular, granular_from, output_rate, playback_fps
from . import stream as render_stream


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


def render_video(video, net, mode, out, *, phase=None, seed=None, clean=False, steal=None,
                 report=SILENT, csound=False, fps_correct=False, stream=None):
    """Render ``video`` through ``net`` into ``out`` (and its companions).

    Parameters
    ----------
    video : str
    net : dbn.network.Network
    mode : str
        a key of `dbn.rendering.MODES`. A mode that is a stage of another
        (granular) first writes that mode's render to ``out.wav`` beside
        ``out``, as render.sh did.
    out : str
        the wav to write (atomically).
    phase, seed, clean
        see `dbn.rendering.stream`.
    steal : str or None
        a sound file to steal phases from (None: the 2015 one).
    report : dbn.progress.Report
    csound : bool
        granular: also write grain.orc/grain.sco, and run csound if found.
    fps_correct : bool
        row-per-frame modes: play one row per frame of this video (735 x
        its frame rate), as for brains trained on ``--fps-correct`` data
        (which do so without the flag).
    stream : int or None
        PyAV index of the video stream (None: the first).

    Returns
    -------
    written : list of str
    """
    m = check_mode(net, mode, phase)
    if m.stage_of:
        first = os.path.join(os.path.dirname(os.path.abspath(out)), "out.wav")
        render_video(video, net, m.stage_of, first, seed=seed, clean=clean, report=report,
                     fps_correct=fps_correct, stream=stream)
        return [first] + granular_file(first, out, seed=seed, csound=csound)
    steal_samples = read_wav(steal)[0] if steal else None
    peak = (fft2_peak(frame_batches(video, size=BATCH, stream=stream))
            if clean and m.clean_fft2 else None)
    fps = playback_fps(mode, net, video_fps(video, stream=stream), fps_correct=fps_correct)
    blocks = render_stream(net, frame_batches(video, size=BATCH, stream=stream, report=report),
                           mode, phase=phase, seed=seed, clean=clean, steal=steal_samples,
                           fft2_peak=peak, fps=fps)
    paths = output_files(mode, out)
    write_wav_stream(paths, blocks, output_rate(mode, fps), clean=clean)
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
