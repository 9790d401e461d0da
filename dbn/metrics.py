"""Model-free audio metrics and the baselines a brain must beat.

Metrics (estimate ``x`` against reference ``y``, mono float, same rate)
- `log_spectral_distance`, `spectral_convergence`, `multires_stft_distance`
- `envelope_correlation`: per-frame RMS envelopes, Pearson r.
- `buzz_index`: energy at the 30 Hz frame-rate harmonics against their
  neighbours, in dB (2015's block edges make it high).
- `onset_f1`: librosa onsets matched within 50 ms (mir_eval's F-measure).
- `motion_energy`: correlation of frame-to-frame motion with audio energy,
  at lag 0 and at the best lag.
- `pitch_track`, `pitch_scores`: f0 and voicing per frame (librosa's pyin),
  and the pitch error in cents and voicing agreement of two signals.
- `level_difference`: the overall level against the reference's, in dB.
- `intelligibility`: STOI and ESTOI (pystoi).

Baselines (735 samples per frame, in [-1, 1])
- `silence`, `mean_row`, `nearest_neighbour`, `voice_sonification`.
- `position_prior`: loudness by position in the clip, the video unseen.
- `loudness_oracle`: noise shaped by the true loudness (an oracle floor: it
  looks at the answer, so it is no baseline).
"""
import collections
import functools
import hashlib
import warnings

import librosa
import numpy as np

from .features import RATE, ROW, peak_normalise
from .harmonic import pyin

EPS = 1e-10


def _remembered(fn):
    """Remember ``fn``'s last few results by the bytes of its first argument: each
    signal is scored against the same reference, whose pitch and onsets are slow."""
    memo = collections.OrderedDict()

    @functools.wraps(fn)
    def wrapper(x, *args, **kw):
        x = np.asarray(x, np.float64)
        key = (hashlib.sha1(x.tobytes()).hexdigest(), args, tuple(sorted(kw.items())))
        if key not in memo:
            memo[key] = fn(x, *args, **kw)
            if len(memo) > 8:
                memo.popitem(last=False)
        return memo[key]
    return wrapper


def _mag(x, n_fft, hop):
    return np.abs(librosa.stft(x, n_fft=n_fft, hop_length=hop))  # x: float64, from _match


def _match(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], np.float64)


