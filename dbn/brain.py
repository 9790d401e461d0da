"""What a brain knows about itself, as one typed record; and how it is described.

- `BrainRecord`: what a brain carries besides its layers (how it was read,
  what it sees, its input scaling, its targets, recipe, training settings,
  history, training state). ``Network.meta`` is one; `dbn.brainfile` alone
  turns it into the native file's plain data and back.
- `Scaling`, `TargetRecord`: its input scaling and what its targets were.
- `describe`, `description_lines`: ``dbn info``'s facts, and its lines.

2015's brains record nothing but their layers: every field has the value
that means "as 2015" (one frame of pixels in, raw rows out, no scaling).
"""
import dataclasses

import numpy as np

from .context import Context


@dataclasses.dataclass
class Scaling:
    """Inputs scaled to mean 0, sd 1 in training (``--standardise``).

    Attributes
    ----------
    mean, scale : np.ndarray [shape=(n_in,)]
        rendering feeds the brain ``(x - mean) / scale``.
    """

    mean: np.ndarray
    scale: np.ndarray


@dataclasses.dataclass
class TargetRecord:
    """What a brain's targets were.

    Attributes
    ----------
    variant : str
        a key of `dbn.targets.TARGETS`.
    file : str or None
        the target file it trained on.
    rows : int or None
        training rows.
    rate : int or None
        Hz the targets were made at.
    fps_correct : bool
        one row per real frame (it plays at the video's frame rate).
    fps : list of float
        its training videos' frame rates.
    videos : list of str
    peak : float or None
        its largest training target value (mel rows are clipped to it).
    level : float or None
        the RMS of its training targets heard through their inverse, where
        its recipe renders at the training level (``[render] level``).
    """

    variant: str = "raw"
    file: str = None
    rows: int = None
    rate: int = None
    fps_correct: bool = False
    fps: list = dataclasses.field(default_factory=list)
    videos: list = dataclasses.field(default_factory=list)
    peak: float = None
    level: float = None


@dataclasses.dataclass
class BrainRecord:
    """Everything a brain file says besides its layers.

    Attributes
    ----------
    layout : str or None
        the file layout it was read from ("dbn native v1", a theanets layout).
    source_class : str or None
        a legacy brain's theanets class.
    input : {"frames", "fft2"}
        what it was trained to see per frame.
    frames_file : str or None
        the input file it trained on.
    context : dbn.context.Context
        the frames and sound around each frame it sees (2015: none).
    scaling : Scaling or None
    output_scaling : Scaling or None
        outputs trained as ``(y - mean) / scale`` (``--standardise-targets``):
        rendering gives ``out * scale + mean``.
    target : TargetRecord or None
        None for brains that do not say (2015's: raw rows at 30 fps).
    recipe : dict
        the recipe it was trained from: name, description, its sections
        (network, data, render) and published facts, as plain data.
    train : dict
        the training settings used (those not None).
    history : list of dict
        per-epoch monitors (see `dbn.training.train`).
    stopped : str or None
        why training ended ("patience", "max_epochs", "interrupted").
    train_state : dict or None
        a checkpoint's: what ``--resume`` continues from.
    """

    layout: str = None
    source_class: str = None
    input: str = "frames"
    frames_file: str = None
    context: Context = dataclasses.field(default_factory=Context)
    scaling: Scaling = None
    output_scaling: Scaling = None
    target: TargetRecord = None
    recipe: dict = dataclasses.field(default_factory=dict)
    train: dict = dataclasses.field(default_factory=dict)
    history: list = dataclasses.field(default_factory=list)
    stopped: str = None
    train_state: dict = None

    @property
    def modes(self):
        """list of str: its recipe's render modes, the default first (none recorded: [])."""
        return list(self.recipe.get("render", {}).get("modes") or [])

    @property
    def variant(self):
        """str or None: its target variant, when it records one."""
        return self.target.variant if self.target else None


def describe(net, path, *, default_mode=None, blob=None, published=None):
    """The facts ``dbn info`` shows of a brain (``--json`` prints them as they are).

    Parameters
    ----------
    net : dbn.network.Network
    path : str
    default_mode : str or None
        the mode it renders in when none is asked for.
    blob, published : str or None
        its git blob id and the published brain it is (``--verify``).

    Returns
    -------
    info : dict
        plain data: file, layout, dtype, sizes, params, layers, history,
        training, target, render (and blob, published when given).
    """
    meta = net.meta
    info = {"file": path, "layout": meta.layout, "dtype": str(net.dtype),
            "sizes": net.sizes, "params": net.n_params(),
            "layers": [{"name": l.name, "inputs": l.W.shape[0], "size": l.W.shape[1],
                        "activation": l.activation, "params": l.W.size + l.b.size}
                       for l in net.layers],
            "history": meta.history, "stopped": meta.stopped, "training": meta.train,
            "target": dataclasses.asdict(meta.target) if meta.target else {},
            "render": {**meta.recipe.get("render", {}), "default_mode": default_mode}}
    if blob is not None:
        info.update(blob=blob, published=published)
    return info


def description_lines(info):
    """``dbn info``'s lines for the facts of `describe`.

    Parameters
    ----------
    info : dict

    Returns
    -------
    lines : list of str
    """
    lines = [f"{info['file']}: {info['layout']}, {info['dtype']}, "
             f"{'-'.join(map(str, info['sizes']))}, {info['params']:,} parameters",
             f"{'layer':<8}{'inputs':>8}{'size':>8}  {'activation':<12}{'params':>12}"]
    lines += [f"{l['name']:<8}{l['inputs']:>8}{l['size']:>8}  {l['activation']:<12}"
              f"{l['params']:>12,}" for l in info["layers"]]
    if info["training"]:
        t = info["training"]
        lines.append(f"trained with {t.get('optimizer')} lr {t.get('learning_rate')} momentum "
                     f"{t.get('momentum')} batch {t.get('batch_size')}, pretraining "
                     f"{t.get('pretrain')}, seed {t.get('seed')}")
    if info["history"]:
        last, stopped = info["history"][-1], info["stopped"]
        lines.append(f"trained {last['epoch']} epochs"
                     + (f" (stopped by {stopped})" if stopped else "")
                     + f"; last loss {last['loss']:.6g}, valid loss {last['valid_loss']:.6g}")
    r = info["render"]
    if r["default_mode"]:
        lines.append(f"renders as {r['default_mode']} by default"
                     + (f"; its recipe's modes: {', '.join(r['modes'])}" if r.get("modes")
                        else "")
                     + (f"; 2015 script: {r['script']}" if r.get("script") else ""))
    if info["target"].get("level"):
        lines.append(f"brought to its training audio's level as it plays (RMS "
                     f"{info['target']['level']:.4f})")
    if "blob" in info:
        lines.append(f"git blob {info['blob']}: "
                     f"{info['published'] or 'none of the published brains'}")
    return lines
