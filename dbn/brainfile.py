"""Brain files: the native format both ways, and every layout theanets wrote in 2015.

- `load_brain`: any brain file -> `Network` (layout found from the content).
- `save_brain`, `native_state`: a `Network` -> the native file / its plain data.
- `git_blob_id`: a file's git blob id, to check a published brain.
- `PUBLISHED`: the published brains' blob ids.
- `FORMAT`, `VERSION`: the native format's name and version.

The native format is a pickle of plain data (dict, list, str, numbers,
arrays): format, version, dtype, sizes, layers (name, size, activation, W,
b) and, where a brain has them, preprocessing (input, file, context,
scaling), target, recipe (its sections, with the training settings used
as "train"), history, stopped and train_state. This module alone builds
and reads that dict; everything else reads the `dbn.brain.BrainRecord`.

Legacy layouts read (LEGACY-FORMAT.md sections 2-4): theanets master
33775e7 (state ``(layers, loss)``, the published brains), the same gzipped,
progress files ``brain-<unix time>``, ``current_pre_brain.pkl`` with its
``lwout`` layer, 0.6.x whole-object pickles (cached graphs and compiled
functions are ignored, never built), 0.7.x ``(layers, [losses])``, the
0.5.x dict, float64 brains and GPU-trained files (CudaNdarray). Nothing
from a file is imported or run: `dbn.safepickle` builds inert stubs.
"""
import dataclasses
import hashlib
import pickle

import numpy as np

from . import safepickle
from .atomic import atomic_write
from .brain import BrainRecord, Scaling, TargetRecord
from .context import Context
from .errors import FormatError, ParameterError
from .features import FRAME_SIZE
from .network import ACTIVATIONS, Layer, Network

FORMAT = "dbn-brain"
VERSION = 1
FRAMES = "OpenCV BGR->gray, resize 64x64, /255, float32"  # what every native brain saw

PUBLISHED = {
    "15ed7447b5674fd00bdab809186ab64a87335092": "armstrong-basic",
    "d3e6b3031752b367f9950aabd4a9ffe60476c847": "lines-small",
    "50b478c4ca5403fe2db8c93cc044c3f461b62659": "ramshackletyping",
    "8d25f44c57743e041a3e6fbc6615a816a914fdc3": "seeing-a-sound-shallow",
    "b01a0e7d99a3e2c3a203d453a2260dbf245c511b": "lines",
    "3cd6e9f92acaece3728437e715450d7b57db7e3b": "osborne-combined-big",
    "7e335875639986618f18855941955619eaa71025": "seeing-a-sound-deeper",
    "fe53ba2bd8424b5cef22776a700bcc66f207a4dc": "KUNGFURY",
}


def git_blob_id(path):
    """The id ``git hash-object`` gives a file.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    sha : str
        40 hex digits.
    """
    h = hashlib.sha1()
    with open(path, "rb") as f:
        f.seek(0, 2)
        h.update(b"blob %d\x00" % f.tell())
        f.seek(0)
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def load_brain(path, *, input_size=None):
    """Load any brain file dbn or 2015's theanets wrote.

    Parameters
    ----------
    path : str or os.PathLike
    input_size : int or None
        when given (4096 for frames), a brain of another input width is
        refused; a context brain takes frames through the windows it
        records, so for 4096 its own window width is expected.

    Returns
    -------
    net : Network
        ``net.meta["layout"]`` names the layout found.

    Raises
    ------
    FormatError
        unreadable, truncated, foreign or unknown layout.
    UnsafePickleError
        the file names a global outside the allowlist.
    """
    obj = safepickle.load_file(path)
    try:
        layers, meta = _parse(obj)
        net = Network.from_layers(layers, meta)
    except FormatError as e:
        raise FormatError(f"{path}: {e}") from None
    except ParameterError as e:
        raise FormatError(f"{path}: inconsistent brain ({e})") from None
    except (KeyError, IndexError, TypeError, AttributeError, ValueError) as e:
        # a damaged file's structure: a field gone, a list where a dict was
        raise FormatError(f"{path}: damaged brain ({type(e).__name__}: {e})") from None
    context = net.meta.context
    expected = context.input_width() if input_size == FRAME_SIZE and not context.plain \
        else input_size
    if expected is not None and net.sizes[0] != expected:
        raise FormatError(f"{path}: brain takes {net.sizes[0]} inputs, expected {expected} "
                          + ("(64x64 frames)" if context.plain else f"(its context {context})"))
    return net


