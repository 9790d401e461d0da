"""Peak memory of `dbn train` on a large training set, against the frames file's size.

    python benchmarks/bench_memory.py [--frames 216000] [--folder DIR] [--recipe theanet]

Writes a generated set of that many frames (216,000: two hours at 30 fps,
3.5 GB of frames.pkl, with their 735-sample rows) with dbn's own streaming
writer, then runs `dbn train` on it in a child process (the recipe's
network, one epoch of 20 batches: the loading, the shuffle, validation over
every pair and the copy onto the device are what this measures) and prints
the child's peak resident memory as a ratio of the frames file (goal: at
most 1.5).
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

from common import ROOT

from dbn.datafile import write_rows

BLOCK = 2000


def generated(folder, n):
    """frames.pkl and audio.pkl of ``n`` random rows in ``folder``; their paths."""
    rng = np.random.default_rng(0)
    paths = [os.path.join(folder, f) for f in ("frames.pkl", "audio.pkl")]
    for path, width in zip(paths, (4096, 735)):
        write_rows(path, (rng.random((min(BLOCK, n - i), width), dtype=np.float32)
                          for i in range(0, n, BLOCK)), width=width)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=216_000)
    parser.add_argument("--folder", help="where the set is written (default: a temporary "
                                         "folder, removed after)")
    parser.add_argument("--recipe", default="theanet")
    parser.add_argument("--pretrain", default="none", choices=("none", "rbm"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        t = time.perf_counter()
        frames, audio = generated(folder, args.frames)
        size = os.path.getsize(frames)
        print(f"{args.frames} frames: frames.pkl {size / 2**30:.2f} GiB, audio.pkl "
              f"{os.path.getsize(audio) / 2**30:.2f} GiB, written in "
              f"{time.perf_counter() - t:.0f} s", flush=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "dbn", "train", "--recipe", args.recipe,
                        "--frames", frames, "--audio", audio,
                        "-o", os.path.join(folder, "brain.pkl"), "--max-epochs", "1",
                        "--train-batches", "20", "--save-every", "0",
                        "--pretrain", args.pretrain, "--pretrain-epochs", "1"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(f"dbn train --recipe {args.recipe} --pretrain {args.pretrain}: "
          f"{time.perf_counter() - t:.0f} s, peak resident memory {peak / 2**30:.2f} GiB = "
          f"{peak / size:.2f} x the frames file (goal <= 1.5)")


if __name__ == "__main__":
    main()
