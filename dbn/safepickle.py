"""The one allowlist unpickler: every pickle dbn reads goes through it.

- `loads`: bytes -> object, refusing any global outside the allowlist.
- `load_file`: the same for a file (gzip detected by its magic bytes), read
  as it is unpickled.
- `describe`: what a file that is no pickle really is (a video, a zip...).
- `Stub`: the inert stand-in for every theano / theanets class.

Nothing named in a file is ever imported or called, except the few numpy
constructors and containers below, each wrapped so that it only builds
plain data: numeric arrays (no object dtype), numeric dtypes, sets,
ordered dicts. Python 2 pickles (protocols 0-2, ``__builtin__`` and
``copy_reg`` names, latin-1 strings) read as they are.
"""
import collections
import contextlib
import gzip
import io
import itertools
import os
import pickle
import pickletools
import zlib

import numpy as np

from .errors import FormatError, UnsafePickleError

MAX_BYTES = 4 << 30  # a gzip bomb stops here; the largest 2015 brain is 168 MB
_NUMERIC_KINDS = "biufc"


class Stub:
    """An inert stand-in for a theano / theanets object.

    Any constructor arguments are kept in ``args``; a dict state goes into
    ``__dict__`` and any other state (a tuple) into ``state``.
    """

    _module = _name = None

    def __init__(self, *args, **kwargs):
        self.args = args

    def __setstate__(self, state):
        if isinstance(state, dict):
            self.__dict__.update(state)
        else:
            self.state = state

    def __repr__(self):
        return f"<stub {self._module}.{self._name}>"


class ActivationRef(str):
    """A ``theanets.activations._name`` function reference, never called."""


_stubs = {}


def _stub_class(module, name):
    key = (module, name)
    if key not in _stubs:
        _stubs[key] = type(name, (Stub,), {"_module": module, "_name": name})
    return _stubs[key]


def _check_dtype(dt):
    dt = np.dtype(_dtype_of(dt))
    if dt.kind not in _NUMERIC_KINDS or dt.fields is not None or dt.subdtype is not None:
        raise UnsafePickleError(f"refusing a pickled array of dtype {dt}")
    return dt


class _CheckedArray(np.ndarray):
    """An empty array whose pickled state is checked before numpy reads any of it.

    numpy's own ``__setstate__`` trusts the state; a damaged file could
    hand it a shape, dtype or byte count that do not fit, which it reports
    on stderr from inside its C code (or worse). Consumers take
    ``np.asarray`` of it, a plain ndarray.
    """

    def __setstate__(self, state):
        super().__setstate__(_checked_state(state))


def _checked_state(state):
    """The state of `_CheckedArray`, refused unless shape, dtype, order and bytes agree."""
    if not isinstance(state, tuple) or len(state) not in (4, 5):
        raise FormatError("corrupt numpy array in pickle (unexpected state)")
    shape, dtype, fortran, data = state[-4:]
    if not (isinstance(shape, tuple) and len(shape) <= 32 and all(
            type(n) is int and n >= 0 for n in shape)):
        raise FormatError(f"corrupt numpy array in pickle (shape {shape!r})")
    dtype = _dtype_of(dtype)
    if not isinstance(dtype, np.dtype) or not isinstance(fortran, (bool, int)):
        raise FormatError("corrupt numpy array in pickle (dtype or order)")
    _check_dtype(dtype)
    if isinstance(data, str):
        data = data.encode("latin-1")  # Python 2's str, read as latin-1
    if not isinstance(data, (bytes, bytearray)):
        raise UnsafePickleError(f"refusing array data of type {type(data).__name__}")
    if len(data) != int(np.prod(shape, dtype=np.int64)) * dtype.itemsize:
        raise FormatError(f"corrupt numpy array in pickle ({len(data)} bytes for shape "
                          f"{shape} of {dtype})")
    return (*state[:-4], shape, dtype, bool(fortran), bytes(data))


def _reconstruct(cls, shape, typecode):
    if cls is not np.ndarray:
        raise UnsafePickleError(f"refusing _reconstruct of {cls!r}")
    return np.ndarray.__new__(_CheckedArray, (0,), _check_dtype(typecode))


class _DtypeState:
    """A pickled dtype, its state checked before any array is made of it.

    A pickle builds a dtype by calling numpy's ``dtype.__setstate__`` with the
    state it holds; a damaged state (flags saying the dtype holds references)
    makes numpy misread every array of it. This stands in for the dtype
    until its state is known to be the plain one of its kind; `_dtype_of`
    hands back the numpy dtype.
    """

    def __init__(self, dtype):
        self.dtype = dtype

    def __setstate__(self, state):
        plain = self.dtype.__reduce__()[2]
        if not (isinstance(state, tuple) and len(state) == len(plain)
                and state[0] in (3, 4) and state[1] in ("<", ">", "|", "=")
                and state[2:] == plain[2:]):
            raise FormatError(f"corrupt numpy dtype in pickle (state {state!r:.80})")
        if state[1] in "<>" and self.dtype.itemsize > 1:
            self.dtype = self.dtype.newbyteorder(state[1])


