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
