"""dbn evaluate: what it refuses, and what it writes."""
import json
import os

import numpy as np
import pytest

import av

from conftest import make_clip, run_cli
from dbn import Network
from dbn.brain import TargetRecord
from dbn.errors import MediaError, ParameterError
from dbn.evaluate import evaluate, load_clip
from dbn.report import validations
from dbn.features import pcm_rows, read_frames
from dbn.media import read_audio
from dbn.network import Layer


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


def noise_clip(path, rng, *, n=45, fps=30):
    """Frames of random gray noise (lossless), and noise bursts whose loudness changes
    every few frames (never silent, so every spectrum is well above the floors)."""
    rate = 735 * fps
    loud = np.repeat(rng.uniform(0.1, 0.6, n // 3 + 1), 3)[:n]
    audio = (rng.uniform(-1, 1, n * 735) * np.repeat(loud, 735) * 32767).astype(np.int16)
    with av.open(path, "w", format="matroska") as out:
        v = out.add_stream("ffv1", rate=fps)
        v.width = v.height = 64
        v.pix_fmt = "gray"
        a = out.add_stream("pcm_s16le", rate=rate, layout="mono")
        for i in range(n):
            frame = av.VideoFrame.from_ndarray(rng.integers(0, 256, (64, 64), np.uint8),
                                               format="gray")
            frame.pts = i
            out.mux(v.encode(frame))
        out.mux(v.encode(None))
        for j in range(0, len(audio), 1024):
            af = av.AudioFrame.from_ndarray(audio[None, j:j + 1024], format="s16",
                                            layout="mono")
            af.sample_rate, af.pts = rate, j
            out.mux(a.encode(af))
        out.mux(a.encode(None))
    return path


def oracle(path, videos, shift=0):
    """A one-layer float64 brain whose raw rows are each frame's true rows (rolled by
    ``shift`` frames): the frames are linearly independent, so pinv(F) F = I."""
    F = np.concatenate([read_frames(v)[0] for v in videos]).astype(np.float64)
    R = np.concatenate([pcm_rows(read_audio(v, 22050))[:len(read_frames(v)[0])]
                        for v in videos]).astype(np.float64)
    W = np.linalg.pinv(F) @ np.roll(R, shift, axis=0)
    Network.from_layers([Layer(W, np.zeros(735), "linear", "out")]).save(path)
    return path


def test_an_oracle_brain_scores_perfectly_rotated_and_a_shifted_one_does_not(tmp_path, rng):
    clips = [noise_clip(str(tmp_path / f"c{i}.mkv"), rng) for i in range(2)]
    brains = [oracle(str(tmp_path / "oracle.pkl"), clips),
              oracle(str(tmp_path / "late.pkl"), clips, shift=1)]
    evaluate(clips, brains, str(tmp_path / "r"), train=clips, rotate=True, seed=3)
    report = json.loads((tmp_path / "r" / "metrics.json").read_text())
    shifts = [int(name.split("rotated ")[1].rstrip(")")) for name in report["info"]["test"]]
    assert any(shifts), shifts  # the rotation really moved something
    m = report["metrics"]
    # the oracle, and the nearest neighbour trained on the test clips themselves, are
    # each frame's own audio: perfect only if frames, audio and renders rotated together
    for name in ("oracle.pkl: raw", "baseline: nearest neighbour"):
        assert m[name]["log_spectral_distance"] < 0.01, (name, m[name])
        assert m[name]["spectral_convergence"] < 1e-3
        assert m[name]["multires_stft_distance"] < 1e-3
        assert m[name]["envelope_correlation"] > 0.9999
        assert m[name]["onset_f1"] == 1.0
    late = m["late.pkl: raw"]
    assert late["log_spectral_distance"] > 1 and late["envelope_correlation"] < 0.9
    assert late["multires_stft_distance"] > 0.3
    # each clip on its own: its sound and its pictures rotated alike (motion against the
    # real loudness, worked out here from the files and the shift in the clip's name)
    from dbn.metrics import motion_energy
    for name, shift in zip(report["info"]["test"], shifts):
        clip = str(tmp_path / name.split(" ")[0])
        frames = np.roll(read_frames(clip)[0], -shift, axis=0)
        audio = np.roll(read_audio(clip, 22050)[:len(frames) * 735] / 32768.0, -shift * 735)
        scores = report["clips"][name]
        assert scores["real audio"]["motion_energy_r"] == pytest.approx(
            motion_energy(frames, audio)[0], abs=1e-9)
        assert scores["oracle.pkl: raw"]["log_spectral_distance"] < 0.01


def test_frame_time_holds_a_mel_brain_at_its_own_frame_rate(tmp_path, rng):
    # a 25 fps clip and a mel brain paired one row per frame: its mag render (882
    # samples a frame at 22050 Hz) resampled to 735 a frame follows the real loudness
    from dbn.features import mel_rows
    clip = noise_clip(str(tmp_path / "c.mkv"), rng, n=60, fps=25)
    F = read_frames(clip)[0].astype(np.float64)
    rows = mel_rows(read_audio(clip, 22050), 25.0)[:60].astype(np.float64)
    net = Network.from_layers([Layer(np.linalg.pinv(F) @ rows, np.zeros(80), "linear", "out")])
    net.meta.target = TargetRecord("mel", fps_correct=True, fps=[25.0], peak=float(rows.max()))
    net.save(tmp_path / "m.pkl")
    evaluate([clip], [str(tmp_path / "m.pkl")], str(tmp_path / "r"), all_modes=False)
    m = json.loads((tmp_path / "r" / "metrics.json").read_text())["metrics"]["mag"]
    assert m["envelope_correlation"] > 0.97, m


def test_seeds_give_no_spread_to_a_deterministic_mode_and_some_to_random_phases(tmp_path):
    clip = str(tmp_path / "c.mkv")
    make_clip(clip, seconds=1.0, fps=25, tone=440.0)
    Network([4096, 4, 735], seed=0).save(tmp_path / "a.pkl")   # raw: no randomness
    Network([4096, 4, 80], seed=0).save(tmp_path / "m.pkl")    # mag: random start phases
    r = run_cli("evaluate", clip, "--brain", str(tmp_path / "a.pkl"), "--brain",
                str(tmp_path / "m.pkl"), "--seeds", "3", "--seed", "4", "-o", str(tmp_path / "r"))
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "r" / "metrics.json").read_text())
    assert report["info"]["seeds"] == 3
    raw, mag = report["spread"]["a.pkl: raw"], report["spread"]["m.pkl: mag"]
    assert all(v == 0 for v in raw.values() if v is not None), [(k, v) for k, v in raw.items() if v]
    assert mag["multires_stft_distance"] > 0 and mag["log_spectral_distance"] > 0
    assert "baseline: vOICe" not in report["spread"]  # the baselines are rendered once
    # the mean over the three seeds is what the table shows, with its sd
    from dbn.evaluate import metrics_for, _render, load_clip
    from dbn import load_brain
    c = load_clip(clip)
    net = load_brain(tmp_path / "m.pkl")
    values = [metrics_for(_render(net, c.frames, "mag", c.fps, seed=s, clean=False),
                          c.audio.ravel(), c.frames)["multires_stft_distance"]
              for s in (4, 5, 6)]
    assert report["metrics"]["m.pkl: mag"]["multires_stft_distance"] == pytest.approx(
        np.mean(values), rel=1e-9)
    assert mag["multires_stft_distance"] == pytest.approx(np.std(values), rel=1e-9)
    text = (tmp_path / "r" / "report.md").read_text()
    assert "render seeds 4-6" in text and " ± " in text
    assert run_cli("evaluate", clip, "--brain", str(tmp_path / "a.pkl"), "--seeds", "0",
                   "-o", str(tmp_path / "r2")).returncode == 1
