"""The compiled supervised model: train steps and a loss, in PyTensor.

- `Model`: shared parameters, data and optimiser state, and the compiled
  functions that use them: one step, many steps (a scan) and the loss.
- `scan_of`: a step's graph -> one compiled function running it K times
  (used by `Model.steps` and the RBMs' CD steps).
- `to_device`: shared training data onto the JAX device, once.
"""
import warnings

import numpy as np
import pytensor
import pytensor.tensor as pt
from pytensor.graph.replace import clone_replace

from ..errors import FormatError, ParameterError
from .device import compile_mode, compiled
from .optimizers import OPTIMIZERS


def _relu(z):
    return (z + abs(z)) / 2


def _sigmoid(z):
    return pt.sigmoid(z)


_SYMBOLIC = {
    "linear": lambda z: z, "relu": _relu, "rect:max": _relu,
    "rect:min": lambda z: (z + 1 - abs(z - 1)) / 2,
    "rect:minmax": lambda z: (abs(z) + 1 - abs(z - 1)) / 2,
    "logistic": _sigmoid, "sigmoid": _sigmoid, "tanh": pt.tanh, "softplus": pt.softplus,
    "softmax": lambda z: pt.special.softmax(z, axis=-1),
}  # the trainable subset of dbn.network.ACTIVATIONS, computed the same way


def symbolic_forward(x, params, activations):
    """The network's output as a PyTensor expression.

    Parameters
    ----------
    x : pytensor matrix [shape=(batch, n_in)]
    params : list of shared variables, W and b alternating
    activations : list of str
    """
    h = x
    for (W, b), name in zip(zip(params[::2], params[1::2]), activations):
        h = _SYMBOLIC[name](pt.dot(h, W) + b)
    return h


class Model:
    """A network's parameters on the device, with its compiled functions.

    Parameters
    ----------
    layers : list of Layer
        initial weights (copied to shared variables).
    X, Y : np.ndarray [shape=(n, n_in)], [shape=(n, n_out)]
        the training set, held on the device; batches are row-index
        vectors, gathered inside the graph.
    optimizer : str
        a key of `OPTIMIZERS`.
    learning_rate, momentum : float
    device : {"cpu", "gpu", "jax"}
    valid : tuple of np.ndarray or None
        a separate validation set; None validates on (X, Y), as 2015 did.
    weight_l2 : float >= 0
        theanets' ``weight_l2``: this times the sum of squared weights (not
        biases) joins the cost the gradient follows; 2015 used 0.

    Attributes
    ----------
    step : callable(idx: int32 array) -> float
        the batch's mean squared error before the update, then the update.
    loss : callable(idx: int32 array, valid: bool) -> float
    steps : callable(rows: int32 array (K, batch)) -> array (K,)
        K steps in one call (see `Model.steps`).
    """

    def __init__(self, layers, X, Y, *, optimizer, learning_rate, momentum, device,
                 valid=None, weight_l2=0.0):
        dtype = layers[0].W.dtype
        self.activations = [l.activation for l in layers]
        unsupported = set(self.activations) - set(_SYMBOLIC)
        if unsupported:
            raise ParameterError(f"cannot train activation {unsupported.pop()!r}")
        self.params = []
        for l in layers:
            self.params += [pytensor.shared(l.W.copy(), name=f"{l.name}.w"),
                            pytensor.shared(l.b.copy(), name=f"{l.name}.b")]
        # borrowed: a large training set is held once (the graph never writes to it)
        self.data = [pytensor.shared(np.asarray(a, dtype), name=n, borrow=True) for a, n in
                     ((X, "X"), (Y, "Y"))]
        self.valid_data = ([pytensor.shared(np.asarray(a, dtype)) for a in valid]
                           if valid is not None else self.data)
        mode = compile_mode(device)
        idx = pt.ivector("idx")
        with pytensor.config.change_flags(floatX=str(dtype)):
            lr = pt.constant(np.asarray(learning_rate, dtype))
            mu = pt.constant(np.asarray(momentum, dtype))
            cost = self._mse(self.data, idx)
            penalty = sum(pt.sum(pt.sqr(W)) for W in self.params[::2]) * weight_l2 \
                if weight_l2 else 0
            grads = pytensor.grad(cost + penalty, self.params)
            updates, self.state = OPTIMIZERS[optimizer](self.params, grads, lr, mu)
            self.step = compiled([idx], cost, updates=updates, mode=mode)
            self._one_step, self._many = ([idx], cost, updates, mode), None
            self._train_loss = compiled([idx], cost, mode=mode)
            self._valid_loss = (compiled([idx], self._mse(self.valid_data, idx), mode=mode)
                                if valid is not None else self._train_loss)
        self._resident = device != "cpu"
        if self._resident:
            to_device(self.data + (self.valid_data if valid is not None else []))

    def steps(self, rows):
        """Run one step per row of ``rows``, in order, in one compiled call.

        The same updates as calling `step` on each row (a scan over the one
        step's graph); compiled the first time it is called.

        Parameters
        ----------
        rows : np.ndarray [shape=(K, batch), dtype=int32]
            each row a batch's row indices.

        Returns
        -------
        losses : np.ndarray [shape=(K,)]
            each batch's loss before its update, in the model's dtype.
        """
        if self._many is None:
            self._many = scan_of(*self._one_step)
        return self._many(rows)

    def _mse(self, data, idx):
        X, Y = data
        return pt.mean(pt.sqr(symbolic_forward(X[idx], self.params, self.activations) - Y[idx]))

    def loss(self, idx, valid=False):
        """Mean squared error over the rows ``idx`` of the training or validation set."""
        return float((self._valid_loss if valid else self._train_loss)(idx))

    def set_inputs(self, X):
        """Replace the training inputs (same shape): fresh noise on fed-back rows."""
        self.data[0].set_value(np.asarray(X, self.data[0].dtype), borrow=True)
        if self._resident:
            to_device(self.data[:1])

    def get_params(self):
        """list of np.ndarray: W, b alternating, copies."""
        return [np.array(p.get_value()) for p in self.params]

    def set_params(self, values):
        """Load W, b alternating (a checkpoint's or the best ones)."""
        _set_all(self.params, values, "parameters")

    def get_state(self):
        """list of np.ndarray: the optimiser's state (velocities, averages)."""
        return [np.array(s.get_value()) for s in self.state]

    def set_state(self, values):
        """Load the optimiser's state from a checkpoint (same optimiser and shapes)."""
        _set_all(self.state, values, "optimiser state")

    def write_back(self, layers):
        """Copy the current parameters into ``layers`` (numpy, in place)."""
        values = self.get_params()
        for l, W, b in zip(layers, values[::2], values[1::2]):
            l.W, l.b = W, b


