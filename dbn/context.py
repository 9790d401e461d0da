"""What a context brain sees: windows of frame features, and the sound it made.

- `REPRESENTATIONS`: the per-frame features a window can stack.
- `Context`: a brain's context settings (representation, K, causal, M),
  its input width and its latency.
- `ContextWindows`: frames in, window rows out, batch after batch (the same
  code for a whole video at training time and a stream at render time).
- `context_inputs`: the window rows of one whole video.
- `sound_context`: the previous M target rows beside each row (training).
- `BrainInput`: a brain run on a stream of frames, as its training saw them
  (windows, its own output fed back, input scaling).

2015 fed one frame (4096 pixels) and got one row back. A context brain
sees, for frame t, the features of frames t-K..t+K (``causal``: t-K..t)
and, with ``audio_context`` M, the M rows of sound before t. Windows never
reach across the ends of a video: positions before the first frame or
after the last are filled with that edge frame, so frame differences there
are zero. Several videos in one training set are windowed one by one
(their boundaries come from the dataset's side file).
"""
import dataclasses

import numpy as np

from .errors import ParameterError
from .features import FRAME_SIDE, FRAME_SIZE


def _pool(images, side):
    k = images.shape[1] // side
    return images.reshape(len(images), side, k, side, k).mean(axis=(2, 4)).reshape(
        len(images), side * side)


def _centre(images, size):
    """The middle size x size of each image."""
    a = (FRAME_SIDE - size) // 2
    return images[:, a:a + size, a:a + size]


def _sight(images, previous):
    """16x16 pixels beside their 16x16 differences from the frame before."""
    return np.concatenate([_pool(images, 16), _pool(_differences(images, previous), 16)],
                          axis=1)


def _scales(*sides):
    """`_sight` of each middle ``side`` x ``side`` of a frame (64: the whole frame)."""
    def features(images, previous):
        return np.concatenate([_sight(_centre(images, s), _centre(previous[None], s)[0])
                               for s in sides], axis=1)
    return features


def _differences(images, previous):
    """|frame - the frame before| (the first against ``previous``)."""
    before = np.concatenate([previous[None], images[:-1]])
    return np.abs(images - before)


