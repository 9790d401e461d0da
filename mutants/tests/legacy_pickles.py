"""Hand-built Python 2 pickles of every theanets brain layout (LEGACY-FORMAT.md 7.2).

Python 3's pickler cannot write what Python 2 wrote (it emits BINUNICODE
and _codecs.encode calls), so `Writer` emits the protocol-2 opcodes
directly, memoising like py2's pickle (BINPUT after each container, str
and object; BINGET for repeats; LONG_BINPUT past 255). The builders below
make the object graphs of section 2 from plain weights.
"""
import struct

import numpy as np


class Global:
    def __init__(self, module, name):
        self.module, self.name = module, name


class Obj:
    """NEWOBJ (or OBJ for old-style classes) of a class, then BUILD state."""

    def __init__(self, module, name, state, old=False):
        self.cls, self.state, self.old = Global(module, name), state, old


class Reduce:
    """REDUCE of a callable with an args tuple, optionally then BUILD."""

    def __init__(self, func, args, state=None):
        self.func, self.args, self.state = func, args, state


class Writer:
    def __init__(self, protocol=2):
        self.out = bytearray(b"\x80\x02" if protocol == 2 else b"")
        self.memo = {}
        self.keep = []  # memo keys are ids: keep the objects alive so ids stay unique
        self.n = 0

    def _put(self, key=None):
        i = self.n
        self.n += 1
        self.out += b"q" + bytes([i]) if i < 256 else b"r" + struct.pack("<I", i)
        if key is not None:
            self.memo[key] = i
        return i

    def _get(self, i):
        self.out += b"h" + bytes([i]) if i < 256 else b"j" + struct.pack("<I", i)

    def emit(self, v):
        self.keep.append(v)
        key = id(v)
        if key in self.memo and not isinstance(v, (int, float, bool, type(None))):
            return self._get(self.memo[key])
        if v is None:
            self.out += b"N"
        elif v is True or v is False:
            self.out += b"\x88" if v else b"\x89"
        elif isinstance(v, int):
            if 0 <= v < 256:
                self.out += b"K" + bytes([v])
            elif 0 <= v < 65536:
                self.out += b"M" + struct.pack("<H", v)
            else:
                self.out += b"J" + struct.pack("<i", v)
        elif isinstance(v, float):
            self.out += b"G" + struct.pack(">d", v)
        elif isinstance(v, (str, bytes)):
            raw = v.encode("latin-1") if isinstance(v, str) else v
            self.out += (b"U" + bytes([len(raw)]) if len(raw) < 256
                         else b"T" + struct.pack("<i", len(raw))) + raw
            self._put(key)
        elif isinstance(v, tuple):
            self._tuple(v, key)
        elif isinstance(v, list):
            self.out += b"]"
            self._put(key)
            self._items(v, b"a", b"e")
        elif isinstance(v, dict):
            self.out += b"}"
            self._put(key)
            pairs = [x for kv in v.items() for x in kv]
            self._items(pairs, b"s", b"u", step=2)
        elif isinstance(v, Global):
            self.out += b"c" + f"{v.module}\n{v.name}\n".encode()
            self._put(key)
        elif isinstance(v, Obj):
            if v.old:
                self.out += b"("
                self.emit(v.cls)
                self.out += b"o"
            else:
                self.emit(v.cls)
                self.out += b")\x81"
            self._put(key)
            self.emit(v.state)
            self.out += b"b"
        elif isinstance(v, Reduce):
            self.emit(v.func)
            self.emit(v.args)
            self.out += b"R"
            self._put(key)
            if v.state is not None:
                self.emit(v.state)
                self.out += b"b"
        elif isinstance(v, np.ndarray):
            self._ndarray(v, key)
        elif isinstance(v, np.dtype):
            self._dtype(v, key)
        else:
            raise TypeError(type(v))

    def _tuple(self, v, key):
        if not v:
            self.out += b")"
            return
        if len(v) <= 3:
            for x in v:
                self.emit(x)
            self.out += {1: b"\x85", 2: b"\x86", 3: b"\x87"}[len(v)]
        else:
            self.out += b"("
            for x in v:
                self.emit(x)
            self.out += b"t"
        self._put(key)

    def _items(self, items, one, many, step=1):
        if len(items) == step:
            for x in items:
                self.emit(x)
            self.out += one
        elif items:
            self.out += b"("
            for x in items:
                self.emit(x)
            self.out += many

    def _dtype(self, dt, key):
        order = "|" if dt.itemsize == 1 else "<"
        self.emit(Reduce(Global("numpy", "dtype"), (dt.str[1:], 0, 1)))
        self.memo[key] = self.n - 1
        self.emit((3, order, None, None, None, -1, -1, 0))
        self.out += b"b"

    def _ndarray(self, a, key):
        self.emit(Global("numpy.core.multiarray", "_reconstruct"))
        self.emit((Global("numpy", "ndarray"), (0,), "b"))
        self.out += b"R"
        self._put(key)
        a = np.ascontiguousarray(a)
        self.emit((1, tuple(int(d) for d in a.shape), _DTYPES.setdefault(a.dtype.str, a.dtype),
                   False, a.tobytes()))
        self.out += b"b"

    def dumps(self, v):
        self.emit(v)
        self.out += b"."
        return bytes(self.out)


