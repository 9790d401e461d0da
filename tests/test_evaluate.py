"""dbn evaluate: what it refuses, and what it writes."""
import datetime
import json
import os
import platform

import numpy as np
import pytest
import pytensor

import av
import librosa

from conftest import Lines, make_clip, run_cli
from dbn import Network
from dbn.brain import TargetRecord
from dbn.errors import MediaError, ParameterError
from dbn.evaluate import evaluate, load_clip
from dbn.report import Signal, validations
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
                str(tmp_path / "m.pkl"), "--train", clips[0], "--rotate", "--seeds", "2",
                "--seed", "5", "-o", str(tmp_path / "r"))
    assert r.returncode == 0, r.stderr
    metrics = json.loads((tmp_path / "r" / "metrics.json").read_text())
    assert {"a.pkl: raw", "m.pkl: mag", "baseline: loudness by position (no video)",
            "real audio"} <= set(metrics["metrics"])
    assert metrics["info"]["train"] == ["c0.mkv"] and metrics["info"]["rotate"]
    assert (metrics["info"]["seeds"], metrics["info"]["seed"]) == (2, 5)
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


def piecewise_onsets(x, joins):
    """librosa's onsets in each piece between the frame indices ``joins``, in seconds,
    less each piece's first 4 hops (where librosa only warms up)."""
    starts, out = [0] + [j * 735 for j in joins], []
    for a, piece in zip(starts, np.split(x, starts[1:])):
        t = librosa.onset.onset_detect(y=np.asarray(piece, np.float64), sr=22050, units="time")
        out.append(a / 22050 + t[t >= 4 * 512 / 22050])
    return np.concatenate(out)


def test_an_oracle_brain_scores_perfectly_rotated_and_a_shifted_one_does_not(tmp_path, rng):
    clips = [noise_clip(str(tmp_path / f"c{i}.mkv"), rng) for i in range(2)]
    brains = [oracle(str(tmp_path / "oracle.pkl"), clips),
              oracle(str(tmp_path / "late.pkl"), clips, shift=1)]
    evaluate(clips, brains, str(tmp_path / "r"), train=clips, rotate=True, seed=3)
    report = json.loads((tmp_path / "r" / "metrics.json").read_text())
    shifts = [int(name.split("rotated ")[1].rstrip(")")) for name in report["info"]["test"]]
    assert any(shifts), shifts  # the rotation really moved something
    info = report["info"]
    assert (info["fps"], info["frames"], info["holdout"], info["rotate"], info["seed"],
            info["seeds"]) == (30.0, 90, 0.0, True, 3, 1)
    assert info["videos"] == clips and info["train"] == ["c0.mkv", "c1.mkv"]
    assert info["brains"][brains[0]] == {"layout": "dbn native v1", "sizes": [4096, 735],
                                         "validation": None}
    assert info["machine"].endswith(f"cores, Python {platform.python_version()}")
    assert info["date"] == datetime.date.today().isoformat()
    # a fresh install takes the newest packages, and they move the figures: each is named
    assert info["packages"]["numpy"] == np.__version__
    assert info["packages"]["pytensor"] == pytensor.__version__
    for page in ("report.md", "report.html"):
        assert f"numpy {np.__version__}, " in (tmp_path / "r" / page).read_text()
    assert sorted(report["clips"]) == sorted(info["test"])
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
    joined = []
    for name, shift in zip(report["info"]["test"], shifts):
        clip = str(tmp_path / name.split(" ")[0])
        frames = np.roll(read_frames(clip)[0], -shift, axis=0)
        audio = np.roll(read_audio(clip, 22050)[:len(frames) * 735] / 32768.0, -shift * 735)
        joined.append((frames, audio))
        scores = report["clips"][name]
        wrap = (len(frames) - shift,) if shift else ()  # no motion across the wrap
        assert scores["real audio"]["motion_energy_r"] == pytest.approx(
            motion_energy(frames, audio, cuts=wrap)[0], abs=1e-9)
        assert scores["oracle.pkl: raw"]["log_spectral_distance"] < 0.01
    # onsets are found in each unbroken piece: the joins are each rotated clip's wrap and
    # the second clip's start; the vOICe baseline's F1 worked out here from the files
    assert info["joins"] == [45 - shifts[0]] * (shifts[0] > 0) + [45] + \
        [90 - shifts[1]] * (shifts[1] > 0)
    from dbn.metrics import onset_f1, voice_sonification
    frames, audio = (np.concatenate(part) for part in zip(*joined))
    assert "joined in random order; onsets, pitch and motion are found between the joins" in (
        tmp_path / "r" / "report.md").read_text()
    assert m["real audio"]["motion_energy_best_r"] == pytest.approx(
        motion_energy(frames, audio, cuts=info["joins"])[1], abs=1e-9)
    assert m["baseline: vOICe"]["onset_f1"] == onset_f1(
        piecewise_onsets(voice_sonification(frames), info["joins"]),
        piecewise_onsets(audio, info["joins"]))


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
    net = Network([4096, 4, 735], seed=0)   # raw: no randomness
    net.meta.train = {"valid_split": 0.1}
    net.save(tmp_path / "a.pkl")
    Network([4096, 4, 80], seed=0).save(tmp_path / "m.pkl")    # mag: random start phases
    evaluate([clip], [str(tmp_path / "a.pkl"), str(tmp_path / "m.pkl")], str(tmp_path / "r"),
             seeds=3, seed=4)
    report = json.loads((tmp_path / "r" / "metrics.json").read_text())
    assert report["info"]["seeds"] == 3
    assert report["info"]["brains"][str(tmp_path / "a.pkl")]["validation"] == (
        "the last 10% of its (frame, row) pairs, held out of training")
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


