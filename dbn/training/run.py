"""How dbn trains a brain, top to bottom. Read this module first.

- `run_job`: what ``dbn train`` and ``theanet.py`` do: a checked `Job` ->
  the data files read -> a `Network` -> `train` -> the brain file.
- `train` / `fit`: fit a Network to (input rows, target rows) with keyword
  settings / a checked `TrainSettings`; the 2015 way by default. Seeds,
  the one-time pair shuffle, the validation split, then resume or pretrain
  (greedy RBMs, or theanets' layer-wise scheme), then the fine-tuning
  loop, with progress brains and checkpoints written where they happen.
- `dataset_videos`, `network_rows`: each video's rows, windowed on their own.
- `epochs`: the 2015 loop itself (downhill 0.2.2's ``iterate`` inside
  theanets' ``itertrain``), one epoch per step.
- `check_data`: frames and targets against the network.

The small helpers it calls: `graph.Model` (the compiled step and loss),
`optimizers` (update rules), `batches.Batches` (downhill's mini-batches),
`rbm` (one RBM by CD-k), `device.compile_mode` (``--device``).
"""
import contextlib
import dataclasses
import hashlib
import math
import os
import signal
import threading
import time

import numpy as np

from ..brain import BrainRecord, Scaling, TargetRecord
from ..brainfile import load_brain
from ..context import Context, context_inputs, sound_context
from ..datafile import read_array, read_dataset
from ..errors import ParameterError
from ..network import Layer, Network, activate
from ..outputs import writable_file
from ..progress import SILENT
from ..settings import TrainSettings, settings_from
from ..targets import target_of
from .batches import Batches, consecutive_batches
from .graph import Model
from .rbm import HIDDEN_FOR, fit_layer


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
    # -- before any work: every file this job will write can be written
    for path in [job.output, *job.copies, job.train.checkpoint if job.train.checkpoint_every
                 else None, job.train.save_progress if job.train.save_every else None]:
        if path:
            writable_file(path)

    # -- data: the files dbn pickle wrote, each video's frames windowed on their own
    frames, targets = read_array(job.frames), read_array(job.targets)
    videos = dataset_videos(job.frames, job.targets, len(frames))
    context = Context.of(job.network, targets.shape[1])
    X, Y = network_rows(frames, targets, videos, context)
    scaling = Scaling(X.mean(axis=0), np.maximum(X.std(axis=0), 1e-3)) \
        if job.train.standardise else None

    # -- the network
    layers = job.network.layers or [X.shape[1], 1000, Y.shape[1]]
    if layers[0] != X.shape[1] or layers[-1] != Y.shape[1]:
        raise ParameterError(f"layers {'-'.join(map(str, layers))} do not match the data: "
                             f"the inputs have {X.shape[1]} values per row ({job.frames}"
                             f"{'' if context.plain else ', with its context'}), "
                             f"{job.targets} {Y.shape[1]}")
    net = Network(layers, activation=job.network.activation, seed=job.train.seed,
                  dtype=job.network.dtype)
    net.meta = BrainRecord(input=job.data.input, frames_file=job.frames, context=context,
                           scaling=scaling)
    report.line(f"training {'-'.join(map(str, layers))} ({net.hidden_activation}, "
                f"{net.dtype}) on {job.frames} {frames.shape} -> {job.targets} "
                f"{targets.shape}" + (f", {len(videos)} videos" if len(videos) > 1 else "")
                + ("" if context.plain else f"; context {context.record()}"))
    report.line("settings: " + ", ".join(f"{k}={v}" for k, v in
                                         dataclasses.asdict(job.train).items()))

    # -- training
    if scaling:
        X = (X - scaling.mean) / scaling.scale
    history = fit(net, X, Y, job.train, sound=slice(X.shape[1] - context.sound * Y.shape[1],
                                                    None) if context.sound else None,
                  scale=None if scaling is None else scaling.scale, report=report)

    # -- the brain: everything rendering needs (fit recorded the settings it used)
    net.meta.target = target_record(job, videos, Y.shape[0], peak=float(Y.max()))
    sections = job.sections()
    del sections["train"]
    net.meta.recipe = {"name": job.name, "description": job.description, **sections,
                       "published": job.published}
    for path in [job.output, *job.copies]:
        net.save(path)
    last = history[-1] if history else None
    report.line(f"wrote {', '.join([job.output] + job.copies)}"
                + (f" after {last['epoch']} epochs, loss {last['loss']:.6g}" if last else ""))
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


