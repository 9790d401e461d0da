"""The command line: dbn pickle|audioverify|train|render|granular|mux|info|evaluate|demo.

Each command is a ``cmd_<name>(args) -> int``; `main` turns any DbnError
(and a few system errors) into one line ``dbn: error: ...`` and exit 1.
pickler.py, theanet.py and render.sh call into here.
"""
import argparse
import json
import sys

from . import __version__
from .errors import DbnError

SPECTRAL_VARIANTS = ("raw", "stft", "stft-real", "stft-mag", "stft-both", "fft2")


def cmd_pickle(args):
    from .pickling import pickle_video
    r = pickle_video(args.video, variant=args.variant, out_dir=args.out_dir,
                     fps_correct=args.fps_correct, frames_only=args.frames_only)
    print(f"wrote {r['files'][0]}: {r['frames']} frames of 4096 values")
    if "rows" in r:
        print(f"wrote {r['files'][1]}: {r['rows']} rows ({r['target']})")
    print(f"video: {r['fps']:.3f} fps, {r['seconds']:.2f} s")
    return 0


def cmd_audioverify(args):
    from .datafile import read_array
    from .media import write_wav
    rows = read_array(args.audio)
    write_wav(args.output, rows.ravel(), 22050, clean=args.clean)
    print(f"wrote {args.output}: {rows.size} samples at 22050 Hz from {len(rows)} rows")
    return 0


def cmd_train(args):
    from .training.job import run_job
    run_job(args)
    return 0


def cmd_render(args):
    from .brainfile import load_brain
    from .rendering import STEAL_PHASE_WAV
    from .rendering.files import render_video
    net = load_brain(args.brain, input_size=4096)
    phase, steal = args.phase, args.steal
    if phase and phase.startswith("steal:"):
        phase, steal = None, phase[len("steal:"):]
    if args.mode == "stft-mag" and phase in (None, "exp012") and steal is None:
        steal = STEAL_PHASE_WAV
    out = args.output or {"granular": "output.wav", "windowed": "wout.wav"}.get(args.mode,
                                                                                "out.wav")
    written = render_video(args.video, net, args.mode, out, phase=phase, seed=args.seed,
                           clean=args.clean, steal=steal, csound=args.csound,
                           fps_correct=args.fps_correct)
    print("wrote " + ", ".join(written))
    return 0


def cmd_granular(args):
    from .rendering.files import granular_file
    print("wrote " + ", ".join(granular_file(args.wav, args.output, seed=args.seed,
                                             csound=args.csound)))
    return 0


def cmd_mux(args):
    from .media import mux
    mux(args.video, args.audio, args.output)
    print(f"wrote {args.output}")
    return 0


def cmd_info(args):
    from .brainfile import PUBLISHED, git_blob_id, load_brain
    net = load_brain(args.brain)
    info = {"file": args.brain, "layout": net.meta.get("layout"), "dtype": str(net.dtype),
            "sizes": net.sizes, "params": net.n_params(),
            "layers": [{"name": l.name, "inputs": l.W.shape[0], "size": l.W.shape[1],
                        "activation": l.activation, "params": l.W.size + l.b.size}
                       for l in net.layers],
            "history": net.meta.get("history", []),
            "training": net.meta.get("recipe", {}).get("train", {}),
            "target": net.meta.get("target", {})}
    if args.verify:
        blob = git_blob_id(args.brain)
        info.update(blob=blob, published=PUBLISHED.get(blob))
    if args.json:
        print(json.dumps(info, indent=1, default=float))
        return 0
    print(f"{args.brain}: {info['layout']}, {info['dtype']}, "
          f"{'-'.join(map(str, net.sizes))}, {info['params']:,} parameters")
    print(f"{'layer':<8}{'inputs':>8}{'size':>8}  {'activation':<12}{'params':>12}")
    for l in info["layers"]:
        print(f"{l['name']:<8}{l['inputs']:>8}{l['size']:>8}  {l['activation']:<12}"
              f"{l['params']:>12,}")
    if info["training"]:
        t = info["training"]
        print(f"trained with {t.get('optimizer')} lr {t.get('learning_rate')} momentum "
              f"{t.get('momentum')} batch {t.get('batch_size')}, pretraining "
              f"{t.get('pretrain')}, seed {t.get('seed')}")
    if info["history"]:
        last = info["history"][-1]
        print(f"trained {last['epoch']} epochs; last loss {last['loss']:.6g}, "
              f"valid loss {last['valid_loss']:.6g}")
    if args.verify:
        which = info["published"] or "none of the published brains"
        print(f"git blob {info['blob']}: {which}")
    return 0


def cmd_evaluate(args):
    from .report import evaluate_video
    report = evaluate_video(args.video, args.brain, args.output, holdout=args.holdout,
                            force=args.force, seed=args.seed)
    print(f"wrote {report}")
    return 0


def cmd_demo(args):
    from .demo import run_demo
    return run_demo(args.output, force=args.force)


