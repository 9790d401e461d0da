"""dbn live: a camera, a file or a stream in, its sound out, as the frames arrive.

- `open_source`: a camera index, a video file or a URL -> frames with their
  arrival times (a file is paced at its own frame rate unless told not to).
- `open_sink`: the sound device, a .wav file, or raw 16-bit PCM on stdout.
- `play`: frames through a brain and a streaming render plan into a sink,
  dropping frames when rendering falls behind; returns the statistics.
- `check_live_mode`: refuse a mode that needs the whole video.
- `Clock`: real time (tests pass a fake one).

Every frame goes through the pickler's preprocessing and through the brain
as it arrives; its samples come out of the mode's streaming renderer (the
same one `dbn render` uses), so a file played with ``--no-pace`` into a
wav gives the samples `dbn render` gives (within one 16-bit step, where
predicting one frame at a time sums in another order than in batches). A
dropped frame repeats the brain's previous output, so that the sound keeps
pace with the picture instead of drifting.
"""
import contextlib
import dataclasses
import sys
import threading
import time

import numpy as np

from .errors import MediaError, ParameterError
from .features import FPS, FRAME_SIZE, frame_vector
from .media import WavFiles, decode_frames, to_int16, video_fps
from .progress import SILENT
from .rendering import MODES, check_mode


class Clock:
    """Real time: ``now`` in seconds, ``sleep`` until later."""

    now = staticmethod(time.monotonic)
    sleep = staticmethod(time.sleep)


@dataclasses.dataclass
class Stats:
    """What `play` measured: frames in and dropped, latencies in seconds.

    ``latencies[t]`` is the time from frame t's arrival to the moment its last
    sample was queued.
    """

    frames: int = 0
    dropped: int = 0
    latencies: list = dataclasses.field(default_factory=list)

    def summary(self):
        """str: one line for the end of a run."""
        lat = np.array(self.latencies or [0.0]) * 1000
        return (f"{self.frames} frames in, {self.dropped} dropped; latency from a frame's "
                f"arrival to its samples queued: mean {lat.mean():.1f} ms, worst "
                f"{lat.max():.1f} ms")


class FileSource:
    """A video file's frames, paced at its frame rate (or as fast as they decode)."""

    def __init__(self, path, *, pace=True, stream=None):
        self.path, self.pace, self.stream = path, pace, stream
        self.fps = video_fps(path, stream=stream)

    def frames(self, clock):
        """Yield (arrival time, BGR frame or None for a frame dropped).

        A frame is dropped when it is more than one frame period late.

        Parameters
        ----------
        clock : Clock
        """
        start = clock.now()
        for i, bgr in enumerate(decode_frames(self.path, lambda x: x, stream=self.stream)):
            if self.pace:
                due = start + i / self.fps
                late = clock.now() - due
                if late > 1 / self.fps:  # a whole frame behind: skip it, keep the time
                    yield clock.now(), None
                    continue
                if late < 0:
                    clock.sleep(-late)
            yield clock.now(), bgr


class GrabbedSource:
    """A real-time source (camera, network stream): a thread keeps the newest frame.

    Parameters
    ----------
    read : callable
        () -> BGR frame, or None at the end of the stream.
    fps : float
    close : callable
    """

    def __init__(self, read, fps, close):
        self.fps = fps
        self._read, self._close = read, close
        self._frame, self._lost, self._done = None, 0, False
        self._ready = threading.Condition()
        threading.Thread(target=self._grab, daemon=True).start()

    def _grab(self):
        while True:
            frame = self._read()
            with self._ready:
                if frame is None:  # the end: the frame still waiting is played first
                    self._done = True
                else:
                    self._lost += self._frame is not None  # not taken: overwritten
                    self._frame = frame
                self._ready.notify()
            if frame is None:
                return

    def frames(self, clock):
        """Yield (arrival time, frame or None for each frame lost while rendering)."""
        try:
            while True:
                with self._ready:
                    while self._frame is None and not self._done:
                        self._ready.wait()
                    frame, lost, self._frame, self._lost = self._frame, self._lost, None, 0
                for _ in range(lost):
                    yield clock.now(), None
                if frame is None:
                    return
                yield clock.now(), frame
        finally:
            self._close()


def open_source(spec, *, pace=True, stream=None):
    """A camera index ("0"), a video file, or a URL FFmpeg opens (rtsp, http, udp, tcp).

    Parameters
    ----------
    spec : str
    pace : bool
        a file: play at its frame rate (False: as fast as it decodes).
    stream : int or None
        a file or URL: the PyAV index of the video stream.

    Returns
    -------
    source : FileSource or GrabbedSource
    """
    if spec.isdigit():
        import cv2
        capture = cv2.VideoCapture(int(spec))
        if not capture.isOpened():
            raise MediaError(f"cannot open camera {spec}")
        fps = capture.get(cv2.CAP_PROP_FPS) or FPS
        return GrabbedSource(lambda: capture.read()[1], fps, capture.release)
    if "://" in spec:
        return _url_source(spec, stream)
    return FileSource(spec, pace=pace, stream=stream)


