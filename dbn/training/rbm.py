"""Restricted Boltzmann machines trained by contrastive divergence (CD-k).

- `RBM`: one RBM (sklearn-style: settings in, ``fit`` sets ``W_``,
  ``hbias_``, ``vbias_``).
- `HIDDEN_FOR`: the hidden units that match a fine-tuning activation.
- `fit_layer`: one hidden layer of a network initialised from an RBM.

Hidden units are Bernoulli (fine-tuned as sigmoid) or noisy rectified
linear (Nair & Hinton 2010: max(0, x + N(0, sigmoid(x))), fine-tuned as
relu); visible units Bernoulli or Gaussian (unit variance). Each Gibbs
step samples the hidden units and takes the visible means (Hinton's
"practical guide", 3.2). The random draws are made by numpy on the host
and passed in, so a step is reproducible and checkable. Steps go to the
device one per call or many (a scan), as fine-tuning's do
(`dbn.training.calls.Calls`): the same draws, in the same order.
"""
import numpy as np
import pytensor
import pytensor.tensor as pt

from ..progress import SILENT
from .batches import Batches
from .calls import Calls
from .device import compile_mode, compiled
from .graph import scan_of, to_device

GAUSSIAN_RATE_DIVISOR = 30

HIDDEN_FOR = {"logistic": "bernoulli", "sigmoid": "bernoulli", "relu": "nrelu",
              "rect:max": "nrelu"}


def _hidden_mean(kind, x):
    return pt.sigmoid(x) if kind == "bernoulli" else pt.maximum(x, 0)


def _hidden_sample(kind, x, draw):
    if kind == "bernoulli":
        return pt.cast(pt.lt(draw, pt.sigmoid(x)), x.dtype)
    return pt.maximum(x + pt.sqrt(pt.sigmoid(x)) * draw, 0)


def _visible_mean(kind, x):
    return pt.sigmoid(x) if kind == "bernoulli" else x


class RBM:
    """One RBM layer of a deep belief net.

    Parameters
    ----------
    n_hidden : int > 0
    visible : {"bernoulli", "gaussian"}
    hidden : {"bernoulli", "nrelu"}
    learning_rate, momentum, weight_decay : float
    cd_k : int > 0
    batch_size, epochs : int
    seed : int or None
    device : {"cpu", "gpu", "jax"}
    dtype : {"float32", "float64"}
    steps_per_call : int >= 0
        CD steps in one compiled call (0: `Calls`'s "auto").

    Attributes
    ----------
    W_ : np.ndarray [shape=(n_visible, n_hidden)]
    hbias_ : np.ndarray [shape=(n_hidden,)]
    vbias_ : np.ndarray [shape=(n_visible,)]
    errors_ : list of float
        mean squared reconstruction error per epoch.
    """

    def __init__(self, n_hidden, *, visible="bernoulli", hidden="bernoulli",
                 learning_rate=0.01, momentum=0.5, weight_decay=2e-4, cd_k=1, batch_size=32,
                 epochs=5, seed=None, device="cpu", dtype="float32", steps_per_call=0):
        self.n_hidden = n_hidden
        self.visible = visible
        self.hidden = hidden
        self.learning_rate = learning_rate
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.cd_k = cd_k
        self.batch_size = batch_size
        self.epochs = epochs
        self.seed = seed
        self.device = device
        self.dtype = dtype
        self.steps_per_call = steps_per_call

    def compile(self, X, rng):
        """Set up parameters and the compiled CD-k step for data ``X``.

        Parameters
        ----------
        X : np.ndarray [shape=(n, n_visible)]
        rng : np.random.Generator
            draws the initial weights, N(0, 0.01).
        """
        dtype = np.dtype(self.dtype)
        n_visible = X.shape[1]
        self._X = pytensor.shared(np.asarray(X, dtype), name="rbm.X", borrow=True)
        self._W = pytensor.shared((rng.standard_normal((n_visible, self.n_hidden)) * 0.01)
                                  .astype(dtype), name="rbm.W")
        self._hb = pytensor.shared(np.zeros(self.n_hidden, dtype), name="rbm.hbias")
        self._vb = pytensor.shared(np.zeros(n_visible, dtype), name="rbm.vbias")
        params = [self._W, self._hb, self._vb]
        vels = [pytensor.shared(np.zeros_like(p.get_value())) for p in params]
        idx = pt.ivector("idx")
        draws = [pt.matrix(f"draw{i}", dtype=str(dtype)) for i in range(self.cd_k)]
        v0 = self._X[idx]
        pre0, vk, prek = self._gibbs(v0, draws)
        n = pt.cast(v0.shape[0], str(dtype))
        h0m, hkm = _hidden_mean(self.hidden, pre0), _hidden_mean(self.hidden, prek)
        # one product of the data and the reconstruction stacked: as two, PyTensor made
        # them a C Gemm (13 times numpy's time); with Gemm left out on cpu, two products
        # and their difference still ran at half this speed (benchmarks/README.md)
        both = pt.concatenate([v0, vk]).T @ pt.concatenate([h0m, -hkm])
        grads = [both / n - self.weight_decay * self._W,
                 pt.mean(h0m - hkm, axis=0), pt.mean(v0 - vk, axis=0)]
        updates = []
        for p, v, g in zip(params, vels, grads):
            v_new = self.momentum * v + self.learning_rate * g
            updates += [(v, pt.cast(v_new, str(dtype))), (p, pt.cast(p + v_new, str(dtype)))]
        error, mode = pt.mean(pt.sqr(v0 - vk)), compile_mode(self.device)
        with pytensor.config.change_flags(floatX=str(dtype)):
            self.cd_step = compiled([idx] + draws, error, updates=updates, mode=mode)
        self._one_step, self._many = ([idx] + draws, error, updates, mode), {}
        if self.device != "cpu":
            to_device([self._X])
        return self

    def _gibbs(self, v0, draws):
        """The chain from the data v0: its hidden input, the k-th visible means and
        their hidden input."""
        pre0 = v0 @ self._W + self._hb
        h = _hidden_sample(self.hidden, pre0, draws[0])
        for i in range(1, self.cd_k + 1):
            vk = _visible_mean(self.visible, h @ self._W.T + self._vb)
            prek = vk @ self._W + self._hb
            if i < self.cd_k:
                h = _hidden_sample(self.hidden, prek, draws[i])
        return pre0, vk, prek

    def cd_steps(self, rows, draws):
        """One CD-k step per row of ``rows``, in order, in one compiled call (a scan).

        Parameters
        ----------
        rows : np.ndarray [shape=(K, batch), dtype=int32]
        draws : list of K lists
            each step's draws, as `draws` makes them.

        Returns
        -------
        errors : np.ndarray [shape=(K,)]
            each step's reconstruction error, before its update.
        """
        k = len(rows)
        if k not in self._many:  # one function per K (Calls's runs: powers of two)
            with pytensor.config.change_flags(floatX=self.dtype):
                self._many[k] = scan_of(*self._one_step, length=k)
        return self._many[k](rows, *(np.stack(d) for d in zip(*draws)))

    def draws(self, rng, n_rows):
        """The random draws of one CD-k step: k arrays [shape=(n_rows, n_hidden)]."""
        make = rng.random if self.hidden == "bernoulli" else rng.standard_normal
        return [make((n_rows, self.n_hidden), dtype=self.dtype) for _ in range(self.cd_k)]

    def fit(self, X, *, report=SILENT):
        """Train by CD-k for ``epochs`` passes over X's reshuffled batches.

        Parameters
        ----------
        X : np.ndarray [shape=(n, n_visible)]
        report : dbn.progress.Report
            a bar per epoch, then a line with its reconstruction error.

        Returns
        -------
        self
        """
        rng = np.random.default_rng(self.seed)
        self.compile(X, rng)
        batches = Batches(len(X), self.batch_size,
                          np.random.RandomState(rng.integers(2**31)))
        calls = Calls(_DrawnSteps(self, rng), self.steps_per_call, self.device)
        self.errors_ = []
        for epoch in range(1, self.epochs + 1):
            order = batches.epoch()
            errors = report.bar(calls.losses(order), total=len(order), unit="batch",
                                desc=f"rbm {self.n_hidden} epoch {epoch}")
            err = float(np.mean(list(errors)))
            self.errors_.append(err)
            report.line(f"rbm {X.shape[1]}-{self.n_hidden} epoch {epoch}: "
                        f"reconstruction error {err:.6g}")
        # numpy, whichever device held them (a JAX array in a layer broke fine-tuning)
        self.W_, self.hbias_, self.vbias_ = (np.asarray(p.get_value())
                                             for p in (self._W, self._hb, self._vb))
        return self


