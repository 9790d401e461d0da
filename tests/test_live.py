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


@pytest.mark.parametrize("variant,width,mode", [("mel", 80, "mag"),
                                                ("harmonic-noise", 42, "harmonic"),
                                                ("harmonic-bins", 138, "harmonic")])
def test_a_context_brain_lives_in_its_mode_with_its_look_ahead(tmp_path, variant, width, mode):
    from dbn.context import Context
    context = Context("diff8", 3, width=width)
    net = Network([context.input_width(), 8, width], seed=0)
    if mode == "harmonic":  # a random brain's tone is thousands of times full scale, where
        net.layers[-1].W *= 0.3  # the last float bit of a sum is many steps: made quieter
        net.layers[-1].b *= 0.3
    net.meta = BrainRecord(context=context, target=TargetRecord(variant, fps_correct=True,
                                                                fps=[25.0]))
    net.save(tmp_path / "c.pkl")
    r = run_cli("live", "--brain", "c.pkl", "--source", CLIP, "--no-pace", "--out", "l.wav",
                "--seed", "1", cwd=tmp_path)
    assert r.returncode == 0 and f"mode {mode}" in r.stdout and \
        "look-ahead 3 frames (120 ms)" in r.stdout, r.stderr
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


# -- the sources, sinks and summaries in this process (mutation testing sees them here)

class FakeCapture:
    """cv2.VideoCapture of a camera that gives three frames at ``fps`` (0: says none)."""

    def __init__(self, index, fps=12.0):
        self.index, self.fps, self.left, self.released = index, fps, 3, False
        FakeCapture.last = self

    def isOpened(self):
        return True

    def get(self, prop):
        import cv2
        return self.fps if prop == cv2.CAP_PROP_FPS else -1

    def read(self):
        self.left -= 1
        return (self.left >= 0, np.full((48, 64, 3), self.left, np.uint8)
                if self.left >= 0 else None)

    def release(self):
        self.released = True


@pytest.mark.parametrize("fps,expect", [(12.0, 12.0), (0.0, 30.0)])
def test_a_camera_gives_its_frames_at_its_rate_or_30_and_is_released(monkeypatch, fps,
                                                                      expect):
    import cv2
    monkeypatch.setattr(cv2, "VideoCapture", lambda i: FakeCapture(i, fps))
    source = open_source("3")
    got = [None if f is None else int(f[0, 0, 0]) for _, f in source.frames(FakeClock())]
    assert FakeCapture.last.index == 3 and source.fps == expect
    # each frame played or counted lost (the grabber may overwrite one not yet taken)
    assert len(got) == 3 and got[-1] == 0 and FakeCapture.last.released


def test_a_url_opens_in_this_process_with_its_rate_and_chosen_stream(tmp_path):
    from dbn.errors import MediaError
    path = tmp_path / "c.mkv"
    make_clip(path, seconds=0.4, fps=20)
    source = open_source(f"file://{path}")
    assert isinstance(source, GrabbedSource) and source.fps == 20
    frames = [f for _, f in source.frames(FakeClock()) if f is not None]
    assert 1 <= len(frames) <= 8 and frames[0].shape == (48, 64, 3)
    with pytest.raises(MediaError, match="has no video stream"):
        open_source(f"file://{path}", stream=1)  # the clip's stream 1 is its audio
    with pytest.raises(MediaError) as e:
        open_source(f"file://{tmp_path}/none.mkv")
    assert str(e.value) == (f"file://{tmp_path}/none.mkv: cannot open the stream (No such "
                            "file or directory)")
    sf.write(tmp_path / "a.wav", np.zeros(800), 8000)
    with pytest.raises(MediaError, match="has no video stream"):
        open_source(f"file://{tmp_path}/a.wav")


@pytest.mark.parametrize("average,guessed,expect", [(12, 15, 12.0), (None, 15, 15.0),
                                                    (None, None, 30.0)])
