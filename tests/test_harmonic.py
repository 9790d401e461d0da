"""The harmonic targets against hand-computed tones and noises, and their renderer."""
import numpy as np

from dbn.harmonic import NOISE_BANDS, harmonic_bank, noise_edges, noise_rows, voice_rows
from dbn.targets import TARGETS


def tone(seconds, rate, f=441.0):
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * 32767 * np.sin(2 * np.pi * f * t)).astype(np.int16)


def white(seconds, sd, seed=0):
    rng = np.random.default_rng(seed)
    return np.round(rng.normal(0, sd * 32768, int(seconds * 22050))).astype(np.int16)


def band_shares(sd):
    """A white noise's standard deviation within each band: sd sqrt(width / 11025 Hz)."""
    edges = noise_edges()
    return sd * np.sqrt(np.diff(edges) / 11025.0)


def expand(v, decades=6):
    return 10.0 ** (decades * (np.asarray(v, np.float64) - 1))


def pyin_cents(y, f, rate=22050):
    import librosa
    f0, voiced, _ = librosa.pyin(y, fmin=65, fmax=1047, sr=rate, frame_length=2048,
                                 hop_length=512)
    return 1200 * np.abs(np.log2(f0[voiced] / f))


def test_harmonic_rows_of_a_tone_by_hand():
    # a 330 Hz sine of amplitude 0.5: voiced, pitch log2(330 / 65) / log2(1047 / 65), its
    # first harmonic 0.5 (log10(0.5) / 4 + 1), the others at the floor (0)
    s = tone(2.0, 22050, f=330.0)
    rows = TARGETS["harmonic"].forward(s, 25.0)
    assert rows.shape == (50, 26)
    middle = rows[5:-5]
    assert (middle[:, 0] == 1).all()
    np.testing.assert_allclose(middle[:, 1], np.log2(330 / 65) / np.log2(1047 / 65), atol=0.004)
    np.testing.assert_allclose(middle[:, 2], np.log10(0.5) / 4 + 1, atol=0.05)
    assert (middle[:, 3:] < 0.25).all()
    silent = TARGETS["harmonic"].forward(np.zeros(22050, np.int16), 25.0)
    assert (silent[:, 0] == 0).all()


def test_harmonic_amplitudes_of_a_tone_with_three_partials_by_hand():
    # 0.4, 0.2 and 0.1 at 1, 2 and 3 x 220 Hz: each from the power of its Hann lobe;
    # past 11025 Hz (harmonics 12 to 24 of 1000 Hz) nothing, not even the floor's row 0
    t = np.arange(2 * 22050) / 22050
    s = sum(a * np.sin(2 * np.pi * k * 220.0 * t) for k, a in ((1, 0.4), (2, 0.2), (3, 0.1)))
    rows = TARGETS["harmonic"].forward((s * 32767).astype(np.int16), 25.0)[5:-5]
    np.testing.assert_allclose(expand(rows[:, 2:5], decades=4), [[0.4, 0.2, 0.1]] * len(rows),
                               rtol=0.01)
    assert (rows[:, 5:] < 0.1).all()  # amplitudes under 2.5e-4
    high = TARGETS["harmonic"].forward(tone(1.0, 22050, f=1000.0), 25.0)[5:-5]
    assert (high[:, 2 + 11:] == 0).all() and (high[:, 2] > 0.9).all()


def test_the_oscillator_bank_plays_a_steady_row_as_a_steady_tone():
    # one row, held: f0 = 65 x 16^(1/2) = 260 Hz, harmonic 1 at 0.5 and 2 at 0.25
    row = np.zeros(26)
    row[0], row[1] = 1.0, 0.5
    row[2:] = 0  # 10^(4 (0 - 1)): inaudible
    row[2], row[3] = np.log10(0.5) / 4 + 1, np.log10(0.25) / 4 + 1
    f = 65 * (1047 / 65) ** 0.5
    y = TARGETS["harmonic"].inverse(np.tile(row, (25, 1)), 25.0)
    assert len(y) == 22050
    t = np.arange(len(y)) / 22050
    expect = (0.5 - 1e-4) * np.sin(2 * np.pi * f * t + 2 * np.pi * f / 22050) + \
        (0.25 - 1e-4) * np.sin(2 * np.pi * 2 * f * t + 2 * np.pi * 2 * f / 22050)
    np.testing.assert_allclose(y, expect, atol=1e-6)  # the phase carried sample by sample
    assert np.median(pyin_cents(y, f)) < 6  # what pyin hears, on its 10-cent grid


