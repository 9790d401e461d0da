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
    # picture (16x16 pixels beside differences) puts the pitch where the disc is, with the
    # pitch as a number or as bins; one that sees only what moved cannot tell where a
    # still disc stands
    from dbn.metrics import pitch_scores
    from dbn.synth import write_theremin
    for seed, seconds in ((1, 24), (2, 8)):
        write_theremin(str(tmp_path / f"t{seed}.mkv"), seconds=seconds, seed=seed)
    for recipe in ("context", "context-bins"):
        (tmp_path / recipe).mkdir()
        r = run_cli("pickle", "--recipe", recipe, str(tmp_path / "t1.mkv"), "-o",
                    str(tmp_path / recipe))
        assert r.returncode == 0, r.stderr
    test, fps = read_frames(str(tmp_path / "t2.mkv"))
    real = read_audio(str(tmp_path / "t2.mkv"), 22050) / 32768.0
    errors = {}
    for rep, variant, width in (("sight16", "harmonic-noise", 42),
                                ("diff16", "harmonic-noise", 42),
                                ("sight16", "harmonic-bins", 138)):
        flags = {"network": {"layers": [512 if rep == "sight16" else 256, 128, width],
                             "context": 0, "context_input": rep},
                 "data": {"variant": variant, "fps_correct": True},
                 "train": {"optimizer": "adam", "learning_rate": 2e-3, "max_epochs": 60,
                           "shuffle_pairs": True, "seed": 0, "standardise": True,
                           "standardise_targets": True}}
        folder = tmp_path / ("context-bins" if variant == "harmonic-bins" else "context")
        net = run_job(job(None, flags=flags, frames=str(folder / "frames.pkl"),
                          targets=str(folder / f"{variant}.pkl"),
                          output=str(tmp_path / f"{rep}-{width}.pkl")))
        heard = render(net, test, "harmonic", fps=fps, seed=0)
        errors[rep, width] = pitch_scores(heard, real[:len(heard)])
    sight, motion, bins = errors["sight16", 42], errors["diff16", 42], errors["sight16", 138]
    # measured: sight 20 cents, 88% within 50 cents; as bins 0 cents (pyin's steps are
    # 10), 99%; motion alone 60 cents, 43%
    assert sight["pitch_error_cents"] < 35 and sight["pitch_within_50c"] > 0.75, errors
    assert bins["pitch_error_cents"] < 15 and bins["pitch_within_50c"] > 0.9, errors
    assert motion["pitch_error_cents"] > 1.5 * sight["pitch_error_cents"], errors
    assert motion["pitch_within_50c"] < sight["pitch_within_50c"] - 0.2, errors


# -- the pictures and the writer, against pictures drawn here pixel by pixel

def drawn(size, background, shapes):
    """A picture of ``size`` x ``size``: each shape a (test(y, x), value), last on top."""
    img = np.full((size, size), background, np.uint8)
    for y in range(size):
        for x in range(size):
            for inside, value in shapes:
                if inside(y, x):
                    img[y, x] = value
    return img


@pytest.mark.parametrize("height", [0.0, 30.5])
def test_the_pluck_picture_is_the_string_and_the_ball(height):
    from dbn.synth import _frame
    centre = 104 - 7 - height  # the ball rests on the string's top row, 104
    expect = drawn(128, 0, [(lambda y, x: y in (104, 105) and 8 <= x < 120, 200),
                            (lambda y, x: (y - centre) ** 2 + (x - 64) ** 2 <= 49, 255)])
    assert np.array_equal(_frame(height), expect)


@pytest.mark.parametrize("height", [0.0, 0.37, 1.0])
def test_the_theremin_picture_is_a_disc_at_its_height(height):
    from dbn.synth import _disc
    centre = 116 - height * 104  # 12 pixels from the bottom at 0, from the top at 1
    expect = drawn(128, 0, [(lambda y, x: (y - centre) ** 2 + (x - 64) ** 2 <= 100, 255)])
    yy, xx = np.mgrid[:128, :128]
    assert np.array_equal(_disc(yy, xx, height), expect)


