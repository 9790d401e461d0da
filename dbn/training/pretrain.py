"""Pretraining before fine-tuning: greedy RBMs, or theanets' layer-wise scheme.

- `pretrain_rbm`: each hidden layer as an RBM on the layer below's output.
- `pretrain_layerwise`: supervised, a temporary linear output ``lwout`` on
  each growing stack (LEGACY-FORMAT.md 6.6), with 2015's crash fixed.
"""
import numpy as np
from tqdm import tqdm

from ..errors import ParameterError
from ..network import Layer, Network, activate
from .batches import Batches, consecutive_batches
from .graph import Model
from .loop import fit
from .rbm import HIDDEN_FOR, RBM

GAUSSIAN_RATE_DIVISOR = 30


def pretrain_rbm(net, X, s, rng, *, start=0, on_layer=None):
    """Initialise every hidden layer of ``net`` from a greedily trained RBM.

    Gaussian visible units see their input standardised per unit (mean 0,
    variance 1, as Nair & Hinton trained NReLU RBMs); the standardisation
    is folded into the layer's W and b afterwards, so the network still
    takes the raw input. Visible units "auto" are Gaussian under NReLU
    hidden units and Bernoulli under logistic ones; layers above the first
    see the real-valued output of the one below (Gaussian under NReLU).
    Gaussian-visible RBMs learn at 1/30 of the rate (Hinton's practical
    guide, 13.2: one to two orders of magnitude smaller, or they diverge).

    Parameters
    ----------
    net : Network
        its hidden layers' W and b are replaced (the output layer is kept).
    X : np.ndarray [shape=(n, n_in)]
    s : Settings
    rng : np.random.Generator
        seeds each RBM.
    start : int
        hidden layers already pretrained (a resumed run): they are kept.
    on_layer : callable(int) or None
        called with the number of layers done after each one (checkpoints).
    """
    h = X
    for depth, layer in enumerate(net.layers[:-1]):
        hidden = HIDDEN_FOR.get(layer.activation)
        if hidden is None:
            raise ParameterError(f"rbm pretraining needs relu or logistic hidden layers, "
                                 f"not {layer.activation!r}")
        seed = int(rng.integers(2**31))  # drawn for skipped layers too: resumes draw alike
        if depth >= start:
            _fit_rbm_layer(net, layer, depth, h, hidden, seed, s)
            if on_layer is not None:
                on_layer(depth + 1)
        h = activate(layer.activation, h @ layer.W + layer.b)


def _fit_rbm_layer(net, layer, depth, h, hidden, seed, s):
    """Train one RBM on ``h`` and fold it into ``layer`` (W, b replaced)."""
    visible = s.visible if depth == 0 else "auto"
    if visible == "auto":
        visible = "gaussian" if hidden == "nrelu" else "bernoulli"
    mean, scale = np.zeros(h.shape[1]), np.ones(h.shape[1])
    if visible == "gaussian":
        mean, scale = h.mean(axis=0), np.maximum(h.std(axis=0), 1e-2)
    rate = s.pretrain_learning_rate or 0.01
    rbm = RBM(layer.W.shape[1], visible=visible, hidden=hidden,
              learning_rate=rate / GAUSSIAN_RATE_DIVISOR if visible == "gaussian" else rate,
              momentum=s.pretrain_momentum, weight_decay=s.weight_decay, cd_k=s.cd_k,
              batch_size=s.pretrain_batch_size or s.batch_size, epochs=s.pretrain_epochs,
              seed=seed, device=s.device, dtype=str(net.dtype),
              progress=s.progress).fit(((h - mean) / scale).astype(net.dtype))
    W = rbm.W_ / scale[:, None]
    layer.W = W.astype(net.dtype)
    layer.b = (rbm.hbias_ - mean @ W).astype(net.dtype)


def pretrain_layerwise(net, X, Y, valid, s, rng):
    """theanets' SupervisedPretrainer: train [hid1..hid_i, lwout] for each i.

    With K hidden layers, stage i < K trains the first i hidden layers
    under a fresh linear ``lwout`` layer to the targets (all their
    parameters, nothing frozen); stage K trains the whole network (with
    K = 1 this is plain training with the pretraining optimiser). Each
    stage is a full run of the 2015 loop with the pretraining optimiser
    (RMSProp by default).

    Parameters
    ----------
    net : Network
        trained in place.
    X, Y : np.ndarray
    valid : tuple of np.ndarray or None
    s : Settings
    rng : np.random.RandomState
        batch order; also draws lwout's initial weights.
    """
    hidden = net.layers[:-1]
    n_out = net.layers[-1].W.shape[1]
    for i in range(1, len(hidden) + 1):
        if i < len(hidden):
            size = hidden[i - 1].W.shape[1]
            W = rng.normal(0, 1 / np.sqrt(size + n_out), (size, n_out)).astype(net.dtype)
            lwout = Layer(W, rng.normal(0, 1, n_out).astype(net.dtype),
                          net.layers[-1].activation, "lwout")
            layers = hidden[:i] + [lwout]
        else:
            layers = net.layers
        tqdm.write(f"layer-wise stage {i}: {' '.join(l.name for l in layers)}")
        model = Model(layers, X, Y, optimizer=s.pretrain_optimizer,
                      learning_rate=s.pretrain_learning_rate or 1e-3,
                      momentum=s.pretrain_momentum, device=s.device, valid=valid)
        batch = s.pretrain_batch_size or s.batch_size
        batches = Batches(len(X), batch, rng, s.pretrain_train_batches)
        valid_rows = len(valid[0]) if valid is not None else len(X)
        valid_batches = consecutive_batches(valid_rows, batch)

        def save(model=model, layers=layers):
            model.write_back(layers)
            Network.from_layers(layers).save(s.pretrain_save_progress)

        fit(model, batches, valid_batches, validate_every=s.validate_every,
            patience=s.pretrain_patience if s.pretrain_patience is not None else s.patience,
            min_improvement=(s.pretrain_min_improvement
                             if s.pretrain_min_improvement is not None
                             else s.min_improvement),
            max_epochs=s.pretrain_epochs or None, save_every=s.pretrain_save_every,
            on_save=save, progress=s.progress, label=f"layer-wise {i}")
        model.write_back(layers)