def to_device(shared):
    """Put the values of ``shared`` on the JAX device, once.

    PyTensor's JAX functions take their shared inputs from storage on every
    call; a numpy value there is copied to the device each time (the whole
    training set, every step), a device array is used where it is. The
    storage is set directly: a shared variable's setter would make it numpy.
    """
    import jax

    for var in shared:
        var.container.storage[0] = jax.device_put(var.get_value(borrow=True))


def scan_of(inputs, cost, updates, mode, length=None):
    """One compiled function running a step once per row of its inputs, in order.

    Parameters
    ----------
    inputs : list of pytensor variables
        the one step's inputs (a batch's row indices, its random draws).
    cost : pytensor scalar
        the step's loss, of ``inputs``.
    updates : list of (shared, expression)
        the step's updates, of ``inputs``.
    mode : pytensor mode
    length : int or None
        K, when the function is for that many steps only: JAX cannot trace a
        scan over several sequences of a length it does not know.

    Returns
    -------
    function : callable(*sequences) -> np.ndarray [shape=(K,)]
        each sequence an input with one more, leading, axis of length K; the
        K steps' losses, each before its update.
    """
    sequences = [pt.tensor(dtype=v.dtype, shape=(length,) + v.type.shape, name=f"{v.name}s")
                 for v in inputs]
    shared = [var for var, _ in updates]

    def one(*step_inputs):
        out = clone_replace([cost] + [new for _, new in updates],
                            replace=dict(zip(inputs, step_inputs)))
        return out[0], dict(zip(shared, out[1:]))
    with warnings.catch_warnings():  # shared updates inside a scan: deprecated, still the
        warnings.simplefilter("ignore", DeprecationWarning)  # one form the update rules fit
        costs, scan_updates = pytensor.scan(one, sequences=sequences)
    return compiled(sequences, costs, updates=scan_updates, mode=mode)


def _set_all(shared, values, what):
    """Set each shared variable, refusing a list of another length or shape."""
    values = list(values)
    shapes = [tuple(np.shape(v)) for v in values]
    expect = [tuple(p.get_value(borrow=True).shape) for p in shared]
    if shapes != expect:
        raise FormatError(f"the saved {what} do not fit this network and optimiser: "
                          f"{len(values)} arrays {shapes[:3]}..., expected {len(expect)} "
                          f"{expect[:3]}...")
    for p, v in zip(shared, values):
        p.set_value(np.asarray(v, p.dtype))
