"""What the cluttered theremin lacks: a prior that things have a place. Measured.

    python benchmarks/object_prior.py [--work DIR] [--seeds 3]

Needs PyTorch (``pip install torch``, as bench_train.py): these are trial
networks, not dbn brains. On the theremin made otherwise (other_scenes.py:
an orange disc whose height sets the pitch, drifting sideways, and a grey
square that has nothing to do with the sound), trained on 90 s (seed 11) and
scored on 30 s of each of two unseen seeds (12, 13):

- mlp: `brains/context.toml`'s input (``sight2`` over +-4 frames, from dbn's
  own 64x64 frames) and network shape (9216-256-256, ReLU, Adam 1e-3, batch
  32, 120 epochs, the pitch's squared error weighed 9 times), predicting
  voicing and the pitch; the calibration: it fails as `context` does.
- mlp-bins: the same, the pitch as 49 bins 50 cents apart (a soft one-hot,
  cross-entropy), read back at its peak: a regressor unsure between two
  heights gives their mean, a classifier one of them.
- mlp-bins-mse: the same bins as dbn's trainer would learn them, a target
  like any other: every output linear, each of the voicing and the 49 bump
  columns standardised (the bumps zero in silence), one squared error for all
  (no mask, no softmax), read back at the peak. Whether the bins' gain needs
  the cross-entropy.
- conv: two 5x5 convolutions (16 channels, ReLU) over the frame and its
  difference from the one before, then 8 maps whose spatial soft-argmax (the
  expected x and y under a softmax over the map) and peak feed a 128-128 MLP
  (Levine, Finn et al. 2016): what is where, the same detector everywhere.
  30 epochs.

Figures are of the predicted pitch itself (no render through pyin), as the
mean +- sd over ``--seeds`` training seeds of each seed's mean over the two
unseen clips: median error in cents over the frames where the disc is there
and the brain says so, the share of those within 50 cents, and voicing
agreement. A table (object_prior.md) and a plot of the first unseen clip
(object_prior.png) land in ``--work``.

``--kinds`` runs some of them only.
"""
import argparse
import os

import common  # noqa: F401 (dbn on the path)
import numpy as np
from other_scenes import theremin, theremin_score, write
from tqdm import tqdm

from dbn.context import Context, context_inputs
from dbn.evaluate import load_clip

FOOTAGE = (("train", 90, 11), ("unseen-12", 30, 12), ("unseen-13", 30, 13))
BINS = np.linspace(np.log2(196.0), np.log2(784.0), 49)  # log2 Hz, 50 cents apart
EPOCHS = {"mlp": 120, "mlp-bins": 120, "mlp-bins-mse": 120, "conv": 30}


def footage(work):
    """Each clip's dbn frames [n, 4096] float32, log2 pitch [n] and disc presence [n]."""
    clips = []
    for name, seconds, seed in FOOTAGE:
        path = os.path.join(work, f"theremin-{name}.mp4")
        if not os.path.exists(path):
            write(path, *theremin(seconds, seed))
        frames = load_clip(path).frames.astype(np.float32)
        _, height, *_, present = theremin_score(seconds, seed)
        n = len(frames)
        clips.append((frames, np.log2(196.0 * 4 ** height[:n]), present[:n]))
    return clips


def inputs(kind, frames):
    """A model's input rows: context's windows, or [n, 2, 64, 64] frame and difference."""
    if kind != "conv":
        return context_inputs(frames, Context("sight2", 4))
    f = frames.reshape(-1, 64, 64)
    return np.stack([f, np.abs(f - np.concatenate([f[:1], f[:-1]]))], axis=1)


