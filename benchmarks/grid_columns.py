"""Which predicted columns hold a harmonic-noise brain back on unseen GRID speakers.

    python benchmarks/grid_columns.py [--recipe context] [--seeds 4] [--work DIR]

Run after `grid_seeds.py` with the same ``--work``, ``--recipe`` and at least
``--seeds`` training seeds: it scores the brains seed-0.pkl .. seed-{N-1}.pkl
there on the two unseen speakers as `grid_seeds.py` does (joined unrotated,
render seed 0), each time with one group of a brain's output columns
replaced by the true rows of those clips (`dbn pickle` of them with the
recipe, once per work folder). A group whose true values raise a figure most
is where a better brain must gain; "none" is the brains as they are, "all"
the true rows played through the same renderer. Not a speed benchmark.
"""
import argparse
import os
import sys
import warnings

import numpy as np

import grid_seeds
from dbn import load_brain
from dbn.datafile import read_array, read_dataset
from dbn.evaluate import load_clip

# harmonic-noise columns: voiced, pitch, 24 harmonic amplitudes, 16 noise bands
GROUPS = {
    "none": [], "voicing": [0], "pitch": [1], "harmonics": list(range(2, 26)),
    "harmonics 1-6": list(range(2, 8)), "noise bands": list(range(26, 42)),
    "noise bands 1-3 (0-624 Hz)": [26, 27, 28], "noise bands 4-16": list(range(29, 42)),
    "all": list(range(42)),
}


class TrueColumns:
    """A brain whose outputs in ``columns`` are the true rows, frame by frame.

    Parameters
    ----------
    net : dbn.network.Network
        a brain without sound context (its rows come in frame order).
    truth : np.ndarray [shape=(n, 42)]
        the clip's true target rows, unscaled.
    columns : list of int
    """

    def __init__(self, net, truth, columns):
        self.net, self.columns, self.done = net, columns, 0
        out = net.meta.output_scaling
        mean, scale = (0.0, 1.0) if not out else (np.asarray(out.mean), np.asarray(out.scale))
        self.truth = ((truth - mean) / scale).astype(net.dtype)

    def __getattr__(self, name):
        return getattr(self.net, name)

    def predict(self, x):
        y = np.array(self.net.predict(x))
        rows = self.truth[self.done:self.done + len(y)]
        y[:len(rows), self.columns] = rows[:, self.columns]
        self.done += len(y)
        return y


def true_rows(folder, recipe):
    """Each unseen clip's target rows, pickled with the recipe once per folder."""
    if not os.path.exists(os.path.join(folder, "dataset.json")):
        os.makedirs(folder, exist_ok=True)
        grid_seeds.dbn("pickle", "--recipe", recipe,
                       *map(grid_seeds.clip_path, grid_seeds.TEST), cwd=folder)
    info = read_dataset(folder)
    if info["variant"] != "harmonic-noise":
        sys.exit(f"grid_columns: the {recipe} recipe's target is {info['variant']}; the "
                 f"column groups are harmonic-noise's")
    rows = read_array(os.path.join(folder, info["files"][1]))
    return [rows[v["start"]:v["start"] + v["rows"]] for v in info["videos"]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipe", default="context")
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--work", default="grid-seeds")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    folder = os.path.abspath(os.path.join(args.work, args.recipe))
    truth = true_rows(os.path.join(folder, "unseen"), args.recipe)
    clips = [load_clip(grid_seeds.clip_path(c)) for c in grid_seeds.TEST]
    nets = [load_brain(os.path.join(folder, f"seed-{s}.pkl")) for s in range(args.seeds)]
    for name, columns in GROUPS.items():
        rows = [grid_seeds.scores([TrueColumns(net, t, columns) for t in truth], clips)
                for net in nets]
        mean, sd = np.mean(rows, axis=0), np.std(rows, axis=0)
        print(f"true {name}: envelope r {mean[0]:.3f} ± {sd[0]:.3f}, MR-STFT {mean[1]:.3f} "
              f"± {sd[1]:.3f}, ESTOI {mean[2]:.3f} ± {sd[2]:.3f}", flush=True)


if __name__ == "__main__":
    main()
