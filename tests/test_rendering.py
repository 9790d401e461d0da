"""Each render mode against a plain re-derivation of ORIGINAL.md section 5."""
import random
import shutil

import numpy as np
import pytest
import soundfile as sf

from conftest import ROOT
from dbn import Network, ParameterError, read_frames
from dbn.media import read_wav, to_int16
from dbn.brain import BrainRecord, TargetRecord
from dbn.rendering import PHASES, batches_of, check_mode, granular, render, spectral, stream

STEAL = f"{ROOT}/dbn/data/steal-phase.wav"


@pytest.fixture
def frames(rng):
    return rng.random((12, 4096)).astype(np.float32)


def test_raw_is_two_predict_minus_one_in_float32(frames):
    net = Network([4096, 8, 735], seed=0)
    blocks = [b for b, in stream(net, batches_of(frames, 5), "raw")]
    assert all(b.dtype == np.float32 for b in blocks)
    expect = (2 * net.predict(frames) - 1).ravel()  # float32, as videosonify.py left it
    np.testing.assert_allclose(np.concatenate(blocks), expect, atol=1e-6)
    assert np.array_equal(render(net, frames, "raw"), expect)


@pytest.mark.parametrize("mode,width", [("stft", 513), ("stft-real", 1025),
                                        ("stft-mag", 1025), ("stft-both", 2050)])
def test_spectral_renders_are_float64(frames, mode, width):
    # every inverse FFT left float64 data, which 2015's writer scaled in double
    net = Network([4096, 8, width], seed=0)
    blocks = [b for b, in stream(net, batches_of(frames, 5), mode, steal=read_wav(STEAL)[0])]
    assert all(b.dtype == np.float64 for b in blocks)


def windowed_ref(net, frames, seed):
    """videosonify2.py from ORIGINAL.md section 5, not from dbn's code.

    The first frame is thrown away. Per frame, three predictions (the frame,
    + Normal(0, 0.1), + Normal(-0.05, 0.1)), each 2x - 1 and multiplied in
    place by hanning(735), so float32. out.wav gets the first, back to back;
    wout.wav is a float64 buffer of 735 * (n + 2) zeros to which block i
    ADDS its first at (i + 1) * 735 and its second at start + offset and
    start + offset - 735, offset = int(367 + (u - 0.5) * 73).
    """
    nrng, prng = np.random.RandomState(seed), random.Random(seed)
    w = np.hanning(735)
    frames = frames[1:]
    out, wout = [], np.zeros(735 * (len(frames) + 2))
    for i, f in enumerate(frames):
        n1 = f + nrng.normal(0, 0.1, 4096)
        n2 = f + nrng.normal(-0.05, 0.1, 4096)
        p = 2 * net.predict(np.stack([f, n1, n2])) - 1
        p *= w
        start = (i + 1) * 735
        offset = int(367 + (prng.random() - 0.5) * 73)
        wout[start:start + 735] += p[0]
        wout[start + offset:start + offset + 735] += p[1]
        wout[start + offset - 735:start + offset] += p[1]
        out.append(p[0])
    return np.concatenate(out), wout


def test_windowed_adds_every_block(frames):
    net = Network([4096, 8, 735], seed=0)
    blocks = list(stream(net, batches_of(frames, 5), "windowed", seed=3))
    out = np.concatenate([b[0] for b in blocks])
    wout = np.concatenate([b[1] for b in blocks])
    ref_out, ref_wout = windowed_ref(net, frames, 3)
    assert out.dtype == np.float32 and wout.dtype == np.float64
    # the case overlaps: each block's first lands on the previous block's jittered
    # copy, so assigning it (instead of adding) would change these samples
    firsts = np.zeros(len(ref_wout))
    firsts[735:735 + len(ref_out)] = ref_out
    for i in range(1, len(frames) - 1):
        start = (i + 1) * 735
        assert np.abs(ref_wout[start:start + 330] - firsts[start:start + 330]).max() > 1e-3
    np.testing.assert_allclose(out, ref_out, atol=1e-6)
    np.testing.assert_allclose(wout, ref_wout, atol=1e-6)
    np.testing.assert_allclose(render(net, frames, "windowed", seed=3), ref_wout, atol=1e-6)


