"""dbn synth pluck: a video whose right sound is known, and what context buys on it."""
import numpy as np
import pytest

from conftest import run_cli
from dbn import Network
from dbn.context import Context
from dbn.datafile import read_array, read_dataset
from dbn.features import read_frames
from dbn.media import read_audio
from dbn.rendering import render
from dbn.settings import TrainSettings
from dbn.synth import ball_heights, pluck_envelope, pluck_strikes, write_pluck
from dbn.training.run import fit, network_rows


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


def trained(frames, rows, videos, context, hidden):
    X, Y = network_rows(frames, rows, videos, context)
    mean, scale = X.mean(axis=0), np.maximum(X.std(axis=0), 1e-3)
    net = Network([X.shape[1], hidden, 80], seed=0)
    net.meta["preprocessing"] = {"context": context.record(),
                                 "scaling": {"mean": mean, "scale": scale}}
    net.meta["target"] = {"variant": "mel", "fps_correct": True, "fps": [25.0],
                          "peak": float(Y.max())}
    fit(net, (X - mean) / scale, Y, TrainSettings(
        optimizer="adam", learning_rate=1e-3, max_epochs=25, shuffle_pairs=True, seed=0,
        weight_l2=1e-3))
    return net


def test_context_hears_what_one_frame_cannot(tmp_path):
    # train on one seed's strikes, score on another's: a single-frame brain (2015's
    # input) against one that sees the last second of motion
    for seed in (1, 2):
        write_pluck(str(tmp_path / f"p{seed}.mkv"), seconds=30, seed=seed)
    r = run_cli("pickle", "--variant", "mel", "--fps-correct", str(tmp_path / "p1.mkv"),
                "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    frames, rows = read_array(tmp_path / "frames.pkl"), read_array(tmp_path / "mel.pkl")
    videos = read_dataset(str(tmp_path))["videos"]
    test, fps = read_frames(str(tmp_path / "p2.mkv"))
    real = frame_rms(read_audio(str(tmp_path / "p2.mkv"), 22050) / 32768.0, len(test), 882)
    scores = {}
    for name, context, hidden in (("single frame", Context(width=80), 32),
                                  ("context", Context("motion", 25, causal=True, width=80), 64)):
        net = trained(frames, rows, videos, context, hidden)
        heard = frame_rms(render(net, test, "mag", seed=0, fps=fps), len(test), 882)
        scores[name] = np.corrcoef(heard, real)[0, 1]
    assert scores["context"] > 0.5 and scores["context"] > scores["single frame"] + 0.2, scores
