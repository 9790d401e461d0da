"""Step one of the workflow: videos -> frames.pkl, their targets, and dataset.json.

- `pickle_videos`: write the data files of a target variant for one video
  (2015's pickler.py) or several (one training set, boundaries kept); what
  each variant writes is its record in `dbn.targets`.

One video gives exactly 2015's files (frames and target rows of their own
lengths; training cuts the targets to the frames). Several videos give one
set: each video's frames and rows cut to the shorter of the two, then
joined, with each video's first row recorded in dataset.json so that no
context window spans two videos.
"""
import contextlib
import os

import numpy as np

from .datafile import DATASET, write_array, write_dataset, write_rows
from .errors import MediaError, ParameterError
from .features import FPS, FRAME_SIZE, fft2_magnitudes, fft2_peak, video_batches
from .media import Video
from .outputs import writable_file
from .progress import SILENT
from .targets import TARGETS, target_of


def pickle_videos(videos, *, variant="raw", out_dir=".", fps_correct=False, frames_only=False,
                  video_stream=None, audio_stream=None, report=SILENT):
    """Decode videos and write the data files of ``variant`` into ``out_dir``.

    Parameters
    ----------
    videos : list of str
        one video (2015), or several for one training set.
    variant : str
        a key of `dbn.targets.TARGETS`: raw (frames.pkl + audio.pkl, 2015's
        pickler.py); stft*: frames.pkl + stft.pkl; fft2: fft-frames.pkl +
        stft.pkl (stft-both targets); mel: frames.pkl + mel.pkl (new).
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
    target = target_of(variant)
    if len(videos) > 1 and not target.joinable:
        joinable = [t.name for t in TARGETS.values() if t.joinable]
        raise ParameterError(f"several videos make one set only for --variant "
                             f"{' or '.join(joinable)}: the 2015 spectral variants normalise "
                             "each file by its own peak")
    with contextlib.ExitStack() as stack:  # every video opens before any file is written
        opened = [stack.enter_context(Video(v, video_stream=video_stream,
                                            audio_stream=audio_stream)) for v in videos]
        for v in opened:
            if v.choice:
                report.line(f"{v.path}: {v.choice}")
        targets = [None if frames_only else _target_rows(v, target, fps_correct)
                   for v in opened]
        parts = [{"video": v.path, "fps": v.fps, "rows": None if t is None else len(t[0])}
                 for v, t in zip(opened, targets)]
        paths = [os.path.join(out_dir, n) for n in target.files]
        n_frames = write_rows(paths[0], _input_rows(opened, target, parts, report),
                              width=FRAME_SIZE,
                              dtype=np.float64 if target.input == "fft2" else np.float32)
    return _finish(out_dir, target, variant, fps_correct, paths, parts, targets, n_frames)


def _finish(out_dir, target, variant, fps_correct, paths, parts, targets, n_frames):
    """Write the target file (each video cut to its frames when several) and dataset.json."""
    frames_only = targets[0] is None
    files = paths[:1] if frames_only else paths
    keep = [p["frames"] if len(parts) > 1 else p["rows"] for p in parts]
    if not frames_only:
        write_array(paths[1], np.concatenate([t[:k] for (t, _), k in zip(targets, keep)]))
    start = 0
    for p in parts:
        p["start"], start = start, start + p["frames"]
    write_dataset(os.path.join(out_dir, DATASET), {
        "variant": variant, "fps_correct": fps_correct, "files": target.files[:len(files)],
        "videos": parts})
    summary = {"files": files + [os.path.join(out_dir, DATASET)], "frames": n_frames,
               "fps": [v["fps"] for v in parts],
               "seconds": sum(p["frames"] / p["fps"] for p in parts), "videos": parts,
               "stale": [p for p in paths[len(files):] if os.path.exists(p)]}
    if not frames_only:
        summary.update(rows=sum(keep), target=targets[0][1])
    return summary


def _target_rows(video, target, fps_correct):
    """A video's target rows, and what they are in words."""
    pairing = video.fps if fps_correct else FPS
    rate = target.rate_for(video.fps if fps_correct else None)
    try:
        samples = video.audio(rate)
    except MediaError as e:
        raise MediaError(f"{e} (--frames-only pickles the frames alone)") from None
    if not len(samples):
        raise MediaError(f"{video.path}: the audio stream decodes to no samples")
    return target.forward(samples, pairing), target.describe.format(rate=rate, fps=pairing)


def _input_rows(videos, target, parts, report):
    """Each video's input rows in turn; several videos are cut to their target rows."""
    for video, part in zip(videos, parts):
        limit = part["rows"] if len(videos) > 1 and part["rows"] is not None else None
        if target.input == "fft2":  # two passes, so that memory stays flat: the peak, then rows
            peak = fft2_peak(video_batches(video)) or 1.0
            batches = (fft2_magnitudes(b) / peak for b in video_batches(video, report=report))
        else:
            batches = video_batches(video, report=report)
        n = 0
        for batch in batches:
            batch = batch[: None if limit is None else max(limit - n, 0)]
            n += len(batch)
            yield batch
        part["frames"] = n
