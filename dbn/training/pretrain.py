"""Pretraining the hidden layers before fine-tuning.

- `pretrain_rbm`: greedy restricted Boltzmann machines, layer by layer (a deep
  belief net; `rbm.fit_layer` trains each).
- `pretrain_layerwise`: theanets' supervised layer-wise scheme, each stage a
  run of the one loop (`loop.fine_tune`).

Both take a `dbn.settings.PretrainSettings`, whose defaults live there.
"""
import numpy as np

from ..errors import ParameterError
from ..network import Layer, Network, activate
from ..progress import SILENT
from .loop import fine_tune
from .rbm import HIDDEN_FOR, fit_layer


def pretrain_rbm(net, X, s, rng, *, start=0, checkpoint=None, made_with=None, report=SILENT):
    """Initialise every hidden layer of ``net`` from a greedily trained RBM.

    Each RBM learns the output of the layer below (the frames for the
    first); the output layer is kept. After each layer a checkpoint is
    written when checkpoints are on, so that ``--resume`` skips it.

    Parameters
    ----------
    net : Network
    X : np.ndarray [shape=(n, n_in)]
    s : dbn.settings.PretrainSettings
    rng : np.random.Generator
        seeds each RBM (drawn for skipped layers too, so resumes draw alike).
    start : int
        hidden layers already pretrained (a resumed run).
    checkpoint : str or None
        the checkpoint to write after each layer (None: none).
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
            if checkpoint:
                net.save(checkpoint, train_state={"phase": "rbm", "layers_done": depth + 1,
                                                  **(made_with or {})})
        h = activate(layer.activation, h @ layer.W + layer.b)


def pretrain_layerwise(net, X, Y, valid, s, rng, *, report=SILENT):
    """theanets' SupervisedPretrainer: train [hid1..hid_i, lwout] for each i.

    With K hidden layers, stage i < K trains the first i hidden layers
    under a fresh linear ``lwout`` layer to the targets (all their
    parameters, nothing frozen); stage K trains the whole network (with
    K = 1 this is plain training with the pretraining optimiser). Each
    stage is a full run of the 2015 loop (`fine_tune`) by ``s.stage``, the
    pretraining optimiser (RMSProp by default). 2015's theanets crashed
    after the first stage with several hidden layers; this is its evident
    intent.

    Parameters
    ----------
    net : Network
        trained in place.
    X, Y : np.ndarray [shape=(n, n_in)], [shape=(n, n_out)]
    valid : tuple of np.ndarray or None
    s : dbn.settings.PretrainSettings
    rng : np.random.RandomState
        batch order; also draws lwout's initial weights.
    report : dbn.progress.Report
    """
    hidden = net.layers[:-1]
    n_out = net.layers[-1].W.shape[1]
    for i in range(1, len(hidden) + 1):
        layers = net.layers
        if i < len(hidden):
            size = hidden[i - 1].W.shape[1]
            W = rng.normal(0, 1 / np.sqrt(size + n_out), (size, n_out)).astype(net.dtype)
            layers = hidden[:i] + [Layer(W, rng.normal(0, 1, n_out).astype(net.dtype),
                                         net.layers[-1].activation, "lwout")]
        report.line(f"layer-wise stage {i}: {' '.join(l.name for l in layers)}")
        for _ in fine_tune(Network.from_layers(layers), X, Y, valid, s.stage, rng,
                           device=s.device, report=report, label=f"layer-wise {i}"):
            pass
