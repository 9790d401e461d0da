"""The command line: dbn pickle|audioverify|train|render|granular|mux|info|evaluate|synth|live|demo.

Each command is a ``cmd_<name>(args) -> int``, bound to its subparser by
``set_defaults(func=...)`` beside the parser that takes its flags; `main` turns any DbnError
(and a few system errors) into one line ``dbn: error: ...`` and exit 1.
`main_pickler` and `main_theanet` are 2015's pickler.py and theanet.py:
the same commands under their own names and defaults. Training flags are
made from `dbn.settings`, render choices from `dbn.rendering.MODES`.
"""
import argparse
import os
import sys
import textwrap
import warnings

from . import __version__
from .errors import DbnError, MediaWarning
from .features import RATE
from .progress import Console
from .settings import NetworkSettings, TrainSettings, add_flags, given_flags
from .targets import VARIANTS

THEANET = "theanet.py.net.pkl", "theanet.py.exp.pkl"  # the files theanet.py saved
EXIT_STATUS = """exit status: 0 done; 1 bad input or a failed step (one line on stderr, no
output file written or replaced); 2 a usage error; 130 interrupted by Ctrl-C
(dbn train has saved the best brain so far; theanet.py exits 0 after saving,
as 2015's did; dbn live finishes its wav and exits 0)."""


def cmd_pickle(args):
    from .pickling import pickle_videos
    from .recipes import job
    data = job(args.recipe).data
    variant = args.variant or data.variant
    fps_correct = data.fps_correct if args.fps_correct is None else args.fps_correct
    r = pickle_videos(args.videos, variant=variant, out_dir=args.out_dir,
                      fps_correct=fps_correct, frames_only=args.frames_only,
                      video_stream=args.video_stream, audio_stream=args.audio_stream,
                      report=Console())
    print(f"wrote {r['files'][0]}: {r['frames']} frames of 4096 values")
    if "rows" in r:
        print(f"wrote {r['files'][1]}: {r['rows']} rows ({r['target']})")
    for v in r["videos"]:
        print(f"video: {v['video']}: {v['fps']:.3f} fps, {v['frames']} frames"
              + (f", from row {v['start']}" if len(r["videos"]) > 1 else "")
              + f", {v['frames'] / v['fps']:.2f} s")
    if len(set(r["fps"])) > 1:
        print("the videos' frame rates differ: "
              + ("each row is paired with one real frame of its own video (--fps-correct)"
                 if fps_correct else "each is paired at 2015's 30 rows per second, so sound "
                 "and picture drift differently in each (--fps-correct pairs them by frame)"))
    for stale in r["stale"]:
        print(f"warning: {stale} is from an earlier run; dataset.json does not list it, so "
              "dbn train will not pair it with the new frames")
    print(f"wrote {r['files'][-1]}")
    return 0


def cmd_audioverify(args):
    from .datafile import load_data, read_dataset
    from .media import write_wav
    from .outputs import writable_file
    from .targets import target_of
    writable_file(args.output)
    rows, videos = load_data(args.audio)
    info = read_dataset(os.path.dirname(args.audio)) if videos else None
    target = target_of(args.variant or (info["variant"] if info else "raw")).targets
    if target.name == "raw" and not args.signal:  # 2015: the rows as they are, in [0, 1)
        samples, rate = rows.ravel(), RATE
    else:
        fps = videos[0]["fps"] if info and info["fps_correct"] else None
        samples = target.inverse(rows, fps or 30)
        rate = target.rate_for(fps)
    write_wav(args.output, samples, rate, clean=args.clean)
    print(f"wrote {args.output}: {len(samples)} samples at {rate} Hz from {len(rows)} "
          f"{target.name} rows")
    return 0


def cmd_train(args):
    from .recipes import job
    from .training import run_job
    output, copies = args.output, args.copy
    if args.theanet and output is None:
        output, copies = THEANET[0], [THEANET[1]]
    flags = {"network": given_flags(args, NetworkSettings),
             "train": given_flags(args, TrainSettings)}
    net = run_job(job(args.recipe, flags=flags, frames=args.frames, targets=args.audio,
                      output=output, copies=copies), Console())
    # theanet.py ended 0 after Ctrl-C in 2015 (theanets caught it and the script saved)
    return 130 if net.meta.stopped == "interrupted" and not args.theanet else 0


