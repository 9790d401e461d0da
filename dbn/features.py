"""Frames and audio as arrays, forward and inverse; the 2015 constants.

Constants
- `FRAME_SIDE`, `FRAME_SIZE`: 64 x 64 = 4096 network inputs per frame.
- `ROW`, `RATE`, `FPS`: 735 samples per frame = 22050 Hz / 30 fps (RATE is
  the decoder's, `dbn.media.RATE`).
- `SPECTRAL`, `MEL`: the framing of the spectral and mel targets (each
  variant's record is in `dbn.targets`).

Frames
- `frame_vector`: one BGR frame -> 4096 floats (the only preprocessing).
- `frame_batches`, `video_batches`, `read_frames`: a video's frames (a path or
  an opened `dbn.media.Video`) through `frame_vector`.
- `fft2_magnitudes`, `fft2_frames`: frames -> abs(fft2), and normalised (2015's input).
- `fft2_peak`: the normaliser of `fft2_frames` over batches of frames.

Raw PCM targets
- `pcm_rows`: int16 samples -> rows of 735 values in [0, 1).
- `rows_to_pcm`, `pcm_samples`: the inverse, as int16 and as floats.

Spectral targets (ORIGINAL.md section 3)
- `SPECTRAL`: the variants and their rate, hop, window length.
- `frame_windows`: a signal cut into one zero-padded window per hop.
- `last_window_length`: how short 2015's last window was.
- `spectral_rows`: samples -> the target rows of a spectral variant.
- `spectral_samples`: rows -> samples (inverse FFTs overlap-added, or
  Griffin-Lim for magnitudes alone).

Mel target (new: one row of 80 log-compressed mel magnitudes per frame)
- `MEL`, `mel_basis`, `frame_centres`, `mel_frames`: its filterbank and framing.
- `mel_rows`, `mel_magnitudes`: samples -> rows, and the compression undone.
- `mel_spectra`: rows -> linear magnitudes (the filterbank's pseudo-inverse).
- `mel_samples`: rows -> samples by Griffin-Lim.

The harmonic targets (what a tone is, not its spectrum) are in `dbn.harmonic`.

Helpers
- `peak_normalise`: divide by the peak unless it is 0.
"""
import functools
import math

import cv2
import numpy as np

from .errors import ParameterError
from .media import RATE, decode_batches, video_fps
from .progress import SILENT

FRAME_SIDE = 64
FRAME_SIZE = FRAME_SIDE * FRAME_SIDE  # 4096
FPS = 30  # frames per second 2015 assumed for every video
ROW = RATE // FPS  # 735 audio samples per video frame
BATCH = 256  # frames decoded, and predicted, at a time


def frame_vector(bgr):
    """Turn one decoded frame into the network's input, exactly as 2015.

    OpenCV's BGR->gray (fixed-point 0.299/0.587/0.114), `cv2.resize` to
    64x64 with its default bilinear interpolation on the uint8 image, then
    float32 / 255, flattened row-major.

    Parameters
    ----------
    bgr : np.ndarray [shape=(height, width, 3) or (height, width), dtype=uint8]
        a decoded frame (a gray frame is used as it is).

    Returns
    -------
    x : np.ndarray [shape=(4096,), dtype=float32]
        pixels in [0, 1].
    """
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
    small = cv2.resize(gray, (FRAME_SIDE, FRAME_SIDE))
    return (small.astype(np.float32) / np.float32(255)).reshape(FRAME_SIZE)


def frame_batches(path, *, size=BATCH, stream=None, report=SILENT):
    """A video's frames through `frame_vector`, in batches decoded on a second thread.

    Parameters
    ----------
    path : str or os.PathLike
    size : int > 0
        frames per batch (the last may be shorter).
    stream : int or None
        PyAV index of the video stream (None: the first).
    report : dbn.progress.Report

    Yields
    ------
    batch : np.ndarray [shape=(<= size, 4096), dtype=float32]
    """
    yield from decode_batches(path, frame_vector, size=size, stream=stream, report=report)


