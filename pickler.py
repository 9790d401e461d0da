#!/usr/bin/env python3
"""2015's step one: python pickler.py [VIDEO] -> ./frames.pkl ./audio.pkl (default vtest.avi)."""
import sys

from dbn.cli import main

if __name__ == "__main__":
    args = sys.argv[1:]
    video = args.pop(0) if args and not args[0].startswith("-") else "vtest.avi"
    sys.exit(main(["pickle", video, *args]))
