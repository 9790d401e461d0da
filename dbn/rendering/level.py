"""A render brought to a loudness, measured as it plays (new, not 2015's).

A picture does not say how loud a voice is: a brain that has not seen a
speaker predicts a quieter sound than the one it trained on (its log
amplitudes shrink towards their mean). `levelled` scales a stream of blocks
so that what has played so far has the RMS the brain's training audio had.
"""
import numpy as np

SETTLE = 0.5  # seconds played before the gain is first measured
# the gain never exceeds +30 dB (a near-silent start must not explode); an unseen GRID
# speaker's render needed up to +27 dB, which a +20 dB cap left 7 dB short
MOST = 10 ** 1.5


def levelled(blocks, level, rate):
    """Blocks scaled so that their running RMS is ``level``.

    The gain stays 1 until `SETTLE` seconds have played; then it is set to
    level / RMS(everything so far, this block included) at most `MOST`, at
    once the first time and gliding linearly across each block after.

    Parameters
    ----------
    blocks : iterable of np.ndarray [shape=(n,)]
    level : float > 0
        the RMS to bring the render to.
    rate : int > 0
        samples per second.

    Yields
    ------
    block : np.ndarray [shape=(n,), dtype=float64]
    """
    squares, count, gain, measured = 0.0, 0, 1.0, False
    for block in blocks:
        block = np.asarray(block, np.float64)
        squares, count = squares + float(np.sum(block ** 2)), count + len(block)
        if count < SETTLE * rate or squares <= 0 or not len(block):
            yield block * gain
            continue
        new = min(level / np.sqrt(squares / count), MOST)
        start = gain if measured else new
        yield block * (start + (new - start) * np.arange(1, len(block) + 1) / len(block))
        gain, measured = new, True
