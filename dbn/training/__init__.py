"""Training on PyTensor: the exact 2015 fine-tuning, with optional pretraining.

- `train`: fit a `Network` to (frames, target rows); returns the history.
- `Settings`, `settings_from`: every setting, its 2015 default, its checks.

Modules: settings (names, defaults), device (backend per --device),
optimizers (update rules), graph (the compiled model), batches (downhill's
mini-batches), loop (validation, patience, saves), rbm and pretrain
(greedy RBMs, layer-wise), run (one whole run). PyTensor is imported only
when training starts.
"""
from .settings import Settings, settings_from


def train(net, X, Y, **settings):
    """Train ``net`` in place; see `dbn.training.run.train`."""
    from .run import train as _train
    return _train(net, X, Y, **settings)


__all__ = ["train", "Settings", "settings_from"]