def test_ola_keeps_the_level_and_has_no_steps():
    rows = np.full((6, 735), 0.75)  # a constant row maps to 0.5
    out = np.concatenate(list(spectral_free_ola(rows)))
    assert np.allclose(out[1:735 * 6], 0.5)


def spectral_free_ola(rows):
    from dbn.rendering import pcm
    return pcm.ola([rows])


def test_stft_inverts_a_cosine():
    k = 20
    pred = np.zeros((3, 513))
    pred[:, k] = 512  # the real spectrum of cos(2 pi k n / 1024), without the mirror bin
    out = np.concatenate(list(spectral.stft([pred])))
    n = np.arange(1024)
    frame = 0.5 * np.cos(2 * np.pi * k * n / 1024) / (np.hanning(1024) + 1e-4)
    expect = np.zeros(735 * 3 + 289)
    for i in range(3):
        expect[i * 735:i * 735 + 1024] += frame
    np.testing.assert_allclose(out, expect, atol=1e-9)


def test_running_max_ola_rederived(rng):
    frames = rng.normal(0, 1, (5, 2048))
    out = np.concatenate(list(spectral.running_max_ola([frames[:2], frames[2:]], 0.5)))
    amax, tail, ref = 0.5, np.zeros(1024), []
    for x in frames:
        amax = max(amax, x.max())
        ref.append((x[:1024] + tail) / amax)
        tail = x[1024:]
    ref.append(tail)
    np.testing.assert_allclose(out, np.concatenate(ref), atol=1e-12)


def test_stft_real_debug_bump_and_clean(frames):
    net = Network([4096, 8, 1025], seed=0)
    quirky, clean = render(net, frames, "stft-real"), render(net, frames, "stft-real",
                                                             clean=True)
    np.testing.assert_allclose(quirky[:2048], np.hanning(2048), atol=1e-6)
    assert len(quirky) == 2048 + 1024 * (len(frames) - 1) + 1024
    assert len(clean) == 1024 * len(frames) + 1024


@pytest.mark.parametrize("name,at", [
    ("exp001", lambda t, r: np.pi / 2 + t * np.pi / 100),
    ("exp002", lambda t, r: np.pi / 2 + t * np.pi / 10),
    ("exp003", lambda t, r: np.pi / 2 + t * r.normal(0, np.pi / 2, 2048)),
    ("exp004", lambda t, r: np.pi / 2 + t * r.normal(0, np.pi / 10, 2048)),
    ("exp005", lambda t, r: np.pi / 2 + t * r.normal(0, np.pi, 2048)),
    ("exp006", lambda t, r: 0 + t * r.normal(0, np.pi / 2, 2048)),
    ("exp007", lambda t, r: np.pi / 2 + t * r.uniform(-np.pi / 2, np.pi / 2, 2048)),
    ("exp008", lambda t, r: np.pi / 2 + t * (np.pi / 2) * np.arange(2048) / 2048),
    ("exp009", lambda t, r: np.pi / 2 + t * (np.pi / 2) * (2048 - np.arange(2048)) / 2048),
    ("exp010", lambda t, r: r.normal(0, np.pi / 2, 2048) + t * np.pi / 2),
])
def test_phase_strategy_yields_its_phases(name, at):
    phases = PHASES[name].vectors(np.random.RandomState(5), None)
    got = [next(phases) for _ in range(3)]
    for t, phase in enumerate(got, 1):
        np.testing.assert_allclose(phase, np.broadcast_to(at(t, np.random.RandomState(5)),
                                                          (2048,)), atol=1e-12)


def test_exp011_is_a_random_walk():
    phases = PHASES["exp011"].vectors(np.random.RandomState(1), None)
    r = np.random.RandomState(1)
    p = r.normal(0, np.pi / 2, 2048)
    for _ in range(3):
        p = p + r.normal(0, np.pi / 10, 2048)
        np.testing.assert_allclose(next(phases), p)


