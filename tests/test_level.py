"""The running loudness stage against sums done by hand."""
import numpy as np
import pytest

from dbn.rendering.level import MOST, SETTLE, levelled


def test_the_gain_waits_then_brings_what_has_played_to_the_level():
    rate = 1000
    blocks = [np.full(100, 0.5)] * 4 + [np.full(100, 0.25)] * 6  # 0.4 s, then 0.6 s
    out = list(levelled(blocks, 0.1, rate))
    assert all(np.all(o == b) for o, b in zip(out[:4], blocks[:4]))  # under 0.5 s: gain 1
    # at 0.5 s: RMS sqrt((4 x 0.25 + 0.0625) / 5) = 0.4610, gain 0.1 / 0.4610 at once
    first = 0.1 / np.sqrt((4 * 0.25 + 0.0625) / 5)
    np.testing.assert_allclose(out[4], 0.25 * first)
    # after: the gain glides from the last to the new one across each block
    second = 0.1 / np.sqrt((4 * 0.25 + 2 * 0.0625) / 6)
    np.testing.assert_allclose(out[5], 0.25 * (first + (second - first) * np.arange(1, 101) / 100))
    assert out[5][-1] == pytest.approx(0.25 * second)
    assert SETTLE == 0.5


def test_a_quiet_start_never_gains_more_than_thirty_db():
    out = list(levelled([np.full(1000, 1e-6)] * 2, 0.1, 1000))
    np.testing.assert_allclose(out[0], 1e-6 * MOST)
    assert 20 * np.log10(MOST) == pytest.approx(30.0)
    assert list(levelled([np.zeros(600), np.zeros(0)], 0.1, 1000))[0].tolist() == [0.0] * 600


def test_silence_past_the_settling_time_sets_no_gain():
    # nothing to measure yet: the gain waits, then is set at once on the first sound
    out = list(levelled([np.zeros(600, np.float32), np.full(100, 0.5, np.float32)], 0.1, 1000))
    assert out[0].dtype == np.float64 and out[1].dtype == np.float64
    np.testing.assert_allclose(out[1], 0.5 * 0.1 / np.sqrt(25 / 700))
