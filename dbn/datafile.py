"""Training-set files: frames.pkl, audio.pkl, stft.pkl, fft-frames.pkl, mel.pkl, dataset.json.

- `write_array`: one array -> a pickle of it, atomically.
- `write_rows`: the same for rows that arrive one by one (flat memory).
- `read_array`: a pickle of one numeric array, through the allowlist.
- `write_dataset`, `read_dataset`: dataset.json, what `dbn pickle` wrote:
  the variant, the pairing, and each video's frames, rows and first row.
- `load_data`: one data file through the allowlist, with its videos (the
  public `dbn.load_data`).

Each file is a pickle of one bare numpy array, as 2015 wrote them, so that
the 2015 scripts and ours read each other's files. We emit the pickle
Python 2's numpy wrote at protocol 2 (2015's protocol 0 is text and
several times larger): the array's bytes as one BINSTRING, streamed
straight from memory or disk. Python 3 reads it with
``pickle.load(f, encoding="latin1")``, as numpy documents for Python 2
pickles. Arrays over 2 GiB, which a BINSTRING cannot hold, are written at
protocol 4 (Python 3 only).
"""
import json
import os
import pickle
import struct

import numpy as np

from . import safepickle
from .atomic import atomic_write
from .errors import FormatError

_BINSTRING_MAX = 2**31 - 1
DATASET = "dataset.json"
DATASET_FORMAT, DATASET_VERSION = "dbn-dataset", 1


def _short(text):
    raw = text.encode("latin-1")
    return b"U" + bytes([len(raw)]) + raw


def _int(value):
    return b"J" + struct.pack("<i", value)


def _header(shape, dtype):
    """Protocol-2 opcodes of an ndarray up to its data, as Python 2 numpy wrote them."""
    dtype = np.dtype(dtype)
    order = "|" if dtype.itemsize == 1 else "<"
    return b"".join([
        b"\x80\x02",
        b"cnumpy.core.multiarray\n_reconstruct\n",
        b"cnumpy\nndarray\n", b"K\x00\x85", _short("b"), b"\x87R",
        b"(K\x01", b"(" + b"".join(_int(d) for d in shape) + b"t",
        b"cnumpy\ndtype\n", _short(dtype.str[1:]), b"K\x00K\x01\x87R",
        b"(K\x03", _short(order), b"NNN", _int(-1), _int(-1), b"K\x00tb",
        b"\x89",  # NEWFALSE: C order
    ])


def _footer():
    return b"tb."


def write_array(path, array):
    """Pickle ``array`` to ``path``, atomically.

    Parameters
    ----------
    path : str or os.PathLike
    array : np.ndarray [shape=(n, d)]
        frames or targets, written with their own dtype (float32 for frames
        and raw PCM rows, float64 for the spectral variants, as in 2015).
    """
    array = np.ascontiguousarray(array)
    if array.dtype.byteorder == ">":
        array = array.astype(array.dtype.newbyteorder("<"))
    with atomic_write(path) as f:
        if array.nbytes > _BINSTRING_MAX:
            pickle.dump(array, f, protocol=4)
            return
        f.write(_header(array.shape, array.dtype))
        f.write(b"T" + struct.pack("<i", array.nbytes))
        f.write(memoryview(array).cast("B"))
        f.write(_footer())


