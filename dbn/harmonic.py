"""The harmonic targets: what a sound is (a tone and a noise), not its spectrum.

New, not 2015's. In the manner of DDSP (Engel et al., 2020), each frame's
sound is described by the parameters of a synthesiser rather than by its
spectrum, so that a regressor's smooth output is a steady sound and the
renderer has no phase to guess.

- `HARMONIC`, `NOISE_BANDS`: the pitch range, the harmonics, the noise bands.
- `harmonic_rows`: samples -> per frame: voiced, pitch, harmonic amplitudes
  (the ``harmonic`` variant, 26 columns).
- `noise_rows`: samples -> per frame: the level of what is not harmonic in
  each of 16 bands.
- `voice_rows`: both side by side (the ``harmonic-noise`` variant, 42 columns).
- `harmonic_bank`: rows of either kind -> samples by a bank of oscillators
  (each harmonic's phase carried) and filtered noise, streaming;
  `harmonic_samples`: all at once.
"""
import functools

import numpy as np

from .features import FPS, RATE, frame_centres, mel_frames

# per frame, whether it is voiced, its pitch on a log scale between fmin and fmax,
# and the log-compressed amplitudes of its first 24 harmonics
HARMONIC = dict(rate=RATE, fmin=65.0, fmax=1047.0, harmonics=24, n_fft=2048, floor=1e-4)
NOISE_BANDS = 16  # mel-spaced from 0 Hz to 11025 Hz
# a room's quiet is 1e-5 to 1e-4 in a band: the noise goes two decades deeper than a tone
NOISE_FLOOR = 1e-6
# the noise is measured through a window whose sidelobes (-92 dB) do not hide it under
# a tone's; its main lobe spans +-4 bins
_MASK_BINS = 5


def _pitch_scale(f0):
    lo, hi = HARMONIC["fmin"], HARMONIC["fmax"]
    return np.log2(np.asarray(f0, np.float64) / lo) / np.log2(hi / lo)


def _pitch_hz(v):
    lo, hi = HARMONIC["fmin"], HARMONIC["fmax"]
    return lo * (hi / lo) ** np.clip(np.asarray(v, np.float64), 0, 1)


def _compress(a, floor=HARMONIC["floor"]):
    """Amplitudes in [floor, 1] -> [0, 1] on a log scale."""
    decades = -np.log10(floor)
    return np.log10(np.maximum(a, floor)) / decades + 1


def _expand(v, floor=HARMONIC["floor"]):
    """The compression undone, its floor (a row value of 0) made silence."""
    decades = -np.log10(floor)
    return np.maximum(10.0 ** (decades * (np.asarray(v, np.float64) - 1)) - floor, 0)


def pyin(x, sr, hop, fmin, fmax):
    """f0 and voicing by librosa's pyin, noise not taken for a voice.

    pyin's HMM marks frames voiced whose voiced probability is its floor for
    a frame without any periodicity (0.01; librosa issue #1824): white noise
    came out 77% voiced. A frame here is voiced when pyin says so and its
    probability is above twice that floor.

    Parameters
    ----------
    x : np.ndarray [shape=(n,), dtype=float64]
    sr, hop : int > 0
        the rate and the hop; the window is 2048 samples, centred.
    fmin, fmax : float
        the pitch range in Hz.

    Returns
    -------
    f0 : np.ndarray [shape=(1 + n // hop,), dtype=float64]
        Hz (nan where pyin found none).
    voiced : np.ndarray [shape=(1 + n // hop,), dtype=bool]
    """
    import librosa

    f0, voiced, probability = librosa.pyin(x, fmin=fmin, fmax=fmax, sr=sr, frame_length=2048,
                                           hop_length=hop)
    return f0, voiced & (probability > 0.02) & np.isfinite(f0)


def harmonic_rows(samples, fps=FPS):
    """Target rows of the harmonic variant: voiced, pitch and harmonic amplitudes per frame.

    Parameters
    ----------
    samples : np.ndarray [shape=(n,), dtype=int16]
        mono PCM at 22050 Hz.
    fps : float > 0
        the frame rate rows are paired at; each row describes the 2048-sample
        Hann window centred on its frame (`dbn.features.mel_frames`).

    Returns
    -------
    rows : np.ndarray [shape=(ceil(n * fps / 22050), 26), dtype=float32]
        0: voiced (`pyin`, 1 or 0); 1: pitch, log2(f0 / 65 Hz) / log2(1047 /
        65), in [0, 1] (unvoiced frames take the pitch of the nearest voiced
        ones, so that the row changes smoothly); 2..25: the amplitude of
        harmonic k = 1..24 (from the power of the window's spectrum within 2
        bins of k f0; 0 where that lobe reaches past 11025 Hz), as log10(max(a,
        1e-4)) / 4 + 1.
    """
    x = np.asarray(samples) / 32768.0
    windows = mel_frames(samples, fps)
    n = len(windows)
    hop = max(int(round(HARMONIC["rate"] / fps)), 1)
    f0, on = pyin(x, HARMONIC["rate"], hop, HARMONIC["fmin"], HARMONIC["fmax"])
    at = frame_centres(n, fps) / hop  # pyin's frame j is centred on sample j * hop
    track = np.arange(len(f0))
    pitch = np.interp(at, track[on], f0[on]) if on.any() else np.full(n, HARMONIC["fmin"])
    is_voiced = np.interp(at, track, on.astype(np.float64)) >= 0.5
    return np.hstack([is_voiced[:, None], _pitch_scale(pitch)[:, None],
                      _compress(_harmonic_amplitudes(windows, pitch))]).astype(np.float32)


