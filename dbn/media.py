"""Decoding and encoding media: video frames, audio, wav files, muxing.

- `decode_frames`: a video's frames as decoded, each converted at once.
- `decode_batches`: the same in batches, decoded on a second thread.
- `video_fps`: the video stream's real frame rate.
- `Video`: a video opened once: its streams, frame rate, frames and audio.
- `read_audio`: an audio stream as mono int16 at a chosen rate.
- `streams_used`: which streams a command takes, said when there was a choice.
- `read_wav` / `write_wav`: sound files (soundfile; 16-bit as 2015).
- `to_int16`: floats -> 16-bit PCM by 2015's writer's rule.
- `WavFiles`, `write_wav_stream`: wav files from streamed blocks (flat memory).
- `write_ogg`: samples -> Ogg Vorbis (the report page's players).
- `mux`: the video stream copied untouched into Matroska with new audio.

Frames come from OpenCV (as in 2015, for bit-identical pixels); audio,
frame rates and muxing from PyAV (ffmpeg inside the wheel, no subprocess).
What a frame becomes is the caller's ``convert`` function
(`dbn.features.frame_vector` for the network's input). Streams are
chosen by PyAV's index (``container.streams[N]``, ffmpeg's ``-map 0:N``);
the default is the first video and the first audio stream, as 2015 took.
OpenCV decodes the first video stream only, so another one is first
copied, packets untouched, into a temporary file that OpenCV then decodes:
the same decoder and conversion whichever stream is chosen.
"""
import contextlib
import functools
import os
import tempfile
import threading
import warnings
from queue import Empty, Queue

import av

# FFmpeg inside OpenCV prints its own complaints about a bad file; ours is one line
# (the command line's --debug turns them back on before the first file is opened)
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")
os.environ.setdefault("OPENCV_LOG_LEVEL", "OFF")  # its own warnings too (a missing camera)
import cv2  # noqa: E402
import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402

# OpenCV 5 reads OPENCV_LOG_LEVEL once, whoever imported it first: set it here as well
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)

from .atomic import atomic_path  # noqa: E402
from .errors import MediaError, MediaWarning  # noqa: E402
from .progress import SILENT  # noqa: E402

RATE = 22050  # Hz: the audio rate 2015's pickler asked avconv for (dbn.features.RATE)


def _check_file(path):
    path = os.fspath(path)
    if not os.path.exists(path):
        raise MediaError(f"{path}: no such file")
    if os.path.isdir(path):
        raise MediaError(f"{path}: is a folder, not a video")
    return path


def _open_av(path):
    try:
        return av.open(_check_file(path), metadata_errors="replace")  # tags need not be UTF-8
    except av.error.FFmpegError as e:
        raise MediaError(f"{path}: not a readable video ({e.strerror or e})") from None


def _stream(container, path, kind, index):
    """The stream of ``kind`` ("video" or "audio") at PyAV index ``index`` (None: the first)."""
    if kind == "video" and (container.format.name.endswith("_pipe")
                            or container.format.name == "image2"):
        raise MediaError(f"{path}: is a still image ({container.format.name.split('_')[0]}), "
                         "not a video")
    of_kind = getattr(container.streams, kind)
    if index is None:
        if not of_kind:
            raise MediaError(f"{path}: has no {kind} stream")
        return _decodable(of_kind[0], path, kind)
    if not 0 <= index < len(container.streams) or container.streams[index].type != kind:
        have = ", ".join(f"{s.index} ({s.type})" for s in container.streams)
        article = "an" if kind == "audio" else "a"
        raise MediaError(f"{path}: stream {index} is not {article} {kind} stream; it has "
                         f"{have}")
    return _decodable(container.streams[index], path, kind)


def _decodable(stream, path, kind):
    if stream.codec_context is None:  # a damaged header names no codec FFmpeg has
        raise MediaError(f"{path}: its {kind} stream {stream.index} has no codec to decode it")
    return stream


def _video_stream(container, path, index=None):
    return _stream(container, path, "video", index)


def streams_used(path, *, video_stream=None, audio_stream=None):
    """Which streams a command takes from ``path``, when the file offers a choice.

    Parameters
    ----------
    path : str or os.PathLike
    video_stream, audio_stream : int or None
        PyAV stream indices (None: the first of each kind).

    Returns
    -------
    text : str or None
        e.g. "video stream 3 (h264, 29.970 fps) of streams 0, 3; audio stream 1
        (aac, 8000 Hz) of streams 1, 4"; None when there is one of each.
    """
    with _open_av(path) as container:
        return _choice(container, path, video_stream, audio_stream)