_DTYPES = {}


def dumps(obj):
    """A protocol-2 pickle of a builder object graph, as Python 2 wrote it."""
    return Writer().dumps(obj)


# -- theano / theanets objects ------------------------------------------------

def scratchpad():
    return Obj("theano.gof.utils", "scratchpad",
               {"trace": [("/usr/lib/python2.7/theanets/layers/base.py", 300, "add_weights",
                           "self._params.append(theano.shared(value, name=name))")]},
               old=True)


def tensor_type(dtype, ndim):
    return Obj("theano.tensor.type", "TensorType",
               {"broadcastable": (False,) * ndim, "dtype": str(np.dtype(dtype)),
                "numpy_dtype": _DTYPES.setdefault(np.dtype(dtype).str, np.dtype(dtype)),
                "sparse_grad": False, "name": None})


def shared_variable(name, value, gpu=False):
    if gpu:
        ttype = Obj("theano.sandbox.cuda.type", "CudaNdarrayType",
                    {"broadcastable": (False,) * value.ndim, "name": None})
        storage = Reduce(Global("theano.sandbox.cuda.type", "CudaNdarray_unpickler"), (value,))
        cls = ("theano.sandbox.cuda.var", "CudaNdarraySharedVariable")
    else:
        ttype, storage = tensor_type(value.dtype, value.ndim), value
        cls = ("theano.tensor.sharedvar", "TensorSharedVariable")
    container = Obj("theano.gof.link", "Container",
                    {"name": name, "storage": [storage], "strict": False, "readonly": False,
                     "type": ttype, "allow_downcast": None})
    state = {"auto_name": "auto_3", "index": None, "tag": scratchpad(), "container": container,
             "name": name, "owner": None, "type": ttype}
    if gpu:
        state["get_value_return_ndarray"] = True
    return Obj(*cls, state)


def random_state(seed=0):
    key = np.random.RandomState(seed).get_state()[1]
    return Reduce(Global("numpy.random", "__RandomState_ctor"), (),
                  state=("MT19937", key, 624, 0, 0.0))


def tensor_variable(name, dtype):
    return Obj("theano.tensor.var", "TensorVariable",
               {"auto_name": "auto_1", "index": None, "tag": scratchpad(), "name": name,
                "owner": None, "type": tensor_type(dtype, 2)})


ACTIVATE = {"linear": "_identity", "relu": "_relu", "rect:max": "_relu", "rect:min": "_trel",
            "rect:minmax": "_rect", "softmax": "_softmax"}
OPS = {"logistic": ("theano.tensor.nnet.sigm", "ScalarSigmoid", None),
       "sigmoid": ("theano.tensor.nnet.sigm", "ScalarSigmoid", None),
       "tanh": ("theano.scalar.basic", "Tanh", ("tanh", 1, 1)),
       "softplus": ("theano.tensor.nnet.sigm", "ScalarSoftplus", None)}


def activate(name):
    if name in ACTIVATE:
        return Global("theanets.activations", ACTIVATE[name])
    module, cls, spec = OPS[name]
    scalar = Obj(module, cls, {"output_types_preference": Global("theano.scalar.basic",
                                                                 "upgrade_to_float"),
                               "_op_use_c_code": "/usr/bin/g++", "name": None})
    return Obj("theano.tensor.elemwise", "Elemwise",
               {"name": name, "scalar_op": scalar, "destroy_map": {}, "inplace_pattern": {},
                "nfunc_spec": spec, "openmp": False, "params": [],
                "_op_use_c_code": "/usr/bin/g++"})


def layer(cls_module, cls, name, size, activation, inputs, params, rng_attr="nrng",
          extra=None):
    state = {"inputs": inputs, "activate": activate(activation), "name": name,
             "activation": activation, rng_attr: random_state(), "kwargs": {},
             "_params": params, "size": size}
    state.update(extra or {})
    return Obj(cls_module, cls, state)