def test_stolen_phase_windows():
    samples, rate = read_wav(STEAL)
    assert rate == 30720 and len(samples) == 208136
    stolen = spectral.steal_phases(samples)
    assert stolen.shape == (203, 2048)
    seg = samples[1024 * 5:1024 * 5 + 2048]
    np.testing.assert_allclose(stolen[5], np.angle(np.fft.fft(seg)), atol=1e-9)
    exp012 = PHASES["exp012"].vectors(None, stolen)
    final = PHASES["steal"].vectors(None, stolen)
    a, b = [next(exp012) for _ in range(204)], [next(final) for _ in range(202)]
    assert np.array_equal(a[203], stolen[0]) and np.array_equal(b[201], stolen[0])


def test_stft_mag_final_commit_rederived(frames):
    net = Network([4096, 8, 1025], seed=0)
    steal = read_wav(STEAL)[0]
    stolen = spectral.steal_phases(steal)
    preds = net.predict(frames[1:])
    amax, tail, ref = 0.5, np.zeros(1024), []
    for t, p in enumerate(preds):
        mag = np.zeros(2048)
        mag[:1025] = 500 * np.abs(p)  # float32, then into the float64 buffer
        x = np.fft.ifft(mag * np.exp(1j * stolen[t % 201])).real * np.hamming(2048)
        amax = max(amax, x.max())
        ref.append((x[:1024] + tail) / amax)
        tail = x[1024:]
    ref.append(tail)
    out = np.concatenate([b for b, in stream(net, batches_of(frames), "stft-mag", steal=steal)])
    np.testing.assert_allclose(out, np.concatenate(ref), rtol=1e-6, atol=1e-9)


def test_stft_both_uses_predicted_phase(frames):
    net = Network([4096, 8, 2050], seed=0)
    preds = net.predict(frames[1:])
    mags, phases = 500 * np.abs(preds[:, :1025]), preds[:, 1025:] * np.pi  # float32
    assert mags.dtype == phases.dtype == np.float32
    spec = np.zeros((len(preds), 2048), complex)
    spec[:, :1025] = mags * np.exp(1j * phases.astype(np.float64))
    ref = np.concatenate(list(spectral.running_max_ola([np.fft.ifft(spec, axis=1).real],
                                                       7e-3)))
    out = np.concatenate([b for b, in stream(net, batches_of(frames), "stft-both")])
    np.testing.assert_allclose(out, ref, rtol=1e-6, atol=1e-9)


def reference_wav(x):
    """scikits.audiolab's writer: lrintf(x * 32767.0f) for float32, lrint in double
    otherwise, wrapped into int16 (ORIGINAL.md section 5)."""
    kind = np.float32 if x.dtype == np.float32 else np.float64
    return np.rint(x * kind(32767)).astype(np.int64).astype(np.int16)


