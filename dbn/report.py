"""What ``dbn evaluate`` writes: report.md, metrics.json, plots, and report.html.

- `write_report`: the whole report folder from the scores and the signals
  (metrics.json: the run's metrics, and each clip's alone).
- `metrics_table`: the metrics as a Markdown table, one row per signal.
- `validations`: a brain's validation losses, each once (for loss.png).
- `Signal`: one sound the page plays: its samples in frame time and what
  made it (brain, mode, seed, --clean, or a baseline, or the real audio).

report.html is one self-contained folder (relative links only; no script
or font from the network): for each test clip, the picture's frames as a
strip of thumbnails, then a player, a spectrogram on the same time axis
and the metric row for the real audio and every signal; the table of the
whole run sorts by any column. The sounds are Ogg Vorbis (PyAV), kept in
``sounds/``; a clip longer than a minute plays its loudest 30 seconds.
"""
import dataclasses
import html
import json
import os

import librosa
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from .atomic import atomic_path, atomic_write  # noqa: E402
from .features import FRAME_SIDE, RATE, ROW  # noqa: E402
from .media import write_ogg  # noqa: E402

EXCERPT = 30.0  # seconds a clip longer than LONG plays on the page
LONG = 60.0


@dataclasses.dataclass
class Signal:
    """One sound of the report.

    Attributes
    ----------
    name : str
        its row in the tables ("brain.pkl: mag --clean", "baseline: vOICe").
    samples : np.ndarray [shape=(n_frames * 735,), dtype=float64]
        in frame time (735 samples per video frame).
    made_by : str
        what made it, in words (brain, mode, seed, --clean; or a baseline).
    """

    name: str
    samples: np.ndarray
    made_by: str


COLUMNS = [("multires_stft_distance", "MR-STFT dist", "{:.3f}"),
           ("log_spectral_distance", "LSD dB", "{:.2f}"),
           ("spectral_convergence", "spec. conv.", "{:.3f}"),
           ("envelope_correlation", "envelope r", "{:.3f}"),
           ("buzz_index_db", "30 Hz buzz dB", "{:.1f}"),
           ("onset_f1", "onset F1", "{:.2f}"),
           ("level_db", "level dB", "{:+.1f}"),
           ("estoi", "ESTOI", "{:.3f}"),
           ("stoi", "STOI", "{:.3f}"),
           ("pitch_error_cents", "pitch err cents", "{:.0f}"),
           ("pitch_within_50c", "within 50 c", "{:.2f}"),
           ("voicing_agreement", "voicing", "{:.2f}"),
           ("motion_energy_r", "motion-energy r", "{:.3f}"),
           ("motion_energy_best_r", "best r", "{:.3f}"),
           ("motion_energy_best_lag", "at lag", "{:d}")]


def metrics_table(metrics, spread=None):
    """The metrics as a Markdown table, one row per signal.

    Parameters
    ----------
    metrics : dict of str -> dict
        signal name -> `dbn.evaluate.metrics_for`'s dict.
    spread : dict of str -> dict or None
        signal name -> the sd of each metric over render seeds ("mean ± sd").

    Returns
    -------
    table : str
    """
    spread = spread or {}
    lines = ["| signal | " + " | ".join(c[1] for c in COLUMNS) + " |",
             "|---|" + "---:|" * len(COLUMNS)]
    for name, m in metrics.items():
        sd = spread.get(name, {})
        lines.append(f"| {name} | " + " | ".join(_cell(fmt, m[key], sd.get(key))
                                                 for key, _, fmt in COLUMNS) + " |")
    return "\n".join(lines)


def _cell(fmt, value, sd=None):
    if value is None:  # no voiced frame: no pitch error
        return "-"
    if fmt == "{:d}" and not isinstance(value, int):
        fmt = "{:.1f}"  # a lag, as the mean over render seeds
    return fmt.format(value) + ("" if sd is None else " ± " + fmt.replace("+", "").format(sd))


def packages(info):
    """str: the versions a report was measured with ("numpy 2.4.6, scipy 1.17.1, ...")."""
    return ", ".join(f"{name} {version}" for name, version in info.get("packages", {}).items()
                     if version) or "package versions not recorded"