def _parse(obj):
    if isinstance(obj, dict) and obj.get("format") == FORMAT:
        return _parse_native(obj)
    if isinstance(obj, dict) and "klass" in obj:
        return _parse_v05(obj)
    if isinstance(obj, safepickle.Stub) and obj._module.startswith("theanets"):
        return _parse_theanets(obj)
    raise FormatError(f"not a brain: the pickle holds {_describe(obj)}")


def _describe(obj):
    if isinstance(obj, safepickle.Stub):
        return f"a {obj._module}.{obj._name} object"
    if isinstance(obj, dict):
        keys = ", ".join(sorted(map(str, obj))[:5])
        return f"a dict with keys {keys}" if keys else "an empty dict"
    return f"a {type(obj).__name__}"


def _parse_native(obj):
    if obj.get("version") != VERSION:
        raise FormatError(f"native brain format version {obj.get('version')}, this dbn reads "
                          f"version {VERSION}")
    layers = [Layer(_array(d["W"]), _array(d["b"]), d["activation"], d["name"])
              for d in obj["layers"]]
    p = obj.get("preprocessing") or {}
    scaling = p.get("scaling")
    recipe = dict(obj.get("recipe") or {})
    plain = {f.name: obj[f.name] for f in dataclasses.fields(BrainRecord)
             if f.name not in _GROUPED and f.name in obj}
    try:
        meta = BrainRecord(
            layout=f"dbn native v{VERSION}", input=p.get("input", "frames"),
            frames_file=p.get("file"), context=Context(**(p.get("context") or {})),
            scaling=Scaling(_array(scaling["mean"]), _array(scaling["scale"])) if scaling
            else None,
            target=TargetRecord(**obj["target"]) if obj.get("target") else None,
            output_scaling=Scaling(_array(obj["output_scaling"]["mean"]),
                                   _array(obj["output_scaling"]["scale"]))
            if obj.get("output_scaling") else None,
            train=recipe.pop("train", {}), recipe=recipe, **plain)
    except (TypeError, KeyError) as e:
        raise FormatError(f"native brain with an unreadable record ({e})") from None
    return layers, meta


# the record's fields that v1 files group (preprocessing, recipe) or never store; every
# other field is a top-level key of its own name, written when it differs from its default
_GROUPED = ("layout", "source_class", "input", "frames_file", "context", "scaling", "target",
            "output_scaling", "recipe", "train")


def native_state(net, **extra):
    """The native format of a brain: plain data only.

    Parameters
    ----------
    net : Network
    **extra
        fields of ``net.meta`` to write in place of its own (``train_state``).

    Returns
    -------
    state : dict
        see the module docstring.
    """
    meta = dataclasses.replace(net.meta, **extra)
    state = {"format": FORMAT, "version": VERSION, "dtype": str(net.dtype), "sizes": net.sizes,
             "layers": [{"name": l.name, "size": int(l.W.shape[1]), "activation": l.activation,
                         "W": np.ascontiguousarray(l.W), "b": np.ascontiguousarray(l.b)}
                        for l in net.layers]}
    if meta.frames_file or meta.scaling or meta.input != "frames" or not meta.context.plain:
        state["preprocessing"] = {
            "input": meta.input, "file": meta.frames_file, "frames": FRAMES,
            "context": meta.context.record(),
            "scaling": dataclasses.asdict(meta.scaling) if meta.scaling else None}
    if meta.target:
        state["target"] = dataclasses.asdict(meta.target)
    if meta.output_scaling:
        state["output_scaling"] = dataclasses.asdict(meta.output_scaling)
    if meta.recipe or meta.train:
        state["recipe"] = {**meta.recipe, "train": meta.train}
    default = BrainRecord()
    state.update({f.name: getattr(meta, f.name) for f in dataclasses.fields(BrainRecord)
                  if f.name not in _GROUPED and getattr(meta, f.name) != getattr(default, f.name)})
    return state


def save_brain(net, path, **extra):
    """Write ``net`` as a native brain file, atomically (temporary file, fsync, ``os.replace``).

    Parameters
    ----------
    net : Network
    path : str or os.PathLike
    **extra
        see `native_state`.
    """
    with atomic_write(path) as f:
        pickle.dump(native_state(net, **extra), f, protocol=4)


