"""Context windows and sound context, against windows built by hand."""
import cv2
import numpy as np
import pytest

from dbn import Network
from dbn.brain import Scaling
from dbn.context import (REPRESENTATIONS, BrainInput, Context, ContextWindows, context_inputs,
                         sound_context)
from dbn.network import Layer


def images(n, rng):
    return rng.random((n, 64, 64)).astype(np.float32)


def pool(img, side):
    k = 64 // side
    return img.reshape(side, k, side, k).mean(axis=(1, 3)).ravel()


def test_centred_difference_window_by_hand(rng):
    # K = 1, diff8: row t = pooled |f - f_before| of frames t-1, t, t+1; the frame
    # before frame 0 is frame 0 itself, and frames outside the video are the edge frame,
    # so every difference there is zero
    f = images(4, rng)
    d = [np.zeros(64)] + [pool(np.abs(f[t] - f[t - 1]), 8) for t in range(1, 4)]
    expect = np.array([np.concatenate([d[0], d[0], d[1]]),
                       np.concatenate([d[0], d[1], d[2]]),
                       np.concatenate([d[1], d[2], d[3]]),
                       np.concatenate([d[2], d[3], np.zeros(64)])])
    got = context_inputs(f.reshape(4, 4096), Context("diff8", 1))
    np.testing.assert_allclose(got, expect, atol=1e-6)


def test_causal_pixel_window_by_hand(rng):
    f = images(3, rng)
    p = [pool(x, 16) for x in f]
    expect = np.array([np.concatenate([p[0], p[0], p[0]]),
                       np.concatenate([p[0], p[0], p[1]]),
                       np.concatenate([p[0], p[1], p[2]])])
    got = context_inputs(f.reshape(3, 4096), Context("pixels16", 2, causal=True))
    np.testing.assert_allclose(got, expect, atol=1e-6)


def area16(img):
    """img (square, a multiple of 16 wide) shrunk to 16x16 by OpenCV's area averaging."""
    return cv2.resize(np.asarray(img, np.float32), (16, 16), interpolation=cv2.INTER_AREA).ravel()


def feature_by_hand(f, t, rep):
    """What frame position t (possibly outside 0..n-1) contributes, from the docstring's words.

    Outside the video the edge frame stands in, so its difference from the frame before
    is zero, as is frame 0's (the frame before it is itself).
    """
    n = len(f)
    c = min(max(t, 0), n - 1)
    d = np.abs(f[t] - f[t - 1]) if 0 < t <= n - 1 else np.zeros((64, 64))
    return {"frames": lambda: f[c].ravel(),
            "pixels16": lambda: pool(f[c], 16),
            "diff8": lambda: pool(d, 8),
            "diff16": lambda: pool(d, 16),
            "sight16": lambda: np.concatenate([pool(f[c], 16), pool(d, 16)]),
            # the whole frame and its middle 32x32 (and its middle 16x16), each as sight16
            "sight2": lambda: np.concatenate([area16(x[a:64 - a, a:64 - a]) for a in (0, 16)
                                              for x in (f[c], d)]),
            "sight3": lambda: np.concatenate([area16(x[a:64 - a, a:64 - a]) for a in (0, 16, 24)
                                              for x in (f[c], d)]),
            "motion": lambda: np.concatenate([[d.mean()], pool(d, 4)])}[rep]()


def windows_by_hand(f, rep, k, causal):
    positions = range(-k, 1) if causal else range(-k, k + 1)
    return np.array([np.concatenate([feature_by_hand(f, t + j, rep) for j in positions])
                     for t in range(len(f))])


@pytest.mark.parametrize("rep", sorted(REPRESENTATIONS))
@pytest.mark.parametrize("causal", [False, True])
def test_every_representation_by_hand_and_streamed(rng, rep, causal):
    f = images(11, rng)
    frames = f.reshape(11, 4096)
    context = Context(rep, 3, causal)
    expect = windows_by_hand(f, rep, 3, causal)
    np.testing.assert_allclose(context_inputs(frames, context), expect, atol=1e-6)
    assert expect.shape == (11, context.input_width())
    windows = ContextWindows(context)
    streamed = [windows.push(frames[i:i + 4]) for i in range(0, 11, 4)]
    assert sum(map(len, streamed)) == 11 - context.latency
    streamed.append(windows.finish())
    np.testing.assert_allclose(np.concatenate(streamed), expect, atol=1e-6)


