"""The epoch loop of 2015 (downhill 0.2.2 ``iterate`` inside theanets ``itertrain``).

- `fit`: train a compiled `Model` until patience runs out, max_epochs is
  reached or Ctrl-C; restore the best-validation parameters.
- `fresh_state`: the loop's state before the first epoch.

Validation runs before the first epoch and every ``validate_every``
epochs; it improves when ``best - loss > best * min_improvement``; the
loop stops at the first validation more than ``patience`` validations
after the best one (LEGACY-FORMAT.md 6.3). Progress saves follow 6.5:
after the epoch of 0-based index i > 0 with i % save_every == 0.
"""
import contextlib
import math
import signal
import threading

import numpy as np
from tqdm import tqdm


def fresh_state():
    """dict: epoch count, validation bookkeeping and history, all plain data."""
    return {"epoch": 0, "n_valid": 0, "best_loss": math.inf, "best_index": -1,
            "best_params": None, "last_valid": math.nan, "history": [], "stopped": None}


def _validate(model, valid_batches, state, min_improvement):
    loss = float(np.mean([model.loss(idx, valid=True) for idx in valid_batches]))
    best = state["best_loss"]
    if state["best_index"] < 0 or best - loss > best * min_improvement:
        state.update(best_loss=loss, best_index=state["n_valid"],
                     best_params=model.get_params())
    state["n_valid"] += 1
    state["last_valid"] = loss


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


def _record(state, loss, label):
    """Count the epoch, keep its monitors and print 2015's line for it."""
    state["epoch"] += 1
    valid = state["last_valid"]
    state["history"].append({"epoch": state["epoch"], "loss": loss, "err": loss,
                             "valid_loss": valid, "valid_err": valid})
    tqdm.write(f"{label} {state['epoch']}: loss {loss:.6g} valid loss {valid:.6g} "
               f"err {loss:.6g} valid err {valid:.6g}")


def _epoch_loss(model, epoch, flag):
    losses = []
    for idx in epoch:
        losses.append(model.step(idx))
        if flag.is_set():
            raise KeyboardInterrupt
    return float(np.mean(losses))


def fit(model, batches, valid_batches, *, validate_every, patience, min_improvement,
        max_epochs=None, save_every=0, on_save=None, checkpoint_every=0,
        on_checkpoint=None, state=None, progress=True, label="round"):
    """Train ``model`` epoch by epoch, the 2015 way.

    Parameters
    ----------
    model : dbn.training.graph.Model
    batches : dbn.training.batches.Batches
    valid_batches : list of np.ndarray [dtype=int32]
        row indices of the validation batches (all of them, each time).
    validate_every, patience : int
    min_improvement : float
    max_epochs : int or None
        stop after this many epochs, validating once more first.
    save_every : int
        call ``on_save()`` after epoch index i > 0 with i % save_every == 0.
    checkpoint_every : int
        call ``on_checkpoint(state)`` after every N-th epoch.
    state : dict or None
        a loop state to resume from (see `fresh_state`).
    progress : bool
        a progress bar inside each epoch (on a terminal).
    label : str
        the word that starts each epoch's line.

    Returns
    -------
    state : dict
        ``history`` holds one dict per epoch: epoch, loss, err, valid_loss,
        valid_err (loss == err: there are no regularisers). ``stopped`` says
        why the loop ended: "patience", "max_epochs" or "interrupted".
    """
    state = state or fresh_state()
    with _ctrl_c_flag() as flag:
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
                epoch = batches.epoch()
                bar = tqdm(epoch, desc=f"{label} {state['epoch'] + 1}", unit="batch", leave=False,
                           disable=None if progress else True)
                _record(state, _epoch_loss(model, bar, flag), label)
                if save_every and on_save and state["epoch"] - 1 > 0 \
                        and (state["epoch"] - 1) % save_every == 0:
                    on_save()
                if checkpoint_every and on_checkpoint and state["epoch"] % checkpoint_every == 0:
                    on_checkpoint(state)
        except KeyboardInterrupt:
            state["stopped"] = "interrupted"
            tqdm.write("interrupted: restoring the best parameters and stopping")
    if state["best_params"] is not None:
        model.set_params(state["best_params"])
    return state
