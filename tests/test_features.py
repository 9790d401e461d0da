"""Frames and targets against direct numpy evaluations of ORIGINAL.md sections 2-3."""
import math

import cv2
import librosa
import numpy as np
import pytest

from dbn.features import (SPECTRAL, fft2_frames, frame_vector, frame_windows,
                          frame_centres, last_window_length, mel_magnitudes, mel_rows,
                          pcm_rows, rows_to_pcm, spectral_rows)
from dbn.media import to_int16


def test_frame_vector_is_cv2_gray_resize_over_255(rng):
    bgr = rng.integers(0, 256, (48, 80, 3), dtype=np.uint8)
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    expect = cv2.resize(gray, (64, 64), interpolation=cv2.INTER_LINEAR)
    x = frame_vector(bgr)
    assert x.dtype == np.float32 and x.shape == (4096,)
    assert np.array_equal(x, (expect.astype(np.float32) / 255).ravel())


def test_pcm_rows_hand_made():
    s = np.array([-32768, 0, 32767, -1], np.int16)
    rows = pcm_rows(s, row=3)
    assert rows.dtype == np.float32 and rows.shape == (2, 3)
    assert rows.ravel().tolist() == [0.0, 0.5, 32767 / 65536 + 0.5, 32767 / 65536, 0.0, 0.0]
    assert rows.max() < 1.0


def test_pcm_rows_count_and_inverse(rng):
    s = rng.integers(-32768, 32768, 735 * 4 + 10).astype(np.int16)
    rows = pcm_rows(s)
    assert rows.shape == (5, 735)
    assert np.array_equal(rows_to_pcm(rows)[: len(s)], s)


def test_to_int16_wraps_like_2015_and_clips_when_clean():
    x = np.array([0.0, 0.5, 1.0, 1.5, -1.2, -1.0])
    wrapped = [0, 16384, 32767, np.int16(np.int64(49150) - 65536), np.int16(-39320 + 65536),
               -32767]
    assert to_int16(x).tolist() == [int(v) for v in wrapped]
    assert to_int16(x, clean=True).tolist() == [0, 16384, 32767, 32767, -32768, -32767]


def test_to_int16_scales_in_the_data_dtype():
    # libsndfile under scikits.audiolab: lrintf(x * 32767.0f) for float32 data,
    # lrint(x * 32767.0) for float64. 0.52499467f * 32767 is 17202.5 in single
    # precision (rounded to even: 17202) and 17202.50002... in double (17203).
    x = np.array([0.5249946713447571, 0.3829920291900635], np.float32)
    assert to_int16(x).tolist() == [17202, 12550]
    assert to_int16(x.astype(np.float64)).tolist() == [17203, 12549]
    assert to_int16(x, clean=True).tolist() == [17203, 12549]  # --clean: as before


def test_frame_windows_zero_pad():
    w = frame_windows(np.arange(10), 4, 6)
    assert w.shape == (3, 6)
    assert w[0].tolist() == [0, 1, 2, 3, 4, 5] and w[2].tolist() == [8, 9, 0, 0, 0, 0]