def reference_render(net, frames, mode, seed):
    """2015's renderers frame by frame, in 2015's dtypes (ORIGINAL.md section 5).

    Returns the array each script handed to its writer (windowed: wout.wav).
    The predictions are made in one batch, as dbn makes them: stft's Hann
    divisor multiplies a float32 rounding difference of one frame's
    prediction by up to 10**4, which would hide what is compared here.
    """
    if mode == "raw":
        return np.concatenate([2 * y - 1 for y in net.predict(frames)])
    if mode == "windowed":
        return windowed_ref(net, frames, seed)[1]
    preds = net.predict(frames[1:])  # the first frame is read and thrown away
    out, tail = [], None
    if mode == "stft":  # 22050 Hz, Hann divisor, 289-sample tails
        tail = np.zeros(289)
        for y in preds:
            buf = np.zeros(1024, complex)
            buf[:513] = y
            x = np.fft.ifft(buf).real / (np.hanning(1024) + 1e-4)
            x[:289] += tail
            out.append(x[:735])
            tail = x[735:]
        return np.concatenate(out + [tail])
    stolen = spectral.steal_phases(read_wav(STEAL)[0])
    amax = {"stft-real": 0.00285, "stft-mag": 0.5, "stft-both": 7e-3}[mode]
    out, tail = ([np.hanning(2048)] if mode == "stft-real" else []), np.zeros(1024)
    for t, y in enumerate(preds):
        spec = np.zeros(2048, complex)
        if mode == "stft-real":
            spec[:1025] = y
        elif mode == "stft-mag":
            spec[:1025] = 500 * np.abs(y)  # float32
            spec = spec * np.exp(1j * stolen[t % 201])
        else:  # magnitude and phase buffers, bins 1025.. zero with phase 0
            mag, phase = np.zeros(2048), np.zeros(2048)
            mag[:1025], phase[:1025] = 500 * np.abs(y[:1025]), y[1025:] * np.pi  # float32
            spec = mag * np.exp(1j * phase)
        x = np.fft.ifft(spec).real * (np.hamming(2048) if mode == "stft-mag" else 1)
        amax = max(amax, x.max())
        out.append((x[:1024] + tail) / amax)
        tail = x[1024:]
    return np.concatenate(out + [tail])


@pytest.mark.parametrize("mode,width", [("raw", 735), ("windowed", 735), ("stft", 513),
                                        ("stft-real", 1025), ("stft-mag", 1025),
                                        ("stft-both", 2050)])
def test_faithful_wav_within_one_step_of_2015(clip, tmp_path, mode, width):
    from dbn.features import read_frames
    from dbn.rendering import STEAL_PHASE_WAV
    from dbn.rendering.video import render_video
    net = Network([4096, 16, width], seed=1)
    frames, _ = read_frames(clip)
    out = str(tmp_path / "out.wav")
    render_video(clip, net, mode, out, seed=5,
                 steal=STEAL_PHASE_WAV if mode == "stft-mag" else None)
    ours = sf.read(out, dtype="int16")[0]
    ref = reference_wav(reference_render(net, frames, mode, 5))
    assert len(ours) == len(ref)
    steps = np.abs(ours.astype(np.int32) - ref.astype(np.int32))
    steps = np.minimum(steps, 65536 - steps)  # wrapped values: 32767 and -32768 are 1 apart
    # the same predictions give the same samples; windowed's reference predicts
    # frame by frame, which may move a sample by one step (BLAS summation order)
    limit = 1 if mode == "windowed" else 0
    assert steps.max() <= limit and np.mean(steps > 0) < 0.01, (steps.max(), np.mean(steps > 0))


@pytest.mark.parametrize("width,mode", [(735, "stft-mag"), (1025, "raw"), (513, "granular"),
                                        (2050, "stft")])
def test_mode_must_fit_the_brain(width, mode):
    with pytest.raises(ParameterError, match=f"{width} outputs cannot render mode"):
        check_mode(Network([4096, 4, width], seed=0), mode)


def test_clean_peak_normalises_and_keeps_first_frame(frames):
    net = Network([4096, 8, 735], seed=0)
    out = render(net, frames, "windowed", clean=True, seed=1)
    assert np.abs(out).max() == pytest.approx(1.0)
    assert len(out) == 735 * (len(frames) + 2)


# -- granular ---------------------------------------------------------------------

class Scripted(random.Random):
    def __init__(self, values):
        super().__init__(0)
        self.values = list(values)

    def random(self):
        return self.values.pop(0)


def test_one_parent_score_by_hand():
    # n = int(1 + 19 * 0.0) = 1 parent; start = 0 + int(-735 + 0.5 * 735 * 2) = 0;
    # children = int(1 + 19 * 0.1) = 2; child 0: start int(0.2 * 735 * 22) = 3234,
    # dur int(735 * (0.25 + 0.74 * 0.5)) = 455; child 1: start int(0.1 * 16170) = 1617,
    # dur int(455 * (0.25 + 0.74 * 0.0)) = 113
    grains = granular.make_score(735, Scripted([0.0, 0.5, 0.1, 0.2, 0.5, 0.1, 0.0]))
    assert [(g.start, g.length, g.amp, g.child) for g in grains] == [
        (0, 735, 1.0, -1), (3234, 455, 1.0, 0), (1617, 113, 0.5, 1)]