def _dtype_of(dt):
    return dt.dtype if isinstance(dt, _DtypeState) else dt


def _dtype(spec, align=False, copy=False):
    return _DtypeState(_check_dtype(np.dtype(spec, align=bool(align), copy=bool(copy))))


def _scalar(dtype, data=b""):
    dtype = _check_dtype(dtype)
    if isinstance(data, str):
        data = data.encode("latin-1")
    if len(data) != dtype.itemsize:
        raise FormatError("corrupt numpy scalar in pickle")
    return np.frombuffer(data, dtype)[0]


def _frombuffer(buf, dtype, shape, order):
    # numpy's protocol-5 array reduction
    dtype = _check_dtype(dtype)
    if order not in ("C", "F"):
        raise UnsafePickleError("refusing _frombuffer with an unknown order")
    return np.frombuffer(buf, dtype).reshape(shape, order=order).copy()


def _codecs_encode(text, encoding="utf-8"):
    # Python 3 writes bytes at protocol 2 as _codecs.encode(str, 'latin1').
    if not isinstance(text, str) or encoding not in ("latin1", "latin-1"):
        raise UnsafePickleError("refusing _codecs.encode with unexpected arguments")
    return text.encode("latin-1")


def _cuda_unpickler(array):
    if not isinstance(array, np.ndarray):
        raise UnsafePickleError("CudaNdarray_unpickler given something other than an array")
    return array


def _copyreg_reconstructor(cls, base, state):
    if not (isinstance(cls, type) and issubclass(cls, Stub)) or base is not object:
        raise UnsafePickleError(f"refusing copy_reg._reconstructor({cls!r}, {base!r})")
    return cls.__new__(cls)


def _random_state_ctor(*args):
    return _stub_class("numpy.random", "RandomState")()


