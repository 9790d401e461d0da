"""Training against plain numpy re-derivations, and the 2015 loop's schedule.

Each optimiser step and the CD-1 step is written again here in float64
numpy, line for line, and compared with the compiled PyTensor graph.
Networks are tiny (16-8-4) so that the suite compiles few, small graphs.
"""
import os
import signal
import subprocess
import sys
import tempfile
import time

import numpy as np
import pytest

from conftest import ROOT
from dbn import Network, ParameterError, load_brain
from dbn.settings import TrainSettings, settings_from
from dbn.training.batches import Batches
from dbn.training.graph import Model
from dbn.training.rbm import RBM
from dbn.training.fit import train
from dbn.training.loop import epochs, progress_save_due


def data(rng, n=64, dtype=np.float64):
    X = rng.random((n, 16)).astype(dtype)
    A = rng.normal(size=(16, 4))
    return X, (np.tanh(X @ A) * 0.5 + 0.5).astype(dtype)


def grads(params, x, y):
    """MSE over all elements through relu hidden layers and a linear output."""
    W1, b1, W2, b2 = params
    z1 = x @ W1 + b1
    h1 = np.maximum(z1, 0)
    z2 = h1 @ W2 + b2
    d2 = 2 * (z2 - y) / z2.size
    d1 = (d2 @ W2.T) * (z1 > 0)
    return [x.T @ d1, d1.sum(0), h1.T @ d2, d2.sum(0)], np.mean((z2 - y) ** 2)


def nag_ref(p, g, v, lr, mu):
    v = mu * v - lr * g
    return p + mu * v - lr * g, v


def sgd_ref(p, g, v, lr, mu):
    v = mu * v - lr * g
    return p + v, v


def rmsprop_ref(p, g, state, lr, mu):
    f, s, v = state
    c = np.exp(-np.log(2) / 14)  # downhill 0.2.2's half-life
    f = c * f + (1 - c) * g
    s = c * s + (1 - c) * g * g
    v = mu * v - lr * g / np.sqrt(s - f * f + 1e-8)
    return p + v, (f, s, v)


def adam_ref(p, g, state, lr, mu):
    """Kingma & Ba (2015) with its defaults, in the efficient form of its section 2
    (the bias corrections folded into the step size); momentum is not used."""
    m, v, t = state
    t += 1
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    alpha_t = lr * np.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
    return p - alpha_t * m / (np.sqrt(v) + 1e-8), (m, v, t)


STATE0 = {"nag": 0.0, "sgd": 0.0, "rmsprop": (0.0, 0.0, 0.0), "adam": (0.0, 0.0, 0)}


@pytest.mark.parametrize("name,ref", [("nag", nag_ref), ("sgd", sgd_ref),
                                      ("rmsprop", rmsprop_ref), ("adam", adam_ref)])
def test_optimizer_steps_match_numpy(rng, name, ref):
    X, Y = data(rng)
    net = Network([16, 8, 4], seed=0, dtype="float64")
    model = Model(net.layers, X, Y, optimizer=name, learning_rate=0.05, momentum=0.9,
                  device="cpu")
    params = [l.W.copy() if k == 0 else l.b.copy() for l in net.layers for k in (0, 1)]
    state = [STATE0[name]] * 4
    for idx in (np.arange(0, 10, dtype=np.int32), np.arange(10, 20, dtype=np.int32),
                np.arange(20, 30, dtype=np.int32)):
        g, loss = grads(params, X[idx], Y[idx])
        assert model.step(idx) == pytest.approx(loss, abs=1e-12)  # loss before the update
        for i in range(4):
            params[i], state[i] = ref(params[i], g[i], state[i], 0.05, 0.9)
    for got, want in zip(model.get_params(), params):
        np.testing.assert_allclose(got, want, atol=1e-10)


def test_float32_step_within_1e6(rng):
    X, Y = data(rng, dtype=np.float32)
    net = Network([16, 8, 4], seed=0)
    model = Model(net.layers, X, Y, optimizer="nag", learning_rate=0.05, momentum=0.9,
                  device="cpu")
    params = [a.astype(np.float64) for l in net.layers for a in (l.W, l.b)]
    idx = np.arange(32, dtype=np.int32)
    g, _ = grads(params, X[idx].astype(np.float64), Y[idx].astype(np.float64))
    model.step(idx)
    for got, p, gi in zip(model.get_params(), params, g):
        np.testing.assert_allclose(got, nag_ref(p, gi, 0.0, 0.05, 0.9)[0], atol=1e-6)


