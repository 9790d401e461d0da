"""Every setting of a brain, defined once: recipe keys, flags, checks, help.

- `NetworkSettings`, `DataSettings`, `TrainSettings`, `RenderSettings`: the
  sections of a recipe (``[network]``, ``[data]``, ``[train]``,
  ``[render]``), each field with its 2015 default and its help text.
- `settings_from`: a dict (recipe section, flags, keyword arguments) ->
  a checked dataclass.
- `add_flags`, `given_flags`: command-line flags made from the fields.
- `Job`: one training run, all sections merged (recipe < flags).
- `Schedule`: what one run of the 2015 loop needs (update rule, batches,
  validation, patience, saves): fine-tuning's, or a pretraining stage's.
- `PretrainSettings`: the pretraining settings of a `TrainSettings`, each
  default resolved (the learning rate per kind, the batch size and patience
  fine-tuning's).

Adding a setting is adding a field: the recipe key, the flag (with its
help and default shown in ``--help``), the check and the record in each
brain all follow from it.
"""
import argparse
import dataclasses

from .context import REPRESENTATIONS
from .errors import ParameterError
from .targets import VARIANTS
from .network import ACTIVATIONS

DEVICES = ("cpu", "gpu", "jax")
OPTIMIZERS = ("nag", "sgd", "rmsprop", "adam")
PRETRAIN = ("none", "rbm", "layerwise")


def setting(default, help, *, choices=None, check=None, flag=True, const_flag=None):
    """A dataclass field with what its flag and its check need.

    Parameters
    ----------
    default : object
        the 2015 value where 2015 had one.
    help : str
    choices : tuple or None
    check : {">0", ">=0", "[0,1)"} or None
        a range rule (None values pass when the default is None).
    flag : bool
        whether commands offer it as ``--name``.
    const_flag : (str, object) or None
        a switch that sets one value (``("--float64", "float64")``).
    """
    return dataclasses.field(default_factory=lambda: default, metadata=dict(
        help=help, choices=choices, check=check, flag=flag, const_flag=const_flag))


@dataclasses.dataclass
class NetworkSettings:
    """``[network]``: what the brain is."""

    layers: list = setting(None, "layer sizes, input first (default: the data's widths "
                                 "around one hidden layer of 1000)")
    activation: str = setting("relu", "hidden activation, theanets' names (the output is "
                                      "linear); relu was theanets' default in 2015",
                              choices=tuple(ACTIVATIONS))
    dtype: str = setting("float32", "parameter dtype", choices=("float32", "float64"),
                         const_flag=("--float64", "float64"))
    context: int = setting(0, "frame context K: the network sees frames t-K..t+K around "
                              "frame t (2015: 0, one frame)", check=">=0")
    causal: bool = setting(False, "frame context t-K..t only, so that a live render adds "
                                  "no look-ahead")
    context_input: str = setting("frames", "what each frame of the window contributes: its "
                                           "64x64 pixels (2015), 16x16 pixels, or its "
                                           "difference from the frame before pooled to 8x8 "
                                           "or 16x16, both at 16x16 (sight16), both at "
                                           "two scales (sight2: the whole frame and its "
                                           "middle half) or three (sight3: and its middle "
                                           "quarter), or 17 "
                                           "motion-energy values",
                                 choices=tuple(REPRESENTATIONS))
    audio_context: int = setting(0, "sound context M: the previous M target rows join the "
                                    "input (training: the true rows; rendering: the brain's "
                                    "own)", check=">=0")


@dataclasses.dataclass
class DataSettings:
    """``[data]``: what the brain learns from."""

    variant: str = setting("raw", "pickler variant of the targets", choices=VARIANTS)
    input: str = setting("frames", "network input: 64x64 gray frames, or their abs(fft2) "
                                   "(the stft-both experiment)", choices=("frames", "fft2"))
    fps_correct: bool = setting(False, "one audio row per real frame: audio resampled to "
                                       "735 x fps Hz (2015 assumed 30 fps)")