def test_harmonic_round_trip_keeps_a_gliding_pitch_within_cents():
    rate, n = 22050, 2 * 22050
    f = 220 * 2 ** (np.arange(n) / n)  # one octave up over two seconds
    s = (0.5 * 32767 * np.sin(2 * np.pi * np.cumsum(f) / rate)).astype(np.int16)
    y = TARGETS["harmonic"].inverse(TARGETS["harmonic"].forward(s, 25.0), 25.0)
    import librosa
    f0, voiced, _ = librosa.pyin(y, fmin=65, fmax=1047, sr=rate, frame_length=2048,
                                 hop_length=512)
    centres = np.arange(len(f0)) * 512
    ok = voiced & (centres > 4096) & (centres < n - 4096)
    error = 1200 * np.abs(np.log2(f0[ok] / f[centres[ok]]))
    assert np.median(error) < 15 and np.abs(y).max() <= 0.6


def test_the_harmonic_mode_streams_the_inverse():
    rng = np.random.default_rng(0)
    rows = rng.random((30, 26))
    rows[:, 0] = rows[:, 0] > 0.3
    whole = TARGETS["harmonic"].inverse(rows, 25.0)
    pieces = np.concatenate(list(harmonic_bank([rows[:7], rows[7:19], rows[19:]], 25.0)))
    np.testing.assert_allclose(pieces, whole, atol=1e-9)


def test_noise_rows_of_a_white_noise_by_hand():
    # a white noise of sd 0.1 has sd 0.1 sqrt(width / 11025 Hz) in each band
    s = white(4.0, 0.1)
    rows = TARGETS["harmonic-noise"].forward(s, 25.0)
    assert rows.shape == (100, 42)
    levels = np.sqrt(np.mean(expand(rows[5:-5, 26:]) ** 2, axis=0))  # power, not a median
    db = 20 * np.log10(levels / band_shares(0.1))
    assert np.abs(db).max() < 0.5, db


def test_noise_rows_leave_a_tones_harmonics_out():
    # a 330 Hz tone (0.5) over a white noise (0.01): the bands hear the noise alone
    s = (tone(3.0, 22050, f=330.0) + white(3.0, 0.01, seed=1)).astype(np.int16)
    rows = voice_rows(s, 25.0)
    assert (rows[5:-5, 0] == 1).all()
    levels = np.sqrt(np.mean(expand(rows[5:-5, 26:]) ** 2, axis=0))
    db = 20 * np.log10(levels / band_shares(0.01))
    assert np.abs(db).max() < 1.5, db
    unmasked = noise_rows(s, 25.0, np.zeros_like(rows[:, :26]))  # as if unvoiced
    band = np.searchsorted(noise_edges(), 330.0) - 1
    assert np.median(expand(unmasked[5:-5, band])) > 10 * levels[band]


def test_the_noise_bands_render_at_their_levels():
    # constant band levels -> each band's power in the render (Welch) within 1 dB
    from scipy.signal import welch
    row = np.zeros(42)
    want = band_shares(0.05) * np.linspace(0.5, 2, NOISE_BANDS)
    row[26:] = np.log10(want) / 6 + 1
    y = TARGETS["harmonic-noise"].inverse(np.tile(row, (250, 1)), 25.0)
    f, psd = welch(y[22050:], fs=22050, nperseg=4096)
    edges = noise_edges()
    got = [np.sqrt(psd[(f >= lo) & (f < hi)].sum() * (f[1] - f[0]))
           for lo, hi in zip(edges[:-1], edges[1:])]
    db = 20 * np.log10(np.array(got) / want)
    assert np.abs(db[1:-1]).max() < 1.0, db  # the end bands lean on their neighbours' slopes
    assert abs(20 * np.log10(y[22050:].std() / np.sqrt(np.sum(want ** 2)))) < 0.5


