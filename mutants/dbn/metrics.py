"""Model-free audio metrics and the baselines a brain must beat.

Metrics (estimate ``x`` against reference ``y``, mono float, same rate)
- `log_spectral_distance`, `spectral_convergence`, `multires_stft_distance`
- `envelope_correlation`: per-frame RMS envelopes, Pearson r.
- `buzz_index`: energy at the 30 Hz frame-rate harmonics against their
  neighbours, in dB (2015's block edges make it high).
- `onset_f1`: librosa onsets matched within 50 ms (mir_eval's F-measure).
- `motion_energy`: correlation of frame-to-frame motion with audio energy,
  at lag 0 and at the best lag.

Baselines (735 samples per frame, in [-1, 1])
- `silence`, `mean_row`, `nearest_neighbour`, `voice_sonification`.
- `position_prior`: loudness by position in the clip, the video unseen.
"""
import warnings

import librosa
import numpy as np

from .features import RATE, ROW, peak_normalise

EPS = 1e-10


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__mag__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mag__mutmut)
def _mag(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, np.float64), n_fft=n_fft, hop_length=hop))


def x__mag__mutmut_orig(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, np.float64), n_fft=n_fft, hop_length=hop))


def x__mag__mutmut_1(x, n_fft, hop):
    return np.abs(None)


def x__mag__mutmut_2(x, n_fft, hop):
    return np.abs(librosa.stft(None, n_fft=n_fft, hop_length=hop))


def x__mag__mutmut_3(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, np.float64), n_fft=None, hop_length=hop))


def x__mag__mutmut_4(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, np.float64), n_fft=n_fft, hop_length=None))


def x__mag__mutmut_5(x, n_fft, hop):
    return np.abs(librosa.stft(n_fft=n_fft, hop_length=hop))


def x__mag__mutmut_6(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, np.float64), hop_length=hop))


def x__mag__mutmut_7(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, np.float64), n_fft=n_fft, ))


def x__mag__mutmut_8(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(None, np.float64), n_fft=n_fft, hop_length=hop))


def x__mag__mutmut_9(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, None), n_fft=n_fft, hop_length=hop))


def x__mag__mutmut_10(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(np.float64), n_fft=n_fft, hop_length=hop))


def x__mag__mutmut_11(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, ), n_fft=n_fft, hop_length=hop))

mutants_x__mag__mutmut['_mutmut_orig'] = x__mag__mutmut_orig # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_1'] = x__mag__mutmut_1 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_2'] = x__mag__mutmut_2 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_3'] = x__mag__mutmut_3 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_4'] = x__mag__mutmut_4 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_5'] = x__mag__mutmut_5 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_6'] = x__mag__mutmut_6 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_7'] = x__mag__mutmut_7 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_8'] = x__mag__mutmut_8 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_9'] = x__mag__mutmut_9 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_10'] = x__mag__mutmut_10 # type: ignore # mutmut generated
mutants_x__mag__mutmut['x__mag__mutmut_11'] = x__mag__mutmut_11 # type: ignore # mutmut generated
mutants_x__match__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__match__mutmut)
def _match(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_orig(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_1(x, y):
    n = None
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_2(x, y):
    n = min(None, len(y))
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_3(x, y):
    n = min(len(x), None)
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_4(x, y):
    n = min(len(y))
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_5(x, y):
    n = min(len(x), )
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_6(x, y):
    n = min(len(x), len(y))
    return np.asarray(None, np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_7(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], None), np.asarray(y[:n], np.float64)


def x__match__mutmut_8(x, y):
    n = min(len(x), len(y))
    return np.asarray(np.float64), np.asarray(y[:n], np.float64)


def x__match__mutmut_9(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], ), np.asarray(y[:n], np.float64)


def x__match__mutmut_10(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], np.float64), np.asarray(None, np.float64)


def x__match__mutmut_11(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], None)


def x__match__mutmut_12(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], np.float64), np.asarray(np.float64)


def x__match__mutmut_13(x, y):
    n = min(len(x), len(y))
    return np.asarray(x[:n], np.float64), np.asarray(y[:n], )

mutants_x__match__mutmut['_mutmut_orig'] = x__match__mutmut_orig # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_1'] = x__match__mutmut_1 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_2'] = x__match__mutmut_2 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_3'] = x__match__mutmut_3 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_4'] = x__match__mutmut_4 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_5'] = x__match__mutmut_5 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_6'] = x__match__mutmut_6 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_7'] = x__match__mutmut_7 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_8'] = x__match__mutmut_8 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_9'] = x__match__mutmut_9 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_10'] = x__match__mutmut_10 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_11'] = x__match__mutmut_11 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_12'] = x__match__mutmut_12 # type: ignore # mutmut generated
mutants_x__match__mutmut['x__match__mutmut_13'] = x__match__mutmut_13 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_log_spectral_distance__mutmut)
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


def x_log_spectral_distance__mutmut_orig(x, y, *, n_fft=1024, hop=256):
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


def x_log_spectral_distance__mutmut_1(x, y, *, n_fft=1025, hop=256):
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


def x_log_spectral_distance__mutmut_2(x, y, *, n_fft=1024, hop=257):
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