def cmd_render(args):
    from .brainfile import load_brain
    from .media import Video
    from .outputs import writable_file
    from .rendering import MODES, default_mode, parse_phase
    from .rendering.video import render_video
    net = load_brain(args.brain, input_size=4096)
    mode = args.mode or default_mode(net)
    phase, steal = parse_phase(args.phase)
    output = writable_file(args.output or MODES[mode].default_output)
    with Video(args.video, video_stream=args.video_stream) as video:
        if video.choice:
            print(f"{args.video}: {video.choice}")
        written = render_video(video, net, mode, output, phase=phase, seed=args.seed,
                               clean=args.clean, steal=steal, csound=args.csound,
                               fps_correct=args.fps_correct, report=Console())
    print(f"wrote {', '.join(written)} ({mode})")
    return 0


def cmd_granular(args):
    from .outputs import writable_file
    from .rendering.video import granular_file
    writable_file(args.output)
    print("wrote " + ", ".join(granular_file(args.wav, args.output, seed=args.seed,
                                             csound=args.csound)))
    return 0


def cmd_mux(args):
    from .media import mux
    from .outputs import writable_file
    _say_streams([args.video], args)
    mux(args.video, args.audio, writable_file(args.output), stream=args.video_stream)
    print(f"wrote {args.output}")
    return 0


def cmd_info(args):
    import json

    from .brain import describe, description_lines
    from .brainfile import PUBLISHED, git_blob_id, load_brain
    net = load_brain(args.brain)
    blob = git_blob_id(args.brain) if args.verify else None
    info = describe(net, args.brain, default_mode=_default_mode(net), blob=blob,
                    published=PUBLISHED.get(blob))
    print(json.dumps(info, indent=1, default=float) if args.json
          else "\n".join(description_lines(info)))
    return 0


def _default_mode(net):
    from .rendering import default_mode
    try:
        return default_mode(net)
    except DbnError:  # a brain whose width fits no render mode can still be described
        return None


def cmd_evaluate(args):
    from .evaluate import evaluate
    report = evaluate(args.videos, args.brain or [THEANET[0]], args.output, train=args.train,
                      holdout=args.holdout, rotate=args.rotate, seed=args.seed,
                      seeds=args.seeds, all_modes=args.all_modes, force=args.force,
                      video_stream=args.video_stream, audio_stream=args.audio_stream,
                      report=Console())
    print(f"wrote {report}")
    return 0


def cmd_synth(args):
    import numpy as np

    from .outputs import writable_file
    from .synth import SCENES
    args.output = args.output or f"{args.kind}.mp4"
    writable_file(args.output)
    made = SCENES[args.kind](args.output, seconds=args.seconds, seed=args.seed, fps=args.fps)
    what = {"pluck": lambda: f"{len(made)} strikes",
            "theremin": lambda: f"the disc there {np.mean(made[1]):.0%} of the time",
            "lights": lambda: f"a lamp lit {np.mean(made >= 0):.0%} of the time"}[args.kind]()
    print(f"wrote {args.output}: {args.seconds:g} s at {args.fps} fps, {what} (seed {args.seed})")
    return 0


def cmd_live(args):
    from .brainfile import load_brain
    from .live import check_live_mode, open_sink, open_source, play
    from .outputs import writable_file
    from .rendering import default_mode, make_plan
    report = Console(lines=sys.stderr if args.out == "-" else None)
    net = load_brain(args.brain, input_size=4096)
    mode = args.mode or default_mode(net)
    check_live_mode(net, mode)
    if args.out and args.out.lower().endswith(".wav"):
        writable_file(args.out)
    source = open_source(args.source, pace=not args.no_pace, stream=args.video_stream)
    plan = make_plan(net, mode, video_fps=source.fps, seed=args.seed)
    sink = open_sink(args.out, plan.rate)  # a missing sound device is said before anything plays
    ahead = net.meta.context.latency
    report.line(f"live: {args.source} ({source.fps:.3f} fps) through {args.brain} in mode "
                f"{mode} at {plan.rate} Hz -> {args.out or 'the sound device'}; look-ahead "
                f"{ahead} frames ({1000 * ahead / source.fps:.0f} ms)")
    ok = False
    try:
        stats = play(net, source, sink, plan, report=report)
        ok = True
    finally:
        sink.close(ok)
    report.line(stats.summary())
    if args.out and args.out.lower().endswith(".wav"):
        report.line(f"wrote {args.out}")
    return 0


