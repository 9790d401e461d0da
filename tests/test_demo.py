"""The demo end to end on a short generated clip, with a tiny recipe."""
import json
import os

import pytest

from conftest import make_clip
from dbn.demo import run_demo
from dbn.errors import ParameterError


TINY = """
[network]
layers = [4096, 16, 735]
[train]
batch_size = 10
max_epochs = 3
pretrain = "rbm"
pretrain_epochs = 1
seed = 0
"""


def test_demo_end_to_end(tmp_path):
    clip = str(tmp_path / "short.mkv")
    make_clip(clip, seconds=1.5)
    (tmp_path / "tiny.toml").write_text(TINY)
    out = tmp_path / "demo"
    assert run_demo(str(out), clip=clip, recipe=str(tmp_path / "tiny.toml"), pluck=(6, 4),
                    epochs=2) == 0
    for name in ("short.mkv-deeplearn.mkv", "short.mkv-granular-deeplearn.mkv",
                 "report-clip/report.md", "report-clip/metrics.json", "report/report.html"):
        assert (out / name).stat().st_size > 0, name
    metrics = json.loads((out / "report-clip" / "metrics.json").read_text())["metrics"]
    assert {"raw", "raw --clean", "windowed", "ola", "granular", "baseline: vOICe",
            "baseline: nearest neighbour"} <= set(metrics)
    pngs = [p for p in os.listdir(out / "report-clip") if p.endswith(".png")]
    assert sorted(pngs) == ["loss.png", "spectrograms.png", "waveforms.png"]
    import matplotlib.pyplot as plt
    for p in pngs:
        assert (out / "report-clip" / p).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert plt.imread(out / "report-clip" / p).ndim == 3
    # the page to open first: the new recipe against 2015's on an unseen pluck
    new = json.loads((out / "report" / "metrics.json").read_text())
    assert {"context.pkl: harmonic", "theanet.py.net.pkl: raw", "baseline: vOICe"} <= set(
        new["metrics"]) and new["info"]["train"] == ["pluck-train.mkv"] and new["info"]["rotate"]
    report = (out / "report-clip" / "report.md").read_text()
    assert "| raw |" in report and "baseline: silence" in report
    assert "validated on the last 20% of its (frame, row) pairs, held out" in report
    with pytest.raises(ParameterError, match="exists"):
        run_demo(str(out), clip=clip, recipe=str(tmp_path / "tiny.toml"))
