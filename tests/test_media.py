"""Media I/O against independent decoders: OpenCV for frames, PyAV for counts and muxing."""
import os
import subprocess
import sys

import av
import cv2
import numpy as np
import pytest
import soundfile as sf

from conftest import CLIP, ROOT, make_empty_video
from dbn.errors import MediaError, MediaWarning
from dbn.features import read_frames
from dbn.media import mux, read_audio, read_wav, video_fps, write_wav, write_wav_stream


def test_frames_bit_identical_to_independent_cv2():
    frames, fps = read_frames(CLIP)
    cap = cv2.VideoCapture(CLIP)
    expect = []
    while True:
        ok, img = cap.read()
        if not ok:
            break
        g = cv2.resize(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), (64, 64))
        expect.append(g.reshape(-1).astype(np.float32) / 255)
    assert frames.dtype == np.float32 and np.array_equal(frames, np.array(expect))
    with av.open(CLIP) as c:
        assert len(frames) == sum(1 for _ in c.decode(video=0)) == 75
    assert fps == 25.0


def test_tone_clip_audio(tone_clip):
    s = read_audio(tone_clip, 22050)
    assert s.dtype == np.int16 and abs(len(s) - 22050) <= 64
    spectrum = np.abs(np.fft.rfft(s.astype(np.float64)))
    peak_hz = np.argmax(spectrum) * 22050 / len(s)
    assert abs(peak_hz - 440) < 3
    from dbn.features import pcm_rows
    assert len(pcm_rows(s)) == int(np.ceil(len(s) / 735))


def test_fps_of_generated_clip(tone_clip):
    assert video_fps(tone_clip) == 30.0


def test_no_audio_stream(silent_video):
    with pytest.raises(MediaError, match="has no audio stream$"):
        read_audio(silent_video)


def test_not_a_video(tmp_path):
    (tmp_path / "x.mp4").write_bytes(b"not a video at all" * 100)
    with pytest.raises(MediaError, match="not a readable video"):
        read_frames(tmp_path / "x.mp4")


def test_missing_file(tmp_path):
    with pytest.raises(MediaError, match="no such file"):
        read_frames(tmp_path / "nope.avi")


def test_zero_frame_video(tmp_path):
    path = str(tmp_path / "empty.avi")
    make_empty_video(path)
    with pytest.raises(MediaError, match="no video frames could be decoded"):
        read_frames(path)


def test_wav_round_trip(tmp_path, rng):
    x = rng.uniform(-0.9, 0.9, 1000)
    write_wav(tmp_path / "a.wav", x, 22050)
    back, rate = read_wav(tmp_path / "a.wav")
    assert rate == 22050 and sf.info(str(tmp_path / "a.wav")).subtype == "PCM_16"
    np.testing.assert_allclose(back, np.rint(x * 32767) / 32768, atol=1e-9)


def test_wav_stream_keeps_each_files_dtype(tmp_path):
    # 2015's writer scaled float32 data in single precision and float64 in double:
    # x = 0.52499467f gives 17202 from float32 and 17203 from float64
    x = np.float32(0.5249946713447571)
    paths = [str(tmp_path / "f32.wav"), str(tmp_path / "f64.wav")]
    blocks = [(np.full(3, x, np.float32), np.full(3, x, np.float64))] * 2
    assert write_wav_stream(paths, blocks, 22050) == [6, 6]
    assert sf.read(paths[0], dtype="int16")[0].tolist() == [17202] * 6
    assert sf.read(paths[1], dtype="int16")[0].tolist() == [17203] * 6


@pytest.mark.parametrize("seconds", [1.0, 5.0])
def test_mux_copies_video_packets_and_fits_audio(tmp_path, seconds):
    wav = tmp_path / "a.wav"
    write_wav(wav, np.sin(np.arange(int(22050 * seconds)) / 10) * 0.5, 22050)
    out = tmp_path / "out.mkv"
    mux(CLIP, wav, out)
    with av.open(CLIP) as a, av.open(str(out)) as b:
        src = [bytes(p) for p in a.demux(a.streams.video[0]) if p.size]
        dst = [bytes(p) for p in b.demux(b.streams.video[0]) if p.size]
        assert src == dst
        assert len(b.streams.audio) == 1 and b.streams.audio[0].codec_context.name == "pcm_s16le"
    with av.open(str(out)) as b:
        n = sum(f.samples for f in b.decode(audio=0))
    assert abs(n / 22050 - 3.0) <= 1 / 25


@pytest.mark.parametrize("writer,name", [("png", "still.mp4"), ("jpg", "photo.mkv")])
def test_a_still_image_is_not_a_video(tmp_path, rng, writer, name):
    import cv2
    cv2.imwrite(str(tmp_path / f"x.{writer}"), rng.integers(0, 255, (48, 64, 3), np.uint8))
    os.replace(tmp_path / f"x.{writer}", tmp_path / name)
    with pytest.raises(MediaError, match="is a still image"):
        video_fps(tmp_path / name)


def test_ffmpeg_stays_quiet_about_a_broken_file(tmp_path):
    # a truncated MP4: FFmpeg (inside OpenCV) would print "moov atom not found"
    from conftest import run_cli
    from dbn.synth import write_pluck
    write_pluck(str(tmp_path / "full.mp4"), seconds=1)
    (tmp_path / "cut.mp4").write_bytes((tmp_path / "full.mp4").read_bytes()[:2000])
    r = run_cli("pickle", "cut.mp4", cwd=tmp_path)
    assert r.returncode == 1 and r.stderr.strip().splitlines() == [
        "dbn: error: cut.mp4: not a readable video (Invalid data found when processing input)"]
    cv2_only = subprocess.run([sys.executable, "-c", "import dbn.media, cv2; "
                               "cv2.VideoCapture('cut.mp4')"], cwd=tmp_path,
                              capture_output=True, text=True, env=dict(os.environ,
                                                                       PYTHONPATH=ROOT))
    assert "moov" not in cv2_only.stderr