def cmd_demo(args):
    from .demo import run_demo
    return run_demo(args.output, force=args.force, report=Console())


def _say_streams(videos, args):
    """Say which streams are taken from each video that offers a choice."""
    from .media import streams_used
    for video in videos:
        used = streams_used(video, video_stream=args.video_stream,
                            audio_stream=getattr(args, "audio_stream", None))
        if used:
            print(f"{video}: {used}")


def add_stream_args(p, *, audio=True):
    p.add_argument("--video-stream", type=int, metavar="N",
                   help="the video stream to take, by PyAV index (ffmpeg's -map 0:N; "
                        "default: the first video stream)")
    if audio:
        p.add_argument("--audio-stream", type=int, metavar="N",
                       help="the audio stream to take, by PyAV index (default: the first "
                            "audio stream)")


def add_pickle_args(p, *, default_video=None):
    if default_video:
        p.add_argument("videos", nargs="?", default=[default_video], type=lambda v: [v],
                       metavar="VIDEO", help=f"the video (default: {default_video}, as 2015)")
    else:
        p.add_argument("videos", nargs="+", metavar="VIDEO",
                       help="one video, or several for one training set (their boundaries "
                            "are kept in dataset.json)")
    p.add_argument("--recipe", help="take --variant and --fps-correct from this recipe's "
                                    "[data] (brains/NAME.toml, or a name)")
    p.add_argument("--variant", choices=VARIANTS,
                   help="raw: frames.pkl + audio.pkl (2015's pickler.py); stft*: frames.pkl "
                        "+ stft.pkl; fft2: fft-frames.pkl + stft.pkl; mel: frames.pkl + "
                        "mel.pkl (default: the recipe's, else raw)")
    p.add_argument("-o", "--out-dir", default=".", help="folder to write in (default: .)")
    p.add_argument("--fps-correct", action=argparse.BooleanOptionalAction,
                   help="pair one row with each real frame (raw: audio at 735 x fps Hz; "
                        "mel: windows centred on the frames) (default: the recipe's, else "
                        "off, as 2015)")
    p.add_argument("--frames-only", action="store_true", help="no audio (silent videos)")
    add_stream_args(p)


def add_train_args(p, *, theanet=False):
    from .recipes import job
    shown = job("theanet" if theanet else None)
    g = p.add_argument_group("data and output")
    g.add_argument("--recipe", default="theanet" if theanet else None,
                   help="brains/NAME.toml, or a recipe name"
                        + (" (default: theanet, the final 2015 script's)" if theanet else ""))
    g.add_argument("--frames", help="input file (default: frames.pkl, fft-frames.pkl for fft2 "
                                    "input)")
    g.add_argument("--audio", help="target file (default: the one dbn pickle writes for the "
                                   "recipe's variant: audio.pkl, stft.pkl or mel.pkl)")
    g.add_argument("-o", "--output", help="brain file to write (default: "
                   + (f"{THEANET[0]}, and the same bytes as {THEANET[1]})" if theanet else
                      f"the recipe's, else {THEANET[0]})"))
    g.add_argument("--copy", action="append", default=[], help=argparse.SUPPRESS)
    p.set_defaults(theanet=theanet)
    add_flags(p.add_argument_group("network (default: the recipe's, else 2015's)"),
              NetworkSettings, shown=shown.network)
    add_flags(p.add_argument_group("training (default: the recipe's, else 2015's)"),
              TrainSettings, shown=shown.train)


def _pickle_parser(sub):
    p = sub.add_parser("pickle", help="video -> frames.pkl + audio.pkl (step 1)")
    add_pickle_args(p)
    p.set_defaults(func=cmd_pickle)
    p = sub.add_parser("audioverify", help="audio.pkl rows -> audio.wav, as 2015 (any target "
                                           "file: the sound its rows stand for)")
    p.add_argument("audio", nargs="?", default="audio.pkl")
    p.add_argument("-o", "--output", default="audio.wav")
    p.add_argument("--clean", action="store_true", help="clip instead of wrapping")
    p.add_argument("--variant", choices=VARIANTS,
                   help="what the rows are (default: the variant dataset.json records, "
                        "else raw)")
    p.add_argument("--signal", action="store_true",
                   help="raw rows: write the sound they stand for (2y - 1), not 2015's "
                        "values in [0, 1)")
    p.set_defaults(func=cmd_audioverify)


