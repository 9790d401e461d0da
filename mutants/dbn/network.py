"""The network: layer sizes, activations, initialisation, numpy predict.

- `Layer`: one fully connected layer (W, b, activation, name).
- `Network`: a stack of layers; ``predict`` runs it in numpy; ``state``
  and ``save`` give the native brain format (plain data in a pickle).
- `ACTIVATIONS`, `activate`: every activation a theanets brain can name,
  computed as Theano 0.7 computed it.
- `FORMAT`, `VERSION`, `META_KEYS`: the native brain format.
"""
import dataclasses
import pickle

import numpy as np

from .atomic import atomic_write
from .errors import ParameterError

FORMAT = "dbn-brain"
VERSION = 1
# what a brain carries besides its layers (all plain data)
META_KEYS = ("preprocessing", "target", "recipe", "history", "stopped", "train_state")


def _relu(z):
    return (z + np.abs(z)) / 2


def _sigmoid(z):
    # Theano's ScalarSigmoid C code cuts off at these points per dtype.
    lo, hi = (-88.0, 15.0) if z.dtype == np.float32 else (-709.0, 19.0)
    with np.errstate(over="ignore"):
        out = 1 / (1 + np.exp(-z))
    return np.where(z < lo, 0, np.where(z > hi, 1, out)).astype(z.dtype)


def _softplus(z):
    lo, hi = (-103.0, 14.0) if z.dtype == np.float32 else (-745.0, 36.0)
    with np.errstate(over="ignore"):
        out = np.log1p(np.exp(z))
    return np.where(z < lo, 0, np.where(z > hi, z, out)).astype(z.dtype)


def _softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _norm_mean(z):
    return z - z.mean(axis=-1, keepdims=True)


def _norm_max(z):
    return z / (np.abs(z).max(axis=-1, keepdims=True) + z.dtype.type(1e-8))


def _norm_std(z):
    return z / (z.std(axis=-1, keepdims=True) + z.dtype.type(1e-8))


def _norm_z(z):
    c = _norm_mean(z)
    return c / (c.std(axis=-1, keepdims=True) + z.dtype.type(1e-8))


ACTIVATIONS = {
    "linear": lambda z: z,
    "relu": _relu,
    "rect:max": _relu,
    "rect:min": lambda z: (z + 1 - np.abs(z - 1)) / 2,
    "rect:minmax": lambda z: (np.abs(z) + 1 - np.abs(z - 1)) / 2,
    "logistic": _sigmoid,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "softplus": _softplus,
    "softmax": _softmax,
    "norm:mean": _norm_mean,
    "norm:max": _norm_max,
    "norm:std": _norm_std,
    "norm:z": _norm_z,
}


def activate(name, z):
    """Apply a theanets activation by name; ``a+b`` composes, as theanets did.

    Parameters
    ----------
    name : str
        a key of `ACTIVATIONS`, or several joined by ``+`` (applied in order).
    z : np.ndarray [shape=(n, units), dtype=float32 or float64]
        pre-activations.

    Returns
    -------
    h : np.ndarray [shape=(n, units), dtype=z.dtype]
    """
    for part in name.split("+"):
        z = ACTIVATIONS[part](z)
    return z


def check_activation(name):
    """Raise ParameterError unless ``name`` is a known activation.

    Parameters
    ----------
    name : str

    Returns
    -------
    name : str
    """
    unknown = [p for p in name.split("+") if p not in ACTIVATIONS]
    if unknown:
        raise ParameterError(f"unknown activation {name!r}; known: {', '.join(ACTIVATIONS)}")
    return name


@dataclasses.dataclass
class Layer:
    """One fully connected layer: ``activation(x @ W + b)``.

    Attributes
    ----------
    W : np.ndarray [shape=(n_in, n_out)]
    b : np.ndarray [shape=(n_out,)]
    activation : str
    name : str
        ``hid1``, ``hid2``, ... and ``out``, as theanets named them.
    """

    W: np.ndarray
    b: np.ndarray
    activation: str
    name: str


