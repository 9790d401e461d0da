"""Step three of the workflow: a video through a brain -> wav files, streaming.

- `render_video`: a video through a brain -> the mode's wav file(s).
- `granular_file`: out.wav -> output.wav by the granular stage.
"""
import os
import shutil

from ..atomic import atomic_path
from ..features import video_batches
from ..media import WavFiles, opened, read_wav, write_wav
from ..progress import SILENT
from . import granular
from .plan import granular_from, make_plan, run


def render_video(video, net, mode, out, *, phase=None, seed=None, clean=False, steal=None,
                 report=SILENT, csound=False, fps_correct=False, stream=None):
    """Render ``video`` through ``net`` into ``out`` (and its companions).

    Parameters
    ----------
    video : str or dbn.media.Video
    net : dbn.network.Network
    mode : str
        a key of `dbn.rendering.MODES`. A mode that is a stage of another
        (granular) first writes that mode's render to ``out.wav`` beside
        ``out``, as render.sh did.
    out : str
        the wav to write (atomically).
    phase, seed, clean
        see `dbn.rendering.Plan`.
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
        a path: the PyAV index of its video stream (None: the first).

    Returns
    -------
    written : list of str
    """
    with opened(video, video_stream=stream) as v:
        plan = make_plan(net, mode, video_fps=v.fps, fps_correct=fps_correct, phase=phase,
                         seed=seed, clean=clean, steal=read_wav(steal)[0] if steal else None,
                         source=lambda: video_batches(v), out=out)
        first = plan.stage or plan
        run(first, net, video_batches(v, report=report),
            WavFiles(first.files, first.rate, clean=clean))
    if plan.stage:
        return list(first.files) + granular_file(first.files[-1], out, seed=seed, csound=csound)
    return list(plan.files)


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
