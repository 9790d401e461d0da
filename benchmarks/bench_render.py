"""Rendering speed through 4096-1000-1000-1000-735, end to end, against bare decoding.

Prints, measured in this run on the bundled clip and on a generated
2-minute 640x360 clip: frames/s of `dbn render` (decode, predict, write
the wav) and its ratio to a bare OpenCV read + gray + resize loop (target
>= 0.8) for raw, windowed and ola; raw + mux; and the granular stage's
speed as a multiple of real time (target >= 20x).
"""
import os
import tempfile
import time

from common import CLIP, bare_decode, best_of, long_clip

from dbn import Network
from dbn.media import mux
from dbn.rendering.video import granular_file, render_video


def main(path, net):
    n = bare_decode(path)
    floor = best_of(lambda: bare_decode(path))
    print(f"{os.path.basename(path)}: {n} frames, bare decode {n / floor:.0f} frames/s")
    with tempfile.TemporaryDirectory() as out:
        wav = os.path.join(out, "out.wav")
        for mode in ("raw", "windowed", "ola"):
            t = best_of(lambda: render_video(path, net, mode, wav, seed=0),
                        repeat=2)
            print(f"  {mode:>8}: {n / t:6.0f} frames/s, ratio {floor / t:.2f} (target >= 0.8)")
        render_video(path, net, "raw", wav)
        t = best_of(lambda: (render_video(path, net, "raw", wav),
                             mux(path, wav, os.path.join(out, "o.mkv"))), repeat=2)
        print(f"  raw+mux : {n / t:6.0f} frames/s, ratio {floor / t:.2f}")
        t0 = time.perf_counter()
        granular_file(wav, os.path.join(out, "output.wav"), seed=0)
        spent = time.perf_counter() - t0
        seconds = n * 735 / 22050
        print(f"  granular: {seconds / spent:.0f}x real time (target >= 20x)")


if __name__ == "__main__":
    brain = Network([4096, 1000, 1000, 1000, 735], seed=0)
    main(CLIP, brain)
    main(long_clip(os.path.join(tempfile.gettempdir(), "dbn-bench-2min-640x360.mkv"), 120),
         brain)
