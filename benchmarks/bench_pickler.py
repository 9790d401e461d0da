"""Pickler speed against bare decoding, and its peak memory against its output.

Prints ratios measured in this run:
- frames/s of `dbn pickle` (frames.pkl + audio.pkl, and frames.pkl +
  stft.pkl for the stft-mag variant) / frames/s of a bare OpenCV read +
  gray + resize loop over the same file (target >= 0.8);
- peak resident memory of a `dbn pickle` process on a generated 10-minute
  640x360 video / the size of the frames.pkl it writes (target < 2).
"""
import os
import resource
import subprocess
import sys
import tempfile

from common import CLIP, ROOT, bare_decode, best_of, long_clip

from dbn.pickling import pickle_videos


def speed(path, variant="raw"):
    with tempfile.TemporaryDirectory() as out:
        n = bare_decode(path)
        floor = best_of(lambda: bare_decode(path))
        ours = best_of(lambda: pickle_videos([path], variant=variant, out_dir=out))
    print(f"{os.path.basename(path)} ({variant}): {n} frames; bare decode "
          f"{n / floor:.0f} frames/s, pickler {n / ours:.0f} frames/s; ratio "
          f"{floor / ours:.2f} (target >= 0.8)", flush=True)


def memory(path):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "dbn", "pickle", path, "-o", out], check=True,
                       env=dict(os.environ, PYTHONPATH=ROOT), capture_output=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        size = os.path.getsize(os.path.join(out, "frames.pkl"))
    print(f"10-minute 640x360: frames.pkl {size / 2**20:.0f} MiB, peak RSS "
          f"{peak / 2**20:.0f} MiB; ratio {peak / size:.2f} (target < 2)")


if __name__ == "__main__":
    speed(CLIP)
    speed(CLIP, "stft-mag")
    cache = os.path.join(tempfile.gettempdir(), "dbn-bench-10min-640x360.mkv")
    print("encoding the 10-minute clip (once, cached in the temp folder)...", flush=True)
    long = long_clip(cache, 600)
    memory(long)  # first: a child's peak RSS counts the parent's pages at fork time
    speed(long)
    speed(long, "stft-mag")