def _train_parser(sub):
    p = sub.add_parser("train", help="frames + targets -> brain (step 2)")
    add_train_args(p)
    p.set_defaults(func=cmd_train)


def _render_parsers(sub, modes):
    p = sub.add_parser("render", help="video + brain -> wav (step 3)")
    p.add_argument("video")
    p.add_argument("--brain", default=THEANET[0], help=f"default {THEANET[0]}")
    p.add_argument("--mode", choices=modes,
                   help="default: the brain's own (a 2015 brain: raw, as render.sh)")
    p.add_argument("--phase", help="stft-mag: exp001..exp012 or steal:FILE (default: the "
                                   "final commit's stolen phase); stft-both: predicted")
    p.add_argument("--seed", type=int, help="seed the random modes (default: unseeded)")
    p.add_argument("--clean", action="store_true", help="turn every 2015 quirk off")
    p.add_argument("--csound", action="store_true", help="granular: write grain.orc/.sco "
                                                         "and run csound when present")
    p.add_argument("--fps-correct", action="store_true",
                   help="play one row per frame: 735 x fps Hz (brains trained on "
                        "--fps-correct data do so by themselves)")
    p.add_argument("-o", "--output", help="default: the mode's 2015 name (out.wav, wout.wav, "
                                          "output.wav)")
    add_stream_args(p, audio=False)
    p.set_defaults(func=cmd_render)
    p = sub.add_parser("granular", help="out.wav -> output.wav (render.sh's granular stage)")
    p.add_argument("wav", nargs="?", default="out.wav")
    p.add_argument("-o", "--output", default="output.wav")
    p.add_argument("--seed", type=int)
    p.add_argument("--csound", action="store_true")
    p.set_defaults(func=cmd_granular)
    p = sub.add_parser("mux", help="video stream copied + new audio -> .mkv")
    p.add_argument("video")
    p.add_argument("audio")
    p.add_argument("-o", "--output", required=True)
    add_stream_args(p, audio=False)
    p.set_defaults(func=cmd_mux)


def _info_parser(sub):
    p = sub.add_parser("info", help="describe a brain file")
    p.add_argument("brain")
    p.add_argument("--json", action="store_true")
    p.add_argument("--verify", action="store_true", help="git blob id vs published brains")
    p.set_defaults(func=cmd_info)


def _evaluate_parser(sub):
    p = sub.add_parser("evaluate", help="metrics, baselines and plots for brains on videos")
    p.add_argument("videos", nargs="+", metavar="VIDEO", help="the test videos")
    p.add_argument("--brain", action="append", help=f"a brain to score (repeat to compare "
                                                    f"several; default {THEANET[0]})")
    p.add_argument("--train", nargs="+", default=[], metavar="VIDEO",
                   help="the videos the brains trained on, for the baselines that learn")
    p.add_argument("--holdout", type=float, default=0.0,
                   help="one video: score its last part only (default: 0, all of it)")
    p.add_argument("--rotate", action="store_true",
                   help="rotate each test clip by a random number of frames and join them "
                        "in random order, so that timing alone predicts nothing")
    p.add_argument("--all-modes", action=argparse.BooleanOptionalAction,
                   help="every mode of each brain, 2015-faithful and --clean (default: with "
                        "one brain)")
    p.add_argument("-o", "--output", default="report", help="report folder (default: report)")
    p.add_argument("--seed", type=int, default=0,
                   help="the rotation, the baselines' noise and the first render seed "
                        "(default: 0)")
    p.add_argument("--seeds", type=int, default=1, metavar="N",
                   help="render each brain with N seeds: each figure is their mean, with "
                        "its spread (default: 1)")
    p.add_argument("--force", action="store_true", help="write into an existing folder")
    add_stream_args(p)
    p.set_defaults(func=cmd_evaluate)