def test_the_cpu_step_scales_each_gradient_in_its_update_not_in_a_second_pass(rng):
    # PyTensor's Dot22Scalar is scalar * np.dot(x, y) in Python: a second pass over,
    # and a second copy of, every weight gradient (benchmarks/README.md)
    X, Y = data(rng, dtype=np.float32)
    model = Model(Network([16, 8, 4], seed=0).layers, X, Y, optimizer="nag",
                  learning_rate=0.05, momentum=0.9, device="cpu")
    ops = [type(node.op).__name__ for node in model.step.maker.fgraph.toposort()]
    assert "Dot22" in ops and "Dot22Scalar" not in ops


def test_the_cpu_step_leaves_a_weight_penalty_out_of_the_products(rng):
    # W l2 + h' dz became one Gemm, PyTensor's own C loops with no BLAS to link: 12
    # times numpy's product on the context recipe's first layer (benchmarks/README.md)
    X, Y = data(rng, dtype=np.float32)
    model = Model(Network([16, 8, 4], seed=0).layers, X, Y, optimizer="adam",
                  learning_rate=0.05, momentum=0.9, device="cpu", weight_l2=1e-3)
    ops = [type(node.op).__name__ for node in model.step.maker.fgraph.toposort()]
    assert "Gemm" not in ops and ops.count("Dot22") == 5  # 2 forward, 2 dW, 1 dX


def cdk_ref(params, vels, v0, draws, visible, hidden, lr, mu, wd):
    """One CD-k step with momentum, from Hinton's practical guide (3.2) and ORIGINAL.md.

    Sample the hidden units from the data, take the visible means, repeat k
    times (a fresh draw per hidden sample); the gradient is the data
    correlation minus the k-th reconstruction's, with L2 decay on W; each
    velocity v' = mu v + lr g and parameter p' = p + v'.
    """
    W, hb, vb = params
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    if hidden == "bernoulli":
        mean, sample = sig, lambda z, d: (d < sig(z)).astype(float)  # noqa: E731
    else:
        mean = lambda z: np.maximum(z, 0)  # noqa: E731
        sample = lambda z, d: np.maximum(z + np.sqrt(sig(z)) * d, 0)  # noqa: E731
    pre0 = v0 @ W + hb
    h = sample(pre0, draws[0])
    for i in range(1, len(draws) + 1):
        vk = h @ W.T + vb
        vk = sig(vk) if visible == "bernoulli" else vk
        prek = vk @ W + hb
        if i < len(draws):
            h = sample(prek, draws[i])
    n = len(v0)
    grads = [(v0.T @ mean(pre0) - vk.T @ mean(prek)) / n - wd * W,
             (mean(pre0) - mean(prek)).mean(0), (v0 - vk).mean(0)]
    vels = [mu * v + lr * g for v, g in zip(vels, grads)]
    return [p + v for p, v in zip(params, vels)], vels, np.mean((v0 - vk) ** 2)


@pytest.mark.parametrize("visible,hidden,k", [("bernoulli", "bernoulli", 1),
                                              ("gaussian", "nrelu", 1),
                                              ("bernoulli", "bernoulli", 2),
                                              ("gaussian", "nrelu", 3)])
def test_cd_steps_match_numpy(rng, visible, hidden, k):
    # two steps, so that the second one's momentum carries the first's velocity
    X = rng.random((20, 16))
    rbm = RBM(8, visible=visible, hidden=hidden, learning_rate=0.1, momentum=0.5,
              weight_decay=2e-4, cd_k=k, dtype="float64").compile(X, np.random.default_rng(0))
    params = [p.get_value().copy() for p in (rbm._W, rbm._hb, rbm._vb)]
    vels = [np.zeros_like(p) for p in params]
    draw_rng = np.random.default_rng(1)
    for idx in (np.arange(10, dtype=np.int32), np.arange(10, 20, dtype=np.int32)):
        draws = rbm.draws(draw_rng, 10)
        assert len(draws) == k
        err = rbm.cd_step(idx, *draws)
        params, vels, err_ref = cdk_ref(params, vels, X[idx], draws, visible, hidden, 0.1, 0.5,
                                        2e-4)
        assert err == pytest.approx(err_ref, abs=1e-10)
    for shared, want in zip((rbm._W, rbm._hb, rbm._vb), params):
        np.testing.assert_allclose(shared.get_value(), want, atol=1e-10)


def test_an_rbm_step_makes_its_weight_gradient_one_product_not_a_c_gemm(rng):
    # PyTensor's C Gemm, without a BLAS to link, took 13 times numpy's time for the
    # data and reconstruction products of a 4096 x 1000 RBM (benchmarks/README.md)
    rbm = RBM(8).compile(rng.random((20, 16)).astype(np.float32), np.random.default_rng(0))
    ops = [type(node.op).__name__ for node in rbm.cd_step.maker.fgraph.toposort()]
    assert "Gemm" not in ops and ops.count("Dot22") == 4  # v0 W, h W', vk W, [v0 vk]' [h0 hk]


