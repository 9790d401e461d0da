"""The allowlist unpickler: legacy numpy pickles load, hostile ones never run.

Every hostile pickle here would run ``touch SENTINEL`` (or similar) under
plain ``pickle.loads``; the tests check that dbn refuses each one with
UnsafePickleError, naming the global, and that the sentinel never appears.
"""
import gzip
import re
import os
import pickle

import numpy as np
import pytest

import legacy_pickles as lp
from dbn import safepickle
from dbn.errors import FormatError, UnsafePickleError


# -- legitimate Python 2 pickles ------------------------------------------------

def py2_protocol0_array(a):
    """What Python 2's cPickle.dump(array, f) wrote (protocol 0, text)."""
    data = a.tobytes().decode("latin-1").encode("unicode_escape").replace(b"'", b"\\'")
    shape = b"".join(b"I%d\n" % d for d in a.shape)
    return (b"cnumpy.core.multiarray\n_reconstruct\np0\n(cnumpy\nndarray\np1\n(I0\ntp2\nS'b'\np3\n"
            b"tp4\nRp5\n(I1\n(" + shape + b"tp6\ncnumpy\ndtype\np7\n(S'" +
            a.dtype.str[1:].encode() + b"'\np8\nI0\nI1\ntp9\nRp10\n(I3\nS'<'\np11\nNNNI-1\n"
            b"I-1\nI0\ntp12\nbI00\nS'" + data + b"'\np13\ntp14\nb.")


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_python2_protocol0_array(rng, dtype):
    a = rng.random((3, 5)).astype(dtype)
    assert np.array_equal(safepickle.loads(py2_protocol0_array(a)), a)


def test_python2_protocol2_array(rng):
    a = rng.random((4, 7)).astype(np.float32)
    out = safepickle.loads(lp.dumps(a))
    assert out.dtype == np.float32 and np.array_equal(out, a)


def test_python3_pickles_of_plain_data(rng):
    a = rng.random((2, 3))
    for protocol in (2, 4, 5):
        out = safepickle.loads(pickle.dumps({"a": a, "s": {1, 2}, "x": [1.5, "t"]},
                                            protocol=protocol))
        assert np.array_equal(out["a"], a) and out["s"] == {1, 2}


def test_gzip_is_detected_by_content(tmp_path, rng):
    a = rng.random(5)
    path = tmp_path / "noext"
    path.write_bytes(gzip.compress(pickle.dumps(a, protocol=2)))
    assert np.array_equal(safepickle.load_file(path), a)


# -- hostile pickles ------------------------------------------------------------

def _cmd(sentinel):
    return f"touch {sentinel}"


def hostile_pickles(sentinel):
    """(name, bytes): each runs code under plain pickle.loads."""
    cmd = _cmd(sentinel).encode()
    system = lp.Global("os", "system")
    items = {
        "p0 REDUCE os.system": b"cos\nsystem\n(S'" + cmd + b"'\ntR.",
        "p0 INST os.system": b"(S'" + cmd + b"'\nios\nsystem\n.",
        "p0 OBJ subprocess.call": b"(csubprocess\ncall\n(S'sh'\nS'-c'\nS'" + cmd + b"'\nlo.",
        "p2 REDUCE os.system": lp.dumps(lp.Reduce(system, (_cmd(sentinel),))),
        "p2 builtins eval": lp.dumps(lp.Reduce(lp.Global("__builtin__", "eval"),
                                               (f"__import__('os').system('{_cmd(sentinel)}')",))),
        "p2 builtins exec": lp.dumps(lp.Reduce(lp.Global("builtins", "exec"),
                                               (f"import os; os.system('{_cmd(sentinel)}')",))),
        "p2 getattr chain": lp.dumps(lp.Reduce(
            lp.Reduce(lp.Global("__builtin__", "getattr"),
                      (lp.Reduce(lp.Global("__builtin__", "__import__"), ("os",)), "system")),
            (_cmd(sentinel),))),
        "p2 copy_reg._reconstructor": lp.dumps(lp.Reduce(
            lp.Global("copy_reg", "_reconstructor"),
            (lp.Global("subprocess", "Popen"), lp.Global("__builtin__", "object"), None))),
        "p2 numpy runstring": lp.dumps(lp.Reduce(
            lp.Global("numpy.testing._private.utils", "runstring"),
            (f"import os; os.system('{_cmd(sentinel)}')", {}))),
        "p2 numpy load": lp.dumps(lp.Reduce(lp.Global("numpy", "load"), ("x.npy", None, True))),
        "p2 _reconstruct of os class": lp.dumps(lp.Reduce(
            lp.Global("numpy.core.multiarray", "_reconstruct"),
            (lp.Global("os", "_wrap_close"), (0,), "b"))),
        "p2 theano stub reaching os": lp.dumps(lp.Obj(
            "theanets.feedforward", "Regressor",
            ([], lp.Reduce(system, (_cmd(sentinel),))))),
    }

    class Evil:
        def __reduce__(self):
            return (os.system, (_cmd(sentinel),))

    for protocol in (4, 5):
        items[f"p{protocol} STACK_GLOBAL os.system"] = pickle.dumps(Evil(), protocol=protocol)
    return items