def target_record(job, videos, rows, *, peak):
    """TargetRecord: what a brain's targets were (variant, file, rows, rate, pairing, videos)."""
    variant = job.data.variant
    fpss = sorted({v["fps"] for v in videos if v["fps"]})
    rate = target_of(variant).rate_for(fpss[0] if job.data.fps_correct and len(fpss) == 1
                                       else None)
    return TargetRecord(variant, job.targets, int(rows), rate, job.data.fps_correct, fpss,
                        [v["video"] for v in videos if v["video"]], peak)


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
        if not np.isfinite(a).all():
            raise ParameterError(f"the {name} contain NaN or infinite values")
    return X.astype(net.dtype), Y.astype(net.dtype)


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


def fit(net, X, Y, s, *, sound=None, scale=None, report=SILENT):
    """`train` with settings already checked (a `TrainSettings`).

    Parameters
    ----------
    sound : slice or None
        the input columns that hold previous target rows (sound context),
        where ``s.feedback_noise`` is added afresh each epoch.
    scale : np.ndarray [shape=(n_in,)] or None
        the inputs' standardisation scale (noise is in target units).
    """
    if (s.checkpoint_every or s.resume) and not s.checkpoint:
        raise ParameterError("checkpoint_every and resume need a checkpoint file path")
    X, Y = check_data(net, X, Y)

    # -- seeds: one stream each for the pair shuffle, the batch order, pretraining, noise
    seeds = np.random.SeedSequence(s.seed).spawn(4)
    pair_rng, batch_rng = (np.random.RandomState(sq.generate_state(1)[0]) for sq in seeds[:2])

    # -- the pairs: shuffled once (theanet.py did), the last valid_split held out
    if s.shuffle_pairs:
        order = pair_rng.permutation(len(X))
        X, Y = X[order], Y[order]
    n_valid = int(round(len(X) * s.valid_split))
    valid = (X[-n_valid:], Y[-n_valid:]) if n_valid else None
    if n_valid:
        X, Y = X[:-n_valid], Y[:-n_valid]

    # -- resume from a checkpoint, or pretrain
    made_with = {"settings": {k: v for k, v in vars(s).items() if k not in RESUMABLE},
                 "data": fingerprint(X, Y)}
    resumed = _load_checkpoint(s.checkpoint, net, made_with, report) if s.resume else None
    if s.resume and resumed is None:
        report.line(f"--resume: no checkpoint at {s.checkpoint}; starting from the beginning")
    if resumed is None or resumed["phase"] == "rbm":
        pretrain_rng = np.random.default_rng(seeds[2])
        if s.pretrain == "rbm":
            pretrain_rbm(net, X, s, pretrain_rng, start=resumed["layers_done"] if resumed
                         else 0, made_with=made_with, report=report)
        elif s.pretrain == "layerwise":
            pretrain_layerwise(net, X, Y, valid, s, batch_rng, report=report)

    # -- fine-tuning: the 2015 loop
    model = Model(net.layers, X, Y, optimizer=s.optimizer, learning_rate=s.learning_rate,
                  momentum=s.momentum, device=s.device, valid=valid, weight_l2=s.weight_l2)
    batches = Batches(len(X), s.batch_size, batch_rng, s.train_batches)
    valid_batches = consecutive_batches(len(valid[0]) if valid else len(X), s.batch_size)
    noise = np.random.default_rng(seeds[3])
    state = None
    if resumed is not None and resumed["phase"] == "finetune":
        model.set_state(resumed["optimizer"])
        batches.set_state(resumed["batches"])
        noise.bit_generator.state = resumed.get("noise", noise.bit_generator.state)
        state = resumed["loop"]
        report.line(f"resuming from {s.checkpoint} after epoch {state['epoch']}")
    feedback = sound is not None and s.feedback_noise > 0
    if feedback:  # sound context: the brain will hear its own rows, not the true ones
        model.set_inputs(_with_noise(X, sound, s.feedback_noise, scale, noise))
    for state in epochs(model, batches, valid_batches, validate_every=s.validate_every,
                        patience=s.patience, min_improvement=s.min_improvement,
                        max_epochs=s.max_epochs, state=state, report=report):
        if progress_save_due(state["epoch"], s.save_every):  # brain-<unix time>, as 2015
            model.write_back(net.layers)
            net.save(s.save_progress.format(int(time.time())))
        if s.checkpoint_every and state["epoch"] % s.checkpoint_every == 0:
            model.write_back(net.layers)
            net.save(s.checkpoint, train_state={
                "phase": "finetune", "loop": state, "optimizer": model.get_state(),
                "batches": batches.state(), "noise": noise.bit_generator.state, **made_with})
        if feedback:  # after the checkpoint, so that a resumed run draws the same noise
            model.set_inputs(_with_noise(X, sound, s.feedback_noise, scale, noise))
    model.write_back(net.layers)  # the best parameters: `epochs` restored them
    net.meta.history, net.meta.stopped = state["history"], state["stopped"]
    net.meta.train = {k: v for k, v in vars(s).items() if v is not None}
    return state["history"]


