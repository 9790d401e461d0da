"""dbn evaluate: what it refuses, and what it writes."""
import json
import os

import numpy as np
import pytest

from conftest import make_clip, run_cli
from dbn import Network
from dbn.errors import MediaError, ParameterError
from dbn.evaluate import evaluate, load_clip, validations


def test_evaluate_refuses_missing_or_silent_audio(tmp_path, silent_video):
    Network([4096, 8, 735], seed=0).save(tmp_path / "b.pkl")
    with pytest.raises(MediaError, match="no audio stream") as e:
        evaluate([silent_video], [tmp_path / "b.pkl"], str(tmp_path / "r"))
    assert "--frames-only" not in str(e.value) and "evaluate needs the real audio" in str(e.value)
    quiet = str(tmp_path / "quiet.mkv")
    make_clip(quiet, tone=0.0)
    with pytest.raises(MediaError, match="needs the real audio"):
        evaluate([quiet], [tmp_path / "b.pkl"], str(tmp_path / "r"))


def test_evaluate_refuses_foreign_brain_and_existing_folder(tmp_path, tone_clip):
    Network([4096, 8, 100], seed=0).save(tmp_path / "b.pkl")
    with pytest.raises(ParameterError, match="fits no render mode"):
        evaluate([tone_clip], [tmp_path / "b.pkl"], str(tmp_path / "r"))
    Network([4096, 8, 735], seed=0).save(tmp_path / "b.pkl")
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "mine.txt").write_text("keep")
    r = run_cli("evaluate", tone_clip, "--brain", str(tmp_path / "b.pkl"), "-o",
                str(tmp_path / "r"))
    assert r.returncode == 1 and "use --force" in r.stderr
    assert os.listdir(tmp_path / "r") == ["mine.txt"]


def test_frame_time_reference_is_the_audio_of_each_frame(tmp_path):
    # a 25 fps clip: frame i owns the audio of [i / 25, (i + 1) / 25), read at 735 x 25 Hz
    path = str(tmp_path / "c25.mkv")
    make_clip(path, seconds=2.0, fps=25, tone=441.0)
    clip = load_clip(path)
    assert clip.fps == 25 and clip.audio.shape == (50, 735)
    t = np.arange(50 * 735) / (735 * 25)
    expect = 0.5 * np.sin(2 * np.pi * 441 * t)
    np.testing.assert_allclose(clip.audio.ravel()[2000:-2000], expect[2000:-2000], atol=0.02)


def test_validation_points_only_where_validation_ran():
    history = [{"epoch": e, "loss": 1.0 / e, "valid_loss": v, "valid_epoch": ve}
               for e, v, ve in [(1, 5.0, 0), (2, 5.0, 0), (3, 4.0, 2), (4, 4.0, 2)]]
    assert validations(history) == [(0, 5.0), (2, 4.0)]


def test_several_brains_rotated_with_train_videos(tmp_path):
    clips = []
    for i, tone in enumerate((330.0, 550.0)):
        clips.append(str(tmp_path / f"c{i}.mkv"))
        make_clip(clips[-1], seconds=1.0, fps=25, tone=tone)
    for name, width in (("a.pkl", 735), ("m.pkl", 80)):
        Network([4096, 4, width], seed=0).save(tmp_path / name)
    r = run_cli("evaluate", clips[1], "--brain", str(tmp_path / "a.pkl"), "--brain",
                str(tmp_path / "m.pkl"), "--train", clips[0], "--rotate", "-o",
                str(tmp_path / "r"))
    assert r.returncode == 0, r.stderr
    metrics = json.loads((tmp_path / "r" / "metrics.json").read_text())
    assert {"a.pkl: raw", "m.pkl: mag", "baseline: loudness by position (no video)",
            "real audio"} <= set(metrics["metrics"])
    assert metrics["info"]["train"] == ["c0.mkv"] and metrics["info"]["rotate"]
    assert "rotated" in metrics["info"]["test"][0]
