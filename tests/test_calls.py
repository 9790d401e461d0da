"""Many steps per compiled call: the same training as one step per call.

The reference is the one-step path itself (each step checked against numpy
in test_training.py): a scan of K steps must leave the same parameters,
optimiser state and losses as K calls of the step.
"""
import numpy as np
import pytest

from dbn import Network
from dbn.training import calls as calls_module
from dbn.training.calls import Calls
from dbn.training.fit import train
from dbn.training.graph import Model
from dbn.training.rbm import RBM


def data(rng, n=53):
    X = rng.random((n, 16)).astype(np.float32)
    return X, np.tanh(X @ rng.normal(size=(16, 4))).astype(np.float32)


class Counting:
    """A model that records the calls it gets and returns each batch's first row."""

    def __init__(self):
        self.calls = []

    def step(self, idx):
        self.calls.append(1)
        return np.float32(idx[0])

    def steps(self, rows):
        self.calls.append(len(rows))
        return rows[:, 0].astype(np.float32)


def batches(*sizes):
    start = np.cumsum((0,) + sizes)
    return [np.arange(a, a + n, dtype=np.int32) for a, n in zip(start, sizes)]


def test_runs_are_equal_sized_batches_in_powers_of_two():
    model = Counting()
    order = batches(3, 3, 3, 3, 3, 3, 3, 2, 3, 3)
    losses = list(Calls(model, 4, "cpu").losses(order))
    # seven of size 3: 4 + 2 + 1; the short one alone; then two of size 3
    assert model.calls == [4, 2, 1, 1, 2]
    assert losses == [b[0] for b in order]


def test_auto_is_one_step_per_call_on_the_c_backend():
    model = Counting()
    list(Calls(model, 0, "cpu").losses(batches(*[2] * 20)))
    assert model.calls == [1] * 20


def test_auto_sizes_calls_to_half_a_second_after_the_timed_steps(monkeypatch):
    clock = iter(np.arange(0, 1000, 0.125))  # every call takes 1/8 s: 4 steps a call
    monkeypatch.setattr(calls_module.time, "perf_counter", lambda: next(clock))
    model = Counting()
    list(Calls(model, 0, "jax").losses(batches(*[2] * 22)))
    # 4 single steps timed (the first left out), then 4 a call, the last 2 as one
    assert model.calls == [1, 1, 1, 1, 4, 4, 4, 4, 2]


@pytest.mark.parametrize("optimizer", ["nag", "adam"])
def test_a_scan_of_steps_equals_the_steps_one_by_one(rng, optimizer):
    X, Y = data(rng)
    rows = rng.permutation(50)[:48].astype(np.int32).reshape(6, 8)
    models = [Model(Network([16, 8, 4], seed=3).layers, X, Y, optimizer=optimizer,
                    learning_rate=0.05, momentum=0.9, device="cpu") for _ in range(2)]
    one = [float(models[0].step(r)) for r in rows]
    many = models[1].steps(rows)
    assert many.shape == (6,) and many.dtype == np.float32
    np.testing.assert_allclose(many, one, rtol=1e-6)
    for a, b in zip(models[0].get_params() + models[0].get_state(),
                    models[1].get_params() + models[1].get_state()):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("device,k", [("cpu", 4), ("jax", 0)])
def test_training_with_many_steps_per_call_ends_where_one_step_per_call_does(rng, device, k):
    if device == "jax":
        pytest.importorskip("jax", reason="the jax device needs jax (pip install '.[test]')")
    X, Y = data(rng)  # 53 rows in batches of 5: ten of 5 and a short one of 3
    nets = [Network([16, 8, 4], seed=4) for _ in range(2)]
    histories = [train(net, X, Y, seed=1, max_epochs=6, batch_size=5, device=device,
                       steps_per_call=spc, shuffle_pairs=True)
                 for net, spc in zip(nets, (1, k))]
    np.testing.assert_allclose([h["loss"] for h in histories[0]],
                               [h["loss"] for h in histories[1]], rtol=1e-5)
    for a, b in zip(*(n.layers for n in nets)):
        np.testing.assert_allclose(a.W, b.W, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(a.b, b.b, rtol=1e-5, atol=1e-6)


def test_resume_with_many_steps_per_call_is_bit_identical_on_the_cpu(rng, tmp_path):
    X, Y = data(rng)
    common = dict(seed=7, learning_rate=0.05, validate_every=3, patience=50, batch_size=5,
                  steps_per_call=4)
    whole = Network([16, 8, 4], seed=2)
    train(whole, X, Y, max_epochs=12, **common)
    ckpt = str(tmp_path / "b.ckpt")
    train(Network([16, 8, 4], seed=2), X, Y, max_epochs=7, checkpoint_every=5,
          checkpoint=ckpt, **common)
    resumed = Network([16, 8, 4], seed=2)
    train(resumed, X, Y, max_epochs=12, checkpoint=ckpt, resume=True, **common)
    for a, b in zip(whole.layers, resumed.layers):
        assert np.array_equal(a.W, b.W) and np.array_equal(a.b, b.b)


@pytest.mark.parametrize("device,k", [("cpu", 4), ("jax", 0)])
@pytest.mark.parametrize("hidden", ["bernoulli", "nrelu"])
def test_rbm_pretraining_with_many_cd_steps_per_call_ends_where_one_per_call_does(
        rng, device, k, hidden):
    if device == "jax":
        pytest.importorskip("jax", reason="the jax device needs jax (pip install '.[test]')")
    X = rng.random((53, 16)).astype(np.float32)  # batches of 5: ten and a short one of 3
    rbms = [RBM(6, hidden=hidden, cd_k=2, batch_size=5, epochs=3, seed=5, device=d,
                steps_per_call=spc).fit(X) for d, spc in (("cpu", 1), (device, k))]
    np.testing.assert_allclose(rbms[0].errors_, rbms[1].errors_, rtol=1e-5)
    for a, b in zip(*((r.W_, r.hbias_, r.vbias_) for r in rbms)):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)


def test_a_scan_of_cd_steps_takes_each_steps_own_draws(rng):
    X = rng.random((40, 16)).astype(np.float32)
    rows = rng.permutation(40)[:24].astype(np.int32).reshape(3, 8)
    one, many = (RBM(6, cd_k=2).compile(X, np.random.default_rng(0)) for _ in range(2))
    draws = [one.draws(rng, 8) for _ in rows]
    errors = [float(one.cd_step(r, *d)) for r, d in zip(rows, draws)]
    np.testing.assert_allclose(many.cd_steps(rows, draws), errors, rtol=1e-6)
    for p, q in ((one._W, many._W), (one._hb, many._hb), (one._vb, many._vb)):
        np.testing.assert_allclose(p.get_value(), q.get_value(), rtol=1e-5, atol=1e-7)
