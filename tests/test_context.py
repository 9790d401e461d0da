"""Context windows and sound context, against windows built by hand."""
import numpy as np
import pytest

from dbn import Network
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


@pytest.mark.parametrize("rep", sorted(REPRESENTATIONS))
@pytest.mark.parametrize("causal", [False, True])
def test_streaming_equals_the_whole_video(rng, rep, causal):
    frames = images(11, rng).reshape(11, 4096)
    context = Context(rep, 3, causal)
    windows = ContextWindows(context)
    streamed = [windows.push(frames[i:i + 4]) for i in range(0, 11, 4)]
    assert sum(map(len, streamed)) == 11 - context.latency
    streamed.append(windows.finish())
    np.testing.assert_array_equal(np.concatenate(streamed), context_inputs(frames, context))
    assert context_inputs(frames, context).shape == (11, context.input_width())


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


def test_a_sound_context_brain_hears_its_own_output():
    # one linear layer: output = the previous output + 1 (frames are ignored), so
    # fed back it counts 1, 2, 3, ...; the brain's input scaling is applied first
    W = np.zeros((64 + 1, 1), np.float32)
    W[64, 0] = 0.5  # the scaled previous output is (y - 0) / 0.5 = 2y
    net = Network.from_layers([Layer(W, np.ones(1, np.float32), "linear", "out")])
    net.meta["preprocessing"] = {
        "context": Context("diff8", 0, sound=1, width=1).record(),
        "scaling": {"mean": np.zeros(65), "scale": np.full(65, 0.5)}}
    brain = BrainInput(net)
    out = np.concatenate([brain.predict(np.zeros((2, 4096))), brain.predict(np.zeros((3, 4096))),
                          brain.finish()])
    np.testing.assert_allclose(out.ravel(), [1, 2, 3, 4, 5])


def test_latency_and_widths():
    assert Context("diff16", 6).latency == 6 and Context("diff16", 6, causal=True).latency == 0
    assert Context("diff16", 6).input_width() == 13 * 256
    assert Context("motion", 2, True, sound=3, width=80).input_width() == 3 * 17 + 240
    assert Context(width=735).plain and not Context("frames", 1).plain
