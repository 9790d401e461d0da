#!/usr/bin/env python3
"""2015's step two: python theanet.py [dbn train flags] -> theanet.py.net.pkl + theanet.py.exp.pkl.

With no --recipe it trains the final 2015 script's network (brains/theanet.toml:
4096-1000-1000-1000-735, NAG lr 1e-4, batch 10, pairs shuffled, brain-<time>
every 100 epochs) after greedy RBM pretraining; --pretrain none is exactly 2015.
"""
import os
import sys

from dbn.cli import main

if __name__ == "__main__":
    args = sys.argv[1:]
    if "--recipe" not in args:
        here = os.path.dirname(os.path.abspath(__file__))
        args = ["--recipe", os.path.join(here, "brains", "theanet.toml"), *args]
    if "-o" not in args and "--output" not in args:
        args += ["-o", "theanet.py.net.pkl", "--copy", "theanet.py.exp.pkl"]
    sys.exit(main(["train", *args]))