def _url_source(url, stream):
    import av
    try:
        container = av.open(url, timeout=10)
    except av.error.FFmpegError as e:
        raise MediaError(f"{url}: cannot open the stream ({e.strerror or e})") from None
    video = (container.streams[stream] if stream is not None else
             next(iter(container.streams.video), None))
    if video is None or video.type != "video":
        container.close()
        raise MediaError(f"{url}: has no video stream")
    frames = container.decode(video)

    def read():
        try:
            return next(frames).to_ndarray(format="bgr24")
        except (StopIteration, av.error.FFmpegError):
            return None

    return GrabbedSource(read, float(video.average_rate or video.guessed_rate or FPS),
                         container.close)


class PipeSink:
    """Raw 16-bit little-endian mono PCM on stdout (for ffplay, aplay)."""

    def write(self, blocks):
        sys.stdout.buffer.write(to_int16(blocks[-1]).astype("<i2").tobytes())
        sys.stdout.buffer.flush()

    def close(self, ok=True):
        with contextlib.suppress(BrokenPipeError):
            sys.stdout.buffer.flush()


class DeviceSink:
    """The sound device, through PortAudio (the optional extra dbn[live])."""

    def __init__(self, device, rate):
        try:
            import sounddevice
        except (ImportError, OSError) as e:
            raise MediaError(f"no sound output: {_portaudio_problem(e)}; play into a file "
                             "with --out live.wav") from None
        try:
            self._out = sounddevice.OutputStream(
                samplerate=rate, channels=1, dtype="int16",
                device=int(device) if device and device.isdigit() else device)
            self._out.start()
        except Exception as e:  # PortAudio reports a missing device in its own way
            raise MediaError(f"no sound output on {device or 'the default device'}: {e}; "
                             "play into a file with --out live.wav") from None

    def write(self, blocks):
        self._out.write(to_int16(blocks[-1])[:, None])

    def close(self, ok=True):
        self._out.stop()
        self._out.close()


def _portaudio_problem(error):
    if isinstance(error, ImportError):
        return "sounddevice is not installed (pip install 'dbn[live]')"
    return "the PortAudio library is not installed"


def open_sink(spec, rate):
    """The default sound device (None), a device name or index, a .wav file, or "-".

    Parameters
    ----------
    spec : str or None
    rate : int
        the mode's output rate.

    Returns
    -------
    sink : dbn.media.WavFiles, PipeSink or DeviceSink
        ``write(blocks)`` (the output is the last array) and ``close(ok)``.
    """
    if spec == "-":
        return PipeSink()
    if spec and spec.lower().endswith(".wav"):
        return WavFiles([spec], rate)
    return DeviceSink(spec, rate)


def play(net, source, sink, plan, *, clock=Clock(), report=SILENT):
    """Play a source through a brain into a sink until the source ends (or Ctrl-C).

    Parameters
    ----------
    net : dbn.network.Network
    source : FileSource or GrabbedSource
    sink : object with ``write(blocks)``
    plan : dbn.rendering.Plan
        a mode that streams, planned at the source's frame rate.
    clock : Clock
    report : dbn.progress.Report

    Returns
    -------
    stats : Stats
        also on Ctrl-C, which ends the run (the caller closes the sink).
    """
    stats, arrivals = Stats(), []

    def batches():
        for arrival, bgr in source.frames(clock):
            stats.frames += 1
            arrivals.append(arrival)
            if bgr is None:
                stats.dropped += 1
                yield None  # the brain's previous output again: the sound keeps its time
            else:
                yield frame_vector(bgr)[None]

    # a few black frames first, unheard: imports, caches and first-call costs are paid
    # before the first real frame is due, not by it
    for _ in plan.blocks(net, [np.zeros((net.meta.context.window + 1, FRAME_SIZE),
                                        np.float32)]):
        pass
    written = 0
    try:
        for blocks in plan.blocks(net, report.bar(batches(), desc="live", unit="frame")):
            sink.write(blocks)
            written += len(blocks[-1])
            # each frame whose samples are now all queued: its latency counts from its
            # own arrival (a look-ahead brain queues frame t only after frame t + K)
            complete = min(int(written / plan.per_frame + 1e-9), len(arrivals))
            now = clock.now()
            stats.latencies += [now - a for a in arrivals[len(stats.latencies):complete]]
    except KeyboardInterrupt:
        report.line("interrupted")
    return stats


def check_live_mode(net, mode):
    """Raise ParameterError unless ``mode`` can render ``net`` as frames arrive."""
    m = check_mode(net, mode)
    if not m.streams:
        able = [name for name, other in MODES.items() if other.streams
                and net.sizes[-1] in other.widths]
        raise ParameterError(f"mode {mode!r} needs the whole video before it sounds, so it "
                             f"cannot play live; this brain streams in "
                             f"{', '.join(able) or 'no mode'}")
    return m