@dataclasses.dataclass
class TrainSettings:
    """``[train]``: how it learns (theanets master 33775e7 + downhill 0.2.2 defaults)."""

    optimizer: str = setting("nag", "fine-tuning update rule (nag: downhill's Nesterov "
                                    "momentum)", choices=OPTIMIZERS)
    learning_rate: float = setting(0.05, "step size (most published brains: 0.05; "
                                         "theanet.py: 1e-4)", check=">0")
    momentum: float = setting(0.9, "momentum of nag, sgd and rmsprop", check=">=0")
    batch_size: int = setting(32, "rows per mini-batch (theanets' default; theanet.py: 10)",
                              check=">0")
    max_epochs: int = setting(None, "stop after this many epochs (2015 had no limit: "
                                    "patience alone stopped it)", check=">0")
    validate_every: int = setting(10, "epochs between validations", check=">0")
    patience: int = setting(5, "validations without improvement before stopping",
                            check=">=0")
    min_improvement: float = setting(0.0, "relative improvement of the validation loss "
                                          "that counts", check=">=0")
    valid_split: float = setting(0.0, "fraction of the pairs (the last ones) held out for "
                                      "validation; 0 validates on the training data, as "
                                      "2015 did", check="[0,1)")
    shuffle_pairs: bool = setting(False, "shuffle the (frame, row) pairs once before "
                                         "training (theanet.py did)")
    weight_l2: float = setting(0.0, "L2 penalty on the weights in fine-tuning (theanets' "
                                    "weight_l2; 2015: 0)", check=">=0")
    train_batches: int = setting(None, "mini-batches per epoch (default: all of them)",
                                 check=">0")
    save_every: int = setting(0, "write a progress brain every N epochs (2015: 100); 0: "
                                 "never", check=">=0")
    save_progress: str = setting("brain-{}", "progress brain file name; {} becomes the "
                                             "integer unix time")
    pretrain: str = setting("none", "pretraining before fine-tuning: greedy RBMs (a deep "
                                    "belief net), theanets' supervised layer-wise scheme, "
                                    "or none (2015)", choices=PRETRAIN)
    pretrain_epochs: int = setting(5, "rbm: epochs per layer; layerwise: most epochs per "
                                      "stage", check=">=0")
    pretrain_learning_rate: float = setting(None, "pretraining step size (default: rbm "
                                                  "0.01, layerwise 1e-3)", check=">0")
    pretrain_momentum: float = setting(0.5, "pretraining momentum", check=">=0")
    pretrain_batch_size: int = setting(None, "pretraining mini-batch (default: batch_size)",
                                       check=">0")
    pretrain_optimizer: str = setting("rmsprop", "layerwise update rule (theanets' "
                                                 "default)", choices=OPTIMIZERS)
    pretrain_patience: int = setting(None, "layerwise patience (default: patience)",
                                     check=">=0")
    pretrain_min_improvement: float = setting(None, "layerwise min_improvement (default: "
                                                    "min_improvement)", check=">=0")
    pretrain_train_batches: int = setting(None, "layerwise mini-batches per epoch (the "
                                                "2015 fft2 run: 100)", check=">0")
    pretrain_save_every: int = setting(0, "layerwise progress saves every N epochs (the "
                                          "2015 fft2 run: 4)", check=">=0")
    pretrain_save_progress: str = setting("current_pre_brain.pkl",
                                          "layerwise progress file name")
    weight_decay: float = setting(2e-4, "rbm: L2 penalty on the weights", check=">=0")
    cd_k: int = setting(1, "rbm: Gibbs steps of contrastive divergence", check=">0")
    visible: str = setting("auto", "rbm: the first layer's visible units (auto: Gaussian "
                                   "under relu, Bernoulli under logistic)",
                           choices=("auto", "bernoulli", "gaussian"))
    checkpoint_every: int = setting(0, "write a resumable checkpoint every N epochs (and "
                                       "after each RBM layer); 0: never", check=">=0")
    checkpoint: str = setting(None, "checkpoint file (default: BRAIN.ckpt)")
    resume: bool = setting(False, "continue from the checkpoint, exactly")
    seed: int = setting(None, "seed for every random choice (default: OS entropy, as 2015)")
    standardise: bool = setting(False, "train on inputs scaled to mean 0, sd 1 per input "
                                       "(the scaling is recorded in the brain and applied "
                                       "when it renders)")
    standardise_targets: bool = setting(False, "train on target values scaled to mean 0, sd "
                                               "1 per column, so that each weighs alike in "
                                               "the loss (a pitch as much as a loudness); the "
                                               "scaling is recorded and undone when it "
                                               "renders")
    pitch_weight: float = setting(1.0, "with standardise_targets: the pitch column's errors "
                                       "(each pitch bin's) weigh this many times another "
                                       "column's in the loss (targets with a pitch: "
                                       "harmonic, harmonic-noise, harmonic-bins)",
                                  check=">0")
    feedback_noise: float = setting(0.0, "sound context: sd of Gaussian noise added to the "
                                         "true previous rows, drawn afresh each epoch, so "
                                         "the brain learns to live with its own output",
                                    check=">=0")
    device: str = setting("cpu", "cpu: PyTensor's C backend; gpu: its JAX backend on a "
                                 "CUDA GPU; jax: JAX on whatever device it has",
                          choices=DEVICES)
    steps_per_call: int = setting(0, "training steps in one compiled call (a scan over "
                                     "consecutive batches: the same updates; RBM "
                                     "pretraining's CD steps too); 0: as many as take "
                                     "about half a second on gpu and jax, one on cpu "
                                     "(fastest there)", check=">=0")
    threads: int = setting(0, "CPU threads of the matrix products (numpy's BLAS, which "
                              "the cpu device's C code calls); 0: one per 8 million "
                              "multiply-adds of the largest product, at most one per "
                              "core", check=">=0")


