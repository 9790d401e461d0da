"""Metrics on signals with known answers, and the baselines."""
import librosa
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


def test_motion_at_a_cut_is_no_motion():
    frames = np.zeros((4, 4096))
    frames[2:] = 1.0  # another piece starts at frame 2
    np.testing.assert_array_equal(ev.motion(frames), [0, 0, 1, 0])
    np.testing.assert_array_equal(ev.motion(frames, (2,)), [0, 0, 0, 0])
    np.testing.assert_array_equal(ev.motion(frames, (0, 4, 9)), ev.motion(frames))


# -- each metric against its definition, written out here with librosa's STFT (the
# parameters the docstrings give) on float32 input, so that a metric that computes in
# another precision, at another resolution or along another axis is caught

def stft_mag(x, n_fft, hop):
    return np.abs(librosa.stft(np.asarray(x, np.float64), n_fft=n_fft, hop_length=hop))


@pytest.fixture
def pair(rng):
    # two float32 signals of different lengths (the longer is cut) and loudness shapes
    x = (rng.normal(0, 0.2, SR + 500) * np.linspace(0.2, 1.5, SR + 500)).astype(np.float32)
    y = (rng.normal(0, 0.3, SR) * np.linspace(1.2, 0.1, SR)).astype(np.float32)
    return x, y


def test_lsd_sc_and_mrstft_by_their_definitions(pair):
    x, y = pair
    X, Y = stft_mag(x[:SR], 1024, 256), stft_mag(y, 1024, 256)
    diff = 10 * np.log10(X ** 2 + 1e-10) - 10 * np.log10(Y ** 2 + 1e-10)
    lsd = np.mean(np.sqrt(np.mean(diff ** 2, axis=0)))  # RMS over bins, mean over frames
    assert ev.log_spectral_distance(x, y) == pytest.approx(lsd, rel=1e-9)
    sc = np.linalg.norm(Y - X) / np.linalg.norm(Y)
    assert ev.spectral_convergence(x, y) == pytest.approx(sc, rel=1e-9)
    total = 0
    for n_fft, hop in ((512, 128), (1024, 256), (2048, 512)):
        X, Y = stft_mag(x[:SR], n_fft, hop), stft_mag(y, n_fft, hop)
        total += np.linalg.norm(Y - X) / np.linalg.norm(Y)
        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))
    assert ev.multires_stft_distance(x, y) == pytest.approx(total / 3, rel=1e-9)
    # the resolution is a setting: a hop that is not a quarter of the window, too
    X, Y = stft_mag(x[:SR], 1024, 512), stft_mag(y, 1024, 512)
    diff = 10 * np.log10(X ** 2 + 1e-10) - 10 * np.log10(Y ** 2 + 1e-10)
    assert ev.log_spectral_distance(x, y, hop=512) == pytest.approx(
        np.mean(np.sqrt(np.mean(diff ** 2, axis=0))), rel=1e-9)
    assert ev.spectral_convergence(x, y, hop=512) == pytest.approx(
        np.linalg.norm(Y - X) / np.linalg.norm(Y), rel=1e-9)
    X, Y = stft_mag(x[:SR], 1024, 100), stft_mag(y, 1024, 100)
    assert ev.multires_stft_distance(x, y, resolutions=((1024, 100),)) == pytest.approx(
        np.linalg.norm(Y - X) / np.linalg.norm(Y)
        + np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7))), rel=1e-9)


def test_envelope_and_frame_rms_by_their_definitions(pair):
    x, y = pair
    n = len(y)
    def rms(s, row):
        s = np.concatenate([np.asarray(s[:n], np.float64), np.zeros(-n % row)])
        return np.sqrt((s.reshape(-1, row) ** 2).mean(axis=1))
    np.testing.assert_allclose(ev.frame_rms(y), rms(y, 735), rtol=1e-12)
    np.testing.assert_allclose(ev.frame_rms(y, 100), rms(y, 100), rtol=1e-12)
    # 5 samples in rows of 4: 3 zeros pad the second row
    np.testing.assert_allclose(ev.frame_rms(np.full(5, 2.0), row=4), [2, 1])
    for row in (735, 441):
        r = np.corrcoef(rms(x, row), rms(y, row))[0, 1]
        assert ev.envelope_correlation(x, y, row) == pytest.approx(r, rel=1e-9)