def test_a_url_waits_10_s_and_takes_the_streams_rate_its_guess_or_30(monkeypatch, average,
                                                                     guessed, expect):
    import av
    import types
    opened = {}
    video = types.SimpleNamespace(type="video", average_rate=average, guessed_rate=guessed)

    def fake_open(url, **kw):
        opened.update(url=url, **kw)
        return types.SimpleNamespace(streams=types.SimpleNamespace(video=[video]),
                                     decode=lambda v: iter([]), close=lambda: None)
    monkeypatch.setattr(av, "open", fake_open)
    source = open_source("rtsp://camera.local/live")
    assert opened == {"url": "rtsp://camera.local/live", "timeout": 10}
    assert source.fps == expect and list(source.frames(FakeClock())) == []


def test_a_file_source_is_paced_as_asked_from_the_stream_asked(monkeypatch):
    seen = {}

    def fps(path, stream=None):
        seen["fps"] = (path, stream)
        return 25.0

    def frames(path, convert, stream=None):
        seen["frames"] = (path, stream)
        return iter([np.zeros((4, 4, 3), np.uint8)] * 3)
    monkeypatch.setattr(live, "video_fps", fps)
    monkeypatch.setattr(live, "decode_frames", frames)
    clock = FakeClock()
    source = open_source("v.mkv", pace=False, stream=2)
    assert len(list(source.frames(clock))) == 3 and clock.slept == 0
    assert seen == {"fps": ("v.mkv", 2), "frames": ("v.mkv", 2)}
    clock = FakeClock()
    assert len(list(open_source("v.mkv").frames(clock))) == 3
    assert clock.slept == pytest.approx(2 / 25)


def test_a_frame_exactly_one_period_late_plays_and_one_on_time_does_not_sleep(monkeypatch):
    class Steps(FakeClock):
        """A fake clock that records each sleep."""

        def __init__(self):
            super().__init__()
            self.sleeps = []

        def sleep(self, seconds):
            self.sleeps.append(seconds)
            super().sleep(seconds)

    monkeypatch.setattr(live, "video_fps", lambda path, stream=None: 4.0)
    clock = Steps()

    def frames(path, convert, stream=None):
        for cost in (0.0, 0.5, 0.0, 0.0):  # frame 1 is due at 0.25 and comes at 0.5
            clock.t += cost
            yield np.zeros((4, 4, 3), np.uint8)
    monkeypatch.setattr(live, "decode_frames", frames)
    got = [f is None for _, f in FileSource("v.mkv").frames(clock)]
    assert got == [False] * 4  # one whole period late is not more than one
    # frames 0-2 come on time or late: no sleep; frame 3 comes 0.25 s early
    assert clock.sleeps == [0.25]


def test_a_grabbing_thread_does_not_keep_the_program_alive():
    stop = threading.Event()
    source = GrabbedSource(lambda: None if stop.wait(5) else None, 7.5, lambda: None)
    assert source.fps == 7.5
    assert all(t.daemon for t in threading.enumerate() if t is not threading.main_thread()
               and "_grab" in getattr(t, "_target", lambda: 0).__qualname__)
    stop.set()


def test_the_summary_line_in_milliseconds():
    assert Stats(3, 1, [0.25, 0.5, 0.3]).summary() == (
        "3 frames in, 1 dropped; latency from a frame's arrival to its samples queued: "
        "mean 350.0 ms, worst 500.0 ms")
    assert Stats().summary().endswith("mean 0.0 ms, worst 0.0 ms")


class Buffer:
    def __init__(self, broken=False):
        import io
        self.buffer, self.broken = io.BytesIO(), broken
        self.buffer.flush = self.flush

    def flush(self):
        if self.broken:
            raise BrokenPipeError


def test_raw_pcm_goes_to_stdout_as_little_endian_16_bit(monkeypatch):
    from dbn.media import to_int16
    out = Buffer()
    monkeypatch.setattr(live.sys, "stdout", out)
    sink = live.open_sink("-", 22050)
    block = np.array([0.0, 0.5, -0.5, 1.0], np.float32)
    sink.write([np.zeros(2), np.ones(3), block])  # only the output (the last array)
    assert out.buffer.getvalue() == to_int16(block).astype("<i2").tobytes()
    monkeypatch.setattr(live.sys, "stdout", Buffer(broken=True))
    live.PipeSink().close()  # a closed pipe at the end is no error


