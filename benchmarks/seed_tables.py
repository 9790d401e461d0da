"""Tables of `dbn evaluate` reports whose brains differ by their training seed only.

    python benchmarks/seed_tables.py REPORT_FOLDER [...] > scenes.md

Each report becomes one row per kind of signal: the brains (named brain-SEED.pkl) as one
row, the mean over their seeds with the spread (sd), then the baselines and the oracle.
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from dbn.report import COLUMNS as ALL  # noqa: E402  (the report's own labels and formats)

SHOWN = ("pitch_error_cents", "pitch_within_50c", "voicing_agreement",
         "envelope_correlation", "multires_stft_distance", "onset_f1")
COLUMNS = [next(c for c in ALL if c[0] == key) for key in SHOWN]


def cell(fmt, values):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(np.mean(values))} ± {fmt.format(np.std(values))}"


def table(folder):
    with open(os.path.join(folder, "metrics.json")) as f:
        report = json.load(f)
    metrics = report["metrics"]
    brains = [k for k in metrics if k.startswith("brain-")]
    name = os.path.basename(os.path.normpath(folder)).removesuffix("-report")
    rows = {f"`{name}` ({len(brains)} training seeds)": [metrics[k] for k in brains]}
    rows.update({k: [v] for k, v in metrics.items() if not k.startswith(("brain-", "real"))})
    lines = [f"{folder}: test {', '.join(report['info']['test'])}; {report['info']['date']}, "
             f"{report['info']['machine']}", "",
             "| signal | " + " | ".join(c[1] for c in COLUMNS) + " |",
             "|---|" + "---:|" * len(COLUMNS)]
    for name, runs in rows.items():
        lines.append(f"| {name} | " + " | ".join(cell(fmt, [r[k] for r in runs])
                                                 for k, _, fmt in COLUMNS) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    print("\n\n".join(table(folder) for folder in sys.argv[1:]))