def test_a_float32_rbm_step_is_within_1e5_of_numpy(rng):
    X = rng.random((20, 16))
    rbm = RBM(8, learning_rate=0.1, momentum=0.5, weight_decay=2e-4,
              dtype="float32").compile(X.astype(np.float32), np.random.default_rng(0))
    params = [p.get_value().astype(np.float64) for p in (rbm._W, rbm._hb, rbm._vb)]
    idx = np.arange(10, dtype=np.int32)
    draws = rbm.draws(np.random.default_rng(1), 10)
    err = rbm.cd_step(idx, *draws)
    params, _, err_ref = cdk_ref(params, [np.zeros_like(p) for p in params], X[idx], draws,
                                 "bernoulli", "bernoulli", 0.1, 0.5, 2e-4)
    assert err == pytest.approx(err_ref, rel=1e-5)
    for shared, want in zip((rbm._W, rbm._hb, rbm._vb), params):
        np.testing.assert_allclose(shared.get_value(), want, rtol=1e-5, atol=1e-6)


# -- the loop ---------------------------------------------------------------------

class Scripted:
    """A stand-in model whose validations return a scripted sequence of losses."""

    def __init__(self, losses, fail_at=None):
        self.losses, self.fail_at = list(losses), fail_at
        self.params = [np.zeros(1)]
        self.validations = []

    def step(self, idx):
        if self.params[0][0] == self.fail_at:
            raise KeyboardInterrupt
        self.params = [self.params[0] + 1]
        return 1.0

    def loss(self, idx, valid=False):
        self.validations.append(self.params[0][0])
        return self.losses.pop(0)

    def get_params(self):
        return [p.copy() for p in self.params]

    def set_params(self, values):
        self.params = [v.copy() for v in values]


def run_scripted(losses, **kw):
    model = Scripted(losses, kw.pop("fail_at", None))
    batches = Batches(1, 1, np.random.RandomState(0))
    opts = dict(validate_every=10, patience=5, min_improvement=0.0)
    opts.update(kw)
    state = None
    for state in epochs(model, batches, [np.array([0], np.int32)], **opts):
        pass
    return model, state


def test_patience_schedule_stops_at_the_sixth_failed_validation():
    losses = [5, 4, 3, 3.5, 3.2, 3.1, 3.0, 4, 5, 1]
    model, state = run_scripted(losses)
    # validations at epochs 0, 10, ..., 80; best (3) at epoch 20; stop at the 6th after it
    assert model.validations == [0, 10, 20, 30, 40, 50, 60, 70, 80]
    assert state["epoch"] == 80 and state["stopped"] == "patience"
    assert model.params[0][0] == 20  # best parameters restored
    assert len(state["history"]) == 80


def test_min_improvement_is_relative():
    model, state = run_scripted([10, 9.5, 8.9, 8.8, 8.1, 7.9, 7.8, 7.7, 7.6, 7.5, 7.4],
                                validate_every=1, patience=1, min_improvement=0.1)
    # 9.5 is not 10% better than 10; 8.9 is; then 8.8 and 8.1 fail -> stop
    assert state["best_loss"] == 8.9 and state["epoch"] == 4


def test_max_epochs_validates_once_more():
    model, state = run_scripted([5, 4, 3], max_epochs=15)
    assert model.validations == [0, 10, 15] and state["stopped"] == "max_epochs"
    assert model.params[0][0] == 15


def test_ctrl_c_restores_best_and_stops():
    model, state = run_scripted([5, 4, 6, 7], fail_at=15)
    assert state["stopped"] == "interrupted" and model.params[0][0] == 10


def test_progress_saves_follow_theanets():
    # after the epochs of 0-based index i > 0 with i % save_every == 0
    assert [e for e in range(1, 26) if progress_save_due(e, 10)] == [11, 21]
    assert not any(progress_save_due(e, 0) for e in range(1, 26))


def test_batches_are_fixed_and_reshuffled_each_pass():
    b = Batches(10, 3, np.random.RandomState(0))
    first, second = b.epoch(), b.epoch()
    as_sets = lambda e: sorted(tuple(x) for x in e)  # noqa: E731
    assert as_sets(first) == as_sets(second) == [(0, 1, 2), (3, 4, 5), (6, 7, 8), (9,)]
    orders = {tuple(tuple(x) for x in b.epoch()) for _ in range(20)}
    assert len(orders) > 1  # the order changes from pass to pass


# -- whole runs -------------------------------------------------------------------

@pytest.mark.parametrize("pretrain", ["none", "rbm", "layerwise"])
def test_small_network_learns(rng, pretrain):
    X, Y = data(rng, n=200, dtype=np.float32)
    net = Network([16, 8, 4], seed=1)
    history = train(net, X, Y, seed=0, max_epochs=80, learning_rate=0.05, pretrain=pretrain,
                    pretrain_epochs=5)
    baseline = np.mean((net.predict(X) * 0 + Y.mean(0) - Y) ** 2)
    assert history[-1]["loss"] * 10 < history[0]["loss"]
    assert np.mean((net.predict(X) - Y) ** 2) < baseline