def _choice(container, path, video_stream, audio_stream):
    parts = []
    for kind, index in (("video", video_stream), ("audio", audio_stream)):
        streams = getattr(container.streams, kind)
        if len(streams) > 1:
            s = _stream(container, path, kind, index)
            what = (f"{float(s.average_rate or s.guessed_rate or 0):.3f} fps"
                    if kind == "video" else f"{s.codec_context.sample_rate} Hz")
            parts.append(f"{kind} stream {s.index} ({s.codec_context.name}, {what}) of "
                         f"streams {', '.join(str(x.index) for x in streams)}")
    return "; ".join(parts) or None


def video_fps(path, *, stream=None):
    """The real frame rate of a video stream.

    Parameters
    ----------
    path : str or os.PathLike
    stream : int or None
        PyAV stream index (None: the first video stream).

    Returns
    -------
    fps : float > 0
    """
    with _open_av(path) as container:
        return _fps(_video_stream(container, path, stream), path)


def _fps(stream, path):
    rate = stream.average_rate or stream.guessed_rate or stream.base_rate
    if not rate:
        raise MediaError(f"{path}: the video stream has no frame rate")
    return float(rate)


class Video:
    """A video opened once: its chosen streams, its frame rate, its frames and audio.

    Parameters
    ----------
    path : str or os.PathLike
    video_stream, audio_stream : int or None
        PyAV stream indices (None: the first of each kind, as 2015 took).

    Attributes
    ----------
    path : str
    fps : float > 0
        the video stream's real frame rate.
    choice : str or None
        which streams are taken, when the file offers a choice (`streams_used`).

    Notes
    -----
    PyAV opens the file once, for its streams, rate and audio; OpenCV
    decodes the frames (2015's pixels), the only other pass over the file.
    Close it (or use ``with``) when done.
    """

    def __init__(self, path, *, video_stream=None, audio_stream=None):
        self.path = os.fspath(path)
        self.video_stream, self.audio_stream = video_stream, audio_stream
        self._container = _open_av(path)
        try:
            self.fps = _fps(_video_stream(self._container, path, video_stream), path)
            self.choice = _choice(self._container, path, video_stream, audio_stream)
        except BaseException:
            self._container.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._container.close()

    def batches(self, convert, *, size=256, report=SILENT):
        """The frames through ``convert``, in batches (see `decode_batches`)."""
        return decode_batches(self.path, convert, size=size, stream=self.video_stream,
                              report=report)

    def audio(self, rate=RATE):
        """The audio stream as mono int16 at ``rate`` (see `read_audio`); once per Video."""
        return _decode_audio(self._container, self.path, rate, self.audio_stream)


@contextlib.contextmanager
def opened(video, *, video_stream=None, audio_stream=None):
    """A `Video` for a path (closed afterwards), or the `Video` given (left open).

    Parameters
    ----------
    video : str, os.PathLike or Video
    video_stream, audio_stream : int or None
        for a path: the streams to take.

    Yields
    ------
    video : Video
    """
    if isinstance(video, Video):
        yield video
        return
    with Video(video, video_stream=video_stream, audio_stream=audio_stream) as v:
        yield v


def decode_frames(path, convert, *, stream=None, report=SILENT):
    """Yield each decoded frame of a video, converted as soon as it is decoded.

    Colour frames never pile up in memory: each is handed to ``convert``
    at once.

    Parameters
    ----------
    path : str or os.PathLike
    convert : callable
        np.ndarray [shape=(height, width, 3), dtype=uint8] (OpenCV's BGR) ->
        what to yield.
    stream : int or None
        PyAV stream index (None: the first video stream).
    report : dbn.progress.Report
        shows a bar counting frames.

    Yields
    ------
    x : whatever ``convert`` returns
    """
    path = _check_file(path)
    with _only_stream(path, stream) as source:
        yield from _decode(source, path, convert, report)


@contextlib.contextmanager
def _only_stream(path, index):
    """``path`` itself, or a temporary copy holding only video stream ``index``."""
    if index is None:  # OpenCV's own choice: the first video stream
        yield path
        return
    with _open_av(path) as src:
        vin = _video_stream(src, path, index)
        if vin is src.streams.video[0]:
            yield path
            return
        with tempfile.TemporaryDirectory() as folder:
            copy = os.path.join(folder, "stream.mkv")
            with av.open(copy, "w", format="matroska") as dst:
                vout = dst.add_stream_from_template(vin)
                for packet in src.demux(vin):
                    if packet.dts is not None:
                        packet.stream = vout
                        dst.mux(packet)
            yield copy


