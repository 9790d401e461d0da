"""The 2015 loop (downhill 0.2.2's ``iterate`` inside theanets' ``itertrain``), once.

- `fine_tune`: train a network's layers by a `dbn.settings.Schedule`, epoch
  after epoch, writing its progress brains; fine-tuning and each stage of
  layer-wise pretraining both run it.
- `epochs`: the loop itself: validation, patience, max_epochs, Ctrl-C.
- `fresh_state`, `progress_save_due`: the loop's state, and when theanets
  wrote a progress brain.
"""
import contextlib
import math
import signal
import threading
import time

import numpy as np

from ..progress import SILENT
from .batches import Batches, consecutive_batches
from .calls import Calls
from .graph import Model


def fine_tune(net, X, Y, valid, schedule, rng, *, device, resume=None, report=SILENT,
              label="round"):
    """Train ``net``'s layers by ``schedule``; yield after each epoch.

    Progress brains (``schedule.save_every``) are written here, as theanets
    wrote them; at the end the best validation's parameters are written back
    into ``net.layers``.

    Parameters
    ----------
    net : dbn.network.Network
        trained in place (a layer-wise stage: its layers with ``lwout``).
    X, Y : np.ndarray [shape=(n, n_in)], [shape=(n, n_out)]
        in the network's dtype.
    valid : tuple of np.ndarray or None
        a separate validation set; None validates on (X, Y), as 2015 did.
    schedule : dbn.settings.Schedule
    rng : np.random.RandomState
        the batch order.
    device : str
    resume : dict or None
        a checkpoint's train_state: the optimiser, batch order and loop state
        to continue from.
    report : dbn.progress.Report
    label : str

    Yields
    ------
    state, model, batches : dict, graph.Model, batches.Batches
        the loop state (see `epochs`), and what a checkpoint records.
    """
    s = schedule
    model = Model(net.layers, X, Y, optimizer=s.optimizer, learning_rate=s.learning_rate,
                  momentum=s.momentum, device=device, valid=valid, weight_l2=s.weight_l2)
    batches = Batches(len(X), s.batch_size, rng, s.train_batches)
    valid_batches = consecutive_batches(len(valid[0]) if valid else len(X), s.batch_size)
    state = None
    if resume is not None:
        model.set_state(resume["optimizer"])
        batches.set_state(resume["batches"])
        state = resume["loop"]
    for state in epochs(model, batches, valid_batches, validate_every=s.validate_every,
                        patience=s.patience, min_improvement=s.min_improvement,
                        max_epochs=s.max_epochs, state=state, report=report, label=label,
                        calls=Calls(model, s.steps_per_call, device)):
        if progress_save_due(state["epoch"], s.save_every):  # brain-<unix time>, as 2015
            model.write_back(net.layers)
            net.save(s.save_progress.format(int(time.time())))
        yield state, model, batches
    model.write_back(net.layers)  # the best parameters: `epochs` restored them


def progress_save_due(epoch, save_every):
    """Whether theanets wrote a progress brain after ``epoch`` (1-based).

    LEGACY-FORMAT.md 6.5: after the epoch of 0-based index i > 0 with
    i % save_every == 0 (so after epochs 101, 201, ... for save_every 100).
    """
    return bool(save_every) and epoch - 1 > 0 and (epoch - 1) % save_every == 0


def fresh_state():
    """dict: the loop's state before the first epoch, all plain data."""
    return {"epoch": 0, "n_valid": 0, "best_loss": math.inf, "best_index": -1,
            "best_params": None, "last_valid": math.nan, "valid_epoch": None,
            "history": [], "stopped": None}


# one function, a screen and a little: the loop of downhill and theanets reads best whole
def epochs(model, batches, valid_batches, *, validate_every, patience, min_improvement,
           max_epochs=None, state=None, report=SILENT, label="round", calls=None):
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
    calls : calls.Calls or None
        how the steps are called (None: one step per call).

    Yields
    ------
    state : dict
        after each epoch: ``history`` holds one dict per epoch (see
        `train`); ``stopped`` says why the loop ended ("patience",
        "max_epochs" or "interrupted").
    """
    state = state or fresh_state()
    calls = calls or Calls(model, 1, "cpu")
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
                losses, order = [], batches.epoch()
                for loss in report.bar(calls.losses(order), total=len(order), unit="batch",
                                       desc=f"{label} {state['epoch'] + 1}"):
                    losses.append(loss)
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