def test_rbm_pretraining_then_fine_tuning_on_the_jax_backend(rng):
    pytest.importorskip("jax", reason="the jax device needs jax (pip install '.[test]')")
    X, Y = data(rng, dtype=np.float32)
    net = Network([16, 8, 4], seed=1)
    history = train(net, X, Y, seed=0, max_epochs=2, pretrain="rbm", pretrain_epochs=1,
                    device="jax")
    assert len(history) == 2
    assert all(type(a) is np.ndarray for l in net.layers for a in (l.W, l.b))


def test_seeded_cpu_run_is_repeatable(rng):
    X, Y = data(rng, dtype=np.float32)
    a, b = Network([16, 8, 4], seed=1), Network([16, 8, 4], seed=1)
    for net in (a, b):
        train(net, X, Y, seed=3, max_epochs=12, shuffle_pairs=True)
    assert all(np.array_equal(x.W, y.W) for x, y in zip(a.layers, b.layers))


def test_resume_equals_uninterrupted(rng, tmp_path):
    X, Y = data(rng, dtype=np.float32)
    common = dict(seed=7, learning_rate=0.05, validate_every=3, patience=50,
                  shuffle_pairs=True)
    whole = Network([16, 8, 4], seed=2)
    train(whole, X, Y, max_epochs=20, **common)
    ckpt = str(tmp_path / "b.ckpt")
    part = Network([16, 8, 4], seed=2)
    train(part, X, Y, max_epochs=11, checkpoint_every=5, checkpoint=ckpt, **common)
    assert load_brain(ckpt).meta.train_state["loop"]["epoch"] == 10
    resumed = Network([16, 8, 4], seed=2)
    history = train(resumed, X, Y, max_epochs=20, checkpoint=ckpt, resume=True, **common)
    assert history[-1]["epoch"] == 20
    for a, b in zip(whole.layers, resumed.layers):
        assert np.array_equal(a.W, b.W) and np.array_equal(a.b, b.b)


def test_progress_brains_are_written(rng, tmp_path, monkeypatch):
    X, Y = data(rng, dtype=np.float32)
    monkeypatch.chdir(tmp_path)
    clock = iter(range(1438666035, 1438666100))
    monkeypatch.setattr(time, "time", lambda: next(clock))
    train(Network([16, 8, 4], seed=2), X, Y, max_epochs=7, save_every=3, seed=0)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["brain-1438666035", "brain-1438666036"]
    assert load_brain(tmp_path / names[0]).sizes == [16, 8, 4]


def test_run_job_trains_on_the_scaled_inputs_it_records(rng, tmp_path):
    # the inputs sit far from 0 (pixels near 0.9, differences near 0): a brain trained on
    # unscaled inputs but rendered through its recorded scaling would miss by far
    from dbn.context import BrainInput, Context, context_inputs
    from dbn.datafile import write_array
    from dbn.recipes import job
    from dbn.training import run_job
    frames = (0.9 + 0.1 * rng.random((120, 4096))).astype(np.float32)
    context = Context("pixels16", 1, width=6)
    X = context_inputs(frames, context)
    W = rng.normal(0, 1, (X.shape[1], 6)) / np.sqrt(X.shape[1])
    Y = ((X - X.mean(0)) / X.std(0) @ W * 0.1 + 0.5).astype(np.float32)
    write_array(tmp_path / "frames.pkl", frames)
    write_array(tmp_path / "mel.pkl", Y)
    net = run_job(job(None, flags={"network": {"layers": [768, 6], "context": 1,
                                               "context_input": "pixels16"},
                                   "train": {"standardise": True, "optimizer": "adam",
                                             "learning_rate": 0.003, "max_epochs": 150,
                                             "seed": 0}},
                      frames=str(tmp_path / "frames.pkl"), targets=str(tmp_path / "mel.pkl"),
                      output=str(tmp_path / "b.pkl")))
    scaling = load_brain(tmp_path / "b.pkl").meta.scaling
    np.testing.assert_allclose(scaling.mean, X.mean(0), rtol=1e-5)
    np.testing.assert_allclose(scaling.scale, np.maximum(X.std(0), 1e-3), rtol=1e-4)
    brain = BrainInput(load_brain(tmp_path / "b.pkl"))
    heard = np.concatenate([brain.predict(frames), brain.finish()])
    mse = np.mean((heard - Y) ** 2)
    assert mse < 0.3 * Y.var() and mse < 2 * net.meta.history[-1]["loss"] + 1e-5, (
        mse, Y.var(), net.meta.history[-1]["loss"])