@dataclasses.dataclass
class RenderSettings:
    """``[render]``: how the brain is heard."""

    modes: list = setting([], "render modes, the default first (2015: the modes its "
                              "folder's scripts rendered)", flag=False)
    script: str = setting(None, "the 2015 folder's render script", flag=False)
    level: str = setting("own", "the render's loudness: own (as the brain predicts) or "
                                "training (brought to its training audio's, measured as it "
                                "plays; the harmonic mode)", choices=("own", "training"),
                    flag=False)


SECTIONS = {"network": NetworkSettings, "data": DataSettings, "train": TrainSettings,
            "render": RenderSettings}
LABELS = {"train": "training"}
_TYPES = {int: lambda v: isinstance(v, int) and not isinstance(v, bool),
          float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
          and v == v,
          str: lambda v: isinstance(v, str),
          bool: lambda v: isinstance(v, bool),
          list: lambda v: isinstance(v, list)}
_RULES = {">0": (lambda v: v > 0, "> 0"), ">=0": (lambda v: v >= 0, ">= 0"),
          "[0,1)": (lambda v: 0 <= v < 1, "in [0, 1)")}


def settings_from(cls, values, *, section=None):
    """Check and complete one section of settings.

    Parameters
    ----------
    cls : type
        one of `SECTIONS`' dataclasses.
    values : dict
        any subset of its fields.
    Returns
    -------
    settings : cls instance

    Raises
    ------
    ParameterError
        an unknown key, a value of the wrong type, not among the choices or
        out of range; the message names the key.
    """
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - set(fields))
    if unknown and section:
        raise ParameterError(f"unknown key {unknown[0]!r} in [{section}]")
    if unknown:
        label = next(k for k, v in SECTIONS.items() if v is cls)
        raise ParameterError(f"unknown {LABELS.get(label, label)} setting {unknown[0]!r}")
    s = cls(**values)
    for name, f in fields.items():
        _check(name, getattr(s, name), f)
    return s


def _check(name, value, field):
    meta = field.metadata
    if value is None:
        if field.default_factory() is None:
            return
        raise ParameterError(f"{name} must be given")
    if not _TYPES[field.type](value):
        raise ParameterError(f"{name} must be {field.type.__name__}, got {value!r}")
    if meta["choices"] and value not in meta["choices"]:
        raise ParameterError(f"{name} must be one of {', '.join(meta['choices'])}, "
                             f"got {value!r}")
    if meta["check"]:
        ok, text = _RULES[meta["check"]]
        if not ok(value):
            raise ParameterError(f"{name} must be {text}, got {value}")


def add_flags(parser, cls, *, shown=None):
    """Add a ``--name`` flag for each field of ``cls`` that commands offer.

    Flags default to None, so that only what the user typed overrides a
    recipe (see `given_flags`); the help text shows the value used when
    the flag is left out.

    Parameters
    ----------
    parser : argparse.ArgumentParser or argument group
    cls : type
    shown : cls instance or None
        the values to show as defaults (a recipe's); None: the field defaults.
    """
    shown = shown or cls()
    for f in dataclasses.fields(cls):
        meta = f.metadata
        if not meta["flag"]:
            continue
        default = getattr(shown, f.name)
        text = meta["help"] + (f" (default: {_show(default)})" if default is not None
                               and default != [] else "")
        if meta["const_flag"]:
            flag, const = meta["const_flag"]
            parser.add_argument(flag, dest=f.name, action="store_const", const=const,
                                help=text)
            continue
        name = "--" + f.name.replace("_", "-")
        if f.type is bool:
            parser.add_argument(name, dest=f.name, action=argparse.BooleanOptionalAction,
                                default=None, help=text)
        elif f.type is list:
            parser.add_argument(name, dest=f.name, type=int, nargs="+", metavar="N",
                                help=text)
        else:
            parser.add_argument(name, dest=f.name, type=f.type, choices=meta["choices"],
                                metavar=None if meta["choices"] else f.name.split("_")[-1]
                                .upper(), help=text)


def _show(value):
    if isinstance(value, list):
        return "-".join(map(str, value))
    return value


def given_flags(args, cls):
    """dict: the fields of ``cls`` that the user gave as flags in ``args``."""
    return {f.name: getattr(args, f.name) for f in dataclasses.fields(cls)
            if f.metadata["flag"] and getattr(args, f.name, None) is not None}