def video_batches(video, *, size=BATCH, report=SILENT):
    """An opened `dbn.media.Video`'s frames through `frame_vector`, in batches.

    Parameters
    ----------
    video : dbn.media.Video
    size : int > 0
    report : dbn.progress.Report

    Yields
    ------
    batch : np.ndarray [shape=(<= size, 4096), dtype=float32]
    """
    yield from video.batches(frame_vector, size=size, report=report)


def read_frames(path, *, stream=None, report=SILENT):
    """Decode every frame of a video into one array.

    Parameters
    ----------
    path : str or os.PathLike
    stream : int or None
        PyAV index of the video stream (None: the first).
    report : dbn.progress.Report

    Returns
    -------
    frames : np.ndarray [shape=(n_frames, 4096), dtype=float32]
        gray 64x64 frames in [0, 1], one flattened frame per row.
    fps : float > 0
        the video's real frame rate (2015 assumed 30).
    """
    fps = video_fps(path, stream=stream)
    return np.concatenate(list(frame_batches(path, stream=stream, report=report))), fps


def fft2_magnitudes(frames):
    """abs(fft2) of each 64x64 frame (no fftshift), flattened row-major.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
        frames from `frame_vector`.

    Returns
    -------
    mags : np.ndarray [shape=(n, 4096), dtype=float64]
    """
    images = np.asarray(frames, np.float64).reshape(-1, FRAME_SIDE, FRAME_SIDE)
    return np.abs(np.fft.fft2(images)).reshape(len(images), FRAME_SIZE)


def fft2_peak(batches):
    """The largest `fft2_magnitudes` value over batches of frames (one pass).

    Parameters
    ----------
    batches : iterable of np.ndarray [shape=(k, 4096)]

    Returns
    -------
    peak : float >= 0
    """
    return max((float(fft2_magnitudes(b).max(initial=0.0)) for b in batches), default=0.0)


def fft2_frames(frames):
    """The fft2 input of the stft-both experiment.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    X : np.ndarray [shape=(n, 4096), dtype=float64]
        `fft2_magnitudes`, the whole array divided by its largest value
        (unless that is 0).
    """
    return peak_normalise(fft2_magnitudes(frames))


def pcm_rows(samples, row=ROW):
    """Cut int16 PCM into target rows, as the 2015 pickler did.

    Parameters
    ----------
    samples : np.ndarray [shape=(n_samples,), dtype=int16]
    row : int > 0
        samples per row; 735 = 22050 Hz / 30 fps (2015's value).

    Returns
    -------
    rows : np.ndarray [shape=(ceil(n_samples / row), row), dtype=float32]
        (s + 32768) / 65536, in [0, 1); the last row is padded with 0.0
        (numpy's ``ndarray.resize``, after the mapping, as in 2015).
    """
    samples = np.asarray(samples)
    if samples.ndim != 1:
        raise ParameterError(f"pcm_rows expects 1-d samples, got shape {samples.shape}")
    mapped = ((samples.astype(np.int32) + 32768) / 65536).astype(np.float32)
    n_rows = math.ceil(len(mapped) / row)
    out = np.zeros(n_rows * row, np.float32)
    out[: len(mapped)] = mapped
    return out.reshape(n_rows, row)


def pcm_samples(rows, fps=FPS):
    """The float samples raw rows stand for (2015's renderer's 2y - 1).

    Parameters
    ----------
    rows : np.ndarray [shape=(n, 735)]
        values in [0, 1).
    fps : float
        unused: each row is its own samples at any rate.

    Returns
    -------
    samples : np.ndarray [shape=(n * 735,), dtype=float64]
        in [-1, 1).
    """
    return 2 * np.asarray(rows, np.float64).ravel() - 1


def rows_to_pcm(rows):
    """Invert `pcm_rows` (the padding stays, as -32768).

    Parameters
    ----------
    rows : np.ndarray [shape=(n, row)]
        values in [0, 1).

    Returns
    -------
    samples : np.ndarray [shape=(n * row,), dtype=int16]
    """
    return np.round(np.asarray(rows, np.float64).ravel() * 65536 - 32768).astype(np.int16)


