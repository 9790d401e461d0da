"""Training speed of 4096-1000-1000-1000-735 (float32) against references in the same run.

For batch 10, 32 and 100 it prints samples/s of one NAG step for each
PyTensor backend (CVM, Numba, JAX on this machine's default device), and
ratios against:
- the GEMM roofline: the time numpy alone takes for exactly that step's
  matrix products (4 forward, 4 for the weight gradients, 3 for the input
  gradients) at that batch size (targets >= 0.7 at 32, >= 0.8 at 100);
- the same step in PyTorch on this device, when torch is importable
  (target >= 1.1).
"""
import sys
import time
import warnings

import numpy as np

import common  # noqa: F401  (puts the repository on sys.path)
from dbn import Network
from dbn.training.graph import Model

SIZES = [4096, 1000, 1000, 1000, 735]
N = 2000


def step_rate(model, batch, seconds=4.0):
    idx = [np.arange(i, i + batch, dtype=np.int32) for i in range(0, N - batch + 1, batch)]
    model.step(idx[0])
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for b in idx:
            model.step(b)
            done += batch
    return done / (time.perf_counter() - t0)


def gemm_rate(batch, repeat=20):
    rng = np.random.default_rng(0)
    Ws = [rng.standard_normal((a, b), dtype=np.float32) for a, b in zip(SIZES, SIZES[1:])]
    x = rng.standard_normal((batch, SIZES[0]), dtype=np.float32)
    acts = [x]
    for W in Ws:
        acts.append(acts[-1] @ W)
    grads = [rng.standard_normal(a.shape, dtype=np.float32) for a in acts[1:]]

    def step():
        h = x
        for W in Ws:
            h = h @ W
        for i, (W, g) in enumerate(zip(Ws, grads)):
            acts[i].T @ g
            if i:
                g @ W.T

    step()
    t = min(_time(step) for _ in range(repeat))
    return batch / t


def _time(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def torch_rate(batch, seconds=4.0):
    try:
        import torch
    except ImportError:
        return None
    torch.manual_seed(0)
    layers = []
    for a, b in zip(SIZES, SIZES[1:]):
        layers += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    net = torch.nn.Sequential(*layers[:-1])
    opt = torch.optim.SGD(net.parameters(), lr=1e-4, momentum=0.9, nesterov=True)
    X, Y = torch.rand(N, SIZES[0]), torch.rand(N, SIZES[-1])
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for i in range(0, N - batch + 1, batch):
            opt.zero_grad()
            loss = ((net(X[i:i + batch]) - Y[i:i + batch]) ** 2).mean()
            loss.backward()
            opt.step()
            done += batch
    return done / (time.perf_counter() - t0)


def main(devices):
    warnings.simplefilter("ignore")
    rng = np.random.default_rng(0)
    X = rng.random((N, SIZES[0]), dtype=np.float32)
    Y = rng.random((N, SIZES[-1]), dtype=np.float32)
    for batch in (10, 32, 100):
        roof = gemm_rate(batch)
        torch = torch_rate(batch)
        print(f"batch {batch:>3}: GEMM roofline {roof:.0f} samples/s; "
              + (f"PyTorch CPU {torch:.0f}/s" if torch else "torch not importable"), flush=True)
        for device in devices:
            net = Network(SIZES, seed=0)
            model = Model(net.layers, X, Y, optimizer="nag", learning_rate=1e-4,
                          momentum=0.9, device=device)
            rate = step_rate(model, batch)
            vs_torch = f", {rate / torch:.2f} x PyTorch" if torch else ""
            print(f"    {device:>5}: {rate:6.0f} samples/s, {rate / roof:.2f} of the roofline"
                  f"{vs_torch}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["cpu", "jax"])  # "numba" compares PyTensor's default backend