def _markdown(info, metrics, plots, spread):
    brains = ", ".join(f"`{p}` ({b['layout']}, {'-'.join(map(str, b['sizes']))})"
                       for p, b in info["brains"].items())
    part = (f"the last {info['holdout']:.0%} of {info['videos'][0]}" if info["holdout"]
            else ", ".join(info["test"]))
    trained = (", ".join(info["train"]) if info["train"]
               else "the test videos themselves (this flatters the learning baselines)")
    return "\n".join([
        "# dbn evaluation",
        "",
        f"Brains {brains}, compared on {part} ({info['frames']} frames at "
        f"{info['fps']:.3f} fps" + (", each clip rotated by a random number of frames and "
                                    "the clips joined in random order; onsets, pitch and "
                                    "motion are found between the joins" if info["rotate"] else "")
        + ") against the real audio, in frame time "
        f"(735 samples per frame). Baselines learn from {trained}; {_seeds(info)}. Measured "
        f"{info['date']} on {info['machine']}, with {packages(info)}.",
        "",
        "Lower is better for the distances, the buzz and the pitch error (median cents over "
        "the frames both voice); higher for the correlations, onset F1, the share of voiced "
        "frames within 50 cents and voicing agreement. `--clean` turns 2015's quirks off. "
        "The oracle floor (noise shaped by the true loudness) looks at the real audio: it "
        "is no baseline.",
        "",
        metrics_table(metrics, spread),
        "",
        *[f"- `{p}` was validated on {b['validation']}; loss.png marks each validation "
          "where it ran." for p, b in info["brains"].items() if b["validation"]],
        "",
        *[f"![{name}]({name})" for name in plots],
        "",
    ])


def _specgram(fig, ax, x, title):
    S = librosa.amplitude_to_db(np.abs(librosa.stft(x, n_fft=1024, hop_length=256)) + 1e-9,
                                ref=1.0)
    image = ax.imshow(S, origin="lower", aspect="auto", vmin=-80, vmax=20, cmap="magma",
                      extent=[0, len(x) / RATE, 0, RATE / 2000])
    fig.colorbar(image, ax=ax, pad=0.01).set_label("dB", fontsize=6)
    ax.set_title(title, fontsize=8)
    ax.set_ylabel("kHz", fontsize=7)
    ax.set_xlabel("seconds (frame time)", fontsize=6)
    ax.tick_params(labelsize=6)


def _save(fig, path):
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=90, format="png")
    plt.close(fig)


def validations(history):
    """Each validation once, at the epoch count it ran after.

    Parameters
    ----------
    history : list of dict
        a brain's per-epoch monitors (``valid_epoch`` says when the shown
        validation ran; brains of dbn 1.0 lack it: every epoch's value).

    Returns
    -------
    points : list of (int, float)
        (epoch, validation loss), in order.
    """
    points = {}
    for h in history:
        points.setdefault(h.get("valid_epoch", h["epoch"]), h["valid_loss"])
    return sorted(points.items())


def _plots(out_dir, ref, signals, histories):
    names = ["spectrograms.png", "waveforms.png", "loss.png"]
    items = [("real audio", ref)] + list(signals.items())
    cols = 2
    rows = (len(items) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(12, 2.1 * rows), squeeze=False)
    for ax, (name, x) in zip(axes.flat, items):
        _specgram(fig, ax, x, name)
    for ax in list(axes.flat)[len(items):]:
        ax.axis("off")
    fig.tight_layout()
    _save(fig, os.path.join(out_dir, names[0]))
    fig, axes = plt.subplots(len(items), 1, figsize=(11, 0.9 * len(items)), sharex=True)
    for ax, (name, x) in zip(np.atleast_1d(axes), items):
        ax.plot(np.arange(len(x)) / RATE, x, lw=0.3)
        ax.set_ylabel(name, rotation=0, ha="right", va="center", fontsize=6)
        ax.tick_params(labelsize=6)
    np.atleast_1d(axes)[-1].set_xlabel("seconds (frame time)", fontsize=7)
    fig.subplots_adjust(left=0.25, right=0.98, top=0.99, bottom=0.05, hspace=0.3)
    _save(fig, os.path.join(out_dir, names[1]))
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for label, history in histories.items():
        if not history:
            continue
        ax.semilogy([h["epoch"] for h in history], [h["loss"] for h in history],
                    label=f"{label}: training loss")
        ax.semilogy(*zip(*validations(history)), "o-", ms=3, label=f"{label}: validation")
    if ax.lines:
        ax.legend(fontsize=6)
    else:
        ax.text(0.5, 0.5, "no training history in these brains", ha="center", va="center")
    ax.set_xlabel("epoch")
    ax.set_ylabel("mean squared error")
    fig.tight_layout()
    _save(fig, os.path.join(out_dir, names[2]))
    return names


