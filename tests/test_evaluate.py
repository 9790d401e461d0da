"""dbn evaluate: what it refuses, and what it writes."""
import os

import pytest

from conftest import make_clip, run_cli
from dbn import Network
from dbn.errors import MediaError, ParameterError
from dbn.evaluate import evaluate_video


def test_evaluate_refuses_missing_or_silent_audio(tmp_path, silent_video):
    Network([4096, 8, 735], seed=0).save(tmp_path / "b.pkl")
    with pytest.raises(MediaError, match="no audio stream"):
        evaluate_video(silent_video, tmp_path / "b.pkl", str(tmp_path / "r"))
    quiet = str(tmp_path / "quiet.mkv")
    make_clip(quiet, tone=0.0)
    with pytest.raises(MediaError, match="needs the real audio"):
        evaluate_video(quiet, tmp_path / "b.pkl", str(tmp_path / "r"))


def test_evaluate_refuses_foreign_brain_and_existing_folder(tmp_path, tone_clip):
    Network([4096, 8, 100], seed=0).save(tmp_path / "b.pkl")
    with pytest.raises(ParameterError, match="fits no render mode"):
        evaluate_video(tone_clip, tmp_path / "b.pkl", str(tmp_path / "r"))
    Network([4096, 8, 735], seed=0).save(tmp_path / "b.pkl")
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "mine.txt").write_text("keep")
    r = run_cli("evaluate", tone_clip, "--brain", str(tmp_path / "b.pkl"), "-o",
                str(tmp_path / "r"))
    assert r.returncode == 1 and "use --force" in r.stderr
    assert os.listdir(tmp_path / "r") == ["mine.txt"]
