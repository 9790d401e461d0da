"""dbn.pitchbins: the pitch as bins, against hand-made bumps, a tone and the 42-column rows."""
import numpy as np
import pytest

from dbn.harmonic import HARMONIC, _pitch_hz, harmonic_samples
from dbn.pitchbins import BINS, binned, binned_rows, binned_samples, unbinned

OCTAVES = np.log2(1047 / 65)  # harmonic_rows' pitch scale: 0 at 65 Hz, 1 at 1047 Hz


def rows_at(pitch, seed=0):
    """Harmonic-noise rows [n, 42]: voiced, ``pitch``, random harmonics and bands."""
    rng = np.random.default_rng(seed)
    rows = rng.uniform(0, 1, (len(pitch), 42))
    rows[:, 0], rows[:, 1] = 1.0, pitch
    return rows


def cents(a, b):
    return 1200 * OCTAVES * np.abs(np.asarray(a) - np.asarray(b))


def test_the_ladder_is_50_cents_a_rung_from_65_hz():
    assert len(BINS) == 97 and BINS[0] == 0
    np.testing.assert_allclose(cents(BINS[1:], BINS[:-1]), 50, rtol=1e-12)
    assert _pitch_hz(BINS[-1]) <= 1047 < _pitch_hz(BINS[-1]) * 2 ** (50 / 1200)


def test_a_pitch_on_a_rung_is_a_bump_of_sd_one_rung():
    # by hand: exp(-k^2 / 2) about the rung, summing to 1
    b = binned(rows_at([BINS[40]]))
    bump = np.exp(-0.5 * (np.arange(97) - 40.0) ** 2)
    np.testing.assert_allclose(b[0, 1:98], bump / bump.sum(), atol=1e-7)
    assert b.shape == (1, 138) and b.dtype == np.float32


def test_the_other_columns_pass_through():
    rows = rows_at(np.full(5, 0.4))
    b = binned(rows)
    np.testing.assert_allclose(b[:, [0]], rows[:, [0]])
    np.testing.assert_allclose(b[:, 98:], rows[:, 2:], rtol=1e-6)
    np.testing.assert_allclose(unbinned(b)[:, 2:], rows[:, 2:], rtol=1e-6)


def test_a_bump_is_read_back_where_it_was():
    inside = np.random.default_rng(1).uniform(0.06, 0.94, 500)  # 4 rungs from either end
    assert cents(unbinned(binned(rows_at(inside)))[:, 1], inside).max() < 0.5
    edges = np.array([0.0, 0.003, 0.01, 0.99, 0.997])  # a bump cut short by the ladder's end
    assert cents(unbinned(binned(rows_at(edges)))[:, 1], edges).max() < 15


def test_two_bumps_are_read_at_the_taller_and_below_zero_is_nothing():
    b = binned(rows_at([BINS[30]])) * 0.6 + binned(rows_at([BINS[60]]))
    b[0, 1 + 10] = -5.0  # a regressor's undershoot far from either bump
    assert cents(unbinned(b)[0, 1], BINS[60]) < 0.5


def test_a_tone_is_read_within_a_few_cents():
    # a real 220 Hz tone through pyin, the bins and back
    t = np.arange(2 * 22050) / 22050
    x = np.rint(0.3 * 32767 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)
    rows = binned_rows(x, 25.0)
    assert rows.shape == (50, 138)
    f0 = _pitch_hz(unbinned(rows)[5:-5, 1])
    assert np.abs(1200 * np.log2(f0 / 220)).max() < 3


def test_the_inverse_is_the_harmonic_one_at_the_peak():
    rows = rows_at(np.linspace(0.3, 0.6, 40))
    y = binned_samples(binned(rows), 25.0, seed=3)
    same = harmonic_samples(unbinned(binned(rows)), 25.0, seed=3)
    np.testing.assert_array_equal(y, same)
    plain = harmonic_samples(rows, 25.0, seed=3)
    assert len(y) == round(40 * HARMONIC["rate"] / 25.0)
    # the pitch read back is within a cent, so the sound is the 42-column rows' own
    assert np.corrcoef(y, plain)[0, 1] > 0.99


@pytest.mark.parametrize("pitch", [0.2, 0.7])
def test_a_render_of_bins_plays_the_pitch(pitch):
    # the oscillator bank's f0, measured by zero crossings of the first harmonic alone
    rows = np.zeros((50, 42))
    rows[:, 0], rows[:, 1], rows[:, 2] = 1.0, pitch, 1.0
    y = binned_samples(binned(rows), 25.0)[2205:-2205]
    crossings = np.flatnonzero(np.diff(np.signbit(y).astype(np.int8)) != 0)
    f0 = (len(crossings) - 1) / 2 / ((crossings[-1] - crossings[0]) / 22050)
    assert abs(1200 * np.log2(f0 / _pitch_hz(pitch))) < 3
