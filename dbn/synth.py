"""Generated videos whose right sound is known: the write-up's thought experiment.

In the pluck, motion tells the sound; in the theremin and the lights, the
picture itself does (where the disc is, which lamp is lit), frame by frame.

- `pluck_strikes`: when a ball strikes a string, and how high it flies.
- `ball_heights`: where the ball is in each frame.
- `pluck_envelope`: the loudness of the rings at given times.
- `write_pluck`: the video with its audio (PyAV).
- `theremin_path`, `theremin_pitch`, `write_theremin`: a disc whose height sets
  a tone's pitch (220-880 Hz) and whose presence sets whether it sounds.
- `lights_notes`, `write_lights`: four lamps; the lit one sets the note (C4 E4
  G4 C5), none lit is silence.
- `SCENES`: the scenes ``dbn synth`` makes, by name.
- `mux_audio`: mono PCM into an open PyAV container.

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
THEREMIN_LOW = 220.0  # Hz: the theremin disc at the bottom; 880 Hz at the top
LIGHT_NOTES = (261.63, 329.63, 392.00, 523.25)  # Hz: C4 E4 G4 C5, lamps left to right


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
    _check_seconds(seconds)
    times, heights = pluck_strikes(seconds, np.random.default_rng(seed))
    n_frames = int(round(seconds * fps))
    t = np.arange(int(round(seconds * RATE))) / RATE
    since = t[:, None] - times[None, :]
    audio = (0.5 * np.exp(-np.maximum(since, 0) / DECAY) * (since >= 0)
             * np.sin(2 * np.pi * TONE * np.maximum(since, 0))).sum(axis=1)
    pictures = (_frame(h) for h in ball_heights((np.arange(n_frames) + 0.5) / fps, times,
                                                 heights))
    _write(path, pictures, audio, fps)
    return times[times < seconds]


def theremin_path(seconds, rng, fps):
    """Where the theremin scene's disc is, frame by frame, and whether it is there.

    Parameters
    ----------
    seconds : float > 0
    rng : np.random.Generator
    fps : int > 0

    Returns
    -------
    height : np.ndarray [shape=(n_frames,), dtype=float64]
        the disc's height in [0, 1] (0: bottom, 1: top), gliding smoothly between
        random heights every 0.5-2 s.
    present : np.ndarray [shape=(n_frames,), dtype=bool]
        the disc is in the picture (it leaves for 0.3-1.5 s at random times).
    """
    n = int(round(seconds * fps))
    knots, t = [0.0], 0.0
    while t < seconds:
        t += rng.uniform(0.5, 2.0)
        knots.append(t)
    levels = rng.uniform(0, 1, len(knots))
    centres = (np.arange(n) + 0.5) / fps
    height = np.interp(centres, knots, levels)
    present, t = np.ones(n, bool), rng.uniform(1.0, 3.0)
    while t < seconds:
        gone = rng.uniform(0.3, 1.5)
        present[(centres >= t) & (centres < t + gone)] = False
        t += gone + rng.uniform(1.0, 3.0)
    return height, present


def theremin_pitch(height):
    """Hz: the tone a disc at ``height`` (0..1) sounds: two octaves, 220 to 880 Hz."""
    return THEREMIN_LOW * 4.0 ** np.asarray(height, np.float64)


def write_theremin(path, *, seconds=20.0, seed=0, fps=25):
    """Write the theremin scene: a disc's height sets the pitch, its presence the sound.

    Parameters
    ----------
    path : str
        .mp4 or .mkv (see `write_pluck`).
    seconds : float > 0
    seed : int
    fps : int > 0

    Returns
    -------
    height, present : np.ndarray [shape=(n_frames,)]
        see `theremin_path`; frame i sounds `theremin_pitch` (height[i]) at
        amplitude 0.5 while present[i], else silence (5 ms fades).
    """
    _check_seconds(seconds)
    height, present = theremin_path(seconds, np.random.default_rng(seed), fps)
    k = _sample_frames(seconds, fps, len(height))
    f = np.interp(np.arange(len(k)) * fps / RATE - 0.5, np.arange(len(height)),
                  theremin_pitch(height))  # the pitch glides between frame centres
    gain = _faded(present[k].astype(np.float64))
    audio = 0.5 * gain * np.sin(2 * np.pi * np.cumsum(f) / RATE)
    yy, xx = np.mgrid[:SIZE, :SIZE]
    pictures = (_disc(yy, xx, h) if p else np.zeros((SIZE, SIZE), np.uint8)
                for h, p in zip(height, present))
    _write(path, pictures, audio, fps)
    return height, present


def lights_notes(seconds, rng, fps):
    """Which of the lights scene's four lamps is lit, frame by frame (-1: none).

    Parameters
    ----------
    seconds : float > 0
    rng : np.random.Generator
    fps : int > 0

    Returns
    -------
    lit : np.ndarray [shape=(n_frames,), dtype=int64]
        0-3 (left to right), or -1; each state lasts 0.3-1.2 s, a quarter of
        them dark.
    """
    n = int(round(seconds * fps))
    lit, i = np.full(n, -1), 0
    while i < n:
        span = int(rng.uniform(0.3, 1.2) * fps) + 1
        lit[i:i + span] = -1 if rng.random() < 0.25 else int(rng.integers(len(LIGHT_NOTES)))
        i += span
    return lit


def write_lights(path, *, seconds=20.0, seed=0, fps=25):
    """Write the lights scene: which of four lamps is lit sets the note that plays.

    Parameters
    ----------
    path : str
        .mp4 or .mkv (see `write_pluck`).
    seconds : float > 0
    seed : int
    fps : int > 0

    Returns
    -------
    lit : np.ndarray [shape=(n_frames,), dtype=int64]
        see `lights_notes`; lamp k sounds `LIGHT_NOTES` [k] at amplitude 0.5
        while lit, none sounds while all are dark (5 ms fades).
    """
    _check_seconds(seconds)
    lit = lights_notes(seconds, np.random.default_rng(seed), fps)
    k = _sample_frames(seconds, fps, len(lit))
    t = np.arange(len(k)) / RATE
    audio = sum(0.5 * _faded((lit[k] == j).astype(np.float64)) * np.sin(2 * np.pi * f * t)
                for j, f in enumerate(LIGHT_NOTES))
    _write(path, (_lamps(j) for j in lit), audio, fps)
    return lit


def _sample_frames(seconds, fps, n_frames):
    """The frame each audio sample plays during: floor(i fps / 22050), in whole numbers
    (i / (22050 / fps) in floats put some boundary samples a frame early at 19 fps)."""
    return np.minimum(np.arange(int(round(seconds * RATE))) * fps // RATE, n_frames - 1)


def _faded(gate):
    """A 0/1 gate with 5 ms linear fades, so that notes start and stop without clicks."""
    ramp = np.ones(int(0.005 * RATE)) / int(0.005 * RATE)
    return np.convolve(gate, ramp, mode="same")


def _disc(yy, xx, height):
    img = np.zeros((SIZE, SIZE), np.uint8)
    cy = SIZE - 12 - height * (SIZE - 24)
    img[(yy - cy) ** 2 + (xx - SIZE / 2) ** 2 <= 10 ** 2] = 255
    return img


def _lamps(lit):
    img = np.full((SIZE, SIZE), 30, np.uint8)
    for j in range(len(LIGHT_NOTES)):
        x = 8 + j * (SIZE - 16) // len(LIGHT_NOTES)
        img[52:76, x + 4:x + 24] = 255 if j == lit else 70
    return img


def _check_seconds(seconds):
    if not seconds > 0:
        raise ParameterError(f"--seconds must be > 0, got {seconds}")


def _write(path, pictures, audio, fps):
    """Encode gray pictures and mono audio in [-1, 1] (PyAV), atomically."""
    import av

    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    mp4 = str(path).lower().endswith(".mp4")
    with atomic_path(path) as tmp, av.open(tmp, "w", format="mp4" if mp4 else "matroska") \
            as out:
        v = out.add_stream("libx264" if mp4 else "ffv1", rate=fps)
        v.width = v.height = SIZE
        v.pix_fmt = "yuv420p"
        if mp4:
            v.options = {"crf": "10"}  # nearly lossless: the edges stay sharp
        a = out.add_stream("aac" if mp4 else "pcm_s16le", rate=RATE, layout="mono")
        for i, picture in enumerate(pictures):
            frame = av.VideoFrame.from_ndarray(picture, format="gray")
            frame.pts = i
            out.mux(v.encode(frame.reformat(format="yuv420p")))
        out.mux(v.encode(None))
        mux_audio(out, a, pcm, RATE)


def mux_audio(out, stream, pcm, rate):
    """Encode mono PCM into an open PyAV container's audio stream, and flush it.

    Parameters
    ----------
    out : av.container.OutputContainer
    stream : av.audio.stream.AudioStream
        of ``out``, mono.
    pcm : np.ndarray [shape=(n,), dtype=int16]
    rate : int > 0
        the stream's sample rate.
    """
    import av

    for j in range(0, len(pcm), 1024):
        block = av.AudioFrame.from_ndarray(pcm[None, j:j + 1024], format="s16", layout="mono")
        block.sample_rate, block.pts = rate, j
        out.mux(stream.encode(block))
    out.mux(stream.encode(None))


SCENES = {"pluck": write_pluck, "theremin": write_theremin, "lights": write_lights}