def write_report(out_dir, info, metrics, signals, clips, histories, *, spread=None):
    """Write metrics.json, report.md, the plots, report.html and its sounds.

    Parameters
    ----------
    out_dir : str
    info : dict
        what was compared (videos, brains, test, train, fps, frames, ...).
    metrics : dict of str -> dict
        each signal's metrics over all the test clips, and the real audio's.
    signals : list of Signal
        the real audio first, in frame time over all the test clips.
    clips : list of (str, np.ndarray, float, dict)
        each test clip's name, frames [shape=(n, 4096)], frame rate and the
        metrics of each signal on it alone, in the order the signals join them.
    histories : dict of str -> list
        each brain's training history.
    spread : dict of str -> dict or None
        the standard deviation of each render's metrics over its render seeds
        (their mean is in ``metrics``), shown as "mean ± sd".

    Returns
    -------
    path : str
        report.md.
    """
    spread = spread or {}
    joined = {s.name: s.samples for s in signals[1:]}
    plots = _plots(out_dir, signals[0].samples, joined, histories)
    with atomic_write(os.path.join(out_dir, "metrics.json")) as f:
        f.write(json.dumps({"info": info, "metrics": metrics, "spread": spread,
                            "clips": {name: scores for name, _, _, scores in clips}},
                           indent=1).encode())
    path = os.path.join(out_dir, "report.md")
    with atomic_write(path) as f:
        f.write(_markdown(info, metrics, plots, spread).encode())
    _html(out_dir, info, metrics, signals, clips, spread)
    return path


def _html(out_dir, info, metrics, signals, clips, spread):
    for sub in ("sounds", "images"):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
    sections, start = [], 0
    for k, (name, frames, fps, scores) in enumerate(clips):
        n = len(frames)
        sections.append(_clip_section(out_dir, k, name, frames, fps, scores,
                                      [(s, s.samples[start * ROW:(start + n) * ROW])
                                       for s in signals]))
        start += n
    page = _PAGE.format(title="dbn evaluation", summary=html.escape(_summary(info)),
                        table=_html_table(metrics, spread), clips="\n".join(sections),
                        script=_SORT)
    with atomic_write(os.path.join(out_dir, "report.html")) as f:
        f.write(page.encode())


def _clip_section(out_dir, k, name, frames, fps, scores, parts):
    """One clip: its frame strip, and each signal's player, spectrogram and metrics."""
    rate = int(round(ROW * fps))
    lo, hi = _excerpt(parts[0][1], rate)
    note = "" if (lo, hi) == (0, len(frames)) else (
        f" The clip is {len(frames) / fps:.0f} s long; the page plays its loudest "
        f"{(hi - lo) / fps:.0f} s, from {lo / fps:.1f} s.")
    strip = f"images/clip{k}-frames.png"
    _frame_strip(os.path.join(out_dir, strip), frames[lo:hi], fps)
    rows = []
    for j, (signal, x) in enumerate(parts):
        sound, image = f"sounds/clip{k}-{j}.ogg", f"images/clip{k}-{j}.png"
        write_ogg(os.path.join(out_dir, sound), x[lo * ROW:hi * ROW], rate)
        _spectrogram(os.path.join(out_dir, image), x[lo * ROW:hi * ROW], rate, signal.name)
        rows.append(_SIGNAL.format(name=html.escape(signal.name), sound=sound, image=image,
                                   made_by=html.escape(signal.made_by),
                                   seconds=(hi - lo) / fps,
                                   metrics=_html_table({signal.name: scores[signal.name]},
                                                       sortable=False)))
    return _CLIP.format(name=html.escape(name), note=html.escape(note), strip=strip,
                        signals="\n".join(rows))


def _excerpt(real, rate):
    """Frames [lo, hi) the page plays: all of a short clip, the loudest 30 s of a long one."""
    n = len(real) // ROW
    seconds = n * ROW / rate
    if seconds <= LONG:
        return 0, n
    width = int(EXCERPT * rate / ROW)
    energy = np.convolve((real.reshape(n, ROW) ** 2).sum(axis=1), np.ones(width), "valid")
    lo = int(np.argmax(energy))
    return lo, lo + width


def _figure():
    # one size and one set of margins for every picture of a clip, so that the frame
    # strip and the spectrograms share their time axis on the page
    fig = plt.figure(figsize=(9, 1.9))
    return fig, fig.add_axes([0.07, 0.25, 0.80, 0.62]), fig.add_axes([0.89, 0.25, 0.015, 0.62])


def _spectrogram(path, x, rate, title):
    fig, ax, bar = _figure()
    S = librosa.amplitude_to_db(np.abs(librosa.stft(np.asarray(x, np.float64), n_fft=1024,
                                                     hop_length=256)) + 1e-9, ref=1.0)
    image = ax.imshow(S, origin="lower", aspect="auto", vmin=-80, vmax=20, cmap="magma",
                      extent=[0, len(x) / rate, 0, rate / 2000])
    fig.colorbar(image, cax=bar).set_label("dB", fontsize=6)
    bar.tick_params(labelsize=6)
    ax.set_title(title, fontsize=8)
    ax.set_ylabel("kHz", fontsize=7)
    ax.set_xlabel("seconds", fontsize=7)
    ax.tick_params(labelsize=6)
    _save(fig, path)


