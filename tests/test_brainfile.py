"""Brain files: every legacy layout (hand-built opcode by opcode), the native format."""
import gzip
import json
import os
import pickle
import pickletools

import numpy as np
import pytest

import legacy_pickles as lp
from conftest import DATA, run_cli
from dbn import DbnError, FormatError, Network, load_brain
from dbn.brainfile import git_blob_id


def reference_predict(weights, activations, x):
    """Plain numpy re-derivation: h = act(h @ W + b), layer by layer."""
    acts = {"relu": lambda z: np.maximum(z, 0), "linear": lambda z: z,
            "logistic": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh}
    h = x.astype(np.float64)
    for (W, b), a in zip(weights, activations):
        h = acts[a](h @ W.astype(np.float64) + b)
    return h


LAYOUTS = {
    # name: (sizes, dtype, activations, builder kwargs, expected layout text)
    "33775e7 float32": ([16, 8, 4], "float32", ["relu", "linear"], {}, "33775e7"),
    "33775e7 float64": ([16, 8, 4], "float64", ["relu", "linear"], {}, "33775e7"),
    "three hidden layers": ([16, 8, 8, 8, 4], "float32", ["relu"] * 3 + ["linear"], {},
                            "33775e7"),
    "long memo (LONG_BINPUT)": ([16] + [8] * 6 + [4], "float32", ["relu"] * 6 + ["linear"], {},
                                "33775e7"),
    "logistic and tanh by value": ([16, 8, 8, 4], "float32", ["logistic", "tanh", "linear"],
                                   {}, "33775e7"),
    "lwout mid layer-wise": ([16, 8, 8, 4], "float32", ["relu", "relu", "linear"],
                             {"names": ["hid1", "hid2", "lwout"]}, "lwout"),
    "0.6.x graphs and compiled function": ([16, 8, 4], "float32", ["logistic", "linear"],
                                           {"version": "0.6"}, "0.6.x"),
    "0.7.x": ([16, 8, 4], "float32", ["relu", "linear"], {"version": "0.7"}, "0.7.x"),
    "GPU CudaNdarray": ([16, 8, 4], "float32", ["relu", "linear"], {"gpu": True}, "GPU"),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_legacy_layout_loads_and_predicts(tmp_path, rng, name):
    sizes, dtype, acts, kwargs, expect = LAYOUTS[name]
    weights = lp.random_weights(sizes, dtype)
    path = tmp_path / "theanet.py.net.pkl"
    path.write_bytes(lp.dumps(lp.regressor(weights, acts, **kwargs)))
    net = load_brain(path)
    assert expect in net.meta.layout
    assert net.sizes == sizes and net.dtype == np.dtype(dtype)
    x = rng.random((5, sizes[0])).astype(dtype)
    tol = 1e-12 if dtype == "float64" else 1e-5
    np.testing.assert_allclose(net.predict(x), reference_predict(weights, acts, x), atol=tol)


def test_long_memo_really_uses_long_binput():
    # more than 255 memoised objects: py2 switches to LONG_BINPUT / LONG_BINGET
    data = lp.dumps(lp.regressor(lp.random_weights([16] + [8] * 6 + [4]),
                                 ["relu"] * 6 + ["linear"]))
    ops = {op.name for op, arg, pos in pickletools.genops(data)}
    assert {"LONG_BINPUT", "LONG_BINGET"} <= ops


def test_v05_dict(tmp_path, rng):
    weights = lp.random_weights([16, 8, 4])
    path = tmp_path / "old.pkl"
    path.write_bytes(lp.dumps(lp.v05_dict(weights, ["logistic", "linear"])))
    net = load_brain(path)
    assert "0.5" in net.meta.layout
    x = rng.random((3, 16)).astype(np.float32)
    np.testing.assert_allclose(net.predict(x), reference_predict(weights, ["logistic", "linear"],
                                                                 x), atol=1e-5)


def test_progress_file_without_extension_and_gzip(tmp_path):
    data = lp.dumps(lp.regressor(lp.random_weights([16, 8, 4]), ["relu", "linear"]))
    (tmp_path / "brain-1438666035").write_bytes(data)
    (tmp_path / "current_brain.pkl.gz").write_bytes(gzip.compress(data))
    a, b = load_brain(tmp_path / "brain-1438666035"), load_brain(tmp_path / "current_brain.pkl.gz")
    assert np.array_equal(a.layers[0].W, b.layers[0].W)


def test_real_gz_fixture_equals_plain():
    a = load_brain(os.path.join(DATA, "m33775e7-f32-16-8-4.pkl"))
    b = load_brain(os.path.join(DATA, "m33775e7-f32-16-8-4.pkl.gz"))
    assert all(np.array_equal(x.W, y.W) for x, y in zip(a.layers, b.layers))


# -- errors ---------------------------------------------------------------------

def test_truncated_brain(tmp_path):
    data = open(os.path.join(DATA, "m33775e7-f32-16-8-4.pkl"), "rb").read()
    (tmp_path / "t.pkl").write_bytes(data[:5000])
    with pytest.raises(FormatError, match="t.pkl"):
        load_brain(tmp_path / "t.pkl")


def test_not_a_brain(tmp_path):
    (tmp_path / "x.pkl").write_bytes(pickle.dumps({"hello": 1}, protocol=2))
    with pytest.raises(FormatError, match="not a brain: the pickle holds a dict"):
        load_brain(tmp_path / "x.pkl")


def test_unknown_theanets_layout(tmp_path):
    (tmp_path / "x.pkl").write_bytes(lp.dumps(lp.Obj("theanets.feedforward", "Regressor", 42)))
    with pytest.raises(FormatError, match="unknown layout"):
        load_brain(tmp_path / "x.pkl")


def test_wrong_input_width(tmp_path):
    path = tmp_path / "b.pkl"
    Network([16, 4], seed=0).save(path)
    with pytest.raises(FormatError, match="takes 16 inputs, expected 4096"):
        load_brain(path, input_size=4096)


def test_missing_file(tmp_path):
    with pytest.raises(FormatError, match="no such file"):
        load_brain(tmp_path / "nope.pkl")


# -- native format ----------------------------------------------------------------

def test_native_round_trip_is_exact(tmp_path):
    net = Network([64, 32, 16, 8], activation="logistic", seed=1, dtype="float64")
    net.meta.history = [{"epoch": 1, "loss": 0.5, "err": 0.5, "valid_loss": 0.4,
                            "valid_err": 0.4}]
    net.save(tmp_path / "n.pkl")
    back = load_brain(tmp_path / "n.pkl")
    assert back.meta.layout == "dbn native v1"
    assert back.meta.history == net.meta.history
    for a, b in zip(net.layers, back.layers):
        assert np.array_equal(a.W, b.W) and np.array_equal(a.b, b.b)
        assert (a.activation, a.name) == (b.activation, b.name)


def test_native_size_is_about_params_times_itemsize(tmp_path):
    net = Network([4096, 1000, 735], seed=0)
    net.save(tmp_path / "n.pkl")
    size = os.path.getsize(tmp_path / "n.pkl")
    assert net.n_params() * 4 < size < net.n_params() * 4 + 4096


def test_native_future_version_is_refused(tmp_path):
    net = Network([4, 2], seed=0)
    net.save(tmp_path / "n.pkl")
    state = pickle.loads((tmp_path / "n.pkl").read_bytes())
    state["version"] = 99
    (tmp_path / "n.pkl").write_bytes(pickle.dumps(state))
    with pytest.raises(FormatError, match="version 99"):
        load_brain(tmp_path / "n.pkl")


def test_interrupted_save_leaves_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "n.pkl"
    Network([8, 4], seed=1).save(path)
    before = path.read_bytes()

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pickle, "dump", explode)
    with pytest.raises(KeyboardInterrupt):
        Network([8, 4], seed=2).save(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["n.pkl"]


# -- dbn info ---------------------------------------------------------------------

def test_info_json_and_verify(tmp_path):
    path = os.path.join(DATA, "m33775e7-f32-16-logistic8-tanh8-4.pkl")
    r = run_cli("info", path, "--json", "--verify")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["sizes"] == [16, 8, 8, 4] and info["published"] is None
    assert [l["activation"] for l in info["layers"]] == ["logistic", "tanh", "linear"]
    assert info["blob"] == git_blob_id(path)


def test_info_table():
    r = run_cli("info", os.path.join(DATA, "v070-f32-16-8-4.pkl"))
    assert r.returncode == 0 and "0.7.x" in r.stdout and "hid1" in r.stdout


def test_git_blob_id_matches_git(tmp_path):
    (tmp_path / "f").write_bytes(b"hello\n")
    assert git_blob_id(tmp_path / "f") == "ce013625030ba8dba906f756967f9e9ca394464a"


def test_verify_names_a_published_brain(monkeypatch, capsys):
    import dbn.brainfile
    from dbn.cli import main
    path = os.path.join(DATA, "m33775e7-f32-16-8-4.pkl")
    monkeypatch.setitem(dbn.brainfile.PUBLISHED, git_blob_id(path), "lines")
    assert main(["info", path, "--verify"]) == 0
    assert f"git blob {git_blob_id(path)}: lines" in capsys.readouterr().out


def damaged(data, rng, count):
    """Copies of ``data`` with a few random bytes changed, deleted or inserted, or cut."""
    for i in range(count):
        b = bytearray(data)
        kind = i % 4
        for _ in range(int(rng.integers(1, 4))):
            at = int(rng.integers(len(b)))
            if kind == 0:
                b[at] = int(rng.integers(256))
            elif kind == 1:
                del b[at]
            elif kind == 2:
                b.insert(at, int(rng.integers(256)))
        yield bytes(b[:int(rng.integers(1, len(b)))] if kind == 3 else b)


@pytest.mark.parametrize("name", ["m33775e7-f32-16-8-4.pkl", "m33775e7-f32-16-8-4.pkl.gz",
                                  "m33775e7-f32-16-logistic8-tanh8-4.pkl",
                                  "v070-f32-16-8-4.pkl", "native"])
def test_damaged_brains_load_or_fail_in_one_line_and_print_nothing(name, tmp_path, rng, capfd):
    # a damaged gzip whose CRC is never reached raised zlib.error; damaged array states
    # made numpy print its own internal errors to stderr: both are gone
    if name == "native":
        Network([16, 8, 4], seed=0).save(tmp_path / "native.pkl")
        source = tmp_path / "native.pkl"
    else:
        source = os.path.join(DATA, name)
    with open(source, "rb") as f:
        data = f.read()
    outcomes = {"loaded": 0, "refused": 0}
    path = tmp_path / ("damaged" + (".gz" if name.endswith(".gz") else ".pkl"))
    for copy in damaged(data, rng, 150):
        path.write_bytes(copy)
        try:
            assert load_brain(path).sizes[0] > 0
            outcomes["loaded"] += 1
        except DbnError as e:
            assert "\n" not in str(e)
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0, outcomes
    assert capfd.readouterr().err == ""