def test_feedback_noise_is_fresh_each_epoch_on_the_sound_columns_only(rng, monkeypatch):
    # what the model trains on, epoch by epoch: the inputs each step sees
    from dbn.training.fit import fit
    from dbn.training.graph import Model
    seen, init = [], Model.__init__

    def watched(self, *args, **kw):
        init(self, *args, **kw)
        step = self.step

        def watching(idx):
            X = self.data[0].get_value()
            if not seen or not np.array_equal(seen[-1], X):
                seen.append(np.array(X))
            return step(idx)
        self.step = watching

    monkeypatch.setattr(Model, "__init__", watched)
    X, Y = data(rng, n=400, dtype=np.float32)
    scale = np.full(16, 0.5, np.float32)
    fit(Network([16, 8, 4], seed=0), X, Y,
        settings_from(TrainSettings, {"max_epochs": 3, "feedback_noise": 0.2, "seed": 0}),
        sound=slice(12, None), scale=scale)
    assert len(seen) == 3  # fresh noise in each of the 3 epochs
    for noisy in seen:
        diff = noisy - X
        assert not diff[:, :12].any()
        # noise of sd 0.2 in target units is 0.2 / 0.5 in the scaled inputs
        assert diff[:, 12:].std() == pytest.approx(0.4, rel=0.05)


def test_jax_backend_matches_cpu(rng):
    pytest.importorskip("jax", reason="the jax device needs jax (pip install '.[test]')")
    X, Y = data(rng, dtype=np.float32)
    nets = [Network([16, 8, 4], seed=4) for _ in range(2)]
    for net, device in zip(nets, ("cpu", "jax")):
        train(net, X, Y, seed=1, max_epochs=5, device=device)
    for a, b in zip(*(n.layers for n in nets)):
        np.testing.assert_allclose(a.W, b.W, atol=1e-5)


def test_the_jax_backend_leaves_no_files_in_the_temporary_folder(rng, tmp_path, monkeypatch):
    # PyTensor writes each JAX function's source to a temporary file it never deletes
    pytest.importorskip("jax", reason="the jax device needs jax (pip install '.[test]')")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    X, Y = data(rng, dtype=np.float32)
    train(Network([16, 8, 4], seed=4), X, Y, seed=1, max_epochs=2, device="jax")
    model = Model(Network([16, 8, 4]).layers, X, Y, optimizer="nag", learning_rate=0.05,
                  momentum=0.9, device="jax")
    # a scan of steps, compiled on its first call
    model.steps(np.tile(np.arange(8, dtype=np.int32), (2, 1)))
    RBM(8, device="jax").compile(X, np.random.default_rng(0))
    assert tempfile.tempdir == str(tmp_path) and not list(tmp_path.iterdir())


def test_gpu_device_needs_a_visible_gpu(rng):
    pytest.importorskip("jax", reason="needs jax to look for a GPU")
    import jax
    from dbn.training.device import compile_mode
    try:
        has_gpu = bool(jax.devices("gpu"))
    except RuntimeError:
        has_gpu = False
    if has_gpu:
        assert compile_mode("gpu") == "JAX"
        return
    X, Y = data(rng, dtype=np.float32)
    with pytest.raises(ParameterError, match="no GPU"):
        train(Network([16, 8, 4]), X, Y, device="gpu", max_epochs=1)


@pytest.mark.parametrize("settings,match", [
    ({"learnin_rate": 1}, "unknown training setting"),
    ({"learning_rate": 0}, "learning_rate must be > 0"),
    ({"learning_rate": -1.0}, "> 0"),
    ({"batch_size": 2.5}, "batch_size must be int"),
    ({"optimizer": "lbfgs"}, "optimizer must be one of"),
    ({"valid_split": 1.0}, "valid_split"),
])
def test_bad_settings(settings, match):
    with pytest.raises(ParameterError, match=match):
        settings_from(TrainSettings, settings)


@pytest.mark.parametrize("X,Y,match", [
    (np.zeros((0, 16)), np.zeros((0, 4)), "empty"),
    (np.zeros((5, 15)), np.zeros((5, 4)), "16-8-4"),
    (np.full((5, 16), np.nan), np.zeros((5, 4)), "NaN"),
    (np.zeros((5, 16)), np.zeros((3, 4)), "only 3 target rows"),
])
def test_bad_data(X, Y, match):
    with pytest.raises(ParameterError, match=match):
        train(Network([16, 8, 4]), X, Y)


KILLER = """
import sys
import numpy as np
from dbn import Network
net = Network([4096, 1000, 735], seed=0)
i = 0
while True:
    for l in net.layers:
        l.b[:] = i
    net.save(sys.argv[1])
    i += 1
    print(i, flush=True)
"""


