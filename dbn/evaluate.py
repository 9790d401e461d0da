"""Step four, ``dbn evaluate``: brains on videos against the real audio and baselines.

- `evaluate`: render each brain on the test videos, score it and the
  baselines against the real audio, over all the clips and on each alone;
  the report folder (report.md, report.html, metrics.json, plots, sounds)
  is `dbn.report`'s.
- `Clip`, `load_clip`: a video's frames and its audio in frame time.
- `metrics_for`: every metric of one signal against the reference.
- `validation_set`: what a brain was validated on, in words.

Everything is compared in *frame time*: the real audio is read at 735 x
the video's frame rate, so that each frame owns 735 samples, and each
render is resampled to 735 samples per frame. A brain that plays 2015's
30 rows per second on a 25 fps video is thus scored frame by frame against
the sound that really played during each frame.
"""
import dataclasses
import datetime
import importlib.metadata
import os
import platform

import librosa
import numpy as np

from .brainfile import load_brain
from .errors import MediaError, ParameterError
from .features import ROW, video_batches
from .media import Video
from .metrics import (buzz_index, envelope_correlation, frame_rms, intelligibility,
                      level_difference, log_spectral_distance, loudness_oracle, mean_row,
                      motion_energy, multires_stft_distance, nearest_neighbour, onset_f1, onsets,
                      pitch_scores, position_prior, silence, spectral_convergence,
                      voice_sonification)
from .outputs import check_folder, output_folder
from .progress import SILENT
from .rendering import (batches_of, brain_modes, default_mode, fitting_modes, make_plan,
                        render_plan)
from .report import Signal, write_report


@dataclasses.dataclass
class Clip:
    """A video's frames and real audio, one 735-sample row per frame.

    Attributes
    ----------
    name : str
    frames : np.ndarray [shape=(n, 4096), dtype=float32]
    audio : np.ndarray [shape=(n, 735), dtype=float64]
        the real audio in frame time (read at 735 x fps Hz), in [-1, 1].
    fps : float
    """

    name: str
    frames: np.ndarray
    audio: np.ndarray
    fps: float

    def part(self, start, stop, suffix=""):
        """Clip: frames start..stop (a held-out part)."""
        return Clip(self.name + suffix, self.frames[start:stop], self.audio[start:stop],
                    self.fps)


def load_clip(video, *, video_stream=None, audio_stream=None, report=SILENT):
    """A video's frames and its audio in frame time.

    Parameters
    ----------
    video : str
    video_stream, audio_stream : int or None
        PyAV stream indices (None: the first of each kind).

    Returns
    -------
    clip : Clip
    """
    with Video(video, video_stream=video_stream, audio_stream=audio_stream) as v:
        if v.choice:
            report.line(f"{video}: {v.choice}")
        frames, fps = np.concatenate(list(video_batches(v, report=report))), v.fps
        try:
            samples = v.audio(int(round(ROW * fps)))
        except MediaError as e:
            raise MediaError(f"{e}: evaluate needs the real audio to compare with") from None
    if not np.any(samples):
        raise MediaError(f"{video}: its audio is silent; evaluate needs the real audio")
    n = len(frames)
    audio = np.zeros(n * ROW)
    audio[: min(len(samples), n * ROW)] = samples[: n * ROW] / 32768.0
    return Clip(os.path.basename(video), frames, audio.reshape(n, ROW), fps)


