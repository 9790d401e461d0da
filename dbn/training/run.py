"""How dbn trains a brain, top to bottom. Read this module first.

- `run_job`: what ``dbn train`` and ``theanet.py`` do: a checked `Job` ->
  the data files read -> a `Network` -> `fit.fit` -> the brain file.
- `new_network`, `recipe_record`: the job's network, checked against the data; what
  its brain records of the recipe.
- `dataset_videos`, `network_rows`: each video's rows, windowed on their own.
- `target_record`: what the brain records of its targets.

Then, each in its own module: `fit` (seeds, pairs, resume or pretrain, the
fine-tuning, checkpoints), `pretrain` (greedy RBMs; theanets' layer-wise
scheme), `loop` (the 2015 loop, which fine-tuning and layer-wise stages
share), and the small helpers they call: `graph.Model` (the compiled step
and loss), `optimizers` (update rules), `batches.Batches` (downhill's
mini-batches), `rbm` (one RBM by CD-k), `device.compile_mode` (``--device``).
"""
import dataclasses
import os

import numpy as np

from ..brain import BrainRecord, Scaling, TargetRecord
from ..context import Context, context_inputs, sound_context
from ..datafile import read_array, read_dataset
from ..errors import ParameterError
from ..features import FPS
from ..network import Network
from ..outputs import writable_file
from ..progress import SILENT
from ..targets import target_of
from .fit import fit


# a third of it is its docstring; the steps read best top to bottom, in one place
def run_job(job, report=SILENT):
    """Train as ``dbn train`` / ``theanet.py`` asked, and write the brain.

    Parameters
    ----------
    job : dbn.settings.Job
        checked settings and file names (`dbn.recipes.job`).
    report : dbn.progress.Report
        the settings, the 2015 epoch lines, progress bars, the file written.

    Returns
    -------
    net : Network
        trained, as written to ``job.output`` (and ``job.copies``). The
        brain is written only when training ends (patience, max_epochs or
        Ctrl-C); bad data stops the job before anything is written.
    """
    # -- before any work: every file this job will write can be written, the settings agree
    pitch = _pitch_column(job)
    for path in [job.output, *job.copies, job.train.checkpoint if job.train.checkpoint_every
                 else None, job.train.save_progress if job.train.save_every else None]:
        if path:
            writable_file(path)

    # -- data: the files dbn pickle wrote, each video's frames windowed on their own
    frames, targets = read_array(job.frames), read_array(job.targets)
    videos = dataset_videos(job.frames, job.targets, len(frames))
    context = Context.of(job.network, targets.shape[1])
    X, Y = network_rows(frames, targets, videos, context)
    scaling = _standardised(X) if job.train.standardise else None
    out_scaling = _standardised(Y) if job.train.standardise_targets else None
    if pitch is not None:  # a smaller unit: the same error in Hz costs more in the loss
        out_scaling.scale[pitch] /= np.sqrt(job.train.pitch_weight)

    # -- the network
    net = new_network(job, X.shape[1], Y.shape[1], context, scaling, out_scaling)
    report.line(f"training {'-'.join(map(str, net.sizes))} ({net.hidden_activation}, "
                f"{net.dtype}) on {job.frames} {frames.shape} -> {job.targets} "
                f"{targets.shape}" + (f", {len(videos)} videos" if len(videos) > 1 else "")
                + ("" if context.plain else f"; context {context.record()}"))
    report.line("settings: " + ", ".join(f"{k}={v}" for k, v in
                                         dataclasses.asdict(job.train).items()))

    # -- training
    if scaling:
        X = (X - scaling.mean) / scaling.scale
    peak = float(Y.max())
    level = training_level(job, targets, videos)
    if out_scaling:  # the rows fed back as sound context stay in X in their own units
        Y = (Y - out_scaling.mean) / out_scaling.scale
    history = fit(net, X, Y, job.train, sound=slice(X.shape[1] - context.sound * Y.shape[1],
                                                    None) if context.sound else None,
                  scale=None if scaling is None else scaling.scale, report=report, own=True)

    # -- the brain: everything rendering needs (fit recorded the settings it used)
    net.meta.target = target_record(job, videos, Y.shape[0], peak=peak, level=level)
    net.meta.recipe = recipe_record(job)
    for path in [job.output, *job.copies]:
        net.save(path)
    last = history[-1] if history else None
    report.line(f"wrote {', '.join([job.output] + job.copies)}"
                + (f" after {last['epoch']} epochs, loss {last['loss']:.6g}" if last else ""))
    return net


def _pitch_column(job):
    """int, slice or None: the target columns that ``pitch_weight`` weighs (None: it is 1)."""
    if job.train.pitch_weight == 1:
        return None
    if not job.train.standardise_targets:
        raise ParameterError("pitch_weight weighs a standardised column: it needs "
                             "standardise_targets")
    target = target_of(data=job.data)
    if target.pitch is None:
        raise ParameterError(f"pitch_weight: the {target.name} target has no pitch column")
    return target.pitch