def _harmonic_amplitudes(windows, pitch):
    """Each harmonic's amplitude from the power of its Hann main lobe (+-2 bins).

    By Parseval a sine of amplitude A puts A^2 N sum(w^2) / 4 into its lobe, however
    its pitch glides within the window or falls between bins."""
    power = np.abs(np.fft.rfft(windows, axis=1)) ** 2
    k = np.arange(1, HARMONIC["harmonics"] + 1)
    centre = np.rint(pitch[:, None] * k[None, :] * HARMONIC["n_fft"] / HARMONIC["rate"])
    # pitch >= 65 Hz puts every lobe past bin 3; one reaching past 11025 Hz counts 0
    lobe = np.minimum(centre[:, :, None].astype(np.int64) + np.arange(-2, 3), power.shape[1] - 1)
    energy = power[np.arange(len(power))[:, None, None], lobe].sum(axis=2)
    energy[centre >= power.shape[1] - 2] = 0
    return 2 * np.sqrt(energy / (HARMONIC["n_fft"] * 3 * HARMONIC["n_fft"] / 8))


@functools.lru_cache(maxsize=1)
def noise_edges():
    """The noise bands' edges in Hz.

    Returns
    -------
    edges : np.ndarray [shape=(17,), dtype=float64]
        mel-spaced (librosa's Slaney scale) from 0 Hz to 11025 Hz.
    """
    import librosa

    return librosa.mel_frequencies(NOISE_BANDS + 1, fmin=0.0, fmax=HARMONIC["rate"] / 2)


def noise_rows(samples, fps, harmonic):
    """Per frame, the level of each noise band: the spectrum away from the harmonics.

    Parameters
    ----------
    samples : np.ndarray [shape=(n,), dtype=int16]
    fps : float > 0
    harmonic : np.ndarray [shape=(frames, 26)]
        the frames' `harmonic_rows`. Each frame's 2048 samples are windowed by
        a 4-term Blackman-Harris window; on voiced frames the bins within 5 of
        each of the 24 harmonics are left out, and a band's power is the mean
        of the bins left (its quietest bin's if none is).

    Returns
    -------
    rows : np.ndarray [shape=(frames, 16), dtype=float32]
        the standard deviation of the signal within each band, as a white
        noise of that band would have it (2 sum |X_k|^2 / (2048 sum w^2) over
        the band's bins), as log10(max(sd, 1e-6)) / 6 + 1.
    """
    from scipy.signal.windows import blackmanharris

    window = blackmanharris(HARMONIC["n_fft"], sym=False)
    power = np.abs(np.fft.rfft(mel_frames(samples, fps, window), axis=1)) ** 2
    freqs = np.arange(power.shape[1]) * HARMONIC["rate"] / HARMONIC["n_fft"]
    f0 = _pitch_hz(harmonic[:, 1])[:, None]
    near = np.abs((freqs[None, :] / f0 + 0.5) % 1 - 0.5) * f0 * HARMONIC["n_fft"] / HARMONIC["rate"]
    masked = ((harmonic[:, :1] >= 0.5) & (near <= _MASK_BINS) & (freqs > f0 / 2)
              & (freqs < (HARMONIC["harmonics"] + 0.5) * f0))
    edges = noise_edges()
    band = np.clip(np.searchsorted(edges, freqs, side="right") - 1, 0, NOISE_BANDS - 1)
    levels = np.zeros((len(power), NOISE_BANDS))
    for b in range(NOISE_BANDS):
        p, m = power[:, band == b], masked[:, band == b]
        kept = (~m).sum(axis=1)
        mean = np.where(kept > 0, np.where(m, 0, p).sum(axis=1) / np.maximum(kept, 1),
                        p.min(axis=1))
        levels[:, b] = np.sqrt(2 * mean * p.shape[1] / (HARMONIC["n_fft"] * np.sum(window ** 2)))
    return _compress(levels, NOISE_FLOOR).astype(np.float32)


def voice_rows(samples, fps=FPS):
    """Target rows of the harmonic-noise variant: `harmonic_rows` beside `noise_rows`.

    Parameters
    ----------
    samples : np.ndarray [shape=(n,), dtype=int16]
    fps : float > 0

    Returns
    -------
    rows : np.ndarray [shape=(ceil(n * fps / 22050), 42), dtype=float32]
    """
    harmonic = harmonic_rows(samples, fps)
    return np.hstack([harmonic, noise_rows(samples, fps, harmonic)])


