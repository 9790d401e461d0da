"""AdamUpdate (dbn/training/adam_op.py) against Adam written again in float64 numpy.

Each backend that runs it is checked: the C loop in place and on copies
(non-contiguous inputs), numpy's `perform`, and the JAX backend (which gets
the expression back).
"""
import numpy as np
import pytensor
import pytensor.tensor as pt
import pytest

from dbn import Network
from dbn.training.adam_op import AdamUpdate, adam_update
from dbn.training.device import compile_mode
from dbn.training.graph import Model


def adam_ref(p, m, v, g, scale):
    """Kingma & Ba (2015), algorithm 1 with the bias corrections in ``scale``."""
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    return p - scale * m / (np.sqrt(v) + 1e-8), m, v


def arrays(rng, shape, dtype):
    p, m, g = (rng.normal(size=shape).astype(dtype) for _ in range(3))
    return p, m, rng.random(shape).astype(dtype) * 1e-3, g


def step_fn(values, mode, order="C"):
    """A compiled step updating shared p, m, v from a gradient input, as training does."""
    p, m, v = (pytensor.shared(np.asarray(a, order=order)) for a in values[:3])
    g = pt.tensor(dtype=values[0].dtype, shape=(None,) * values[0].ndim)
    scale = pt.scalar(dtype=values[0].dtype)
    new = adam_update(p, m, v, g, scale)
    fn = pytensor.function([g, scale], [], updates=list(zip((p, m, v), new)), mode=mode)
    return fn, (p, m, v)


@pytest.mark.parametrize("dtype,tol", [("float64", 1e-13), ("float32", 1e-6)])
@pytest.mark.parametrize("order", ["C", "F"])
def test_c_loop_matches_numpy(rng, dtype, tol, order):
    values = arrays(rng, (37, 23), dtype)  # odd sizes: the vector loop's remainder too
    fn, shared = step_fn(values, compile_mode("cpu"), order)
    assert any(isinstance(n.op, AdamUpdate) and n.op.inplace
               for n in fn.maker.fgraph.toposort())
    want = [a.astype(np.float64) for a in values[:3]]
    for scale in np.array([1e-2, 3e-3], dtype):
        g = rng.normal(size=values[0].shape).astype(dtype)
        fn(np.asfortranarray(g) if order == "F" else g, scale)
        want = adam_ref(*want, g.astype(np.float64), float(scale))
    for got, ref in zip(shared, want):
        np.testing.assert_allclose(got.get_value(), ref, rtol=tol, atol=tol)


def test_perform_matches_numpy(rng):
    p, m, v, g = arrays(rng, (5, 3), "float64")
    node = adam_update(pt.dmatrix(), pt.dmatrix(), pt.dmatrix(), pt.dmatrix(),
                       pt.dscalar())[0].owner
    out = [[None], [None], [None]]
    node.op.perform(node, [p, m, v, g, np.float64(0.01)], out)
    for (got,), ref in zip(out, adam_ref(p, m, v, g, 0.01)):
        np.testing.assert_allclose(got, ref, rtol=1e-14)


def test_jax_backend_matches_numpy(rng):
    pytest.importorskip("jax", reason="the jax device needs jax (pip install '.[test]')")
    values = arrays(rng, (6, 4), "float32")
    fn, shared = step_fn(values, compile_mode("jax"))
    # as the plain expression, for XLA to fuse
    assert not any(isinstance(n.op, AdamUpdate) for n in fn.maker.fgraph.toposort())
    g = rng.normal(size=(6, 4)).astype(np.float32)
    fn(g, np.float32(0.01))
    want = adam_ref(*(a.astype(np.float64) for a in values[:3]), g, 0.01)
    for got, ref in zip(shared, want):
        np.testing.assert_allclose(np.asarray(got.get_value()), ref, rtol=1e-5, atol=1e-6)


def test_refuses_mixed_types():
    with pytest.raises(TypeError, match="one float dtype and rank"):
        adam_update(pt.fmatrix(), pt.fmatrix(), pt.fmatrix(), pt.dmatrix(), pt.fscalar())
    with pytest.raises(TypeError, match="float32 scalar"):
        adam_update(pt.fmatrix(), pt.fmatrix(), pt.fmatrix(), pt.fmatrix(), pt.fvector())


def test_training_step_updates_every_parameter_with_one_c_loop(rng):
    # the plain expression ran as a strided elementwise loop: two thirds of the context
    # recipe's step (benchmarks/README.md)
    X = rng.random((40, 16)).astype(np.float32)
    model = Model(Network([16, 8, 4], seed=0).layers, X, X[:, :4], optimizer="adam",
                  learning_rate=1e-3, momentum=0.9, device="cpu")
    ops = [n.op for n in model.step.maker.fgraph.toposort()]
    assert sum(isinstance(op, AdamUpdate) and op.inplace for op in ops) == 4  # 2 W, 2 b