def test_a_white_noise_round_trips_at_its_level():
    s = white(4.0, 0.1, seed=2)
    y = TARGETS["harmonic-noise"].inverse(TARGETS["harmonic-noise"].forward(s, 25.0), 25.0)
    assert abs(20 * np.log10(y[4096:-4096].std() / 0.1)) < 1.0


def test_harmonic_noise_streams_and_its_seed_decides_the_noise():
    rng = np.random.default_rng(0)
    rows = rng.random((30, 42)) * 0.8
    rows[:, 0] = rows[:, 0] > 0.3
    whole = TARGETS["harmonic-noise"].inverse(rows, 25.0)
    pieces = np.concatenate(list(harmonic_bank([rows[:7], rows[7:19], rows[19:]], 25.0, seed=0)))
    np.testing.assert_allclose(pieces, whole, atol=1e-9)
    other = np.concatenate(list(harmonic_bank([rows], 25.0, seed=1)))
    assert np.abs(other - whole).max() > 1e-3
    quiet = rows.copy()
    quiet[:, 26:] = 0  # every band at the floor: the tone alone
    np.testing.assert_allclose(TARGETS["harmonic-noise"].inverse(quiet, 25.0),
                               TARGETS["harmonic"].inverse(rows[:, :26], 25.0), atol=1e-12)


def test_white_noise_is_not_a_voice():
    # pyin's HMM marks most frames of a white noise voiced at its floor probability
    rows = TARGETS["harmonic"].forward(white(3.0, 0.1, seed=3), 25.0)
    assert rows[:, 0].mean() < 0.05


def test_a_tone_fades_in_across_the_segment_where_it_becomes_voiced():
    # row a unvoiced, row b voiced, both 260 Hz at 0.5: between their centres the
    # amplitude rises linearly from 0 to 0.5 (less the floor), the phase carried
    row = np.zeros(26)
    row[1], row[2] = 0.5, np.log10(0.5) / 4 + 1
    a, b = row.copy(), row.copy()
    b[0] = 1.0
    y = TARGETS["harmonic"].inverse(np.stack([a, b]), 25.0)
    centres = [441, 1323]  # floor((i + 0.5) * 882 + 0.5)
    f, n = 65 * (1047 / 65) ** 0.5, centres[1] - centres[0]
    u = np.arange(1, n + 1) / n
    phase = 2 * np.pi * f * (centres[0] + np.arange(1, n + 1)) / 22050
    np.testing.assert_allclose(y[centres[0]:centres[1]], (0.5 - 1e-4) * u * np.sin(phase),
                               atol=1e-9)
    assert not y[:centres[0]].any() and len(y) == 1764


def test_oscillators_past_11025_hz_are_left_out():
    # 1000 Hz with all 24 harmonics at 0.01: only the first 11 sound (no aliases)
    row = np.zeros(26)
    row[0], row[1] = 1.0, np.log2(1000 / 65) / np.log2(1047 / 65)
    row[2:] = np.log10(0.01) / 4 + 1
    y = TARGETS["harmonic"].inverse(np.tile(row, (25, 1)), 25.0)
    t = np.arange(1, len(y) + 1) / 22050
    f = 65 * (1047 / 65) ** row[1]
    expect = sum((0.01 - 1e-4) * np.sin(2 * np.pi * k * f * t) for k in range(1, 12))
    np.testing.assert_allclose(y, expect, atol=1e-6)


def test_a_noise_band_is_its_butterworth_filter_on_seeded_white_noise():
    # band 5 alone at a steady level: level x the band's filter on numpy's default_rng(7)
    # white noise, over the filter's white-noise gain (a reference from the definition)
    from scipy.signal import butter, sosfilt
    edges = noise_edges()
    sos = butter(5, edges[5:7], "bandpass", fs=22050, output="sos")
    impulse = np.zeros(1 << 15)
    impulse[0] = 1.0
    gain = np.sqrt(np.sum(sosfilt(sos, impulse) ** 2))
    row = np.zeros(42)
    row[26 + 5] = np.log10(0.02) / 6 + 1
    y = np.concatenate(list(harmonic_bank([np.tile(row, (10, 1))], 25.0, seed=7)))
    white = np.random.default_rng(7).standard_normal(len(y))
    np.testing.assert_allclose(y, (0.02 - 1e-6) * sosfilt(sos, white) / gain, atol=1e-12)


