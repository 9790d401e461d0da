"""The long fuzz campaign over every reader of a user's file (not a test).

    pip install '.[fuzz]'   # atheris
    python benchmarks/fuzz.py --minutes N [--reader NAME ...] [--out FOLDER]

Each reader (tests/fuzzing.py's READERS: brain pickles, data files, dataset.json,
recipes, sound files, videos) is fuzzed for its share of the minutes by atheris, a
coverage-guided fuzzer (libFuzzer for Python), starting from real files and mixing
atheris's own mutations with tests/fuzzing.py's structure-aware ones. Every input is
judged as the suite's fuzz test judges it; the campaign prints, per reader, inputs
tried, accepted, refused with one line, and each failure kind, and saves every
failing input under FOLDER/READER/ (default fuzz-out) to become a regression test.

    python benchmarks/fuzz.py --kills N

kills `dbn pickle`, `dbn train` and `dbn render` N times each at random moments
(kill -9) and checks after each kill that the output is the old file or a whole
new one, and after a last run to the end that no temporary file is left.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests")]


def campaign(reader, seconds, out):
    """Fuzz one reader in this process (atheris can run once per process); print its tally."""
    import atheris
    import numpy as np

    with atheris.instrument_imports():
        import dbn.brainfile  # noqa: F401  (the readers' code, instrumented for coverage)
        import dbn.datafile  # noqa: F401
        import dbn.media  # noqa: F401
        import dbn.recipes  # noqa: F401
        import dbn.safepickle  # noqa: F401
    import fuzzing

    originals, tally, folder = fuzzing.seeds(reader), collections.Counter(), tempfile.mkdtemp()
    rng = np.random.default_rng(0)
    saved = os.path.join(out, reader)
    os.makedirs(saved, exist_ok=True)

    def one(data):
        verdict, detail = fuzzing.run_one(reader, data, folder)
        tally[verdict] += 1
        failed = verdict not in ("accepted", "refused")
        if failed:
            name = os.path.join(saved, f"{verdict}-{sum(tally.values())}")
            with open(name, "wb") as f:
                f.write(data)
            tally["detail:" + detail.splitlines()[-1][:120]] += 1
        if failed or sum(tally.values()) % 20 == 0:  # libFuzzer ends the process by _exit
            with open(os.path.join(out, f"{reader}.json"), "w") as f:
                json.dump({"reader": reader, **tally}, f)

    def mutator(data, max_size, seed):
        rng.bit_generator.state = np.random.PCG64(seed).state
        if not data or rng.random() < 0.2:
            data = originals[int(rng.integers(len(originals)))]
        if rng.random() < 0.5:
            return fuzzing.mutate(data, rng, reader)[:max_size]
        return atheris.Mutate(data[:max_size], max_size)

    corpus = tempfile.mkdtemp()
    for i, data in enumerate(originals):
        with open(os.path.join(corpus, str(i)), "wb") as f:
            f.write(data)
    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", "-rss_limit_mb=4096",
                   "-timeout=10", "-max_len=1000000", corpus], one, custom_mutator=mutator)
    atheris.Fuzz()


def kills(n, out):
    """kill -9 each writing command n times at random moments; print what was found."""
    import random
    import signal
    import time

    from conftest import child_env, make_clip
    from dbn import Network, load_brain
    from dbn.datafile import read_array
    from dbn.media import read_wav
    folder = tempfile.mkdtemp(dir=out)
    clip = os.path.join(folder, "c.mkv")
    make_clip(clip, seconds=6.0, fps=30)
    Network([4096, 256, 735], seed=0).save(os.path.join(folder, "b.pkl"))
    commands = {"pickle": (["pickle", clip, "-o", "o"], "o/frames.pkl", read_array),
                "train": (["train", "--layers", "4096", "256", "735", "--max-epochs", "3",
                           "-o", "o/brain.pkl"], "o/brain.pkl", load_brain),
                "render": (["render", clip, "--brain", "b.pkl", "-o", "o/out.wav"],
                           "o/out.wav", read_wav)}
    os.makedirs(os.path.join(folder, "o"))
    run = lambda args, **kw: subprocess.Popen([sys.executable, "-m", "dbn", *args],  # noqa
                                              cwd=folder, env=child_env(), **kw)
    run(["pickle", clip, "-o", "."], stdout=subprocess.DEVNULL).wait()
    rng, bad = random.Random(0), []
    for name, (args, path, read) in commands.items():
        for i in range(n):
            proc = run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.1, 3.0))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            try:
                if os.path.exists(os.path.join(folder, path)):
                    read(os.path.join(folder, path))
            except Exception as e:  # noqa: BLE001 (a half-written file is what we look for)
                bad.append(f"{name} kill {i}: {type(e).__name__}: {e}")
        if run(args, stdout=subprocess.DEVNULL).wait():
            bad.append(f"{name}: the run after the kills failed")
        left = [f for f in os.listdir(os.path.join(folder, "o")) if ".dbn-" in f]
        bad += [f"{name}: {f} left behind" for f in left]
        print(f"{name}: {n} kills at random moments, then a whole run: "
              f"{'no half-written file, nothing left behind' if not bad else bad}", flush=True)
    return 1 if bad else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--reader", action="append", help="one of tests/fuzzing.py's READERS")
    parser.add_argument("--out", default="fuzz-out")
    parser.add_argument("--kills", type=int, help="kill -9 loops instead of fuzzing")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a child: one reader
    args = parser.parse_args()
    if args.kills:
        os.makedirs(args.out, exist_ok=True)
        return kills(args.kills, args.out)
    if args.one:
        return campaign(args.one, int(args.minutes * 60), args.out)
    import fuzzing
    readers = args.reader or list(fuzzing.READERS)
    seconds = args.minutes * 60 / len(readers)
    totals = []
    for reader in readers:
        tally = os.path.join(args.out, f"{reader}.json")
        if os.path.exists(tally):
            os.unlink(tally)
        done = subprocess.run([sys.executable, __file__, "--one", reader, "--minutes",
                               str(seconds / 60), "--out", args.out], capture_output=True,
                              text=True)
        if done.returncode or not os.path.exists(tally):  # libFuzzer stopped on a crash
            totals.append({"reader": reader, "crashed": done.stderr[-300:]})
        else:
            with open(tally) as f:
                totals.append(json.load(f))
    print(f"{'reader':<10}{'tried':>9}{'accepted':>10}{'refused':>9}  failures")
    for t in totals:
        kinds = {k: v for k, v in t.items() if k not in ("reader", "accepted", "refused")}
        tried = sum(v for k, v in t.items() if k not in ("reader", "crashed")
                    and not k.startswith("detail:"))
        print(f"{t['reader']:<10}{tried:>9}{t.get('accepted', 0):>10}{t.get('refused', 0):>9}"
              f"  {kinds or 'none'}")
    print(f"inputs in all: {sum(t.get('accepted', 0) + t.get('refused', 0) for t in totals)} "
          f"accepted or refused in one line; failing inputs saved under {args.out}/")


if __name__ == "__main__":
    sys.exit(main())