def _parse_v05(obj):
    kwargs = obj.get("kwargs") or {}
    hidden = kwargs.get("hidden_activation", "logistic")
    output = kwargs.get("output_activation", "linear")
    values = {k[: -len("-values")]: v for k, v in obj.items()
              if isinstance(k, str) and k.endswith("-values") and v}
    sizes = [int(s) for s in kwargs.get("layers", ())]
    if len(sizes) < 2 or len(values) != len(sizes) - 1:
        raise FormatError("theanets 0.5 dict without a matching 'layers' list and values")
    layers, prev = [], sizes[0]
    for i, n_out in enumerate(sizes[1:], 1):
        name = next((k for k, v in values.items()
                     if _array(v[0]).shape == (prev, n_out)), None)
        if name is None:
            raise FormatError(f"theanets 0.5 dict has no weights of shape ({prev}, {n_out})")
        W, b = values.pop(name)[:2]
        last = i == len(sizes) - 1
        layers.append(Layer(_array(W), _array(b), output if last else hidden, name))
        prev = n_out
    return layers, BrainRecord(layout="theanets 0.5.x dict")


def _parse_theanets(obj):
    state = getattr(obj, "state", None)
    if isinstance(state, tuple) and len(state) == 2 and isinstance(state[0], list):
        raw_layers, loss = state
        layout = ("theanets 0.7.x (layers, [losses])" if isinstance(loss, list)
                  else "theanets master 33775e7 (layers, loss)")
    elif isinstance(obj.__dict__.get("layers"), list):
        raw_layers = obj.__dict__["layers"]
        layout = "theanets 0.6.x whole object"
        if obj.__dict__.get("_graphs") or obj.__dict__.get("_functions"):
            layout += " (cached graphs ignored)"
    else:
        raise FormatError(f"unknown layout of {obj._module}.{obj._name}")
    layers, gpu = _parse_layers(raw_layers)
    if layers[-1].name == "lwout":
        layout += ", mid layer-wise pretraining (lwout)"
    if gpu:
        layout += ", GPU-trained (CudaNdarray)"
    return layers, BrainRecord(layout=layout, source_class=f"{obj._module}.{obj._name}")


def _parse_layers(raw_layers):
    if not raw_layers or not all(isinstance(l, safepickle.Stub) for l in raw_layers):
        raise FormatError("the network's layer list is not a list of theanets layers")
    first = raw_layers[0]
    if first._name != "Input" or _attr(first, "_params", []):
        raise FormatError(f"the first layer is {first._name}, not an Input layer")
    prev_name, prev_size = _attr(first, "name"), int(_attr(first, "size"))
    layers, gpu = [], False
    for raw in raw_layers[1:]:
        name, activation = _attr(raw, "name"), _attr(raw, "activation")
        if not isinstance(activation, str) or any(p not in ACTIVATIONS
                                                   for p in activation.split("+")):
            raise FormatError(f"layer {name}: unsupported activation {activation!r}")
        params = {_attr(p, "name"): p for p in _attr(raw, "_params", [])}
        if set(params) != {f"{name}.w", f"{name}.b"}:
            raise FormatError(f"layer {name}: expected parameters {name}.w and {name}.b, "
                              f"found {sorted(params)}")
        gpu |= any("cuda" in p._module for p in params.values())
        W, b = (_param_value(params[f"{name}.{k}"]) for k in "wb")
        if W.shape != (prev_size, int(_attr(raw, "size"))):
            raise FormatError(f"layer {name}: weights {W.shape} do not follow {prev_name} "
                              f"({prev_size} units)")
        layers.append(Layer(W, b, activation, name))
        prev_name, prev_size = name, W.shape[1]
    if not layers:
        raise FormatError("the network has no layers after its input")
    return layers, gpu


def _attr(stub, key, *default):
    try:
        return stub.__dict__[key]
    except KeyError:
        if default:
            return default[0]
        raise FormatError(f"{stub._name} object without {key!r}") from None


def _param_value(shared):
    storage = _attr(_attr(shared, "container"), "storage")
    if not isinstance(storage, list) or len(storage) != 1:
        raise FormatError(f"parameter {_attr(shared, 'name')}: unexpected storage")
    return _array(storage[0])


def _array(value):
    if not isinstance(value, np.ndarray) or value.dtype not in (np.float32, np.float64):
        raise FormatError(f"expected a float32/float64 array, found {type(value).__name__}")
    return np.ascontiguousarray(value)
