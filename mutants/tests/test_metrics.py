"""Metrics on signals with known answers, and the baselines."""
import numpy as np
import pytest

from dbn import metrics as ev

SR = 22050


@pytest.fixture
def noise(rng):
    return rng.normal(0, 0.3, SR)


def test_identical_signals_have_zero_distances(noise):
    assert ev.log_spectral_distance(noise, noise) == 0
    assert ev.spectral_convergence(noise, noise) == 0
    assert ev.multires_stft_distance(noise, noise) == 0
    assert ev.envelope_correlation(noise * np.linspace(0, 1, SR), noise *
                                   np.linspace(0, 1, SR)) == pytest.approx(1)


def test_distances_grow_with_difference(noise, rng):
    near = noise + rng.normal(0, 0.01, SR)
    far = noise + rng.normal(0, 0.3, SR)
    for metric in (ev.log_spectral_distance, ev.spectral_convergence, ev.multires_stft_distance):
        assert 0 < metric(near, noise) < metric(far, noise)


def test_a_30hz_pulse_train_raises_the_buzz_index(noise):
    pulses = np.zeros(SR)
    pulses[::735] = 5.0
    assert ev.buzz_index(noise + pulses) > ev.buzz_index(noise) + 5
    assert abs(ev.buzz_index(noise)) < 3


def test_position_prior_is_the_training_loudness_by_position(rng):
    # the shorter clip goes on at its last value: by position (0 + 2) / 2 = 1,
    # (1 + 1) / 2 = 1, (2 + 1) / 2 = 1.5, and past the longest clip its last, 1.5
    envs = [np.array([0.0, 1.0, 2.0]), np.array([2.0, 1.0])]
    audio = ev.position_prior(envs, [4, 2], rng, row=20000)
    rms = np.sqrt((audio.reshape(6, 20000) ** 2).mean(axis=1))
    np.testing.assert_allclose(rms, [1, 1, 1.5, 1.5, 1, 1], atol=0.03)


def test_onset_f1_matches_optimally():
    # greedy matching by reference order pairs 1.0 with 1.03 and leaves 1.06 alone;
    # the optimal one-to-one matching (mir_eval's) pairs both
    assert ev.onset_f1(np.array([0.96, 1.03]), np.array([1.0, 1.06])) == 1.0


def test_onset_f1_known_times():
    ref = np.array([0.5, 1.0, 1.5])
    assert ev.onset_f1(ref, ref) == 1.0
    assert ev.onset_f1(ref + 0.1, ref) == 0.0
    assert ev.onset_f1(ref + 0.04, ref) == 1.0
    assert ev.onset_f1(np.array([0.5]), ref) == pytest.approx(0.5)


def test_detected_onsets_of_clicks():
    x = np.zeros(SR * 2)
    for t in (0.3, 0.9, 1.5):
        i = int(t * SR)
        x[i:i + 500] = np.hanning(1000)[500:] * np.sin(np.arange(500))
    assert ev.onset_f1(ev.onsets(x), np.array([0.3, 0.9, 1.5])) == 1.0
    shifted = np.roll(x, int(0.1 * SR))
    assert ev.onset_f1(ev.onsets(shifted), np.array([0.3, 0.9, 1.5])) == 0.0


def test_motion_energy_finds_the_lag(rng):
    frames = rng.random((60, 4096))
    frames[30:] = frames[29]  # motion stops at frame 30
    energy = np.repeat(np.r_[np.ones(33), np.zeros(27)], 735) * rng.normal(1, 0.01, 60 * 735)
    r0, best, lag = ev.motion_energy(frames, energy)
    assert best > 0.9 and lag == 3 and r0 < best


def test_voice_single_bright_pixel():
    frame = np.zeros((64, 64))
    frame[10, 40] = 1.0
    audio = ev.voice_sonification(np.tile(frame.ravel(), (30, 1)))
    f = ev.voice_frequencies()[10]
    per_frame = audio.reshape(30, 735)
    on = np.nonzero(np.abs(per_frame[0]) > 1e-9)[0]
    assert on.min() >= 40 * 735 // 64 - 1 and on.max() <= 41 * 735 // 64 + 1
    spec = np.abs(np.fft.rfft(audio))
    assert abs(np.argmax(spec) * SR / len(audio) - f) < 35


def test_baselines(rng):
    train_frames = rng.random((5, 4096))
    train_rows = rng.uniform(-1, 1, (5, 735))
    nn = ev.nearest_neighbour(train_frames, train_rows, train_frames[[3, 1]] + 1e-3)
    assert np.array_equal(nn, train_rows[[3, 1]].ravel())
    assert np.allclose(ev.mean_row(train_rows, 2), np.tile(train_rows.mean(0), 2))
    assert not ev.silence(3).any() and len(ev.silence(3)) == 3 * 735


