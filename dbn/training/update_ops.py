"""Optimisers' elementwise updates as PyTensor Ops, each one vectorised C loop.

- `FusedUpdate`: the base: states and a gradient in, the new states out, in place.
- `adam_update`: (p, m, v, g, scale) -> (p', m', v'), an `AdamUpdate`.
- `rmsprop_update`: (p, f, s, v, g, lr, mu) -> (p', f', s', v'), an `RMSpropUpdate`.
- the JAX backends compile each update's expression instead (`_expand`).

Written as a plain expression, PyTensor fuses an update into one
elementwise loop, but one with broadcast scalars (the step size), which
takes its strided path, with double-precision constants: each element's
square root and division run one at a time. In the context recipe's
network (4608-256-256-42) Adam's loop took two thirds of a training step
(benchmarks/README.md, "Adam"). These Ops' C loops run over contiguous
arrays in their own precision, which gcc turns into vector instructions.
"""
import numpy as np
import pytensor.tensor as pt
from pytensor.compile import optdb
from pytensor.graph.basic import Apply
from pytensor.graph.rewriting.basic import dfs_rewriter, node_rewriter
from pytensor.link.c.op import COp

BETA1, BETA2, EPS = 0.9, 0.999, 1e-8  # Kingma & Ba (2015)'s defaults
RMS_DECAY = float(np.exp(-np.log(2) / 14))  # downhill 0.2.2: a half-life of 14 steps
RMS_REGULARIZER = 1e-8


class FusedUpdate(COp):
    """An update rule's new states from its states and a gradient, in one C loop.

    A subclass names its ``states`` (the arrays it updates, the parameter
    first) and ``scalars``, gives ``reference(*inputs, sqrt)``, the update in
    numpy or PyTensor arithmetic, returning the new states in that order, and
    ``c_loop``, the same for element i in C (array ``X`` for state ``x``,
    ``G`` the gradient, each scalar by its name, type ``T``).

    Inputs of a node: the states, the gradient (one float32 or float64 dtype,
    one rank), then the scalars (0-d, the same dtype). In place
    (``inplace=True``, which `dbn_inplace_updates` sets where the graph
    allows it) the outputs are the storage of the states.
    """

    __props__ = ("inplace",)
    states, scalars, c_loop, c_version = (), (), "", 0

    def __init__(self, inplace=False):
        self.inplace = inplace
        if inplace:
            self.destroy_map = {i: [i] for i in range(len(self.states))}

    def make_node(self, *inputs):
        inputs = [pt.as_tensor_variable(x) for x in inputs]
        n, me = len(self.states) + 1, type(self).__name__
        if len(inputs) != n + len(self.scalars):
            raise TypeError(f"{me}: {n + len(self.scalars)} inputs, got {len(inputs)}")
        arrays, scalars = inputs[:n], inputs[n:]
        # one dtype and rank (the gradient's static shape may know more than p's)
        if len({(x.type.dtype, x.type.ndim) for x in arrays}) > 1 \
                or arrays[0].type.dtype not in ("float32", "float64"):
            raise TypeError(f"{me}: {', '.join(self.states)} and g must have one float dtype "
                            f"and rank")
        if any(s.type.ndim or s.type.dtype != arrays[0].type.dtype for s in scalars):
            raise TypeError(f"{me}: {', '.join(self.scalars)} must be "
                            f"{arrays[0].type.dtype} scalars")
        return Apply(self, inputs, [x.type() for x in arrays[:-1]])

    def perform(self, node, inputs, outputs):
        for out, value in zip(outputs, self.reference(*inputs, sqrt=np.sqrt)):
            out[0] = value

    def _c_name(self):
        return f"dbn_{type(self).__name__.lower()}"

    def c_support_code(self, **kwargs):
        args = ", ".join([f"T* __restrict__ {x.upper()}" for x in self.states]
                         + ["const T* __restrict__ G"] + [f"const T {s}" for s in self.scalars]
                         + ["const npy_intp n"])
        # noinline: inlined into the thunk's body, gcc left this loop scalar
        return f"""
        template <typename T> __attribute__((noinline)) static void {self._c_name()}({args}) {{
            for (npy_intp i = 0; i < n; i++) {{ {self.c_loop} }}
        }}
        """

    def c_code(self, node, name, inputs, outputs, sub):
        fail, k = sub["fail"], len(self.states)
        states, g, scalars = inputs[:k], inputs[k], inputs[k + 1:]
        sizes = " || ".join(f"PyArray_SIZE({x}) != n" for x in inputs[1:k + 1])
        # each output: its input itself when in place and contiguous, else a C-order copy
        own = "".join(f"""
        Py_XDECREF({out});
        if ({int(self.inplace)} && PyArray_IS_C_CONTIGUOUS({src})) {{
            {out} = {src}; Py_INCREF({out});
        }} else if (!({out} = (PyArrayObject*)PyArray_NewCopy({src}, NPY_CORDER))) {fail}
        """ for out, src in zip(outputs, states))
        args = ", ".join([f"(T*)PyArray_DATA({out})" for out in outputs]
                         + ["(const T*)PyArray_DATA(g_c)"]
                         + [f"((T*)PyArray_DATA({s}))[0]" for s in scalars] + ["n"])
        return f"""{{
        typedef dtype_{states[0]} T;
        npy_intp n = PyArray_SIZE({states[0]});
        if ({sizes}) {{
            PyErr_SetString(PyExc_ValueError, "{type(self).__name__}: the arrays differ in size");
            {fail}
        }}
        {own}
        PyArrayObject* g_c = PyArray_GETCONTIGUOUS({g});
        if (!g_c) {fail}
        {self._c_name()}({args});
        Py_DECREF(g_c);
        }}"""

    def c_code_cache_version(self):
        return (2, self.c_version)  # PyTensor reuses a compiled module by this: raise it


