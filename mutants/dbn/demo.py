"""The demo: the three 2015 steps on the bundled clip, then the evaluation.

- `run_demo`: python pickler.py CLIP; python theanet.py --recipe
  brains/demo.toml; ./render.sh CLIP; dbn evaluate --holdout 0.2.
- `CLIP`: the bundled clip (see dbn/data/README.md for its attribution).
"""
import os
import shutil
import subprocess
import sys

from .errors import DbnError, ParameterError
from .evaluate import evaluate
from .outputs import output_folder
from .progress import SILENT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CLIP = os.path.join(HERE, "data", "grid_brbk7n.mpg")


def _step(args, cwd, report):
    report.line("$ " + " ".join(os.path.relpath(a, cwd) if os.path.isabs(a) else a
                                for a in args))
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""),
               PYTHON=sys.executable)
    if subprocess.run(args, cwd=cwd, env=env).returncode != 0:
        raise DbnError(f"demo step failed: {' '.join(args)}")


def run_demo(out_dir, *, force=False, clip=CLIP, recipe=None, holdout=0.2, report=SILENT):
    """Run the whole workflow on ``clip`` in ``out_dir``.

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
    path = evaluate([os.path.join(out_dir, name)], [os.path.join(out_dir, "theanet.py.net.pkl")],
                    os.path.join(out_dir, "report"), holdout=holdout, force=force)
    report.line(f"\ndemo done in {out_dir}:")
    for f in (f"{name}-deeplearn.mkv", f"{name}-granular-deeplearn.mkv"):
        report.line(f"  {os.path.join(out_dir, f)}")
    report.line(f"  {path}  (metrics.json and PNG plots beside it)")
    return 0
