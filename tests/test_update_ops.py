"""The fused updates (dbn/training/update_ops.py) against each rule written again in
float64 numpy.

Each backend that runs them is checked: the C loop in place and on copies
(non-contiguous inputs), numpy's `perform`, and the JAX backend (which gets
the expression back).
"""
import numpy as np
import pytensor
import pytensor.tensor as pt
import pytest

from dbn import Network
from dbn.training.device import compile_mode
from dbn.training.graph import Model
from dbn.training.update_ops import AdamUpdate, RMSpropUpdate, adam_update, rmsprop_update


def adam_ref(p, m, v, g, scale):
    """Kingma & Ba (2015), algorithm 1 with the bias corrections in ``scale``."""
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    return p - scale * m / (np.sqrt(v) + 1e-8), m, v


def rmsprop_ref(p, f, s, v, g, lr, mu):
    """downhill 0.2.2's RMSProp (a half-life of 14 steps), then classical momentum."""
    c = 0.5 ** (1 / 14)
    f = c * f + (1 - c) * g
    s = c * s + (1 - c) * g * g
    v = mu * v - lr * g / np.sqrt(s - f * f + 1e-8)
    return p + v, f, s, v


def adam_states(rng, shape):
    return [rng.normal(size=shape), rng.normal(size=shape), rng.random(shape) * 1e-3]


def rmsprop_states(rng, shape):
    f = rng.normal(size=shape) * 0.1
    return [rng.normal(size=shape), f, f * f + rng.random(shape), rng.normal(size=shape) * 1e-3]


# name: (update, its Op, the reference, starting states, each step's scalars)
RULES = {"adam": (adam_update, AdamUpdate, adam_ref, adam_states, [(1e-2,), (3e-3,)]),
         "rmsprop": (rmsprop_update, RMSpropUpdate, rmsprop_ref, rmsprop_states,
                     [(1e-2, 0.9), (3e-3, 0.5)])}


def step_fn(rule, states, mode, order="C"):
    """A compiled step updating shared states from a gradient input, as training does."""
    update = RULES[rule][0]
    shared = [pytensor.shared(np.asarray(a, order=order)) for a in states]
    g = pt.tensor(dtype=states[0].dtype, shape=(None,) * states[0].ndim)
    scalars = [pt.scalar(dtype=states[0].dtype) for _ in update.scalars]
    new = update(*shared, g, *scalars)
    fn = pytensor.function([g, *scalars], [], updates=list(zip(shared, new)), mode=mode)
    return fn, shared


def start(rule, rng, shape, dtype):
    return [a.astype(dtype) for a in RULES[rule][3](rng, shape)]


@pytest.mark.parametrize("rule", sorted(RULES))
@pytest.mark.parametrize("dtype,tol", [("float64", 1e-13), ("float32", 1e-6)])
@pytest.mark.parametrize("order", ["C", "F"])
def test_c_loop_matches_numpy(rng, rule, dtype, tol, order):
    _, op, ref, _, steps = RULES[rule]
    states = start(rule, rng, (37, 23), dtype)  # odd sizes: the vector loop's remainder too
    fn, shared = step_fn(rule, states, compile_mode("cpu"), order)
    assert any(isinstance(n.op, op) and n.op.inplace for n in fn.maker.fgraph.toposort())
    want = [a.astype(np.float64) for a in states]
    for scalars in steps:
        g = rng.normal(size=states[0].shape).astype(dtype)
        scalars = np.array(scalars, dtype)
        fn(np.asfortranarray(g) if order == "F" else g, *scalars)
        want = ref(*want, g.astype(np.float64), *map(float, scalars))
    for got, expect in zip(shared, want):
        np.testing.assert_allclose(got.get_value(), expect, rtol=tol, atol=tol)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_perform_matches_numpy(rng, rule):
    update, _, ref, _, steps = RULES[rule]
    states, g = start(rule, rng, (5, 3), "float64"), rng.normal(size=(5, 3))
    node = update(*[pt.dmatrix() for _ in range(len(states) + 1)],
                  *[pt.dscalar() for _ in update.scalars])[0].owner
    out = [[None] for _ in states]
    node.op.perform(node, [*states, g, *map(np.float64, steps[0])], out)
    for (got,), expect in zip(out, ref(*states, g, *steps[0])):
        np.testing.assert_allclose(got, expect, rtol=1e-14)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_jax_backend_matches_numpy(rng, rule):
    pytest.importorskip("jax", reason="the jax device needs jax (pip install '.[test]')")
    _, op, ref, _, steps = RULES[rule]
    states = start(rule, rng, (6, 4), "float32")
    fn, shared = step_fn(rule, states, compile_mode("jax"))
    # as the plain expression, for XLA to fuse
    assert not any(isinstance(n.op, op) for n in fn.maker.fgraph.toposort())
    g = rng.normal(size=(6, 4)).astype(np.float32)
    fn(g, *np.array(steps[0], np.float32))
    want = ref(*(a.astype(np.float64) for a in states), g, *steps[0])
    for got, expect in zip(shared, want):
        np.testing.assert_allclose(np.asarray(got.get_value()), expect, rtol=1e-5, atol=1e-6)


def test_refuses_mixed_types():
    with pytest.raises(TypeError, match="one float dtype and rank"):
        adam_update(pt.fmatrix(), pt.fmatrix(), pt.fmatrix(), pt.dmatrix(), pt.fscalar())
    with pytest.raises(TypeError, match="float32 scalar"):
        adam_update(pt.fmatrix(), pt.fmatrix(), pt.fmatrix(), pt.fmatrix(), pt.fvector())
    with pytest.raises(TypeError, match="7 inputs, got 6"):
        rmsprop_update(*[pt.fmatrix() for _ in range(5)], pt.fscalar())


@pytest.mark.parametrize("optimizer,op", [("adam", AdamUpdate), ("rmsprop", RMSpropUpdate)])
def test_training_step_updates_every_parameter_with_one_c_loop(rng, optimizer, op):
    # the plain expression ran as a strided elementwise loop: two thirds of the context
    # recipe's step (benchmarks/README.md)
    X = rng.random((40, 16)).astype(np.float32)
    model = Model(Network([16, 8, 4], seed=0).layers, X, X[:, :4], optimizer=optimizer,
                  learning_rate=1e-3, momentum=0.9, device="cpu")
    ops = [n.op for n in model.step.maker.fgraph.toposort()]
    assert sum(isinstance(o, op) and o.inplace for o in ops) == 4  # 2 W, 2 b
