"""Training settings: names, 2015 defaults, checks.

- `Settings`: every setting `dbn.train` takes, with its default.
- `settings_from`: a dict (recipe, CLI, keyword arguments) -> checked Settings.
"""
import dataclasses

from ..errors import ParameterError
from .device import DEVICES

PRETRAIN = ("none", "rbm", "layerwise")
OPTIMIZERS = ("nag", "sgd", "rmsprop", "adam")


@dataclasses.dataclass
class Settings:
    # -- fine-tuning: the 2015 defaults (theanets master + downhill 0.2.2) --
    optimizer: str = "nag"            # nag | sgd | rmsprop | adam
    learning_rate: float = 0.05       # most published brains; theanet.py itself used 1e-4
    momentum: float = 0.9
    batch_size: int = 32              # theanets' default; theanet.py used 10
    max_epochs: int = None            # 2015 had no limit: patience alone stopped it
    validate_every: int = 10          # epochs between validations
    patience: int = 5                 # validations without improvement before stopping
    min_improvement: float = 0.0      # relative improvement that counts
    valid_split: float = 0.0          # 0: validate on the training data, as 2015 did
    shuffle_pairs: bool = False       # one-time shuffle of (frame, row) pairs (theanet.py)
    train_batches: int = None         # batches per epoch; None: all of them
    save_every: int = 0               # progress brain every N epochs (2015: 100); 0: none
    save_progress: str = "brain-{}"   # {} -> integer unix time
    # -- pretraining --
    pretrain: str = "none"            # none | rbm | layerwise
    pretrain_epochs: int = 5          # rbm: epochs per layer; layerwise: most epochs per stage
    pretrain_learning_rate: float = None  # rbm: 0.01, layerwise: 1e-3 when None
    pretrain_momentum: float = 0.5
    pretrain_batch_size: int = None   # None: batch_size
    pretrain_optimizer: str = "rmsprop"   # layerwise sub-algorithm (theanets' default)
    pretrain_patience: int = None     # layerwise; None: patience
    pretrain_min_improvement: float = None  # layerwise; None: min_improvement
    pretrain_train_batches: int = None    # layerwise batches per epoch (2015 fft2: 100)
    pretrain_save_every: int = 0      # layerwise progress saves (2015 fft2: 4)
    pretrain_save_progress: str = "current_pre_brain.pkl"
    weight_decay: float = 2e-4        # rbm L2 on weights
    cd_k: int = 1                     # rbm Gibbs steps
    visible: str = "auto"             # rbm first-layer visible units: auto | bernoulli | gaussian
    # -- running --
    checkpoint_every: int = 0         # epochs between checkpoints; 0: none
    checkpoint: str = None            # checkpoint path; None: <brain>.ckpt chosen by the CLI
    resume: bool = False
    seed: int = None                  # None: OS entropy, as 2015
    device: str = "cpu"               # cpu | gpu | jax
    progress: bool = True             # progress bars (on a terminal)


_CHOICES = {"optimizer": OPTIMIZERS, "pretrain_optimizer": OPTIMIZERS,
            "pretrain": PRETRAIN, "device": DEVICES, "visible": ("auto", "bernoulli", "gaussian")}
_POSITIVE = ("learning_rate", "batch_size", "validate_every", "cd_k")
_OPTIONAL_POSITIVE = ("max_epochs", "train_batches", "pretrain_learning_rate",
                      "pretrain_batch_size", "pretrain_train_batches")
_NON_NEGATIVE = ("momentum", "patience", "min_improvement", "save_every", "pretrain_epochs",
                 "pretrain_momentum", "pretrain_save_every", "weight_decay",
                 "checkpoint_every")


def settings_from(values):
    """Check and complete training settings.

    Parameters
    ----------
    values : dict
        any subset of the `Settings` fields.

    Returns
    -------
    settings : Settings

    Raises
    ------
    ParameterError
        an unknown key, a value of the wrong type or out of range.
    """
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise ParameterError(f"unknown training setting {unknown[0]!r}")
    s = Settings(**values)
    for name, f in fields.items():
        _check(name, getattr(s, name), f)
    if not 0 <= s.valid_split < 1:
        raise ParameterError(f"valid_split must be in [0, 1), got {s.valid_split}")
    return s


def _check(name, value, field):
    if value is None:
        if field.default is None:
            return
        raise ParameterError(f"{name} must be given")
    ok = {int: lambda v: isinstance(v, int) and not isinstance(v, bool),
          float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
          str: lambda v: isinstance(v, str),
          bool: lambda v: isinstance(v, bool)}[field.type](value)
    if not ok:
        raise ParameterError(f"{name} must be {field.type.__name__}, got {value!r}")
    if name in _CHOICES and value not in _CHOICES[name]:
        raise ParameterError(f"{name} must be one of {', '.join(_CHOICES[name])}, got {value!r}")
    if field.type in (int, float) and value != value:
        raise ParameterError(f"{name} must be a number, got {value}")
    if name in _POSITIVE + _OPTIONAL_POSITIVE and not value > 0:
        raise ParameterError(f"{name} must be > 0, got {value}")
    if name in _NON_NEGATIVE and not value >= 0:
        raise ParameterError(f"{name} must be >= 0, got {value}")