def metrics_for(x, ref, frames, cuts=()):
    """Every metric of signal ``x`` against ``ref``.

    Parameters
    ----------
    x, ref : np.ndarray [shape=(n,), dtype=float64]
        frame time: 735 samples per frame (nominally 22050 Hz).
    frames : np.ndarray [shape=(n / 735, 4096)]
        the frames the signal belongs to (for motion energy).
    cuts : tuple of int
        frame indices where pieces were joined: onsets, pitch and motion are
        found in each piece alone (`dbn.metrics.onsets`, `pitch_track`,
        `motion_energy`).

    Returns
    -------
    metrics : dict of str -> float or int
    """
    r0, best_r, lag = motion_energy(frames, x, cuts=cuts)
    at = tuple(c * ROW for c in cuts)
    return {
        **pitch_scores(x, ref, cuts=at),
        **intelligibility(x, ref),
        "level_db": level_difference(x, ref),
        "log_spectral_distance": log_spectral_distance(x, ref),
        "spectral_convergence": spectral_convergence(x, ref),
        "multires_stft_distance": multires_stft_distance(x, ref),
        "envelope_correlation": envelope_correlation(x, ref),
        "buzz_index_db": buzz_index(x),
        "onset_f1": onset_f1(onsets(x, cuts=at), onsets(ref, cuts=at)),
        "motion_energy_r": r0,
        "motion_energy_best_r": best_r,
        "motion_energy_best_lag": lag,
    }


def _render(net, frames, mode, fps, *, seed, clean):
    """A brain's render of ``frames``, resampled to frame time (735 per frame)."""
    plan = make_plan(net, mode, video_fps=fps, seed=seed, clean=clean,
                     source=lambda: batches_of(frames))
    y = np.asarray(render_plan(net, frames, plan), np.float64)
    if abs(plan.per_frame - ROW) > 1e-6:
        y = librosa.resample(y, orig_sr=plan.per_frame, target_sr=ROW)
    n = len(frames) * ROW
    return np.pad(y[:n], (0, max(n - len(y), 0)))


# its docstring is most of its length; the steps below read best in one place, in order
def evaluate(videos, brains, out_dir, *, train=(), holdout=0.0, rotate=False, seed=0,
             seeds=1, all_modes=None, force=False, video_stream=None, audio_stream=None,
             report=SILENT):
    """Score brains and baselines on videos; write report.md, metrics.json and plots.

    Parameters
    ----------
    videos : list of str
        the test videos (their real audio is the reference).
    brains : list of str
        brain files (64x64 frame input).
    out_dir : str
        refused if it exists, unless ``force``.
    train : list of str
        the videos the brains trained on, for the baselines that learn
        (mean row, nearest neighbour, position prior); none: the first part
        of a single test video with ``holdout``, else the test videos
        themselves (which flatters those baselines; the report says so).
    holdout : float in [0, 1)
        one video: test on its last ``holdout`` part only (the part a brain
        trained with ``--valid-split`` of the same size never fit).
    rotate : bool
        make timing unpredictable: each test clip is rendered whole (a brain's
        windows never see a cut), then its frames, its real audio and every
        render of it are rotated together by a random number of frames, and
        the clips are joined in random order.
    seed : int
        the rotations, the order, the baselines' noise, and the first render seed.
    seeds : int >= 1
        render each brain with seeds seed .. seed + seeds - 1: each figure of a
        render is then the mean over them, and metrics.json's "spread" holds
        their standard deviation (a deterministic mode's is 0).
    all_modes : bool or None
        score every mode of each brain, 2015-faithful and --clean (default
        with one brain); else each brain's own mode.
    video_stream, audio_stream : int or None
        PyAV stream indices in the test and training videos.
    report : dbn.progress.Report

    Returns
    -------
    report : str
        path of report.md.
    """
    if seeds < 1:
        raise ParameterError(f"--seeds must be at least 1, got {seeds}")
    check_folder(out_dir, force=force)  # before the renders, not after them
    nets = {path: load_brain(path, input_size=4096) for path in brains}
    for net in nets.values():
        fitting_modes(net)
    clips, train_clips = _clips(videos, train, holdout, dict(
        video_stream=video_stream, audio_stream=audio_stream, report=report))
    output_folder(out_dir, force=force)
    every = len(nets) == 1 if all_modes is None else all_modes
    rng = np.random.default_rng(seed)
    shifts, order = _rotation(clips, rng) if rotate else ([0] * len(clips), range(len(clips)))
    renders = [_joined([_rendered(clip, nets, every, seed + k) for clip in clips], shifts,
                       order) for k in range(seeds)]  # one per render seed
    frames, ref = renders[0].pop("frames"), renders[0].pop("real audio").ravel()
    cuts = _joins([len(clips[i].frames) for i in order], [shifts[i] for i in order])
    if rotate:
        clips = [Clip(f"{clips[i].name} (rotated {shifts[i]})", clips[i].frames,
                      clips[i].audio, clips[i].fps) for i in order]
    signals = [Signal("real audio", ref, "the clip's own sound: the reference")] + [
        Signal(k, v.ravel(), _made_by(k, seed, seeds)) for k, v in renders[0].items()] + \
        _baselines(train_clips or clips, clips, frames, rng) + [
        Signal("oracle: noise shaped by the true loudness", loudness_oracle(ref, rng),
               "an oracle floor, no baseline: it looks at the real audio's loudness")]
    metrics = {s.name: metrics_for(s.samples, ref, frames, cuts) for s in signals[1:]}
    metrics["real audio"] = metrics_for(ref, ref, frames, cuts)
    spread = _over_seeds(metrics, renders, ref, frames, cuts) if seeds > 1 else {}
    info = {"videos": videos, "brains": {p: {"layout": n.meta.layout, "sizes": n.sizes,
                                             "validation": validation_set(n)}
                                         for p, n in nets.items()},
            "test": [c.name for c in clips], "train": [c.name for c in train_clips],
            "fps": clips[0].fps, "frames": len(frames), "holdout": holdout, "rotate": rotate,
            "joins": list(cuts), "seed": seed, "seeds": seeds, **_when_and_where()}
    return write_report(out_dir, info, metrics, signals,
                        _each_clip(clips, signals, frames, cuts),
                        {os.path.basename(p): n.meta.history for p, n in nets.items()},
                        spread=spread)