def test_buzz_index_by_its_definition(rng):
    t = np.arange(2 * SR) / SR
    x = (rng.normal(0, 0.1, 2 * SR) + 0.05 * np.sin(2 * np.pi * 60 * t)).astype(np.float32)
    spec = np.abs(np.fft.rfft(np.asarray(x, np.float64) * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / SR)
    on = [spec[np.abs(freqs - 30 * k) <= max(freqs[1], 1.0)].mean() for k in range(1, 11)]
    off = [spec[(np.abs(freqs - 30 * k) >= 5) & (np.abs(freqs - 30 * k) <= 14)].mean()
           for k in range(1, 11)]
    expect = 10 * np.log10(np.mean(on) / np.mean(off))
    assert ev.buzz_index(x) == pytest.approx(expect, rel=1e-9)
    on3 = [spec[np.abs(freqs - 30 * k) <= 1.0].mean() for k in range(1, 4)]
    off3 = [spec[(np.abs(freqs - 30 * k) >= 5) & (np.abs(freqs - 30 * k) <= 14)].mean()
            for k in range(1, 4)]
    assert ev.buzz_index(x, harmonics=3) == pytest.approx(
        10 * np.log10(np.mean(on3) / np.mean(off3)), rel=1e-9)
    # a quarter second: bins 4 Hz apart, so "at" a harmonic is within one bin of it
    short = x[:SR // 4]
    spec = np.abs(np.fft.rfft(np.asarray(short, np.float64) * np.hanning(len(short)))) ** 2
    freqs = np.fft.rfftfreq(len(short), 1 / SR)
    on = [spec[np.abs(freqs - 30 * k) <= freqs[1]].mean() for k in range(1, 11)]
    off = [spec[(np.abs(freqs - 30 * k) >= 5) & (np.abs(freqs - 30 * k) <= 14)].mean()
           for k in range(1, 11)]
    assert ev.buzz_index(short) == pytest.approx(10 * np.log10(np.mean(on) / np.mean(off)),
                                                 rel=1e-9)
    assert ev.buzz_index(np.zeros(SR)) == 0.0  # nothing at all: neither buzz nor calm
    assert np.isfinite(ev.buzz_index(x[:1000]))  # bins 22 Hz apart: none 5-14 Hz off


def test_onsets_are_found_in_each_joined_piece_alone():
    # three faint clicks on a faint steady tone, then loud noise joined on at 2 s: librosa
    # scales onset strength to the loudest point it is given, so the join hides the clicks
    quiet = 0.001 * np.sin(2 * np.pi * 440 * np.arange(SR * 2) / SR)
    for t in (0.3, 0.9, 1.5):
        i = int(t * SR)
        quiet[i:i + 500] += 0.004 * np.hanning(1000)[500:] * np.sin(np.arange(500))
    loud = np.random.default_rng(0).uniform(-1, 1, SR)
    x = np.concatenate([quiet, loud])
    clicks = np.array([0.3, 0.9, 1.5])
    assert ev.onset_f1(ev.onsets(x)[ev.onsets(x) < 2], clicks) == 0
    found = ev.onsets(x, cuts=(2 * SR,))
    assert ev.onset_f1(found[found < 2], clicks) == 1.0
    # each piece is librosa's on that piece alone, shifted to where the piece starts,
    # less its first 4 hops of 512 samples
    each = [librosa.onset.onset_detect(y=p, sr=SR, units="time") for p in (quiet, loud)]
    expect = np.concatenate([t[t >= 4 * 512 / SR] + start for t, start in zip(each, (0, 2))])
    np.testing.assert_allclose(found, expect, rtol=0, atol=1e-12)
    # cuts outside the signal, repeated or at its ends change nothing; a piece shorter
    # than librosa's window is scored (padded), not refused
    np.testing.assert_array_equal(ev.onsets(x, cuts=(0, len(x), 10 * len(x))), ev.onsets(x))
    np.testing.assert_array_equal(ev.onsets(x, cuts=(2 * SR, 2 * SR)), found)
    assert ev.onsets(x, cuts=(100, len(x) - 100)).ndim == 1
    assert ev.onsets(np.zeros(100), cuts=(50,)).shape == (0,)


def test_no_onset_where_librosa_only_warms_up():
    # steady noise: librosa's strength starts with 3 hops of zeros, then the noise's
    # first difference, so it reports an onset 3 hops in; a click at 0.5 s is kept
    x = 0.1 * np.random.default_rng(1).standard_normal(SR)
    assert np.any(np.isclose(librosa.onset.onset_detect(y=x, sr=SR, units="time"),
                             3 * 512 / SR))
    x[SR // 2:SR // 2 + 500] += np.hanning(1000)[500:] * np.sin(np.arange(500))
    found = ev.onsets(x)
    assert found.min() >= 4 * 512 / SR and ev.onset_f1(found, [0.5]) > 0
    assert ev.onsets(x, sr=11025).min() >= 4 * 512 / 11025


def test_onsets_by_librosa_in_double_precision():
    x = np.zeros(SR * 2, np.float32)
    for t in (0.3, 0.9, 1.5):
        i = int(t * SR)
        x[i:i + 500] = np.hanning(1000)[500:] * np.sin(np.arange(500))
    expect = librosa.onset.onset_detect(y=x.astype(np.float64), sr=SR, units="time")
    np.testing.assert_array_equal(ev.onsets(x), expect)
    np.testing.assert_array_equal(ev.onsets(x, sr=11025),
                                  librosa.onset.onset_detect(y=x.astype(np.float64),
                                                             sr=11025, units="time"))
    assert ev.onsets(np.zeros(100)).shape == (0,)
    # tolerance is mir_eval's window: 30 ms misses what 50 ms finds
    assert ev.onset_f1([0.54], [0.5], tolerance=0.03) == 0.0
    assert ev.onset_f1(np.array([0.54], np.float32), [0.5]) == 1.0


def test_motion_energy_against_every_lag_by_hand(rng):
    n = 40
    frames = rng.random((n, 4096)).astype(np.float32)
    m = np.concatenate([[0.0], np.abs(np.diff(frames.astype(np.float64), axis=0)).mean(1)])
    e = np.concatenate([m[3:], rng.random(3)])  # the sound leads the motion by 3 frames
    x = (e[:, None] * np.where(np.arange(735) % 2, -1.0, 1.0)).ravel()
    rs = {}
    for lag in range(-15, 16):  # n // 2 - 1 = 19 allows all of them
        a, b = (m[:n - lag], e[lag:]) if lag >= 0 else (m[-lag:], e[:n + lag])
        rs[lag] = np.corrcoef(a, b)[0, 1]
    r0, best, lag = ev.motion_energy(frames, x)
    assert lag == -3 and best == pytest.approx(rs[-3], rel=1e-9)
    assert r0 == pytest.approx(rs[0], rel=1e-9)
    assert ev.motion_energy(frames, x, max_lag=2)[2] in (-2, -1, 0, 1, 2)


def test_motion_energy_pairs_no_frame_with_another_pieces_sound(rng):
    n, cuts = 40, (13, 27)
    frames = rng.random((n, 4096)).astype(np.float32)
    e = rng.random(n)
    x = (e[:, None] * np.where(np.arange(735) % 2, -1.0, 1.0)).ravel()
    m = np.concatenate([[0.0], np.abs(np.diff(frames.astype(np.float64), axis=0)).mean(1)])
    m[list(cuts)] = 0
    piece = np.searchsorted(cuts, np.arange(n), side="right")
    rs = {}
    for lag in range(-15, 16):
        pairs = [(m[t], e[t + lag]) for t in range(n)
                 if 0 <= t + lag < n and piece[t] == piece[t + lag]]
        if len(pairs) > 2:  # pieces of 13-14 frames: the longest lags have no pairs
            rs[lag] = np.corrcoef(np.array(pairs).T)[0, 1]
    best = max(rs, key=lambda k: abs(rs[k]))
    r0, r, lag = ev.motion_energy(frames, x, cuts=cuts)
    assert (r0, r, lag) == (pytest.approx(rs[0], rel=1e-9), pytest.approx(rs[best], rel=1e-9),
                            best)
    assert ev.motion_energy(frames, x)[0] != pytest.approx(rs[0], rel=1e-3)


def lagged(rng, n, lag):
    """Frames whose motion is random, and audio whose loudness is that motion ``lag``
    frames later (positive: the sound follows the motion), elsewhere random."""
    frames = rng.random((n, 4096)).astype(np.float32)
    m = np.concatenate([[0.0], np.abs(np.diff(frames.astype(np.float64), axis=0)).mean(1)])
    e = rng.random(n) * m.mean()
    if lag >= 0:
        e[lag:] = m[:n - lag]
    else:
        e[:n + lag] = m[-lag:]
    return frames, (e[:, None] * np.where(np.arange(735) % 2, -1.0, 1.0)).ravel()


@pytest.mark.parametrize("n,lag,max_lag,found", [
    (60, -15, 15, True), (60, -16, 15, False), (60, -16, 16, True), (60, 15, 15, True),
    (60, 16, 15, False),
    # a short clip keeps half its frames overlapping: 16 frames allow lags -7..7 only
    (16, -7, 15, True), (16, 7, 15, True), (16, -9, 15, False),
    (4, 1, 15, True), (4, -1, 15, True)])
def test_motion_energy_searches_the_lags_it_should(rng, n, lag, max_lag, found):
    frames, x = lagged(rng, n, lag)
    assert (ev.motion_energy(frames, x, max_lag=max_lag)[2] == lag) == found


def test_motion_energy_by_default_searches_15_frames_each_way_in_rows_of_735(rng):
    frames, x = lagged(rng, 60, -16)
    assert ev.motion_energy(frames, x)[2] != -16
    frames, x = lagged(rng, 60, 15)
    assert ev.motion_energy(frames, x)[2] == 15
    # rows of 100 samples: the same loudness, 100 samples a frame
    short = x.reshape(60, 735)[:, :100].ravel()
    assert ev.motion_energy(frames, short, row=100)[2] == 15


def test_nearest_neighbour_weighs_each_training_frames_own_norm():
    # frame q is nearest to b (distance^2 1) though a's dot product with q is larger:
    # only the full |q - t|^2 (with each |t|^2) picks b
    q = np.zeros(4096, np.float32)
    q[0] = 1.0
    a, b = np.zeros(4096, np.float32), np.zeros(4096, np.float32)
    a[0] = 3.0
    rows = np.array([np.full(735, 0.25), np.full(735, -0.5)])
    out = ev.nearest_neighbour(np.stack([a, b]), rows, q[None])
    np.testing.assert_array_equal(out, rows[1])
    a[0] = 1.8  # now a is nearer (0.64 against 1): the squares of its pixels, not cubes
    np.testing.assert_array_equal(ev.nearest_neighbour(np.stack([a, b]), rows, q[None]),
                                  rows[0])
    rows32 = rows.astype(np.float32)
    assert ev.nearest_neighbour(np.stack([a, b]), rows32, q[None]).dtype == np.float64
    assert ev.mean_row(rows32, 2).dtype == np.float64
    np.testing.assert_allclose(ev.mean_row(np.array([[1.0, 3.0], [2.0, 5.0]]), 2),
                               [1.5, 4, 1.5, 4])


def test_voice_frequencies_span_5000_to_500_hz():
    f = ev.voice_frequencies()
    assert len(f) == 64 and f[0] == 5000 and f[-1] == pytest.approx(500)
    np.testing.assert_allclose(f[1:] / f[:-1], (500 / 5000) ** (1 / 63))
    frame = np.zeros((64, 64))
    frame[63, :] = 1.0  # the bottom row alone: a steady 500 Hz sine, positive first
    frame[0, :32] = 0.3  # and the top row's left half: 5 kHz at float32's 0.3, in float64
    audio = ev.voice_sonification(np.tile(frame.ravel(), (3, 1)).astype(np.float32))
    t = np.arange(3 * 735) / SR
    left = (np.arange(3 * 735) % 735) * 64 // 735 < 32
    expect = np.sin(2 * np.pi * 500 * t) + float(np.float32(0.3)) * left * np.sin(
        2 * np.pi * 5000 * t)
    np.testing.assert_allclose(audio, expect / np.abs(expect).max(), atol=1e-12)


def test_pitch_scores_of_tones_a_semitone_apart_and_silence():
    t = np.arange(2 * SR) / SR
    ref = 0.5 * np.sin(2 * np.pi * 440 * t)
    sharp = 0.5 * np.sin(2 * np.pi * 440 * 2 ** (100 / 1200) * t)  # 100 cents above
    near = 0.5 * np.sin(2 * np.pi * 440 * 2 ** (20 / 1200) * t)  # 20 cents above
    s = ev.pitch_scores(sharp, ref)
    assert s["pitch_error_cents"] == pytest.approx(100, abs=5) and s["pitch_within_50c"] == 0
    assert s["voicing_agreement"] == 1.0
    s = ev.pitch_scores(near, ref)
    assert s["pitch_error_cents"] == pytest.approx(20, abs=5) and s["pitch_within_50c"] == 1.0
    half = ref.copy()
    half[SR:] = 0  # voiced for the first second only
    s = ev.pitch_scores(half, ref)
    assert s["voicing_agreement"] == pytest.approx(0.5, abs=0.05)
    assert s["pitch_within_50c"] == pytest.approx(0.5, abs=0.05)
    s = ev.pitch_scores(np.zeros(2 * SR), ref)
    assert s["pitch_error_cents"] is None and s["pitch_within_50c"] == 0.0
    f0, voiced = ev.pitch_track(ref)
    assert len(f0) == len(voiced) == -(-2 * SR // 735)
    assert np.nanmedian(f0) == pytest.approx(440, rel=0.01)


def two_tones(first=220.0, second=440.0):
    """A second of each tone, joined at sample 22050 (frame 30): a rotated clip's wrap."""
    t = np.arange(SR) / SR
    return np.r_[0.5 * np.sin(2 * np.pi * first * t), 0.5 * np.sin(2 * np.pi * second * t + 1)]


def test_pitch_is_tracked_in_each_piece_alone():
    x = two_tones()
    truth = np.repeat([220.0, 440.0], 30)
    f0, voiced = ev.pitch_track(x, cuts=(SR,))
    assert voiced.all() and np.max(np.abs(1200 * np.log2(f0 / truth))) < 20
    # across the join, a window holding both tones hears the lower (440 Hz is its octave)
    f0, voiced = ev.pitch_track(x)
    assert np.nanmax(np.abs(1200 * np.log2(f0 / truth))) > 1000 or not voiced.all()
    pieces = [ev.pitch_track(x[:SR]), ev.pitch_track(x[SR:])]
    for whole, parts in zip(ev.pitch_track(x, cuts=(SR, 0, 2 * SR)), zip(*pieces)):
        np.testing.assert_array_equal(whole, np.concatenate(parts))
    with pytest.raises(ValueError, match="multiples of 735"):
        ev.pitch_track(x, cuts=(SR + 1,))


def test_pitch_scores_hear_each_piece_alone():
    ref = two_tones()
    est = ref.copy()
    est[:SR] = 0  # the first piece silent, the second the reference's own tone
    s = ev.pitch_scores(est, ref, cuts=(SR,))
    assert s["pitch_within_50c"] == 0.5 and s["voicing_agreement"] == 0.5
    assert ev.pitch_scores(est, ref)["pitch_within_50c"] < 0.5  # frame 30 heard as 220 Hz


def test_the_loudness_oracle_is_as_loud_as_the_reference_frame_by_frame(rng):
    y = rows_of(np.r_[np.zeros(10), np.linspace(0.1, 0.8, 30)])
    oracle = ev.loudness_oracle(y, rng)
    assert len(oracle) == len(y) and not oracle[:7350].any()
    np.testing.assert_allclose(ev.frame_rms(oracle)[10:], ev.frame_rms(y)[10:], rtol=0.15)
    assert ev.envelope_correlation(oracle, y) > 0.99


def test_level_difference_by_hand():
    rng = np.random.default_rng(0)
    y = rng.normal(0, 0.1, 22050)
    assert ev.level_difference(2 * y, y) == pytest.approx(20 * np.log10(2))
    assert ev.level_difference(y[:1000] * 0.5, y) == pytest.approx(-6.0206, abs=1e-3)
    assert ev.level_difference(np.zeros(100), y) is None
    assert ev.level_difference(y, np.zeros(100)) is None


def test_intelligibility_is_pystois_with_the_reference_second():
    from pystoi import stoi
    rng = np.random.default_rng(1)
    t = np.arange(2 * 22050) / 22050
    y = np.sin(2 * np.pi * 220 * t) * (np.sin(2 * np.pi * 3 * t) > 0)  # a tone switched at 3 Hz
    x = y + rng.normal(0, 0.3, len(y))
    got = ev.intelligibility(x, y)
    assert got["stoi"] == pytest.approx(stoi(y, x, 22050), abs=1e-8)
    assert got["estoi"] == pytest.approx(stoi(y, x, 22050, extended=True), abs=1e-8)
    assert got["stoi"] != pytest.approx(stoi(x, y, 22050), abs=1e-4)  # not symmetric
    assert ev.intelligibility(y, y)["estoi"] == pytest.approx(1.0, abs=1e-6)
    assert ev.intelligibility(x[:4000], y[:4000]) == {"stoi": None, "estoi": None}
    for shift in range(3):  # silence, wherever its buffer starts: none of the speech, exactly
        silent = np.zeros(len(y) + shift)[shift:]
        assert ev.intelligibility(silent, y) == {"stoi": 0.0, "estoi": 0.0}
    assert ev.intelligibility(silent + 1e-3 * y, y)["estoi"] > 0.9  # not any quiet signal
    # pystoi's 30 frames of 256 at 10 kHz, hop 128: 0.4 s is enough, and so is 1 s
    for n in (int(0.4 * 22050), 22050):
        got = ev.intelligibility(x[:n], y[:n])
        assert got["stoi"] == pytest.approx(stoi(y[:n], x[:n], 22050), abs=1e-8)