def write_rows(path, rows, *, width, dtype=np.float32):
    """Pickle rows that arrive a few at a time, never holding them all.

    The rows stream into the file behind a header whose row count and
    data length are patched in at the end, so nothing is copied. The data
    opcode gets 9 bytes: MARK POP_MARK MARK POP_MARK (no-ops Python 2
    reads) and a BINSTRING, or, past 2 GiB, a protocol-4 BINBYTES8.

    Parameters
    ----------
    path : str or os.PathLike
    rows : iterable of np.ndarray [shape=(width,) or (k, width)]
        single rows or blocks of rows.
    width : int > 0
    dtype : numpy dtype

    Returns
    -------
    n_rows : int
        how many rows were written.
    """
    dtype = np.dtype(dtype)
    header = _header((0, width), dtype)
    count_at = header.index(b"(J") + 2  # the first shape entry's 4 bytes
    with atomic_write(path) as f:
        f.write(header + b"(1(1T" + bytes(4))
        n = 0
        for block in rows:
            block = np.ascontiguousarray(block, dtype).reshape(-1, width)
            f.write(memoryview(block).cast("B"))
            n += len(block)
        f.write(_footer())
        nbytes = n * width * dtype.itemsize
        f.seek(count_at)
        f.write(struct.pack("<i", n))
        f.seek(len(header))
        if nbytes <= _BINSTRING_MAX:
            f.write(b"(1(1T" + struct.pack("<i", nbytes))
        else:
            f.write(b"\x8e" + struct.pack("<Q", nbytes))
            f.seek(1)
            f.write(b"\x04")  # PROTO 4
    return n


def read_array(path, *, ndim=2):
    """Read a data file written by dbn or by the 2015 pickler.

    Parameters
    ----------
    path : str or os.PathLike
    ndim : int > 0
        the number of dimensions expected.

    Returns
    -------
    array : np.ndarray [shape=(n, d)]
        as stored (float32 or float64).

    Raises
    ------
    FormatError
        not a pickle of one numeric array of ``ndim`` dimensions.
    UnsafePickleError
        the file asks for a global outside the allowlist.
    """
    obj = safepickle.load_file(path)
    if not isinstance(obj, np.ndarray) or obj.ndim != ndim:
        what = f"a {obj.ndim}-d array" if isinstance(obj, np.ndarray) else type(obj).__name__
        raise FormatError(f"{path}: expected a pickle of one {ndim}-d array, found {what}")
    return np.asarray(obj)


def write_dataset(path, info):
    """Write dataset.json atomically.

    Parameters
    ----------
    path : str
    info : dict
        variant, fps_correct, files (the data files, frames first) and
        videos (each: video, fps, frames, rows, start).
    """
    with atomic_write(path) as f:
        f.write(json.dumps({"format": DATASET_FORMAT, "version": DATASET_VERSION, **info},
                           indent=1).encode())


def read_dataset(folder):
    """dataset.json of a folder, or None where there is none (2015's files).

    Parameters
    ----------
    folder : str

    Returns
    -------
    info : dict or None
        as `write_dataset` wrote it.

    Raises
    ------
    FormatError
        not JSON, or another format or version.
    """
    path = os.path.join(folder or ".", DATASET)
    if not os.path.exists(path):
        return None
    try:
        with open(path, "rb") as f:
            info = json.loads(f.read())
    except (OSError, ValueError) as e:
        raise FormatError(f"{path}: not a readable dataset file ({e})") from None
    if not isinstance(info, dict) or info.get("format") != DATASET_FORMAT:
        raise FormatError(f"{path}: not a dbn dataset file")
    if info.get("version") != DATASET_VERSION:
        raise FormatError(f"{path}: dataset format version {info.get('version')}, this dbn "
                          f"reads version {DATASET_VERSION}")
    return info


def load_data(path):
    """Read a data file dbn or the 2015 pickler wrote, safely, with its videos.

    ``pickle.load`` of these files needs ``encoding="latin1"`` (they are
    written as Python 2's numpy wrote them) and runs whatever a pickle asks;
    this reads them through the allowlist unpickler.

    Parameters
    ----------
    path : str or os.PathLike
        frames.pkl, audio.pkl, stft.pkl, fft-frames.pkl or mel.pkl.

    Returns
    -------
    array : np.ndarray [shape=(n, d)]
        float32 (frames, raw rows, mel rows) or float64 (2015's spectral
        targets, fft2 input).
    videos : list of dict or None
        each video's name, fps, frames and first row ("start") in the file,
        from the dataset.json beside it; None for 2015's files.
    """
    array = read_array(path)
    info = read_dataset(os.path.dirname(os.fspath(path)))
    listed = info is not None and os.path.basename(os.fspath(path)) in info["files"]
    return array, info["videos"] if listed else None
