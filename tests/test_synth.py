"""dbn synth pluck: a video whose right sound is known, and what context buys on it."""
import numpy as np
import pytest

from conftest import run_cli
from dbn.context import Context
from dbn.features import read_frames
from dbn.media import read_audio
from dbn.rendering import render
from dbn.recipes import job
from dbn.synth import ball_heights, pluck_envelope, pluck_strikes, write_pluck
from dbn.training import run_job


def frame_rms(audio, n, per_frame):
    return np.array([np.sqrt(np.mean(audio[int(i * per_frame):int((i + 1) * per_frame)] ** 2))
                     for i in range(n)])


def test_the_audio_is_the_known_envelope(tmp_path):
    path = str(tmp_path / "p.mkv")
    strikes = write_pluck(path, seconds=6, seed=3)
    times, _ = pluck_strikes(6, np.random.default_rng(3))
    assert np.array_equal(strikes, times[times < 6])
    frames, fps = read_frames(path)
    audio = read_audio(path, 22050) / 32768.0
    n = len(frames)
    # a tone under the envelope a(t) has a frame RMS of sqrt(mean a^2 / 2)
    env = pluck_envelope(np.arange(n * 882) / 22050, times)
    expect = np.sqrt((env.reshape(n, 882) ** 2).mean(axis=1) / 2)
    assert n == 150
    np.testing.assert_allclose(frame_rms(audio, n, 882), expect, atol=0.01)
    # a ring decays by 1/e in 0.3 s: 0.5 right after a lone strike, 0.5/e 0.3 s later
    assert pluck_envelope([times[0]], times)[0] == pytest.approx(0.5)
    assert pluck_envelope([times[0] + 0.3], times)[0] == pytest.approx(0.5 / np.e)


def test_one_frame_does_not_tell_the_loudness():
    # the ball passes each height twice per arc, rising (just struck: loud) and
    # falling (long since struck: faint): the same picture, different sounds
    times, heights = pluck_strikes(30, np.random.default_rng(0))
    gap = times[1] - times[0]
    up, down = times[0] + 0.2 * gap, times[0] + 0.8 * gap
    h = ball_heights([up, down], times, heights)
    assert h[0] == pytest.approx(h[1])
    env = pluck_envelope([up, down], times)
    assert env[0] > 2 * env[1]


def test_mp4_and_a_bad_length(tmp_path):
    r = run_cli("synth", "pluck", "-o", str(tmp_path / "p.mp4"), "--seconds", "2")
    assert r.returncode == 0 and "strikes" in r.stdout, r.stderr
    assert read_frames(str(tmp_path / "p.mp4"))[0].shape == (50, 4096)
    r = run_cli("synth", "pluck", "-o", str(tmp_path / "q.mp4"), "--seconds", "0")
    assert r.returncode == 1 and "--seconds" in r.stderr
    assert not (tmp_path / "q.mp4").exists()


def trained(folder, network, hidden, name):
    """A brain trained by `run_job` itself, as ``dbn train`` would, on folder's set."""
    layers = None if network.get("context") else [4096, hidden, 80]
    if layers is None:
        c = Context(network["context_input"], network["context"], network["causal"], width=80)
        layers = [c.input_width(), hidden, 80]
    flags = {"network": {**network, "layers": layers},
             "data": {"variant": "mel", "fps_correct": True},
             "train": {"optimizer": "adam", "learning_rate": 1e-3, "max_epochs": 25,
                       "shuffle_pairs": True, "seed": 0, "weight_l2": 1e-3,
                       "standardise": True}}
    return run_job(job(None, flags=flags, frames=str(folder / "frames.pkl"),
                       targets=str(folder / "mel.pkl"), output=str(folder / name)))