# variant: sample rate, hop and window length of the framing, target width
SPECTRAL = {
    "stft": dict(rate=RATE, hop=ROW, n_fft=1024, width=513),
    "stft-real": dict(rate=30720, hop=1024, n_fft=2048, width=1025),
    "stft-mag": dict(rate=30720, hop=1024, n_fft=2048, width=1025),
    "stft-both": dict(rate=30720, hop=1024, n_fft=2048, width=2050),
}
# the new target a regressor can learn: log-compressed mel magnitudes, one row per
# frame, from a 2048-sample Hann window centred on the middle of the frame, at 22050 Hz
MEL = dict(rate=RATE, bands=80, n_fft=2048, floor=1e-4)
MEL_CEILING = 1.3  # the mel row value of a full-scale sine


def frame_windows(signal, hop, n_fft):
    """One window of ``n_fft`` samples every ``hop`` samples.

    Parameters
    ----------
    signal : np.ndarray [shape=(n,)]
    hop : int > 0
    n_fft : int > 0

    Returns
    -------
    windows : np.ndarray [shape=(ceil(n / hop), n_fft), dtype=float64]
        window i = signal[i * hop : i * hop + n_fft], zero-padded to n_fft.
        2015 cut its last window shorter instead (see `last_window_length`).
    """
    signal = np.asarray(signal, np.float64)
    n = math.ceil(len(signal) / hop)
    padded = np.zeros((n - 1) * hop + n_fft)
    padded[: len(signal)] = signal
    return np.lib.stride_tricks.sliding_window_view(padded, n_fft)[::hop][:n].copy()


def last_window_length(n_samples, hop, n_fft):
    """The length of the last window the 2015 spectral picklers cut.

    They padded the signal to L = hop * ceil(n / hop), then to
    (n_fft + 1) * ceil(L / n_fft), and took numpy's slice
    ``padded[i * hop : i * hop + n_fft]``, which is short at the end
    whenever the row count is even and below 2048 (30720 Hz: clips under
    about 68 s).

    Parameters
    ----------
    n_samples : int > 0
    hop, n_fft : int > 0

    Returns
    -------
    length : int <= n_fft
    """
    n = math.ceil(n_samples / hop)
    padded = (n_fft + 1) * math.ceil(n * hop / n_fft)
    return min(n_fft, padded - (n - 1) * hop)


@functools.lru_cache(maxsize=1)
def mel_basis():
    """The mel filterbank of the mel variant (computed once).

    Returns
    -------
    basis : np.ndarray [shape=(80, 1025), dtype=float64]
        librosa's Slaney mel filters from 0 Hz to 11025 Hz, for 2048-point
        FFTs at 22050 Hz.
    """
    import librosa  # slow to import: only the mel variant needs it

    return librosa.filters.mel(sr=MEL["rate"], n_fft=MEL["n_fft"], n_mels=MEL["bands"],
                               dtype=np.float64)


def frame_centres(n_frames, fps):
    """Where each frame's audio window is centred: the middle of the frame's time.

    Parameters
    ----------
    n_frames : int >= 0
    fps : float > 0
        the frame rate the rows are paired at (the video's with
        ``--fps-correct``, else 2015's 30).

    Returns
    -------
    centres : np.ndarray [shape=(n_frames,), dtype=int64]
        sample indices at 22050 Hz, floor((i + 0.5) * 22050 / fps + 0.5): halves
        round up, so that at 30 fps the centres are exactly 735 apart.
    """
    return np.floor((np.arange(n_frames) + 0.5) * MEL["rate"] / fps + 0.5).astype(np.int64)