# The steps of evaluate, one at a time, against what each should give worked out here.

def small_clip(name, n, rng, fps=25.0):
    from dbn.evaluate import Clip
    return Clip(name, rng.uniform(0, 1, (n, 4096)).astype(np.float32),
                rng.uniform(-0.5, 0.5, (n, 735)), fps)


def test_a_part_is_its_frames_and_audio_and_keeps_the_rate(rng):
    clip = small_clip("c.mkv", 10, rng, fps=29.97)
    part = clip.part(3, 7, " (held out)")
    assert part.name == "c.mkv (held out)" and part.fps == 29.97
    np.testing.assert_array_equal(part.frames, clip.frames[3:7])
    np.testing.assert_array_equal(part.audio, clip.audio[3:7])
    assert clip.part(0, 2).name == "c.mkv"


def test_mean_and_sd_over_seeds_leave_out_what_a_seed_could_not_measure():
    from dbn.evaluate import _mean, _sd
    assert _mean([1.0, None, 4.0]) == 2.5 and _mean([None, None]) is None
    assert _sd([1.0, None, 3.0]) == 1.0 and _sd([None]) is None and _sd([]) is None
    assert _sd([0.1 + 0.2] * 3) == 0.0  # the same render: exactly 0, not a rounding error


def test_over_seeds_takes_the_mean_and_sd_of_each_render_and_leaves_the_rest(rng):
    from dbn.evaluate import _over_seeds, metrics_for
    frames = rng.uniform(0, 1, (6, 4096))
    ref = rng.uniform(-0.5, 0.5, 6 * 735)
    runs = [rng.uniform(-0.5, 0.5, (6, 735)) for _ in range(3)]
    each = [metrics_for(r.ravel(), ref, frames) for r in runs]
    metrics = {"mag": each[0], "baseline: silence": {"x": 1.0}}
    spread = _over_seeds(metrics, [{"mag": r} for r in runs], ref, frames, ())
    assert set(spread) == {"mag"} and metrics["baseline: silence"] == {"x": 1.0}
    for key in ("multires_stft_distance", "envelope_correlation", "level_db"):
        values = [m[key] for m in each]
        assert metrics["mag"][key] == pytest.approx(np.mean(values), rel=1e-12)
        assert spread["mag"][key] == pytest.approx(np.std(values), rel=1e-12)
        assert spread["mag"][key] > 0


def test_joins_are_each_clips_start_and_each_rotated_clips_wrap():
    from dbn.evaluate import _joins
    # clips of 4, 5 and 6 frames joined in that order, rotated by 0, 2 and 3: the second
    # starts at 4 and wraps (its frame 0 again) at 4 + 3; the third at 9 and 9 + 3
    assert _joins([4, 5, 6], [0, 2, 3]) == (4, 7, 9, 12)
    assert _joins([4, 5], [0, 0]) == (4,) and _joins([7], [0]) == () and _joins([7], [5]) == (2,)


