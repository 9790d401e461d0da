"""Output paths checked before work: folders made, kept, refused with the user's path."""
import os

import pytest

from dbn.errors import ParameterError
from dbn.outputs import output_folder, writable_file


def test_output_folder_keeps_an_existing_one_unless_forced(tmp_path):
    output_folder(str(tmp_path / "new"))
    (tmp_path / "new" / "mine").write_text("x")
    with pytest.raises(ParameterError, match="exists; keeping it"):
        output_folder(str(tmp_path / "new"))
    output_folder(str(tmp_path / "new"), force=True)
    assert (tmp_path / "new" / "mine").read_text() == "x"


@pytest.mark.parametrize("where", ["missing/sub/x.wav", "file.txt/x.wav"])
def test_writable_file_names_the_users_folder(tmp_path, where):
    (tmp_path / "file.txt").write_text("not a folder")
    path = str(tmp_path / where)
    with pytest.raises(ParameterError, match=f"cannot write in {os.path.dirname(path)}: "
                                             "not a writable folder"):
        writable_file(path)
    assert writable_file(str(tmp_path / "ok.wav")) == str(tmp_path / "ok.wav")


def test_writable_file_refuses_a_folder(tmp_path):
    with pytest.raises(ParameterError, match="is a folder"):
        writable_file(str(tmp_path))