def mel_frames(samples, fps, window=None):
    """One Hann-windowed 2048-sample frame per video frame, centred on it.

    Parameters
    ----------
    samples : np.ndarray [shape=(n,), dtype=int16]
        mono PCM at 22050 Hz.
    fps : float > 0
        see `frame_centres`.
    window : np.ndarray [shape=(2048,)] or None
        another window (None: the periodic Hann).

    Returns
    -------
    frames : np.ndarray [shape=(ceil(n * fps / 22050), 2048), dtype=float64]
        frame i covers samples [c_i - 1024, c_i + 1024), zero outside the
        signal, times the window.
    """
    x = np.asarray(samples) / 32768.0
    half = MEL["n_fft"] // 2
    centres = frame_centres(math.ceil(len(x) * fps / MEL["rate"] - 1e-9), fps)
    padded = np.zeros(max(len(x), int(centres[-1]) if len(centres) else 0) + MEL["n_fft"])
    padded[half:half + len(x)] = x
    windows = np.lib.stride_tricks.sliding_window_view(padded, MEL["n_fft"])[centres]
    return windows * (np.hanning(MEL["n_fft"] + 1)[:-1] if window is None else window)


def mel_rows(samples, fps=FPS):
    """Target rows of the mel variant: log-compressed mel magnitudes per frame.

    Parameters
    ----------
    samples : np.ndarray [shape=(n,), dtype=int16]
        mono PCM at 22050 Hz.
    fps : float > 0
        the frame rate rows are paired at (2015's 30 unless ``--fps-correct``).

    Returns
    -------
    rows : np.ndarray [shape=(ceil(n * fps / 22050), 80), dtype=float32]
        log10(max(mel, 1e-4)) / 4 + 1: 0 for silence, 1 for a mel magnitude
        of 1 (`mel_magnitudes` undoes it).
    """
    spectra = np.abs(np.fft.rfft(mel_frames(samples, fps), axis=1))
    mel = spectra @ mel_basis().T
    return (np.log10(np.maximum(mel, MEL["floor"])) / 4 + 1).astype(np.float32)


def mel_magnitudes(rows):
    """Invert the compression of `mel_rows`.

    Parameters
    ----------
    rows : np.ndarray [shape=(n, 80)]

    Returns
    -------
    mel : np.ndarray [shape=(n, 80), dtype=float64]
        mel magnitudes (1e-4 for a row value of 0).
    """
    return 10.0 ** (4 * (np.asarray(rows, np.float64) - 1))


def peak_normalise(a, peak=None):
    """``a / peak``, or ``a`` unchanged when the peak is 0.

    Parameters
    ----------
    a : np.ndarray
    peak : float or None
        None: the largest absolute value of ``a``.

    Returns
    -------
    out : np.ndarray [shape=a.shape]
    """
    peak = np.abs(a).max(initial=0.0) if peak is None else peak
    return a / peak if peak > 0 else a


def spectral_rows(samples, variant):
    """Target rows of a spectral variant (float64, as 2015 wrote them).

    Parameters
    ----------
    samples : np.ndarray [shape=(n,), dtype=int16]
        mono PCM at ``SPECTRAL[variant]["rate"]``.
    variant : {"stft", "stft-real", "stft-mag", "stft-both"}

    Returns
    -------
    rows : np.ndarray [shape=(ceil(n / hop), width), dtype=float64]
        stft: real part of the FFT of each Hann-windowed (symmetric,
        ``np.hanning``) 1024-sample window, bins 0..512; stft-real: real
        part, bins 0..1024, no window; stft-mag: magnitudes; stft-both:
        magnitudes / their max, then phases / their max abs, side by side.
        Each whole array is divided by its largest absolute value. The
        last window of stft-real, stft-mag and stft-both is 2015's short
        slice (`last_window_length`), transformed at its own length; the
        stft variant crashed there in 2015 and zero-pads it instead.
    """
    if variant not in SPECTRAL:
        raise ParameterError(f"unknown spectral variant {variant!r}; "
                             f"choose from {', '.join(SPECTRAL)}")
    spec = SPECTRAL[variant]
    hop, n_fft, half = spec["hop"], spec["n_fft"], spec["n_fft"] // 2 + 1
    windows = frame_windows(np.asarray(samples) / 32768.0, hop, n_fft)
    if variant == "stft":
        windows = windows * np.hanning(n_fft)
    bins = np.fft.fft(windows, axis=1)[:, :half]
    short = last_window_length(len(samples), hop, n_fft)
    if variant != "stft" and short < n_fft:
        bins[-1] = np.fft.fft(windows[-1, :short])[:half]
    if variant in ("stft", "stft-real"):
        return peak_normalise(bins.real)
    mags = peak_normalise(np.abs(bins))
    if variant == "stft-mag":
        return mags
    return np.hstack([mags, peak_normalise(np.angle(bins))])