def test_each_clip_is_scored_on_its_own_stretch_of_the_joined_signals(rng):
    from dbn.evaluate import _each_clip, metrics_for
    clips = [small_clip("a", 4, rng), small_clip("b", 5, rng, fps=30.0)]
    frames = np.concatenate([c.frames for c in clips])
    real = np.concatenate([c.audio for c in clips]).ravel()
    noise = rng.uniform(-0.3, 0.3, len(real))
    signals = [Signal("real audio", real, ""), Signal("noise", noise, "")]
    out = _each_clip(clips, signals, frames, (4, 6))
    assert [(name, fps) for name, _, fps, _ in out] == [("a", 25.0), ("b", 30.0)]
    for (name, pictures, _, scores), lo, hi in zip(out, (0, 4), (4, 9)):
        np.testing.assert_array_equal(pictures, frames[lo:hi])
        inside = [2] if lo else []  # the second clip's wrap, at frame 6 of the join
        assert scores["noise"] == metrics_for(noise[lo * 735:hi * 735], real[lo * 735:hi * 735],
                                              frames[lo:hi], inside)
        assert scores["real audio"]["envelope_correlation"] == pytest.approx(1.0)
    (name, pictures, fps, scores), = _each_clip(clips[:1], [
        Signal("real audio", clips[0].audio.ravel(), ""),
        Signal("noise", noise[:4 * 735], "")], clips[0].frames, (3,))
    assert (name, fps) == ("a", 25.0) and pictures is clips[0].frames
    assert scores["noise"] == metrics_for(noise[:4 * 735], clips[0].audio.ravel(),
                                          clips[0].frames, (3,))


def test_metrics_hear_pitch_and_see_motion_in_each_piece_alone():
    # a 220 Hz second and a 440 Hz second joined at frame 30, the estimate silent for the
    # first: each piece tracked alone, half the voiced frames are right, every one of the
    # second; tracked across the join, frame 30 is heard as 220 Hz
    from dbn.evaluate import metrics_for
    t = np.arange(22050) / 22050
    ref = np.r_[0.5 * np.sin(2 * np.pi * 220 * t), 0.5 * np.sin(2 * np.pi * 440 * t)]
    est = np.r_[np.zeros(22050), ref[22050:]]
    frames = np.repeat([[0.0], [1.0]], 30, axis=0) * np.ones(4096)  # one change: the join
    scores = metrics_for(est, ref, frames, cuts=(30,))
    assert scores["pitch_within_50c"] == 0.5 and scores["voicing_agreement"] == 0.5
    assert scores["motion_energy_r"] == 0.0  # the join was the only motion: none is left
    across = metrics_for(est, ref, frames)
    assert across["pitch_within_50c"] < 0.5 and across["motion_energy_r"] > 0.1


@pytest.mark.parametrize("name, seed, seeds, words", [
    ("mag", 3, 1, "the brain, rendered in mode mag with render seed 3, 2015's quirks kept"),
    ("a.pkl: raw --clean", 4, 3, "a.pkl, rendered in mode raw with render seed 4 (its "
     "metrics: the mean over seeds 4-6), --clean (2015's quirks off)"),
    ("x: y.pkl: harmonic", 0, 2, "x: y.pkl, rendered in mode harmonic with render seed 0 "
     "(its metrics: the mean over seeds 0-1), 2015's quirks kept"),
])
def test_a_render_says_which_brain_mode_seeds_and_quirks_made_it(name, seed, seeds, words):
    from dbn.evaluate import _made_by
    assert _made_by(name, seed, seeds) == words


@pytest.mark.parametrize("train, words", [
    ({}, None),
    ({"valid_split": 0}, "its training data, as in 2015 (no --valid-split)"),
    ({"epochs": 3}, "its training data, as in 2015 (no --valid-split)"),
    ({"valid_split": 0.15}, "the last 15% of its (frame, row) pairs, held out of training"),
    ({"valid_split": 0.2, "shuffle_pairs": True}, "the last 20% of its (frame, row) pairs, "
     "held out of training after the one-time shuffle"),
    ({"valid_split": 0.2, "shuffle_pairs": False}, "the last 20% of its (frame, row) pairs, "
     "held out of training"),
])
def test_the_validation_set_in_words(train, words):
    from dbn.evaluate import validation_set
    net = Network([4096, 4, 735], seed=0)
    net.meta.train = train
    assert validation_set(net) == words


