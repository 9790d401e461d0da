#!/usr/bin/env python3
"""2015's step one: python pickler.py [VIDEO] [options] -> ./frames.pkl ./audio.pkl.

VIDEO defaults to vtest.avi, as in 2015.
"""
import sys

from dbn.cli import main_pickler

if __name__ == "__main__":
    sys.exit(main_pickler())