def _with_noise(X, columns, sd, scale, rng):
    """X with Normal(0, sd) added to the sound-context columns (sd in target units)."""
    noisy = X.copy()
    unit = 1.0 if scale is None else scale[columns]
    noisy[:, columns] += (rng.normal(0, sd, noisy[:, columns].shape) / unit).astype(X.dtype)
    return noisy


def progress_save_due(epoch, save_every):
    """Whether theanets wrote a progress brain after ``epoch`` (1-based).

    LEGACY-FORMAT.md 6.5: after the epoch of 0-based index i > 0 with
    i % save_every == 0 (so after epochs 101, 201, ... for save_every 100).
    """
    return bool(save_every) and epoch - 1 > 0 and (epoch - 1) % save_every == 0


def pretrain_rbm(net, X, s, rng, *, start=0, made_with=None, report=SILENT):
    """Initialise every hidden layer of ``net`` from a greedily trained RBM.

    Each RBM learns the output of the layer below (the frames for the
    first); the output layer is kept. After each layer a checkpoint is
    written when checkpoints are on, so that ``--resume`` skips it.

    Parameters
    ----------
    net : Network
    X : np.ndarray [shape=(n, n_in)]
    s : TrainSettings
    rng : np.random.Generator
        seeds each RBM (drawn for skipped layers too, so resumes draw alike).
    start : int
        hidden layers already pretrained (a resumed run).
    made_with : dict or None
        the settings and data fingerprint checkpoints record.
    report : dbn.progress.Report
    """
    if start:
        report.line(f"resuming rbm pretraining after {start} layer(s)")
    h = X
    for depth, layer in enumerate(net.layers[:-1]):
        if layer.activation not in HIDDEN_FOR:
            raise ParameterError(f"rbm pretraining needs relu or logistic hidden layers, "
                                 f"not {layer.activation!r}")
        seed = int(rng.integers(2**31))
        if depth >= start:
            fit_layer(layer, h, visible=s.visible if depth == 0 else "auto", seed=seed, s=s,
                      report=report)
            if s.checkpoint_every:
                net.save(s.checkpoint, train_state={"phase": "rbm", "layers_done": depth + 1,
                                                    **(made_with or {})})
        h = activate(layer.activation, h @ layer.W + layer.b)


def pretrain_layerwise(net, X, Y, valid, s, rng, *, report=SILENT):
    """theanets' SupervisedPretrainer: train [hid1..hid_i, lwout] for each i.

    With K hidden layers, stage i < K trains the first i hidden layers
    under a fresh linear ``lwout`` layer to the targets (all their
    parameters, nothing frozen); stage K trains the whole network (with
    K = 1 this is plain training with the pretraining optimiser). Each
    stage is a full run of the 2015 loop with the pretraining optimiser
    (RMSProp by default). 2015's theanets crashed after the first stage
    with several hidden layers; this is its evident intent.

    Parameters
    ----------
    net : Network
        trained in place.
    X, Y : np.ndarray [shape=(n, n_in)], [shape=(n, n_out)]
    valid : tuple of np.ndarray or None
    s : TrainSettings
    rng : np.random.RandomState
        batch order; also draws lwout's initial weights.
    report : dbn.progress.Report
    """
    hidden = net.layers[:-1]
    n_out = net.layers[-1].W.shape[1]
    batch = s.pretrain_batch_size or s.batch_size
    for i in range(1, len(hidden) + 1):
        layers = net.layers
        if i < len(hidden):
            size = hidden[i - 1].W.shape[1]
            W = rng.normal(0, 1 / np.sqrt(size + n_out), (size, n_out)).astype(net.dtype)
            layers = hidden[:i] + [Layer(W, rng.normal(0, 1, n_out).astype(net.dtype),
                                         net.layers[-1].activation, "lwout")]
        report.line(f"layer-wise stage {i}: {' '.join(l.name for l in layers)}")
        model = Model(layers, X, Y, optimizer=s.pretrain_optimizer,
                      learning_rate=s.pretrain_learning_rate or 1e-3,
                      momentum=s.pretrain_momentum, device=s.device, valid=valid)
        batches = Batches(len(X), batch, rng, s.pretrain_train_batches)
        valid_batches = consecutive_batches(len(valid[0]) if valid else len(X), batch)
        patience = s.patience if s.pretrain_patience is None else s.pretrain_patience
        improvement = (s.min_improvement if s.pretrain_min_improvement is None
                       else s.pretrain_min_improvement)
        for state in epochs(model, batches, valid_batches, validate_every=s.validate_every,
                            patience=patience, min_improvement=improvement,
                            max_epochs=s.pretrain_epochs or None, report=report,
                            label=f"layer-wise {i}"):
            if progress_save_due(state["epoch"], s.pretrain_save_every):
                model.write_back(layers)
                Network.from_layers(layers).save(s.pretrain_save_progress)
        model.write_back(layers)