@pytest.mark.parametrize("rep", sorted(REPRESENTATIONS))
def test_two_videos_are_windowed_each_on_its_own(rng, rep):
    # a training set of two videos (7 and 5 frames): no window reaches across the cut
    from dbn.training.run import network_rows
    a, b = images(7, rng), images(5, rng)
    frames = np.concatenate([a, b]).reshape(12, 4096)
    targets = rng.random((12, 3)).astype(np.float32)
    videos = [{"video": "a", "fps": 25.0, "frames": 7, "start": 0},
              {"video": "b", "fps": 25.0, "frames": 5, "start": 7}]
    for context in (Context(rep, 2, width=3), Context(rep, 2, causal=True, sound=2, width=3)):
        X, Y = network_rows(frames, targets, videos, context)
        sound = [sound_context(targets[:7], context.sound), sound_context(targets[7:],
                                                                            context.sound)]
        expect = np.concatenate([
            np.hstack([windows_by_hand(a, rep, 2, context.causal), sound[0]]),
            np.hstack([windows_by_hand(b, rep, 2, context.causal), sound[1]])])
        np.testing.assert_allclose(X, expect, atol=1e-6)
        np.testing.assert_array_equal(Y, targets)


def test_a_causal_row_does_not_see_the_future(rng):
    frames = images(8, rng).reshape(8, 4096)
    changed = frames.copy()
    changed[5:] = 0
    context = Context("diff16", 4, causal=True)
    a, b = context_inputs(frames, context), context_inputs(changed, context)
    np.testing.assert_array_equal(a[:5], b[:5])
    assert not np.array_equal(a[5], b[5])


def test_sound_context_by_hand():
    y = np.arange(8, dtype=np.float32).reshape(4, 2)
    expect = np.array([[0, 0, 0, 0], [0, 1, 0, 0], [2, 3, 0, 1], [4, 5, 2, 3]], np.float32)
    np.testing.assert_array_equal(sound_context(y, 2), expect)
    assert sound_context(y, 0).shape == (4, 0)


def test_training_and_rendering_feed_back_in_the_same_order(rng):
    # M = 2: fit a linear brain exactly (least squares) on training's rows, where each
    # target row is a lopsided mix of the two before it (y_t = 0.9 y_t-1 - 0.5 y_t-2 +
    # the frame's motion); fed back its own rows when it renders, it must then make the
    # training targets again, which it can only do if rendering stores the rows it hears
    # in training's order (the most recent first)
    from dbn.training.run import network_rows
    f = images(40, rng)
    context = Context("motion", 0, sound=2, width=2)
    u = np.array([feature_by_hand(f, t, "motion")[:2] for t in range(40)]) * 4
    y = np.zeros((40, 2))
    for t in range(40):
        y[t] = u[t] + (0.9 * y[t - 1] if t >= 1 else 0) - (0.5 * y[t - 2] if t >= 2 else 0)
    videos = [{"video": None, "fps": None, "frames": 40, "start": 0}]
    X, Y = network_rows(f.reshape(40, 4096), y.astype(np.float32), videos, context)
    A = np.hstack([X, np.ones((40, 1))]).astype(np.float64)
    coef = np.linalg.lstsq(A, Y.astype(np.float64), rcond=None)[0]
    np.testing.assert_allclose(A @ coef, Y, atol=1e-5)  # the brain fits training exactly
    # behind an identity hidden layer, so that the brain's output width is its last size
    eye = np.eye(A.shape[1] - 1)
    net = Network.from_layers([Layer(eye, np.zeros(len(eye)), "linear", "hid1"),
                               Layer(coef[:-1].astype(np.float64), coef[-1], "linear", "out")])
    net.meta.context = context
    brain = BrainInput(net)
    heard = np.concatenate([brain.predict(f[:15].reshape(15, 4096)),
                            brain.predict(f[15:].reshape(25, 4096)), brain.finish()])
    np.testing.assert_allclose(heard, y, atol=1e-4)


