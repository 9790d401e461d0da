"""Renderers of raw-PCM brains: raw (videosonify.py), windowed, ola.

- `raw`: each row x -> 2x - 1, back to back (the 2015 default).
- `windowed`: videosonify2.py's Hann-windowed, noise-jittered overlap.
- `ola`: a clean Hann overlap-add of the rows (new; no 30 Hz edges).

Each takes an iterator of prediction batches (or, for windowed, frame
batches and the network) and yields blocks of float64 samples, so memory
stays flat in the video's length.
"""
import numpy as np

from ..features import ROW


def raw(predictions):
    """videosonify.py: rows mapped 2x - 1 and written back to back.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 735)]

    Yields
    ------
    samples : np.ndarray [shape=(batch * 735,), dtype=the predictions' dtype]
        float32 for a float32 brain, as 2015's arithmetic left it (so its
        wav writer scaled it in single precision).
    """
    for Y in predictions:
        yield (2 * np.asarray(Y) - 1).ravel()


def windowed(frame_batches, net, np_rng, py_rng):
    """videosonify2.py: out.wav and the jittered overlap-add wout.wav.

    Per frame, three predictions in this order: the frame, the frame plus
    Normal(0, 0.1) noise, the frame plus Normal(-0.05, 0.1) noise (4096
    numpy draws each, the noisy inputs not clipped); each is mapped 2x - 1
    and multiplied by ``np.hanning(735)`` in the brain's dtype (in place,
    as 2015). Block i adds its first to a float64 buffer of 735 * (n + 2)
    zeros at start = (i + 1) * 735, on top of the previous block's jittered
    copies, and adds its second at start + offset and start + offset - 735,
    with offset = int(367 + (u - 0.5) * 73), u from Python's
    ``random.random()``. The third is computed (its draws happen) and never
    used.

    Parameters
    ----------
    frame_batches : iterable of np.ndarray [shape=(batch, 4096)]
    net : Network
    np_rng : np.random.RandomState
    py_rng : random.Random

    Yields
    ------
    out, wout : np.ndarray [dtype=the brain's dtype], np.ndarray [dtype=float64]
        the next samples of out.wav and of wout.wav.
    """
    window = np.hanning(ROW)
    buf = np.zeros(3 * ROW + 405)  # wout samples from `done` on, not yet final
    done = 0  # absolute index of buf[0]
    i = 0
    for frames in frame_batches:
        frames = np.asarray(frames, np.float64)
        # one call draws what 2015's two calls per frame drew, in the same order
        z = np_rng.standard_normal((len(frames), 2, frames.shape[1]))
        inputs = np.stack([frames, frames + 0.1 * z[:, 0], frames + (-0.05 + 0.1 * z[:, 1])],
                          axis=1)
        p = 2 * net.predict(inputs.reshape(-1, frames.shape[1])) - 1
        p = p.reshape(len(frames), 3, ROW)
        p *= window
        for first, second, _ in p:
            start = (i + 1) * ROW - done
            offset = int(367 + (py_rng.random() - 0.5) * 73)
            buf[start:start + ROW] += first
            buf[start + offset:start + offset + ROW] += second
            buf[start + offset - ROW:start + offset] += second
            i += 1
            # later blocks write from (i + 1) * 735 + 330 - 735 on: all before is final
            ready, buf = buf[:ROW].copy(), np.concatenate([buf[ROW:], np.zeros(ROW)])
            done += ROW
            yield first, ready
    yield np.zeros(0, net.dtype), buf[: ROW * (i + 2) - done].copy()


def ola_window():
    """The periodic Hann window of `ola`.

    Returns
    -------
    w : np.ndarray [shape=(735,), dtype=float64]
    """
    return np.hanning(ROW + 1)[:-1]


def ola(predictions):
    """Clean overlap-add: each row as two Hann grains, half a row apart.

    Row i (mapped 2x - 1) is windowed by a periodic 735-point Hann window
    and added at i * 735 and at i * 735 + 368, so consecutive rows
    cross-fade instead of meeting at a step (2015's 30 Hz buzz); the sum
    is divided by the sum of the windows, which keeps the level of the
    rows. Output is as long as raw's, plus one half-row tail.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 735)]

    Yields
    ------
    samples : np.ndarray [dtype=float64]
    """
    w = ola_window()
    half = (ROW + 1) // 2
    acc = np.zeros(ROW + half)
    norm = np.zeros(ROW + half)
    for Y in predictions:
        for row in 2 * np.asarray(Y, np.float64) - 1:
            for shift in (0, half):
                acc[shift:shift + ROW] += w * row
                norm[shift:shift + ROW] += w
            yield _divide(acc[:ROW], norm[:ROW])
            acc = np.concatenate([acc[ROW:], np.zeros(ROW)])
            norm = np.concatenate([norm[ROW:], np.zeros(ROW)])
    yield _divide(acc[:half], norm[:half])


def _divide(acc, norm):
    return np.divide(acc, norm, out=np.zeros_like(acc), where=norm > 1e-12)