def spectral_samples(rows, variant):
    """Samples from the target rows of a spectral variant (their plain inverse).

    Parameters
    ----------
    rows : np.ndarray [shape=(n, width)]
    variant : {"stft", "stft-real", "stft-mag", "stft-both"}

    Returns
    -------
    samples : np.ndarray [shape=(m,), dtype=float64]
        at the variant's rate, peak-normalised. stft and stft-real keep only
        the real part of each bin, so their inverse FFTs are the frames' even
        parts; stft-both has the phases; stft-mag, magnitudes alone, is
        inverted by Griffin-Lim (librosa, 32 iterations, seed 0, centred
        frames as the griffinlim mode has them).
    """
    import librosa  # slow to import: only the inverses need it

    spec = SPECTRAL[variant]
    hop, n_fft, half = spec["hop"], spec["n_fft"], spec["n_fft"] // 2 + 1
    rows = np.asarray(rows, np.float64)
    if variant == "stft-mag":  # as the griffinlim mode does; one hop early (librosa centres)
        return peak_normalise(librosa.griffinlim(rows.T, n_iter=32, hop_length=hop, n_fft=n_fft,
                                                 random_state=0))
    bins = rows[:, :half] * np.exp(1j * np.pi * rows[:, half:]) if variant == "stft-both" \
        else rows.astype(complex)
    window = "hann" if variant == "stft" else "boxcar"
    return peak_normalise(librosa.istft(bins.T, hop_length=hop, n_fft=n_fft, window=window,
                                        center=False))


def mel_spectra(rows, ceiling=MEL_CEILING):
    """Linear magnitudes from mel rows: the filterbank's pseudo-inverse, clipped at 0.

    Parameters
    ----------
    rows : np.ndarray [shape=(n, 80)]
        mel target rows (`mel_rows`).
    ceiling : float
        rows are clipped to [0, ceiling] first (a brain records its training
        targets' largest value): the compression's inverse is exponential,
        and a brain shown something unlike its training (a scene cut) may
        predict far louder than anything it ever heard.

    Returns
    -------
    spectra : np.ndarray [shape=(n, 1025), dtype=float64]
    """
    mel = mel_magnitudes(np.clip(rows, 0, ceiling))
    return np.maximum(mel @ _mel_inverse(), 0)


@functools.lru_cache(maxsize=1)
def _mel_inverse():
    return np.linalg.pinv(mel_basis()).T  # (80, 1025), once: live renders call per frame


def mel_samples(rows, fps=FPS, *, ceiling=MEL_CEILING, n_iter=32, seed=0):
    """Samples from mel rows by Griffin-Lim on their linear magnitudes.

    Parameters
    ----------
    rows : np.ndarray [shape=(n, 80)]
    fps : float > 0
        the frame rate the rows are paired at (22050 / fps samples apart).
    ceiling : float
        see `mel_spectra`.
    n_iter : int > 0
    seed : int or None

    Returns
    -------
    samples : np.ndarray [shape=(m,), dtype=float64]
        22050 Hz, peak-normalised.
    """
    import librosa

    hop = int(round(MEL["rate"] / fps))
    return peak_normalise(librosa.griffinlim(mel_spectra(rows, ceiling).T, n_iter=n_iter,
                                             hop_length=hop, n_fft=MEL["n_fft"],
                                             random_state=seed))