# -- numpy re-derivations from the docstrings (the mutation run's survivors, killed here)

def blackman_harris(n=2048):
    """The periodic 4-term Blackman-Harris window, from its coefficients."""
    t = 2 * np.pi * np.arange(n) / n
    return 0.35875 - 0.48829 * np.cos(t) + 0.14128 * np.cos(2 * t) - 0.01168 * np.cos(3 * t)


def noise_reference(samples, fps, harmonic):
    """`noise_rows` by its docstring, one frame and one bin at a time."""
    from dbn.features import mel_frames
    w = blackman_harris()
    frames = mel_frames(samples, fps, w)
    edges, freqs = noise_edges(), np.arange(1025) * 22050 / 2048
    band = [min(max(j for j in range(17) if edges[j] <= f), 15) for f in freqs]
    out = np.zeros((len(frames), NOISE_BANDS))
    for i, frame in enumerate(frames):
        power = np.abs(np.fft.rfft(frame)) ** 2
        f0 = 65.0 * (1047.0 / 65.0) ** np.clip(np.float64(harmonic[i, 1]), 0, 1)
        near = np.min(np.abs(freqs[:, None] - f0 * np.arange(1, 25)), axis=1) * 2048 / 22050
        left = ~((harmonic[i, 0] >= 0.5) & (near <= 5))
        for b in range(NOISE_BANDS):
            inside = np.array(band) == b
            mean = power[inside & left].mean() if (inside & left).any() else \
                power[inside].min()
            sd = np.sqrt(2 * mean * inside.sum() / (2048 * np.sum(w ** 2)))
            out[i, b] = np.log10(max(sd, 1e-6)) / 6 + 1
    return out


def test_noise_rows_equal_their_docstring_on_a_low_voice_in_noise():
    # 110 Hz with 30 harmonics in white noise: voiced frames mask all but the top bands
    # (harmonics every 10.2 bins, 5 bins each side) and the bins below 55 Hz stay in
    t = np.arange(11025) / 22050
    voice = sum(np.sin(2 * np.pi * 110 * k * t) / k for k in range(1, 31)) * 0.2
    s = np.round((voice + np.random.default_rng(1).normal(0, 0.01, len(t))) * 32767)
    s = s.astype(np.int16)
    harmonic = TARGETS["harmonic"].forward(s, 25.0)
    harmonic[::3, 0] = 0  # and some frames unvoiced, where nothing is masked
    rows = noise_rows(s, 25.0, harmonic)
    assert rows.dtype == np.float32 and rows.shape == (13, 16)
    np.testing.assert_allclose(rows, noise_reference(s, 25.0, harmonic), atol=2e-6)


def harmonic_reference(windows, pitch):
    """Each harmonic's amplitude: the Hann lobe's bins c - 2 .. c + 2 summed, c = round(k f0)."""
    out = np.zeros((len(windows), 24))
    for i, w in enumerate(windows):
        power = np.abs(np.fft.rfft(w)) ** 2
        for k in range(1, 25):
            c = int(np.rint(pitch[i] * k * 2048 / 22050))
            if c + 2 <= 1024:  # the lobe inside the spectrum (below 11025 Hz)
                out[i, k - 1] = 2 * np.sqrt(power[c - 2:c + 3].sum() / (2048 * 3 * 2048 / 8))
    return out


def test_harmonic_amplitudes_equal_their_docstring_up_to_the_top_bin():
    from dbn.harmonic import _harmonic_amplitudes
    rng = np.random.default_rng(0)
    windows = rng.normal(size=(4, 2048)) * np.hanning(2049)[:-1]
    # the 24th harmonic's lobe centred on bins 1021, 1022 and 1023, and an off-bin pitch
    pitch = np.array([1021, 1022, 1023, 733.3]) * 22050 / 2048 / 24
    pitch[3] = 123.4
    got = _harmonic_amplitudes(windows, pitch)
    np.testing.assert_allclose(got, harmonic_reference(windows, pitch), rtol=1e-12)
    assert got[1, 23] > 0 and got[2, 23] == 0  # bins 1020-1024 fit; 1021-1025 do not