class Network:
    """A fully connected feed-forward network, as a theanets Regressor.

    Parameters
    ----------
    sizes : list of int > 0
        layer sizes, input first: ``[4096, 1000, 735]``.
    activation : str
        hidden activation; the output layer is linear. "relu" is the
        default of the theanets revision the 2015 brains were trained with.
    seed : int or None
        None draws from OS entropy, as 2015 did.
    dtype : {"float32", "float64"}

    Notes
    -----
    Initialisation is theanets': W ~ Normal(0, 1/sqrt(n_in + n_out)) drawn
    first, then b ~ Normal(0, 1), layer by layer.

    Attributes
    ----------
    layers : list of Layer
        numpy arrays, settable.
    meta : dict
        what a brain file carries besides the weights (format, layout,
        preprocessing, target, recipe, history, training state).
    """

    def __init__(self, sizes, activation="relu", seed=None, dtype="float32"):
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ParameterError(f"a network needs at least two positive layer sizes, got {sizes}")
        check_activation(activation)
        self.dtype = np.dtype(dtype)
        if self.dtype not in (np.float32, np.float64):
            raise ParameterError(f"dtype must be float32 or float64, got {dtype}")
        rng = np.random.RandomState(seed)
        self.layers = []
        for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), 1):
            last = i == len(sizes) - 1
            W = rng.normal(0, 1 / np.sqrt(n_in + n_out), (n_in, n_out)).astype(self.dtype)
            b = rng.normal(0, 1, n_out).astype(self.dtype)
            self.layers.append(Layer(W, b, "linear" if last else activation,
                                     "out" if last else f"hid{i}"))
        self.meta = {}

    @classmethod
    def from_layers(cls, layers, meta=None):
        """Build a network around existing layers (a loaded brain).

        Parameters
        ----------
        layers : list of Layer
            consecutive shapes must chain; one float dtype throughout.
        meta : dict or None
        """
        net = cls.__new__(cls)
        net.layers = list(layers)
        net.dtype = np.dtype(layers[0].W.dtype)
        net.meta = dict(meta or {})
        net.check()
        return net

    def check(self):
        """Raise ParameterError unless the layers chain and share one float dtype."""
        prev = None
        for layer in self.layers:
            check_activation(layer.activation)
            if layer.W.ndim != 2 or layer.b.shape != (layer.W.shape[1],):
                raise ParameterError(f"layer {layer.name}: W {layer.W.shape} and b "
                                     f"{layer.b.shape} do not fit")
            if prev is not None and layer.W.shape[0] != prev:
                raise ParameterError(f"layer {layer.name} takes {layer.W.shape[0]} inputs "
                                     f"but the layer below gives {prev}")
            if layer.W.dtype != self.dtype or layer.b.dtype != self.dtype:
                raise ParameterError(f"layer {layer.name} is not {self.dtype}")
            prev = layer.W.shape[1]

    @property
    def sizes(self):
        """list of int: layer sizes, input first."""
        return [self.layers[0].W.shape[0]] + [layer.W.shape[1] for layer in self.layers]

    @property
    def hidden_activation(self):
        """str: the first hidden layer's activation (the output's if none)."""
        return self.layers[0].activation

    def n_params(self):
        """int: the number of weights and biases."""
        return sum(layer.W.size + layer.b.size for layer in self.layers)

    def predict(self, X):
        """Run the network forward.

        Parameters
        ----------
        X : np.ndarray [shape=(n, n_in) or (n_in,)]
            inputs; cast to the network's dtype. Theano refused float64
            input to a float32 brain unless the cast was exact; dbn casts,
            since that is what every 2015 renderer meant.

        Returns
        -------
        Y : np.ndarray [shape=(n, n_out), dtype=the network's dtype]
        """
        h = np.asarray(X, dtype=self.dtype)
        if h.ndim == 1:
            h = h[None]
        if h.ndim != 2 or h.shape[1] != self.sizes[0]:
            raise ParameterError(f"the network takes rows of {self.sizes[0]} values, "
                                 f"got shape {np.shape(X)}")
        for layer in self.layers:
            h = activate(layer.activation, h @ layer.W + layer.b)
        return h

    def state(self, **extra):
        """The native brain format: plain data only (dict, list, str, numbers, arrays).

        Parameters
        ----------
        **extra
            entries of ``meta`` to add or replace (keys of `META_KEYS`):
            preprocessing, target, recipe, history, train_state.

        Returns
        -------
        state : dict
            format, version, dtype, sizes, layers (name, size, activation,
            W [shape=(n_in, n_out)], b [shape=(n_out,)]) and the meta entries.
        """
        meta = {k: v for k, v in {**self.meta, **extra}.items() if k in META_KEYS}
        return {
            "format": FORMAT,
            "version": VERSION,
            "dtype": str(self.dtype),
            "sizes": self.sizes,
            "layers": [{"name": l.name, "size": int(l.W.shape[1]), "activation": l.activation,
                        "W": np.ascontiguousarray(l.W), "b": np.ascontiguousarray(l.b)}
                       for l in self.layers],
            **meta,
        }

    def save(self, path, **extra):
        """Write a native brain file atomically (temporary file, fsync, ``os.replace``).

        Parameters
        ----------
        path : str or os.PathLike
        **extra
            see `state`.
        """
        with atomic_write(path) as f:
            pickle.dump(self.state(**extra), f, protocol=4)

    def __repr__(self):
        return f"Network({self.sizes}, activation={self.hidden_activation!r}, dtype={self.dtype})"