def test_context_hears_what_one_frame_cannot(tmp_path):
    # train on one seed's strikes, score on another's: a single-frame brain (2015's
    # input) against one that sees the last second of motion
    for seed in (1, 2):
        write_pluck(str(tmp_path / f"p{seed}.mkv"), seconds=30, seed=seed)
    r = run_cli("pickle", "--variant", "mel", "--fps-correct", str(tmp_path / "p1.mkv"),
                "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    test, fps = read_frames(str(tmp_path / "p2.mkv"))
    real = frame_rms(read_audio(str(tmp_path / "p2.mkv"), 22050) / 32768.0, len(test), 882)
    scores = {}
    for name, network, hidden in (("single frame", {}, 32),
                                  ("context", {"context_input": "motion", "context": 25,
                                               "causal": True}, 64)):
        net = trained(tmp_path, network, hidden, name.replace(" ", "-") + ".pkl")
        assert net.meta.target.fps == [25.0]
        heard = frame_rms(render(net, test, seed=0, fps=fps), len(test), 882)
        scores[name] = np.corrcoef(heard, real)[0, 1]
    assert scores["context"] > 0.5 and scores["context"] > scores["single frame"] + 0.2, scores


def cents(f, ref):
    return 1200 * np.abs(np.log2(np.asarray(f) / np.asarray(ref)))


def frame_pitch(audio, n, per_frame):
    """The pitch pyin hears at each frame's centre, Hz (nan where it hears none)."""
    import librosa
    f0, voiced, _ = librosa.pyin(audio, fmin=150, fmax=1000, sr=22050, frame_length=2048,
                                 hop_length=per_frame, center=True)
    centres = ((np.arange(n) + 0.5) * per_frame / per_frame).astype(int)
    return np.where(voiced[np.minimum(centres, len(f0) - 1)], f0[np.minimum(centres,
                                                                         len(f0) - 1)], np.nan)


def test_the_theremin_sounds_the_discs_height_while_it_is_there(tmp_path):
    from dbn.synth import theremin_path, theremin_pitch, write_theremin
    path = str(tmp_path / "t.mkv")
    height, present = write_theremin(path, seconds=8, seed=4)
    again = theremin_path(8, np.random.default_rng(4), 25)
    assert np.array_equal(again[0], height) and np.array_equal(again[1], present)
    frames, fps = read_frames(path)
    audio = read_audio(path, 22050) / 32768.0
    n = len(frames)
    assert n == 200 and 0.5 < present.mean() < 1
    # the picture: the disc's rows climb with its height; no disc when it is gone
    images = frames.reshape(n, 64, 64)
    lit = images > 0.5
    assert not lit[~present].any()
    rows = np.array([np.nonzero(img)[0].mean() for img in lit[present]])
    assert np.corrcoef(rows, height[present])[0, 1] < -0.99
    # the sound: silence while gone, the height's pitch (two octaves, 220-880 Hz) while there
    rms = frame_rms(audio, n, 882)
    steady = present & np.r_[present[1:], True] & np.r_[True, present[:-1]]
    assert (rms[~present & np.r_[~present[1:], True] & np.r_[True, ~present[:-1]]] < 0.01).all()
    assert (rms[steady] > 0.3).all()
    heard = frame_pitch(audio, n, 882)
    error = cents(heard[steady], theremin_pitch(height[steady]))
    # (pyin's pitch grid is 10 cents, and the tone glides within a frame)
    assert np.nanmedian(error) < 25 and np.mean(error < 50) > 0.9, np.nanmedian(error)
    assert theremin_pitch(0) == 220 and theremin_pitch(1) == 880


def test_the_lit_lamp_plays_its_note(tmp_path):
    from dbn.synth import LIGHT_NOTES, lights_notes, write_lights
    path = str(tmp_path / "l.mkv")
    lit = write_lights(path, seconds=8, seed=5)
    assert np.array_equal(lit, lights_notes(8, np.random.default_rng(5), 25))
    frames, _ = read_frames(path)
    audio = read_audio(path, 22050) / 32768.0
    n = len(frames)
    assert set(np.unique(lit)) <= {-1, 0, 1, 2, 3} and (lit == -1).any()
    # the picture: the brightest lamp is the lit one, none stands out when all are dark
    images = frames.reshape(n, 64, 64)
    lamps = np.array([[img[26:38, 6 + 14 * j:16 + 14 * j].mean() for j in range(4)]
                      for img in images])
    assert np.array_equal(np.where(lamps.max(1) > 0.6, lamps.argmax(1), -1), lit)
    steady = (lit == np.r_[lit[1:], lit[-1]]) & (lit == np.r_[lit[0], lit[:-1]])
    rms = frame_rms(audio, n, 882)
    assert (rms[steady & (lit < 0)] < 0.01).all() and (rms[steady & (lit >= 0)] > 0.3).all()
    heard = frame_pitch(audio, n, 882)
    sounding = steady & (lit >= 0)
    notes = np.array(LIGHT_NOTES)[lit[sounding]]
    assert np.nanmedian(cents(heard[sounding], notes)) < 25


def test_sight_places_the_pitch_where_motion_alone_cannot(tmp_path):
    # trained on one seed of the theremin, scored on another: a brain that sees the
    # picture (16x16 pixels beside differences) puts the pitch where the disc is; one that
    # sees only what moved cannot tell where a still disc stands
    from dbn.metrics import pitch_scores
    from dbn.synth import write_theremin
    for seed, seconds in ((1, 24), (2, 8)):
        write_theremin(str(tmp_path / f"t{seed}.mkv"), seconds=seconds, seed=seed)
    r = run_cli("pickle", "--recipe", "context", str(tmp_path / "t1.mkv"), "-o",
                str(tmp_path))
    assert r.returncode == 0, r.stderr
    test, fps = read_frames(str(tmp_path / "t2.mkv"))
    real = read_audio(str(tmp_path / "t2.mkv"), 22050) / 32768.0
    errors = {}
    for rep in ("sight16", "diff16"):
        flags = {"network": {"layers": [512 if rep == "sight16" else 256, 128, 42],
                             "context": 0, "context_input": rep},
                 "data": {"variant": "harmonic-noise", "fps_correct": True},
                 "train": {"optimizer": "adam", "learning_rate": 2e-3, "max_epochs": 60,
                           "shuffle_pairs": True, "seed": 0, "standardise": True,
                           "standardise_targets": True}}
        net = run_job(job(None, flags=flags, frames=str(tmp_path / "frames.pkl"),
                          targets=str(tmp_path / "harmonic-noise.pkl"),
                          output=str(tmp_path / f"{rep}.pkl")))
        heard = render(net, test, "harmonic", fps=fps, seed=0)
        errors[rep] = pitch_scores(heard, real[:len(heard)])
    sight, motion = errors["sight16"], errors["diff16"]
    # measured: sight 20 cents, 86% within 50 cents; motion alone 50 cents, 49%
    assert sight["pitch_error_cents"] < 35 and sight["pitch_within_50c"] > 0.75, errors
    assert motion["pitch_error_cents"] > 1.5 * sight["pitch_error_cents"], errors
    assert motion["pitch_within_50c"] < sight["pitch_within_50c"] - 0.2, errors