def test_whole_score_written_by_hand():
    # ORIGINAL.md section 5 on a 1000-sample out.wav (blocks at 0 and 735).
    # Draws in order (n; per parent: start, child count; per child: start, factor):
    # block 0: n = int(1 + 19 * 0.06) = 2
    #   parent 0: start int(-735 + 0.5 * 735 * 2) = 0; int(1 + 19 * 0.0) = 1 child
    #     child 0: start 0 + int(0.25 * 735 * 22) = 4042; dur int(735 * (0.25 + 0.74 * 0.9)) = 673
    #   parent 1: start int(-735 + 0.1 * 735 * 3) = int(-514.5) = -514; int(1 + 19 * 0.11) = 3
    #     child 0: start -514 + int(0.5 * 16170) = 7571; dur int(735 * 0.25) = 183
    #     child 1: (183 > 100) start -514 + 0 = -514; dur int(183 * (0.25 + 0.74 * 0.5)) = 113
    #     child 2: (113 > 100) start -514 + int(0.1 * 16170) = 1103; dur int(113 * 0.25) = 28
    # block 735: n = 1; parent start 735 + int(-735 + 0.9 * 735 * 2) = 1323; 1 child
    #     child 0: start 1323 + 0 = 1323; dur 183
    draws = [0.06, 0.5, 0.0, 0.25, 0.9, 0.1, 0.11, 0.5, 0.0, 0.0, 0.5, 0.1, 0.0,
             0.0, 0.9, 0.0, 0.0, 0.0]
    text = granular.score_text(granular.make_score(1000, Scripted(draws)), 1000)
    # times are samples / 22050 as Python 2's str() printed floats (12 digits)
    assert text == "\n".join([
        'f 101 0 1000 1 "out.wav" 0 4 1',
        'i"grain" 0.0 0.0333333333333 1.0 0 735 0.0',
        "; 0 child",
        'i"grain" 0.183310657596 0.0305215419501 1.0 0 673 0.0',
        'i"grain" -0.0233106575964 0.0333333333333 1.0 0 735 0.0',
        "; 0 child",
        'i"grain" 0.34335600907 0.00829931972789 1.0 0 183 0.0',
        "; 1 child",
        'i"grain" -0.0233106575964 0.00512471655329 0.5 0 113 0.0',
        "; 2 child",
        'i"grain" 0.050022675737 0.00126984126984 0.333333333333 0 28 0.0',
        'i"grain" 0.06 0.0333333333333 1.0 735 735 0.735',
        "; 0 child",
        'i"grain" 0.06 0.00829931972789 1.0 735 183 0.735',
    ]) + "\n"