def _frame_strip(path, frames, fps):
    """Thumbnails of the frames, each where its time falls, on the spectrograms' axis."""
    fig, ax, bar = _figure()
    bar.axis("off")
    seconds = len(frames) / fps
    count = max(1, min(len(frames), 24))
    width = seconds / count  # each thumbnail is the frame in the middle of its own span
    picks = ((np.arange(count) + 0.5) * len(frames) / count).astype(int)
    images = np.asarray(frames, np.float64).reshape(-1, FRAME_SIDE, FRAME_SIDE)[picks]
    for k, image in enumerate(images):
        ax.imshow(image, cmap="gray", vmin=0, vmax=1, aspect="auto",
                  extent=[k * width, (k + 1) * width, 0, 1])
    ax.set_xlim(0, seconds)
    ax.set_yticks([])
    ax.set_title("the picture", fontsize=8)
    ax.set_xlabel("seconds", fontsize=7)
    ax.tick_params(labelsize=6)
    _save(fig, path)


def _summary(info):
    return (f"{', '.join(info['test'])}: {info['frames']} frames at {info['fps']:.3f} fps"
            + (", rotated" if info["rotate"] else "") + f"; baselines learn from "
            f"{', '.join(info['train']) or 'the test clips themselves'}; "
            + _seeds(info) + f"; {info['date']}, {info['machine']}; {packages(info)}.")


def _seeds(info):
    n = info.get("seeds", 1)
    return (f"render seed {info['seed']}" if n == 1 else
            f"render seeds {info['seed']}-{info['seed'] + n - 1} (each render's figures: "
            f"mean ± sd; its players: seed {info['seed']})")


def _html_table(metrics, spread=None, *, sortable=True):
    spread = spread or {}
    head = "".join(f"<th>{label}</th>" for _, label, _ in COLUMNS)
    body = "".join(
        f"<tr><td>{html.escape(name)}</td>"
        + "".join(f"<td>{_cell(fmt, m[key], spread.get(name, {}).get(key))}</td>"
                  for key, _, fmt in COLUMNS) + "</tr>"
        for name, m in metrics.items())
    return (f'<table{" class=sortable" if sortable else ""}><thead><tr><th>signal</th>{head}'
            f"</tr></thead><tbody>{body}</tbody></table>")


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: sans-serif; margin: 1em 2em; max-width: 62em; }}
table {{ border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }}
th, td {{ border: 1px solid #ccc; padding: 2px 6px; text-align: right; }}
th:first-child, td:first-child {{ text-align: left; }}
table.sortable th {{ cursor: pointer; background: #eee; }}
.signal {{ margin: 1em 0 1.5em; }}
.signal img, .clip > img {{ width: 100%; display: block; }}
audio {{ width: 100%; }}
.made {{ color: #555; font-size: 0.85em; margin: 0.2em 0; }}
</style></head>
<body>
<h1>{title}</h1>
<p>{summary} Lower is better for the distances, the buzz and the pitch error;
higher for the correlations, onset F1, pitch within 50 cents and voicing
agreement. The oracle floor looks at the real audio: it is no baseline. Click a
column to sort.</p>
{table}
{clips}
<script>{script}</script>
</body></html>
"""
_CLIP = """<section class="clip"><h2>{name}</h2><p>{note}</p>
<img src="{strip}" alt="the frames of {name}">
{signals}
</section>"""
_SIGNAL = """<div class="signal"><h3>{name}</h3>
<audio controls preload="metadata" src="{sound}" data-seconds="{seconds:.3f}"></audio>
<p class="made">{made_by}</p>
<img src="{image}" alt="spectrogram of {name}">
{metrics}
</div>"""
_SORT = """
for (const table of document.querySelectorAll("table.sortable")) {
  table.querySelectorAll("th").forEach((th, col) => th.addEventListener("click", () => {
    const body = table.tBodies[0], rows = Array.from(body.rows);
    const key = r => { const t = r.cells[col].textContent, v = parseFloat(t);
                       return isNaN(v) ? t : v; };
    const up = th.dataset.order !== "up";
    rows.sort((a, b) => (key(a) > key(b) ? 1 : key(a) < key(b) ? -1 : 0) * (up ? 1 : -1));
    th.dataset.order = up ? "up" : "down";
    rows.forEach(r => body.appendChild(r));
  }));
}
"""
