"""dbn live: pacing on a fake clock, dropping, the sinks, Ctrl-C, a URL, the refusals."""
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import numpy as np
import pytest
import soundfile as sf

from conftest import CLIP, as_from_a_terminal, child_env, make_clip, run_cli
from dbn import Network
from dbn.brain import BrainRecord, TargetRecord
from dbn import live
from dbn.live import FileSource, GrabbedSource, Stats, open_source
from dbn.rendering import make_plan


class FakeClock:
    """Time that passes only when told: sleeping, or a slow sink."""

    def __init__(self):
        self.t, self.slept = 100.0, 0.0

    def now(self):
        return self.t

    def sleep(self, seconds):
        self.t += seconds
        self.slept += seconds


class Collect:
    def __init__(self):
        self.blocks = []

    def write(self, blocks):
        self.blocks.append(np.asarray(blocks[-1]))


def play(net, source, sink, mode, **kw):
    """`dbn.live.play` with the plan `dbn live` makes for the mode at the source's rate."""
    return live.play(net, source, sink, make_plan(net, mode, video_fps=source.fps), **kw)


@pytest.fixture
def brain():
    return Network([4096, 8, 735], seed=0)


def test_a_file_plays_at_its_frame_rate(brain):
    clock, sink = FakeClock(), Collect()
    stats = play(brain, FileSource(CLIP), sink, "raw", clock=clock)
    assert stats.frames == 75 and stats.dropped == 0
    assert clock.slept == pytest.approx(74 / 25)  # the last frame is due at 74 / 25 s
    assert sum(map(len, sink.blocks)) == 75 * 735


class SlowBrain(Network):
    """A brain whose every prediction takes 0.1 s of the fake clock per frame."""

    def predict(self, X):
        self.clock.t += 0.1 * len(np.atleast_2d(X))
        return super().predict(X)


def test_falling_behind_drops_frames_and_keeps_time():
    # 0.1 s per frame is 2.5 frame periods at 25 fps: a frame more than a period late is
    # dropped and repeats the last output, so the sound keeps the picture's length
    clock = FakeClock()
    brain = SlowBrain([4096, 8, 735], seed=0)
    brain.clock = clock
    sink = Collect()
    stats = play(brain, FileSource(CLIP), sink, "raw", clock=clock)
    assert stats.frames == 75 and 30 < stats.dropped < 60, stats.dropped
    out = np.concatenate(sink.blocks)
    assert len(out) == 75 * 735
    repeated = [np.array_equal(a, b) for a, b in zip(sink.blocks, sink.blocks[1:])]
    assert sum(repeated) >= stats.dropped - 1


class TimedBrain(Network):
    """A brain that costs ``cost`` of the fake clock per live frame predicted, and
    ``spikes[k]`` instead on its k-th live prediction (warm-up calls, several frames at
    once, cost nothing)."""

    def predict(self, X):
        rows = len(np.atleast_2d(X))
        if rows == 1:
            self.calls = getattr(self, "calls", -1) + 1
            self.clock.t += self.spikes.get(self.calls, self.cost)
        elif not getattr(self, "warm", False):
            self.warm = True  # play()'s unheard warm-up batch
        else:
            self.clock.t += self.cost * rows
        return super().predict(X)


def timed(sizes, clock, cost, spikes=None, meta=None):
    brain = TimedBrain(sizes, seed=0)
    brain.clock, brain.cost, brain.spikes = clock, cost, spikes or {}
    brain.meta = meta or brain.meta
    return brain


def test_latency_is_measured_on_the_clock_from_each_frames_arrival():
    clock = FakeClock()
    stats = play(timed([4096, 8, 735], clock, 0.01), FileSource(CLIP), Collect(), "raw",
                 clock=clock)
    assert len(stats.latencies) == 75
    np.testing.assert_allclose(stats.latencies, 0.01, atol=1e-9)
    assert "mean 10.0 ms, worst 10.0 ms" in stats.summary()


def test_a_look_ahead_brain_waits_for_its_future_frames():
    # K = 2 centred: frame t sounds once frame t + 2 has arrived (2 periods of 40 ms) and
    # been predicted (10 ms); the last two come when the file ends, from its last frame
    from dbn.context import Context
    context = Context("diff8", 2, width=735)
    clock = FakeClock()
    brain = timed([context.input_width(), 8, 735], clock, 0.01,
                  meta=BrainRecord(context=context))
    stats = play(brain, FileSource(CLIP), Collect(), "raw", clock=clock)
    assert len(stats.latencies) == 75
    np.testing.assert_allclose(stats.latencies[:73], 0.09, atol=1e-9)
    np.testing.assert_allclose(stats.latencies[73:], [0.04 + 0.03, 0.03], atol=1e-9)


