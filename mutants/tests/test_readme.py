"""Every command in README.md, run as a reader would run it.

The shell blocks run in order, with bash -e, in a copy of the repository
made of links (so `work/` lands in a temporary folder); `python` and `dbn`
are this interpreter and its `python -m dbn`. The two set-up commands are
covered by what they run: `make test` is this suite, and `make demo` runs
`dbn demo`, whose path test_evaluate.py::test_demo_end_to_end runs end to end.
"""
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT

README = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
BLOCKS = re.findall(r"```(sh|python)\n(.*?)```", README, re.S)
SETUP = ["make demo", "make test"]


def test_readme_opens_with_exactly_the_two_setup_commands():
    kind, first = BLOCKS[0]
    commands = [line.split("#")[0].strip() for line in first.splitlines()]
    assert commands == SETUP
    assert README.index("```sh") < 400
    makefile = open(os.path.join(ROOT, "Makefile")).read()
    assert "-m dbn demo" in makefile and "-m pytest" in makefile


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("readme")
    repo, bin_dir = root / "repo", root / "bin"
    repo.mkdir()
    bin_dir.mkdir()
    for name in ("pickler.py", "theanet.py", "render.sh", "dbn", "brains", "tests"):
        os.symlink(os.path.join(ROOT, name), repo / name)
    for name, args in (("python", ""), ("dbn", " -m dbn")):
        (bin_dir / name).write_text(f'#!/bin/sh\nexec "{sys.executable}"{args} "$@"\n')
        (bin_dir / name).chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
               PYTHONPATH=str(repo), PYTHON=sys.executable)
    return repo, env


def test_every_readme_block_runs(tree):
    repo, env = tree
    assert len(BLOCKS) >= 5
    for kind, code in BLOCKS[1:]:
        cmd = ["bash", "-e", "-c", code] if kind == "sh" else [sys.executable, "-c", code]
        r = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True)
        assert r.returncode == 0, f"{code}\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
    work = repo / "work"
    for name in ("grid_brbk7n.mpg-deeplearn.mkv", "grid_brbk7n.mpg-granular-deeplearn.mkv",
                 "theanet.py.net.pkl", "theanet.py.exp.pkl", "ola.wav", "report/report.md",
                 "lines.pkl", "lines.wav", "mag.pkl", "exp003.wav"):
        assert (work / name).exists(), name