def hidden_in_brain(sentinel):
    """A valid legacy brain whose first hidden layer's kwargs runs os.system."""
    graph = lp.regressor(lp.random_weights([16, 8, 4]), ["relu", "linear"])
    graph.state[0][1].state["kwargs"] = {"x": lp.Reduce(lp.Global("posix", "system"),
                                                        (_cmd(sentinel),))}
    return lp.dumps(graph)


def test_the_hostile_pickles_really_are_hostile(tmp_path):
    sentinel = tmp_path / "ran"
    pickle.loads(hostile_pickles(sentinel)["p2 REDUCE os.system"])
    assert sentinel.exists()


@pytest.mark.parametrize("name", sorted(hostile_pickles("S")))
def test_hostile_pickle_is_refused(tmp_path, name):
    sentinel = tmp_path / "ran"
    with pytest.raises(UnsafePickleError) as err:
        safepickle.loads(hostile_pickles(sentinel)[name])
    assert not sentinel.exists()
    assert "refusing" in str(err.value)


def test_hostile_global_is_named(tmp_path):
    with pytest.raises(UnsafePickleError, match="os.system"):
        safepickle.loads(hostile_pickles(tmp_path / "s")["p2 REDUCE os.system"])


def test_hostile_inside_valid_brain(tmp_path):
    sentinel = tmp_path / "ran"
    path = tmp_path / "brain.pkl"
    path.write_bytes(hidden_in_brain(sentinel))
    from dbn import load_brain
    with pytest.raises(UnsafePickleError, match="posix.system"):
        load_brain(path)
    assert not sentinel.exists()


def test_callers_catching_unpickling_error_catch_a_refusal(tmp_path):
    # DESIGN.md: code written for pickle (except pickle.UnpicklingError) keeps working
    sentinel = tmp_path / "ran"
    path = tmp_path / "brain.pkl"
    path.write_bytes(hostile_pickles(sentinel)["p2 REDUCE os.system"])
    from dbn import load_brain
    try:
        load_brain(path)
    except pickle.UnpicklingError as e:
        assert "os" in str(e) and "system" in str(e)
    else:
        raise AssertionError("a hostile pickle loaded")
    assert not sentinel.exists()


def test_object_dtype_is_refused():
    with pytest.raises(UnsafePickleError):
        safepickle.loads(pickle.dumps(np.array([1, "x"], dtype=object), protocol=2))


# -- corrupt data and resource bombs --------------------------------------------