def _add_train_args(p):
    g = p.add_argument_group("training (defaults: the recipe, else 2015's)")
    g.add_argument("--recipe", help="brains/NAME.toml, or a recipe name")
    g.add_argument("--frames", help="input file (default frames.pkl, fft-frames.pkl for fft2)")
    g.add_argument("--audio", help="target file (default audio.pkl, stft.pkl for spectral)")
    g.add_argument("--layers", type=int, nargs="+", help="layer sizes, input first")
    g.add_argument("--activation", help="hidden activation (default relu)")
    g.add_argument("--float64", action="store_true", help="train in float64")
    for flag, kind in (("optimizer", str), ("learning-rate", float), ("momentum", float),
                       ("batch-size", int), ("max-epochs", int), ("validate-every", int),
                       ("patience", int), ("min-improvement", float), ("valid-split", float),
                       ("pretrain-epochs", int), ("pretrain-learning-rate", float),
                       ("pretrain-momentum", float), ("weight-decay", float), ("cd-k", int),
                       ("save-every", int),
                       ("checkpoint-every", int), ("seed", int)):
        g.add_argument("--" + flag, type=kind)
    g.add_argument("--pretrain", choices=("rbm", "layerwise", "none"))
    g.add_argument("--visible", choices=("auto", "bernoulli", "gaussian"),
                   help="rbm: the first layer's visible units")
    g.add_argument("--shuffle-pairs", action="store_true", default=None)
    g.add_argument("--checkpoint", help="checkpoint file (default BRAIN.ckpt)")
    g.add_argument("--resume", action="store_true", default=None,
                   help="continue from the checkpoint")
    g.add_argument("--device", choices=("cpu", "gpu", "jax"))
    g.add_argument("-o", "--output", help="brain file to write (default: the recipe's, "
                                          "else theanet.py.net.pkl)")
    g.add_argument("--copy", action="append", default=[], help=argparse.SUPPRESS)


def build_parser():
    parser = argparse.ArgumentParser(prog="dbn", description="Deep Learning Bitmaps to PCM")
    parser.add_argument("--version", action="version", version=f"dbn {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("pickle", help="video -> frames.pkl + audio.pkl (step 1)")
    p.add_argument("video")
    p.add_argument("--variant", choices=SPECTRAL_VARIANTS, default="raw")
    p.add_argument("-o", "--out-dir", default=".")
    p.add_argument("--fps-correct", action="store_true",
                   help="one audio row per real frame (audio at 735 x fps Hz)")
    p.add_argument("--frames-only", action="store_true", help="no audio (silent videos)")

    p = sub.add_parser("audioverify", help="audio.pkl rows -> audio.wav, as 2015")
    p.add_argument("audio", nargs="?", default="audio.pkl")
    p.add_argument("-o", "--output", default="audio.wav")
    p.add_argument("--clean", action="store_true", help="clip instead of wrapping")

    p = sub.add_parser("train", help="frames + targets -> brain (step 2)")
    _add_train_args(p)

    from .rendering import MODES
    p = sub.add_parser("render", help="video + brain -> wav (step 3)")
    p.add_argument("video")
    p.add_argument("--brain", default="theanet.py.net.pkl")
    p.add_argument("--mode", choices=tuple(MODES), default="raw")
    p.add_argument("--phase", help="exp001..exp012, steal:FILE or predicted")
    p.add_argument("--steal", help=argparse.SUPPRESS)
    p.add_argument("--seed", type=int)
    p.add_argument("--clean", action="store_true", help="turn every 2015 quirk off")
    p.add_argument("--csound", action="store_true", help="granular: write grain.orc/.sco "
                                                         "and run csound when present")
    p.add_argument("--fps-correct", action="store_true",
                   help="write at 735 x fps Hz (brains trained with pickle --fps-correct)")
    p.add_argument("-o", "--output")

    p = sub.add_parser("granular", help="out.wav -> output.wav (render.sh's granular stage)")
    p.add_argument("wav", nargs="?", default="out.wav")
    p.add_argument("-o", "--output", default="output.wav")
    p.add_argument("--seed", type=int)
    p.add_argument("--csound", action="store_true")

    p = sub.add_parser("mux", help="video stream copied + new audio -> .mkv")
    p.add_argument("video")
    p.add_argument("audio")
    p.add_argument("-o", "--output", required=True)

    p = sub.add_parser("info", help="describe a brain file")
    p.add_argument("brain")
    p.add_argument("--json", action="store_true")
    p.add_argument("--verify", action="store_true", help="git blob id vs published brains")

    p = sub.add_parser("evaluate", help="metrics, baselines and plots for a brain on a video")
    p.add_argument("video")
    p.add_argument("--brain", default="theanet.py.net.pkl")
    p.add_argument("-o", "--output", default="report")
    p.add_argument("--holdout", type=float, default=0.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--force", action="store_true", help="replace an existing report folder")

    p = sub.add_parser("demo", help="the whole workflow on the bundled clip")
    p.add_argument("-o", "--output", default="demo-out")
    p.add_argument("--force", action="store_true")
    return parser


def main(argv=None):
    """Run the CLI; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return globals()["cmd_" + args.command](args)
    except (DbnError, OSError) as e:
        if args.debug:
            raise
        message = str(e) if isinstance(e, DbnError) else f"{e.filename or ''}: {e.strerror}"
        print(f"dbn: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dbn: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