def build_layers(weights, activations, *, version="33775e7", gpu=False, names=None):
    """The layer objects of a network: Input, then one Feedforward per (W, b)."""
    base = "theanets.layers.base" if version == "0.7" else "theanets.layers.feedforward"
    rng_attr = "rng" if version == "0.7" else "nrng"
    dtype = weights[0][0].dtype
    extra = {"input": tensor_variable("x", dtype)} if version == "0.7" else None
    n_in = weights[0][0].shape[0]
    layers = [layer(base, "Input", "in", n_in, "linear", {"out": 0}, [], rng_attr, extra)]
    prev, prev_size = "in", n_in
    names = names or [f"hid{i}" for i in range(1, len(weights))] + ["out"]
    for (W, b), act, name in zip(weights, activations, names):
        params = [shared_variable(f"{name}.w", W, gpu), shared_variable(f"{name}.b", b, gpu)]
        layers.append(layer("theanets.layers.feedforward", "Feedforward", name, W.shape[1],
                            act, {f"{prev}:out": prev_size}, params, rng_attr))
        prev, prev_size = name, W.shape[1]
    return layers


def mse_loss(dtype, output_name="out:out", version="33775e7"):
    inp, target = tensor_variable("input", dtype), tensor_variable("target", dtype)
    if version == "0.7":
        return Obj("theanets.losses", "MeanSquaredError",
                   {"_target": target, "_weights": None, "output_name": output_name,
                    "weight": 1.0})
    return Obj("theanets.losses", "MeanSquaredError",
               {"input": inp, "variables": [inp, target], "output_name": output_name,
                "target": target, "weight": None})


def regressor(weights, activations, *, version="33775e7", gpu=False, names=None):
    """A whole Regressor pickle object graph in the layout of ``version``.

    version: "33775e7" (the published brains), "0.7", "0.6" (whole object
    with cached graphs and a compiled function).
    """
    dtype = weights[0][0].dtype
    layers = build_layers(weights, activations, version=version, gpu=gpu, names=names)
    last = (names or ["out"])[-1]
    if version == "0.7":
        state = (layers, [mse_loss(dtype, f"{last}:out", version)])
    elif version == "0.6":
        x, targets = tensor_variable("x", dtype), tensor_variable("targets", dtype)
        apply = Obj("theano.gof.graph", "Apply",
                    {"op": Obj("theano.tensor.basic", "Dot", {}), "inputs": [x],
                     "outputs": [tensor_variable("hid1:pre", dtype)], "tag": scratchpad()})
        maker = Reduce(Global("theano.compile.function_module", "_constructor_FunctionMaker"),
                       ({"fgraph": Obj("theano.gof.fg", "FunctionGraph",
                                       {"apply_nodes": Reduce(Global("__builtin__", "set"),
                                                              ([apply],))}),
                         "mode": Obj("theano.compile.mode", "Mode", {}),
                         "features": Reduce(Global("collections", "OrderedDict"),
                                            ([["shape", Obj("theano.tensor.opt", "ShapeFeature",
                                                            {})]],))},))
        function = Reduce(Global("theano.compile.function_module", "_constructor_Function"),
                          (maker, [], []))
        state = {"_graphs": {"5f1d": ({"x": x, "hid1:pre": apply}, [])},
                 "_functions": {"a3c9": (["out:out"], function)},
                 "weighted": False, "inputs": [x, targets], "x": x, "targets": targets,
                 "weights": None, "layers": layers}
    else:
        state = (layers, mse_loss(dtype, f"{last}:out"))
    return Obj("theanets.feedforward", "Regressor", state)


def v05_dict(weights, activations):
    """theanets 0.5.x ``save``: a dict of class, kwargs and '<layer>-values'."""
    sizes = tuple([weights[0][0].shape[0]] + [W.shape[1] for W, _ in weights])
    state = {"klass": Global("theanets.feedforward", "Regressor"),
             "kwargs": {"layers": sizes, "hidden_activation": activations[0]}}
    for i, (W, b) in enumerate(weights, 1):
        state[f"{'out' if i == len(weights) else f'hid{i}'}-values"] = [W, b]
    return state


def random_weights(sizes, dtype="float32", seed=0):
    rng = np.random.RandomState(seed)
    return [(rng.normal(0, 1 / np.sqrt(a + b), (a, b)).astype(dtype),
             rng.normal(0, 1, b).astype(dtype)) for a, b in zip(sizes[:-1], sizes[1:])]
