"""How a render's MR-STFT distance moves with its level alone (not a speed benchmark).

    python benchmarks/mrstft_by_level.py CLIP [CLIP ...] --brains BRAIN [BRAIN ...]
        [--train CLIP ...]

Each brain renders each clip (its recipe's mode, render seed 0, its level
rule, as `dbn evaluate` renders it); the render is then played 0, 6, 12 and
20 dB quieter and its multi-resolution STFT distance to the real audio
printed, mean over brains and clips, beside the real audio itself played
quieter. With --train, the mean training row of a harmonic-noise brain,
played by the same oscillator bank, for comparison. Last, the distance's two
terms at 1024/256 (spectral convergence, mean log-magnitude difference),
the log term on the quieter and the louder half of the real audio's
frames, and each signal's mean log-magnitude there. README.md ("How well
does it work") quotes it on the `make quality` GRID brains.
"""
import argparse
import warnings

import numpy as np

import common  # noqa: F401  (puts the repository on sys.path)
from dbn import load_brain
from dbn.evaluate import _render, load_clip
from dbn.harmonic import harmonic_samples, voice_rows
from dbn.metrics import _mag, _match, multires_stft_distance
from dbn.rendering import default_mode

GAINS_DB = (0, 6, 12, 20)


def terms(x, ref, n_fft=1024, hop=256):
    """Spectral convergence, the log term, the log term and mean log-magnitude of x and
    ref on the quieter and the louder half of ref's frames."""
    x, ref = _match(x, ref)
    X, R = _mag(x, n_fft, hop), _mag(ref, n_fft, hop)
    logx, logr = np.log(X + 1e-7), np.log(R + 1e-7)
    diff = np.abs(logx - logr)
    loud = np.sqrt((R ** 2).sum(axis=0)) > np.median(np.sqrt((R ** 2).sum(axis=0)))
    return (np.linalg.norm(R - X) / np.linalg.norm(R), diff.mean(),
            diff[:, ~loud].mean(), diff[:, loud].mean(),
            logx[:, ~loud].mean(), logr[:, ~loud].mean(), logx[:, loud].mean(),
            logr[:, loud].mean())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clips", nargs="+")
    parser.add_argument("--brains", nargs="+", required=True)
    parser.add_argument("--train", nargs="*", default=[])
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    clips = [load_clip(c) for c in args.clips]
    signals = {"brains": []}
    for path in args.brains:
        net = load_brain(path, input_size=4096)
        signals["brains"] += [(_render(net, c.frames, default_mode(net), c.fps, seed=0,
                                       clean=False), c.audio.ravel()) for c in clips]
    if args.train:
        rows = np.vstack([voice_rows(c.audio.ravel() * 32768, c.fps)
                          for c in map(load_clip, args.train)])
        signals["mean training row"] = [
            (harmonic_samples(np.tile(rows.mean(axis=0), (len(c.frames), 1)), c.fps,
                              seed=0), c.audio.ravel()) for c in clips]
    signals["real audio"] = [(c.audio.ravel(), c.audio.ravel()) for c in clips]
    for name, pairs in signals.items():
        dist = [np.mean([multires_stft_distance(x * 10 ** (-g / 20), r) for x, r in pairs])
                for g in GAINS_DB]
        cells = [f"-{g} dB {d:.3f}" for g, d in zip(GAINS_DB, dist)]
        print(f"{name}: MR-STFT at " + ", ".join(cells), flush=True)
    for name, pairs in signals.items():
        if name != "real audio":
            t = np.mean([terms(x, r) for x, r in pairs], axis=0)
            print(f"{name}, 1024/256: spectral convergence {t[0]:.3f}, log term {t[1]:.3f} "
                  f"(quieter half {t[2]:.3f}, louder {t[3]:.3f}); mean log-magnitude on the "
                  f"quieter half {t[4]:.2f} (real {t[5]:.2f}), louder {t[6]:.2f} (real "
                  f"{t[7]:.2f})", flush=True)


if __name__ == "__main__":
    main()
