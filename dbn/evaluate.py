"""Step four, ``dbn evaluate``: a brain on a video against its real audio.

- `evaluate_video`: render the brain's modes, compute the metrics for them
  and for the baselines, write report.md, metrics.json and PNG plots.
- `metrics_for`: every metric of one signal against the reference.
- `metrics_table`: the metrics as a Markdown table.
"""
import datetime
import json
import os
import platform

import librosa
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from . import metrics as ev  # noqa: E402
from .atomic import atomic_path, atomic_write  # noqa: E402
from .brainfile import load_brain  # noqa: E402
from .errors import MediaError, ParameterError  # noqa: E402
from .features import RATE, ROW, pcm_rows, read_frames  # noqa: E402
from .media import read_audio  # noqa: E402
from .outputs import output_folder  # noqa: E402
from .rendering import fitting_modes, output_rate, playback_fps, render  # noqa: E402


def metrics_for(x, ref, frames):
    """Every metric of signal ``x`` against ``ref``.

    Parameters
    ----------
    x, ref : np.ndarray [shape=(n,), dtype=float64]
        22050 Hz, 735 samples per frame.
    frames : np.ndarray [shape=(n / 735, 4096)]
        the frames the signal belongs to (for motion energy).

    Returns
    -------
    metrics : dict of str -> float or int
    """
    r0, best_r, lag = ev.motion_energy(frames, x)
    return {
        "log_spectral_distance": ev.log_spectral_distance(x, ref),
        "spectral_convergence": ev.spectral_convergence(x, ref),
        "multires_stft_distance": ev.multires_stft_distance(x, ref),
        "envelope_correlation": ev.envelope_correlation(x, ref),
        "buzz_index_db": ev.buzz_index(x),
        "onset_f1": ev.onset_f1(ev.onsets(x), ev.onsets(ref)),
        "motion_energy_r": r0,
        "motion_energy_best_r": best_r,
        "motion_energy_best_lag": lag,
    }


def brain_modes(net):
    """list of str: the modes a brain was rendered with (its recipe's), else all that fit."""
    fits = fitting_modes(net)
    recorded = net.meta.get("recipe", {}).get("render", {}).get("modes") or []
    return [m for m in recorded if m in fits] or fits


def _renders(net, frames, seed):
    """Each of the brain's modes, 2015-faithful and --clean, at 22050 Hz."""
    out = {}
    for mode in brain_modes(net):
        for clean in (False, True):
            y = render(net, frames, mode, seed=seed, clean=clean)
            rate = output_rate(mode, playback_fps(mode, net))
            if rate != RATE:
                y = librosa.resample(np.asarray(y, np.float64), orig_sr=rate, target_sr=RATE)
            out[mode + (" --clean" if clean else "")] = np.asarray(y, np.float64)
    return out


def evaluate_video(video, brain, out_dir, *, holdout=0.0, force=False, seed=0):
    """Evaluate a brain on a video; write report.md, metrics.json and plots.

    Parameters
    ----------
    video : str
        needs its real audio.
    brain : str
        a brain file with 4096 inputs.
    out_dir : str
        refused if it exists, unless ``force``.
    holdout : float in [0, 1)
        compare on the last ``holdout`` part of the clip only (the part a
        brain trained with ``--valid-split`` of the same size never fit).
    seed : int
        seeds the random modes.

    Returns
    -------
    report : str
        path of report.md.
    """
    if not 0 <= holdout < 1:
        raise ParameterError(f"--holdout must be in [0, 1), got {holdout}")
    net = load_brain(brain, input_size=4096)
    fitting_modes(net)
    samples = read_audio(video, RATE)
    if not np.any(samples):
        raise MediaError(f"{video}: its audio is silent; evaluate needs the real audio")
    frames, fps = read_frames(video)
    rows = pcm_rows(samples)[: len(frames)]
    frames = frames[: len(rows)]
    n = len(frames)
    cut = n - int(round(n * holdout)) if holdout else 0
    test_frames = frames[cut:]
    if len(test_frames) < 3:
        raise ParameterError(f"the held-out part has {len(test_frames)} frames; need 3")
    output_folder(out_dir, force=force)
    ref = (2 * rows[cut:].astype(np.float64) - 1).ravel()
    signals = {k: v[cut * ROW:(cut + len(test_frames)) * ROW]
               for k, v in _renders(net, frames, seed).items()}
    train_frames, train_rows = (frames[:cut], rows[:cut]) if cut else (frames, rows)
    baselines = {
        "baseline: silence": ev.silence(len(test_frames)),
        "baseline: mean training row": ev.mean_row(train_rows, len(test_frames)),
        "baseline: nearest neighbour": ev.nearest_neighbour(train_frames, train_rows,
                                                            test_frames),
        "baseline: vOICe": ev.voice_sonification(test_frames),
    }
    metrics = {name: metrics_for(x, ref, test_frames)
               for name, x in {**signals, **baselines}.items()}
    metrics["real audio"] = metrics_for(ref, ref, test_frames)
    info = {"video": video, "brain": brain, "layout": net.meta.get("layout"),
            "sizes": net.sizes, "frames": n, "fps": fps, "holdout": holdout,
            "evaluated_frames": len(test_frames), "date": datetime.date.today().isoformat(),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                       f"Python {platform.python_version()}"}
    plots = _plots(out_dir, ref, {**signals, **baselines}, net.meta.get("history", []))
    with atomic_write(os.path.join(out_dir, "metrics.json")) as f:
        f.write(json.dumps({"info": info, "metrics": metrics}, indent=1).encode())
    path = os.path.join(out_dir, "report.md")
    with atomic_write(path) as f:
        f.write(_markdown(info, metrics, plots).encode())
    return path