def _new_parsers(sub):
    p = sub.add_parser("synth", help="generate a video whose right sound is known")
    p.add_argument("kind", choices=("pluck", "theremin", "lights"),
                   help="pluck: a ball bouncing on a string that rings at each strike; "
                        "theremin: a disc whose height sets a tone's pitch (220-880 Hz) "
                        "and whose presence sets whether it sounds; lights: four lamps, "
                        "the lit one sets the note (C4 E4 G4 C5), none lit is silence")
    p.add_argument("-o", "--output",
                   help=".mp4 (H.264 + AAC) or .mkv (FFV1 + PCM) (default: SCENE.mp4)")
    p.add_argument("--seconds", type=float, default=20.0, help="length (default: 20)")
    p.add_argument("--seed", type=int, default=0, help="the strikes (default: 0)")
    p.add_argument("--fps", type=int, default=25, help="frame rate (default: 25)")
    p.set_defaults(func=cmd_synth)
    p = sub.add_parser("live", help="a camera, file or stream in, its sound out, as it plays")
    p.add_argument("--brain", default=THEANET[0], help=f"default {THEANET[0]}")
    p.add_argument("--source", default="0", help="a camera index, a video file, or a URL "
                                                 "FFmpeg opens (rtsp, http, udp, tcp) "
                                                 "(default: camera 0)")
    p.add_argument("--mode", help="a mode that streams (default: the brain's own)")
    p.add_argument("--out", help="a sound device name or index, a .wav file, or - for raw "
                                 "16-bit mono PCM on stdout (default: the sound device)")
    p.add_argument("--seed", type=int)
    p.add_argument("--no-pace", action="store_true",
                   help="a file: as fast as it decodes, not at its frame rate")
    add_stream_args(p, audio=False)
    p.set_defaults(func=cmd_live)
    p = sub.add_parser("demo", help="the whole workflow on the bundled clip")
    p.add_argument("-o", "--output", default="demo-out")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_demo)


def build_parser():
    from .rendering import MODES
    parser = argparse.ArgumentParser(prog="dbn", description="Deep Learning Bitmaps to PCM",
                                     epilog=EXIT_STATUS,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"dbn {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)
    _pickle_parser(sub)
    _train_parser(sub)
    _render_parsers(sub, tuple(MODES))
    _info_parser(sub)
    _evaluate_parser(sub)
    _new_parsers(sub)
    for command in sub.choices.values():
        command.epilog, command.formatter_class = EXIT_STATUS, parser.formatter_class
    return parser


def _one_line(message, category, *args, **kwargs):
    """A MediaWarning as one line on stdout, beside the command's own lines."""
    if issubclass(category, MediaWarning):
        print(f"warning: {message}", flush=True)
    else:
        _show(message, category, *args, **kwargs)


_show = warnings.showwarning


def run(args):
    """Run the command ``args`` names; DbnError -> one line on stderr, exit 1."""
    if args.debug:  # FFmpeg's own messages, from OpenCV and PyAV, back on
        import av
        import cv2
        os.environ["OPENCV_FFMPEG_LOGLEVEL"] = "24"
        os.environ["OPENCV_LOG_LEVEL"] = "INFO"
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_INFO)
        av.logging.set_level(av.logging.WARNING)
    warnings.showwarning = _one_line
    try:
        return args.func(args)
    except (DbnError, OSError) as e:
        if args.debug:
            raise
        message = str(e) if isinstance(e, DbnError) else f"{e.filename or ''}: {e.strerror}"
        print(f"dbn: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dbn: interrupted", file=sys.stderr)
        return 130


def main(argv=None):
    """``dbn ...``; returns the exit status."""
    return run(build_parser().parse_args(argv))


def _script_parser(prog, description):
    parser = argparse.ArgumentParser(prog=prog, description=textwrap.fill(description, 79),
                                     epilog=EXIT_STATUS,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def main_pickler(argv=None):
    """``python pickler.py [VIDEO] [options]``: 2015's step one."""
    parser = _script_parser("pickler.py", "2015's step one: VIDEO -> ./frames.pkl and "
                                          "./audio.pkl (the same as `dbn pickle`)")
    add_pickle_args(parser, default_video="vtest.avi")
    return run(parser.parse_args(argv, argparse.Namespace(func=cmd_pickle)))


def main_theanet(argv=None):
    """``python theanet.py [options]``: 2015's step two."""
    parser = _script_parser("theanet.py", "2015's step two: ./frames.pkl + ./audio.pkl -> "
                                          f"{THEANET[0]} and {THEANET[1]}. With no --recipe "
                                          "it trains the final 2015 script's network after "
                                          "greedy RBM pretraining; --pretrain none is "
                                          "exactly 2015.")
    add_train_args(parser, theanet=True)
    return run(parser.parse_args(argv, argparse.Namespace(func=cmd_train)))


if __name__ == "__main__":
    sys.exit(main())