def _decode(source, path, convert, report):
    capture = cv2.VideoCapture(source)
    if not capture.isOpened():
        raise MediaError(f"{path}: not a readable video")
    total = int(capture.get(cv2.CAP_PROP_FRAME_COUNT)) or None

    def frames():
        while True:
            ok, bgr = capture.read()
            if not ok:
                return
            yield bgr

    n = 0
    for bgr in report.bar(frames(), desc="frames", unit="frame", total=total):
        n += 1
        yield convert(bgr)
    capture.release()
    if n == 0:
        raise MediaError(f"{path}: no video frames could be decoded")
    if total and n < total:  # the container counts more than FFmpeg could decode
        warnings.warn(f"{path}: its video is damaged: {total - n} of {total} frames could "
                      "not be decoded", MediaWarning, stacklevel=2)


def decode_batches(path, convert, *, size=256, stream=None, report=SILENT):
    """Yield the frames of `decode_frames` in batches, decoded on a second thread.

    OpenCV's decoder and numpy release the GIL, so decoding the next batch
    overlaps with whatever the caller does with this one (predicting,
    writing). At most four batches wait in between.

    Parameters
    ----------
    path : str or os.PathLike
    convert : callable
        one BGR frame -> np.ndarray [shape=(d,)].
    size : int > 0
        frames per batch (the last may be shorter).
    stream : int or None
        PyAV stream index (None: the first video stream).
    report : dbn.progress.Report

    Yields
    ------
    batch : np.ndarray [shape=(<= size, d)]
    """
    queue = Queue(maxsize=4)
    stop = threading.Event()

    def decode():
        try:
            batch = []
            for x in decode_frames(path, convert, stream=stream, report=report):
                batch.append(x)
                if len(batch) == size:
                    queue.put(np.stack(batch))
                    batch = []
                if stop.is_set():
                    return
            if batch:
                queue.put(np.stack(batch))
            queue.put(None)
        except BaseException as e:  # handed to the consumer, raised there
            queue.put(e)

    worker = threading.Thread(target=decode, daemon=True)
    worker.start()
    try:
        while (item := queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while worker.is_alive():
            with contextlib.suppress(Empty):
                queue.get(timeout=0.1)


def read_audio(path, rate=RATE, *, stream=None):
    """Decode an audio stream to mono 16-bit PCM.

    Parameters
    ----------
    path : str or os.PathLike
        a video or sound file.
    rate : int > 0
        output sample rate; 22050 Hz is 2015's.
    stream : int or None
        PyAV stream index (None: the first audio stream).

    Returns
    -------
    samples : np.ndarray [shape=(n_samples,), dtype=int16]
        resampled and down-mixed by PyAV (libswresample).
    """
    with _open_av(path) as container:
        return _decode_audio(container, path, rate, stream)


def _decode_audio(container, path, rate, index):
    stream = _stream(container, path, "audio", index)
    resampler = av.AudioResampler(format="s16", layout="mono", rate=int(rate))
    chunks, lost, seen, error = [], 0, 0, None
    try:
        for packet in container.demux(stream):
            seen += 1
            try:  # past a damaged packet, as FFmpeg's own tools go on
                frames = packet.decode()
            except av.error.InvalidDataError as e:
                lost, error = lost + 1, e
                continue
            for frame in frames:
                try:
                    chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
                except ValueError:  # its rate or layout changed mid-stream: a new resampler
                    chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
                    resampler = av.AudioResampler(format="s16", layout="mono", rate=int(rate))
                    chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
        chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    except av.error.FFmpegError as e:
        raise MediaError(f"{path}: cannot decode its audio ({e.strerror or e})") from None
    if lost and not chunks:
        raise MediaError(f"{path}: cannot decode its audio ({error.strerror or error})")
    samples = np.concatenate(chunks).astype(np.int16) if chunks else np.zeros(0, np.int16)
    short = (float(stream.duration * stream.time_base) - len(samples) / rate
             if stream.duration and stream.time_base else 0.0)
    if lost or short > 0.1:  # damage the decoder hid: less audio than the stream says
        warnings.warn(f"{path}: its audio is damaged: "
                      + (f"{lost} of {seen} packets skipped, " if lost else "")
                      + f"{max(short, 0):.2f} s of it lost", MediaWarning, stacklevel=2)
    return samples


@contextlib.contextmanager
def _c_stderr_silenced():
    """File descriptor 2 pointed at /dev/null while a C library decodes (this thread's
    work only: nothing of ours prints meanwhile)."""
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def read_wav(path):
    """Read a sound file as float64 samples in [-1, 1), mixed down to mono.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    samples : np.ndarray [shape=(n_samples,), dtype=float64]
        int16 files give s / 32768, as 2015 read them.
    rate : int > 0
    """
    try:
        with _c_stderr_silenced():  # libsndfile's mpg123 prints its complaints itself
            samples, rate = sf.read(_check_file(path), dtype="float64", always_2d=True)
    except sf.LibsndfileError as e:
        raise MediaError(f"{path}: not a readable sound file ({e})") from None
    return samples.mean(axis=1), rate


def to_int16(x, *, clean=False):
    """Floats to 16-bit PCM as 2015's wav writer (scikits.audiolab) did.

    Parameters
    ----------
    x : np.ndarray [shape=(n,), dtype=float32 or float64]
        samples, nominally in [-1, 1].
    clean : bool
        False (2015): libsndfile's conversion, ``lrintf(x * 32767.0f)`` in
        single precision for float32 data and ``lrint(x * 32767.0)`` in
        double for anything else, stored in int16 with no clipping, so
        values past +-1 wrap around modulo 2**16. True: the product in
        double, clipped to [-32768, 32767] instead.

    Returns
    -------
    pcm : np.ndarray [shape=(n,), dtype=int16]
    """
    x = np.asarray(x)
    kind = np.float32 if x.dtype == np.float32 and not clean else np.float64
    scaled = np.rint(x.astype(kind) * kind(32767)).astype(np.float64)
    scaled = np.nan_to_num(scaled, nan=0.0, posinf=2.0**62, neginf=-(2.0**62))
    if clean:
        return np.clip(scaled, -32768, 32767).astype(np.int16)
    wrapped = np.clip(scaled, -(2.0**62), 2.0**62).astype(np.int64)
    return wrapped.astype(np.int16)  # C cast: modulo 2**16


def write_wav(path, samples, rate, *, clean=False):
    """Write mono 16-bit PCM wav, atomically, by 2015's rule.

    Parameters
    ----------
    path : str or os.PathLike
    samples : np.ndarray [shape=(n,)]
        floats, nominally in [-1, 1].
    rate : int > 0
    clean : bool
        False: values past +-1 wrap around (2015); True: they are clipped.
        See `to_int16`.
    """
    pcm = to_int16(samples, clean=clean)
    with atomic_path(path) as tmp:
        sf.write(tmp, pcm, int(rate), subtype="PCM_16", format="WAV")


def write_ogg(path, samples, rate):
    """Write mono samples as Ogg Vorbis (PyAV), atomically: compact, for web players.

    Parameters
    ----------
    path : str or os.PathLike
    samples : np.ndarray [shape=(n,)]
        floats, clipped to [-1, 1].
    rate : int > 0
        kept as it is (Vorbis takes any rate).

    Notes
    -----
    FFmpeg's own Vorbis encoder (PyAV's wheels have no libvorbis) writes two
    channels only, so both carry the samples; browsers play it as mono.
    """
    x = np.clip(np.asarray(samples, np.float32), -1, 1)
    with atomic_path(path) as tmp, av.open(tmp, "w", format="ogg") as out:
        stream = out.add_stream("vorbis", rate=int(rate), layout="stereo",
                                options={"strict": "experimental"})
        for i in range(0, max(len(x), 1), 4096):
            block = np.ascontiguousarray(np.repeat(x[None, i:i + 4096], 2, axis=0))
            if not block.shape[1]:
                block = np.zeros((2, 1), np.float32)  # an empty clip still makes a file
            frame = av.AudioFrame.from_ndarray(block, format="fltp", layout="stereo")
            frame.sample_rate, frame.pts = int(rate), i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def mux(video, wav, out, *, stream=None):
    """Copy a video's video stream into Matroska with new audio.

    The video packets are copied untouched (as ``mencoder -ovc copy``);
    the original audio is dropped; the new audio is cut or zero-padded to
    the video's duration and stored as 16-bit PCM.

    Parameters
    ----------
    video : str or os.PathLike
    wav : str or os.PathLike
        any sound file soundfile reads; kept at its own rate.
    out : str or os.PathLike
        the .mkv to write (atomically).
    stream : int or None
        PyAV index of the video stream to copy (None: the first).
    """
    samples, rate = sf.read(_check_file(wav), dtype="int16", always_2d=True)
    samples = samples[:, 0]
    with _open_av(video) as src:
        vin = _video_stream(src, video, stream)
        packets = [p for p in src.demux(vin) if p.dts is not None]
        if not packets:
            raise MediaError(f"{video}: no video packets")
        end = max(p.pts + (p.duration or 0) for p in packets if p.pts is not None)
        start = min(p.pts for p in packets if p.pts is not None)
        seconds = float((end - start) * vin.time_base)
        n = int(round(seconds * rate))
        samples = np.pad(samples[:n], (0, max(0, n - len(samples))))
        with atomic_path(out) as tmp, av.open(tmp, "w", format="matroska") as dst:
            vout = dst.add_stream_from_template(vin)
            aout = dst.add_stream("pcm_s16le", rate=int(rate), layout="mono")
            for p in packets:
                p.stream = vout
                dst.mux(p)
            _mux_audio(dst, aout, samples, rate)


def _mux_audio(dst, stream, samples, rate):
    for i in range(0, len(samples), 4096):
        frame = av.AudioFrame.from_ndarray(samples[None, i:i + 4096], format="s16",
                                           layout="mono")
        frame.sample_rate = int(rate)
        frame.pts = i
        dst.mux(stream.encode(frame))
    dst.mux(stream.encode(None))


class WavFiles:
    """A sink of sample blocks into wav files, each put in place when it closes.

    Blocks wait in temporary files beside their wav, so memory stays flat
    and ``clean`` can peak-normalise; each wav then appears atomically (a
    failed or interrupted render leaves the old file as it was). Each file
    keeps the dtype of its first block, because 2015's writer scaled
    float32 and float64 data differently (`to_int16`).

    Parameters
    ----------
    paths : list of str
        one file per array of each block.
    rate : int > 0
    clean : bool
        False: 2015's wrap-around; True: peak-normalise (in float32, as dbn
        1.0 did), then clip.
    """

    def __init__(self, paths, rate, *, clean=False):
        self.paths, self.rate, self.clean = list(paths), int(rate), clean
        try:  # the blocks wait beside their wav, where the disk space is
            self._raws = [tempfile.TemporaryFile(dir=os.path.dirname(os.path.abspath(p)))
                          for p in self.paths]
        except OSError as e:
            raise MediaError(f"cannot write in {os.path.dirname(self.paths[0]) or '.'}: "
                             f"{e.strerror}") from None
        self.peaks = [0.0] * len(self.paths)
        self.counts = [0] * len(self.paths)
        self._dtypes = [None] * len(self.paths)

    def write(self, blocks):
        """Add one block: an array of float samples per file."""
        for k, samples in enumerate(blocks):
            samples = np.asarray(samples)
            self._dtypes[k] = self._dtypes[k] or (
                np.float32 if self.clean or samples.dtype == np.float32 else np.float64)
            samples = samples.astype(self._dtypes[k], copy=False)
            self._raws[k].write(samples.tobytes())
            self.peaks[k] = max(self.peaks[k], float(np.abs(samples).max(initial=0.0)))
            self.counts[k] += len(samples)

    def close(self, ok=True):
        """Write the wav files (``ok``), or leave the old ones as they were."""
        try:
            for raw, path, peak, dtype in zip(self._raws, self.paths, self.peaks, self._dtypes):
                if ok:
                    self._finish(raw, path, peak, dtype)
        finally:
            for raw in self._raws:
                raw.close()

    def _finish(self, raw, path, peak, dtype):
        gain = 1 / peak if self.clean and peak > 0 else 1.0
        raw.seek(0)
        with atomic_path(path) as tmp, sf.SoundFile(tmp, "w", self.rate, 1, "PCM_16",
                                                     format="WAV") as out:
            for chunk in iter(functools.partial(raw.read, 1 << 20), b""):
                samples = np.frombuffer(chunk, dtype or np.float32)
                out.write(to_int16(samples * gain, clean=self.clean))


def write_wav_stream(paths, blocks, rate, *, clean=False):
    """Write one or more wav files from a stream of sample blocks (see `WavFiles`).

    Parameters
    ----------
    paths : list of str
    blocks : iterable of tuple of np.ndarray [dtype=float32 or float64]
        one array of float samples per path, each block.
    rate : int > 0
    clean : bool

    Returns
    -------
    n_samples : list of int
        how many samples each file got.
    """
    sink, ok = WavFiles(paths, rate, clean=clean), False
    try:
        for block in blocks:
            sink.write(block)
        ok = True
    finally:
        sink.close(ok)
    return sink.counts
