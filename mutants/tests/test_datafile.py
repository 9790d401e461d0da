"""Data files: protocol 2, Python 2 layout, read back exactly, atomically."""
import pickle
import pickletools

import numpy as np
import pytest

import test_safepickle
from dbn.datafile import read_array, write_array, write_rows
from dbn.errors import FormatError


def test_round_trip_and_python2_shape(tmp_path, rng):
    a = rng.random((5, 7)).astype(np.float32)
    write_array(tmp_path / "f.pkl", a)
    data = (tmp_path / "f.pkl").read_bytes()
    ops = {op.name for op, _, _ in pickletools.genops(data)}
    assert data[:2] == b"\x80\x02" and "BINSTRING" in ops
    assert not ops & {"BINUNICODE", "SHORT_BINBYTES", "BINBYTES", "FRAME", "STACK_GLOBAL"}
    assert np.array_equal(read_array(tmp_path / "f.pkl"), a)
    assert np.array_equal(pickle.loads(data, encoding="latin1"), a)
    assert len(data) < a.nbytes + 300


def test_write_rows_streams_a_python2_pickle(tmp_path, rng):
    a = rng.random((9, 4096)).astype(np.float32)
    assert write_rows(tmp_path / "b.pkl", iter(a), width=4096) == 9
    data = (tmp_path / "b.pkl").read_bytes()
    assert max(op.proto for op, _, _ in pickletools.genops(data)) <= 2
    assert np.array_equal(pickle.loads(data, encoding="latin1"), a)
    assert np.array_equal(read_array(tmp_path / "b.pkl"), a)


def test_write_rows_past_2gib_switches_to_binbytes8(tmp_path, monkeypatch):
    import dbn.datafile
    monkeypatch.setattr(dbn.datafile, "_BINSTRING_MAX", 100)
    a = np.arange(60, dtype=np.float32).reshape(6, 10)
    write_rows(tmp_path / "big.pkl", iter(a), width=10)
    data = (tmp_path / "big.pkl").read_bytes()
    assert data[:2] == b"\x80\x04" and b"\x8e" in data
    assert np.array_equal(read_array(tmp_path / "big.pkl"), a)


def test_reads_python2_protocol0_files(tmp_path, rng):
    a = rng.random((2, 735)).astype(np.float32)
    (tmp_path / "audio.pkl").write_bytes(test_safepickle.py2_protocol0_array(a))
    assert np.array_equal(read_array(tmp_path / "audio.pkl"), a)


def test_float64_spectral_arrays_keep_their_dtype(tmp_path, rng):
    a = rng.random((3, 513))
    write_array(tmp_path / "stft.pkl", a)
    assert read_array(tmp_path / "stft.pkl").dtype == np.float64


def test_not_an_array(tmp_path):
    (tmp_path / "x.pkl").write_bytes(pickle.dumps([1, 2], protocol=2))
    with pytest.raises(FormatError, match="expected a pickle of one 2-d array, found list"):
        read_array(tmp_path / "x.pkl")


def test_failed_write_keeps_old_file(tmp_path, rng):
    write_array(tmp_path / "f.pkl", np.zeros((2, 2), np.float32))
    before = (tmp_path / "f.pkl").read_bytes()

    def rows():
        yield np.zeros(4, np.float32)
        raise RuntimeError("decoder died")

    with pytest.raises(RuntimeError):
        write_rows(tmp_path / "f.pkl", rows(), width=4)
    assert (tmp_path / "f.pkl").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["f.pkl"]


def test_load_data_gives_the_array_and_its_videos(tmp_path, rng):
    import dbn
    from dbn.datafile import write_dataset
    frames = rng.random((5, 4096)).astype(np.float32)
    write_array(tmp_path / "frames.pkl", frames)
    array, videos = dbn.load_data(tmp_path / "frames.pkl")
    assert np.array_equal(array, frames) and videos is None  # 2015's files: no videos
    parts = [{"video": "a.mpg", "fps": 25.0, "frames": 3, "rows": 3, "start": 0},
             {"video": "b.mpg", "fps": 25.0, "frames": 2, "rows": 2, "start": 3}]
    write_dataset(tmp_path / "dataset.json", {"variant": "raw", "fps_correct": True,
                                              "files": ["frames.pkl", "audio.pkl"],
                                              "videos": parts})
    assert dbn.load_data(tmp_path / "frames.pkl")[1] == parts
    # what plain pickle needs for these Python 2 pickles, as the README says
    import pickle
    with open(tmp_path / "frames.pkl", "rb") as f:
        assert np.array_equal(pickle.load(f, encoding="latin1"), frames)
    with open(tmp_path / "frames.pkl", "rb") as f, pytest.raises(UnicodeDecodeError):
        pickle.load(f)