def test_score_statistics():
    grains = granular.make_score(735 * 300, random.Random(11))
    parents = [g for g in grains if g.child < 0]
    per_block = np.bincount([g.block // 735 for g in parents], minlength=300)
    assert per_block.min() >= 1 and per_block.max() <= 19
    for g in grains:
        if g.child < 0:
            prev, parent = 735, g
            assert -735 <= g.start - g.block < 735 * 20 and g.length == 735
        else:  # made while the running duration is above 100; it shrinks by 0.25..0.99
            assert prev > 100 and g.amp == 1.0 / (g.child + 1)
            assert int(prev * 0.25) <= g.length <= int(prev * 0.99)
            assert 0 <= g.start - parent.start < 735 * 22
            prev = g.length
    assert max(g.child for g in grains) <= 18


def test_single_grain_synthesis_by_hand():
    table = np.linspace(-1, 1, 1000)  # already peak 1
    g = granular.Grain(start=441, length=2205, amp=0.5, block=250)
    out = granular.synthesize([g], table)
    start = int(441 / 22050 * 44100 / 16 + 0.5) * 16
    n = int(2205 / 22050 * 44100 / 16) * 16
    t = np.arange(n) / 44100
    env = 1 - np.abs(2 * (t / 0.1) - 1)
    pos = ((0.25 + 0.5 * t) % 1) * 1000
    i0 = pos.astype(int)
    tab = table[i0] * (1 - (pos - i0)) + table[(i0 + 1) % 1000] * (pos - i0)
    expect = np.zeros(start + n)
    expect[start:] = 0.25 * env * tab / 4
    np.testing.assert_allclose(out, expect, atol=1e-12)


def test_granular_plays_the_16_bit_out_wav(clip, tmp_path):
    # render.sh: the raw render is written to out.wav (16-bit, 22050 Hz), and the
    # grain table is that file, not the float render; output.wav is 44100 Hz
    from dbn.rendering.video import render_video
    net = Network([4096, 8, 735], seed=0)
    written = render_video(clip, net, "granular", str(tmp_path / "output.wav"), seed=2)
    assert written == [str(tmp_path / "out.wav"), str(tmp_path / "output.wav")]
    table, rate = sf.read(tmp_path / "out.wav", dtype="int16")
    assert rate == 22050 and len(table) == 75 * 735
    grains = granular.make_score(len(table), random.Random(2))
    expect = np.clip(granular.synthesize(grains, table / 32768.0), -1, 1)
    out, rate = sf.read(tmp_path / "output.wav", dtype="int16")
    assert rate == 44100 and len(out) == len(expect)
    assert np.abs(out - np.rint(expect * 32767)).max() <= 1


@pytest.mark.skipif(shutil.which("csound") is None,
                    reason="csound is not installed (.ci/run installs Debian's csound)")
def test_numpy_engine_matches_csound(tmp_path):
    t = np.arange(22050) / 22050
    x = 0.6 * np.sin(2 * np.pi * 330 * t) * np.linspace(0.2, 1, len(t))
    sf.write(tmp_path / "out.wav", to_int16(x), 22050, subtype="PCM_16")
    table = to_int16(x) / 32768
    grains = granular.make_score(len(table), random.Random(4))
    ours = np.clip(granular.synthesize(grains, table), -1, 1)
    granular.write_csound_files(str(tmp_path), granular.score_text(grains, len(table)))
    theirs, rate = sf.read(granular.run_csound(str(tmp_path)))
    assert rate == 44100 and abs(len(theirs) - len(ours)) <= 16
    n = min(len(theirs), len(ours))
    env = lambda s: np.sqrt(np.convolve(s[:n] ** 2, np.ones(441) / 441, "valid"))  # noqa
    assert np.corrcoef(env(ours), env(theirs))[0, 1] > 0.98
    bands = lambda s: np.log([b.sum() + 1e-9 for b in  # noqa: E731
                              np.array_split(np.abs(np.fft.rfft(s[:n])) ** 2, 200)])
    assert np.corrcoef(bands(ours), bands(theirs))[0, 1] > 0.95


# -- the mel target's modes -----------------------------------------------------------

def tone_rows(fps, seconds=2.0, freq=440.0, amp=0.5):
    from dbn.features import mel_rows
    t = np.arange(int(22050 * seconds)) / 22050
    x = amp * np.sin(2 * np.pi * freq * t)
    return x, mel_rows((x * 32767).astype(np.int16), fps)


def spectral_peak(y):
    spec = np.abs(np.fft.rfft(y * np.hanning(len(y))))
    return np.argmax(spec) * 22050 / len(y)


@pytest.mark.parametrize("fps", [30, 25, 29.97])
def test_mag_round_trip_of_a_tone(fps):
    # the true mel rows of a 440 Hz tone come back as a 440 Hz tone at its level,
    # with one hop of 22050 / fps samples per row, in any number of batches
    x, rows = tone_rows(fps)
    out = np.concatenate(list(spectral.mel_overlap_add([rows[:7], rows[7:20], rows[20:]],
                                                       fps, seed=0)))
    assert len(out) == round(len(rows) * 22050 / fps)
    middle = slice(4410, 4410 + 22050)
    level = 20 * np.log10(np.sqrt(np.mean(out[middle] ** 2)) / np.sqrt(np.mean(x[middle] ** 2)))
    assert abs(level) < 1.5, level
    assert abs(spectral_peak(out[middle]) - 440) < 25  # mel bands near 440 Hz are ~30 Hz wide


def test_mag_griffinlim_round_trip_of_a_tone():
    x, rows = tone_rows(25)
    out = np.concatenate(list(spectral.griffinlim([rows], seed=0, fps=25)))
    assert abs(spectral_peak(out[4410:26460]) - 440) < 25
    assert abs(len(out) - 2 * 22050) < 882 * 2 and np.abs(out).max() == pytest.approx(1.0)


def test_mag_rows_are_clipped_to_the_brains_loudest():
    # an exponential inverse would make a wild prediction deafening
    assert spectral.mel_spectra(np.full((1, 80), 9.0), ceiling=1.0).max() == pytest.approx(
        spectral.mel_spectra(np.full((1, 80), 1.0)).max())


def context_brain(width=80):
    from dbn.context import Context
    context = Context("diff8", 2, width=width)
    net = Network([context.input_width(), 4, width], seed=0)
    net.meta = BrainRecord(context=context, target=TargetRecord(
        "mel" if width == 80 else "raw", fps_correct=True, fps=[25.0]))
    return net


def test_context_brain_renders_in_its_own_mode_at_the_videos_rate(frames):
    from dbn.rendering import default_mode, output_rate, playback_fps
    net = context_brain()
    assert default_mode(net) == "mag"
    assert playback_fps("mag", net, 29.97) == 29.97 and output_rate("mag", 29.97) == 22050
    out = render(net, frames, fps=25.0)
    assert len(out) == len(frames) * 882
    raw = context_brain(735)
    assert output_rate("raw", playback_fps("raw", raw, 25.0)) == 735 * 25
    assert len(render(raw, frames, "raw", fps=25.0)) == len(frames) * 735
    with pytest.raises(ParameterError, match="single-frame brains only"):
        check_mode(raw, "windowed")


def overshooting(width):
    """A brain whose every output is far past anything it could have heard."""
    net = Network([4096, 4, width], seed=0)
    net.layers[-1].b[:] = 5.0
    return net


@pytest.mark.parametrize("mode,width", [("ola", 735), ("mag", 80), ("mag-griffinlim", 80),
                                        ("harmonic", 26), ("harmonic", 42),
                                        ("harmonic", 138)])
def test_new_modes_never_write_past_full_scale(tmp_path, clip, mode, width):
    # the Python user and the command-line user hear the same clipped samples
    from conftest import run_cli
    net = overshooting(width)
    frames, fps = read_frames(clip)
    out = render(net, frames, mode, seed=1, fps=fps)
    assert np.abs(out).max() <= 1.0 and (np.abs(out) == 1.0).any()
    net.save(tmp_path / "b.pkl")
    assert run_cli("render", clip, "--brain", str(tmp_path / "b.pkl"), "--mode", mode,
                   "--seed", "1", "-o", str(tmp_path / "o.wav")).returncode == 0
    wav = sf.read(tmp_path / "o.wav", dtype="int16")[0].astype(np.int64)
    expect = np.rint(out.astype(np.float64) * 32767)
    assert np.abs(wav - expect).max() <= 1  # no sample wrapped around


def test_a_brain_at_its_training_level_plays_at_it(clip):
    # the same brain, told its training audio's RMS, is brought to it as it plays
    from dbn.brain import TargetRecord
    net = Network([4096, 4, 42], seed=0)
    net.layers[-1].W[:] = 0
    net.layers[-1].b[:] = 0
    net.layers[-1].b[[0, 1, 2]] = 1.0, 0.5, 0.5  # a steady tone of 10^-2
    frames, fps = read_frames(clip)
    own = render(net, frames, "harmonic", seed=0, fps=fps)
    net.meta.target = TargetRecord("harmonic-noise", level=0.05)
    loud = render(net, frames, "harmonic", seed=0, fps=fps)
    rms = lambda y: np.sqrt(np.mean(np.asarray(y, np.float64) ** 2))  # noqa: E731
    assert rms(own) == pytest.approx((0.01 - 1e-4) / np.sqrt(2), rel=0.01)
    assert rms(loud) == pytest.approx(0.05, rel=0.01)
    np.testing.assert_allclose(loud / own, 0.05 / rms(own), rtol=1e-3)  # one gain, no pumping


def test_2015_modes_still_wrap_past_full_scale(tmp_path, clip):
    from dbn.media import to_int16
    net = overshooting(735)
    frames = read_frames(clip)[0]
    out = render(net, frames, "raw")
    assert out.max() > 1  # 2015's raw samples, as its renderer left them (2y - 1 = 9)
    assert (to_int16(out) < 0).any()  # and its writer wraps them


def seeded_brain(kind, width):
    """A small brain of each kind: 2015's single frame, a frames context, a sound context."""
    from dbn.context import Context
    if kind == "2015":
        return Network([4096, 8, width], seed=0)
    variant = {80: "mel", 42: "harmonic-noise", 138: "harmonic-bins"}[width]
    context = Context("diff8", 2, sound=2 if kind == "sound context" else 0,
                      width=width)
    net = Network([context.input_width(), 8, width], seed=0)
    net.layers[-1].b[:] = 0.5  # rows that sound: voiced, mid pitch, audible bands
    net.meta = BrainRecord(context=context, target=TargetRecord(variant, fps_correct=True,
                                                                fps=[25.0]))
    return net


# (mode, brain kind, width, the most 16-bit steps live may differ by: BLAS sums one
# frame at a time in another order; the oscillators' phases carry that on)
SAME_SEED = [("raw", "2015", 735, 1), ("ola", "2015", 735, 1), ("windowed", "2015", 735, 1),
             ("mag", "frames context", 80, 1), ("mag", "sound context", 80, 1),
             ("harmonic", "frames context", 42, 4), ("harmonic", "sound context", 42, 4),
             ("harmonic", "frames context", 138, 4)]


@pytest.mark.parametrize("mode,kind,width,steps", SAME_SEED)
def test_the_same_seed_gives_the_same_samples_everywhere(tmp_path, mode, kind, width, steps):
    # dbn render --seed, dbn.render(seed=) through the same writer, dbn live --no-pace
    # --seed, and evaluate's render of a 2015 brain (frame time is its own time)
    from conftest import CLIP, run_cli
    from dbn.evaluate import _render
    from dbn.media import write_wav
    net = seeded_brain(kind, width)
    net.save(tmp_path / "b.pkl")
    out = "wout.wav" if mode == "windowed" else "r.wav"
    r = run_cli("render", CLIP, "--brain", "b.pkl", "--mode", mode, "--seed", "3", "-o", out,
                cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    frames, fps = read_frames(CLIP)
    ours = render(net, frames, mode, seed=3, fps=fps)
    write_wav(tmp_path / "p.wav", ours, 22050 if width != 735 else 18375)
    heard = {name: sf.read(tmp_path / name, dtype="int16")[0].astype(np.int64)
             for name in (out, "p.wav")}
    np.testing.assert_array_equal(heard["p.wav"], heard[out])
    if mode != "windowed":  # the whole-video filter of videosonify2.py does not stream
        r = run_cli("live", "--brain", "b.pkl", "--source", CLIP, "--no-pace", "--mode", mode,
                    "--seed", "3", "--out", "l.wav", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        live = sf.read(tmp_path / "l.wav", dtype="int16")[0].astype(np.int64)
        assert len(live) == len(heard[out])
        wrapped = np.abs(live - heard[out])
        assert np.minimum(wrapped, 65536 - wrapped).max() <= steps
    if kind == "2015" and mode != "windowed":
        np.testing.assert_array_equal(_render(net, frames, mode, fps, seed=3, clean=False),
                                      np.asarray(ours, np.float64)[:len(frames) * 735])
