"""Plant each bug that issue 22 named, one at a time, and say which test fails on it.

    python benchmarks/planted_bugs.py

Each bug is a small edit of one file in a copy of the project (a temporary
folder); the test files that should catch it run there with ``-x``, and the
first test that fails is printed. A bug no test catches prints NOT CAUGHT and
the script exits 1. Not in CI (about ten minutes on two cores).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COPIED = ("dbn", "tests", "brains", "pytest.ini", "pickler.py", "theanet.py", "render.sh")

# (what the bug is, the file, the text it replaces, the bug, the test files that must catch it)
METRICS, EVALUATE, CONTEXT, LIVE = ("tests/test_metrics.py", "tests/test_evaluate.py",
                                   "tests/test_context.py", "tests/test_live.py")
BUGS = [
    ("envelope r ignores its second argument, returns 1", "dbn/metrics.py",
     "    return _pearson(frame_rms(x, row), frame_rms(y, row))", "    return 1.0",
     f"{METRICS} {EVALUATE}"),
    ("LSD doubled (20 log10)", "dbn/metrics.py",
     "diff = 10 * np.log10(X + EPS) - 10 * np.log10(Y + EPS)",
     "diff = 20 * np.log10(X + EPS) - 20 * np.log10(Y + EPS)", METRICS),
    ("MR-STFT without its log term", "dbn/metrics.py",
     "        total += np.mean(np.abs(np.log(Y + 1e-7) - np.log(X + 1e-7)))",
     "        total += 0.0", METRICS),
    ("MR-STFT halved", "dbn/metrics.py", "    return float(total / len(resolutions))",
     "    return float(total / len(resolutions) / 2)", METRICS),
    ("--rotate rotates the renders only", "dbn/evaluate.py",
     "{k: np.roll(v, -shift, axis=0) for k, v in p.items()}",
     "{k: v if k in ('frames', 'real audio') else np.roll(v, -shift, axis=0) "
     "for k, v in p.items()}", EVALUATE),
    ("frame time resampled at 1.5x", "dbn/evaluate.py", "target_sr=ROW)",
     "target_sr=ROW * 1.5)", EVALUATE),
    ("diff16 from signed differences", "dbn/context.py",
     '"diff16": (lambda f, prev: _pool(_differences(f, prev), 16), 256),',
     '"diff16": (lambda f, prev: _pool(f - np.concatenate([prev[None], f[:-1]]), 16), 256),',
     f"{CONTEXT} tests/test_synth.py tests/test_recipes.py"),
    ("motion's mean replaced by a max", "dbn/context.py",
     "        _differences(f, prev).reshape(len(f), -1).mean(axis=1, keepdims=True),",
     "        _differences(f, prev).reshape(len(f), -1).max(axis=1, keepdims=True),", CONTEXT),
    ("fed-back rows stored oldest-first in BrainInput", "dbn/context.py",
     "self.state = np.concatenate([out[t], self.state[:-width]])",
     "self.state = np.concatenate([self.state[width:], out[t]])",
     f"{CONTEXT} tests/test_training.py"),
    ("context windows across two training videos (run.py)", "dbn/training/run.py",
     "    X, Y = [], []\n    for v in videos:\n",
     "    X, Y = [], []\n    for v in [dict(videos[0], frames=len(frames), start=0)]:\n",
     f"tests/test_training.py {CONTEXT}"),
    ("input scaling recorded but not applied in training", "dbn/training/run.py",
     "        X = (X - scaling.mean) / scaling.scale", "        X = X",
     "tests/test_training.py tests/test_synth.py"),
    ("feedback noise switched off", "dbn/training/fit.py",
     "    feedback = sound is not None and s.feedback_noise > 0", "    feedback = False",
     "tests/test_training.py"),
    ("live latency recorded as 0", "dbn/live.py", "stats.latencies += [now - a for a in",
     "stats.latencies += [0.0 for a in", LIVE),
    ("drop threshold 0.5 periods", "dbn/live.py", "if late > 1 / self.fps:",
     "if late > 0.5 / self.fps:", LIVE),
    ("drop threshold 2 periods", "dbn/live.py", "if late > 1 / self.fps:",
     "if late > 2 / self.fps:", LIVE),
    ("mag-griffinlim marked streaming", "dbn/rendering/modes.py",
     'follows_fps="hop", streams=False, limits=True),\n    Mode("granular"',
     'follows_fps="hop", streams=True, limits=True),\n    Mode("granular"', LIVE),
]


def caught(tree, path, old, new, tests):
    """The first test that fails with ``old`` replaced by ``new`` in ``path`` (None: none)."""
    full = os.path.join(tree, path)
    with open(full) as f:
        source = f.read()
    if source.count(old) != 1:
        raise SystemExit(f"{path}: the text to replace is not there once; update this script")
    with open(full, "w") as f:
        f.write(source.replace(old, new))
    try:
        r = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                            *tests.split()], cwd=tree, capture_output=True, text=True)
        failed = re.findall(r"^FAILED (\S+)", r.stdout, re.M)
        return failed[0] if failed else None
    finally:
        with open(full, "w") as f:
            f.write(source)


def main():
    missed = 0
    with tempfile.TemporaryDirectory() as tree:
        for name in COPIED:
            copy = shutil.copytree if os.path.isdir(os.path.join(ROOT, name)) else shutil.copy
            copy(os.path.join(ROOT, name), os.path.join(tree, name))
        print("| bug | caught by |\n|---|---|")
        for name, path, old, new, tests in BUGS:
            test = caught(tree, path, old, new, tests)
            missed += test is None
            print(f"| {name} | {test or 'NOT CAUGHT'} |", flush=True)
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