def _direct(samples, variant):
    """Section 3 written out as the 2015 picklers did it, with explicit loops.

    Pad to hop * ceil(n / hop), then to (W + 1) * ceil(L / W); window i is the
    slice [i * hop, i * hop + W), possibly shorter than W; the FFT has the
    window's own length and keeps bins 0..W/2. The Hann-windowed stft
    variant crashed on a short window: that one is zero-padded to W.
    """
    spec = SPECTRAL[variant]
    hop, W = spec["hop"], spec["n_fft"]
    x = samples / 32768.0
    n = math.ceil(len(x) / hop)
    L = hop * n
    padded = np.zeros((W + 1) * math.ceil(L / W))
    padded[: len(x)] = x
    rows = []
    for i in range(n):
        w = padded[i * hop: i * hop + W]
        if variant == "stft":
            w = np.concatenate([w, np.zeros(W - len(w))]) * np.hanning(W)
        rows.append(np.fft.fft(w)[: W // 2 + 1])
    b = np.array(rows)
    if variant in ("stft", "stft-real"):
        return b.real / np.abs(b.real).max()
    mag = np.abs(b) / np.abs(b).max()
    if variant == "stft-mag":
        return mag
    ph = np.angle(b)
    return np.hstack([mag, ph / np.abs(ph).max()])


@pytest.mark.parametrize("n_samples", [5000, 4000, 1024 * 90 - 400])
@pytest.mark.parametrize("variant", sorted(SPECTRAL))
def test_spectral_variant_matches_direct_evaluation(rng, variant, n_samples):
    # 4000 and 91760 samples make an even number of 1024-sample rows (4 and 90),
    # whose last 30720 Hz window 2015 cut short
    s = rng.integers(-20000, 20000, n_samples).astype(np.int16)
    out = spectral_rows(s, variant)
    assert out.dtype == np.float64 and out.shape[1] == SPECTRAL[variant]["width"]
    np.testing.assert_allclose(out, _direct(s, variant), atol=1e-12)


def test_short_last_window_length():
    # ORIGINAL.md section 3: 90 rows at hop 1024 -> a last window of 1069 samples
    assert last_window_length(90 * 1024 - 5, 1024, 2048) == 1069
    assert last_window_length(89 * 1024, 1024, 2048) == 2048
    assert last_window_length(2048 * 1024, 1024, 2048) == 2048


def test_stft_magnitude_agrees_with_librosa(rng):
    s = rng.integers(-20000, 20000, 30720).astype(np.int16)
    ours = np.abs(np.fft.fft(frame_windows(s / 32768.0, 1024, 2048), axis=1)[:, :1025])
    ref = np.abs(librosa.stft(s / 32768.0, n_fft=2048, hop_length=1024, window="boxcar",
                              center=False))
    np.testing.assert_allclose(ours[: ref.shape[1]], ref.T, atol=1e-9)


def test_fft2_frames(rng):
    frames = rng.random((3, 4096)).astype(np.float32)
    mags = np.stack([np.abs(np.fft.fft2(f.reshape(64, 64).astype(np.float64))).ravel()
                     for f in frames])
    np.testing.assert_allclose(fft2_frames(frames), mags / mags.max(), atol=1e-12)


def test_silent_audio_does_not_divide_by_zero():
    out = spectral_rows(np.zeros(3000, np.int16), "stft-both")
    assert np.isfinite(out).all() and not out.any()


def test_mel_rows_agree_with_librosa(rng):
    # librosa frames n_fft-long windows at hop; our frame i is centred on
    # (i + 0.5) * 735 at 30 fps, so shift the signal by 1024 - 367 samples
    s = rng.integers(-20000, 20000, 22050).astype(np.int16)
    ours = mel_rows(s, fps=30)
    shifted = np.concatenate([np.zeros(1024 - 368), s / 32768.0, np.zeros(2048)])
    mel = librosa.feature.melspectrogram(y=shifted, sr=22050, n_fft=2048, hop_length=735,
                                         window="hann", center=False, power=1.0, n_mels=80)
    ref = (np.log10(np.maximum(mel.T, 1e-4)) / 4 + 1)[: len(ours)]
    assert ours.shape == (30, 80) and ours.dtype == np.float32
    np.testing.assert_allclose(ours, ref, atol=1e-5)


def test_mel_rows_follow_the_frame_rate():
    # one row per frame at 25 fps: 2 s -> 50 rows; a tone's row is the same wherever
    t = np.arange(44100) / 22050
    s = (0.5 * 32767 * np.sin(2 * np.pi * 440 * t)).astype(np.int16)
    rows = mel_rows(s, fps=25)
    assert rows.shape == (50, 80)
    np.testing.assert_allclose(rows[10], rows[30], atol=1e-3)
    np.testing.assert_allclose(mel_magnitudes(rows[10:11]), 10 ** (4 * (rows[10:11] - 1.0)),
                               rtol=1e-6)
    assert frame_centres(3, 25).tolist() == [441, 1323, 2205]
