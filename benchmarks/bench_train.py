"""Training speed of 4096-1000-1000-1000-735 (float32) against references in the same run.

    python benchmarks/bench_train.py [--device cpu|gpu] [--backends cpu jax ...] [--no-epoch]

For batch 10, 32 and 100 it prints samples/s of NAG steps for each PyTensor
backend, one step per call and `K` steps per call (`Model.steps`, a scan),
and ratios against references measured in the same run:

--device cpu (the default): PyTensor's CVM (``--device cpu``) and JAX
  backends on the CPU, against
  - the GEMM roofline: the time numpy alone takes for exactly that step's
    matrix products (4 forward, 4 for the weight gradients, 3 for the input
    gradients) at that batch size (targets >= 0.7 at 32, >= 0.8 at 100);
  - the same step in PyTorch on the CPU, when torch is importable
    (target >= 1.1).
--device gpu: PyTensor's JAX backend on the GPU (``dbn train --device
  gpu``), against
  - the GEMM roofline on the GPU: a jitted JAX function doing exactly the
    step's 11 matrix products;
  - the same step in PyTorch on CUDA, when torch sees a GPU;
  - the CVM backend on this machine's CPU, to show what the GPU buys.
Every call's loss is brought back to the host before the next (as PyTorch's
``loss.item()``), so that no backend is timed while it still works.

Then the published-brain line: one epoch of KUNGFURY's network
(4096-2000-1500-1000-735, NAG, batch 32) on 54,000 generated frames (30
minutes at 30 fps) through `dbn.training.calls.Calls` with "auto" steps per
call, as `dbn train` runs it, in seconds, for each backend (2015 took days
per brain).
"""
import argparse
import time
import warnings

import numpy as np

import common  # noqa: F401  (puts the repository on sys.path)
from dbn import Network
from dbn.training.batches import Batches
from dbn.training.calls import Calls
from dbn.training.graph import Model

SIZES = [4096, 1000, 1000, 1000, 735]
KUNGFURY = [4096, 2000, 1500, 1000, 735]
N = 2000
K = 16  # steps per call of the multi-step path