@pytest.mark.parametrize("lit", [-1, 0, 3])
def test_the_lights_picture_is_four_lamps_one_lit(lit):
    from dbn.synth import _lamps
    lamps = [(lambda y, x, j=j: 52 <= y < 76 and 12 + 28 * j <= x < 32 + 28 * j,
              255 if j == lit else 70) for j in range(4)]
    assert np.array_equal(_lamps(lit), drawn(128, 30, lamps))


def test_the_ball_arcs_between_strikes_by_hand():
    times, heights = np.array([0.5, 1.5, 2.0]), np.array([10.0, 20.0, 30.0])
    t = [0.2, 1.0, 1.5, 1.75, 2.25, 2.6]
    # before the first strike it falls from the first apex (an arc from -0.5 to 0.5 s);
    # the last arc lasts as long as the one before it (0.5 s)
    expect = [4 * 10 * 0.7 * 0.3, 10.0, 0.0, 20.0, 30.0, 0.0]
    np.testing.assert_allclose(ball_heights(t, times, heights), expect, atol=1e-12)


class Scripted:
    """A random generator that returns the draws a test wrote down, and records their ranges."""

    def __init__(self, *draws):
        self.draws, self.ranges = list(draws), []

    def uniform(self, low, high, size=None):
        self.ranges.append((low, high))
        value = self.draws.pop(0)
        assert np.all((low <= np.asarray(value)) & (np.asarray(value) <= high))
        return value


def test_the_theremin_path_by_hand():
    from dbn.synth import theremin_path
    # knots every 1, 1, 1.5 s at levels 0, 1, .5, .5; the disc away from 1.0 to 1.5 s and
    # from 2.5 to 2.9 s; 3 s at 2 fps: frame centres 0.25, 0.75, ..., 2.75
    rng = Scripted(1.0, 1.0, 1.5, np.array([0.0, 1.0, 0.5, 0.5]), 1.0, 0.5, 1.0, 0.4, 1.0)
    height, present = theremin_path(3.0, rng, 2)
    np.testing.assert_allclose(height, [0.25, 0.75, 0.875, 0.625, 0.5, 0.5])
    assert present.tolist() == [True, True, False, True, True, False]
    assert rng.draws == []
    assert rng.ranges == [(0.5, 2.0)] * 3 + [(0, 1)] + [(1.0, 3.0), (0.3, 1.5), (1.0, 3.0),
                                                        (0.3, 1.5), (1.0, 3.0)]


def decoded(path):
    import av
    with av.open(path) as f:
        v = f.streams.video[0]
        fps = float(v.average_rate or v.guessed_rate)
        frames = [fr.to_ndarray(format="gray") for fr in f.decode(v)]
    with av.open(path) as f:
        a = f.streams.audio[0]
        rate = a.rate
        audio = np.concatenate([fr.to_ndarray().reshape(-1) for fr in f.decode(a)])
    return frames, fps, audio, rate


def test_the_writer_keeps_every_picture_and_sample_in_a_mkv(tmp_path):
    from dbn.synth import _write
    rng = np.random.default_rng(0)
    pictures = [rng.integers(0, 256, (128, 128), dtype=np.uint8) for _ in range(5)]
    audio = np.concatenate([rng.uniform(-1, 1, 3000), [1.5, -1.5]])
    _write(str(tmp_path / "w.mkv"), iter(pictures), audio, 12)
    frames, fps, pcm, rate = decoded(str(tmp_path / "w.mkv"))
    assert fps == 12 and rate == 22050 and len(frames) == 5
    # FFV1 is lossless; the gray pictures go through yuv420p's luma and back
    assert all(np.abs(a.astype(int) - b).max() <= 1 for a, b in zip(frames, pictures))
    assert np.array_equal(pcm, (np.clip(audio, -1, 1) * 32767).astype(np.int16))


def test_each_written_picture_is_its_frames_scene(tmp_path):
    from dbn.synth import _disc, _frame, _lamps, write_lights, write_theremin
    path = str(tmp_path / "p.mkv")
    times = write_pluck(path, seconds=2, seed=5)
    all_times, heights = pluck_strikes(2, np.random.default_rng(5))
    frames = decoded(path)[0]
    centres = (np.arange(50) + 0.5) / 25  # each picture shows its frame's middle
    assert np.array_equal(times, all_times[all_times < 2]) and len(frames) == 50
    for frame, h in zip(frames, ball_heights(centres, all_times, heights)):
        assert np.abs(frame.astype(int) - _frame(h)).max() <= 1
    height, present = write_theremin(path, seconds=1, seed=2)
    yy, xx = np.mgrid[:128, :128]
    for frame, h, p in zip(decoded(path)[0], height, present):
        assert np.abs(frame.astype(int) - (_disc(yy, xx, h) if p else 0)).max() <= 1
    lit = write_lights(path, seconds=1, seed=2)
    assert all(np.abs(frame.astype(int) - _lamps(j)).max() <= 1
               for frame, j in zip(decoded(path)[0], lit))


