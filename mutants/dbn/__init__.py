"""dbn: Deep Learning Bitmaps to PCM (2015), faithfully reimplemented.

Public API
- `read_frames`, `read_audio`: a video's 64x64 gray frames and its audio.
- `pcm_rows`: int16 audio -> 735-sample target rows in [0, 1).
- `Network`: layer sizes, activations, numpy predict, ``save``.
- `load_brain`: a native or legacy (2015 theanets) brain file -> Network.
- `load_data`: frames.pkl, audio.pkl ... -> array (and its videos), safely.
- `train`: PyTensor training, the 2015 way by default.
- `render`: frames through a brain -> audio samples.
- Errors: `DbnError`, `ParameterError`, `FormatError`, `UnsafePickleError`,
  `MediaError`.
"""
from .brainfile import load_brain
from .datafile import load_data
from .errors import DbnError, FormatError, MediaError, ParameterError, UnsafePickleError
from .features import pcm_rows, read_frames
from .media import read_audio
from .network import Network

__version__ = "1.0.0"


def train(net, X, Y, **settings):
    """Train ``net`` in place; see `dbn.training.train` (imports PyTensor on first use)."""
    from .training import train as _train
    return _train(net, X, Y, **settings)


def render(net, frames, mode=None, **options):
    """Render frames through a brain; see `dbn.rendering.render`."""
    from .rendering import render as _render
    return _render(net, frames, mode=mode, **options)


__all__ = ["read_frames", "read_audio", "pcm_rows", "Network", "load_brain", "load_data",
           "train",
           "render", "DbnError", "ParameterError", "FormatError", "UnsafePickleError",
           "MediaError"]