def step_rate(model, batch, k=1, seconds=4.0):
    """Samples/s of ``model`` stepping through N rows, ``k`` steps per call."""
    rows = np.arange(N // batch * batch, dtype=np.int32).reshape(-1, batch)
    calls = [rows[i:i + k] for i in range(0, len(rows) - k + 1, k)]
    run = (lambda r: model.step(r[0])) if k == 1 else model.steps  # noqa: E731
    np.asarray(run(calls[0]))  # compiles
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for r in calls:
            np.asarray(run(r))
            done += batch * k
    return done / (time.perf_counter() - t0)


def _weights_and_grads(batch):
    rng = np.random.default_rng(0)
    Ws = [rng.standard_normal((a, b), dtype=np.float32) for a, b in zip(SIZES, SIZES[1:])]
    x = rng.standard_normal((batch, SIZES[0]), dtype=np.float32)
    acts = [x]
    for W in Ws:
        acts.append(acts[-1] @ W)
    grads = [rng.standard_normal(a.shape, dtype=np.float32) for a in acts[1:]]
    return Ws, x, acts, grads


def _products(Ws, x, acts, grads):
    """The 11 matrix products of one step; returns them so that nothing is skipped."""
    out, h = [], x
    for W in Ws:
        h = h @ W
    out.append(h)
    for i, (W, g) in enumerate(zip(Ws, grads)):
        out.append(acts[i].T @ g)
        if i:
            out.append(g @ W.T)
    return out


def gemm_rate(batch, repeat=20):
    Ws, x, acts, grads = _weights_and_grads(batch)
    step = lambda: _products(Ws, x, acts, grads)  # noqa: E731
    step()
    return batch / min(_time(step) for _ in range(repeat))


def jax_gemm_rate(batch, repeat=50):
    import jax
    Ws, x, acts, grads = (jax.device_put(a) for a in _weights_and_grads(batch))
    step = jax.jit(lambda Ws, x, acts, grads: _products(Ws, x, acts, grads))
    jax.block_until_ready(step(Ws, x, acts, grads))

    def once():
        jax.block_until_ready(step(Ws, x, acts, grads))
    return batch / min(_time(once) for _ in range(repeat))


def _time(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def torch_rate(batch, device="cpu", seconds=4.0):
    try:
        import torch
    except ImportError:
        return None
    if device == "cuda" and not torch.cuda.is_available():
        return None
    torch.manual_seed(0)
    layers = []
    for a, b in zip(SIZES, SIZES[1:]):
        layers += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    net = torch.nn.Sequential(*layers[:-1]).to(device)
    opt = torch.optim.SGD(net.parameters(), lr=1e-4, momentum=0.9, nesterov=True)
    X, Y = torch.rand(N, SIZES[0], device=device), torch.rand(N, SIZES[-1], device=device)

    def step(i):
        opt.zero_grad()
        loss = ((net(X[i:i + batch]) - Y[i:i + batch]) ** 2).mean()
        loss.backward()
        opt.step()
        return loss.item()  # a host round trip per step, as Model.step returns its loss

    step(0)
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for i in range(0, N - batch + 1, batch):
            step(i)
            done += batch
    return done / (time.perf_counter() - t0)


def model_of(sizes, device, X, Y):
    net = Network(sizes, seed=0)
    return Model(net.layers, X, Y, optimizer="nag", learning_rate=1e-4, momentum=0.9,
                 device=device)


def pytensor_rate(device, batch, X, Y, k=1):
    return step_rate(model_of(SIZES, device, X, Y), batch, k)


def bench_cpu(X, Y, backends):
    for batch in (10, 32, 100):
        roof = gemm_rate(batch)
        torch = torch_rate(batch)
        print(f"batch {batch:>3}: GEMM roofline {roof:.0f} samples/s; "
              + (f"PyTorch CPU {torch:.0f}/s" if torch else "torch not importable"), flush=True)
        for device in backends:
            for k in (1, K):
                rate = pytensor_rate(device, batch, X, Y, k)
                vs_torch = f", {rate / torch:.2f} x PyTorch" if torch else ""
                print(f"    {device:>5}, {k:>2} step(s) per call: {rate:6.0f} samples/s, "
                      f"{rate / roof:.2f} of the roofline{vs_torch}", flush=True)


def published_epoch(device, batch=32, n=54_000):
    """Seconds of one epoch of KUNGFURY's network on ``n`` generated frames."""
    rng = np.random.default_rng(0)
    X = rng.random((n, KUNGFURY[0]), dtype=np.float32)
    Y = rng.random((n, KUNGFURY[-1]), dtype=np.float32)
    model = model_of(KUNGFURY, device, X, Y)
    order = Batches(n, batch, np.random.RandomState(0)).epoch()
    model.step(order[0])  # compiles
    t0 = time.perf_counter()
    np.asarray(list(Calls(model, 0, device).losses(order)))
    return time.perf_counter() - t0


def bench_gpu(X, Y):
    import jax
    print(f"JAX {jax.__version__} on {jax.devices('gpu')[0].device_kind}", flush=True)
    for batch in (10, 32, 100, 1000):
        roof = jax_gemm_rate(batch)
        torch = torch_rate(batch, "cuda")
        cpu = pytensor_rate("cpu", batch, X, Y) if batch <= 100 else None
        print(f"batch {batch:>4}: GPU GEMM roofline {roof:.0f} samples/s; "
              + (f"PyTorch CUDA {torch:.0f}/s; " if torch else "no PyTorch CUDA; ")
              + (f"CVM on the CPU {cpu:.0f}/s" if cpu else ""), flush=True)
        for k in (1, K):
            gpu = pytensor_rate("gpu", batch, X, Y, k)
            print(f"    gpu, {k:>2} step(s) per call: {gpu:6.0f} samples/s, "
                  f"{gpu / roof:.2f} of the roofline"
                  + (f", {gpu / torch:.2f} x PyTorch CUDA" if torch else "")
                  + (f", {gpu / cpu:.2f} x CVM on the CPU" if cpu else ""), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", choices=("cpu", "gpu"), default="cpu")
    parser.add_argument("--backends", nargs="+", default=["cpu", "jax"],
                        help="--device cpu: the PyTensor backends to time (cpu = CVM, jax)")
    parser.add_argument("--no-epoch", action="store_true",
                        help="leave out the published-brain epochs (about a minute each on 2 "
                             "cores)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    rng = np.random.default_rng(0)
    X = rng.random((N, SIZES[0]), dtype=np.float32)
    Y = rng.random((N, SIZES[-1]), dtype=np.float32)
    if args.device == "gpu":
        bench_gpu(X, Y)
    else:
        bench_cpu(X, Y, args.backends)
    for device in [] if args.no_epoch else [args.device] if args.device == "gpu" \
            else args.backends:
        seconds = published_epoch(device)
        print(f"KUNGFURY's network (4096-2000-1500-1000-735), 54,000 frames, batch 32, "
              f"--device {device}: one epoch {seconds:.1f} s ({1 / seconds:.3f} epochs/s)",
              flush=True)


if __name__ == "__main__":
    main()