COLUMNS = [("multires_stft_distance", "MR-STFT dist", "{:.3f}"),
           ("log_spectral_distance", "LSD dB", "{:.2f}"),
           ("spectral_convergence", "spec. conv.", "{:.3f}"),
           ("envelope_correlation", "envelope r", "{:.3f}"),
           ("buzz_index_db", "30 Hz buzz dB", "{:.1f}"),
           ("onset_f1", "onset F1", "{:.2f}"),
           ("motion_energy_r", "motion-energy r", "{:.3f}"),
           ("motion_energy_best_r", "best r", "{:.3f}"),
           ("motion_energy_best_lag", "at lag", "{:d}")]


def metrics_table(metrics):
    """str: the metrics as a Markdown table, one row per signal."""
    lines = ["| signal | " + " | ".join(c[1] for c in COLUMNS) + " |",
             "|---|" + "---:|" * len(COLUMNS)]
    for name, m in metrics.items():
        lines.append(f"| {name} | " + " | ".join(fmt.format(m[key]) for key, _, fmt in COLUMNS)
                     + " |")
    return "\n".join(lines)


def _markdown(info, metrics, plots):
    part = (f"the last {info['holdout']:.0%} ({info['evaluated_frames']} frames)"
            if info["holdout"] else f"the whole clip ({info['evaluated_frames']} frames)")
    return "\n".join([
        f"# dbn evaluation: {os.path.basename(info['video'])}",
        "",
        f"Brain `{info['brain']}` ({info['layout']}, {'-'.join(map(str, info['sizes']))}); "
        f"compared on {part} against the real audio, as the 735-sample rows the brain "
        f"was trained to produce (22050 Hz). Measured {info['date']} on {info['machine']}.",
        "",
        "Lower is better for the distances and the buzz; higher for the correlations and "
        "onset F1. `--clean` turns 2015's quirks off.",
        "",
        metrics_table(metrics),
        "",
        *[f"![{name}]({name})" for name in plots],
        "",
    ])


def _specgram(ax, x, title):
    S = librosa.amplitude_to_db(np.abs(librosa.stft(x, n_fft=1024, hop_length=256)) + 1e-9,
                                ref=1.0)
    ax.imshow(S, origin="lower", aspect="auto", vmin=-80, vmax=20, cmap="magma",
              extent=[0, len(x) / RATE, 0, RATE / 2000])
    ax.set_title(title, fontsize=8)
    ax.set_ylabel("kHz", fontsize=7)
    ax.tick_params(labelsize=6)


def _save(fig, path):
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=90, format="png")
    plt.close(fig)


def validations(history):
    """list of (epoch, loss): each validation once, at the epoch count it ran after.

    Parameters
    ----------
    history : list of dict
        a brain's per-epoch monitors (``valid_epoch`` says when the shown
        validation ran; brains of dbn 1.0 lack it: every epoch's value).
    """
    points = {}
    for h in history:
        points.setdefault(h.get("valid_epoch", h["epoch"]), h["valid_loss"])
    return sorted(points.items())


def _plots(out_dir, ref, signals, history):
    names = ["spectrograms.png", "waveforms.png", "loss.png"]
    items = [("real audio", ref)] + list(signals.items())
    cols = 2
    rows = (len(items) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(11, 1.9 * rows), squeeze=False)
    for ax, (name, x) in zip(axes.flat, items):
        _specgram(ax, x, name)
    for ax in list(axes.flat)[len(items):]:
        ax.axis("off")
    fig.tight_layout()
    _save(fig, os.path.join(out_dir, names[0]))
    fig, axes = plt.subplots(len(items), 1, figsize=(11, 0.9 * len(items)), sharex=True)
    for ax, (name, x) in zip(np.atleast_1d(axes), items):
        ax.plot(np.arange(len(x)) / RATE, x, lw=0.3)
        ax.set_ylabel(name, rotation=0, ha="right", va="center", fontsize=6)
        ax.tick_params(labelsize=6)
    np.atleast_1d(axes)[-1].set_xlabel("seconds", fontsize=7)
    fig.subplots_adjust(left=0.2, right=0.98, top=0.99, bottom=0.05, hspace=0.3)
    _save(fig, os.path.join(out_dir, names[1]))
    fig, ax = plt.subplots(figsize=(6, 3.5))
    if history:
        ax.semilogy([h["epoch"] for h in history], [h["loss"] for h in history],
                    label="training loss")
        ax.semilogy(*zip(*validations(history)), "o-", ms=3, label="validation loss")
        ax.legend()
    else:
        ax.text(0.5, 0.5, "no training history in this brain", ha="center", va="center")
    ax.set_xlabel("epoch")
    ax.set_ylabel("mean squared error")
    fig.tight_layout()
    _save(fig, os.path.join(out_dir, names[2]))
    return names