def x_log_spectral_distance__mutmut_3(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = None
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_4(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(None, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_5(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, None)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_6(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_7(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, )
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_8(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = None
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_9(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) * 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_10(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(None, n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_11(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, None, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_12(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, None) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_13(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_14(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, hop) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_15(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, ) ** 2, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_16(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 3, _mag(y, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_17(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, hop) * 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_18(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(None, n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_19(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, None, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_20(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, None) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_21(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(n_fft, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_22(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, hop) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_23(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, ) ** 2
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_24(x, y, *, n_fft=1024, hop=256):
    """Mean over frames of the RMS difference of log power spectra, in dB.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]

    Returns
    -------
    lsd : float >= 0
    """
    x, y = _match(x, y)
    X, Y = _mag(x, n_fft, hop) ** 2, _mag(y, n_fft, hop) ** 3
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_25(x, y, *, n_fft=1024, hop=256):
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
    diff = None
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_26(x, y, *, n_fft=1024, hop=256):
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
    diff = 10 * np.log10(X + EPS) + 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_27(x, y, *, n_fft=1024, hop=256):
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
    diff = 10 / np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_28(x, y, *, n_fft=1024, hop=256):
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
    diff = 11 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_29(x, y, *, n_fft=1024, hop=256):
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
    diff = 10 * np.log10(None) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_30(x, y, *, n_fft=1024, hop=256):
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
    diff = 10 * np.log10(X - EPS) - 10 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_31(x, y, *, n_fft=1024, hop=256):
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
    diff = 10 * np.log10(X + EPS) - 10 / np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_32(x, y, *, n_fft=1024, hop=256):
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
    diff = 10 * np.log10(X + EPS) - 11 * np.log10(Y + EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_33(x, y, *, n_fft=1024, hop=256):
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
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(None)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_34(x, y, *, n_fft=1024, hop=256):
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
    diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y - EPS)
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=0))))


def x_log_spectral_distance__mutmut_35(x, y, *, n_fft=1024, hop=256):
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
    return float(None)


def x_log_spectral_distance__mutmut_36(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(None))


def x_log_spectral_distance__mutmut_37(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(np.sqrt(None)))


def x_log_spectral_distance__mutmut_38(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(np.sqrt(np.mean(None, axis=0))))


def x_log_spectral_distance__mutmut_39(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=None))))


def x_log_spectral_distance__mutmut_40(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(np.sqrt(np.mean(axis=0))))


def x_log_spectral_distance__mutmut_41(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(np.sqrt(np.mean(diff ** 2, ))))


def x_log_spectral_distance__mutmut_42(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(np.sqrt(np.mean(diff * 2, axis=0))))


def x_log_spectral_distance__mutmut_43(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(np.sqrt(np.mean(diff ** 3, axis=0))))


def x_log_spectral_distance__mutmut_44(x, y, *, n_fft=1024, hop=256):
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
    return float(np.mean(np.sqrt(np.mean(diff ** 2, axis=1))))

mutants_x_log_spectral_distance__mutmut['_mutmut_orig'] = x_log_spectral_distance__mutmut_orig # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_1'] = x_log_spectral_distance__mutmut_1 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_2'] = x_log_spectral_distance__mutmut_2 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_3'] = x_log_spectral_distance__mutmut_3 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_4'] = x_log_spectral_distance__mutmut_4 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_5'] = x_log_spectral_distance__mutmut_5 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_6'] = x_log_spectral_distance__mutmut_6 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_7'] = x_log_spectral_distance__mutmut_7 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_8'] = x_log_spectral_distance__mutmut_8 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_9'] = x_log_spectral_distance__mutmut_9 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_10'] = x_log_spectral_distance__mutmut_10 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_11'] = x_log_spectral_distance__mutmut_11 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_12'] = x_log_spectral_distance__mutmut_12 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_13'] = x_log_spectral_distance__mutmut_13 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_14'] = x_log_spectral_distance__mutmut_14 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_15'] = x_log_spectral_distance__mutmut_15 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_16'] = x_log_spectral_distance__mutmut_16 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_17'] = x_log_spectral_distance__mutmut_17 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_18'] = x_log_spectral_distance__mutmut_18 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_19'] = x_log_spectral_distance__mutmut_19 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_20'] = x_log_spectral_distance__mutmut_20 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_21'] = x_log_spectral_distance__mutmut_21 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_22'] = x_log_spectral_distance__mutmut_22 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_23'] = x_log_spectral_distance__mutmut_23 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_24'] = x_log_spectral_distance__mutmut_24 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_25'] = x_log_spectral_distance__mutmut_25 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_26'] = x_log_spectral_distance__mutmut_26 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_27'] = x_log_spectral_distance__mutmut_27 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_28'] = x_log_spectral_distance__mutmut_28 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_29'] = x_log_spectral_distance__mutmut_29 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_30'] = x_log_spectral_distance__mutmut_30 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_31'] = x_log_spectral_distance__mutmut_31 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_32'] = x_log_spectral_distance__mutmut_32 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_33'] = x_log_spectral_distance__mutmut_33 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_34'] = x_log_spectral_distance__mutmut_34 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_35'] = x_log_spectral_distance__mutmut_35 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_36'] = x_log_spectral_distance__mutmut_36 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_37'] = x_log_spectral_distance__mutmut_37 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_38'] = x_log_spectral_distance__mutmut_38 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_39'] = x_log_spectral_distance__mutmut_39 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_40'] = x_log_spectral_distance__mutmut_40 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_41'] = x_log_spectral_distance__mutmut_41 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_42'] = x_log_spectral_distance__mutmut_42 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_43'] = x_log_spectral_distance__mutmut_43 # type: ignore # mutmut generated
mutants_x_log_spectral_distance__mutmut['x_log_spectral_distance__mutmut_44'] = x_log_spectral_distance__mutmut_44 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_spectral_convergence__mutmut)
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


def x_spectral_convergence__mutmut_orig(x, y, *, n_fft=1024, hop=256):
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


def x_spectral_convergence__mutmut_1(x, y, *, n_fft=1025, hop=256):
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


def x_spectral_convergence__mutmut_2(x, y, *, n_fft=1024, hop=257):
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


def x_spectral_convergence__mutmut_3(x, y, *, n_fft=1024, hop=256):
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
    x, y = None
    X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_4(x, y, *, n_fft=1024, hop=256):
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
    x, y = _match(None, y)
    X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_5(x, y, *, n_fft=1024, hop=256):
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
    x, y = _match(x, None)
    X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_6(x, y, *, n_fft=1024, hop=256):
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
    x, y = _match(y)
    X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_7(x, y, *, n_fft=1024, hop=256):
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
    x, y = _match(x, )
    X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_8(x, y, *, n_fft=1024, hop=256):
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
    X, Y = None
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_9(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(None, n_fft, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_10(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, None, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_11(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, n_fft, None), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_12(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(n_fft, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_13(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, hop), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_14(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, n_fft, ), _mag(y, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_15(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, n_fft, hop), _mag(None, n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_16(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, n_fft, hop), _mag(y, None, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_17(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, None)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_18(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, n_fft, hop), _mag(n_fft, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_19(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, n_fft, hop), _mag(y, hop)
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_20(x, y, *, n_fft=1024, hop=256):
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
    X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, )
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_21(x, y, *, n_fft=1024, hop=256):
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
    return float(None)


def x_spectral_convergence__mutmut_22(x, y, *, n_fft=1024, hop=256):
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
    return float(np.linalg.norm(Y - X) * max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_23(x, y, *, n_fft=1024, hop=256):
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
    return float(np.linalg.norm(None) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_24(x, y, *, n_fft=1024, hop=256):
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
    return float(np.linalg.norm(Y + X) / max(np.linalg.norm(Y), EPS))


def x_spectral_convergence__mutmut_25(x, y, *, n_fft=1024, hop=256):
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
    return float(np.linalg.norm(Y - X) / max(None, EPS))


def x_spectral_convergence__mutmut_26(x, y, *, n_fft=1024, hop=256):
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
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), None))


def x_spectral_convergence__mutmut_27(x, y, *, n_fft=1024, hop=256):
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
    return float(np.linalg.norm(Y - X) / max(EPS))


def x_spectral_convergence__mutmut_28(x, y, *, n_fft=1024, hop=256):
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
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(Y), ))


def x_spectral_convergence__mutmut_29(x, y, *, n_fft=1024, hop=256):
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
    return float(np.linalg.norm(Y - X) / max(np.linalg.norm(None), EPS))

mutants_x_spectral_convergence__mutmut['_mutmut_orig'] = x_spectral_convergence__mutmut_orig # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_1'] = x_spectral_convergence__mutmut_1 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_2'] = x_spectral_convergence__mutmut_2 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_3'] = x_spectral_convergence__mutmut_3 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_4'] = x_spectral_convergence__mutmut_4 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_5'] = x_spectral_convergence__mutmut_5 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_6'] = x_spectral_convergence__mutmut_6 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_7'] = x_spectral_convergence__mutmut_7 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_8'] = x_spectral_convergence__mutmut_8 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_9'] = x_spectral_convergence__mutmut_9 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_10'] = x_spectral_convergence__mutmut_10 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_11'] = x_spectral_convergence__mutmut_11 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_12'] = x_spectral_convergence__mutmut_12 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_13'] = x_spectral_convergence__mutmut_13 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_14'] = x_spectral_convergence__mutmut_14 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_15'] = x_spectral_convergence__mutmut_15 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_16'] = x_spectral_convergence__mutmut_16 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_17'] = x_spectral_convergence__mutmut_17 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_18'] = x_spectral_convergence__mutmut_18 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_19'] = x_spectral_convergence__mutmut_19 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_20'] = x_spectral_convergence__mutmut_20 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_21'] = x_spectral_convergence__mutmut_21 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_22'] = x_spectral_convergence__mutmut_22 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_23'] = x_spectral_convergence__mutmut_23 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_24'] = x_spectral_convergence__mutmut_24 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_25'] = x_spectral_convergence__mutmut_25 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_26'] = x_spectral_convergence__mutmut_26 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_27'] = x_spectral_convergence__mutmut_27 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_28'] = x_spectral_convergence__mutmut_28 # type: ignore # mutmut generated
mutants_x_spectral_convergence__mutmut['x_spectral_convergence__mutmut_29'] = x_spectral_convergence__mutmut_29 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_multires_stft_distance__mutmut)
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


def x_multires_stft_distance__mutmut_orig(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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


def x_multires_stft_distance__mutmut_1(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
    """Mean over resolutions of spectral convergence + mean |log|Y| - log|X||.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
    resolutions : sequence of (n_fft, hop)

    Returns
    -------
    distance : float >= 0
    """
    x, y = None
    total = 0.0
    for n_fft, hop in resolutions:
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_2(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
    """Mean over resolutions of spectral convergence + mean |log|Y| - log|X||.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
    resolutions : sequence of (n_fft, hop)

    Returns
    -------
    distance : float >= 0
    """
    x, y = _match(None, y)
    total = 0.0
    for n_fft, hop in resolutions:
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_3(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
    """Mean over resolutions of spectral convergence + mean |log|Y| - log|X||.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
    resolutions : sequence of (n_fft, hop)

    Returns
    -------
    distance : float >= 0
    """
    x, y = _match(x, None)
    total = 0.0
    for n_fft, hop in resolutions:
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_4(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
    """Mean over resolutions of spectral convergence + mean |log|Y| - log|X||.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
    resolutions : sequence of (n_fft, hop)

    Returns
    -------
    distance : float >= 0
    """
    x, y = _match(y)
    total = 0.0
    for n_fft, hop in resolutions:
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_5(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
    """Mean over resolutions of spectral convergence + mean |log|Y| - log|X||.

    Parameters
    ----------
    x, y : np.ndarray [shape=(n,)]
    resolutions : sequence of (n_fft, hop)

    Returns
    -------
    distance : float >= 0
    """
    x, y = _match(x, )
    total = 0.0
    for n_fft, hop in resolutions:
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_6(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
    total = None
    for n_fft, hop in resolutions:
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_7(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
    total = 1.0
    for n_fft, hop in resolutions:
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_8(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = None
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_9(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(None, n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_10(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, None, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_11(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, n_fft, None), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_12(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(n_fft, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_13(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, hop), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_14(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, n_fft, ), _mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_15(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, n_fft, hop), _mag(None, n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_16(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, n_fft, hop), _mag(y, None, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_17(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, None)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_18(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, n_fft, hop), _mag(n_fft, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_19(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, n_fft, hop), _mag(y, hop)
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_20(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        X, Y = _mag(x, n_fft, hop), _mag(y, n_fft, )
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_21(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total = np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_22(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total -= np.linalg.norm(Y - X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_23(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.linalg.norm(Y - X) * max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_24(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.linalg.norm(None) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_25(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.linalg.norm(Y + X) / max(np.linalg.norm(Y), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_26(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.linalg.norm(Y - X) / max(None, EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_27(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), None)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_28(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.linalg.norm(Y - X) / max(EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_29(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(Y), )
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_30(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.linalg.norm(Y - X) / max(np.linalg.norm(None), EPS)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_31(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total = np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_32(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total -= np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_33(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(None)
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_34(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(np.abs(None))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_35(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(np.abs(np.log(Y + 1e-7) + np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_36(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(np.abs(np.log(None) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_37(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(np.abs(np.log(Y - 1e-7) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_38(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(np.abs(np.log(Y + 1.0000001) - np.log(X + 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_39(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(None)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_40(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X - 1e-7)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_41(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1.0000001)))
    return float(total / len(resolutions))


def x_multires_stft_distance__mutmut_42(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
    return float(None)


def x_multires_stft_distance__mutmut_43(x, y, *, resolutions=((512, 128), (1024, 256), (2048, 512))):
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
    return float(total * len(resolutions))

mutants_x_multires_stft_distance__mutmut['_mutmut_orig'] = x_multires_stft_distance__mutmut_orig # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_1'] = x_multires_stft_distance__mutmut_1 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_2'] = x_multires_stft_distance__mutmut_2 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_3'] = x_multires_stft_distance__mutmut_3 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_4'] = x_multires_stft_distance__mutmut_4 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_5'] = x_multires_stft_distance__mutmut_5 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_6'] = x_multires_stft_distance__mutmut_6 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_7'] = x_multires_stft_distance__mutmut_7 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_8'] = x_multires_stft_distance__mutmut_8 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_9'] = x_multires_stft_distance__mutmut_9 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_10'] = x_multires_stft_distance__mutmut_10 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_11'] = x_multires_stft_distance__mutmut_11 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_12'] = x_multires_stft_distance__mutmut_12 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_13'] = x_multires_stft_distance__mutmut_13 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_14'] = x_multires_stft_distance__mutmut_14 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_15'] = x_multires_stft_distance__mutmut_15 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_16'] = x_multires_stft_distance__mutmut_16 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_17'] = x_multires_stft_distance__mutmut_17 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_18'] = x_multires_stft_distance__mutmut_18 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_19'] = x_multires_stft_distance__mutmut_19 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_20'] = x_multires_stft_distance__mutmut_20 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_21'] = x_multires_stft_distance__mutmut_21 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_22'] = x_multires_stft_distance__mutmut_22 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_23'] = x_multires_stft_distance__mutmut_23 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_24'] = x_multires_stft_distance__mutmut_24 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_25'] = x_multires_stft_distance__mutmut_25 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_26'] = x_multires_stft_distance__mutmut_26 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_27'] = x_multires_stft_distance__mutmut_27 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_28'] = x_multires_stft_distance__mutmut_28 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_29'] = x_multires_stft_distance__mutmut_29 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_30'] = x_multires_stft_distance__mutmut_30 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_31'] = x_multires_stft_distance__mutmut_31 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_32'] = x_multires_stft_distance__mutmut_32 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_33'] = x_multires_stft_distance__mutmut_33 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_34'] = x_multires_stft_distance__mutmut_34 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_35'] = x_multires_stft_distance__mutmut_35 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_36'] = x_multires_stft_distance__mutmut_36 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_37'] = x_multires_stft_distance__mutmut_37 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_38'] = x_multires_stft_distance__mutmut_38 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_39'] = x_multires_stft_distance__mutmut_39 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_40'] = x_multires_stft_distance__mutmut_40 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_41'] = x_multires_stft_distance__mutmut_41 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_42'] = x_multires_stft_distance__mutmut_42 # type: ignore # mutmut generated
mutants_x_multires_stft_distance__mutmut['x_multires_stft_distance__mutmut_43'] = x_multires_stft_distance__mutmut_43 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_frame_rms__mutmut)
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


def x_frame_rms__mutmut_orig(x, row=ROW):
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


def x_frame_rms__mutmut_1(x, row=ROW):
    """RMS of each row-long block (the last zero-padded).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    row : int > 0

    Returns
    -------
    rms : np.ndarray [shape=(ceil(n / row),), dtype=float64]
    """
    x = None
    pad = np.zeros(-len(x) % row)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_2(x, row=ROW):
    """RMS of each row-long block (the last zero-padded).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    row : int > 0

    Returns
    -------
    rms : np.ndarray [shape=(ceil(n / row),), dtype=float64]
    """
    x = np.asarray(None, np.float64)
    pad = np.zeros(-len(x) % row)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_3(x, row=ROW):
    """RMS of each row-long block (the last zero-padded).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    row : int > 0

    Returns
    -------
    rms : np.ndarray [shape=(ceil(n / row),), dtype=float64]
    """
    x = np.asarray(x, None)
    pad = np.zeros(-len(x) % row)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_4(x, row=ROW):
    """RMS of each row-long block (the last zero-padded).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    row : int > 0

    Returns
    -------
    rms : np.ndarray [shape=(ceil(n / row),), dtype=float64]
    """
    x = np.asarray(np.float64)
    pad = np.zeros(-len(x) % row)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_5(x, row=ROW):
    """RMS of each row-long block (the last zero-padded).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    row : int > 0

    Returns
    -------
    rms : np.ndarray [shape=(ceil(n / row),), dtype=float64]
    """
    x = np.asarray(x, )
    pad = np.zeros(-len(x) % row)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_6(x, row=ROW):
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
    pad = None
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_7(x, row=ROW):
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
    pad = np.zeros(None)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_8(x, row=ROW):
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
    pad = np.zeros(-len(x) / row)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_9(x, row=ROW):
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
    pad = np.zeros(+len(x) % row)
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_10(x, row=ROW):
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
    return np.sqrt(None)


def x_frame_rms__mutmut_11(x, row=ROW):
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
    return np.sqrt(np.mean(None, axis=1))


def x_frame_rms__mutmut_12(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=None))


def x_frame_rms__mutmut_13(x, row=ROW):
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
    return np.sqrt(np.mean(axis=1))


def x_frame_rms__mutmut_14(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, ))


def x_frame_rms__mutmut_15(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) * 2, axis=1))


def x_frame_rms__mutmut_16(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(None, row) ** 2, axis=1))


def x_frame_rms__mutmut_17(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, None) ** 2, axis=1))


def x_frame_rms__mutmut_18(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(row) ** 2, axis=1))


def x_frame_rms__mutmut_19(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, ) ** 2, axis=1))


def x_frame_rms__mutmut_20(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate(None).reshape(-1, row) ** 2, axis=1))


def x_frame_rms__mutmut_21(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(+1, row) ** 2, axis=1))


def x_frame_rms__mutmut_22(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-2, row) ** 2, axis=1))


def x_frame_rms__mutmut_23(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 3, axis=1))


def x_frame_rms__mutmut_24(x, row=ROW):
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
    return np.sqrt(np.mean(np.concatenate([x, pad]).reshape(-1, row) ** 2, axis=2))

mutants_x_frame_rms__mutmut['_mutmut_orig'] = x_frame_rms__mutmut_orig # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_1'] = x_frame_rms__mutmut_1 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_2'] = x_frame_rms__mutmut_2 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_3'] = x_frame_rms__mutmut_3 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_4'] = x_frame_rms__mutmut_4 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_5'] = x_frame_rms__mutmut_5 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_6'] = x_frame_rms__mutmut_6 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_7'] = x_frame_rms__mutmut_7 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_8'] = x_frame_rms__mutmut_8 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_9'] = x_frame_rms__mutmut_9 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_10'] = x_frame_rms__mutmut_10 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_11'] = x_frame_rms__mutmut_11 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_12'] = x_frame_rms__mutmut_12 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_13'] = x_frame_rms__mutmut_13 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_14'] = x_frame_rms__mutmut_14 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_15'] = x_frame_rms__mutmut_15 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_16'] = x_frame_rms__mutmut_16 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_17'] = x_frame_rms__mutmut_17 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_18'] = x_frame_rms__mutmut_18 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_19'] = x_frame_rms__mutmut_19 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_20'] = x_frame_rms__mutmut_20 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_21'] = x_frame_rms__mutmut_21 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_22'] = x_frame_rms__mutmut_22 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_23'] = x_frame_rms__mutmut_23 # type: ignore # mutmut generated
mutants_x_frame_rms__mutmut['x_frame_rms__mutmut_24'] = x_frame_rms__mutmut_24 # type: ignore # mutmut generated
mutants_x__pearson__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__pearson__mutmut)
def _pearson(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_orig(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_1(a, b):
    a, b = None
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_2(a, b):
    a, b = a + a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_3(a, b):
    a, b = a - a.mean(), b + b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_4(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = None
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_5(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt(None)
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_6(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() / (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_7(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a / a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_8(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b / b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_9(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if (denom > 0) and False else 0.0


def x__pearson__mutmut_10(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if (denom > 0) or True else 0.0


def x__pearson__mutmut_11(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float(None) if denom > 0 else 0.0


def x__pearson__mutmut_12(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() * denom) if denom > 0 else 0.0


def x__pearson__mutmut_13(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a / b).sum() / denom) if denom > 0 else 0.0


def x__pearson__mutmut_14(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom >= 0 else 0.0


def x__pearson__mutmut_15(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 1 else 0.0


def x__pearson__mutmut_16(a, b):
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / denom) if denom > 0 else 1.0

mutants_x__pearson__mutmut['_mutmut_orig'] = x__pearson__mutmut_orig # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_1'] = x__pearson__mutmut_1 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_2'] = x__pearson__mutmut_2 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_3'] = x__pearson__mutmut_3 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_4'] = x__pearson__mutmut_4 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_5'] = x__pearson__mutmut_5 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_6'] = x__pearson__mutmut_6 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_7'] = x__pearson__mutmut_7 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_8'] = x__pearson__mutmut_8 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_9'] = x__pearson__mutmut_9 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_10'] = x__pearson__mutmut_10 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_11'] = x__pearson__mutmut_11 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_12'] = x__pearson__mutmut_12 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_13'] = x__pearson__mutmut_13 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_14'] = x__pearson__mutmut_14 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_15'] = x__pearson__mutmut_15 # type: ignore # mutmut generated
mutants_x__pearson__mutmut['x__pearson__mutmut_16'] = x__pearson__mutmut_16 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_envelope_correlation__mutmut)
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


def x_envelope_correlation__mutmut_orig(x, y, row=ROW):
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


def x_envelope_correlation__mutmut_1(x, y, row=ROW):
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
    x, y = None
    return _pearson(frame_rms(x, row), frame_rms(y, row))


def x_envelope_correlation__mutmut_2(x, y, row=ROW):
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
    x, y = _match(None, y)
    return _pearson(frame_rms(x, row), frame_rms(y, row))


def x_envelope_correlation__mutmut_3(x, y, row=ROW):
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
    x, y = _match(x, None)
    return _pearson(frame_rms(x, row), frame_rms(y, row))


def x_envelope_correlation__mutmut_4(x, y, row=ROW):
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
    x, y = _match(y)
    return _pearson(frame_rms(x, row), frame_rms(y, row))


def x_envelope_correlation__mutmut_5(x, y, row=ROW):
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
    x, y = _match(x, )
    return _pearson(frame_rms(x, row), frame_rms(y, row))


def x_envelope_correlation__mutmut_6(x, y, row=ROW):
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
    return _pearson(None, frame_rms(y, row))


def x_envelope_correlation__mutmut_7(x, y, row=ROW):
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
    return _pearson(frame_rms(x, row), None)


def x_envelope_correlation__mutmut_8(x, y, row=ROW):
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
    return _pearson(frame_rms(y, row))


def x_envelope_correlation__mutmut_9(x, y, row=ROW):
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
    return _pearson(frame_rms(x, row), )


def x_envelope_correlation__mutmut_10(x, y, row=ROW):
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
    return _pearson(frame_rms(None, row), frame_rms(y, row))


def x_envelope_correlation__mutmut_11(x, y, row=ROW):
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
    return _pearson(frame_rms(x, None), frame_rms(y, row))


def x_envelope_correlation__mutmut_12(x, y, row=ROW):
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
    return _pearson(frame_rms(row), frame_rms(y, row))


def x_envelope_correlation__mutmut_13(x, y, row=ROW):
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
    return _pearson(frame_rms(x, ), frame_rms(y, row))


def x_envelope_correlation__mutmut_14(x, y, row=ROW):
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
    return _pearson(frame_rms(x, row), frame_rms(None, row))


def x_envelope_correlation__mutmut_15(x, y, row=ROW):
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
    return _pearson(frame_rms(x, row), frame_rms(y, None))


def x_envelope_correlation__mutmut_16(x, y, row=ROW):
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
    return _pearson(frame_rms(x, row), frame_rms(row))


def x_envelope_correlation__mutmut_17(x, y, row=ROW):
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
    return _pearson(frame_rms(x, row), frame_rms(y, ))

mutants_x_envelope_correlation__mutmut['_mutmut_orig'] = x_envelope_correlation__mutmut_orig # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_1'] = x_envelope_correlation__mutmut_1 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_2'] = x_envelope_correlation__mutmut_2 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_3'] = x_envelope_correlation__mutmut_3 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_4'] = x_envelope_correlation__mutmut_4 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_5'] = x_envelope_correlation__mutmut_5 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_6'] = x_envelope_correlation__mutmut_6 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_7'] = x_envelope_correlation__mutmut_7 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_8'] = x_envelope_correlation__mutmut_8 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_9'] = x_envelope_correlation__mutmut_9 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_10'] = x_envelope_correlation__mutmut_10 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_11'] = x_envelope_correlation__mutmut_11 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_12'] = x_envelope_correlation__mutmut_12 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_13'] = x_envelope_correlation__mutmut_13 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_14'] = x_envelope_correlation__mutmut_14 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_15'] = x_envelope_correlation__mutmut_15 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_16'] = x_envelope_correlation__mutmut_16 # type: ignore # mutmut generated
mutants_x_envelope_correlation__mutmut['x_envelope_correlation__mutmut_17'] = x_envelope_correlation__mutmut_17 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_buzz_index__mutmut)
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
        them); about 0 for sound without that buzz.
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


def x_buzz_index__mutmut_orig(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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


def x_buzz_index__mutmut_1(x, sr=RATE, *, fps=RATE / ROW, harmonics=11):
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
        them); about 0 for sound without that buzz.
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


def x_buzz_index__mutmut_2(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = None
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


def x_buzz_index__mutmut_3(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(None, np.float64)
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


def x_buzz_index__mutmut_4(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, None)
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


def x_buzz_index__mutmut_5(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(np.float64)
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


def x_buzz_index__mutmut_6(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, )
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


def x_buzz_index__mutmut_7(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = None
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


def x_buzz_index__mutmut_8(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) * 2
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


def x_buzz_index__mutmut_9(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(None) ** 2
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


def x_buzz_index__mutmut_10(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(None)) ** 2
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


def x_buzz_index__mutmut_11(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x / np.hanning(len(x)))) ** 2
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


def x_buzz_index__mutmut_12(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(None))) ** 2
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


def x_buzz_index__mutmut_13(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 3
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


def x_buzz_index__mutmut_14(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = None
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_15(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(None, 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_16(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), None)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_17(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_18(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), )
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_19(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 * sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_20(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 2 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_21(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = None
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_22(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] + freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_23(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[2] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_24(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[1]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_25(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = None
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_26(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(None, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_27(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, None):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_28(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_29(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, ):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_30(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(2, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_31(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics - 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_32(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 2):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_33(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = None
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_34(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k / fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_35(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = None
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_36(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(None)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_37(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs + f)
        on.append(spec[near <= max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_38(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(None)
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_39(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near < max(df, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_40(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(None, 1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_41(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, None)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_42(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(1.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_43(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, )].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_44(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
    """
    x = np.asarray(x, np.float64)
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    df = freqs[1] - freqs[0]
    on, off = [], []
    for k in range(1, harmonics + 1):
        f = k * fps
        near = np.abs(freqs - f)
        on.append(spec[near <= max(df, 2.0)].mean())
        ring = (near >= 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_45(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        ring = None
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_46(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        ring = (near >= 5) | (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_47(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        ring = (near > 5) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_48(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        ring = (near >= 6) & (near <= 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_49(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        ring = (near >= 5) & (near < 14)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_50(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        ring = (near >= 5) & (near <= 15)
        off.append(spec[ring].mean() if ring.any() else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_51(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        off.append(None)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_52(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        off.append(spec[ring].mean() if (ring.any()) and False else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_53(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
        off.append(spec[ring].mean() if (ring.any()) or True else EPS)
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_54(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(None)


def x_buzz_index__mutmut_55(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(10 / np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_56(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(11 * np.log10((np.mean(on) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_57(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(10 * np.log10(None))


def x_buzz_index__mutmut_58(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(10 * np.log10((np.mean(on) + EPS) * (np.mean(off) + EPS)))


def x_buzz_index__mutmut_59(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(10 * np.log10((np.mean(on) - EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_60(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(10 * np.log10((np.mean(None) + EPS) / (np.mean(off) + EPS)))


def x_buzz_index__mutmut_61(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(off) - EPS)))


def x_buzz_index__mutmut_62(x, sr=RATE, *, fps=RATE / ROW, harmonics=10):
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
        them); about 0 for sound without that buzz.
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
    return float(10 * np.log10((np.mean(on) + EPS) / (np.mean(None) + EPS)))

mutants_x_buzz_index__mutmut['_mutmut_orig'] = x_buzz_index__mutmut_orig # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_1'] = x_buzz_index__mutmut_1 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_2'] = x_buzz_index__mutmut_2 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_3'] = x_buzz_index__mutmut_3 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_4'] = x_buzz_index__mutmut_4 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_5'] = x_buzz_index__mutmut_5 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_6'] = x_buzz_index__mutmut_6 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_7'] = x_buzz_index__mutmut_7 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_8'] = x_buzz_index__mutmut_8 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_9'] = x_buzz_index__mutmut_9 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_10'] = x_buzz_index__mutmut_10 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_11'] = x_buzz_index__mutmut_11 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_12'] = x_buzz_index__mutmut_12 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_13'] = x_buzz_index__mutmut_13 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_14'] = x_buzz_index__mutmut_14 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_15'] = x_buzz_index__mutmut_15 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_16'] = x_buzz_index__mutmut_16 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_17'] = x_buzz_index__mutmut_17 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_18'] = x_buzz_index__mutmut_18 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_19'] = x_buzz_index__mutmut_19 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_20'] = x_buzz_index__mutmut_20 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_21'] = x_buzz_index__mutmut_21 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_22'] = x_buzz_index__mutmut_22 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_23'] = x_buzz_index__mutmut_23 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_24'] = x_buzz_index__mutmut_24 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_25'] = x_buzz_index__mutmut_25 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_26'] = x_buzz_index__mutmut_26 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_27'] = x_buzz_index__mutmut_27 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_28'] = x_buzz_index__mutmut_28 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_29'] = x_buzz_index__mutmut_29 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_30'] = x_buzz_index__mutmut_30 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_31'] = x_buzz_index__mutmut_31 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_32'] = x_buzz_index__mutmut_32 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_33'] = x_buzz_index__mutmut_33 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_34'] = x_buzz_index__mutmut_34 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_35'] = x_buzz_index__mutmut_35 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_36'] = x_buzz_index__mutmut_36 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_37'] = x_buzz_index__mutmut_37 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_38'] = x_buzz_index__mutmut_38 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_39'] = x_buzz_index__mutmut_39 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_40'] = x_buzz_index__mutmut_40 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_41'] = x_buzz_index__mutmut_41 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_42'] = x_buzz_index__mutmut_42 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_43'] = x_buzz_index__mutmut_43 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_44'] = x_buzz_index__mutmut_44 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_45'] = x_buzz_index__mutmut_45 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_46'] = x_buzz_index__mutmut_46 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_47'] = x_buzz_index__mutmut_47 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_48'] = x_buzz_index__mutmut_48 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_49'] = x_buzz_index__mutmut_49 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_50'] = x_buzz_index__mutmut_50 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_51'] = x_buzz_index__mutmut_51 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_52'] = x_buzz_index__mutmut_52 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_53'] = x_buzz_index__mutmut_53 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_54'] = x_buzz_index__mutmut_54 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_55'] = x_buzz_index__mutmut_55 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_56'] = x_buzz_index__mutmut_56 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_57'] = x_buzz_index__mutmut_57 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_58'] = x_buzz_index__mutmut_58 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_59'] = x_buzz_index__mutmut_59 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_60'] = x_buzz_index__mutmut_60 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_61'] = x_buzz_index__mutmut_61 # type: ignore # mutmut generated
mutants_x_buzz_index__mutmut['x_buzz_index__mutmut_62'] = x_buzz_index__mutmut_62 # type: ignore # mutmut generated
mutants_x_onsets__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_onsets__mutmut)
def onsets(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_orig(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_1(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = None
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_2(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(None, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_3(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, None)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_4(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_5(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, )
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_6(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_7(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(None):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_8(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(None)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_9(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(1)
    return librosa.onset.onset_detect(y=x, sr=sr, units="time")


def x_onsets__mutmut_10(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=None, sr=sr, units="time")


def x_onsets__mutmut_11(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=None, units="time")


def x_onsets__mutmut_12(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units=None)


def x_onsets__mutmut_13(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(sr=sr, units="time")


def x_onsets__mutmut_14(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, units="time")


def x_onsets__mutmut_15(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, )


def x_onsets__mutmut_16(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="XXtimeXX")


def x_onsets__mutmut_17(x, sr=RATE):
    """Onset times of a signal (librosa's detector).

    Parameters
    ----------
    x : np.ndarray [shape=(n,)]
    sr : int > 0

    Returns
    -------
    times : np.ndarray [shape=(k,), dtype=float64]
        seconds; empty for silence.
    """
    x = np.asarray(x, np.float64)
    if not np.any(x):
        return np.zeros(0)
    return librosa.onset.onset_detect(y=x, sr=sr, units="TIME")

mutants_x_onsets__mutmut['_mutmut_orig'] = x_onsets__mutmut_orig # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_1'] = x_onsets__mutmut_1 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_2'] = x_onsets__mutmut_2 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_3'] = x_onsets__mutmut_3 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_4'] = x_onsets__mutmut_4 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_5'] = x_onsets__mutmut_5 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_6'] = x_onsets__mutmut_6 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_7'] = x_onsets__mutmut_7 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_8'] = x_onsets__mutmut_8 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_9'] = x_onsets__mutmut_9 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_10'] = x_onsets__mutmut_10 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_11'] = x_onsets__mutmut_11 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_12'] = x_onsets__mutmut_12 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_13'] = x_onsets__mutmut_13 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_14'] = x_onsets__mutmut_14 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_15'] = x_onsets__mutmut_15 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_16'] = x_onsets__mutmut_16 # type: ignore # mutmut generated
mutants_x_onsets__mutmut['x_onsets__mutmut_17'] = x_onsets__mutmut_17 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_onset_f1__mutmut)
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


def x_onset_f1__mutmut_orig(est, ref, *, tolerance=0.05):
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


def x_onset_f1__mutmut_1(est, ref, *, tolerance=1.05):
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


def x_onset_f1__mutmut_2(est, ref, *, tolerance=0.05):
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

    est, ref = None
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_3(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(None), np.sort(np.asarray(ref, np.float64))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_4(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(None, np.float64)), np.sort(np.asarray(ref, np.float64))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_5(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(est, None)), np.sort(np.asarray(ref, np.float64))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_6(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(np.float64)), np.sort(np.asarray(ref, np.float64))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_7(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(est, )), np.sort(np.asarray(ref, np.float64))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_8(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(est, np.float64)), np.sort(None)
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_9(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(est, np.float64)), np.sort(np.asarray(None, np.float64))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_10(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(est, np.float64)), np.sort(np.asarray(ref, None))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_11(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(est, np.float64)), np.sort(np.asarray(np.float64))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_12(est, ref, *, tolerance=0.05):
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

    est, ref = np.sort(np.asarray(est, np.float64)), np.sort(np.asarray(ref, ))
    if not len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_13(est, ref, *, tolerance=0.05):
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
    if not len(est) or not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_14(est, ref, *, tolerance=0.05):
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
    if len(est) and not len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_15(est, ref, *, tolerance=0.05):
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
    if not len(est) and len(ref):
        return 1.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_16(est, ref, *, tolerance=0.05):
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
        return 2.0
    with warnings.catch_warnings():  # it warns about an empty side, then scores 0
        warnings.simplefilter("ignore")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_17(est, ref, *, tolerance=0.05):
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
        warnings.simplefilter(None)
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_18(est, ref, *, tolerance=0.05):
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
        warnings.simplefilter("XXignoreXX")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_19(est, ref, *, tolerance=0.05):
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
        warnings.simplefilter("IGNORE")
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[0])


def x_onset_f1__mutmut_20(est, ref, *, tolerance=0.05):
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
        return float(None)


def x_onset_f1__mutmut_21(est, ref, *, tolerance=0.05):
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
        return float(mir_eval.onset.f_measure(None, est, window=tolerance)[0])


def x_onset_f1__mutmut_22(est, ref, *, tolerance=0.05):
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
        return float(mir_eval.onset.f_measure(ref, None, window=tolerance)[0])


def x_onset_f1__mutmut_23(est, ref, *, tolerance=0.05):
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
        return float(mir_eval.onset.f_measure(ref, est, window=None)[0])


def x_onset_f1__mutmut_24(est, ref, *, tolerance=0.05):
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
        return float(mir_eval.onset.f_measure(est, window=tolerance)[0])


def x_onset_f1__mutmut_25(est, ref, *, tolerance=0.05):
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
        return float(mir_eval.onset.f_measure(ref, window=tolerance)[0])


def x_onset_f1__mutmut_26(est, ref, *, tolerance=0.05):
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
        return float(mir_eval.onset.f_measure(ref, est, )[0])


def x_onset_f1__mutmut_27(est, ref, *, tolerance=0.05):
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
        return float(mir_eval.onset.f_measure(ref, est, window=tolerance)[1])

mutants_x_onset_f1__mutmut['_mutmut_orig'] = x_onset_f1__mutmut_orig # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_1'] = x_onset_f1__mutmut_1 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_2'] = x_onset_f1__mutmut_2 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_3'] = x_onset_f1__mutmut_3 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_4'] = x_onset_f1__mutmut_4 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_5'] = x_onset_f1__mutmut_5 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_6'] = x_onset_f1__mutmut_6 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_7'] = x_onset_f1__mutmut_7 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_8'] = x_onset_f1__mutmut_8 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_9'] = x_onset_f1__mutmut_9 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_10'] = x_onset_f1__mutmut_10 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_11'] = x_onset_f1__mutmut_11 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_12'] = x_onset_f1__mutmut_12 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_13'] = x_onset_f1__mutmut_13 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_14'] = x_onset_f1__mutmut_14 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_15'] = x_onset_f1__mutmut_15 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_16'] = x_onset_f1__mutmut_16 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_17'] = x_onset_f1__mutmut_17 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_18'] = x_onset_f1__mutmut_18 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_19'] = x_onset_f1__mutmut_19 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_20'] = x_onset_f1__mutmut_20 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_21'] = x_onset_f1__mutmut_21 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_22'] = x_onset_f1__mutmut_22 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_23'] = x_onset_f1__mutmut_23 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_24'] = x_onset_f1__mutmut_24 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_25'] = x_onset_f1__mutmut_25 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_26'] = x_onset_f1__mutmut_26 # type: ignore # mutmut generated
mutants_x_onset_f1__mutmut['x_onset_f1__mutmut_27'] = x_onset_f1__mutmut_27 # type: ignore # mutmut generated
mutants_x_motion__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_motion__mutmut)
def motion(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_orig(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_1(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = None
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_2(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(None, np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_3(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, None)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_4(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_5(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, )
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_6(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = None
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_7(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=None)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_8(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(None).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_9(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(None, axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_10(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=None)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_11(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(axis=0)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_12(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, )).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_13(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=1)).mean(axis=1)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_14(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=2)
    return np.concatenate([[0.0], diff])


def x_motion__mutmut_15(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate(None)


def x_motion__mutmut_16(frames):
    """Mean absolute change of each frame from the previous one.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]

    Returns
    -------
    m : np.ndarray [shape=(n,), dtype=float64]
        0 for the first frame.
    """
    frames = np.asarray(frames, np.float64)
    diff = np.abs(np.diff(frames, axis=0)).mean(axis=1)
    return np.concatenate([[1.0], diff])

mutants_x_motion__mutmut['_mutmut_orig'] = x_motion__mutmut_orig # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_1'] = x_motion__mutmut_1 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_2'] = x_motion__mutmut_2 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_3'] = x_motion__mutmut_3 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_4'] = x_motion__mutmut_4 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_5'] = x_motion__mutmut_5 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_6'] = x_motion__mutmut_6 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_7'] = x_motion__mutmut_7 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_8'] = x_motion__mutmut_8 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_9'] = x_motion__mutmut_9 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_10'] = x_motion__mutmut_10 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_11'] = x_motion__mutmut_11 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_12'] = x_motion__mutmut_12 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_13'] = x_motion__mutmut_13 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_14'] = x_motion__mutmut_14 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_15'] = x_motion__mutmut_15 # type: ignore # mutmut generated
mutants_x_motion__mutmut['x_motion__mutmut_16'] = x_motion__mutmut_16 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_motion_energy__mutmut)
def motion_energy(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_orig(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_1(frames, x, *, row=ROW, max_lag=16):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_2(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = None
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_3(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(None)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_4(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = None
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_5(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(None, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_6(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, None)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_7(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_8(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, )
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_9(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = None
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_10(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(None, len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_11(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), None)
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_12(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_13(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), )
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_14(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = None
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_15(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = None
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_16(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = None  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_17(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(None, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_18(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, None)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_19(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_20(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, )  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_21(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 + 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_22(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n / 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_23(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 3 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_24(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 2)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_25(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(None, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_26(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, None):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_27(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_28(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, ):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_29(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(+max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_30(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag - 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_31(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 2):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_32(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = None
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_33(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if (lag >= 0) and False else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_34(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if (lag >= 0) or True else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_35(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n + lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_36(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag > 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_37(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 1 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_38(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[+lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_39(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n - lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_40(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) >= 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_41(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 3:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_42(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = None
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_43(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(None, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_44(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, None)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_45(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_46(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, )
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_47(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = None
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_48(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(None, key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_49(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=None)
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_50(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(key=lambda k: abs(rs[k]))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_51(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, )
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_52(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: None)
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_53(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(None))
    return rs.get(0, 0.0), rs[best], best


def x_motion_energy__mutmut_54(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(None, 0.0), rs[best], best


def x_motion_energy__mutmut_55(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, None), rs[best], best


def x_motion_energy__mutmut_56(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0.0), rs[best], best


def x_motion_energy__mutmut_57(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, ), rs[best], best


def x_motion_energy__mutmut_58(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(1, 0.0), rs[best], best


def x_motion_energy__mutmut_59(frames, x, *, row=ROW, max_lag=15):
    """Correlation of motion with audio energy, at lag 0 and at the best lag.

    Parameters
    ----------
    frames : np.ndarray [shape=(n, 4096)]
    x : np.ndarray
        audio with one ``row``-long block per frame.
    max_lag : int
        lags -max_lag..max_lag frames (positive: sound after motion).

    Returns
    -------
    r0, best_r, best_lag : float, float, int
    """
    m = motion(frames)
    e = frame_rms(x, row)
    n = min(len(m), len(e))
    m, e = m[:n], e[:n]
    rs = {}
    max_lag = min(max_lag, n // 2 - 1)  # keep at least half the frames overlapping
    for lag in range(-max_lag, max_lag + 1):
        a, b = (m[: n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[: n + lag])
        if len(a) > 2:
            rs[lag] = _pearson(a, b)
    best = max(rs, key=lambda k: abs(rs[k]))
    return rs.get(0, 1.0), rs[best], best

mutants_x_motion_energy__mutmut['_mutmut_orig'] = x_motion_energy__mutmut_orig # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_1'] = x_motion_energy__mutmut_1 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_2'] = x_motion_energy__mutmut_2 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_3'] = x_motion_energy__mutmut_3 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_4'] = x_motion_energy__mutmut_4 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_5'] = x_motion_energy__mutmut_5 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_6'] = x_motion_energy__mutmut_6 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_7'] = x_motion_energy__mutmut_7 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_8'] = x_motion_energy__mutmut_8 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_9'] = x_motion_energy__mutmut_9 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_10'] = x_motion_energy__mutmut_10 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_11'] = x_motion_energy__mutmut_11 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_12'] = x_motion_energy__mutmut_12 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_13'] = x_motion_energy__mutmut_13 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_14'] = x_motion_energy__mutmut_14 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_15'] = x_motion_energy__mutmut_15 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_16'] = x_motion_energy__mutmut_16 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_17'] = x_motion_energy__mutmut_17 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_18'] = x_motion_energy__mutmut_18 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_19'] = x_motion_energy__mutmut_19 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_20'] = x_motion_energy__mutmut_20 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_21'] = x_motion_energy__mutmut_21 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_22'] = x_motion_energy__mutmut_22 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_23'] = x_motion_energy__mutmut_23 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_24'] = x_motion_energy__mutmut_24 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_25'] = x_motion_energy__mutmut_25 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_26'] = x_motion_energy__mutmut_26 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_27'] = x_motion_energy__mutmut_27 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_28'] = x_motion_energy__mutmut_28 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_29'] = x_motion_energy__mutmut_29 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_30'] = x_motion_energy__mutmut_30 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_31'] = x_motion_energy__mutmut_31 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_32'] = x_motion_energy__mutmut_32 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_33'] = x_motion_energy__mutmut_33 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_34'] = x_motion_energy__mutmut_34 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_35'] = x_motion_energy__mutmut_35 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_36'] = x_motion_energy__mutmut_36 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_37'] = x_motion_energy__mutmut_37 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_38'] = x_motion_energy__mutmut_38 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_39'] = x_motion_energy__mutmut_39 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_40'] = x_motion_energy__mutmut_40 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_41'] = x_motion_energy__mutmut_41 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_42'] = x_motion_energy__mutmut_42 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_43'] = x_motion_energy__mutmut_43 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_44'] = x_motion_energy__mutmut_44 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_45'] = x_motion_energy__mutmut_45 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_46'] = x_motion_energy__mutmut_46 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_47'] = x_motion_energy__mutmut_47 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_48'] = x_motion_energy__mutmut_48 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_49'] = x_motion_energy__mutmut_49 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_50'] = x_motion_energy__mutmut_50 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_51'] = x_motion_energy__mutmut_51 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_52'] = x_motion_energy__mutmut_52 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_53'] = x_motion_energy__mutmut_53 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_54'] = x_motion_energy__mutmut_54 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_55'] = x_motion_energy__mutmut_55 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_56'] = x_motion_energy__mutmut_56 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_57'] = x_motion_energy__mutmut_57 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_58'] = x_motion_energy__mutmut_58 # type: ignore # mutmut generated
mutants_x_motion_energy__mutmut['x_motion_energy__mutmut_59'] = x_motion_energy__mutmut_59 # type: ignore # mutmut generated
mutants_x_silence__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_silence__mutmut)
def silence(n_frames, row=ROW):
    """Baseline: zeros for n frames.

    Returns
    -------
    audio : np.ndarray [shape=(n_frames * row,), dtype=float64]
    """
    return np.zeros(n_frames * row)


def x_silence__mutmut_orig(n_frames, row=ROW):
    """Baseline: zeros for n frames.

    Returns
    -------
    audio : np.ndarray [shape=(n_frames * row,), dtype=float64]
    """
    return np.zeros(n_frames * row)


def x_silence__mutmut_1(n_frames, row=ROW):
    """Baseline: zeros for n frames.

    Returns
    -------
    audio : np.ndarray [shape=(n_frames * row,), dtype=float64]
    """
    return np.zeros(None)


def x_silence__mutmut_2(n_frames, row=ROW):
    """Baseline: zeros for n frames.

    Returns
    -------
    audio : np.ndarray [shape=(n_frames * row,), dtype=float64]
    """
    return np.zeros(n_frames / row)

mutants_x_silence__mutmut['_mutmut_orig'] = x_silence__mutmut_orig # type: ignore # mutmut generated
mutants_x_silence__mutmut['x_silence__mutmut_1'] = x_silence__mutmut_1 # type: ignore # mutmut generated
mutants_x_silence__mutmut['x_silence__mutmut_2'] = x_silence__mutmut_2 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mean_row__mutmut)
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


def x_mean_row__mutmut_orig(train_rows, n_frames):
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


def x_mean_row__mutmut_1(train_rows, n_frames):
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
    return np.tile(None, n_frames)


def x_mean_row__mutmut_2(train_rows, n_frames):
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
    return np.tile(np.asarray(train_rows, np.float64).mean(axis=0), None)


def x_mean_row__mutmut_3(train_rows, n_frames):
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
    return np.tile(n_frames)


def x_mean_row__mutmut_4(train_rows, n_frames):
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
    return np.tile(np.asarray(train_rows, np.float64).mean(axis=0), )


def x_mean_row__mutmut_5(train_rows, n_frames):
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
    return np.tile(np.asarray(train_rows, np.float64).mean(axis=None), n_frames)


def x_mean_row__mutmut_6(train_rows, n_frames):
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
    return np.tile(np.asarray(None, np.float64).mean(axis=0), n_frames)


def x_mean_row__mutmut_7(train_rows, n_frames):
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
    return np.tile(np.asarray(train_rows, None).mean(axis=0), n_frames)


def x_mean_row__mutmut_8(train_rows, n_frames):
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
    return np.tile(np.asarray(np.float64).mean(axis=0), n_frames)


def x_mean_row__mutmut_9(train_rows, n_frames):
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
    return np.tile(np.asarray(train_rows, ).mean(axis=0), n_frames)


def x_mean_row__mutmut_10(train_rows, n_frames):
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
    return np.tile(np.asarray(train_rows, np.float64).mean(axis=1), n_frames)

mutants_x_mean_row__mutmut['_mutmut_orig'] = x_mean_row__mutmut_orig # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_1'] = x_mean_row__mutmut_1 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_2'] = x_mean_row__mutmut_2 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_3'] = x_mean_row__mutmut_3 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_4'] = x_mean_row__mutmut_4 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_5'] = x_mean_row__mutmut_5 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_6'] = x_mean_row__mutmut_6 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_7'] = x_mean_row__mutmut_7 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_8'] = x_mean_row__mutmut_8 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_9'] = x_mean_row__mutmut_9 # type: ignore # mutmut generated
mutants_x_mean_row__mutmut['x_mean_row__mutmut_10'] = x_mean_row__mutmut_10 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_nearest_neighbour__mutmut)
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_orig(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_1(train_frames, train_rows, frames):
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
    A = None
    B = np.asarray(frames, np.float64)
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_2(train_frames, train_rows, frames):
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
    A = np.asarray(None, np.float64)
    B = np.asarray(frames, np.float64)
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_3(train_frames, train_rows, frames):
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
    A = np.asarray(train_frames, None)
    B = np.asarray(frames, np.float64)
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_4(train_frames, train_rows, frames):
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
    A = np.asarray(np.float64)
    B = np.asarray(frames, np.float64)
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_5(train_frames, train_rows, frames):
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
    A = np.asarray(train_frames, )
    B = np.asarray(frames, np.float64)
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_6(train_frames, train_rows, frames):
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
    B = None
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_7(train_frames, train_rows, frames):
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
    B = np.asarray(None, np.float64)
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_8(train_frames, train_rows, frames):
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
    B = np.asarray(frames, None)
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_9(train_frames, train_rows, frames):
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
    B = np.asarray(np.float64)
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_10(train_frames, train_rows, frames):
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
    B = np.asarray(frames, )
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_11(train_frames, train_rows, frames):
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
    d = None
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_12(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T - (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_13(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] + 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_14(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(None)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_15(train_frames, train_rows, frames):
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
    d = (B * 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_16(train_frames, train_rows, frames):
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
    d = (B ** 3).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_17(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(2)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_18(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 / B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_19(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 3 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_20(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(None)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_21(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A * 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_22(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 3).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_23(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(2)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_24(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(None, np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_25(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, None)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_26(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(np.float64)[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_27(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, )[d.argmin(axis=1)].ravel()


def x_nearest_neighbour__mutmut_28(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=None)].ravel()


def x_nearest_neighbour__mutmut_29(train_frames, train_rows, frames):
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
    d = (B ** 2).sum(1)[:, None] - 2 * B @ A.T + (A ** 2).sum(1)[None]
    return np.asarray(train_rows, np.float64)[d.argmin(axis=2)].ravel()

mutants_x_nearest_neighbour__mutmut['_mutmut_orig'] = x_nearest_neighbour__mutmut_orig # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_1'] = x_nearest_neighbour__mutmut_1 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_2'] = x_nearest_neighbour__mutmut_2 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_3'] = x_nearest_neighbour__mutmut_3 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_4'] = x_nearest_neighbour__mutmut_4 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_5'] = x_nearest_neighbour__mutmut_5 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_6'] = x_nearest_neighbour__mutmut_6 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_7'] = x_nearest_neighbour__mutmut_7 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_8'] = x_nearest_neighbour__mutmut_8 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_9'] = x_nearest_neighbour__mutmut_9 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_10'] = x_nearest_neighbour__mutmut_10 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_11'] = x_nearest_neighbour__mutmut_11 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_12'] = x_nearest_neighbour__mutmut_12 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_13'] = x_nearest_neighbour__mutmut_13 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_14'] = x_nearest_neighbour__mutmut_14 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_15'] = x_nearest_neighbour__mutmut_15 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_16'] = x_nearest_neighbour__mutmut_16 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_17'] = x_nearest_neighbour__mutmut_17 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_18'] = x_nearest_neighbour__mutmut_18 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_19'] = x_nearest_neighbour__mutmut_19 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_20'] = x_nearest_neighbour__mutmut_20 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_21'] = x_nearest_neighbour__mutmut_21 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_22'] = x_nearest_neighbour__mutmut_22 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_23'] = x_nearest_neighbour__mutmut_23 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_24'] = x_nearest_neighbour__mutmut_24 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_25'] = x_nearest_neighbour__mutmut_25 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_26'] = x_nearest_neighbour__mutmut_26 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_27'] = x_nearest_neighbour__mutmut_27 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_28'] = x_nearest_neighbour__mutmut_28 # type: ignore # mutmut generated
mutants_x_nearest_neighbour__mutmut['x_nearest_neighbour__mutmut_29'] = x_nearest_neighbour__mutmut_29 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_position_prior__mutmut)
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


def x_position_prior__mutmut_orig(train_envelopes, lengths, rng, row=ROW):
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


def x_position_prior__mutmut_1(train_envelopes, lengths, rng, row=ROW):
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
    longest = None
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_2(train_envelopes, lengths, rng, row=ROW):
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
    longest = max(None)
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_3(train_envelopes, lengths, rng, row=ROW):
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
    longest = max(map(None, train_envelopes))
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_4(train_envelopes, lengths, rng, row=ROW):
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
    longest = max(map(len, None))
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_5(train_envelopes, lengths, rng, row=ROW):
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
    longest = max(map(train_envelopes))
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_6(train_envelopes, lengths, rng, row=ROW):
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
    longest = max(map(len, ))
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_7(train_envelopes, lengths, rng, row=ROW):
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
    padded = None
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_8(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array(None)
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_9(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(None, (0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_10(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(e, None, mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_11(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(e, (0, longest - len(e)), mode=None) for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_12(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad((0, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_13(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(e, mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_14(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(e, (0, longest - len(e)), ) for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_15(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(e, (1, longest - len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_16(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(e, (0, longest + len(e)), mode="edge") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_17(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="XXedgeXX") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_18(train_envelopes, lengths, rng, row=ROW):
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
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="EDGE") for e in
                       train_envelopes])
    prior = padded.mean(axis=0)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_19(train_envelopes, lengths, rng, row=ROW):
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
    prior = None
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_20(train_envelopes, lengths, rng, row=ROW):
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
    prior = padded.mean(axis=None)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_21(train_envelopes, lengths, rng, row=ROW):
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
    prior = padded.mean(axis=1)
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_22(train_envelopes, lengths, rng, row=ROW):
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
    env = None
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_23(train_envelopes, lengths, rng, row=ROW):
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
    env = np.concatenate(None)
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_24(train_envelopes, lengths, rng, row=ROW):
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
    env = np.concatenate([prior[np.minimum(None, longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_25(train_envelopes, lengths, rng, row=ROW):
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
    env = np.concatenate([prior[np.minimum(np.arange(n), None)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_26(train_envelopes, lengths, rng, row=ROW):
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
    env = np.concatenate([prior[np.minimum(longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_27(train_envelopes, lengths, rng, row=ROW):
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
    env = np.concatenate([prior[np.minimum(np.arange(n), )] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_28(train_envelopes, lengths, rng, row=ROW):
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
    env = np.concatenate([prior[np.minimum(np.arange(None), longest - 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_29(train_envelopes, lengths, rng, row=ROW):
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
    env = np.concatenate([prior[np.minimum(np.arange(n), longest + 1)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_30(train_envelopes, lengths, rng, row=ROW):
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
    env = np.concatenate([prior[np.minimum(np.arange(n), longest - 2)] for n in lengths])
    return (rng.standard_normal((len(env), row)) * env[:, None]).ravel()


def x_position_prior__mutmut_31(train_envelopes, lengths, rng, row=ROW):
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
    return (rng.standard_normal((len(env), row)) / env[:, None]).ravel()


def x_position_prior__mutmut_32(train_envelopes, lengths, rng, row=ROW):
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
    return (rng.standard_normal(None) * env[:, None]).ravel()

mutants_x_position_prior__mutmut['_mutmut_orig'] = x_position_prior__mutmut_orig # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_1'] = x_position_prior__mutmut_1 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_2'] = x_position_prior__mutmut_2 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_3'] = x_position_prior__mutmut_3 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_4'] = x_position_prior__mutmut_4 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_5'] = x_position_prior__mutmut_5 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_6'] = x_position_prior__mutmut_6 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_7'] = x_position_prior__mutmut_7 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_8'] = x_position_prior__mutmut_8 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_9'] = x_position_prior__mutmut_9 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_10'] = x_position_prior__mutmut_10 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_11'] = x_position_prior__mutmut_11 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_12'] = x_position_prior__mutmut_12 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_13'] = x_position_prior__mutmut_13 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_14'] = x_position_prior__mutmut_14 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_15'] = x_position_prior__mutmut_15 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_16'] = x_position_prior__mutmut_16 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_17'] = x_position_prior__mutmut_17 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_18'] = x_position_prior__mutmut_18 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_19'] = x_position_prior__mutmut_19 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_20'] = x_position_prior__mutmut_20 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_21'] = x_position_prior__mutmut_21 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_22'] = x_position_prior__mutmut_22 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_23'] = x_position_prior__mutmut_23 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_24'] = x_position_prior__mutmut_24 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_25'] = x_position_prior__mutmut_25 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_26'] = x_position_prior__mutmut_26 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_27'] = x_position_prior__mutmut_27 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_28'] = x_position_prior__mutmut_28 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_29'] = x_position_prior__mutmut_29 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_30'] = x_position_prior__mutmut_30 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_31'] = x_position_prior__mutmut_31 # type: ignore # mutmut generated
mutants_x_position_prior__mutmut['x_position_prior__mutmut_32'] = x_position_prior__mutmut_32 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_voice_frequencies__mutmut)
def voice_frequencies(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, low, n_rows)


def x_voice_frequencies__mutmut_orig(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, low, n_rows)


def x_voice_frequencies__mutmut_1(n_rows=65, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, low, n_rows)


def x_voice_frequencies__mutmut_2(n_rows=64, low=501.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, low, n_rows)


def x_voice_frequencies__mutmut_3(n_rows=64, low=500.0, high=5001.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, low, n_rows)


def x_voice_frequencies__mutmut_4(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(None, low, n_rows)


def x_voice_frequencies__mutmut_5(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, None, n_rows)


def x_voice_frequencies__mutmut_6(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, low, None)


def x_voice_frequencies__mutmut_7(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(low, n_rows)


def x_voice_frequencies__mutmut_8(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, n_rows)


def x_voice_frequencies__mutmut_9(n_rows=64, low=500.0, high=5000.0):
    """The vOICe baseline's frequency of each image row, top row highest, log-spaced.

    Returns
    -------
    freqs : np.ndarray [shape=(n_rows,), dtype=float64]
        Hz.
    """
    return np.geomspace(high, low, )

mutants_x_voice_frequencies__mutmut['_mutmut_orig'] = x_voice_frequencies__mutmut_orig # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_1'] = x_voice_frequencies__mutmut_1 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_2'] = x_voice_frequencies__mutmut_2 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_3'] = x_voice_frequencies__mutmut_3 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_4'] = x_voice_frequencies__mutmut_4 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_5'] = x_voice_frequencies__mutmut_5 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_6'] = x_voice_frequencies__mutmut_6 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_7'] = x_voice_frequencies__mutmut_7 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_8'] = x_voice_frequencies__mutmut_8 # type: ignore # mutmut generated
mutants_x_voice_frequencies__mutmut['x_voice_frequencies__mutmut_9'] = x_voice_frequencies__mutmut_9 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_voice_sonification__mutmut)
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


def x_voice_sonification__mutmut_orig(frames, *, sr=RATE, row=ROW):
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


def x_voice_sonification__mutmut_1(frames, *, sr=RATE, row=ROW):
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
    images = None
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_2(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(None, 64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_3(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(-1, None, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_4(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(-1, 64, None)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_5(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_6(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(-1, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_7(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(-1, 64, )
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_8(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(None, np.float64).reshape(-1, 64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_9(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, None).reshape(-1, 64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_10(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(np.float64).reshape(-1, 64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_11(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, ).reshape(-1, 64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_12(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(+1, 64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_13(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(-2, 64, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_14(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(-1, 65, 64)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_15(frames, *, sr=RATE, row=ROW):
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
    images = np.asarray(frames, np.float64).reshape(-1, 64, 65)
    n = len(images)
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_16(frames, *, sr=RATE, row=ROW):
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
    n = None
    t = np.arange(n * row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_17(frames, *, sr=RATE, row=ROW):
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
    t = None
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_18(frames, *, sr=RATE, row=ROW):
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
    t = np.arange(n * row) * sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_19(frames, *, sr=RATE, row=ROW):
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
    t = np.arange(None) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_20(frames, *, sr=RATE, row=ROW):
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
    t = np.arange(n / row) / sr
    freqs = voice_frequencies()
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_21(frames, *, sr=RATE, row=ROW):
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
    freqs = None
    column = (np.arange(n * row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_22(frames, *, sr=RATE, row=ROW):
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
    column = None
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_23(frames, *, sr=RATE, row=ROW):
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
    column = (np.arange(n * row) % row) * 64 / row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_24(frames, *, sr=RATE, row=ROW):
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
    column = (np.arange(n * row) % row) / 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_25(frames, *, sr=RATE, row=ROW):
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
    column = (np.arange(n * row) / row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_26(frames, *, sr=RATE, row=ROW):
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
    column = (np.arange(None) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_27(frames, *, sr=RATE, row=ROW):
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
    column = (np.arange(n / row) % row) * 64 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_28(frames, *, sr=RATE, row=ROW):
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
    column = (np.arange(n * row) % row) * 65 // row
    amps = images[np.arange(n * row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_29(frames, *, sr=RATE, row=ROW):
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
    amps = None  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_30(frames, *, sr=RATE, row=ROW):
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
    amps = images[np.arange(n * row) / row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_31(frames, *, sr=RATE, row=ROW):
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
    amps = images[np.arange(None) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_32(frames, *, sr=RATE, row=ROW):
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
    amps = images[np.arange(n / row) // row, :, column]  # (samples, 64 rows)
    out = np.zeros(n * row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_33(frames, *, sr=RATE, row=ROW):
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
    out = None
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_34(frames, *, sr=RATE, row=ROW):
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
    out = np.zeros(None)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_35(frames, *, sr=RATE, row=ROW):
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
    out = np.zeros(n / row)
    for r, f in enumerate(freqs):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_36(frames, *, sr=RATE, row=ROW):
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
    for r, f in enumerate(None):
        out += amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_37(frames, *, sr=RATE, row=ROW):
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
        out = amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_38(frames, *, sr=RATE, row=ROW):
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
        out -= amps[:, r] * np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_39(frames, *, sr=RATE, row=ROW):
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
        out += amps[:, r] / np.sin(2 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_40(frames, *, sr=RATE, row=ROW):
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
        out += amps[:, r] * np.sin(None)
    return peak_normalise(out)


def x_voice_sonification__mutmut_41(frames, *, sr=RATE, row=ROW):
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
        out += amps[:, r] * np.sin(2 * np.pi * f / t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_42(frames, *, sr=RATE, row=ROW):
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
        out += amps[:, r] * np.sin(2 * np.pi / f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_43(frames, *, sr=RATE, row=ROW):
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
        out += amps[:, r] * np.sin(2 / np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_44(frames, *, sr=RATE, row=ROW):
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
        out += amps[:, r] * np.sin(3 * np.pi * f * t)
    return peak_normalise(out)


def x_voice_sonification__mutmut_45(frames, *, sr=RATE, row=ROW):
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
    return peak_normalise(None)

mutants_x_voice_sonification__mutmut['_mutmut_orig'] = x_voice_sonification__mutmut_orig # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_1'] = x_voice_sonification__mutmut_1 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_2'] = x_voice_sonification__mutmut_2 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_3'] = x_voice_sonification__mutmut_3 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_4'] = x_voice_sonification__mutmut_4 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_5'] = x_voice_sonification__mutmut_5 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_6'] = x_voice_sonification__mutmut_6 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_7'] = x_voice_sonification__mutmut_7 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_8'] = x_voice_sonification__mutmut_8 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_9'] = x_voice_sonification__mutmut_9 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_10'] = x_voice_sonification__mutmut_10 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_11'] = x_voice_sonification__mutmut_11 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_12'] = x_voice_sonification__mutmut_12 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_13'] = x_voice_sonification__mutmut_13 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_14'] = x_voice_sonification__mutmut_14 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_15'] = x_voice_sonification__mutmut_15 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_16'] = x_voice_sonification__mutmut_16 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_17'] = x_voice_sonification__mutmut_17 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_18'] = x_voice_sonification__mutmut_18 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_19'] = x_voice_sonification__mutmut_19 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_20'] = x_voice_sonification__mutmut_20 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_21'] = x_voice_sonification__mutmut_21 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_22'] = x_voice_sonification__mutmut_22 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_23'] = x_voice_sonification__mutmut_23 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_24'] = x_voice_sonification__mutmut_24 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_25'] = x_voice_sonification__mutmut_25 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_26'] = x_voice_sonification__mutmut_26 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_27'] = x_voice_sonification__mutmut_27 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_28'] = x_voice_sonification__mutmut_28 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_29'] = x_voice_sonification__mutmut_29 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_30'] = x_voice_sonification__mutmut_30 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_31'] = x_voice_sonification__mutmut_31 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_32'] = x_voice_sonification__mutmut_32 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_33'] = x_voice_sonification__mutmut_33 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_34'] = x_voice_sonification__mutmut_34 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_35'] = x_voice_sonification__mutmut_35 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_36'] = x_voice_sonification__mutmut_36 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_37'] = x_voice_sonification__mutmut_37 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_38'] = x_voice_sonification__mutmut_38 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_39'] = x_voice_sonification__mutmut_39 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_40'] = x_voice_sonification__mutmut_40 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_41'] = x_voice_sonification__mutmut_41 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_42'] = x_voice_sonification__mutmut_42 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_43'] = x_voice_sonification__mutmut_43 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_44'] = x_voice_sonification__mutmut_44 # type: ignore # mutmut generated
mutants_x_voice_sonification__mutmut['x_voice_sonification__mutmut_45'] = x_voice_sonification__mutmut_45 # type: ignore # mutmut generated
