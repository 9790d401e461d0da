"""The README's quality tables, from the metrics.json of `dbn evaluate` reports.

    python benchmarks/quality_tables.py REPORT_FOLDER [...] > quality.md

Each report becomes one Markdown table (the columns of README.md's "How well
does it work"); the brains are named by the recipe that made them.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from dbn.report import COLUMNS as ALL  # noqa: E402  (the report's own labels and formats)

SHOWN = ("multires_stft_distance", "log_spectral_distance", "spectral_convergence",
         "envelope_correlation", "buzz_index_db", "onset_f1")
COLUMNS = [next(c for c in ALL if c[0] == key) for key in SHOWN]
NAMES = {"theanet.py.net.pkl: raw": "2015 recipe (raw)", "context.pkl: mag": "`context` (mag)",
         "sound.pkl: mag": "`context-sound` (mag)"}


def table(folder):
    with open(os.path.join(folder, "metrics.json")) as f:
        report = json.load(f)
    info, metrics = report["info"], report["metrics"]
    lines = [f"{folder}: test {', '.join(info['test'])}; trained on "
             f"{', '.join(info['train']) or 'the test clips'}; {info['frames']} frames"
             f"{', rotated' if info['rotate'] else ''}; {info['date']}, {info['machine']}", "",
             "| signal | " + " | ".join(c[1] for c in COLUMNS) + " |",
             "|---|" + "---:|" * len(COLUMNS)]
    for name, m in metrics.items():
        if name != "real audio":
            lines.append(f"| {NAMES.get(name, name)} | "
                         + " | ".join(fmt.format(m[k]) for k, _, fmt in COLUMNS) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    print("\n\n".join(table(folder) for folder in sys.argv[1:]))