class FakeStream:
    def __init__(self, **kw):
        self.kw, self.calls = kw, ["made"]
        FakeStream.last = self

    def start(self):
        self.calls.append("start")

    def write(self, data):
        self.calls.append(data)

    def stop(self):
        self.calls.append("stop")

    def close(self):
        self.calls.append("close")


@pytest.mark.parametrize("spec,device", [(None, None), ("3", 3), ("USB Audio", "USB Audio")])
def test_the_sound_device_gets_16_bit_mono_at_the_modes_rate(monkeypatch, spec, device):
    import types
    from dbn.media import to_int16
    monkeypatch.setitem(sys.modules, "sounddevice", types.SimpleNamespace(
        OutputStream=FakeStream))
    sink = live.open_sink(spec, 11025)
    assert FakeStream.last.kw == dict(samplerate=11025, channels=1, dtype="int16",
                                      device=device)
    block = np.array([0.25, -1.0], np.float32)
    sink.write([block])
    sink.close()
    made, start, data, stop, close = FakeStream.last.calls
    assert (made, start, stop, close) == ("made", "start", "stop", "close")
    assert np.array_equal(data, to_int16(block)[:, None])


def test_a_wav_name_in_any_case_is_a_file(tmp_path):
    from dbn.media import WavFiles
    for name in ("a.wav", "B.WAV"):
        sink = live.open_sink(str(tmp_path / name), 8000)
        assert isinstance(sink, WavFiles)
        sink.close(True)


@pytest.mark.parametrize("problem,says", [
    (ImportError("no module"), "sounddevice is not installed (pip install 'dbn[live]')"),
    (OSError("no library"), "the PortAudio library is not installed"),
])
def test_no_sound_library_is_said_in_one_line(monkeypatch, problem, says):
    import builtins
    from dbn.errors import MediaError
    real = builtins.__import__

    def importing(name, *args, **kw):
        if name == "sounddevice":
            raise problem
        return real(name, *args, **kw)
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(builtins, "__import__", importing)
    with pytest.raises(MediaError) as e:
        live.open_sink(None, 8000)
    assert str(e.value) == f"no sound output: {says}; play into a file with --out live.wav"


@pytest.mark.parametrize("spec,problem,named", [
    ("x", "No output device matching 'x'", "x"),
    (None, "Error querying device -1", "the default device")])
def test_a_device_portaudio_refuses_is_named(monkeypatch, spec, problem, named):
    import types
    from dbn.errors import MediaError

    def refuse(**kw):
        raise ValueError(problem)
    monkeypatch.setitem(sys.modules, "sounddevice", types.SimpleNamespace(OutputStream=refuse))
    with pytest.raises(MediaError) as e:
        live.open_sink(spec, 8000)
    assert str(e.value) == (f"no sound output on {named}: {problem}; play into a file with "
                            "--out live.wav")


@pytest.mark.parametrize("mode,width,instead", [("granular", 735, "raw, windowed, ola"),
                                                ("griffinlim", 2050, "stft-both"),
                                                ("mag-griffinlim", 80, "mag")])
def test_a_refused_mode_names_the_modes_this_brain_streams_in(mode, width, instead):
    from dbn.errors import ParameterError
    with pytest.raises(ParameterError) as e:
        live.check_live_mode(Network([4096, 4, width], seed=0), mode)
    assert str(e.value) == (f"mode {mode!r} needs the whole video before it sounds, so it "
                            f"cannot play live; this brain streams in {instead}")


def test_play_shows_a_live_bar_in_frames_and_says_when_interrupted(brain):
    from dbn.progress import Report

    class Seen(Report):
        def __init__(self):
            self.bars, self.lines = [], []

        def bar(self, iterable, **kw):
            self.bars.append(kw)
            return iterable

        def line(self, text):
            self.lines.append(text)

    class Interrupted:
        fps = 25.0

        def frames(self, clock):
            yield clock.now(), np.zeros((48, 64, 3), np.uint8)
            raise KeyboardInterrupt
    report = Seen()
    stats = play(brain, Interrupted(), Collect(), "raw", clock=FakeClock(), report=report)
    assert report.bars == [{"desc": "live", "unit": "frame"}]
    assert report.lines == ["interrupted"] and stats.frames == 1