def _constants(dtype):
    return np.dtype(dtype).type  # constants in the arrays' precision, as the C loops have


class AdamUpdate(FusedUpdate):
    """p' = p - scale m' / (sqrt(v') + eps), m' = b1 m + (1-b1) g, v' = b2 v + (1-b2) g^2.

    ``scale`` is the step size with Adam's bias corrections folded in.
    """

    states, scalars, c_version = ("p", "m", "v"), ("scale",), 1
    c_loop = f"""
        const T mi = (T){BETA1} * M[i] + (T){1 - BETA1} * G[i];
        const T vi = (T){BETA2} * V[i] + (T){1 - BETA2} * G[i] * G[i];
        M[i] = mi;
        V[i] = vi;
        P[i] -= scale * mi / (std::sqrt(vi) + (T){EPS});"""

    @staticmethod
    def reference(p, m, v, g, scale, sqrt):
        c = _constants(p.dtype)
        m = c(BETA1) * m + c(1 - BETA1) * g
        v = c(BETA2) * v + c(1 - BETA2) * g * g
        return p - scale * m / (sqrt(v) + c(EPS)), m, v


class RMSpropUpdate(FusedUpdate):
    """downhill 0.2.2's RMSProp (Graves 2013), then classical momentum.

    f' = c f + (1-c) g;  s' = c s + (1-c) g^2;  v' = mu v - lr g / sqrt(s' - f'^2 + eps);
    p' = p + v', with c = `RMS_DECAY` and eps = `RMS_REGULARIZER`.
    """

    states, scalars, c_version = ("p", "f", "s", "v"), ("lr", "mu"), 1
    c_loop = f"""
        const T c = (T){RMS_DECAY!r}, d = (T)1 - c;
        const T fi = c * F[i] + d * G[i];
        const T si = c * S[i] + d * G[i] * G[i];
        const T vi = mu * V[i] - lr * G[i] / std::sqrt(si - fi * fi + (T){RMS_REGULARIZER});
        F[i] = fi;
        S[i] = si;
        V[i] = vi;
        P[i] += vi;"""

    @staticmethod
    def reference(p, f, s, v, g, lr, mu, sqrt):
        k = _constants(p.dtype)
        c = k(RMS_DECAY)
        f = c * f + (k(1) - c) * g
        s = c * s + (k(1) - c) * g * g
        v = mu * v - lr * g / sqrt(s - f * f + k(RMS_REGULARIZER))
        return p + v, f, s, v


adam_update = AdamUpdate()
rmsprop_update = RMSpropUpdate()


@node_rewriter([FusedUpdate])
def _inplace(fgraph, node):
    if not node.op.inplace:
        return type(node.op)(inplace=True)(*node.inputs, return_list=True)


# beside PyTensor's own inplace rewrites (its BLAS ones sit at 50.2)
optdb.register("dbn_inplace_updates", dfs_rewriter(_inplace), "fast_run", "inplace",
               position=50.3)


@node_rewriter([FusedUpdate])
def _expand(fgraph, node):
    return list(node.op.reference(*node.inputs, sqrt=pt.sqrt))


# The JAX backends get the plain expression back, first thing, which XLA fuses. (A JAX
# implementation of the Op would import PyTensor's JAX dispatch outside training's
# floatX, and that import sets JAX's 64-bit mode from floatX: half the speed.)
optdb.register("dbn_expand_updates_for_jax", dfs_rewriter(_expand), "jax", position=0.5)