# name: (features of frames given the frame before the first, values per frame)
REPRESENTATIONS = {
    "frames": (lambda f, prev: f.reshape(len(f), FRAME_SIZE), FRAME_SIZE),
    "pixels16": (lambda f, prev: _pool(f, 16), 256),
    "diff8": (lambda f, prev: _pool(_differences(f, prev), 8), 64),
    "diff16": (lambda f, prev: _pool(_differences(f, prev), 16), 256),
    # sight and motion: where things are (16x16 pixels) beside what moved (16x16 differences)
    "sight16": (_sight, 512),
    # the same at two or three scales: the middle of a frame, where a face's mouth is, seen
    # finer (the middle half at twice the resolution; the middle quarter at four times)
    "sight2": (_scales(FRAME_SIDE, FRAME_SIDE // 2), 1024),
    "sight3": (_scales(FRAME_SIDE, FRAME_SIDE // 2, FRAME_SIDE // 4), 1536),
    "motion": (lambda f, prev: np.concatenate([
        _differences(f, prev).reshape(len(f), -1).mean(axis=1, keepdims=True),
        _pool(_differences(f, prev), 4)], axis=1), 17),
}


@dataclasses.dataclass(frozen=True)
class Context:
    """A brain's context: what it sees around each frame.

    Attributes
    ----------
    representation : str
        a key of `REPRESENTATIONS` ("frames": the 2015 input).
    frames : int >= 0
        K: frames on each side (causal: before only).
    causal : bool
        only frames up to t, so a live render adds no look-ahead.
    sound : int >= 0
        M: previous rows of sound fed back as input.
    width : int
        the number of target values per row (sound context's row width).
    """

    representation: str = "frames"
    frames: int = 0
    causal: bool = False
    sound: int = 0
    width: int = 0

    @classmethod
    def of(cls, network, width):
        """The context of `dbn.settings.NetworkSettings` for targets ``width`` wide."""
        if network.context_input not in REPRESENTATIONS:
            raise ParameterError(f"unknown context input {network.context_input!r}; choose "
                                 f"from {', '.join(REPRESENTATIONS)}")
        return cls(network.context_input, network.context, network.causal,
                   network.audio_context, width)

    @property
    def plain(self):
        """bool: one frame of pixels in, as 2015."""
        return self == Context(width=self.width)

    @property
    def window(self):
        """int: frames in a window."""
        return self.frames + 1 if self.causal else 2 * self.frames + 1

    @property
    def latency(self):
        """int: frames a render must wait for before frame t can sound."""
        return 0 if self.causal else self.frames

    def input_width(self):
        """int: the network's input width."""
        return REPRESENTATIONS[self.representation][1] * self.window + self.sound * self.width

    def record(self):
        """dict: plain data for a brain's preprocessing."""
        return dataclasses.asdict(self)


class ContextWindows:
    """Window rows of one video, computed batch by batch as frames arrive.

    Parameters
    ----------
    context : Context

    Notes
    -----
    Each batch of frames returns the rows whose whole window has arrived;
    `finish` pads with the last frame and returns the rest (``context.latency``
    rows). A whole video in one batch plus `finish` is `context_inputs`.
    """

    def __init__(self, context):
        self.context = context
        self.features, _ = REPRESENTATIONS[context.representation]
        self.last = None  # the last frame seen, as a 64x64 image
        self.held = None  # feature rows still needed by later windows

    def push(self, frames):
        """Add frames; return the rows that are complete.

        Parameters
        ----------
        frames : np.ndarray [shape=(n, 4096)]

        Returns
        -------
        rows : np.ndarray [shape=(m, window * features), dtype=float32]
        """
        images = np.asarray(frames, np.float32).reshape(-1, FRAME_SIDE, FRAME_SIDE)
        if not len(images):
            return self._windows(np.zeros((0, REPRESENTATIONS[self.context.representation][1]),
                                          np.float32))
        if self.last is None:  # the first frame stands in for the K before the video
            pad = max(self.context.window - 1 - self.context.latency, 0)
            images = np.concatenate([np.repeat(images[:1], pad, axis=0), images])
            self.last = images[0]
        feats = self.features(images, self.last).astype(np.float32)
        self.last = images[-1]
        return self._windows(feats)

    def finish(self):
        """The last ``latency`` rows, their windows filled with the last frame.

        Returns
        -------
        rows : np.ndarray [shape=(latency, window * features), dtype=float32]
        """
        if self.last is None or not self.context.latency:
            return self.push(np.zeros((0, FRAME_SIZE), np.float32))
        return self.push(np.repeat(self.last.reshape(1, FRAME_SIZE), self.context.latency,
                                   axis=0))

    def _windows(self, feats):
        held = feats if self.held is None else np.concatenate([self.held, feats])
        w = self.context.window
        n = max(len(held) - w + 1, 0)
        rows = np.concatenate([held[i:i + n] for i in range(w)], axis=1) if n else \
            np.zeros((0, held.shape[1] * w), np.float32)
        self.held = held[n:]
        return rows


def context_inputs(frames, context):
    """The window rows of one whole video.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    context : Context

    Returns
    -------
    rows : np.ndarray [shape=(n, window * features), dtype=float32]
        row t holds the features of frames t-K..t+K (causal: t-K..t).
    """
    windows = ContextWindows(context)
    return np.concatenate([windows.push(frames), windows.finish()])


def sound_context(targets, m):
    """The m rows before each row, most recent first (zeros before the start).

    Parameters
    ----------
    targets : np.ndarray [shape=(n, width)]
        one video's target rows.
    m : int >= 0

    Returns
    -------
    previous : np.ndarray [shape=(n, m * width), dtype=float32]
    """
    n, width = targets.shape
    padded = np.concatenate([np.zeros((m, width), np.float32),
                             np.asarray(targets, np.float32)])
    return np.concatenate([padded[m - k: m - k + n] for k in range(1, m + 1)], axis=1) \
        if m else np.zeros((n, 0), np.float32)


class BrainInput:
    """A brain run on a stream of frames: windows built, sound fed back, scaling applied.

    Parameters
    ----------
    net : dbn.network.Network
        its ``meta`` (`dbn.brain.BrainRecord`) says what it sees and how its
        inputs were scaled in training; a 2015 brain sees each frame alone,
        unscaled.

    Notes
    -----
    `predict` returns the outputs of the frames whose window is complete;
    `finish` returns the last ``context.latency`` ones. A sound-context
    brain runs frame by frame, each output joining the next input.
    """

    def __init__(self, net):
        self.net = net
        self.context = net.meta.context
        scaling = net.meta.scaling
        self.mean, self.scale = (None, None) if not scaling else (
            np.asarray(scaling.mean, net.dtype), np.asarray(scaling.scale, net.dtype))
        out = net.meta.output_scaling
        self.out_mean, self.out_scale = (None, None) if not out else (
            np.asarray(out.mean, net.dtype), np.asarray(out.scale, net.dtype))
        self.windows = None if self.context.plain else ContextWindows(self.context)
        self.state = np.zeros(self.context.sound * net.sizes[-1], net.dtype)

    def predict(self, frames):
        """Outputs for the frames whose windows are complete.

        Parameters
        ----------
        frames : np.ndarray [shape=(n, 4096)]
            the next frames of one video.

        Returns
        -------
        out : np.ndarray [shape=(m, n_out), dtype=the brain's]
            m = n once the first ``latency`` frames have passed.
        """
        return self._run(frames if self.windows is None else self.windows.push(frames))

    def finish(self):
        """The outputs still owed at the end of the video.

        Returns
        -------
        out : np.ndarray [shape=(latency, n_out)]
        """
        if self.windows is None:
            return np.zeros((0, self.net.sizes[-1]), self.net.dtype)
        return self._run(self.windows.finish())

    def _run(self, rows):
        rows = np.asarray(rows, self.net.dtype)
        if not self.context.sound:
            return self._unscaled(self.net.predict(self._scaled(rows)))
        width = self.net.sizes[-1]
        out = np.zeros((len(rows), width), self.net.dtype)
        for t, row in enumerate(rows):
            out[t] = self._unscaled(self.net.predict(self._scaled(np.concatenate(
                [row, self.state]))))[0]
            self.state = np.concatenate([out[t], self.state[:-width]])
        return out

    def _unscaled(self, y):
        return y if self.out_mean is None else y * self.out_scale + self.out_mean

    def _scaled(self, x):
        return x if self.mean is None else (x - self.mean) / self.scale