def model(kind, width, torch):
    """The network of ``kind`` (outputs: a voicing logit, then the pitch or its bins)."""
    nn, out = torch.nn, 2 if kind == "mlp" else 1 + len(BINS)
    if kind != "conv":
        return nn.Sequential(nn.Linear(width, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU(),
                             nn.Linear(256, out))

    class Where(nn.Module):
        def __init__(self, maps=8):
            super().__init__()
            self.see = nn.Sequential(nn.Conv2d(2, 16, 5, padding=2), nn.ReLU(),
                                     nn.Conv2d(16, 16, 5, padding=2), nn.ReLU(),
                                     nn.Conv2d(16, maps, 1))
            axis = torch.linspace(-1, 1, 64)
            self.register_buffer("x", axis.repeat(64))
            self.register_buffer("y", axis.repeat_interleave(64))
            self.head = nn.Sequential(nn.Linear(3 * maps, 128), nn.ReLU(), nn.Linear(128, 128),
                                      nn.ReLU(), nn.Linear(128, out))

        def forward(self, frames):
            maps = self.see(frames).flatten(2)  # [batch, maps, 4096]
            p = torch.softmax(maps, -1)
            return self.head(torch.cat([(p * self.x).sum(-1), (p * self.y).sum(-1),
                                        maps.amax(-1)], 1))
    return Where()


def _bumps(pitch):
    """[n, 49]: a bump 50 cents wide (sd) about each true pitch, summing to 1."""
    bumps = np.exp(-0.5 * ((pitch[:, None] - BINS) * 24) ** 2)
    return bumps / bumps.sum(1, keepdims=True)


def _columns(pitch, present):
    """mlp-bins-mse's target [n, 50] (voicing, then the bumps), standardised; mean, sd.

    The bumps are zero where the disc is gone, as a target made from the sound
    would be: silence has no pitch.
    """
    on = present[:, None].astype(np.float64)
    Y = np.hstack([on, _bumps(pitch) * on])
    mean, sd = Y.mean(0), Y.std(0) + 1e-6
    return (Y - mean) / sd, mean, sd


def _loss(kind, y, idx, p, on, bumps, torch):
    """One batch's loss: the cross-entropies and weighed errors, or mlp-bins-mse's MSE."""
    if kind == "mlp-bins-mse":
        return ((y - bumps[idx]) ** 2).mean()
    voiced = on[idx]
    loss = torch.nn.functional.binary_cross_entropy_with_logits(y[:, 0], voiced)
    if kind == "mlp":
        miss = 9 * (y[:, 1] - p[idx]) ** 2
    else:
        miss = -(torch.log_softmax(y[:, 1:], 1) * bumps[idx]).sum(1)
    return loss + (miss * voiced).sum() / voiced.sum().clamp(min=1)


def train(kind, X, pitch, present, seed, torch):
    """A model of ``kind`` fit to standardised inputs X (float32 tensor) by Adam."""
    torch.manual_seed(seed)
    net = model(kind, X.shape[1], torch)
    opt = torch.optim.Adam(net.parameters(), 1e-3, weight_decay=0 if kind == "conv" else 1e-4)
    p = torch.tensor((pitch - pitch.mean()) / pitch.std(), dtype=torch.float32)
    on = torch.tensor(present, dtype=torch.float32)
    bumps = torch.tensor(_columns(pitch, present)[0] if kind == "mlp-bins-mse" else
                         _bumps(pitch), dtype=torch.float32)
    order = torch.Generator().manual_seed(seed)
    for _ in tqdm(range(EPOCHS[kind]), desc=f"{kind} seed {seed}", unit="epoch", leave=False):
        for idx in torch.randperm(len(X), generator=order).split(32):
            loss = _loss(kind, net(X[idx]), idx, p, on, bumps, torch)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return net


def predict(kind, net, X, train_clip, torch):
    """log2 pitch [n] and voicing [n] (bins: the mean of the five about the peak)."""
    pitch_train, present_train = train_clip[1:]
    with torch.no_grad():
        y = torch.cat([net(X[i:i + 256]) for i in range(0, len(X), 256)]).numpy()
    if kind == "mlp":
        return y[:, 1] * pitch_train.std() + pitch_train.mean(), y[:, 0] > 0
    if kind == "mlp-bins-mse":
        _, mean, sd = _columns(pitch_train, present_train)
        y = y * sd + mean
        return _at_peak(np.maximum(y[:, 1:], 1e-9)), y[:, 0] > 0.5
    return _at_peak(np.exp(y[:, 1:] - y[:, 1:].max(1, keepdims=True))), y[:, 0] > 0


def _at_peak(weights):
    """log2 pitch [n]: the weighted mean of the five bins about each row's largest."""
    peak = weights.argmax(1)
    near = np.clip(peak[:, None] + np.arange(-2, 3), 0, len(BINS) - 1)
    w = np.take_along_axis(weights, near, 1)
    return (w * BINS[near]).sum(1) / w.sum(1)


def scores(est, on, pitch, present):
    """Median cents off, the share within 50 cents (both voiced), voicing agreement."""
    both = on & present
    cents = 1200 * np.abs(est - pitch)[both]
    return np.median(cents), np.mean(cents <= 50), np.mean(on == present)


def markdown(rows):
    """The table: each model's mean +- sd over training seeds."""
    head = "| model | pitch err cents | within 50 c | voicing |\n|---|---:|---:|---:|\n"
    return head + "".join(
        f"| {k} | {m[0]:.0f} ± {s[0]:.0f} | {m[1]:.2f} ± {s[1]:.2f} | {m[2]:.2f} ± {s[2]:.2f} |\n"
        for k, m, s in rows)


def plot(path, clip, tracks):
    """The first unseen clip's first 10 s: the true pitch beside each model's."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    _, pitch, present = clip
    n = 300
    t = np.arange(n) / 30
    fig, ax = plt.subplots(figsize=(10, 4))
    ax.plot(t, np.where(present[:n], 2 ** pitch[:n], np.nan), "k", lw=3, label="true")
    for kind, (est, on) in tracks.items():
        ax.plot(t, np.where(on[:n], 2 ** est[:n], np.nan), lw=1, label=kind)
    ax.set(yscale="log", xlabel="seconds (unseen footage, seed 12)", ylabel="pitch, Hz",
           title="The cluttered theremin: pitch where the disc is (training seed 0)")
    ax.legend()
    fig.savefig(path, dpi=100, bbox_inches="tight")
    plt.close(fig)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", default="quality-out/object-prior")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--kinds", nargs="+", choices=list(EPOCHS), default=list(EPOCHS))
    args = parser.parse_args()
    try:
        import torch
    except ImportError:
        raise SystemExit("object_prior.py: needs PyTorch (pip install torch)") from None
    torch.set_num_threads(os.cpu_count())
    os.makedirs(args.work, exist_ok=True)
    (train_clip, *unseen), rows, tracks = footage(args.work), [], {}
    for kind in args.kinds:
        X = inputs(kind, train_clip[0])
        mu, sd = X.mean(0), X.std(0) + 1e-3
        standard = lambda frames: torch.tensor((inputs(kind, frames) - mu) / sd)  # noqa: E731
        runs = []
        for seed in range(args.seeds):
            net = train(kind, standard(train_clip[0]), *train_clip[1:], seed, torch)
            each = [predict(kind, net, standard(c[0]), train_clip, torch) for c in unseen]
            runs.append(np.mean([scores(*e, *c[1:]) for e, c in zip(each, unseen)], axis=0))
            tracks.setdefault(kind, each[0])
            print(kind, seed, "cents %.0f, within 50 c %.2f, voicing %.2f" % tuple(runs[-1]),
                  flush=True)
        rows.append((kind, np.mean(runs, 0), np.std(runs, 0)))
    table = markdown(rows)
    with open(os.path.join(args.work, "object_prior.md"), "w") as f:
        f.write(table)
    plot(os.path.join(args.work, "object_prior.png"), unseen[0], tracks)
    print(table + f"table and plot: {args.work}/object_prior.md, object_prior.png")


if __name__ == "__main__":
    main()
