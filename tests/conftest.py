"""Shared fixtures: a seeded rng, the bundled clip, small generated media."""
import os
import signal
import shutil
import subprocess
import sys

import av
import numpy as np
import pytest

from dbn.progress import Report

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
CLIP = os.path.join(ROOT, "dbn", "data", "grid_brbk7n.mpg")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def rng():
    return np.random.default_rng(20150804)


class Lines(Report):
    """A reporter that keeps the lines it is told."""

    def __init__(self):
        self.lines = []

    def line(self, text):
        self.lines.append(text)


def make_clip(path, *, seconds=1.0, fps=30, tone=440.0, audio=True, size=(64, 48),
              sample_rate=44100):
    """Encode a small video: a moving gradient, and a sine tone in stereo.

    Returns the number of video frames and audio samples written.
    """
    n_frames = int(round(seconds * fps))
    with av.open(path, "w", format="matroska") as out:
        v = out.add_stream("ffv1", rate=fps)
        v.width, v.height, v.pix_fmt = size[0], size[1], "yuv420p"
        if audio:
            a = out.add_stream("pcm_s16le", rate=sample_rate, layout="stereo")
        for i in range(n_frames):
            x = np.linspace(0, 255, size[0])[None, :, None] * np.ones((size[1], 1, 3))
            img = ((x + 8 * i) % 256).astype(np.uint8)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = i
            out.mux(v.encode(frame))
        out.mux(v.encode(None))
        if audio:
            t = np.arange(int(seconds * sample_rate)) / sample_rate
            s = (0.5 * 32767 * np.sin(2 * np.pi * tone * t)).astype(np.int16)
            for j in range(0, len(s), 1024):
                chunk = np.repeat(s[None, j:j + 1024], 2, axis=0).T.reshape(1, -1)
                af = av.AudioFrame.from_ndarray(np.ascontiguousarray(chunk), format="s16",
                                                layout="stereo")
                af.sample_rate, af.pts = sample_rate, j
                out.mux(a.encode(af))
            out.mux(a.encode(None))
    return n_frames


def make_empty_video(path):
    """An AVI whose video stream has a header and no frames."""
    with av.open(path, "w", format="avi") as out:
        v = out.add_stream("mpeg4", rate=30)
        v.width, v.height, v.pix_fmt = 32, 32, "yuv420p"
        out.start_encoding()


@pytest.fixture
def tone_clip(tmp_path):
    path = str(tmp_path / "tone.mkv")
    make_clip(path)
    return path


@pytest.fixture
def silent_video(tmp_path):
    path = str(tmp_path / "noaudio.mkv")
    make_clip(path, audio=False)
    return path


@pytest.fixture
def clip(tmp_path):
    path = str(tmp_path / "clip.mpg")
    shutil.copyfile(CLIP, path)
    return path


def child_env(**extra):
    """The environment of a child ``python -m dbn``: this checkout first on the path."""
    env = dict(os.environ, PYTHONPATH=ROOT, **extra)
    if env.get("MUTANT_UNDER_TEST") == "stats":  # make mutation: a child cannot record them
        del env["MUTANT_UNDER_TEST"]
    return env


def as_from_a_terminal():
    """A child's preexec_fn: Ctrl-C as a terminal delivers it, whatever the suite's parent
    set (a shell's background job starts with SIGINT ignored, and Python then installs no
    KeyboardInterrupt handler)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def one_line_error(r):
    """The one line a failed command printed (no traceback, nothing else)."""
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    return lines[0]


def run_cli(*args, cwd=None, env=None):
    """Run ``python -m dbn ARGS`` (or a repo script) and return the CompletedProcess."""
    full = child_env(**(env or {}))
    if args and args[0].endswith((".py", ".sh")):
        cmd = ([sys.executable] if args[0].endswith(".py") else []) + \
              [os.path.join(ROOT, args[0]), *args[1:]]
        if args[0].endswith(".sh"):
            full["PYTHON"] = sys.executable
    else:
        cmd = [sys.executable, "-m", "dbn", *args]
    return subprocess.run(cmd, cwd=cwd, env=full, capture_output=True, text=True)