def _over_seeds(metrics, renders, ref, frames, cuts):
    """Each render's metrics as the mean over render seeds (in ``metrics``); their sd."""
    spread = {}
    for name in renders[0]:
        runs = [metrics[name]] + [metrics_for(r[name].ravel(), ref, frames, cuts)
                                  for r in renders[1:]]
        metrics[name] = {k: _mean([m[k] for m in runs]) for k in runs[0]}
        spread[name] = {k: _sd([m[k] for m in runs]) for k in runs[0]}
    return spread


def _mean(values):
    values = [v for v in values if v is not None]
    return float(np.mean(values)) if values else None


def _sd(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return 0.0 if len(set(values)) == 1 else float(np.std(values))  # same render: exactly 0


def _each_clip(clips, signals, frames, cuts):
    """Each clip's name, frames (rotated with its sound), rate and each signal's metrics on it."""
    if len(clips) == 1:  # the clip is the whole run: its figures are the run's
        return [(clips[0].name, frames, clips[0].fps, {s.name: metrics_for(
            s.samples, signals[0].samples, frames, cuts) for s in signals})]
    out, start = [], 0
    for clip in clips:
        n = len(clip.frames)
        part = {s.name: s.samples[start * ROW:(start + n) * ROW] for s in signals}
        pictures, inside = frames[start:start + n], [c - start for c in cuts
                                                     if start < c < start + n]
        out.append((clip.name, pictures, clip.fps,
                    {name: metrics_for(x, part["real audio"], pictures, inside)
                     for name, x in part.items()}))
        start += n
    return out


def _joins(lengths, shifts):
    """Frame indices where the joined signal is not one sound: each clip's start but the
    first, and each rotated clip's wrap (its first frame's return)."""
    cuts, start = [], 0
    for n, shift in zip(lengths, shifts):
        cuts += [start] * (start > 0) + [start + n - shift] * (shift > 0)
        start += n
    return tuple(cuts)


def _made_by(name, seed, seeds=1):
    """A render's signal name in words: which brain, mode, seed and --clean made it."""
    brain, _, mode = name.rpartition(": ")
    clean = mode.endswith(" --clean")
    return (f"{brain or 'the brain'}, rendered in mode {mode.removesuffix(' --clean')} with "
            f"render seed {seed}" + (f" (its metrics: the mean over seeds {seed}-"
                                     f"{seed + seeds - 1})" if seeds > 1 else "") + ", "
            + ("--clean (2015's quirks off)" if clean else "2015's quirks kept"))


# the packages whose versions move a brain or a figure (a fresh install takes the newest)
MEASURED_WITH = ("numpy", "scipy", "pytensor", "librosa", "opencv-python-headless", "av",
                 "pystoi")


def _when_and_where():
    return {"date": datetime.date.today().isoformat(),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                       f"Python {platform.python_version()}",
            "packages": {name: _version(name) for name in MEASURED_WITH}}


def _version(name):
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _clips(videos, train, holdout, streams):
    """The test clips and the training clips (with ``holdout``: one video's two parts)."""
    if not 0 <= holdout < 1:
        raise ParameterError(f"--holdout must be in [0, 1), got {holdout}")
    if holdout and len(videos) > 1:
        raise ParameterError("--holdout splits one video; give --train videos instead")
    clips = [load_clip(v, **streams) for v in videos]
    train_clips = [load_clip(v, **streams) for v in train]
    if holdout:
        n = len(clips[0].frames)
        cut = n - int(round(n * holdout))
        train_clips = train_clips or [clips[0].part(0, cut, " (first part)")]
        clips = [clips[0].part(cut, n, " (held out)")]
    if sum(len(c.frames) for c in clips) < 3:
        raise ParameterError("the test part has fewer than 3 frames")
    return clips, train_clips


def _rendered(clip, nets, every, seed):
    """A clip's frames, real audio and each brain's renders, one row of 735 per frame."""
    piece = {"frames": clip.frames, "real audio": clip.audio}
    for path, net in nets.items():
        prefix = f"{os.path.basename(path)}: " if len(nets) > 1 else ""
        for mode in brain_modes(net) if every else [default_mode(net)]:
            for clean in (False, True) if every else (False,):
                piece[prefix + mode + (" --clean" if clean else "")] = _render(
                    net, clip.frames, mode, clip.fps, seed=seed, clean=clean).reshape(-1, ROW)
    return piece


def _rotation(clips, rng):
    """A random shift for each clip, and a random order to join them in."""
    return [int(rng.integers(len(c.frames))) for c in clips], rng.permutation(len(clips))


def _joined(pieces, shifts, order):
    """The clips' frames, audio and renders, each rotated by its shift, joined in order."""
    pieces = [{k: np.roll(v, -shift, axis=0) for k, v in p.items()}
              for p, shift in zip(pieces, shifts)]
    return {k: np.concatenate([pieces[i][k] for i in order]) for k in pieces[0]}


def _baselines(train, test, frames, rng):
    """The signals a brain must beat: silence, the training audio, the picture alone."""
    rows = np.concatenate([c.audio for c in train])
    return [
        Signal("baseline: silence", silence(len(frames)), "baseline: zeros"),
        Signal("baseline: mean training row", mean_row(rows, len(frames)),
               "baseline: the mean 735-sample row of the training audio, every frame"),
        Signal("baseline: nearest neighbour", nearest_neighbour(
            np.concatenate([c.frames for c in train]), rows, frames),
            "baseline: each frame plays the audio of its nearest training frame"),
        Signal("baseline: vOICe", voice_sonification(frames),
               "baseline: the vOICe's sonification of each frame (rows are pitches)"),
        Signal("baseline: loudness by position (no video)", position_prior(
            [frame_rms(c.audio.ravel()) for c in train], [len(c.frames) for c in test], rng),
            "baseline: noise as loud as the training clips are at each position; never "
            "looks at the video"),
    ]


def validation_set(net):
    """What a brain's validation loss was measured on, in words (None: unknown).

    Parameters
    ----------
    net : dbn.network.Network

    Returns
    -------
    text : str or None
    """
    train = net.meta.train
    if not train:
        return None
    split = train.get("valid_split", 0)
    if not split:
        return "its training data, as in 2015 (no --valid-split)"
    return (f"the last {split:.0%} of its (frame, row) pairs, held out of training"
            + (" after the one-time shuffle" if train.get("shuffle_pairs") else ""))
