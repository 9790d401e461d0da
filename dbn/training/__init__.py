"""Training on PyTensor: the exact 2015 fine-tuning, with optional pretraining.

- `train`: fit a `Network` to (frames, target rows); returns the history.
- `run_job`: a `dbn.settings.Job` -> a trained brain file.

Start reading at `run.py`: it tells the whole story (data, network, fit,
the brain file); `fit.py` fits (seeds, pairs, resume or pretrain, the
fine-tuning, checkpoints), `pretrain.py` pretrains, and `loop.py` is the
2015 loop they share; the small helpers: graph (the compiled model),
optimizers (update rules), batches (downhill's mini-batches), rbm (CD-k),
device (backend per --device). PyTensor is imported only when training
starts.
"""


def train(net, X, Y, **settings):
    """Train ``net`` in place; see `dbn.training.fit.train`."""
    from .fit import train as _train
    return _train(net, X, Y, **settings)


def run_job(job, report=None):
    """Run a training job; see `dbn.training.run.run_job`."""
    from .run import run_job as _run_job
    return _run_job(job, report) if report else _run_job(job)


__all__ = ["train", "run_job"]
