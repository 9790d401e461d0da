"""The target records against ORIGINAL.md's numbers, and each forward and inverse."""
import dataclasses

import numpy as np
import pytest

from dbn.errors import ParameterError
from dbn.features import mel_rows
from dbn.pitchbins import BINS
from dbn.rendering import MODES
from dbn.settings import DataSettings
from dbn.targets import TARGETS, VARIANTS, target_of


def test_target_rates_by_hand():
    # ORIGINAL.md sections 2-3: 22050 Hz raw (735 x 30), 30720 Hz osborne variants
    # (30 x 1024), 22050 Hz top-level stft; --fps-correct raw at 25 fps: 735 x 25
    rate = lambda v, fps=None: target_of(v).rate_for(fps)  # noqa: E731
    assert [rate(v) for v in ("raw", "stft", "stft-real", "stft-mag", "stft-both",
                              "fft2", "mel")] == [22050, 22050] + [30720] * 4 + [22050]
    assert rate("raw", 25) == 18375 and rate("raw", 30000 / 1001) == 22028
    assert rate("mel", 25) == 22050  # mel centres its windows instead
    assert rate("stft", 25) == 22050 and rate("stft-mag", 25) == 30720  # 2015's framing


def test_files_and_widths_as_2015_wrote_them():
    # ORIGINAL.md sections 2-3: 735 samples; bins 0..512 of a 1024-point FFT; bins
    # 0..1024 of 2048 points; stft-both magnitudes and phases side by side; mel: 80 bands;
    # harmonic (new): voiced, pitch and 24 harmonics; harmonic-noise: and 16 noise bands;
    # harmonic-bins: harmonic-noise with the pitch as 97 bins 50 cents apart (65-1047 Hz)
    expect = {"raw": (("frames.pkl", "audio.pkl"), 735), "stft": (("frames.pkl", "stft.pkl"), 513),
              "stft-real": (("frames.pkl", "stft.pkl"), 1025),
              "stft-mag": (("frames.pkl", "stft.pkl"), 1025),
              "stft-both": (("frames.pkl", "stft.pkl"), 2050),
              "fft2": (("fft-frames.pkl", "stft.pkl"), 2050),
              "mel": (("frames.pkl", "mel.pkl"), 80),
              "harmonic": (("frames.pkl", "harmonic.pkl"), 26),  # voiced, pitch, 24 partials
              "harmonic-noise": (("frames.pkl", "harmonic-noise.pkl"), 42),
              "harmonic-bins": (("frames.pkl", "harmonic-bins.pkl"), 138)}
    assert {t.name: (t.files, t.width) for t in TARGETS.values()} == expect
    assert VARIANTS == tuple(expect)


def test_fft2_is_stft_both_seen_through_fft2():
    fft2 = target_of(data=DataSettings(variant="stft-both", input="fft2"))
    assert fft2.name == "fft2" and fft2.targets is TARGETS["stft-both"] and fft2.input == "fft2"
    assert target_of(data=DataSettings(variant="stft-both")).name == "stft-both"
    parsed = "".join(["ff", "t2"])  # as a recipe or a flag gives it: not the literal's object
    assert target_of(data=DataSettings(variant="stft-both", input=parsed)).name == "fft2"
    with pytest.raises(ParameterError, match="unknown target variant 'wav'"):
        target_of("wav")


def test_which_targets_join_videos_and_which_hold_a_pitch():
    # the 2015 spectral variants scale each file by its own peak: one video a set
    assert [v for v in VARIANTS if TARGETS[v].joinable] == ["raw", "mel", "harmonic",
                                                           "harmonic-noise", "harmonic-bins"]
    f0 = 330.0
    expect = np.log2(f0 / 65) / np.log2(1047 / 65)  # the pitch on its log scale
    for v in VARIANTS:
        column = TARGETS[v].pitch
        if v.startswith("harmonic"):
            rows = TARGETS[v].forward(tone(1.0, 22050, f0), 25.0)
            if v == "harmonic-bins":  # 97 columns, the highest at the rung nearest the pitch
                assert (column.start, column.stop) == (1, 98)
                peak = BINS[np.median(rows[:, column].argmax(axis=1)).astype(int)]
                assert peak == pytest.approx(expect, abs=BINS[1] / 2), v
            else:
                assert np.median(rows[:, column]) == pytest.approx(expect, abs=0.005), v
        else:
            assert column is None, v
    with pytest.raises(dataclasses.FrozenInstanceError):  # one record, read everywhere
        TARGETS["raw"].width = 1


@pytest.mark.parametrize("name", VARIANTS)
def test_every_targets_modes_render_its_width(name):
    t = TARGETS[name]
    assert t.modes and all(t.width in MODES[m].widths for m in t.modes)


def tone(seconds, rate, f=441.0):
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * 32767 * np.sin(2 * np.pi * f * t)).astype(np.int16)


def test_raw_forward_and_inverse_round_trip():
    s = tone(0.2, 22050)
    rows = TARGETS["raw"].forward(s, 30)
    back = TARGETS["raw"].inverse(rows, 30)
    np.testing.assert_allclose(back[:len(s)], s / 32768.0, atol=1e-7)


def test_stft_both_inverse_gives_the_tone_back():
    # magnitudes and phases: the inverse FFTs of the 2048-point windows, overlap-added
    s = tone(1.0, 30720, f=480.0)  # 480 Hz: bin 32 of 2048 points at 30720 Hz
    back = TARGETS["stft-both"].inverse(TARGETS["stft-both"].forward(s, 30), 30)
    ref = s[:len(back)] / 32768.0
    core = slice(4096, len(back) - 4096)
    r = np.corrcoef(back[core], ref[core])[0, 1]
    assert r > 0.999, r


@pytest.mark.parametrize("name", ["stft-mag", "mel"])
def test_magnitude_inverses_keep_the_pitch(name):
    rate = TARGETS[name].rate
    s = tone(1.0, rate, f=480.0)
    back = TARGETS[name].inverse(TARGETS[name].forward(s, 30), 30)
    spectrum = np.abs(np.fft.rfft(back * np.hanning(len(back))))
    peak = np.argmax(spectrum) * rate / len(back)
    assert abs(peak - 480.0) < 480.0 * 0.03, peak
    assert np.abs(back).max() == pytest.approx(1.0)  # peak-normalised


def test_mel_forward_is_mel_rows():
    s = tone(0.5, 22050)
    np.testing.assert_array_equal(TARGETS["mel"].forward(s, 25.0), mel_rows(s, 25.0))
