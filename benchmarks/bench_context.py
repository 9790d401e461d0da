"""Training time of brains/context.toml on the eight GRID clips (goal: at most 15 minutes).

    python benchmarks/bench_context.py [GRID_FOLDER] [--device cpu|gpu|jax]

GRID_FOLDER holds the eight grid_*.mpg clips (default: the ones dbn ships,
dbn/data and dbn/data/grid). Prints, measured in this run: the time to
pickle the clips as the recipe asks (decode, harmonic-noise targets), then
the time `dbn train --recipe context` takes on them twice, each in a fresh
process: first with an empty PyTensor compile folder (a fresh machine's
first run, which compiles the C code of every graph), then again with that
folder filled (every later run); the ratio of each to the pickling (these
machines are noisy: the ratios are the figures to compare between
machines), the device line `dbn train` printed (its backend, cores and steps
per call), and the warm time against the goal.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time

from common import ROOT

from dbn.pickling import pickle_videos
from dbn.recipes import job

GOAL = 15 * 60
SHIPPED = (os.path.join(ROOT, "dbn", "data"), os.path.join(ROOT, "dbn", "data", "grid"))


def train(folder, device, compiledir):
    """Seconds `dbn train --recipe context` takes in a child, and its device line."""
    env = {**os.environ, "PYTHONPATH": ROOT, "PYTENSOR_FLAGS": f"compiledir={compiledir}"}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "dbn", "train", "--recipe", "context",
                           "--device", device, "-o", "context.pkl"], cwd=folder, env=env,
                          check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    lines = [line for line in (done.stdout + done.stderr).splitlines()
             if line.startswith("device ")]
    return seconds, lines[0] if lines else "(no device line)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("grid", nargs="*", default=SHIPPED)
    parser.add_argument("--device", choices=("cpu", "gpu", "jax"), default="cpu")
    args = parser.parse_args()
    clips = sorted(c for folder in args.grid for c in glob.glob(os.path.join(folder,
                                                                             "grid_*.mpg")))
    if len(clips) != 8:
        sys.exit(f"bench_context: expected the eight GRID clips in {' '.join(args.grid)}, "
                 f"found {len(clips)}")
    recipe = job("context")
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        pickle_videos(clips, variant=recipe.data.variant, fps_correct=recipe.data.fps_correct,
                      out_dir=out)
        pickled = time.perf_counter() - t0
        compiledir = os.path.join(out, "pytensor-compiledir")
        cold, device = train(out, args.device, compiledir)
        warm, _ = train(out, args.device, compiledir)
    print(f"context recipe on 8 GRID clips ({args.device}, {os.cpu_count()} CPUs): pickling "
          f"{pickled:.1f} s; training, empty compile folder {cold:.1f} s = "
          f"{cold / pickled:.1f} x pickling, warm {warm:.1f} s = {warm / pickled:.1f} x "
          f"pickling; {warm / GOAL:.2f} of the 15-minute goal\n  dbn train: {device}")


if __name__ == "__main__":
    main()