def test_sigkill_during_save_leaves_previous_checkpoint(tmp_path):
    path = tmp_path / "ckpt.pkl"
    proc = subprocess.Popen([sys.executable, "-c", KILLER, str(path)], stdout=subprocess.PIPE,
                            env=dict(os.environ, PYTHONPATH=ROOT), text=True)
    for _ in range(3):
        proc.stdout.readline()  # a few complete saves
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    net = load_brain(path)
    assert net.sizes == [4096, 1000, 735]
    assert len(set(net.layers[0].b.tolist())) == 1  # one whole save, not a mix


def test_resume_inside_rbm_pretraining(rng, tmp_path, monkeypatch):
    X, Y = data(rng, dtype=np.float32)
    common = dict(seed=5, pretrain="rbm", pretrain_epochs=2, max_epochs=6)
    whole = Network([16, 8, 8, 4], seed=2)
    train(whole, X, Y, **common)
    ckpt = str(tmp_path / "b.ckpt")
    fits = []
    real_fit = RBM.fit

    def dies_on_second_layer(self, data, **kw):
        fits.append(self.n_hidden)
        if len(fits) == 2:
            raise KeyboardInterrupt
        return real_fit(self, data, **kw)

    monkeypatch.setattr(RBM, "fit", dies_on_second_layer)
    with pytest.raises(KeyboardInterrupt):
        train(Network([16, 8, 8, 4], seed=2), X, Y, checkpoint=ckpt, checkpoint_every=3,
              **common)
    monkeypatch.setattr(RBM, "fit", real_fit)
    state = load_brain(ckpt).meta.train_state
    assert (state["phase"], state["layers_done"]) == ("rbm", 1)
    assert state["settings"]["pretrain"] == "rbm" and len(state["data"]) == 64
    resumed = Network([16, 8, 8, 4], seed=2)
    train(resumed, X, Y, checkpoint=ckpt, checkpoint_every=3, resume=True, **common)
    for a, b in zip(whole.layers, resumed.layers):
        assert np.array_equal(a.W, b.W) and np.array_equal(a.b, b.b)


@pytest.mark.parametrize("change,named", [
    ({"learning_rate": 0.01}, "learning_rate=0.05"),
    ({"batch_size": 16, "optimizer": "sgd"}, "batch_size=32, optimizer=nag"),
    ({"shuffle_pairs": False}, "shuffle_pairs=True"),
])
def test_resume_refuses_a_changed_run(rng, tmp_path, change, named):
    X, Y = data(rng, dtype=np.float32)
    common = dict(seed=7, learning_rate=0.05, validate_every=3, patience=50, shuffle_pairs=True,
                  checkpoint=str(tmp_path / "b.ckpt"))
    train(Network([16, 8, 4], seed=2), X, Y, max_epochs=6, checkpoint_every=5, **common)
    with pytest.raises(ParameterError, match=f"made with {named}"):
        train(Network([16, 8, 4], seed=2), X, Y, max_epochs=20, resume=True,
              **{**common, **change})


def test_resume_refuses_other_data_or_network_and_allows_cadence(rng, tmp_path):
    X, Y = data(rng, dtype=np.float32)
    common = dict(seed=7, learning_rate=0.05, validate_every=3, checkpoint=str(tmp_path / "c"))
    train(Network([16, 8, 4], seed=2), X, Y, max_epochs=6, checkpoint_every=5, **common)
    with pytest.raises(ParameterError, match="trained on other data"):
        train(Network([16, 8, 4], seed=2), X + 1e-3, Y, resume=True, **common)
    with pytest.raises(ParameterError, match="holds a 16-8-4 relu"):
        train(Network([16, 8, 4], activation="logistic", seed=2), X, Y, resume=True, **common)
    history = train(Network([16, 8, 4], seed=2), X, Y, resume=True, max_epochs=9, patience=2,
                    checkpoint_every=2, save_every=0, **common)
    assert history[-1]["epoch"] == 9


def test_run_job_can_weigh_every_target_column_alike(rng, tmp_path):
    # one column varies a thousand times less than the other: trained on standardised
    # targets, the brain learns both, and renders them back in their own units
    from dbn.context import BrainInput
    from dbn.datafile import write_array
    from dbn.recipes import job
    from dbn.training import run_job
    frames = rng.random((200, 4096)).astype(np.float32)
    w = rng.normal(0, 1, 4096) / 64
    Y = np.stack([frames @ w * 1e-3 + 0.5, frames @ w[::-1] + 2.0], axis=1).astype(np.float32)
    write_array(tmp_path / "frames.pkl", frames)
    write_array(tmp_path / "audio.pkl", Y)
    net = run_job(job(None, flags={"network": {"layers": [4096, 2]},
                                   "train": {"standardise_targets": True, "optimizer": "adam",
                                             "learning_rate": 0.003, "max_epochs": 80,
                                             "seed": 0}},
                      frames=str(tmp_path / "frames.pkl"), targets=str(tmp_path / "audio.pkl"),
                      output=str(tmp_path / "b.pkl")))
    brain = load_brain(tmp_path / "b.pkl")
    np.testing.assert_allclose(brain.meta.output_scaling.mean, Y.mean(0), rtol=1e-5)
    np.testing.assert_allclose(brain.meta.output_scaling.scale, np.maximum(Y.std(0), 1e-3),
                               rtol=1e-4)
    assert brain.meta.target.peak == pytest.approx(float(Y.max()))
    heard = BrainInput(brain).predict(frames)
    for col in (0, 1):  # each column follows its target in its own units
        assert np.corrcoef(heard[:, col], Y[:, col])[0, 1] > 0.9, col
        assert abs(heard[:, col].mean() - Y[:, col].mean()) < 0.1 * Y[:, col].std() + 1e-6
    del net