def fresh_state():
    """dict: the loop's state before the first epoch, all plain data."""
    return {"epoch": 0, "n_valid": 0, "best_loss": math.inf, "best_index": -1,
            "best_params": None, "last_valid": math.nan, "valid_epoch": None,
            "history": [], "stopped": None}


def epochs(model, batches, valid_batches, *, validate_every, patience, min_improvement,
           max_epochs=None, state=None, report=SILENT, label="round"):
    """The 2015 loop: yield after each epoch until patience, max_epochs or Ctrl-C.

    Validation runs before the first epoch and every ``validate_every``
    epochs; it improves when ``best - loss > best * min_improvement``; the
    loop stops at the first validation more than ``patience`` validations
    after the best one (LEGACY-FORMAT.md 6.3). When ``max_epochs`` ends the
    run (a setting 2015 lacked), one more validation runs first. At the end
    the best-validation parameters are put back into the model.

    Parameters
    ----------
    model : graph.Model
    batches : batches.Batches
    valid_batches : list of np.ndarray [dtype=int32]
        row indices of the validation batches (all of them, each time).
    validate_every, patience : int
    min_improvement : float
    max_epochs : int or None
    state : dict or None
        a loop state to resume from (see `fresh_state`).
    report : dbn.progress.Report
        a bar inside each epoch and 2015's line after it.
    label : str
        the word that starts each epoch's line ("round", as 2015 printed).

    Yields
    ------
    state : dict
        after each epoch: ``history`` holds one dict per epoch (see
        `train`); ``stopped`` says why the loop ended ("patience",
        "max_epochs" or "interrupted").
    """
    state = state or fresh_state()
    with _ctrl_c_flag() as interrupted:
        try:
            while True:
                if state["epoch"] % validate_every == 0:
                    _validate(model, valid_batches, state, min_improvement)
                    if state["n_valid"] - 1 - state["best_index"] > patience:
                        state["stopped"] = "patience"
                        break
                if max_epochs is not None and state["epoch"] >= max_epochs:
                    if state["epoch"] % validate_every:
                        _validate(model, valid_batches, state, min_improvement)
                    state["stopped"] = "max_epochs"
                    break
                losses = []
                for idx in report.bar(batches.epoch(), desc=f"{label} {state['epoch'] + 1}",
                                      unit="batch"):
                    losses.append(model.step(idx))
                    if interrupted.is_set():
                        raise KeyboardInterrupt
                _record(state, float(np.mean(losses)), label, report)
                yield state
        except KeyboardInterrupt:
            state["stopped"] = "interrupted"
            report.line("interrupted: restoring the best parameters and stopping")
    if state["best_params"] is not None:
        model.set_params(state["best_params"])


def _validate(model, valid_batches, state, min_improvement):
    loss = float(np.mean([model.loss(idx, valid=True) for idx in valid_batches]))
    best = state["best_loss"]
    if state["best_index"] < 0 or best - loss > best * min_improvement:
        state.update(best_loss=loss, best_index=state["n_valid"],
                     best_params=model.get_params())
    state["n_valid"] += 1
    state.update(last_valid=loss, valid_epoch=state["epoch"])


def _record(state, loss, label, report):
    """Count the epoch, keep its monitors and say 2015's line for it."""
    state["epoch"] += 1
    valid = state["last_valid"]
    state["history"].append({"epoch": state["epoch"], "loss": loss, "err": loss,
                             "valid_loss": valid, "valid_err": valid,
                             "valid_epoch": state.get("valid_epoch")})
    report.line(f"{label} {state['epoch']}: loss {loss:.6g} valid loss {valid:.6g} "
                f"err {loss:.6g} valid err {valid:.6g}")


@contextlib.contextmanager
def _ctrl_c_flag():
    """Turn the first Ctrl-C into a flag checked between batches.

    A KeyboardInterrupt raised inside a compiled function can be lost in
    PyTensor's VM; a flag is seen for sure. A second Ctrl-C interrupts at once.
    """
    flag = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return

    def first(signum, frame):
        flag.set()
        signal.signal(signal.SIGINT, previous)

    previous = signal.signal(signal.SIGINT, first)
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


# settings that may change on --resume: they never change what one epoch does
RESUMABLE = ("max_epochs", "patience", "save_every", "save_progress", "checkpoint_every",
             "checkpoint", "resume", "pretrain_save_every", "pretrain_save_progress")


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
