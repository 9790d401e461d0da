#!/usr/bin/env python3
"""2015's step two: python theanet.py [options] -> theanet.py.net.pkl + theanet.py.exp.pkl.

With no --recipe it trains the final 2015 script's network (brains/theanet.toml:
4096-1000-1000-1000-735, NAG lr 1e-4, batch 10, pairs shuffled, brain-<time>
every 100 epochs) after greedy RBM pretraining; --pretrain none is exactly 2015.
"""
import sys

from dbn.cli import main_theanet

if __name__ == "__main__":
    sys.exit(main_theanet())