def test_pyin_is_librosas_with_its_floor_probability_frames_unvoiced():
    import librosa
    from dbn.harmonic import pyin
    x = tone(1.0, 22050, f=220.0) / 32768.0
    x[8000:12000] = 0  # a silent stretch
    f0, voiced = pyin(x, 22050, 441, 65.0, 1047.0)
    ref, ref_voiced, p = librosa.pyin(x, fmin=65.0, fmax=1047.0, sr=22050,
                                      frame_length=2048, hop_length=441)
    np.testing.assert_array_equal(f0, ref)
    np.testing.assert_array_equal(voiced, ref_voiced & (p > 0.02) & np.isfinite(ref))
    assert voiced.sum() > 30 and not voiced[21:25].any()  # windows inside the silence


def test_harmonic_rows_are_float32():
    assert TARGETS["harmonic"].forward(tone(0.5, 22050), 25.0).dtype == np.float32


def test_the_pitch_scale_is_clipped_to_its_range():
    from dbn.harmonic import _pitch_hz
    np.testing.assert_allclose(_pitch_hz(np.array([-1.0, 0.0, 0.5, 1.0, 2.0])),
                               [65.0, 65.0, np.sqrt(65.0 * 1047.0), 1047.0, 1047.0])


def one_voiced_row(voiced=1.0, pitch=0.3):
    row = np.zeros(26)
    row[0], row[1], row[2:5] = voiced, pitch, [1.0, 0.8, 0.6]
    return row


def test_starting_phases_are_the_oscillators_phases():
    # harmonic k starts at phase p_k: the first sample, one step of 2 pi k f0 / 22050 on
    rows = np.array([one_voiced_row()] * 3)
    phase = [np.pi / 2] * 24
    first = next(harmonic_bank([rows], 25.0, phase=phase))[0]
    f0, k = 65.0 * (1047.0 / 65.0) ** 0.3, np.arange(1, 4)
    amps = 10.0 ** (4 * (rows[0, 2:5] - 1)) - 1e-4  # the rows' compression undone
    expect = np.sum(amps * np.sin(np.pi / 2 + 2 * np.pi * k * f0 / 22050))
    assert abs(first - expect) < 1e-12
    assert abs(next(harmonic_bank([rows], 25.0))[0] - first) > 0.1


def test_float32_rows_sound_as_their_float64_values():
    rows = np.array([one_voiced_row(), one_voiced_row(pitch=0.7)] * 3, np.float32)
    a = np.concatenate(list(harmonic_bank([rows], 25.0, seed=0)))
    b = np.concatenate(list(harmonic_bank([rows.astype(np.float64)], 25.0, seed=0)))
    assert np.array_equal(a, b)


def test_a_voicing_of_exactly_one_half_is_voiced_and_unvoicing_fades_out():
    from dbn.harmonic import harmonic_samples
    half = harmonic_samples(np.array([one_voiced_row(0.5)] * 4), 25.0)
    assert np.array_equal(half, harmonic_samples(np.array([one_voiced_row(1.0)] * 4), 25.0))
    fading = harmonic_samples(np.array([one_voiced_row(1.0), one_voiced_row(0.0)]), 25.0)
    # frame centres at 441 and 1323: the tone fades linearly to nothing between them
    envelope = np.abs(fading[441:1323]).reshape(-1, 98).max(axis=1)
    assert np.all(np.diff(envelope) < 0) and np.abs(fading[1310:]).max() < 0.05


def test_an_empty_batch_gives_an_empty_block_and_no_rows_no_samples():
    blocks = list(harmonic_bank([np.zeros((0, 26)), np.array([one_voiced_row()] * 2),
                                 np.zeros((0, 26))], 25.0))
    assert [b.shape for b in blocks[:1] + blocks[2:3]] == [(0,), (0,)]
    assert sum(map(len, blocks)) == 1764
    assert [len(b) for b in harmonic_bank([np.zeros((0, 26))], 25.0)] == [0]