class _DrawnSteps:
    """An RBM's CD steps as `Calls` drives them, each batch's draws made in turn."""

    def __init__(self, rbm, rng):
        self.rbm, self.rng = rbm, rng

    def step(self, idx):
        return self.rbm.cd_step(idx, *self.rbm.draws(self.rng, len(idx)))

    def steps(self, rows):
        return self.rbm.cd_steps(rows, [self.rbm.draws(self.rng, rows.shape[1]) for _ in rows])


def fit_layer(layer, h, *, visible, seed, s, report=SILENT):
    """Initialise one hidden layer from an RBM trained on its input ``h``.

    Gaussian visible units see their input standardised per unit (mean 0,
    variance 1, as Nair & Hinton trained NReLU RBMs); the standardisation
    is folded into the layer's W and b afterwards, so the network still
    takes the raw input. Visible "auto" is Gaussian under NReLU hidden
    units and Bernoulli under logistic ones. Gaussian-visible RBMs learn at
    1/30 of the rate (Hinton's practical guide, 13.2: one to two orders of
    magnitude smaller, or they diverge).

    Parameters
    ----------
    layer : dbn.network.Layer
        its W [shape=(n_in, n_hidden)] and b are replaced.
    h : np.ndarray [shape=(n, n_in)]
        the layer's input (the frames, or the output of the layer below).
    visible : {"auto", "bernoulli", "gaussian"}
    seed : int
    s : dbn.settings.PretrainSettings
        learning_rate, momentum, weight_decay, cd_k, batch_size, epochs, device, and
        its stage's steps_per_call.
    report : dbn.progress.Report
    """
    hidden = HIDDEN_FOR[layer.activation]
    if visible == "auto":
        visible = "gaussian" if hidden == "nrelu" else "bernoulli"
    dtype = layer.W.dtype
    mean, scale = np.zeros(h.shape[1]), np.ones(h.shape[1])
    if visible == "gaussian":
        mean, scale = h.mean(axis=0), np.maximum(h.std(axis=0), 1e-2)
    rate = s.learning_rate
    rbm = RBM(layer.W.shape[1], visible=visible, hidden=hidden,
              learning_rate=rate / GAUSSIAN_RATE_DIVISOR if visible == "gaussian" else rate,
              momentum=s.momentum, weight_decay=s.weight_decay, cd_k=s.cd_k,
              batch_size=s.batch_size, epochs=s.epochs, seed=seed, device=s.device,
              dtype=str(dtype), steps_per_call=s.stage.steps_per_call)
    rbm.fit(((h - mean) / scale).astype(dtype), report=report)
    W = rbm.W_ / scale[:, None]
    layer.W = W.astype(dtype)
    layer.b = (rbm.hbias_ - mean @ W).astype(dtype)
