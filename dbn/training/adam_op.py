"""Adam's elementwise update as one PyTensor Op with a vectorised C loop.

- `adam_update`: (p, m, v, g, scale) -> (p', m', v'), an `AdamUpdate`.
- the JAX backends compile Adam's expression instead (`_expand_adam`).

Written as a plain expression, PyTensor fuses Adam's update into one
elementwise loop, but one with a broadcast scalar (the step size), which
takes its strided path, with double-precision constants: each element's
square root and division run one at a time. In the context recipe's
network (4608-256-256-42) that loop took two thirds of a training step
(benchmarks/README.md, "Adam"). This Op's C loop runs over contiguous arrays
in their own precision, which gcc turns into vector instructions.
"""
import numpy as np
import pytensor.tensor as pt
from pytensor.compile import optdb
from pytensor.graph.basic import Apply
from pytensor.graph.rewriting.basic import dfs_rewriter, node_rewriter
from pytensor.link.c.op import COp

BETA1, BETA2, EPS = 0.9, 0.999, 1e-8  # Kingma & Ba (2015)'s defaults


def _adam(p, m, v, g, scale, sqrt):
    c = np.dtype(p.dtype).type  # constants in the arrays' precision, as the C loop has
    m = c(BETA1) * m + c(1 - BETA1) * g
    v = c(BETA2) * v + c(1 - BETA2) * g * g
    return p - scale * m / (sqrt(v) + c(EPS)), m, v


class AdamUpdate(COp):
    """p' = p - scale m' / (sqrt(v') + eps), m' = b1 m + (1-b1) g, v' = b2 v + (1-b2) g^2.

    Parameters (of the node)
    ------------------------
    p, m, v, g : TensorVariable, one float32 or float64 dtype, one rank
        parameter, first and second moment, gradient.
    scale : TensorVariable, a scalar of their dtype
        the step size with Adam's bias corrections folded in.

    In place (``inplace=True``, which `dbn_inplace_adam` sets where the graph
    allows it) the outputs are the storage of p, m and v.
    """

    __props__ = ("inplace",)

    def __init__(self, inplace=False):
        self.inplace = inplace
        if inplace:
            self.destroy_map = {0: [0], 1: [1], 2: [2]}

    def make_node(self, p, m, v, g, scale):
        p, m, v, g, scale = (pt.as_tensor_variable(x) for x in (p, m, v, g, scale))
        # one dtype and rank (the gradient's static shape may know more than p's)
        if len({(x.type.dtype, x.type.ndim) for x in (p, m, v, g)}) > 1 \
                or p.type.dtype not in ("float32", "float64"):
            raise TypeError("AdamUpdate: p, m, v and g must have one float dtype and rank")
        if scale.type.ndim or scale.type.dtype != p.type.dtype:
            raise TypeError(f"AdamUpdate: scale must be a {p.type.dtype} scalar")
        return Apply(self, [p, m, v, g, scale], [p.type(), m.type(), v.type()])

    def perform(self, node, inputs, outputs):
        for out, value in zip(outputs, _adam(*inputs, sqrt=np.sqrt)):
            out[0] = value

    def c_support_code(self, **kwargs):
        # noinline: inlined into the thunk's body, gcc left this loop scalar
        return f"""
        template <typename T> __attribute__((noinline)) static void dbn_adam_update(
                T* __restrict__ P, T* __restrict__ M, T* __restrict__ V,
                const T* __restrict__ G, const T s, const npy_intp n) {{
            const T b1 = (T){BETA1}, c1 = (T){1 - BETA1};
            const T b2 = (T){BETA2}, c2 = (T){1 - BETA2}, eps = (T){EPS};
            for (npy_intp i = 0; i < n; i++) {{
                const T mi = b1 * M[i] + c1 * G[i];
                const T vi = b2 * V[i] + c2 * G[i] * G[i];
                M[i] = mi;
                V[i] = vi;
                P[i] -= s * mi / (std::sqrt(vi) + eps);
            }}
        }}
        """

    def c_code(self, node, name, inputs, outputs, sub):
        p, m, v, g, scale = inputs
        fail = sub["fail"]
        # each output: its input itself when in place and contiguous, else a C-order copy
        own = "".join(f"""
        Py_XDECREF({out});
        if ({int(self.inplace)} && PyArray_IS_C_CONTIGUOUS({src})) {{
            {out} = {src}; Py_INCREF({out});
        }} else if (!({out} = (PyArrayObject*)PyArray_NewCopy({src}, NPY_CORDER))) {fail}
        """ for out, src in zip(outputs, (p, m, v)))
        p_out, m_out, v_out = outputs
        return f"""{{
        typedef dtype_{p} T;
        npy_intp n = PyArray_SIZE({p});
        if (PyArray_SIZE({m}) != n || PyArray_SIZE({v}) != n || PyArray_SIZE({g}) != n) {{
            PyErr_SetString(PyExc_ValueError, "AdamUpdate: p, m, v and g differ in size");
            {fail}
        }}
        {own}
        PyArrayObject* g_c = PyArray_GETCONTIGUOUS({g});
        if (!g_c) {fail}
        dbn_adam_update((T*)PyArray_DATA({p_out}), (T*)PyArray_DATA({m_out}),
                        (T*)PyArray_DATA({v_out}), (const T*)PyArray_DATA(g_c),
                        ((T*)PyArray_DATA({scale}))[0], n);
        Py_DECREF(g_c);
        }}"""

    def c_code_cache_version(self):
        return (1,)  # PyTensor reuses a compiled module by this: raise it with the C code


adam_update = AdamUpdate()


@node_rewriter([AdamUpdate])
def _inplace_adam(fgraph, node):
    if not node.op.inplace:
        return AdamUpdate(inplace=True)(*node.inputs, return_list=True)


# beside PyTensor's own inplace rewrites (its BLAS ones sit at 50.2)
optdb.register("dbn_inplace_adam", dfs_rewriter(_inplace_adam), "fast_run", "inplace",
               position=50.3)


@node_rewriter([AdamUpdate])
def _expand_adam(fgraph, node):
    return list(_adam(*node.inputs, sqrt=pt.sqrt))


# The JAX backends get the plain expression back, first thing, which XLA fuses. (A JAX
# implementation of the Op would import PyTensor's JAX dispatch outside training's
# floatX, and that import sets JAX's 64-bit mode from floatX: half the speed.)
optdb.register("dbn_expand_adam_for_jax", dfs_rewriter(_expand_adam), "jax", position=0.5)
