"""A recipe on unseen GRID speakers, over many training seeds (not a speed benchmark).

    python benchmarks/grid_seeds.py [--recipe context] [--seeds 8] [--work DIR]
        [--train CLIP ...] [--test CLIP ...] [-- dbn train flags ...]

Pickles the six training speakers of `make quality` (or the ``--train`` clips)
with the recipe (once per work folder: give each set of clips its own), trains
one brain per training seed (0 .. seeds-1, the flags after ``--`` added to
``dbn train``), and scores each on the two unseen speakers (or the ``--test``
clips) joined unrotated, render seed 0, as `dbn evaluate` renders them: envelope r,
MR-STFT distance and ESTOI per seed, then their mean and sd. GRID's figures
move with the training seed more than three seeds can pin down; README.md
("How well does it work") quotes this script's runs. About 35 s a seed for
`context` on two cores.
"""
import argparse
import os
import subprocess
import sys
import warnings

import numpy as np

import common  # noqa: F401  (puts the repository on sys.path)
from dbn import load_brain
from dbn.evaluate import _render, load_clip
from dbn.metrics import envelope_correlation, intelligibility, multires_stft_distance

DATA = os.path.join(common.ROOT, "dbn", "data")
TRAIN = ("bbaf2n", "brbk7n", "lbax4n", "lbbc2a", "lwbsza", "pwij3p")  # benchmarks/quality.sh
TEST = ("sbia1a", "swiz3n")


def clip_path(name):
    """A shipped GRID clip: grid_brbk7n.mpg sits in dbn/data, the others in dbn/data/grid."""
    top = os.path.join(DATA, f"grid_{name}.mpg")
    return top if os.path.exists(top) else os.path.join(DATA, "grid", f"grid_{name}.mpg")


def dbn(*args, cwd):
    subprocess.run([sys.executable, "-m", "dbn", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": common.ROOT})


def scores(nets, clips):
    """(envelope r, MR-STFT, ESTOI) of the clips' renders joined in order.

    ``nets`` holds the brain that renders each clip (the same one for each, or,
    in `grid_columns.py`, one per clip).
    """
    x = np.concatenate([_render(net, c.frames, None, c.fps, seed=0, clean=False)
                        for net, c in zip(nets, clips)])
    ref = np.concatenate([c.audio.ravel() for c in clips])
    return (envelope_correlation(x, ref), multires_stft_distance(x, ref),
            intelligibility(x, ref)["estoi"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipe", default="context")
    parser.add_argument("--seeds", type=int, default=8)
    parser.add_argument("--work", default="grid-seeds")
    parser.add_argument("--train", nargs="+", metavar="CLIP", help="videos to train on "
                        "(default: the six training speakers of `make quality`)")
    parser.add_argument("--test", nargs="+", metavar="CLIP", help="videos to score on "
                        "(default: the two unseen speakers)")
    parser.add_argument("flags", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    folder = os.path.abspath(os.path.join(args.work, args.recipe))
    os.makedirs(folder, exist_ok=True)
    if not os.path.exists(os.path.join(folder, "dataset.json")):
        dbn("pickle", "--recipe", args.recipe,
            *map(os.path.abspath, args.train or map(clip_path, TRAIN)), cwd=folder)
    clips = [load_clip(c) for c in args.test or map(clip_path, TEST)]
    flags = [f for f in args.flags if f != "--"]
    rows = []
    for seed in range(args.seeds):
        brain = os.path.join(folder, f"seed-{seed}.pkl")
        dbn("train", "--recipe", args.recipe, "--seed", str(seed), "-o", brain, *flags,
            cwd=folder)
        rows.append(scores([load_brain(brain)] * len(clips), clips))
        print(f"seed {seed}: envelope r {rows[-1][0]:.3f}, MR-STFT {rows[-1][1]:.3f}, "
              f"ESTOI {rows[-1][2]:.3f}", flush=True)
    mean, sd = np.mean(rows, axis=0), np.std(rows, axis=0)
    print(f"{' '.join([args.recipe, *flags])}: {args.seeds} training seeds, envelope r "
          f"{mean[0]:.3f} ± {sd[0]:.3f}, MR-STFT {mean[1]:.3f} ± {sd[1]:.3f}, ESTOI "
          f"{mean[2]:.3f} ± {sd[2]:.3f}")


if __name__ == "__main__":
    main()