def test_the_baselines_learn_from_the_training_clips_and_play_each_test_frame(rng):
    from dbn.evaluate import _baselines
    from dbn.metrics import frame_rms
    train = [small_clip("t0", 5, rng), small_clip("t1", 3, rng)]
    loud = small_clip("loud", 4, rng)
    loud.audio *= 0  # silent but for its frame 2, so the position prior has a shape to copy
    loud.audio[2] = 0.9
    test = [small_clip("s", 4, rng), small_clip("u", 3, rng)]
    # each test frame is a training frame: the nearest neighbour plays that frame's row
    picks = [(0, 1), (1, 2), (0, 4), (1, 0), (0, 0), (0, 3), (1, 1)]
    frames = np.stack([train[c].frames[i] for c, i in picks])
    out = _baselines(train, test, frames, np.random.default_rng(0))
    names = [s.name for s in out]
    assert names == ["baseline: silence", "baseline: mean training row",
                     "baseline: nearest neighbour", "baseline: vOICe",
                     "baseline: loudness by position (no video)"]
    assert all(s.samples.shape == (7 * 735,) for s in out)
    assert not out[0].samples.any()
    rows = np.concatenate([c.audio for c in train])
    np.testing.assert_allclose(out[1].samples, np.tile(rows.mean(axis=0), 7))
    np.testing.assert_array_equal(out[2].samples,
                                  np.concatenate([train[c].audio[i] for c, i in picks]))
    assert out[3].samples.any()
    # the position prior follows the training clips' loudness at each position of each test
    # clip, and never the test clips' own
    prior = _baselines([loud], test, frames, np.random.default_rng(0))[4].samples
    rms = frame_rms(prior)
    assert np.argmax(rms[:4]) == 2 and np.argmax(rms[4:]) == 2
    assert rms[2] > 0.3 and rms[[0, 1, 3]].max() < 0.05, rms
    assert [s.made_by.split(":")[0] for s in out] == ["baseline"] * 5
    assert [s.made_by for s in out] == [
        "baseline: zeros",
        "baseline: the mean 735-sample row of the training audio, every frame",
        "baseline: each frame plays the audio of its nearest training frame",
        "baseline: the vOICe's sonification of each frame (rows are pitches)",
        "baseline: noise as loud as the training clips are at each position; never "
        "looks at the video"]


def test_clips_split_one_video_for_holdout_and_refuse_what_cannot_be_split(tmp_path):
    from dbn.evaluate import _clips
    a, b = str(tmp_path / "a.mkv"), str(tmp_path / "b.mkv")
    make_clip(a, seconds=2.0, fps=25, tone=330.0)
    make_clip(b, seconds=1.0, fps=25, tone=550.0)
    whole = load_clip(a)
    streams = dict(video_stream=None, audio_stream=None)
    test, train = _clips([a], [], 0.2, streams)
    assert [c.name for c in test] == ["a.mkv (held out)"]
    assert [c.name for c in train] == ["a.mkv (first part)"]
    np.testing.assert_array_equal(test[0].frames, whole.frames[40:])
    np.testing.assert_array_equal(train[0].audio, whole.audio[:40])
    test, train = _clips([a], [b], 0.2, streams)  # given training videos stay the baselines'
    assert [c.name for c in train] == ["b.mkv"] and len(test[0].frames) == 10
    test, train = _clips([a, b], [], 0.0, streams)
    assert [len(c.frames) for c in test] == [50, 25] and train == []
    assert len(_clips([a], [], 0.06, streams)[0][0].frames) == 3
    for holdout, words in ((1.0, "--holdout must be in \\[0, 1\\), got 1.0"),
                           (-0.1, "--holdout must be in"), (0.04, "fewer than 3 frames")):
        with pytest.raises(ParameterError, match=words):
            _clips([a], [], holdout, streams)
    with pytest.raises(ParameterError, match="--holdout splits one video; give --train"):
        _clips([a, b], [], 0.2, streams)


def test_rendered_holds_every_mode_of_every_brain_or_each_brain_s_own(rng, tmp_path):
    from dbn.evaluate import _render, _rendered
    from dbn.rendering import brain_modes
    clip = small_clip("c", 6, rng)
    nets = {str(tmp_path / "a.pkl"): Network([4096, 4, 735], seed=0),
            str(tmp_path / "m.pkl"): Network([4096, 4, 80], seed=1)}
    piece = _rendered(clip, nets, False, 7)
    assert list(piece) == ["frames", "real audio", "a.pkl: raw", "m.pkl: mag"]
    assert piece["frames"] is clip.frames and piece["real audio"] is clip.audio
    mag = _render(nets[str(tmp_path / "m.pkl")], clip.frames, "mag", 25.0, seed=7, clean=False)
    np.testing.assert_array_equal(piece["m.pkl: mag"], mag.reshape(6, 735))
    assert not np.array_equal(piece["m.pkl: mag"], _rendered(clip, nets, False, 8)["m.pkl: mag"])
    one = {str(tmp_path / "m.pkl"): nets[str(tmp_path / "m.pkl")]}
    every = _rendered(clip, one, True, 7)
    modes = brain_modes(one[str(tmp_path / "m.pkl")])
    assert list(every)[2:] == [m + c for m in modes for c in ("", " --clean")]
    clean = _render(one[str(tmp_path / "m.pkl")], clip.frames, "mag", 25.0, seed=7, clean=True)
    np.testing.assert_array_equal(every["mag --clean"], clean.reshape(6, 735))
    np.testing.assert_array_equal(every["mag"], piece["m.pkl: mag"])
    other = _render(one[str(tmp_path / "m.pkl")], clip.frames, modes[1], 25.0, seed=7,
                    clean=False)
    np.testing.assert_array_equal(every[modes[1]], other.reshape(6, 735))
    assert not np.array_equal(every["mag"], every["mag --clean"])


