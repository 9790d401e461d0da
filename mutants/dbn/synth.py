"""Generated videos whose right sound is known: the write-up's thought experiment.

- `pluck_strikes`: when a ball strikes a string, and how high it flies.
- `ball_heights`: where the ball is in each frame.
- `pluck_envelope`: the loudness of the rings at given times.
- `write_pluck`: the video with its audio (PyAV).

A ball bounces on a string: it strikes at random times, flies up in an arc
of random height and comes down exactly on the next strike. Each strike
rings a tone that decays over about a second. No single frame tells
whether a tone is ringing or how loud it is: the ball at one height may be
rising just after a strike (loud) or falling long after one (faint), and
the arcs' heights are random. A few frames do tell: the direction of
motion and how far the ball has come since the string.
"""
import numpy as np

from .atomic import atomic_path
from .errors import ParameterError
from .media import RATE

SIZE = 128  # pixels, square; the pipeline takes 64x64 gray of it
STRING_Y = 104  # the string's row
BALL = 7  # the ball's radius, pixels
DECAY = 0.3  # seconds: a ring falls by 1/e every 0.3 s (-29 dB after a second)
TONE = 440.0  # Hz: every strike rings the same string


def pluck_strikes(seconds, rng):
    """Strike times and the heights of the arcs after them.

    Parameters
    ----------
    seconds : float > 0
    rng : np.random.Generator

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; gaps of 0.6-2.4 s, the first within the first second.
    heights : np.ndarray [shape=(k,), dtype=float64]
        the apex of the arc after each strike, in pixels above the string.
    """
    times = [rng.uniform(0.2, 1.0)]
    while times[-1] < seconds:
        times.append(times[-1] + rng.uniform(0.6, 2.4))
    times = np.array(times)
    return times, rng.uniform(20, STRING_Y - 2 * BALL - 4, len(times))


def ball_heights(t, times, heights):
    """The ball's height above the string at times ``t``.

    Parameters
    ----------
    t : np.ndarray [shape=(n,)]
        seconds.
    times, heights : np.ndarray [shape=(k,)]
        from `pluck_strikes`.

    Returns
    -------
    h : np.ndarray [shape=(n,), dtype=float64]
        pixels; a parabola from each strike up to its apex and down onto the
        next strike; before the first strike the ball falls onto it from
        the first apex.
    """
    t = np.asarray(t, np.float64)
    k = np.searchsorted(times, t, side="right") - 1
    start = np.where(k >= 0, times[np.maximum(k, 0)], 2 * times[0] - times[1])
    stop = times[np.minimum(k + 1, len(times) - 1)]
    stop = np.where(k + 1 < len(times), stop, start + (times[-1] - times[-2]))
    apex = heights[np.maximum(k, 0)]
    u = np.clip((t - start) / (stop - start), 0, 1)
    return 4 * apex * u * (1 - u)


def pluck_envelope(t, times):
    """The rings' combined amplitude envelope at times ``t``.

    Parameters
    ----------
    t : np.ndarray [shape=(n,)]
        seconds.
    times : np.ndarray [shape=(k,)]

    Returns
    -------
    env : np.ndarray [shape=(n,), dtype=float64]
        the amplitude of the sum of the rings: each strike k before t adds a
        440 Hz sine of amplitude 0.5 exp(-(t - t_k) / 0.3) starting at t_k,
        so the rings add as phasors, |sum_k a_k exp(-2 pi i 440 t_k)|.
    """
    t = np.asarray(t, np.float64)[:, None]
    since = t - times[None, :]
    amps = 0.5 * np.exp(-np.maximum(since, 0) / DECAY) * (since >= 0)
    return np.abs((amps * np.exp(-2j * np.pi * TONE * times[None, :])).sum(axis=1))


def _frame(height):
    """One gray picture: the string, and the ball resting ``height`` above it."""
    yy, xx = np.mgrid[:SIZE, :SIZE]
    img = np.zeros((SIZE, SIZE), np.uint8)
    img[STRING_Y:STRING_Y + 2, 8:SIZE - 8] = 200
    cy = STRING_Y - BALL - height
    img[(yy - cy) ** 2 + (xx - SIZE / 2) ** 2 <= BALL ** 2] = 255
    return img


def write_pluck(path, *, seconds=20.0, seed=0, fps=25):
    """Write the pluck video with its audio.

    Parameters
    ----------
    path : str
        .mp4 (H.264 + AAC) or .mkv (FFV1 + 16-bit PCM), written atomically.
    seconds : float > 0
    seed : int
    fps : int > 0

    Returns
    -------
    strikes : np.ndarray [shape=(k,), dtype=float64]
        the strike times in seconds (those before the end).
    """
    import av

    if not seconds > 0:
        raise ParameterError(f"--seconds must be > 0, got {seconds}")
    times, heights = pluck_strikes(seconds, np.random.default_rng(seed))
    n_frames = int(round(seconds * fps))
    t = np.arange(int(round(seconds * RATE))) / RATE
    since = t[:, None] - times[None, :]
    audio = (0.5 * np.exp(-np.maximum(since, 0) / DECAY) * (since >= 0)
             * np.sin(2 * np.pi * TONE * np.maximum(since, 0))).sum(axis=1)
    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    mp4 = str(path).lower().endswith(".mp4")
    with atomic_path(path) as tmp, av.open(tmp, "w", format="mp4" if mp4 else "matroska") \
            as out:
        v = out.add_stream("libx264" if mp4 else "ffv1", rate=fps)
        v.width = v.height = SIZE
        v.pix_fmt = "yuv420p"
        if mp4:
            v.options = {"crf": "10"}  # nearly lossless: the ball's edges stay sharp
        a = out.add_stream("aac" if mp4 else "pcm_s16le", rate=RATE, layout="mono")
        for i, h in enumerate(ball_heights((np.arange(n_frames) + 0.5) / fps, times,
                                           heights)):
            frame = av.VideoFrame.from_ndarray(_frame(h), format="gray")
            frame.pts = i
            out.mux(v.encode(frame.reformat(format="yuv420p")))
        out.mux(v.encode(None))
        for j in range(0, len(pcm), 1024):
            af = av.AudioFrame.from_ndarray(pcm[None, j:j + 1024], format="s16", layout="mono")
            af.sample_rate, af.pts = RATE, j
            out.mux(a.encode(af))
        out.mux(a.encode(None))
    return times[times < seconds]
