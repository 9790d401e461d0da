"""The README's quality tables, from the metrics.json of `dbn evaluate` reports.

    python benchmarks/quality_tables.py REPORT_FOLDER [...] > quality.md

Each report becomes one Markdown table. Its brains are named RECIPE-SEED.pkl (one per
training seed, each rendered with the report's render seeds); each recipe's row is the
mean over its brains with the spread over every render (the sd of all of them: the
render seeds' within each brain and the training seeds' between them), then the
baselines and the oracle as they are. Speech reports add each clip's level.
"""
import json
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from dbn.report import COLUMNS as ALL, packages  # noqa: E402  (the report's own labels, formats)

SPEECH = ("multires_stft_distance", "envelope_correlation", "buzz_index_db", "onset_f1",
          "level_db", "estoi", "stoi")
TONES = ("pitch_error_cents", "pitch_within_50c", "voicing_agreement", "envelope_correlation",
         "multires_stft_distance", "onset_f1", "level_db")
BRAIN = re.compile(r"(?P<recipe>.+)-(?P<seed>\d+)\.pkl: (?P<mode>\S+)$")


def recipe_name(recipe, mode):
    return "2015 recipe (raw)" if recipe == "2015" else f"`{recipe}` ({mode})"


def pooled(means, sds):
    """Mean and sd of every render, from each brain's mean and sd over its render seeds."""
    pairs = [(m, s or 0.0) for m, s in zip(means, sds) if m is not None]
    if not pairs:
        return None, None
    m, s = np.array(pairs).T
    return float(m.mean()), float(np.sqrt(np.mean(s ** 2) + m.var()))


def cell(fmt, mean, sd=None):
    if mean is None:
        return "-"
    if fmt == "{:d}":
        fmt = "{:.1f}"
    return fmt.format(mean) + ("" if sd is None else " ± " + fmt.replace("+", "").format(sd))


def rows(report, keys):
    metrics, spread = report["metrics"], report.get("spread", {})
    groups, others = {}, {}
    for name, m in metrics.items():
        match = BRAIN.match(name)
        if match and "--clean" not in name:
            groups.setdefault(recipe_name(match["recipe"], match["mode"]), []).append(name)
        elif not match and name != "real audio":
            others[name] = m
    for label, names in groups.items():
        cells = [pooled([metrics[n][k] for n in names], [spread.get(n, {}).get(k) for n in names])
                 for k in keys]
        yield f"{label} ({len(names)} training seeds)", cells
    for name, m in others.items():
        yield name, [(m[k], None) for k in keys]


def clip_levels(report):
    """Each recipe's level on each clip (render seed 0, the mean over its brains)."""
    levels = {}
    for clip, signals in report.get("clips", {}).items():
        for name, m in signals.items():
            match = BRAIN.match(name)
            if match and "--clean" not in name and m.get("level_db") is not None:
                levels.setdefault(recipe_name(match["recipe"], match["mode"]), {}).setdefault(
                    clip.split(" ")[0], []).append(m["level_db"])
    return "; ".join(f"{label}: " + ", ".join(f"{c} {np.mean(v):+.1f} dB" for c, v in by.items())
                     for label, by in levels.items())


def table(folder):
    with open(os.path.join(folder, "metrics.json")) as f:
        report = json.load(f)
    info = report["info"]
    speech = any("grid" in t for t in info["test"])
    keys = SPEECH if speech else TONES
    columns = [next(c for c in ALL if c[0] == k) for k in keys]
    lines = [f"{folder}: test {', '.join(info['test'])}; trained on "
             f"{', '.join(info['train']) or 'the test clips'}; {info['frames']} frames"
             f"{', rotated' if info['rotate'] else ''}; {info.get('seeds', 1)} render seeds; "
             f"{info['date']}, {info['machine']}; {packages(info)}", "",
             "| signal | " + " | ".join(c[1] for c in columns) + " |",
             "|---|" + "---:|" * len(columns)]
    for label, cells in rows(report, keys):
        lines.append(f"| {label} | " + " | ".join(cell(c[2], *v) for c, v in zip(columns, cells))
                     + " |")
    if speech:
        lines += ["", "Level on each clip: " + clip_levels(report)]
    return "\n".join(lines)


if __name__ == "__main__":
    print("\n\n".join(table(folder) for folder in sys.argv[1:]))