def test_evaluate_refuses_before_any_render_and_writes_into_a_folder_only_when_forced(
        tmp_path, tone_clip):
    from dbn.errors import FormatError
    Network([4096, 4, 735], seed=0).save(tmp_path / "b.pkl")
    brain = [str(tmp_path / "b.pkl")]
    with pytest.raises(ParameterError, match="^--seeds must be at least 1, got 0$"):
        evaluate([tone_clip], brain, str(tmp_path / "r"), seeds=0)
    Network([100, 4, 735], seed=0).save(tmp_path / "small.pkl")
    with pytest.raises(FormatError, match="brain takes 100 inputs, expected 4096"):
        evaluate([tone_clip], [str(tmp_path / "small.pkl")], str(tmp_path / "r"))
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "mine.txt").write_text("keep")
    with pytest.raises(ParameterError, match="use --force"):
        evaluate([tone_clip], brain, str(tmp_path / "r"))
    assert os.listdir(tmp_path / "r") == ["mine.txt"]
    Network([4096, 4, 80], seed=0).save(tmp_path / "m.pkl")
    evaluate([tone_clip], [str(tmp_path / "m.pkl")], str(tmp_path / "r"), force=True)
    assert (tmp_path / "r" / "mine.txt").exists()
    written = json.loads((tmp_path / "r" / "metrics.json").read_text())["metrics"]
    # one brain and no all_modes: every mode, with and without --clean
    assert [k for k in written if not k.startswith(("baseline", "oracle"))] == [
        "mag", "mag --clean", "mag-griffinlim", "mag-griffinlim --clean", "real audio"]


def test_evaluate_reads_the_video_and_audio_streams_it_is_told(tmp_path):
    # the committed file's stream 2 is 30 flat gray frames at 30 fps; stream 3 an 880 Hz tone
    from conftest import DATA
    Network([4096, 4, 735], seed=0).save(tmp_path / "b.pkl")
    report = Lines()
    evaluate([f"{DATA}/two-streams.mkv"], [str(tmp_path / "b.pkl")], str(tmp_path / "r"),
             all_modes=False, video_stream=2, audio_stream=3, report=report)
    written = json.loads((tmp_path / "r" / "metrics.json").read_text())
    info = written["info"]
    assert (info["fps"], info["frames"], info["seed"]) == (30.0, 30, 0)  # seed 0 by default
    assert any("video stream 2 (ffv1, 30.000 fps)" in line for line in report.lines)
    assert [k for k in written["metrics"] if not k.startswith(("baseline", "oracle"))] == [
        "raw", "real audio"]  # one brain, all_modes=False: its own mode only
    real = read_audio(str(tmp_path / "r" / "sounds" / "clip0-0.ogg"), 22050).astype(float)
    assert abs(np.argmax(np.abs(np.fft.rfft(real))) * 22050 / len(real) - 880) < 5


def test_a_render_at_another_rate_is_resampled_to_735_samples_a_frame(rng):
    # a mel brain paired one row per frame of a 29.97 fps video plays 735.7 samples a
    # frame at 22050 Hz: frame time takes them to 735
    import librosa
    from dbn.evaluate import _render
    from dbn.rendering import make_plan, render_plan, batches_of
    net = Network([4096, 4, 80], seed=0)
    net.meta.target = TargetRecord("mel", fps_correct=True, fps=[29.97], peak=1.0)
    frames = rng.uniform(0, 1, (40, 4096)).astype(np.float32)
    plan = make_plan(net, "mag", video_fps=29.97, seed=0, clean=False,
                     source=lambda: batches_of(frames))
    assert plan.per_frame == pytest.approx(22050 / 29.97)
    y = librosa.resample(np.asarray(render_plan(net, frames, plan), np.float64),
                         orig_sr=22050 / 29.97, target_sr=735)
    got = _render(net, frames, "mag", 29.97, seed=0, clean=False)
    assert got.shape == (40 * 735,)
    n = min(len(y), len(got))
    np.testing.assert_allclose(got[:n], y[:n], atol=1e-9)
