"""Step one of the workflow: a video -> frames.pkl and its targets.

- `pickle_video`: write the data files of a pickler variant.
- `OUTPUTS`: which files each variant writes.
"""
import os

import numpy as np

from .datafile import write_array, write_rows
from .errors import MediaError
from .features import (FRAME_SIZE, RATE, ROW, SPECTRAL, fft2_magnitudes, fft2_peak,
                       frame_batches, pcm_rows, spectral_rows)
from .media import read_audio, video_fps
from .progress import SILENT

OUTPUTS = {
    "raw": ("frames.pkl", "audio.pkl"),
    **{v: ("frames.pkl", "stft.pkl") for v in SPECTRAL},
    "fft2": ("fft-frames.pkl", "stft.pkl"),
}


def _target(samples, variant, rate):
    if variant == "raw":
        return pcm_rows(samples), f"{ROW} samples at {rate} Hz"
    target = "stft-both" if variant == "fft2" else variant
    return spectral_rows(samples, target), f"{target} at {SPECTRAL[target]['rate']} Hz"


def pickle_video(video, *, variant="raw", out_dir=".", fps_correct=False, frames_only=False,
                 report=SILENT):
    """Decode a video and write the data files of ``variant`` into ``out_dir``.

    Parameters
    ----------
    video : str
    variant : {"raw", "stft", "stft-real", "stft-mag", "stft-both", "fft2"}
        raw: frames.pkl + audio.pkl (2015's pickler.py); stft*: frames.pkl
        + stft.pkl; fft2: fft-frames.pkl + stft.pkl (stft-both targets), the
        pair the stft-both experiment trained on.
    out_dir : str
    fps_correct : bool
        raw only: resample the audio to 735 x fps Hz, so that each row is
        exactly one frame's audio whatever the frame rate (2015 assumed 30).
    frames_only : bool
        write the frame file alone (for videos without audio).
    report : dbn.progress.Report

    Returns
    -------
    report : dict
        files written, frames, rows, fps, seconds, target description.
    """
    if not os.path.isdir(out_dir) or not os.access(out_dir, os.W_OK):
        raise MediaError(f"cannot write in {out_dir}: not a writable folder")
    fps = video_fps(video)
    names = OUTPUTS[variant]
    paths = [os.path.join(out_dir, n) for n in names]
    samples = None
    if not frames_only:
        target = "stft-both" if variant == "fft2" else variant
        rate = (int(round(ROW * fps)) if fps_correct else RATE) if variant == "raw" \
            else SPECTRAL[target]["rate"]
        samples = read_audio(video, rate)
        if not len(samples):
            raise MediaError(f"{video}: the audio stream decodes to no samples")
    if variant == "fft2":
        # two passes over the video, so that memory stays flat: the peak, then the rows
        peak = fft2_peak(frame_batches(video)) or 1.0
        rows = (fft2_magnitudes(b) / peak for b in frame_batches(video, report=report))
        n_frames = write_rows(paths[0], rows, width=FRAME_SIZE, dtype=np.float64)
    else:
        n_frames = write_rows(paths[0], frame_batches(video, report=report),
                              width=FRAME_SIZE, dtype=np.float32)
    report = {"files": paths[:1], "frames": n_frames, "fps": fps, "seconds": n_frames / fps}
    if samples is not None:
        rows, what = _target(samples, variant, rate)
        write_array(paths[1], rows)
        report.update(files=paths, rows=len(rows), target=what, rate=rate)
    return report