def test_the_pitch_weight_makes_a_brain_that_cannot_fit_everything_fit_the_pitch(rng,
                                                                                 tmp_path):
    # 42 columns, each its own linear view of the frames, through one linear unit: it can
    # follow about one of them. Weighted 16 times another column, the pitch (column 1) is it
    from dbn.context import BrainInput
    from dbn.datafile import write_array
    from dbn.recipes import job
    from dbn.training import run_job
    frames = rng.random((300, 4096)).astype(np.float32)
    Y = (frames - 0.5) @ rng.normal(0, 1, (4096, 42)).astype(np.float32)
    Y[:, 1] = Y[:, 1] * 0.01 + 0.5  # the pitch varies least of all, as on a log scale
    write_array(tmp_path / "frames.pkl", frames)
    write_array(tmp_path / "harmonic-noise.pkl", Y)

    def trained(weight, **train):
        flags = {"network": {"layers": [4096, 1, 42], "activation": "linear"},
                 "data": {"variant": "harmonic-noise"},
                 "train": {"standardise_targets": True, "optimizer": "adam", "seed": 0,
                           "learning_rate": 0.003, "max_epochs": 300, "pitch_weight": weight,
                           **train}}
        return run_job(job(None, flags=flags, frames=str(tmp_path / "frames.pkl"),
                           targets=str(tmp_path / "harmonic-noise.pkl"),
                           output=str(tmp_path / f"b{weight}.pkl")))

    r = {}
    for weight in (1.0, 16.0):
        brain = load_brain(trained(weight) and tmp_path / f"b{weight}.pkl")
        sd = np.maximum(Y.std(0), 1e-3)
        sd[1] /= np.sqrt(weight)
        np.testing.assert_allclose(brain.meta.output_scaling.scale, sd, rtol=1e-4)
        assert brain.meta.train["pitch_weight"] == weight
        pitch = BrainInput(brain).predict(frames)[:, 1]
        assert abs(pitch.mean() - 0.5) < 0.1 * Y[:, 1].std()  # back in its own units
        r[weight] = np.corrcoef(pitch, Y[:, 1])[0, 1]
    assert r[16.0] > 0.8 and r[1.0] < 0.3, r
    with pytest.raises(ParameterError, match="pitch_weight weighs a standardised column"):
        trained(4.0, standardise_targets=False)
    with pytest.raises(ParameterError, match="the raw target has no pitch column"):
        run_job(job(None, flags={"train": {"standardise_targets": True, "pitch_weight": 4.0}},
                    frames=str(tmp_path / "frames.pkl"),
                    targets=str(tmp_path / "harmonic-noise.pkl"), output=str(tmp_path / "c")))
    assert not (tmp_path / "c").exists()


def test_the_pitch_weight_weighs_each_pitch_bin(rng, tmp_path):
    # harmonic-bins: the pitch is columns 1..97, and pitch_weight weighs each of them
    from dbn.datafile import write_array
    from dbn.recipes import job
    from dbn.training import run_job
    write_array(tmp_path / "frames.pkl", rng.random((50, 4096)).astype(np.float32))
    Y = rng.random((50, 138)).astype(np.float32)
    write_array(tmp_path / "harmonic-bins.pkl", Y)
    flags = {"network": {"layers": [4096, 4, 138]}, "data": {"variant": "harmonic-bins"},
             "train": {"standardise_targets": True, "max_epochs": 1, "pitch_weight": 0.25}}
    run_job(job(None, flags=flags, frames=str(tmp_path / "frames.pkl"),
                targets=str(tmp_path / "harmonic-bins.pkl"), output=str(tmp_path / "b.pkl")))
    sd = Y.std(0)
    sd[1:98] *= 2  # 1 / sqrt(0.25)
    np.testing.assert_allclose(load_brain(tmp_path / "b.pkl").meta.output_scaling.scale, sd,
                               rtol=1e-4)


