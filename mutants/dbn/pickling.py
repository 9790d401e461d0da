"""Step one of the workflow: videos -> frames.pkl, their targets, and dataset.json.

- `pickle_videos`: write the data files of a pickler variant for one video
  (2015's pickler.py) or several (one training set, boundaries kept).
- `OUTPUTS`: which files each variant writes.

One video gives exactly 2015's files (frames and target rows of their own
lengths; training cuts the targets to the frames). Several videos give one
set: each video's frames and rows cut to the shorter of the two, then
joined, with each video's first row recorded in dataset.json so that no
context window spans two videos.
"""
import os

import numpy as np

from .datafile import DATASET, write_array, write_dataset, write_rows
from .errors import MediaError, ParameterError
from .features import (FPS, FRAME_SIZE, MEL, ROW, SPECTRAL, fft2_magnitudes, fft2_peak,
                       frame_batches, mel_rows, pcm_rows, spectral_rows, target_rate)
from .media import read_audio, video_fps
from .outputs import writable_file
from .progress import SILENT

OUTPUTS = {
    "raw": ("frames.pkl", "audio.pkl"),
    **{v: ("frames.pkl", "stft.pkl") for v in SPECTRAL},
    "fft2": ("fft-frames.pkl", "stft.pkl"),
    "mel": ("frames.pkl", "mel.pkl"),
}
JOINABLE = ("raw", "mel")  # the spectral variants normalise each file by its own peak


def _audio(variant, fps, fps_correct):
    """The rate to decode at, and how the target rows are made from the samples."""
    rate = target_rate(variant, fps if fps_correct else None)
    if variant == "raw":
        return rate, lambda s: pcm_rows(s), f"{ROW} samples at {rate} Hz"
    if variant == "mel":
        pairing = fps if fps_correct else FPS
        return rate, lambda s: mel_rows(s, pairing), \
            f"{MEL['bands']} mel bands, one row per frame at {pairing:.3f} fps"
    target = "stft-both" if variant == "fft2" else variant
    return rate, lambda s: spectral_rows(s, target), f"{target} at {rate} Hz"


def pickle_videos(videos, *, variant="raw", out_dir=".", fps_correct=False, frames_only=False,
                  video_stream=None, audio_stream=None, report=SILENT):
    """Decode videos and write the data files of ``variant`` into ``out_dir``.

    Parameters
    ----------
    videos : list of str
        one video (2015), or several for one training set.
    variant : str
        a key of `OUTPUTS`: raw (frames.pkl + audio.pkl, 2015's pickler.py);
        stft*: frames.pkl + stft.pkl; fft2: fft-frames.pkl + stft.pkl
        (stft-both targets); mel: frames.pkl + mel.pkl (new).
    out_dir : str
    fps_correct : bool
        pair one row with each real frame: raw resamples the audio to
        735 x fps Hz; mel centres each row's window on its frame (2015
        assumed 30 fps).
    frames_only : bool
        write the frame file alone (for videos without audio).
    video_stream, audio_stream : int or None
        PyAV stream indices, for every video (None: the first of each kind).
    report : dbn.progress.Report

    Returns
    -------
    summary : dict
        files written, frames, rows, fps (list), seconds, target description,
        videos (one dict each: video, fps, frames, rows, start), stale (target
        files of an earlier run left beside a frames-only set: dataset.json
        does not list them, so training refuses to pair them).
    """
    writable_file(os.path.join(out_dir, DATASET))
    if len(videos) > 1 and variant not in JOINABLE:
        raise ParameterError(f"several videos make one set only for --variant "
                             f"{' or '.join(JOINABLE)}: the 2015 spectral variants normalise "
                             "each file by its own peak")
    # every video opens before any file is written
    fpss = [video_fps(v, stream=video_stream) for v in videos]
    targets, parts = [], []
    for video, fps in zip(videos, fpss):
        rows, what = None, None
        if not frames_only:
            rate, make_rows, what = _audio(variant, fps, fps_correct)
            try:
                samples = read_audio(video, rate, stream=audio_stream)
            except MediaError as e:
                raise MediaError(f"{e} (--frames-only pickles the frames alone)") from None
            if not len(samples):
                raise MediaError(f"{video}: the audio stream decodes to no samples")
            rows = make_rows(samples)
        targets.append(rows)
        parts.append({"video": video, "fps": fps, "rows": None if rows is None else len(rows)})
    names = OUTPUTS[variant]
    paths = [os.path.join(out_dir, n) for n in names]
    n_frames = write_rows(paths[0], _input_rows(videos, variant, parts, video_stream, report),
                          width=FRAME_SIZE, dtype=np.float64 if variant == "fft2" else np.float32)
    files = paths[:1]
    if not frames_only:
        keep = [p["frames"] if len(videos) > 1 else p["rows"] for p in parts]
        write_array(paths[1], np.concatenate([t[:k] for t, k in zip(targets, keep)]))
        files = paths
    start = 0
    for p in parts:
        p["start"], start = start, start + p["frames"]
    write_dataset(os.path.join(out_dir, DATASET), {
        "variant": variant, "fps_correct": fps_correct, "files": names[:len(files)],
        "videos": parts})
    summary = {"files": files + [os.path.join(out_dir, DATASET)], "frames": n_frames,
               "fps": fpss, "seconds": sum(p["frames"] / p["fps"] for p in parts),
               "videos": parts,
               "stale": [p for p in paths[len(files):] if os.path.exists(p)]}
    if not frames_only:
        summary.update(rows=sum(keep), target=what)
    return summary


def _input_rows(videos, variant, parts, stream, report):
    """Each video's input rows in turn; several videos are cut to their target rows."""
    for video, part in zip(videos, parts):
        limit = part["rows"] if len(videos) > 1 and part["rows"] is not None else None
        if variant == "fft2":  # two passes, so that memory stays flat: the peak, then rows
            peak = fft2_peak(frame_batches(video, stream=stream)) or 1.0
            batches = (fft2_magnitudes(b) / peak
                       for b in frame_batches(video, stream=stream, report=report))
        else:
            batches = frame_batches(video, stream=stream, report=report)
        n = 0
        for batch in batches:
            batch = batch[: None if limit is None else max(limit - n, 0)]
            n += len(batch)
            yield batch
        part["frames"] = n