_ALLOWED = {
    ("numpy.core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy._core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy.core.multiarray", "scalar"): _scalar,
    ("numpy._core.multiarray", "scalar"): _scalar,
    ("numpy._core.numeric", "_frombuffer"): _frombuffer,
    ("numpy.core.numeric", "_frombuffer"): _frombuffer,
    ("numpy", "ndarray"): np.ndarray,
    ("numpy", "dtype"): _dtype,
    ("numpy.random", "__RandomState_ctor"): _random_state_ctor,
    ("numpy.random._pickle", "__randomstate_ctor"): _random_state_ctor,
    ("_codecs", "encode"): _codecs_encode,
    ("theano.sandbox.cuda.type", "CudaNdarray_unpickler"): _cuda_unpickler,
    ("copy_reg", "_reconstructor"): _copyreg_reconstructor,
    ("copyreg", "_reconstructor"): _copyreg_reconstructor,
    ("__builtin__", "object"): object,
    ("builtins", "object"): object,
    ("__builtin__", "set"): set,
    ("builtins", "set"): set,
    ("__builtin__", "frozenset"): frozenset,
    ("builtins", "frozenset"): frozenset,
    ("collections", "OrderedDict"): collections.OrderedDict,
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in _ALLOWED:
            return _ALLOWED[(module, name)]
        if module == "theanets.activations" and name.startswith("_") and name[1:].isidentifier():
            return ActivationRef(name)
        if module.split(".")[0] in ("theano", "theanets"):
            return _stub_class(module, name)
        raise UnsafePickleError(f"refusing to load global {module}.{name}")


_MEMO_PUTS = ("PUT", "BINPUT", "LONG_BINPUT")
_SIZED = {"string4": 4, "bytes4": 4, "unicodestring4": 4, "bytes8": 8, "unicodestring8": 8,
          "bytearray8": 8}  # arguments: a little-endian length, then that many bytes


def _prescan(f, total):
    """Read the opcodes without running them; refuse what no real pickle holds.

    A memo index is given in order of the values stored, so none exceeds
    the opcodes before it; a damaged one (2**29, say) would make the
    unpickler allocate a memo that large before anything failed. A length
    past the end of the data is refused here too, before it is read.

    Parameters
    ----------
    f : binary file
        at the pickle's start.
    total : int
        its size in bytes.
    """
    for n in itertools.count():
        code = f.read(1)
        if not code:
            raise FormatError("not a readable pickle (pickle data was truncated)")
        op = pickletools.code2op.get(code.decode("latin-1"))
        if op is None:
            raise FormatError(f"not a readable pickle (opcode {code!r} at byte {f.tell() - 1})")
        if op.arg is pickletools.stringnl:  # Python 2's str: any bytes, not only ASCII
            arg = f.readline()
        elif op.arg is not None and op.arg.name in _SIZED:  # an array's bytes: skipped
            size = int.from_bytes(f.read(_SIZED[op.arg.name]), "little")
            if size > total - f.tell():
                raise FormatError(f"not a readable pickle ({op.name} of {size} bytes with "
                                  f"{total - f.tell()} left)")
            f.seek(size, 1)
        elif op.arg is not None:
            try:
                arg = op.arg.reader(f)
            except ValueError as e:  # a length past the end, or a malformed number
                raise FormatError(f"not a readable pickle ({e})") from None
        if op.name in _MEMO_PUTS and arg > n:
            raise FormatError(f"corrupt pickle (memo index {arg} at opcode {n})")
        if op.name == "STOP":
            return


def loads(data):
    """Unpickle ``data`` with the allowlist.

    Parameters
    ----------
    data : bytes
        a pickle of any protocol; Python 2 strings decode as latin-1.

    Returns
    -------
    obj : object
        plain data, numpy arrays and `Stub` instances.

    Raises
    ------
    UnsafePickleError
        the pickle names a global outside the allowlist (it is not called).
    FormatError
        the data is not a complete pickle.
    """
    return _load(io.BytesIO(data), len(data))


def _load(f, total):
    """`loads` from a binary file of ``total`` bytes, read as it goes (never held whole)."""
    try:
        _prescan(f, total)
        f.seek(0)
        return _Unpickler(f, encoding="latin1").load()
    except (UnsafePickleError, FormatError):
        raise
    except RecursionError:
        raise FormatError("pickle nests too deeply") from None
    except MemoryError:
        raise FormatError("pickle declares absurd sizes") from None
    except Exception as e:  # the unpickler raises many kinds on corrupt data
        raise FormatError(f"not a readable pickle ({type(e).__name__}: {e})") from None


# the first bytes of what people mistake for a brain or a data file
_MAGIC = [(b"PK\x03\x04", "a zip archive (an .npz file is one)"),
          (b"\x93NUMPY", "a numpy .npy file"),
          (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
          (b"\x00\x00\x01\xba", "an MPEG video"),
          (b"OggS", "an Ogg media file"),
          (b"fLaC", "a FLAC sound file"),
          (b"ID3", "an MP3 sound file"),
          (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"),
          (b"\x89HDF", "an HDF5 file"),
          (b"%PDF", "a PDF document")]


def describe(head):
    """What a file is, from its first bytes, when it is a common non-pickle.

    Parameters
    ----------
    head : bytes
        at least the first 16 bytes.

    Returns
    -------
    what : str or None
        "an MP4/QuickTime video", "a zip archive (...)", ...; None when the
        bytes are not one of those.
    """
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime video"
    if head[:4] == b"RIFF":
        return {b"WAVE": "a WAV sound file", b"AVI ": "an AVI video"}.get(head[8:12],
                                                                         "a RIFF file")
    return next((what for magic, what in _MAGIC if head.startswith(magic)), None)


def _text(data):
    sample = data[:4096]
    return bool(sample) and all(32 <= b < 127 or b in b"\t\r\n" for b in sample)


def _read_capped(g):
    """A gzip member's data, in 1 MiB pieces: read(n) allocates n bytes up front."""
    pieces, size = [], 0
    while size <= MAX_BYTES:
        piece = g.read(1 << 20)
        if not piece:
            break
        pieces.append(piece)
        size += len(piece)
    return b"".join(pieces)


@contextlib.contextmanager
def _opened(path):
    """The pickle in ``path`` as a binary file and its size, un-gzipped if it is gzip.

    A plain file is read as the unpickler goes, so that a data file's bytes
    and its array are never held at once; gzip data (small brains) is
    un-gzipped into memory first, up to `MAX_BYTES`.

    Yields
    ------
    f, size : binary file, int
    """
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        raise FormatError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FormatError(f"{path}: is a folder, not a file") from None
    except OSError as e:
        raise FormatError(f"{path}: cannot be read ({e.strerror or e})") from None
    with f:
        if f.read(2) == b"\x1f\x8b":
            f.seek(0)
            data = _gunzipped(path, f)
        else:
            f.seek(0)
            if str(path).endswith(".gz"):
                what = describe(f.read(16)) or ("text" if _text(f.read(4096)) else None)
                raise FormatError(f"{path}: not gzip data" + (f" (it is {what})" if what
                                                              else ""))
            yield f, os.fstat(f.fileno()).st_size
            return
    yield io.BytesIO(data), len(data)


def _gunzipped(path, f):
    """bytes: the gzip data of file ``f``, refused past `MAX_BYTES`."""
    try:
        with gzip.GzipFile(fileobj=f) as g:
            data = _read_capped(g)
    except (OSError, EOFError, zlib.error) as e:
        raise FormatError(f"{path}: corrupt gzip data ({e})") from None
    if len(data) > MAX_BYTES:
        raise FormatError(f"{path}: gzip data expands past {MAX_BYTES} bytes")
    return data


def load_file(path):
    """`loads` the contents of ``path`` (gzip or not), errors naming the file.

    A file that is not a pickle at all is named for what it is (a video, a
    zip or .npz, a text file...).
    """
    with _opened(path) as (f, size):
        head = f.read(4096)
        f.seek(0)
        what = describe(head[:16])
        if what:
            raise FormatError(f"{path}: not a pickle: it is {what}")
        try:
            return _load(f, size)
        except UnsafePickleError as e:
            raise UnsafePickleError(f"{path}: {e}") from None
        except FormatError as e:
            if _text(head):  # a protocol-0 pickle is text too, so only once it failed
                raise FormatError(f"{path}: not a pickle: it is a text file") from None
            raise FormatError(f"{path}: {e}") from None