def make_two_stream_clip(path):
    """Video streams 0 (25 fps gradient) and 2 (30 fps flat gray i * 8 at frame i),
    audio streams 1 (440 Hz) and 3 (880 Hz)."""
    with av.open(path, "w", format="matroska") as out:
        v0 = out.add_stream("ffv1", rate=25)
        a0 = out.add_stream("pcm_s16le", rate=22050, layout="mono")
        v1 = out.add_stream("ffv1", rate=30)
        a1 = out.add_stream("pcm_s16le", rate=22050, layout="mono")
        for v, w in ((v0, 64), (v1, 32)):
            v.width, v.height, v.pix_fmt = w, w, "yuv420p"
        for i in range(25):
            img = np.repeat(np.linspace(0, 255, 64, dtype=np.uint8)[None, :, None], 64, 0)
            frame = av.VideoFrame.from_ndarray(np.repeat(img, 3, 2), format="rgb24")
            frame.pts = i
            out.mux(v0.encode(frame))
        for i in range(30):
            frame = av.VideoFrame.from_ndarray(np.full((32, 32, 3), i * 8, np.uint8),
                                               format="rgb24")
            frame.pts = i
            out.mux(v1.encode(frame))
        for v in (v0, v1):
            out.mux(v.encode(None))
        t = np.arange(22050) / 22050
        for a, f in ((a0, 440), (a1, 880)):
            s = (10000 * np.sin(2 * np.pi * f * t)).astype(np.int16)
            af = av.AudioFrame.from_ndarray(s[None], format="s16", layout="mono")
            af.sample_rate, af.pts = 22050, 0
            out.mux(a.encode(af))
            out.mux(a.encode(None))


def test_the_committed_two_stream_file_is_the_generated_one(tmp_path):
    from conftest import DATA
    make_two_stream_clip(str(tmp_path / "two.mkv"))
    for stream in (0, 2):
        np.testing.assert_array_equal(read_frames(str(tmp_path / "two.mkv"), stream=stream)[0],
                                      read_frames(f"{DATA}/two-streams.mkv", stream=stream)[0])


def test_choosing_streams_by_pyav_index(tmp_path):
    from dbn.media import streams_used
    path = str(tmp_path / "two.mkv")
    make_two_stream_clip(path)
    first, fps0 = read_frames(path)
    second, fps2 = read_frames(path, stream=2)
    assert (len(first), fps0, len(second), fps2) == (25, 25.0, 30, 30.0)
    for i, frame in enumerate(second):  # flat gray i * 8, through yuv420p and back
        assert np.abs(frame * 255 - i * 8).max() <= 2
    for stream, tone in ((None, 440), (1, 440), (3, 880)):
        x = read_audio(path, 22050, stream=stream).astype(np.float64)
        assert abs(np.argmax(np.abs(np.fft.rfft(x))) * 22050 / len(x) - tone) < 3
    assert streams_used(path, video_stream=2, audio_stream=3) == (
        "video stream 2 (ffv1, 30.000 fps) of streams 0, 2; "
        "audio stream 3 (pcm_s16le, 22050 Hz) of streams 1, 3")
    assert streams_used(CLIP) is None
    with pytest.raises(MediaError, match="stream 1 is not a video stream"):
        read_frames(path, stream=1)
    with pytest.raises(MediaError, match="stream 2 is not an audio stream"):
        read_audio(path, stream=2)
    write_wav(tmp_path / "a.wav", np.zeros(22050), 22050)
    mux(path, tmp_path / "a.wav", tmp_path / "o.mkv", stream=2)
    with av.open(path) as a, av.open(str(tmp_path / "o.mkv")) as b:
        src = [bytes(p) for p in a.demux(a.streams[2]) if p.size]
        assert src == [bytes(p) for p in b.demux(b.streams.video[0]) if p.size]


def test_damaged_media_is_decoded_past_the_damage_with_a_warning_each(tmp_path):
    # a GRID clip with 2000 random bytes changed: FFmpeg's decoders skip what they cannot
    # read; dbn pickle keeps the rest and says how much was lost, a line each on stdout
    from conftest import run_cli
    data = bytearray(open(os.path.join(ROOT, "dbn", "data", "grid_brbk7n.mpg"), "rb").read())
    rng = np.random.default_rng(5)
    for i in rng.integers(1000, len(data), 2000):
        data[i] = rng.integers(256)
    (tmp_path / "damaged.mpg").write_bytes(bytes(data))
    r = run_cli("pickle", str(tmp_path / "damaged.mpg"), "-o", str(tmp_path))
    assert r.returncode == 0 and r.stderr == "", r.stderr
    warned = [l for l in r.stdout.splitlines() if l.startswith("warning:")]
    video = [l for l in warned if "its video is damaged" in l]
    audio = [l for l in warned if "its audio is damaged" in l]
    assert len(warned) == 2 and len(video) == len(audio) == 1, r.stdout
    assert "3 of 75 frames could not be decoded" in video[0] and " s of it lost" in audio[0]
    clean = read_audio(os.path.join(ROOT, "dbn", "data", "grid_brbk7n.mpg"), 22050)
    with pytest.warns(MediaWarning, match="packets skipped"):
        damaged = read_audio(str(tmp_path / "damaged.mpg"), 22050)
    assert 0.5 * len(clean) < len(damaged) < len(clean)
