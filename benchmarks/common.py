"""Shared helpers for the benchmarks: timing, a bare OpenCV decode loop, clips."""
import os
import sys
import time

import cv2
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))
CLIP = os.path.join(ROOT, "dbn", "data", "grid_brbk7n.mpg")


def best_of(fn, repeat=3):
    """The fastest of ``repeat`` runs of fn(), in seconds (noise only adds time)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bare_decode(path):
    """The floor: OpenCV read + gray + resize, nothing kept. Returns the frame count."""
    cap = cv2.VideoCapture(path)
    n = 0
    while True:
        ok, img = cap.read()
        if not ok:
            return n
        cv2.resize(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), (64, 64))
        n += 1


def long_clip(path, seconds, size=(640, 360), fps=30):
    """Encode a moving-pattern MPEG-4 clip with a tone, once (kept between runs)."""
    if os.path.exists(path):
        return path
    import av
    n = int(seconds * fps)
    with av.open(path + ".tmp.mkv", "w", format="matroska") as out:
        v = out.add_stream("mpeg4", rate=fps)
        v.width, v.height, v.pix_fmt = size[0], size[1], "yuv420p"
        a = out.add_stream("pcm_s16le", rate=22050, layout="mono")
        base = np.indices((size[1], size[0])).sum(0)
        for i in range(n):
            img = np.repeat(((base + 3 * i) % 256).astype(np.uint8)[:, :, None], 3, axis=2)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = i
            out.mux(v.encode(frame))
        out.mux(v.encode(None))
        t = np.arange(int(seconds * 22050))
        s = (8000 * np.sin(t / 7)).astype(np.int16)
        for j in range(0, len(s), 22050):
            af = av.AudioFrame.from_ndarray(s[None, j:j + 22050], format="s16",
                                                          layout="mono")
            af.sample_rate, af.pts = 22050, j
            out.mux(a.encode(af))
        out.mux(a.encode(None))
    os.replace(path + ".tmp.mkv", path)
    return path