def test_truncated_pickle(rng):
    data = lp.dumps(rng.random((10, 10)))
    with pytest.raises(FormatError, match="truncated|not a readable pickle"):
        safepickle.loads(data[: len(data) // 2])


def test_absurd_declared_string_length():
    with pytest.raises(FormatError):
        safepickle.loads(b"\x80\x02T\xff\xff\xff\x7fabc.")


def test_absurd_array_shape():
    bomb = lp.Writer()
    bomb.emit(lp.Global("numpy.core.multiarray", "_reconstruct"))
    bomb.emit((lp.Global("numpy", "ndarray"), (0,), "b"))
    bomb.out += b"R"
    bomb.emit((1, (10**6, 10**6), np.dtype("f4"), False, b"\x00" * 16))
    bomb.out += b"b."
    with pytest.raises(FormatError):
        safepickle.loads(bytes(bomb.out))


def test_deep_nesting():
    data = b"\x80\x02" + b"]" * 200000 + b"a" * 199999 + b"."
    obj = safepickle.loads(data)  # the C unpickler is iterative: loads, or fails cleanly
    assert isinstance(obj, list)


def test_gzip_bomb_is_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(safepickle, "MAX_BYTES", 1000)
    path = tmp_path / "bomb.gz"
    path.write_bytes(gzip.compress(b"\x00" * 100000))
    with pytest.raises(FormatError, match="expands past"):
        safepickle.load_file(path)


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "bad.gz"
    path.write_bytes(b"\x1f\x8b" + b"garbage" * 10)
    with pytest.raises(FormatError, match="corrupt gzip"):
        safepickle.load_file(path)


@pytest.mark.parametrize("name,content,says", [
    ("brain.pkl.gz", b"just some notes\nabout brains\n", "not gzip data (it is text)"),
    ("brain.pkl", b"just some notes\nabout brains\n", "not a pickle: it is a text file"),
    ("brain.pkl", b"\x00\x00\x00\x18ftypmp42" + bytes(100), "an MP4/QuickTime video"),
    ("brain.pkl", b"PK\x03\x04" + bytes(100), "a zip archive (an .npz file is one)"),
    ("brain.pkl", b"\x1aE\xdf\xa3" + bytes(100), "a Matroska/WebM video"),
    ("brain.pkl", b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(100), "a WAV sound file"),
    ("brain.pkl.gz", b"\x93NUMPY" + bytes(100), "not gzip data (it is a numpy .npy file)"),
])
def test_a_file_that_is_no_pickle_is_named_for_what_it_is(tmp_path, name, content, says):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(FormatError, match=re.escape(says)):
        safepickle.load_file(tmp_path / name)


def test_a_real_npz_is_named(tmp_path, rng):
    np.savez(tmp_path / "b.npz", w=rng.random(3))
    from dbn import load_brain
    with pytest.raises(FormatError, match="zip archive"):
        load_brain(tmp_path / "b.npz")


def test_a_damaged_memo_index_is_refused_before_the_unpickler_allocates_it():
    # a BINPUT turned into a LONG_BINPUT of 2**29: CPython's unpickler would first
    # grow its memo to that size (seconds and gigabytes); no real pickle has one, and
    # the prescan says so before the unpickler starts
    data = pickle.dumps([[1.0, 2.0], "x"], protocol=2)
    bad = data.replace(b"q\x00", b"r" + (2 ** 29).to_bytes(4, "little"), 1)
    with pytest.raises(FormatError, match="memo index 536870912 at opcode"):
        safepickle.loads(bad)


def test_array_states_are_checked_before_numpy_reads_them():
    from dbn.datafile import _footer, _header
    import struct
    def array_pickle(shape, nbytes):
        return _header(shape, np.float32) + b"T" + struct.pack("<i", nbytes) + \
            bytes(nbytes) + _footer()
    assert safepickle.loads(array_pickle((2, 5), 40)).shape == (2, 5)
    with pytest.raises(FormatError, match=r"8 bytes for shape \(10,\) of float32"):
        safepickle.loads(array_pickle((10,), 8))
    # a length past the end of the data is refused before it is read
    cut = array_pickle((10,), 40)[:-30]
    with pytest.raises(FormatError, match="BINSTRING of 40 bytes with"):
        safepickle.loads(cut)
    assert type(dbn_array(array_pickle((2, 5), 40))) is np.ndarray


def dbn_array(data):
    """What a data file reader hands back: a plain ndarray."""
    import tempfile
    from dbn.datafile import read_array
    with tempfile.NamedTemporaryFile(suffix=".pkl") as f:
        f.write(data)
        f.flush()
        return read_array(f.name, ndim=2)
