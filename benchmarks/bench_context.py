"""Training time of brains/context.toml on the eight GRID clips (goal: at most 15 minutes).

    python benchmarks/bench_context.py [GRID_FOLDER] [--device cpu|gpu]

GRID_FOLDER holds the eight grid_*.mpg clips (default ../shared/data/av).
Prints, measured in this run: the time to pickle the clips as the recipe
asks (decode, mel targets), the time to train the recipe on them, and the
ratio of the two (these machines are noisy: the ratio is the figure to
compare between machines), then the training time against the goal.
"""
import argparse
import glob
import os
import tempfile
import time

from common import ROOT

from dbn.pickling import pickle_videos
from dbn.recipes import job
from dbn.training import run_job

GOAL = 15 * 60


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("grid", nargs="?", default=os.path.join(ROOT, "..", "shared", "data",
                                                                "av"))
    parser.add_argument("--device", choices=("cpu", "gpu", "jax"), default="cpu")
    args = parser.parse_args()
    clips = sorted(glob.glob(os.path.join(args.grid, "grid_*.mpg")))
    if len(clips) != 8:  # they come with the project's shared data, not with a clone
        print(f"bench_context: skipped, the eight GRID clips are not in {args.grid}")
        return
    recipe = job("context")
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        pickle_videos(clips, variant=recipe.data.variant, fps_correct=recipe.data.fps_correct,
                      out_dir=out)
        pickled = time.perf_counter() - t0
        t0 = time.perf_counter()
        run_job(job("context", flags={"train": {"device": args.device}},
                    frames=os.path.join(out, "frames.pkl"),
                    targets=os.path.join(out, recipe.targets),
                    output=os.path.join(out, "context.pkl")))
        trained = time.perf_counter() - t0
    print(f"context recipe on 8 GRID clips ({args.device}): pickling {pickled:.1f} s, "
          f"training {trained:.1f} s = {trained / pickled:.1f} x pickling; "
          f"{trained / GOAL:.2f} of the 15-minute goal")


if __name__ == "__main__":
    main()