def rows_of(amplitudes, row=735):
    """A signal whose frame RMS is exactly each amplitude: +-a alternating within a frame."""
    signs = np.where(np.arange(row) % 2, -1.0, 1.0)
    return (np.asarray(amplitudes, np.float64)[:, None] * signs).ravel()


def test_envelope_correlation_against_pearson_by_hand():
    # envelopes a = 1, 2, 3, 4 and b = 1, 3, 2, 4: deviations -1.5 -0.5 0.5 1.5 and
    # -1.5 0.5 -0.5 1.5, products 2.25 - 0.25 - 0.25 + 2.25 = 4, both norms sqrt(5): 0.8
    a, b = rows_of([1, 2, 3, 4]), rows_of([1, 3, 2, 4])
    assert ev.envelope_correlation(a, b) == pytest.approx(0.8)
    assert ev.envelope_correlation(a, rows_of([4, 3, 2, 1])) == pytest.approx(-1.0)
    assert ev.envelope_correlation(rows_of([1, 1, 1, 1]), a) == 0.0  # a constant envelope


def test_log_spectral_distance_of_a_louder_copy(noise):
    # twice the amplitude is four times the power in every bin: 10 log10 4 dB everywhere,
    # so the RMS over bins and the mean over frames are 6.0206 dB
    assert ev.log_spectral_distance(2 * noise, noise) == pytest.approx(10 * np.log10(4),
                                                                       rel=1e-6)
    assert ev.log_spectral_distance(noise, 2 * noise) == pytest.approx(10 * np.log10(4),
                                                                       rel=1e-6)


def test_spectral_convergence_of_scaled_copies(noise):
    # || |Y| - c|Y| || / || |Y| || = |1 - c|
    assert ev.spectral_convergence(2 * noise, noise) == pytest.approx(1.0)
    assert ev.spectral_convergence(0.5 * noise, noise) == pytest.approx(0.5)
    assert ev.spectral_convergence(np.zeros_like(noise), noise) == pytest.approx(1.0)


def test_multires_stft_distance_of_a_louder_copy(noise):
    # at each resolution: spectral convergence |1 - 2| = 1, plus mean |log 2|Y| - log |Y||
    # = ln 2 (the 1e-7 floor is far below these magnitudes): 1 + ln 2 on average
    assert ev.multires_stft_distance(2 * noise, noise) == pytest.approx(1 + np.log(2),
                                                                        rel=1e-5)
    # a quarter of the amplitude: |1 - 1/4| + ln 4
    assert ev.multires_stft_distance(noise / 4, noise) == pytest.approx(0.75 + np.log(4),
                                                                        rel=1e-5)


def test_onset_f1_precision_and_recall_by_hand():
    ref = np.array([0.5, 1.0, 1.5, 2.0])
    # 2 found of 4 real (recall 1/2), both right (precision 1): F = 2 * 1 * 0.5 / 1.5 = 2/3
    assert ev.onset_f1(np.array([0.52, 1.49]), ref) == pytest.approx(2 / 3)
    # 4 found, 1 within 50 ms: precision 1/4, recall 1/4, F = 1/4
    assert ev.onset_f1(np.array([0.3, 1.0 + 0.049, 1.7, 2.2]), ref) == pytest.approx(0.25)
    assert ev.onset_f1(np.zeros(0), ref) == 0.0 and ev.onset_f1(np.zeros(0), np.zeros(0)) == 1


def test_buzz_index_of_a_pure_frame_rate_tone():
    # a 30 Hz sine puts its power on the first harmonic only: the index is far above 0
    t = np.arange(SR * 2) / SR
    assert ev.buzz_index(np.sin(2 * np.pi * 30 * t)) > 20
    assert ev.buzz_index(np.sin(2 * np.pi * 45 * t)) < ev.buzz_index(np.sin(2 * np.pi * 30 * t))


def test_frame_rms_by_hand():
    np.testing.assert_allclose(ev.frame_rms(rows_of([3, 0, 5], row=4), row=4), [3, 0, 5])
    # the last block is zero-padded: [2, 2, 2, 2], then [2, 2, 0, 0] -> sqrt(8 / 4)
    np.testing.assert_allclose(ev.frame_rms(np.full(6, 2.0), row=4), [2, np.sqrt(2)])


def test_motion_is_the_mean_absolute_change():
    frames = np.zeros((3, 4096))
    frames[1, :1024] = 1.0   # a quarter of the pixels change by 1: mean 0.25
    frames[2, :1024] = 0.5   # they fall by 0.5: mean 0.125
    np.testing.assert_allclose(ev.motion(frames), [0, 0.25, 0.125])
