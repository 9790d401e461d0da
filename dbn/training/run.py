"""One training run: the exact 2015 fine-tuning, with optional pretraining.

- `train`: fit a `Network` to (frames, target rows); returns the history.
- `check_data`: frames and targets against the network.

The run, top to bottom: check the data; seed the generators; optionally
shuffle the pairs once and hold out a validation split; resume from a
checkpoint, or pretrain (rbm | layerwise | none); fine-tune with the 2015
loop; leave the best parameters in the network.
"""
import os
import time

import numpy as np
from tqdm import tqdm

from ..brainfile import load_brain, save_brain
from ..errors import ParameterError
from .batches import Batches, consecutive_batches
from .graph import Model
from .loop import fit
from .pretrain import pretrain_layerwise, pretrain_rbm
from .settings import settings_from


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
    X, Y : np.ndarray, in the network's dtype, n rows each.
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


def train(net, X, Y, **settings):
    """Train ``net`` in place, as theanets master 33775e7 + downhill 0.2.2 did.

    Parameters
    ----------
    net : Network
    X : np.ndarray [shape=(n, n_in)]
        frames (or fft2 input).
    Y : np.ndarray [shape=(m >= n, n_out)]
        target rows; truncated to n.
    **settings
        see `Settings` (2015 defaults): optimizer, learning_rate, momentum,
        batch_size, max_epochs, validate_every, patience, min_improvement,
        valid_split, shuffle_pairs, pretrain, save_every, save_progress,
        checkpoint_every, checkpoint, resume, seed, device, ...

    Returns
    -------
    history : list of dict
        per fine-tuning epoch: epoch, loss, err, valid_loss, valid_err.
        Also kept in ``net.meta["history"]`` with the settings used in
        ``net.meta["recipe"]["train"]``.
    """
    s = settings_from(settings)
    if (s.checkpoint_every or s.resume) and not s.checkpoint:
        raise ParameterError("checkpoint_every and resume need a checkpoint file path")
    X, Y = check_data(net, X, Y)
    seeds = np.random.SeedSequence(s.seed).spawn(3)
    pair_rng, batch_rng = (np.random.RandomState(sq.generate_state(1)[0]) for sq in seeds[:2])
    if s.shuffle_pairs:
        order = pair_rng.permutation(len(X))
        X, Y = X[order], Y[order]
    n_valid = int(round(len(X) * s.valid_split))
    valid = (X[-n_valid:], Y[-n_valid:]) if n_valid else None
    if n_valid:
        X, Y = X[:-n_valid], Y[:-n_valid]
    ckpt = s.checkpoint
    resumed = _load_checkpoint(ckpt, net) if s.resume else None
    if s.resume and resumed is None:
        tqdm.write(f"--resume: no checkpoint at {ckpt}; starting from the beginning")
    if resumed is None or resumed.get("phase") == "rbm":
        _pretrain(net, X, Y, valid, s, seeds[2], batch_rng, resumed)
    model = Model(net.layers, X, Y, optimizer=s.optimizer, learning_rate=s.learning_rate,
                  momentum=s.momentum, device=s.device, valid=valid)
    batches = Batches(len(X), s.batch_size, batch_rng, s.train_batches)
    valid_batches = consecutive_batches(len(valid[0]) if valid else len(X), s.batch_size)
    state = None
    if resumed is not None and resumed.get("phase", "finetune") == "finetune":
        model.set_state(resumed["optimizer"])
        batches.set_state(resumed["batches"])
        state = resumed["loop"]
        tqdm.write(f"resuming from {ckpt} after epoch {state['epoch']}")

    def save_progress():
        model.write_back(net.layers)
        net.save(s.save_progress.format(int(time.time())))

    def checkpoint(loop_state):
        model.write_back(net.layers)
        save_brain(net, ckpt, train_state={"phase": "finetune", "loop": loop_state,
                                           "optimizer": model.get_state(),
                                           "batches": batches.state()})

    state = fit(model, batches, valid_batches, validate_every=s.validate_every,
                patience=s.patience, min_improvement=s.min_improvement,
                max_epochs=s.max_epochs, save_every=s.save_every, on_save=save_progress,
                checkpoint_every=s.checkpoint_every, on_checkpoint=checkpoint,
                state=state, progress=s.progress)
    model.write_back(net.layers)
    net.meta["history"] = state["history"]
    net.meta.setdefault("recipe", {})["train"] = {k: v for k, v in vars(s).items()
                                                  if v is not None}
    return state["history"]


def _pretrain(net, X, Y, valid, s, seed, batch_rng, resumed):
    """Run the pretraining asked for, resuming RBM layers a checkpoint holds."""
    if s.pretrain == "rbm":
        done = resumed["layers_done"] if resumed else 0
        if done:
            tqdm.write(f"resuming rbm pretraining after {done} layer(s)")

        def checkpoint(layers_done):
            save_brain(net, s.checkpoint, train_state={"phase": "rbm",
                                                       "layers_done": layers_done})

        pretrain_rbm(net, X, s, np.random.default_rng(seed), start=done,
                     on_layer=checkpoint if s.checkpoint_every else None)
    elif s.pretrain == "layerwise":
        pretrain_layerwise(net, X, Y, valid, s, batch_rng)


def _load_checkpoint(path, net):
    """The train_state of a checkpoint at ``path``, copying its weights into net."""
    if not path or not os.path.exists(path):
        return None
    saved = load_brain(path)
    if saved.sizes != net.sizes:
        raise ParameterError(f"checkpoint {path} is {'-'.join(map(str, saved.sizes))}, the "
                             f"network is {'-'.join(map(str, net.sizes))}")
    state = saved.meta.get("train_state")
    if not state:
        raise ParameterError(f"{path} is a brain without training state; cannot resume")
    for mine, theirs in zip(net.layers, saved.layers):
        mine.W, mine.b = theirs.W, theirs.b
    return state
