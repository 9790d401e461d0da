"""Atomic writes: the old file or the new one, never half, never a stray temporary."""
import os

import pytest

from dbn.atomic import atomic_path, atomic_write
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