@dataclasses.dataclass
class Job:
    """One training run: every section, merged from 2015's defaults < recipe < flags.

    Attributes
    ----------
    name, description : str
        the recipe's.
    network, data, train, render : the checked sections
    frames, targets : str
        the data files (default from the data section: frames.pkl /
        fft-frames.pkl, audio.pkl / stft.pkl).
    output : str
        the brain file to write.
    copies : list of str
        the same bytes again under these names (theanet.py.exp.pkl).
    published : dict
        the recipe's ``[published]`` facts.
    """

    network: NetworkSettings = dataclasses.field(default_factory=NetworkSettings)
    data: DataSettings = dataclasses.field(default_factory=DataSettings)
    train: TrainSettings = dataclasses.field(default_factory=TrainSettings)
    render: RenderSettings = dataclasses.field(default_factory=RenderSettings)
    name: str = ""
    description: str = ""
    frames: str = None
    targets: str = None
    output: str = "theanet.py.net.pkl"
    copies: list = dataclasses.field(default_factory=list)
    published: dict = dataclasses.field(default_factory=dict)

    def sections(self):
        """dict: each section as plain data (for brains and checkpoints)."""
        return {name: dataclasses.asdict(getattr(self, name)) for name in SECTIONS}


@dataclasses.dataclass(frozen=True)
class Schedule:
    """One run of the 2015 loop: the update rule, the batches, validation and saves.

    Attributes
    ----------
    optimizer : str
        a key of `OPTIMIZERS`.
    learning_rate, momentum, weight_l2 : float
    batch_size : int
    train_batches : int or None
        mini-batches per epoch (None: all).
    validate_every, patience : int
    min_improvement : float
    max_epochs : int or None
    save_every : int
        progress brains every N epochs (0: never).
    save_progress : str
        their file name; {} becomes the integer unix time.
    steps_per_call : int
        steps in one compiled call (0: chosen by `dbn.training.calls.Calls`).
    """

    optimizer: str
    learning_rate: float
    momentum: float
    batch_size: int
    validate_every: int
    patience: int
    min_improvement: float
    max_epochs: int = None
    train_batches: int = None
    weight_l2: float = 0.0
    save_every: int = 0
    save_progress: str = "brain-{}"
    steps_per_call: int = 0

    @classmethod
    def finetuning(cls, s):
        """Fine-tuning's schedule: the `TrainSettings` themselves."""
        return cls(s.optimizer, s.learning_rate, s.momentum, s.batch_size, s.validate_every,
                   s.patience, s.min_improvement, s.max_epochs, s.train_batches, s.weight_l2,
                   s.save_every, s.save_progress, s.steps_per_call)


@dataclasses.dataclass(frozen=True)
class PretrainSettings:
    """How hidden layers are pretrained before fine-tuning, every default resolved.

    Attributes
    ----------
    kind : {"none", "rbm", "layerwise"}
    epochs : int
        rbm: epochs per layer; layerwise: most epochs per stage.
    learning_rate, momentum : float
    batch_size : int
    weight_decay : float
        rbm: L2 penalty on the weights.
    cd_k : int
        rbm: Gibbs steps.
    visible : {"auto", "bernoulli", "gaussian"}
        rbm: the first layer's visible units.
    stage : Schedule
        layerwise: each stage's run of the 2015 loop.
    device : str
    """

    LEARNING_RATES = {"rbm": 0.01, "layerwise": 1e-3}  # each kind's when none is given

    kind: str
    epochs: int
    learning_rate: float
    momentum: float
    batch_size: int
    weight_decay: float
    cd_k: int
    visible: str
    stage: Schedule
    device: str

    @classmethod
    def of(cls, s):
        """The pretraining settings of `TrainSettings` ``s`` (its pretrain_* fields)."""
        rate = s.pretrain_learning_rate or cls.LEARNING_RATES.get(s.pretrain, 0.0)
        batch = s.pretrain_batch_size or s.batch_size
        stage = Schedule(s.pretrain_optimizer, rate, s.pretrain_momentum, batch,
                         s.validate_every,
                         s.patience if s.pretrain_patience is None else s.pretrain_patience,
                         s.min_improvement if s.pretrain_min_improvement is None
                         else s.pretrain_min_improvement,
                         s.pretrain_epochs or None, s.pretrain_train_batches,
                         save_every=s.pretrain_save_every, save_progress=s.pretrain_save_progress,
                         steps_per_call=s.steps_per_call)
        return cls(s.pretrain, s.pretrain_epochs, rate, s.pretrain_momentum, batch,
                   s.weight_decay, s.cd_k, s.visible, stage, s.device)
