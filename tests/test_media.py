"""Media I/O against independent decoders: OpenCV for frames, PyAV for counts and muxing."""
import av
import cv2
import numpy as np
import pytest
import soundfile as sf

from conftest import CLIP, make_empty_video
from dbn.errors import MediaError
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
    with pytest.raises(MediaError, match="no audio stream.*--frames-only"):
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
