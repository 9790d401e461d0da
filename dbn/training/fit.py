"""Fitting a network: the 2015 fine-tuning after pretraining, resumable.

- `train` / `fit`: fit a Network to (input rows, target rows) with keyword
  settings / a checked `TrainSettings`; the 2015 way by default. Seeds,
  the one-time pair shuffle, the validation split, then resume or pretrain
  (greedy RBMs, or theanets' layer-wise scheme), then the fine-tuning
  loop (`loop.fine_tune`), with checkpoints written where they happen.
- `check_data`: frames and targets against the network.
- `fingerprint`, `RESUMABLE`: what a checkpoint records of its data, and
  the settings a resumed run may change.
"""
import hashlib
import os

import numpy as np

from ..brainfile import load_brain
from ..errors import ParameterError
from ..progress import SILENT
from ..settings import PretrainSettings, Schedule, TrainSettings, settings_from
from .calls import SECONDS
from .device import BACKENDS
from .loop import fine_tune
from .pretrain import pretrain_layerwise, pretrain_rbm
from .threads import blas_threads, cores, limited

CHECKED_ROWS = 4096  # rows checked for NaN at once


def check_data(net, X, Y):
    """Check training data against a network; truncate targets to the frames.

    Parameters
    ----------
    net : Network
    X : np.ndarray [shape=(n, n_in)]
    Y : np.ndarray [shape=(m, n_out)]
        m >= n; rows past n are dropped, as 2015 did.

    Returns
    -------
    X, Y : np.ndarray [shape=(n, n_in)], [shape=(n, n_out)], in the network's dtype
    """
    X, Y = np.asarray(X), np.asarray(Y)
    if X.ndim != 2 or Y.ndim != 2 or len(X) == 0 or len(Y) == 0:
        raise ParameterError(f"empty or non-2-d training data: frames {X.shape}, "
                             f"targets {Y.shape}")
    if X.shape[1] != net.sizes[0] or Y.shape[1] != net.sizes[-1]:
        raise ParameterError(f"the network is {'-'.join(map(str, net.sizes))} but the data "
                             f"has {X.shape[1]} inputs and {Y.shape[1]} targets per row")
    if len(Y) < len(X):
        raise ParameterError(f"{len(X)} frames but only {len(Y)} target rows")
    Y = Y[: len(X)]
    for name, a in (("frames", X), ("targets", Y)):
        if not all(np.isfinite(a[i:i + CHECKED_ROWS]).all()  # a mask of 4096 rows at a time
                   for i in range(0, len(a), CHECKED_ROWS)):  # (a whole one: 1/4 of X)
            raise ParameterError(f"the {name} contain NaN or infinite values")
    return X.astype(net.dtype, copy=False), Y.astype(net.dtype, copy=False)


def train(net, X, Y, *, report=SILENT, **settings):
    """Train ``net`` in place, as theanets master 33775e7 + downhill 0.2.2 did.

    Parameters
    ----------
    net : Network
    X : np.ndarray [shape=(n, n_in)]
        frames (or fft2 input).
    Y : np.ndarray [shape=(m >= n, n_out)]
        target rows; truncated to n.
    report : dbn.progress.Report
        the 2015 epoch lines and progress bars (silent by default).
    **settings
        any field of `dbn.settings.TrainSettings` (2015 defaults).

    Returns
    -------
    history : list of dict
        per fine-tuning epoch: epoch, loss, err, valid_loss, valid_err and
        valid_epoch (the epoch count at which that validation ran). Also
        kept in ``net.meta.history``, with the settings used in
        ``net.meta.train``.
    """
    return fit(net, X, Y, settings_from(TrainSettings, settings), report=report)