def test_a_sound_context_brain_hears_its_own_output():
    # one linear layer: output = the previous output + 1 (frames are ignored), so
    # fed back it counts 1, 2, 3, ...; the brain's input scaling is applied first
    W = np.zeros((64 + 1, 1), np.float32)
    W[64, 0] = 0.5  # the scaled previous output is (y - 0) / 0.5 = 2y
    net = Network.from_layers([Layer(W, np.ones(1, np.float32), "linear", "out")])
    net.meta.context = Context("diff8", 0, sound=1, width=1)
    net.meta.scaling = Scaling(np.zeros(65), np.full(65, 0.5))
    brain = BrainInput(net)
    out = np.concatenate([brain.predict(np.zeros((2, 4096))), brain.predict(np.zeros((3, 4096))),
                          brain.finish()])
    np.testing.assert_allclose(out.ravel(), [1, 2, 3, 4, 5])
    assert out.dtype == np.float32  # a float32 brain's arithmetic stays float32


def test_latency_and_widths():
    assert Context("diff16", 6).latency == 6 and Context("diff16", 6, causal=True).latency == 0
    assert Context("diff16", 6).input_width() == 13 * 256
    assert Context("motion", 2, True, sound=3, width=80).input_width() == 3 * 17 + 240
    assert Context(width=735).plain and not Context("frames", 1).plain


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_a_2015_brain_sees_each_frame_alone_in_its_own_dtype(rng, dtype):
    net = Network([4096, 5, 3], seed=1, dtype=np.dtype(dtype).name)
    frames = rng.random((7, 4096))  # float64 frames: the brain casts them to its dtype
    brain = BrainInput(net)
    out = np.concatenate([brain.predict(frames[:4]), brain.predict(frames[4:])])
    np.testing.assert_array_equal(out, net.predict(frames))
    assert out.dtype == dtype
    tail = brain.finish()
    assert tail.shape == (0, 3) and tail.dtype == dtype


def test_inputs_are_scaled_by_the_brains_own_mean_and_scale(rng):
    # one linear layer on 16x16 pixels: out = ((x - mean) / scale) @ W + b, by hand
    context = Context("pixels16", 0, width=2)
    W = rng.normal(0, 1, (256, 2)).astype(np.float32)
    b = rng.normal(0, 1, 2).astype(np.float32)
    net = Network.from_layers([Layer(W, b, "linear", "out")])
    mean, scale = rng.random(256), 0.5 + rng.random(256)
    net.meta.context, net.meta.scaling = context, Scaling(mean, scale)
    f = images(5, rng)
    x = np.array([pool(img, 16) for img in f])
    expect = ((x - mean) / scale).astype(np.float32) @ W + b
    got = np.concatenate([BrainInput(net).predict(f.reshape(5, 4096))])
    np.testing.assert_allclose(got, expect, rtol=1e-5, atol=1e-5)
    assert got.dtype == np.float32


def test_windows_and_sound_rows_are_float32_whatever_comes_in(rng):
    frames = rng.random((6, 4096))  # float64
    for rep in REPRESENTATIONS:
        assert context_inputs(frames, Context(rep, 1)).dtype == np.float32
    windows = ContextWindows(Context("diff8", 2))
    assert windows.push(frames[:1]).shape == (0, 5 * 64)  # not a whole window yet
    assert windows.push(np.zeros((0, 4096))).dtype == np.float32
    assert sound_context(rng.random((4, 3)), 2).dtype == np.float32
    assert sound_context(rng.random((4, 3)), 0).dtype == np.float32


def test_a_context_is_read_off_the_network_settings():
    from dbn.errors import ParameterError
    from dbn.settings import NetworkSettings
    c = Context.of(NetworkSettings(context=4, causal=True, context_input="diff16",
                                   audio_context=2), 80)
    assert c == Context("diff16", 4, True, 2, 80)
    with pytest.raises(ParameterError, match="unknown context input 'edges'; choose from "
                                             "frames, pixels16"):
        Context.of(NetworkSettings(context_input="edges"), 80)


def test_a_context_records_itself_and_finishes_nothing_before_any_frame():
    c = Context("motion", 3, True, 1, 80)
    assert Context(**c.record()) == c and c.record()["representation"] == "motion"
    windows = ContextWindows(Context("diff8", 2))
    assert windows.finish().shape == (0, 5 * 64)  # no frame ever came: nothing owed