def test_a_frame_is_dropped_past_one_period_late_and_not_before():
    # the 6th frame costs 1.6 periods: the next is 0.6 of a period late and plays; the
    # 21st costs 2.5: the next is 1.5 periods late and is dropped, the one after plays
    period = 1 / 25
    clock = FakeClock()
    brain = timed([4096, 8, 735], clock, 0.1 * period, {5: 1.6 * period, 20: 2.5 * period})
    sink = Collect()
    stats = play(brain, FileSource(CLIP), sink, "raw", clock=clock)
    assert stats.frames == 75 and stats.dropped == 1
    assert np.array_equal(sink.blocks[21], sink.blocks[20])  # frame 21 repeats frame 20
    assert sum(np.array_equal(a, b) for a, b in zip(sink.blocks, sink.blocks[1:])) == 1


@pytest.mark.parametrize("mode,width", [("granular", 735), ("griffinlim", 1025),
                                        ("mag-griffinlim", 80)])
def test_every_mode_that_needs_the_whole_video_is_refused_for_that(mode, width):
    from dbn.errors import ParameterError
    from dbn.live import check_live_mode
    from dbn.rendering import MODES
    net = Network([4096, 4, width], seed=0)
    with pytest.raises(ParameterError, match="needs the whole video"):
        check_live_mode(net, mode)
    streaming = [m for m, rec in MODES.items() if width in rec.widths and rec.streams]
    for m in streaming:
        check_live_mode(net, m)
    assert set(streaming) | {mode} == {m for m, rec in MODES.items() if width in rec.widths}


def test_a_real_time_source_counts_the_frames_it_lost():
    frames = iter([np.full((48, 64, 3), i, np.uint8) for i in range(6)] + [None])
    gate = threading.Event()

    def read():
        frame = next(frames)
        if frame is not None and frame[0, 0, 0] == 3:
            gate.wait(5)  # frames 1, 2 arrive before the consumer takes frame 0's successor
        return frame

    source = GrabbedSource(read, 25.0, lambda: None)
    time.sleep(0.2)  # the grabber keeps only the newest of frames 0..2
    got = []
    for arrival, frame in source.frames(FakeClock()):
        got.append(None if frame is None else int(frame[0, 0, 0]))
        gate.set()
    assert got[:3] == [None, None, 2] and got[-1] == 5
    assert len(got) == 6  # each frame either played or counted as lost