def log_spectral_distance(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def spectral_convergence(x, y, *, n_fft=1024, hop=256):
    """|| |Y| - |X| ||_F / || |Y| ||_F of the STFT magnitudes.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
        estimate and reference (cut to the shorter one).
    n_fft, hop : int > 0

    Returns
    -------
    sc : float >= 0
        0 for identical signals, 1 for silence against any reference.
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def multires_stft_distance(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
    """Mean over resolutions of spectral convergence + mean |log|Y| - log|X||.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
    resolutions : sequence of (n_fft, hop)

    Returns
    -------
    distance : float >= 0
    """
    x, y = _match(x, y)
    total = 0.0
    for n_fft, hop in resolutions:
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def frame_rms(x, row=ROW):
    """RMS of each row-long block (the last zero-padded).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    row : int > 0

    Returns
    -------
    rms : np.ndarray [shape=(ceil(n / row),), dtype=float64]
    """
    x = np.asarray(x, np.float64)
    pad = np.zeros(-len(x) % row)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def _pearson(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def envelope_correlation(x, y, row=ROW):
    """Pearson r of the per-frame RMS envelopes of x and y.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
    row : int > 0
        samples per frame.

    Returns
    -------
    r : float in [-1, 1]
        0 when either envelope is constant.
    """
    x, y = _match(x, y)
    return _pearson(frame_rms(x, row), frame_rms(y, row))


def level_difference(x, y):
    """How much louder x is than y over the whole signal, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    db : float or None
        20 log10(rms(x) / rms(y)); None when either is silent.
    """
    x, y = _match(x, y)
    rx, ry = np.sqrt(np.mean(x ** 2)), np.sqrt(np.mean(y ** 2))
    return float(20 * np.log10(rx / ry)) if rx > 0 and ry > 0 else None


def intelligibility(x, y, sr=RATE):
    """STOI and extended STOI of x against the clean reference y (pystoi).

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
    sr : int > 0
        pystoi resamples to 10 kHz itself.

    Returns
    -------
    scores : dict
        stoi, estoi: floats (STOI in about [0, 1], ESTOI in about [-1, 1]); None
        when the reference is shorter than pystoi's 30 frames (0.4 s); 0 for a
        silent ``x``.
    """
    from pystoi import stoi

    x, y = _match(x, y)
    if len(y) < 0.4 * sr:
        return {"stoi": None, "estoi": None}
    if not np.any(x):  # pystoi's ESTOI of zeros is rounding noise (+-0.007, by alignment)
        return {"stoi": 0.0, "estoi": 0.0}
    with warnings.catch_warnings():  # pystoi warns when either signal is silent
        warnings.simplefilter("ignore")
        scores = {"stoi": stoi(y, x, sr), "estoi": stoi(y, x, sr, extended=True)}
    # the same signals give ESTOIs 1e-14 apart (numpy's sums depend on memory alignment):
    # rounded, a deterministic render has no spread over render seeds
    return {k: round(float(v), 9) for k, v in scores.items()}


def buzz_index(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
    """Energy at the frame-rate harmonics against their neighbourhoods, in dB.

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int
    fps : float
        the block rate whose edges buzz (22050 / 735 = 30 in 2015).
    harmonics : int
        k * fps for k = 1..harmonics.

    Returns
    -------
    index : float
        10 log10(mean power at the harmonics / mean power 5-14 Hz beside
        them); about 0 for sound without that buzz. The power is that of
        the Hann-windowed signal's whole-length FFT; "at" a harmonic is the
        mean over the bins within one bin (at least 1 Hz) of it, "beside"
        the mean over the bins 5 to 14 Hz from it, both ends included.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


@_remembered
def onsets(x, sr=RATE, *, cuts=()):
    """Onset times of a signal (librosa's detector), found in each joined piece alone.

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0
    cuts : tuple of int
        sample indices where different pieces were joined (a rotated clip's
        wrap, two clips' meeting). librosa scales onset strength to the
        loudest point of what it is given, so a loud piece would hide a quiet
        neighbour's onsets: each piece is detected on its own and its times
        shifted to where it starts. The first 4 hops (93 ms at 22050 Hz) of
        each piece are left out: there librosa finds an onset in any sound
        that does not start from silence (`WARM_UP_HOPS`).

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds, ascending; empty for silence.
    """
    x = np.asarray(x, np.float64)
    return np.concatenate([np.zeros(0)] + [a / sr + _piece_onsets(x[a:b], sr)
                                           for a, b in _pieces(len(x), cuts)])


def _pieces(n, cuts):
    """The (start, stop) of each piece of ``range(n)`` that ``cuts`` leave.

    Parameters
    ----------
    n : int >= 0
    cuts : iterable of int
        where a new piece starts; those outside (0, n) and repeats are ignored.

    Returns
    -------
    spans : list of (int, int)
        in order, covering 0..n.
    """
    bounds = [0, *sorted({int(c) for c in cuts if 0 < c < n}), n]
    return list(zip(bounds, bounds[1:]))


# librosa's onset strength starts with 3 hops of zeros (lag and centring) before the first
# spectral difference, so any piece that does not start silent "has" an onset 3 hops in
ONSET_HOP, WARM_UP_HOPS = 512, 4


def _piece_onsets(x, sr):
    if not np.any(x):
        return np.zeros(0)
    with warnings.catch_warnings():  # a piece shorter than librosa's window: it pads
        warnings.simplefilter("ignore")
        times = librosa.onset.onset_detect(y=x, sr=sr, hop_length=ONSET_HOP, units="time")
    return times[times >= WARM_UP_HOPS * ONSET_HOP / sr]


def onset_f1(est, ref, *, tolerance=0.05):
    """F1 of onset times matched one to one within ``tolerance`` seconds (mir_eval).

    Parameters
    ----------
    est, ref : np.ndarray [shape=(n,)]
        onset times in seconds.
    tolerance : float > 0
        mir_eval's window (its standard 50 ms).

    Returns
    -------
    f1 : float in [0, 1]
        ``mir_eval.onset.f_measure``; 1.0 when both are empty (nothing to
        find, nothing found), where mir_eval says 0.
    """
    import mir_eval  # only the evaluation needs it

    est, ref = np.sort(np.asarray(est, np.float64)), np.sort(np.asarray(ref, np.float64))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


PITCH_RANGE = (65.0, 2093.0)  # Hz: C2 to C7, what pyin looks for


@_remembered
def pitch_track(x, sr=RATE, row=ROW, *, cuts=()):
    """f0 and voicing of each row-long frame of a signal (`dbn.harmonic.pyin`).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0
    row : int > 0
        samples per frame (the hop); pyin's window is 2048 samples, centred.
    cuts : tuple of int
        sample indices, multiples of ``row``, where different pieces were
        joined: each piece is tracked alone, so that no window (and no step
        of pyin's HMM) reaches across a join.

    Returns
    -------
    f0 : np.ndarray [shape=(ceil(n / row),), dtype=float64]
        Hz; nan where unvoiced.
    voiced : np.ndarray [shape=(ceil(n / row),), dtype=bool]
    """
    x = np.asarray(x, np.float64)
    if any(c % row for c in cuts):
        raise ValueError(f"cuts must fall on frame starts (multiples of {row})")
    tracks = [_piece_pitch(x[a:b], sr, row) for a, b in _pieces(len(x), cuts)]
    return tuple(np.concatenate(t) for t in zip(*tracks))


def _piece_pitch(x, sr, row):
    n = -(-len(x) // row)
    if not np.any(x):
        return np.full(n, np.nan), np.zeros(n, bool)
    f0, voiced = pyin(x, sr, row, *PITCH_RANGE)
    at = np.minimum(np.arange(n), len(f0) - 1)  # pyin's frame i is centred on sample i * row
    return np.where(voiced[at], f0[at], np.nan), voiced[at]


def pitch_scores(x, y, sr=RATE, row=ROW, *, cuts=()):
    """How the pitch of ``x`` follows that of reference ``y``, frame by frame.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
        estimate and reference (cut to the shorter one).
    sr, row : int > 0
    cuts : tuple of int
        sample indices where pieces were joined (`pitch_track`).

    Returns
    -------
    scores : dict
        pitch_error_cents: the median |1200 log2(f_x / f_y)| over the frames
        both voice (None when there are none); pitch_within_50c: the share of
        the reference's voiced frames where x is voiced within 50 cents;
        voicing_agreement: the share of frames where both are voiced or both
        are not.
    """
    x, y = _match(x, y)
    fx, vx = pitch_track(x, sr, row, cuts=cuts)
    fy, vy = pitch_track(y, sr, row, cuts=cuts)
    both = vx & vy
    error = 1200 * np.abs(np.log2(fx[both] / fy[both]))
    close = np.zeros(len(vy), bool)
    close[both] = error <= 50
    return {"pitch_error_cents": float(np.median(error)) if both.any() else None,
            "pitch_within_50c": float(close[vy].mean()) if vy.any() else None,
            "voicing_agreement": float(np.mean(vx == vy))}


def loudness_oracle(y, rng, row=ROW):
    """Oracle floor: white noise as loud as the reference in each frame.

    It looks at the answer (the real audio's loudness), so it is no baseline:
    a brain that only knows when and how loud sounds should be, and nothing
    of what they are, would sound like this.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)]
        the reference.
    rng : np.random.Generator
    row : int > 0

    Returns
    -------
    audio : np.ndarray [shape=(n,), dtype=float64]
    """
    env = frame_rms(y, row)
    noise = rng.standard_normal((len(env), row)) * env[:, None]
    return noise.ravel()[:len(y)]


def motion(frames, cuts=()):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    cuts : tuple of int
        frame indices where pieces were joined: such a frame follows no frame
        of its own piece.

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame and for each frame at a cut.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    m = np.concatenate([[0.0], diff])
    for a, _ in _pieces(len(m), cuts):
        m[a] = 0.0
    return m


def motion_energy(frames, x, *, row=ROW, max_lag=15, cuts=()):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).
    cuts : tuple of int
        frame indices where pieces were joined: no frame's motion is paired
        with another piece's sound, and a cut is no motion (`motion`).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames, cuts)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    piece = np.zeros(n, int)
    for k, (a, b) in enumerate(_pieces(n, cuts)):
        piece[a:b] = k
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        t = np.arange(max(0, -lag), n - max(0, lag))  # m[t] beside e[t + lag]
        t = t[piece[t] == piece[t + lag]]
        if len(t) > 2:
            rs[lag] = _pearson(m[t], e[t + lag])
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs[0], rs[best], best


def silence(n_frames, row=ROW):
    """Baseline: zeros for n frames.

    Returns
    -------
    audio : np.ndarray [shape=(n_frames * row,), dtype=float64]
    """
    return np.zeros(n_frames * row)


def mean_row(train_rows, n_frames):
    """Baseline: the mean training row, repeated for every frame.

    Parameters
    ----------
    train_rows : np.ndarray [shape=(m, 735)]
        the training audio, one row per frame, in [-1, 1].
    n_frames : int

    Returns
    -------
    audio : np.ndarray [shape=(n_frames * 735,), dtype=float64]
    """
    return np.tile(np.asarray(train_rows, np.float64).mean(axis=0), n_frames)


def nearest_neighbour(train_frames, train_rows, frames):
    """Baseline: each frame plays the audio row of its nearest training frame.

    Parameters
    ----------
    train_frames : np.ndarray [shape=(m, 4096)]
    train_rows : np.ndarray [shape=(m, 735)]
        in [-1, 1].
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    audio : np.ndarray [shape=(n * 735,), dtype=float64]
    """
    A = np.asarray(train_frames, np.float64)
    B = np.asarray(frames, np.float64)
    d = (A ** 2).sum(1)[None] - 2 * B @ A.T  # |b - a|^2 less |b|^2, the same for every a
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def position_prior(train_envelopes, lengths, rng, row=ROW):
    """Baseline that never looks at the video: loudness by position in the clip.

    Every GRID clip runs silence, speech, silence at about the same times,
    so on whole clips the average loudness at each frame position already
    follows the real envelope; on clips whose timing is unpredictable
    (rotated, joined in random order) it should not.

    Parameters
    ----------
    train_envelopes : list of np.ndarray [shape=(m_i,)]
        per-frame RMS of each training clip, from its first frame.
    lengths : list of int
        the frames of each test clip, in the order they are joined.
    rng : np.random.Generator
        the noise the envelope shapes.

    Returns
    -------
    audio : np.ndarray [shape=(sum(lengths) * row,), dtype=float64]
        white noise whose RMS in frame j of each clip is the training clips'
        mean RMS at position j (positions past the longest clip: the last).
    """
    longest = max(map(len, train_envelopes))
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def voice_frequencies(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, low, n_rows)


def voice_sonification(frames, *, sr=RATE, row=ROW):
    """Baseline: a vOICe-style sonification of each 64x64 frame.

    Within each frame's 735 samples the 64 columns are scanned left to
    right; each image row drives a sine (continuous phase) whose frequency
    falls from 5 kHz (top) to 500 Hz (bottom), with the pixel's brightness
    as amplitude.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    audio : np.ndarray [shape=(n * 735,)]
        peak-normalised.
    """
    images = np.asarray(frames, np.float64).reshape(-1, 64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)
