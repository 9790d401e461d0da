"""The demo: the three 2015 steps on the bundled clip, then what the new recipe buys.

- `run_demo`: python pickler.py CLIP; python theanet.py --recipe
  brains/demo.toml; ./render.sh CLIP; dbn evaluate --holdout 0.2; then
  brains/context.toml and the 2015 recipe on a generated pluck video,
  scored on an unseen seed of it, in report/report.html.
- `CLIP`: the bundled clip (see dbn/data/README.md for its attribution).
"""
import os
import shutil
import subprocess
import sys
import urllib.parse

from .errors import DbnError, ParameterError
from .evaluate import evaluate
from .outputs import output_folder
from .progress import SILENT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CLIP = os.path.join(HERE, "data", "grid_brbk7n.mpg")


def _step(args, cwd, report):
    report.line("$ " + " ".join("python" if a == sys.executable else
                                os.path.relpath(a, cwd) if os.path.isabs(a) else a
                                for a in args))
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""),
               PYTHON=sys.executable)
    if subprocess.run(args, cwd=cwd, env=env).returncode != 0:
        raise DbnError(f"demo step failed: {' '.join(args)}")


def run_demo(out_dir, *, force=False, clip=CLIP, recipe=None, holdout=0.2,
             pluck=(24.0, 12.0), epochs=None, report=SILENT):
    """Run the whole workflow on ``clip``, then hear what the new recipe buys.

    First 2015's three steps on the clip (pickler.py, theanet.py, render.sh)
    and their evaluation on its held-out end (``report-clip/``); then the
    recommended recipe (brains/context.toml) and the 2015 recipe trained on
    one `dbn synth pluck` video and scored, with the baselines, on another
    seed of it (``report/``, the one to open first).

    Parameters
    ----------
    out_dir : str
        a new folder (an existing one is kept unless ``force``).
    clip : str
        the video (default: the bundled clip).
    recipe : str or None
        default brains/demo.toml.
    holdout : float
        the last part of the clip held out of training (``--valid-split``)
        and evaluated on (``--holdout``).
    pluck : (float, float)
        seconds of the pluck videos trained on (seed 1) and scored on (seed 2).
    epochs : int or None
        cut every training of the comparison to this many epochs (None: the
        recipes' own bounds; the 2015 recipe gets 30).
    report : dbn.progress.Report
        each step's command, then where the outputs went (the steps
        themselves print to the terminal, as they would when typed).

    Returns
    -------
    status : int
        0.
    """
    scripts = [os.path.join(ROOT, s) for s in ("pickler.py", "theanet.py", "render.sh")]
    if not all(os.path.exists(s) for s in scripts):
        raise ParameterError("dbn demo runs pickler.py, theanet.py and render.sh from a "
                             "source checkout; they are not beside this installation")
    output_folder(out_dir, force=force)
    name = os.path.basename(clip)
    shutil.copyfile(clip, os.path.join(out_dir, name))
    recipe = recipe or os.path.join(ROOT, "brains", "demo.toml")
    py = sys.executable
    _step([py, scripts[0], name], out_dir, report)
    _step([py, scripts[1], "--recipe", recipe, "--valid-split", str(holdout)], out_dir, report)
    _step([scripts[2], name], out_dir, report)
    clip_report = evaluate([os.path.join(out_dir, name)],
                           [os.path.join(out_dir, "theanet.py.net.pkl")],
                           os.path.join(out_dir, "report-clip"), holdout=holdout, force=force)
    main = _comparison(out_dir, pluck, epochs, force, report)
    report.line(f"\ndemo done in {out_dir}:")
    for f in (f"{name}-deeplearn.mkv", f"{name}-granular-deeplearn.mkv"):
        report.line(f"  {os.path.join(out_dir, f)}")
    report.line(f"  {clip_report}  (the 2015 steps on {name}'s held-out end)")
    page = os.path.abspath(os.path.join(os.path.dirname(main), "report.html"))
    report.line(f"  {main}  (the new recipe against 2015's on an unseen pluck)")
    report.line(f"listen: {page}\n  file://{urllib.parse.quote(page)}")
    return 0


def _comparison(out_dir, pluck, epochs, force, report):
    """brains/context.toml and the 2015 recipe on one pluck video, scored on another."""
    py, dbn = sys.executable, [sys.executable, "-m", "dbn"]
    train, test = "pluck-train.mkv", "pluck-test.mkv"
    _step(dbn + ["synth", "pluck", "-o", train, "--seconds", str(pluck[0]), "--seed", "1"],
          out_dir, report)
    _step(dbn + ["synth", "pluck", "-o", test, "--seconds", str(pluck[1]), "--seed", "2"],
          out_dir, report)
    new, old = os.path.join(out_dir, "context"), os.path.join(out_dir, "2015")
    os.makedirs(new, exist_ok=True)
    os.makedirs(old, exist_ok=True)
    cut = ["--max-epochs", str(epochs)] if epochs else []
    _step(dbn + ["pickle", "--recipe", "context", "../" + train], new, report)
    _step(dbn + ["train", "--recipe", "context", "-o", "context.pkl"] + cut, new, report)
    _step(dbn + ["pickle", "../" + train], old, report)
    _step([py, os.path.join(ROOT, "theanet.py"), "--pretrain", "none", "--seed", "0",
           "--max-epochs", str(epochs or 30)], old, report)
    return evaluate([os.path.join(out_dir, test)],
                    [os.path.join(new, "context.pkl"), os.path.join(old, "theanet.py.net.pkl")],
                    os.path.join(out_dir, "report"), train=[os.path.join(out_dir, train)],
                    rotate=True, force=force)