def test_wav_equals_dbn_render(tmp_path, brain):
    brain.save(tmp_path / "b.pkl")
    r = run_cli("live", "--brain", "b.pkl", "--source", CLIP, "--no-pace", "--out", "l.wav",
                cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "75 frames in, 0 dropped" in r.stdout and "look-ahead 0 frames" in r.stdout
    assert run_cli("render", CLIP, "--brain", "b.pkl", "-o", "r.wav", cwd=tmp_path
                   ).returncode == 0
    live, rate = sf.read(tmp_path / "l.wav", dtype="int16")
    rendered = sf.read(tmp_path / "r.wav", dtype="int16")[0]
    assert rate == 22050 and len(live) == len(rendered)
    steps = np.abs(live.astype(np.int32) - rendered)
    assert np.minimum(steps, 65536 - steps).max() <= 1  # one frame at a time: BLAS order


def test_a_context_brain_lives_in_its_mode_with_its_look_ahead(tmp_path):
    from dbn.context import Context
    context = Context("diff8", 3, width=80)
    net = Network([context.input_width(), 8, 80], seed=0)
    net.meta = BrainRecord(context=context, target=TargetRecord("mel", fps_correct=True,
                                                                fps=[25.0]))
    net.save(tmp_path / "c.pkl")
    r = run_cli("live", "--brain", "c.pkl", "--source", CLIP, "--no-pace", "--out", "l.wav",
                "--seed", "1", cwd=tmp_path)
    assert r.returncode == 0 and "mode mag" in r.stdout and "look-ahead 3 frames (120 ms)" \
        in r.stdout, r.stderr
    run_cli("render", CLIP, "--brain", "c.pkl", "-o", "r.wav", "--seed", "1", cwd=tmp_path)
    live, rendered = (sf.read(tmp_path / f, dtype="int16")[0] for f in ("l.wav", "r.wav"))
    assert len(live) == len(rendered) == 75 * 882
    assert np.abs(live.astype(np.int32) - rendered).max() <= 1


def test_raw_pcm_on_stdout(tmp_path, brain):
    brain.save(tmp_path / "b.pkl")
    r = subprocess.run([sys.executable, "-m", "dbn", "live", "--brain", "b.pkl", "--source",
                        CLIP, "--no-pace", "--out", "-"], cwd=tmp_path, capture_output=True,
                       env=child_env())
    assert r.returncode == 0 and b"75 frames in" in r.stderr
    run_cli("render", CLIP, "--brain", "b.pkl", "-o", "r.wav", cwd=tmp_path)
    piped = np.frombuffer(r.stdout, "<i2")
    rendered = sf.read(tmp_path / "r.wav", dtype="int16")[0]
    assert len(piped) == len(rendered) and np.abs(piped.astype(np.int32) - rendered).max() <= 1


def test_ctrl_c_finalises_the_wav(tmp_path, brain):
    clip = str(tmp_path / "long.mkv")
    make_clip(clip, seconds=20, fps=25)
    brain.save(tmp_path / "b.pkl")
    proc = subprocess.Popen([sys.executable, "-m", "dbn", "live", "--brain", "b.pkl",
                             "--source", clip, "--out", "l.wav"], cwd=tmp_path, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=child_env(), preexec_fn=as_from_a_terminal)
    assert proc.stdout.readline().startswith("live:")
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "interrupted" in out and "frames in" in out and "wrote l.wav" in out
    audio, rate = sf.read(tmp_path / "l.wav", dtype="int16")
    assert rate == 22050 and 0 < len(audio) < 500 * 735 and len(audio) % 735 == 0
    assert [p for p in os.listdir(tmp_path) if ".dbn-" in p] == []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVER = """
import sys, time, av, numpy as np
with av.open(sys.argv[1], "w", format="mpegts") as out:
    v = out.add_stream("mpeg2video", rate=25)
    v.width, v.height, v.pix_fmt = 64, 48, "yuv420p"
    for i in range(40):
        img = np.full((48, 64, 3), (i * 6) % 256, np.uint8)
        frame = av.VideoFrame.from_ndarray(img, format="rgb24")
        frame.pts = i
        for packet in v.encode(frame):
            out.mux(packet)
        time.sleep(0.04)
    for packet in v.encode(None):
        out.mux(packet)
"""


def test_a_url_served_by_a_local_process(tmp_path, brain):
    url = f"tcp://127.0.0.1:{free_port()}"
    server = subprocess.Popen([sys.executable, "-c", SERVER, url + "?listen=1"],
                              env=child_env())
    brain.save(tmp_path / "b.pkl")
    for _ in range(50):  # until the server listens
        r = run_cli("live", "--brain", "b.pkl", "--source", url, "--out", "l.wav",
                    cwd=tmp_path)
        if "cannot open" not in r.stderr:
            break
        time.sleep(0.1)
    server.wait(timeout=30)
    assert r.returncode == 0, r.stderr
    frames = int(r.stdout.split(" frames in")[0].split()[-1])
    dropped = int(r.stdout.split(" dropped")[0].split()[-1])
    assert 30 <= frames <= 40  # a real-time source: the first frames may predate us
    audio = sf.read(tmp_path / "l.wav", dtype="int16")[0]
    # a frame lost before the first one played has no sound to repeat
    assert (frames - dropped) * 735 <= len(audio) <= frames * 735


def test_a_camera_where_there_is_one(tmp_path, brain):
    import cv2
    if not cv2.VideoCapture(0).isOpened():
        with pytest.raises(Exception, match="cannot open camera 0"):
            open_source("0")
        return
    source = open_source("0")
    clock = FakeClock()
    stats = Stats()
    for arrival, frame in source.frames(clock):
        stats.frames += 1
        if stats.frames == 5:
            break
    assert stats.frames == 5


@pytest.mark.parametrize("args,says", [
    (["--mode", "granular", "--out", "x.wav"], "cannot play live"),
    (["--mode", "mag-griffinlim", "--out", "x.wav"], "cannot render mode"),
    (["--source", "7", "--out", "x.wav"], "cannot open camera 7"),
    (["--source", "nope.mp4", "--out", "x.wav"], "nope.mp4: no such file"),
    (["--source", CLIP, "--out", "nodir/x.wav"], "cannot write in nodir"),
])
def test_refusals_are_one_line(tmp_path, brain, args, says):
    brain.save(tmp_path / "b.pkl")
    r = run_cli("live", "--brain", "b.pkl", *args, cwd=tmp_path)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1 and len(lines) == 1 and says in lines[0], r.stderr
    assert not (tmp_path / "x.wav").exists()


def has_sound_output():
    try:
        import sounddevice
        sounddevice.query_devices(kind="output")
        return True
    except Exception:  # not installed, no PortAudio, or no output device
        return False


@pytest.mark.skipif(has_sound_output(), reason="this machine has PortAudio and a device")
def test_without_a_sound_device_it_says_so_and_suggests_a_file(tmp_path, brain):
    brain.save(tmp_path / "b.pkl")
    r = run_cli("live", "--brain", "b.pkl", "--source", CLIP, cwd=tmp_path)
    line = r.stderr.strip()
    assert r.returncode == 1 and line.startswith("dbn: error: no sound output")
    assert "--out live.wav" in line and "\n" not in line