def test_the_writer_makes_a_nearly_lossless_h264_and_aac_mp4(tmp_path):
    import av
    from dbn.synth import _frame, _write
    pictures = [_frame(h) for h in (0.0, 20.0, 40.0, 60.0)] * 3
    audio = 0.5 * np.sin(2 * np.pi * 440 * np.arange(11025) / 22050)
    _write(str(tmp_path / "w.mp4"), iter(pictures), audio, 24)
    with av.open(str(tmp_path / "w.mp4")) as f:
        assert "mp4" in f.format.name
        assert [s.codec_context.name for s in f.streams] == ["h264", "aac"]
    frames, fps, pcm, rate = decoded(str(tmp_path / "w.mp4"))
    assert fps == 24 and rate == 22050 and len(frames) == 12
    # crf 10: a mean error of 0.023 levels on these pictures; x264's default (23): 0.072
    assert np.mean([np.abs(a.astype(int) - b).mean() for a, b in zip(frames, pictures)]) < 0.04
    assert pcm.dtype == np.float32 and np.abs(pcm).max() == pytest.approx(0.5, abs=0.05)


def test_the_scenes_play_at_their_rate_and_at_half_scale(tmp_path):
    from dbn.synth import write_lights, write_theremin
    path = str(tmp_path / "s.mkv")
    for write in (write_pluck, write_theremin, write_lights):
        write(path, seconds=1.5, seed=4, fps=20)
        frames, fps, pcm, rate = decoded(path)
        assert fps == 20 and len(frames) == 30
        assert 0.4 < np.abs(pcm).max() / 32767 <= 0.5 + 1e-4  # one tone at a time, at 0.5


def test_each_sample_plays_during_its_frame_up_to_the_last():
    from dbn.synth import _sample_frames
    k = _sample_frames(1.0, 25, 25)
    assert len(k) == 22050 and k[881] == 0 and k[882] == 1 and k[-1] == 24
    assert _sample_frames(1.1, 25, 25)[-1] == 24  # past the last frame: the last frame


def test_the_strikes_come_from_the_documented_ranges():
    rng = Scripted(0.5, 1.0, 2.0, np.array([30.0, 40.0, 50.0]))
    times, heights = pluck_strikes(3.0, rng)  # first strike 0.5 s, then gaps 1 and 2 s
    assert times.tolist() == [0.5, 1.5, 3.5] and heights.tolist() == [30.0, 40.0, 50.0]
    assert rng.ranges == [(0.2, 1.0), (0.6, 2.4), (0.6, 2.4), (20, 104 - 2 * 7 - 4)]


def test_before_the_first_strike_the_ball_is_never_below_the_string():
    # strikes at 1.0 and 1.6 s: the arc before the first starts at 0.4 s; earlier the
    # ball lies on the string
    h = ball_heights([0.0, 0.2, 0.7], np.array([1.0, 1.6]), np.array([10.0, 20.0]))
    np.testing.assert_allclose(h, [0.0, 0.0, 4 * 10 * 0.5 * 0.5])


def test_the_scenes_default_to_20_seconds_of_seed_0(tmp_path):
    from dbn.synth import lights_notes, theremin_path, write_lights, write_theremin
    path = str(tmp_path / "d.mkv")
    times, _ = pluck_strikes(20.0, np.random.default_rng(0))
    assert np.array_equal(write_pluck(path), times[times < 20.0])
    height, present = theremin_path(20.0, np.random.default_rng(0), 25)
    got = write_theremin(path)
    assert np.array_equal(got[0], height) and np.array_equal(got[1], present)
    assert np.array_equal(write_lights(path), lights_notes(20.0, np.random.default_rng(0), 25))