def fit(net, X, Y, s, *, sound=None, scale=None, report=SILENT, own=False):
    """`train` with settings already checked (a `TrainSettings`).

    Parameters
    ----------
    own : bool
        X and Y are the caller's to give away (`run_job`'s, just read): the
        pair shuffle reorders them in place instead of copying them, so that
        a large training set is held once.
    sound : slice or None
        the input columns that hold previous target rows (sound context),
        where ``s.feedback_noise`` is added afresh each epoch.
    scale : np.ndarray [shape=(n_in,)] or None
        the inputs' standardisation scale (noise is in target units).
    """
    if (s.checkpoint_every or s.resume) and not s.checkpoint:
        raise ParameterError("checkpoint_every and resume need a checkpoint file path")
    X, Y = check_data(net, X, Y)
    threads = blas_threads(net.sizes, s.batch_size, s.threads)
    report.line(f"device {s.device}: {BACKENDS[s.device]}; "
                + (f"{threads} of {cores()} cores for the matrix products; "
                   if s.device == "cpu" else "")
                + (f"{s.steps_per_call} steps per call" if s.steps_per_call else
                   "1 step per call (auto)" if s.device == "cpu" else
                   f"steps per call: auto (about {SECONDS} s of steps each)"))
    with limited(threads):
        return _fit(net, X, Y, s, sound, scale, report, own)


def _fit(net, X, Y, s, sound, scale, report, own):
    """`fit` past its checks, under its thread limit."""
    # -- seeds: one stream each for the pair shuffle, the batch order, pretraining, noise
    seeds = np.random.SeedSequence(s.seed).spawn(4)
    pair_rng, batch_rng = (np.random.RandomState(sq.generate_state(1)[0]) for sq in seeds[:2])
    noise = np.random.default_rng(seeds[3])

    # -- the pairs: shuffled once (theanet.py did), the last valid_split held out
    if s.shuffle_pairs:
        order = pair_rng.permutation(len(X))
        X, Y = (_reorder(X, order), _reorder(Y, order)) if own else (X[order], Y[order])
    n_valid = int(round(len(X) * s.valid_split))
    valid = (X[-n_valid:], Y[-n_valid:]) if n_valid else None
    if n_valid:
        X, Y = X[:-n_valid], Y[:-n_valid]

    # -- resume from a checkpoint, or pretrain
    made_with = {"settings": {k: v for k, v in vars(s).items() if k not in RESUMABLE},
                 "data": fingerprint(X, Y)}
    resumed = _resume_or_pretrain(net, X, Y, valid, s, made_with, seeds[2], batch_rng, report)
    if resumed is not None:
        noise.bit_generator.state = resumed.get("noise", noise.bit_generator.state)

    # -- fine-tuning: the 2015 loop
    feedback = sound is not None and s.feedback_noise > 0
    # sound context: the brain will hear its own rows, not the true ones
    inputs = (lambda: _with_noise(X, sound, s.feedback_noise, scale, noise)) if feedback \
        else (lambda: X)
    state = resumed["loop"] if resumed else None
    for state, model, batches in fine_tune(net, inputs(), Y, valid, Schedule.finetuning(s),
                                           batch_rng, device=s.device, resume=resumed,
                                           report=report):
        if s.checkpoint_every and state["epoch"] % s.checkpoint_every == 0:
            model.write_back(net.layers)
            net.save(s.checkpoint, train_state={
                "phase": "finetune", "loop": state, "optimizer": model.get_state(),
                "batches": batches.state(), "noise": noise.bit_generator.state, **made_with})
        if feedback:  # after the checkpoint, so that a resumed run draws the same noise
            model.set_inputs(inputs())
    net.meta.history, net.meta.stopped = state["history"], state["stopped"]
    net.meta.train = {k: v for k, v in vars(s).items() if v is not None}
    return state["history"]


def _resume_or_pretrain(net, X, Y, valid, s, made_with, pretrain_seed, batch_rng, report):
    """A fine-tuning checkpoint's train_state to resume from, or None after pretraining.

    A checkpoint written between RBM layers resumes the pretraining after them.
    """
    resumed = _load_checkpoint(s.checkpoint, net, made_with, report) if s.resume else None
    if s.resume and resumed is None:
        report.line(f"--resume: no checkpoint at {s.checkpoint}; starting from the beginning")
    if resumed is not None and resumed["phase"] == "finetune":
        report.line(f"resuming from {s.checkpoint} after epoch {resumed['loop']['epoch']}")
        return resumed
    pretraining = PretrainSettings.of(s)
    if s.pretrain == "rbm":
        pretrain_rbm(net, X, pretraining, np.random.default_rng(pretrain_seed),
                     start=resumed["layers_done"] if resumed else 0,
                     checkpoint=s.checkpoint if s.checkpoint_every else None,
                     made_with=made_with, report=report)
    elif s.pretrain == "layerwise":
        pretrain_layerwise(net, X, Y, valid, pretraining, batch_rng, report=report)
    return None


