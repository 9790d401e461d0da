"""The numpy forward pass against Theano's outputs and a plain re-derivation."""
import glob
import os

import numpy as np
import pytest

from conftest import DATA
from dbn import Network, ParameterError, load_brain
from dbn.network import ACTIVATIONS, activate

FIXTURES = sorted(p for p in glob.glob(os.path.join(DATA, "*.pkl*")) if "probe" not in p)


@pytest.mark.parametrize("path", FIXTURES, ids=os.path.basename)
def test_reproduces_theano_probe(path):
    net = load_brain(path)
    x, y = np.load(path + ".probe_x.npy"), np.load(path + ".probe_y.npy")
    out = net.predict(x)
    assert out.dtype == y.dtype
    np.testing.assert_allclose(out, y, atol=1e-6, rtol=0)


def _reference(z, name):
    """Each activation as LEGACY-FORMAT.md section 3 writes it, in float64."""
    z = z.astype(np.float64)
    return {
        "linear": z, "relu": np.maximum(z, 0), "rect:max": np.maximum(z, 0),
        "rect:min": np.minimum(z, 1),
        "rect:minmax": np.clip(z, 0, 1), "logistic": 1 / (1 + np.exp(-z)),
        "sigmoid": 1 / (1 + np.exp(-z)), "tanh": np.tanh(z), "softplus": np.log1p(np.exp(z)),
        "softmax": np.exp(z) / np.exp(z).sum(-1, keepdims=True),
        "norm:mean": z - z.mean(-1, keepdims=True),
        "norm:max": z / (np.abs(z).max(-1, keepdims=True) + 1e-8),
        "norm:std": z / (z.std(-1, keepdims=True) + 1e-8),
        "norm:z": (z - z.mean(-1, keepdims=True)) / ((z - z.mean(-1, keepdims=True))
                                                     .std(-1, keepdims=True) + 1e-8),
    }[name]


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_activation_matches_formula(rng, name):
    z = rng.normal(0, 3, (5, 7))
    np.testing.assert_allclose(activate(name, z), _reference(z, name), atol=1e-12)


def test_sigmoid_cutoffs_follow_theano_per_dtype():
    z32 = np.array([-88.5, -87.0, 15.5, 14.0], np.float32)
    out = activate("logistic", z32)
    assert out[0] == 0 and out[2] == 1 and 0 < out[1] < 1e-37 and out[3] < 1
    z64 = np.array([-710.0, 19.5, 18.0])
    out = activate("logistic", z64)
    assert out[0] == 0 and out[1] == 1 and out[2] < 1


def test_softplus_cutoffs():
    out = activate("softplus", np.array([-104.0, 14.5, 0.0], np.float32))
    assert out[0] == 0 and out[1] == np.float32(14.5)
    assert out[2] == pytest.approx(np.log(2))


def test_relu_is_theanos_form_bit_for_bit(rng):
    z = rng.normal(size=1000).astype(np.float32)
    assert np.array_equal(activate("relu", z), (z + np.abs(z)) / 2)


def test_predict_is_layer_by_layer_rederivation(rng):
    net = Network([16, 8, 8, 4], activation="tanh", seed=3, dtype="float64")
    x = rng.random((6, 16))
    h = x
    for layer in net.layers:
        h = h @ layer.W + layer.b
        h = np.tanh(h) if layer.name != "out" else h
    np.testing.assert_allclose(net.predict(x), h, atol=1e-12)


def test_init_statistics():
    net = Network([400, 300, 100], seed=0)
    W, b = net.layers[0].W, net.layers[0].b
    assert W.dtype == np.float32 and W.shape == (400, 300)
    assert W.std() == pytest.approx(1 / np.sqrt(700), rel=0.02)
    assert b.std() == pytest.approx(1.0, rel=0.15)
    assert [l.name for l in net.layers] == ["hid1", "out"]
    assert [l.activation for l in net.layers] == ["relu", "linear"]


def test_seed_repeats_and_none_does_not():
    a, b = Network([8, 4, 2], seed=5), Network([8, 4, 2], seed=5)
    assert np.array_equal(a.layers[0].W, b.layers[0].W)
    assert not np.array_equal(Network([8, 4, 2]).layers[0].W, Network([8, 4, 2]).layers[0].W)


def test_float64_input_is_cast_to_a_float32_brain(rng):
    net = Network([16, 4], seed=0)
    x = rng.random((2, 16))
    assert net.predict(x).dtype == np.float32
    np.testing.assert_array_equal(net.predict(x), net.predict(x.astype(np.float32)))


def test_bad_input_width():
    with pytest.raises(ParameterError, match="rows of 16"):
        Network([16, 4], seed=0).predict(np.zeros((1, 15)))


def test_unknown_activation():
    with pytest.raises(ParameterError, match="unknown activation"):
        Network([4, 2], activation="swish")
