"""Atomic writes: the old file or the new one, never half, never a stray temporary."""
import os

import pytest

from dbn.atomic import atomic_path, atomic_write, partial_files
from dbn.errors import DbnError


def test_success_replaces(tmp_path):
    (tmp_path / "f").write_bytes(b"old")
    with atomic_write(tmp_path / "f") as f:
        f.write(b"new")
    assert (tmp_path / "f").read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["f"]


def test_failure_keeps_old_and_cleans_up(tmp_path):
    (tmp_path / "f").write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_write(tmp_path / "f") as f:
            f.write(b"half")
            raise RuntimeError
    assert (tmp_path / "f").read_bytes() == b"old" and os.listdir(tmp_path) == ["f"]


def test_temporary_name_keeps_extension_and_mode(tmp_path):
    with atomic_path(tmp_path / "x.wav") as tmp:
        assert tmp.endswith(".wav") and os.path.dirname(tmp) == str(tmp_path)
        open(tmp, "wb").write(b"1")
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(tmp_path / "x.wav").st_mode & 0o777 == 0o666 & ~umask


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DbnError, match="cannot write in"):
        with atomic_write(tmp_path / "no" / "f"):
            pass


def dead_pid():
    import subprocess
    import sys
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_next_write_removes_what_a_killed_writer_left(tmp_path):
    target = tmp_path / "brain.pkl"
    left = tmp_path / f".brain.pkl.dbn-{dead_pid()}-0123abcd.tmp.pkl"
    live = tmp_path / f".brain.pkl.dbn-{os.getpid()}-0123abcd.tmp.pkl"  # being written
    others = [tmp_path / ".brain.pkl.mine.tmp.pkl", tmp_path / f".other.pkl.dbn-{dead_pid()}"
              "-0123abcd.tmp.pkl"]
    for f in [left, live, *others]:
        f.write_bytes(b"partial")
    assert partial_files(target) == [str(left)]
    with atomic_write(target) as f:
        f.write(b"whole")
    assert not left.exists() and live.exists() and all(f.exists() for f in others)


def test_error_names_the_users_folder_not_a_temporary_one(tmp_path):
    with pytest.raises(DbnError) as e:
        with atomic_write(os.path.join("no", "such", "f.wav")):
            pass
    assert str(e.value).startswith("cannot write in no/such:") and ".tmp" not in str(e.value)