def _reorder(a, order):
    """``a[order]`` made in ``a`` itself, one cycle of the permutation at a time.

    Parameters
    ----------
    a : np.ndarray [shape=(n, ...)]
        changed in place.
    order : np.ndarray [shape=(n,)]
        a permutation of range(n).

    Returns
    -------
    a : np.ndarray
    """
    done = np.zeros(len(order), bool)
    for start in range(len(order)):
        if done[start]:
            continue
        held, i = a[start].copy(), start
        while order[i] != start:  # row i takes row order[i], along the cycle
            a[i], done[i], i = a[order[i]], True, order[i]
        a[i], done[i] = held, True
    return a


def _with_noise(X, columns, sd, scale, rng):
    """X with Normal(0, sd) added to the sound-context columns (sd in target units)."""
    noisy = X.copy()
    unit = 1.0 if scale is None else scale[columns]
    noisy[:, columns] += (rng.normal(0, sd, noisy[:, columns].shape) / unit).astype(X.dtype)
    return noisy


# settings that may change on --resume: they never change what one epoch does
RESUMABLE = ("max_epochs", "patience", "save_every", "save_progress", "checkpoint_every",
             "checkpoint", "resume", "pretrain_save_every", "pretrain_save_progress",
             "steps_per_call", "threads")


def fingerprint(X, Y):
    """str: a SHA-256 of the training inputs and targets (values, shapes, dtypes)."""
    h = hashlib.sha256()
    for a in (X, Y):
        h.update(f"{a.shape} {a.dtype}".encode())
        h.update(np.ascontiguousarray(a).data)
    return h.hexdigest()


def _load_checkpoint(path, net, made_with, report):
    """The train_state of a checkpoint at ``path``, copying its weights into net.

    Refuses a checkpoint made with other data, another network or settings
    that change what an epoch does, naming each difference.
    """
    if not path or not os.path.exists(path):
        return None
    saved = load_brain(path)
    if saved.sizes != net.sizes or [l.activation for l in saved.layers] != [
            l.activation for l in net.layers] or saved.dtype != net.dtype:
        raise ParameterError(f"cannot resume: {path} holds a {'-'.join(map(str, saved.sizes))} "
                             f"{saved.hidden_activation} {saved.dtype} network; this run's is "
                             f"{'-'.join(map(str, net.sizes))} {net.hidden_activation} "
                             f"{net.dtype}")
    state = saved.meta.train_state
    if not state:
        raise ParameterError(f"{path} is a brain without training state; cannot resume")
    if "settings" not in state:
        report.line(f"{path} does not record its settings (dbn 1.0): resuming unchecked")
    else:
        was, now = state["settings"], made_with["settings"]
        changed = [k for k in sorted(set(was) | set(now)) if was.get(k) != now.get(k)]
        if changed:
            raise ParameterError(
                f"cannot resume {path} exactly: it was made with "
                + ", ".join(f"{k}={was.get(k)}" for k in changed) + "; this run has "
                + ", ".join(f"{k}={now.get(k)}" for k in changed)
                + " (only " + ", ".join(RESUMABLE[:2]) + " and the save and checkpoint "
                "cadence may change)")
        if state["data"] != made_with["data"]:
            raise ParameterError(f"cannot resume {path}: it was trained on other data (the "
                                 "frames or targets changed since)")
    for mine, theirs in zip(net.layers, saved.layers):
        mine.W, mine.b = theirs.W, theirs.b
    return {"phase": "finetune", **state}