def test_a_recipe_at_the_training_level_records_its_targets_loudness(rng, tmp_path):
    # [render] level = "training": the RMS of the training rows through the harmonic
    # inverse, each video of the set on its own at its own frame rate
    from dbn.datafile import write_array, write_dataset
    from dbn.harmonic import harmonic_samples
    from dbn.recipes import job
    from dbn.training import run_job
    frames = rng.random((100, 4096)).astype(np.float32)
    Y = np.zeros((100, 42), np.float32)
    Y[:, 0], Y[:, 1], Y[:, 2] = 1.0, 0.5, np.linspace(0.6, 0.9, 100)  # one tone, louder
    write_array(tmp_path / "frames.pkl", frames)
    write_array(tmp_path / "harmonic-noise.pkl", Y)
    write_dataset(str(tmp_path / "dataset.json"), {
        "variant": "harmonic-noise", "fps_correct": True,
        "files": ["frames.pkl", "harmonic-noise.pkl"],
        "videos": [{"video": "a.mkv", "fps": 25.0, "frames": 60, "rows": 60, "start": 0},
                   {"video": "b.mkv", "fps": 30.0, "frames": 40, "rows": 40, "start": 60}]})
    flags = {"network": {"layers": [4096, 42]}, "data": {"variant": "harmonic-noise"},
             "train": {"max_epochs": 1, "optimizer": "adam", "seed": 0}}
    made = lambda level: run_job(job(None, flags={**flags, "render": {"level": level}},  # noqa
                                     frames=str(tmp_path / "frames.pkl"),
                                     targets=str(tmp_path / "harmonic-noise.pkl"),
                                     output=str(tmp_path / f"{level}.pkl")))
    a, b = harmonic_samples(Y[:60], 25.0), harmonic_samples(Y[60:], 30.0)
    want = np.sqrt((np.sum(a ** 2) + np.sum(b ** 2)) / (len(a) + len(b)))
    assert made("training").meta.target.level == pytest.approx(want, rel=1e-9)
    assert made("own").meta.target.level is None


@pytest.mark.parametrize("n", [1, 2, 7, 100])
def test_the_pair_shuffle_in_place_equals_fancy_indexing(rng, n):
    from dbn.training.fit import _reorder
    for order in (rng.permutation(n), np.arange(n), np.roll(np.arange(n), 1)):
        rows = rng.random((n, 3)).astype(np.float32)
        expect = rows[order]
        assert np.array_equal(_reorder(rows, order), expect) and np.array_equal(rows, expect)


def test_run_job_holds_one_copy_of_the_frames(rng, tmp_path, monkeypatch):
    from dbn.datafile import write_array
    from dbn.recipes import job
    from dbn.training import graph, run_job
    from dbn.training import run as run_module
    frames = rng.random((50, 4096)).astype(np.float32)
    write_array(tmp_path / "frames.pkl", frames)
    write_array(tmp_path / "audio.pkl", rng.random((50, 735)).astype(np.float32))
    read, seen = [], []
    real_read, real_init = run_module.read_array, graph.Model.__init__

    def reading(path):
        read.append(real_read(path))
        return read[-1]

    def spy(self, layers, X, Y, **kw):
        real_init(self, layers, X, Y, **kw)
        seen.append(np.shares_memory(self.data[0].get_value(borrow=True), read[0]))
    monkeypatch.setattr(run_module, "read_array", reading)
    monkeypatch.setattr(graph.Model, "__init__", spy)
    run_job(job("theanet", flags={"network": {"layers": [4096, 8, 735]},
                                  "train": {"max_epochs": 1, "pretrain": "none",
                                            "save_every": 0}},
                frames=str(tmp_path / "frames.pkl"), targets=str(tmp_path / "audio.pkl"),
                output=str(tmp_path / "b.pkl")))
    assert seen == [True]  # the shuffled pairs are the frames read, reordered in place


def test_the_jax_backends_keep_the_training_set_on_the_device(rng):
    jax = pytest.importorskip("jax", reason="the jax device needs jax (pip install '.[test]')")
    X, Y = data(rng, dtype=np.float32)
    layers = lambda: Network([16, 8, 4], seed=0).layers  # noqa: E731
    model = Model(layers(), X, Y, optimizer="nag", learning_rate=0.05, momentum=0.9,
                  device="jax")
    # a numpy value in a JAX function's storage is copied to the device on every call
    assert all(isinstance(v.container.storage[0], jax.Array) for v in model.data)
    model.set_inputs(X + 1)  # fresh feedback noise: the new rows go to the device too
    assert isinstance(model.data[0].container.storage[0], jax.Array)
    fresh = Model(layers(), X + 1, Y, optimizer="nag", learning_rate=0.05, momentum=0.9,
                  device="jax")
    idx = np.arange(20, dtype=np.int32)
    assert model.loss(idx) == pytest.approx(fresh.loss(idx), rel=1e-6)
    rbm = RBM(6, device="jax").compile(X, np.random.default_rng(0))
    assert isinstance(rbm._X.container.storage[0], jax.Array)  # an RBM's frames too