def _standardised(a):
    """Scaling: each column's mean and sd (at least 1e-3, for constant columns)."""
    return Scaling(a.mean(axis=0), np.maximum(a.std(axis=0), 1e-3))


def recipe_record(job):
    """dict: the recipe a brain was trained from, less the training settings (fit's)."""
    sections = job.sections()
    del sections["train"]
    return {"name": job.name, "description": job.description, **sections,
            "published": job.published}


def new_network(job, n_in, n_out, context, scaling, out_scaling=None):
    """The untrained network of a job, with the record of what it will see.

    Parameters
    ----------
    job : dbn.settings.Job
    n_in, n_out : int
        the data's input and target widths (the layers must match them).
    context : dbn.context.Context
    scaling, out_scaling : dbn.brain.Scaling or None
        the inputs' and the targets' standardisation.

    Returns
    -------
    net : Network
    """
    layers = job.network.layers or [n_in, 1000, n_out]
    if layers[0] != n_in or layers[-1] != n_out:
        raise ParameterError(f"layers {'-'.join(map(str, layers))} do not match the data: "
                             f"the inputs have {n_in} values per row ({job.frames}"
                             f"{'' if context.plain else ', with its context'}), "
                             f"{job.targets} {n_out}")
    net = Network(layers, activation=job.network.activation, seed=job.train.seed,
                  dtype=job.network.dtype)
    net.meta = BrainRecord(input=job.data.input, frames_file=job.frames, context=context,
                           scaling=scaling, output_scaling=out_scaling)
    return net


def dataset_videos(frames_path, targets_path, n_frames):
    """Each video's (first row, frames, fps) in a training set, from its dataset.json.

    Parameters
    ----------
    frames_path, targets_path : str
    n_frames : int
        rows in the frames file.

    Returns
    -------
    videos : list of dict
        video, fps (None when unknown), frames, start; one video spanning
        every row for 2015's files (no dataset.json).
    """
    info = read_dataset(os.path.dirname(frames_path))
    if info is None or info["files"][0] != os.path.basename(frames_path):
        return [{"video": None, "fps": None, "frames": n_frames, "start": 0}]
    if os.path.basename(targets_path) not in info["files"]:
        raise ParameterError(f"{targets_path} is not from the pickling that wrote "
                             f"{frames_path} (its dataset.json lists "
                             f"{', '.join(info['files'])}); pickle the video again")
    videos = info["videos"]
    if sum(v["frames"] for v in videos) != n_frames:
        raise ParameterError(f"{frames_path} has {n_frames} rows but its dataset.json "
                             f"counts {sum(v['frames'] for v in videos)}; pickle again")
    return videos


def network_rows(frames, targets, videos, context):
    """The network's input and target rows: each video's frames windowed on their own.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    targets : np.ndarray [shape=(m, width)]
    videos : list of dict
        from `dataset_videos`.
    context : dbn.context.Context

    Returns
    -------
    X : np.ndarray [shape=(n', context.input_width())]
    Y : np.ndarray [shape=(n', width)]
        2015's plain input for one video is returned as it is (training cuts
        the targets to the frames, as 2015 did).
    """
    if context.plain and len(videos) == 1:
        return frames, targets
    X, Y = [], []
    for v in videos:
        if v["frames"] <= context.frames:
            raise ParameterError(f"a context of {context.frames} frames needs videos longer "
                                 f"than that; {v['video'] or 'the video'} has {v['frames']}")
        f = frames[v["start"]:v["start"] + v["frames"]]
        y = targets[v["start"]:v["start"] + v["frames"]]
        if len(y) < len(f):
            raise ParameterError(f"{len(f)} frames but only {len(y)} target rows"
                                 + (f" for {v['video']}" if v["video"] else ""))
        X.append(np.concatenate([f if context.plain else context_inputs(f, context),
                                 sound_context(y, context.sound)], axis=1))
        Y.append(y)
    return np.concatenate(X), np.concatenate(Y)


def training_level(job, targets, videos):
    """The RMS of the training targets through their inverse, if the recipe renders at it.

    Each video's rows are heard at its own frame rate (float or None)."""
    if job.render.level != "training":
        return None
    target = target_of(job.data.variant)
    squares, count = 0.0, 0
    for v in videos:
        y = target.inverse(targets[v["start"]:v["start"] + v["frames"]], v["fps"] or FPS)
        squares, count = squares + float(np.sum(y ** 2)), count + len(y)
    return float(np.sqrt(squares / count)) if count else None


def target_record(job, videos, rows, *, peak, level=None):
    """TargetRecord: what a brain's targets were (variant, file, rows, rate, pairing, videos)."""
    variant = job.data.variant
    fpss = sorted({v["fps"] for v in videos if v["fps"]})
    rate = target_of(variant).rate_for(fpss[0] if job.data.fps_correct and len(fpss) == 1
                                       else None)
    return TargetRecord(variant, job.targets, int(rows), rate, job.data.fps_correct, fpss,
                        [v["video"] for v in videos if v["video"]], peak, level)