@functools.lru_cache(maxsize=1)
def _noise_filters():
    """Each band's Butterworth filter (second-order sections) and its noise gain."""
    from scipy.signal import butter, sosfilt

    edges, rate = noise_edges(), HARMONIC["rate"]
    filters = []
    for b in range(NOISE_BANDS):
        if b == 0:
            sos = butter(10, edges[1], "lowpass", fs=rate, output="sos")
        elif b == NOISE_BANDS - 1:
            sos = butter(10, edges[b], "highpass", fs=rate, output="sos")
        else:
            sos = butter(5, edges[b:b + 2], "bandpass", fs=rate, output="sos")
        impulse = np.zeros(1 << 15)
        impulse[0] = 1.0
        filters.append((sos, np.sqrt(np.sum(sosfilt(sos, impulse) ** 2))))
    return filters


class _Synth:
    """The state a harmonic render carries: each harmonic's phase, each noise filter's."""

    def __init__(self, phase, seed):
        k = np.arange(1, HARMONIC["harmonics"] + 1)
        self.k = k
        self.phase = np.zeros(len(k)) if phase is None else np.asarray(phase, np.float64)
        self.rng = np.random.default_rng(seed)
        self.zi = None

    def glide(self, a, b, n):
        """n samples gliding from row a to row b (pitch on its log scale)."""
        u = (np.arange(1, n + 1) / n)[:, None]
        f0 = _pitch_hz(a[1] + (b[1] - a[1]) * u[:, 0])
        width = 2 + HARMONIC["harmonics"]
        amps = _expand((1 - u) * a[2:width] + u * b[2:width])
        amps *= np.clip((1 - u) * (a[0] >= 0.5) + u * (b[0] >= 0.5), 0, 1)
        amps[f0[:, None] * self.k[None, :] >= HARMONIC["rate"] / 2] = 0
        phases = self.phase + np.cumsum(2 * np.pi * f0[:, None] * self.k[None, :]
                                        / HARMONIC["rate"], axis=0)
        self.phase = phases[-1] % (2 * np.pi)
        out = (amps * np.sin(phases)).sum(axis=1)
        if len(a) > width:
            out += self.noise(_expand((1 - u) * a[width:] + u * b[width:], NOISE_FLOOR))
        return out

    def noise(self, levels):
        """Band-filtered white noise, each band at its level per sample."""
        from scipy.signal import sosfilt, sosfilt_zi

        filters = _noise_filters()
        if self.zi is None:
            self.zi = [sosfilt_zi(sos) * 0.0 for sos, _ in filters]
        white = self.rng.standard_normal(len(levels))
        out = np.zeros(len(levels))
        for b, (sos, gain) in enumerate(filters):
            band, self.zi[b] = sosfilt(sos, white, zi=self.zi[b])
            out += levels[:, b] * band / gain
        return out


def harmonic_bank(predictions, fps, *, phase=None, seed=None):
    """Harmonic rows -> 22050 Hz audio by a bank of oscillators and noise filters, streaming.

    Between two frame centres every control glides linearly (pitch on its log
    scale, amplitudes in the rows' compressed scale); each harmonic's phase
    and each noise filter's state is carried, so a steady row is a steady
    sound. Before the first centre the first row holds, after the last the
    last. Unvoiced rows (voiced < 0.5) have no tone, and a harmonic or band
    at the floor (a row value of 0) is silent; harmonics above 11025 Hz are
    left out. Amplitudes glide in the rows' compressed (log) scale.

    Parameters
    ----------
    predictions : iterable of np.ndarray [shape=(batch, 26) or (batch, 42)]
        harmonic rows, or harmonic-noise rows (16 noise bands after the 26).
    fps : float > 0
    phase : np.ndarray [shape=(24,)] or None
        the harmonics' starting phases (None: all 0).
    seed : int or None
        seeds the noise (numpy's default_rng); unused by 26-column rows.

    Yields
    ------
    samples : np.ndarray [dtype=float64]
        round(n * 22050 / fps) samples in all for n rows; each block ends at
        the latest frame centre.
    """
    synth = _Synth(phase, seed)
    last, done, i = None, 0, 0  # the last row, samples made, rows seen
    for Y in predictions:
        Y = np.asarray(Y, np.float64)
        centres = frame_centres(i + len(Y), fps)[i:]
        out = []
        for centre, row in zip(centres, Y):
            if centre > done:
                out.append(synth.glide(last if last is not None else row, row, centre - done))
                done = centre
            last = row
        i += len(Y)
        yield np.concatenate(out) if out else np.zeros(0)
    total = int(round(i * HARMONIC["rate"] / fps))
    if last is not None and total > done:
        yield synth.glide(last, last, total - done)


def harmonic_samples(rows, fps=FPS, *, seed=0):
    """Samples from harmonic or harmonic-noise rows (`harmonic_bank` all at once).

    Parameters
    ----------
    rows : np.ndarray [shape=(n, 26) or (n, 42)]
    fps : float > 0
    seed : int or None
        seeds the noise.

    Returns
    -------
    samples : np.ndarray [shape=(round(n * 22050 / fps),), dtype=float64]
    """
    return np.concatenate(list(harmonic_bank([rows], fps, seed=seed)))  # a block at least
