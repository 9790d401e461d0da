"""Step one for several videos: one training set, boundaries in dataset.json."""
import json

import numpy as np
import pytest

from conftest import make_clip, run_cli
from dbn.datafile import read_array, read_dataset
from dbn.errors import ParameterError
from dbn.features import mel_rows, pcm_rows, read_frames
from dbn.media import read_audio
from dbn.pickling import pickle_videos


@pytest.fixture
def two_clips(tmp_path):
    paths = [str(tmp_path / "a.mkv"), str(tmp_path / "b.mkv")]
    make_clip(paths[0], seconds=1.0, fps=25, tone=330.0)
    make_clip(paths[1], seconds=1.4, fps=30, tone=550.0)
    return paths


def test_one_video_is_2015s_files_plus_dataset_json(clip, tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    r = pickle_videos([clip], out_dir=str(out))
    frames, rows = read_array(out / "frames.pkl"), read_array(out / "audio.pkl")
    assert frames.shape == (75, 4096) and rows.shape == (90, 735)  # 30 rows/s, not cut
    assert np.array_equal(rows, pcm_rows(read_audio(clip, 22050)))
    info = read_dataset(str(out))
    assert info["files"] == ["frames.pkl", "audio.pkl"] and info["variant"] == "raw"
    assert info["videos"] == [{"video": clip, "fps": 25.0, "rows": 90, "frames": 75,
                               "start": 0}]
    assert r["stale"] == []


def test_several_videos_join_cut_to_their_own_rows(two_clips, tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    pickle_videos(two_clips, variant="mel", fps_correct=True, out_dir=str(out))
    frames, rows = read_array(out / "frames.pkl"), read_array(out / "mel.pkl")
    videos = read_dataset(str(out))["videos"]
    assert [(v["start"], v["frames"]) for v in videos] == [(0, 25), (25, 42)]
    assert len(frames) == len(rows) == 67
    for v, path in zip(videos, two_clips):
        own_frames, fps = read_frames(path)
        own_rows = mel_rows(read_audio(path, 22050), fps)  # one row per real frame
        n = v["frames"]
        assert n == min(len(own_frames), len(own_rows))
        np.testing.assert_array_equal(frames[v["start"]:v["start"] + n], own_frames[:n])
        np.testing.assert_array_equal(rows[v["start"]:v["start"] + n], own_rows[:n])


def test_several_videos_refuse_the_2015_spectral_variants(two_clips, tmp_path):
    with pytest.raises(ParameterError, match="own peak"):
        pickle_videos(two_clips, variant="stft-mag", out_dir=str(tmp_path))


def test_pickle_recipe_names_its_pairing_and_frame_rates(two_clips, tmp_path):
    r = run_cli("pickle", "--recipe", "context", *two_clips, "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "harmonic-noise.pkl" in r.stdout and "frame rates differ" in r.stdout
    assert "one real frame of its own video" in r.stdout
    info = json.loads((tmp_path / "dataset.json").read_text())
    assert info["variant"] == "harmonic-noise" and info["fps_correct"] is True


def test_frames_only_over_an_older_audio_pkl(clip, tmp_path):
    run_cli("pickle", clip, "-o", str(tmp_path))
    r = run_cli("pickle", clip, "--frames-only", "-o", str(tmp_path))
    assert r.returncode == 0 and "audio.pkl is from an earlier run" in r.stdout
    r = run_cli("train", "--layers", "4096", "4", "735", "--max-epochs", "1", cwd=tmp_path)
    assert r.returncode == 1 and "not from the pickling that wrote" in r.stderr
