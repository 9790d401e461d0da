"""Training speed of 4096-1000-1000-1000-735 (float32) against references in the same run.

    python benchmarks/bench_train.py [--device cpu|gpu] [--backends cpu jax ...]
        [--with-dot22scalar] [--with-old-adam] [--with-old-rmsprop] [--no-epoch]
    python benchmarks/bench_train.py --profile

For batch 10, 32 and 100 it prints samples/s of NAG steps for each PyTensor
backend, one step per call and `K` steps per call (`Model.steps`, a scan),
and ratios against references measured in the same run, their calls
interleaved and each rate taken from the median call (`median_rates`):

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

Then Adam steps of the context recipe's network (9216-256-256-42, batch
32, `brains/context.toml`) on each backend against PyTorch's Adam, and
with ``--with-old-adam`` that network compiled as before
`dbn.training.update_ops` (Adam as a plain expression, Gemm allowed). Then
RMSprop steps of `osborne-combined-stft-both-fft2`'s network
(4096-2050-2050-2050-2050, batch 100; RMSprop is its layer-wise
pretraining's rule) on the C backend against PyTorch's centred RMSprop
with momentum, and with ``--with-old-rmsprop`` the same compiled with
RMSprop as its plain expression. Then CD-1 steps of a 4096-1000 RBM
(`--pretrain rbm`), one and `K` per call, for each backend. Then the
published-brain line: one epoch of KUNGFURY's network
(4096-2000-1500-1000-735, NAG, batch 32) on 54,000 generated frames (30
minutes at 30 fps) through `dbn.training.calls.Calls` with "auto" steps per
call, as `dbn train` runs it, in seconds, for each backend (2015 took days
per brain). ``--profile`` instead prints where a C-backend NAG step's time
goes at batch 100 (`profile_step`).
"""
import argparse
import contextlib
import time
import warnings

import numpy as np
import pytensor
import pytensor.tensor as pt
from pytensor.compile.mode import Mode

import common  # noqa: F401  (puts the repository on sys.path)
from dbn import Network
from dbn.training.batches import Batches
from dbn.training.calls import Calls
from dbn.training import graph, optimizers
from dbn.training.graph import Model
from dbn.training.rbm import RBM
from dbn.training.update_ops import RMS_DECAY, RMSpropUpdate

SIZES = [4096, 1000, 1000, 1000, 735]
KUNGFURY = [4096, 2000, 1500, 1000, 735]
CONTEXT = [9216, 256, 256, 42]  # brains/context.toml
FFT2 = [4096, 2050, 2050, 2050, 2050]  # brains/osborne-combined-stft-both-fft2.toml
N = 2000
K = 16  # steps per call of the multi-step path


def median_rates(runs, rounds=12, calls=8):
    """Samples/s of each run, from the median time of its calls, interleaved.

    Each round makes ``calls`` calls of every run in turn, so that the
    machine's slow spells fall on all of them alike; the first round (which
    compiles and warms caches) is left out, and the median drops what is
    left of the noise.

    Parameters
    ----------
    runs : dict of str -> (callable(int), int)
        a call taking its index, and the samples one call processes.

    Returns
    -------
    dict of str -> float
    """
    times = {name: [] for name in runs}
    for r in range(rounds + 1):
        for name, (call, _) in runs.items():
            for i in range(calls):
                t = time.perf_counter()
                call(r * calls + i)
                if r:
                    times[name].append(time.perf_counter() - t)
    return {name: runs[name][1] / np.median(times[name]) for name in runs}


def model_run(model, batch, k=1):
    """``model`` stepping through the N rows, ``k`` steps per call (a `median_rates` run).

    The batches repeat when N rows make fewer than ``k`` (batch 1000 on the GPU)."""
    rows = np.arange(N // batch * batch, dtype=np.int32).reshape(-1, batch)
    rows = np.resize(rows, (max(len(rows), k), batch))
    calls = [rows[i:i + k] for i in range(0, len(rows) - k + 1, k)]
    if k == 1:
        return (lambda i: float(model.step(rows[i % len(rows)]))), batch
    return (lambda i: np.asarray(model.steps(calls[i % len(calls)]))), batch * k


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


def gemm_run(batch):
    """numpy doing the step's 11 products and nothing else (a `median_rates` run)."""
    Ws, x, acts, grads = _weights_and_grads(batch)
    return (lambda i: _products(Ws, x, acts, grads)), batch


def jax_gemm_run(batch):
    """The same 11 products, jitted by JAX on its default device."""
    import jax
    Ws, x, acts, grads = (jax.device_put(a) for a in _weights_and_grads(batch))
    step = jax.jit(lambda Ws, x, acts, grads: _products(Ws, x, acts, grads))
    return (lambda i: jax.block_until_ready(step(Ws, x, acts, grads))), batch


def torch_run(batch, device="cpu", sizes=SIZES, optimizer="nag"):
    """The same NAG (Adam, RMSprop) step in PyTorch (a `median_rates` run), or None
    without it."""
    try:
        import torch
    except ImportError:
        return None
    if device == "cuda" and not torch.cuda.is_available():
        return None
    torch.manual_seed(0)
    layers = []
    for a, b in zip(sizes, sizes[1:]):
        layers += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    net = torch.nn.Sequential(*layers[:-1]).to(device)
    opt = {"adam": lambda p: torch.optim.Adam(p, lr=1e-3, weight_decay=2e-4),
           "rmsprop": lambda p: torch.optim.RMSprop(p, lr=1e-4, alpha=RMS_DECAY, eps=1e-8,
                                                    momentum=0.9, centered=True),
           "nag": lambda p: torch.optim.SGD(p, lr=1e-4, momentum=0.9, nesterov=True),
           }[optimizer](net.parameters())
    X, Y = torch.rand(N, sizes[0], device=device), torch.rand(N, sizes[-1], device=device)

    def step(i):
        i = i * batch % (N - batch + 1)
        opt.zero_grad()
        loss = ((net(X[i:i + batch]) - Y[i:i + batch]) ** 2).mean()
        loss.backward()
        opt.step()
        return loss.item()  # a host round trip per step, as Model.step returns its loss
    return step, batch


def model_of(sizes, device, X, Y, optimizer="nag", weight_l2=0.0):
    net = Network(sizes, seed=0)
    return Model(net.layers, X, Y, optimizer=optimizer,
                 learning_rate=1e-3 if optimizer == "adam" else 1e-4, momentum=0.9,
                 device=device, weight_l2=weight_l2)


def _print_rates(rates, refs):
    """One line per PyTensor run: samples/s, the fraction of the roofline, and its
    ratio to each of ``refs`` (name -> label) that was measured."""
    for name, rate in rates.items():
        if name == "roofline" or name in refs:
            continue
        print(f"    {name}: {rate:6.0f} samples/s, {rate / rates['roofline']:.2f} of the "
              "roofline" + "".join(f", {rate / rates[ref]:.2f} x {label}"
                                   for ref, label in refs.items() if ref in rates),
              flush=True)


@contextlib.contextmanager
def compiled_as(*excluded):
    """Models made inside compile the C backend leaving out only the ``excluded``
    rewrites of PyTensor's fast_run (`dbn.training.device` leaves out two)."""
    saved = graph.compile_mode
    graph.compile_mode = lambda device: Mode(linker="cvm", optimizer="fast_run").excluding(
        *excluded)
    try:
        yield
    finally:
        graph.compile_mode = saved


def bench_cpu(X, Y, backends, old_mode=False):
    for batch in (10, 32, 100):
        runs = {"roofline": gemm_run(batch), "torch": torch_run(batch)}
        for device in backends:
            model = model_of(SIZES, device, X, Y)
            for k in (1, K):
                runs[f"{device:>5}, {k:>2} step(s) per call"] = model_run(model, batch, k)
        if old_mode:
            with compiled_as("gemm_optimizer"):  # as before the Dot22Scalar fix
                runs["  cpu with Dot22Scalar, 1 step per call"] = model_run(
                    model_of(SIZES, "cpu", X, Y), batch)
        rates = median_rates({n: r for n, r in runs.items() if r})
        print(f"batch {batch:>3}: GEMM roofline {rates['roofline']:.0f} samples/s; "
              + (f"PyTorch CPU {rates['torch']:.0f}/s" if "torch" in rates
                 else "torch not importable"), flush=True)
        _print_rates(rates, {"torch": "PyTorch"})


@contextlib.contextmanager
def old_adam():
    """Models made inside compile as before 2026-12-01's AdamUpdate: Adam as a plain
    expression (PyTensor fuses it into a strided loop of double arithmetic), and the
    weight penalty's gradient one Gemm."""
    def expression(p, m, v, g, scale):
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        return p - scale * m / (pt.sqrt(v) + 1e-8), m, v
    saved, optimizers.adam_update = optimizers.adam_update, expression
    try:
        with compiled_as("local_dot22_to_dot22scalar"):
            yield
    finally:
        optimizers.adam_update = saved


def adam_rates(backends, old, batch=32):
    """Samples/s of Adam steps of the context recipe's network and weight penalty
    (``weight_l2`` 1e-4), against PyTorch's Adam (its weight_decay the same penalty)."""
    rng = np.random.default_rng(0)
    X = rng.random((N, CONTEXT[0]), dtype=np.float32)
    Y = rng.random((N, CONTEXT[-1]), dtype=np.float32)
    runs = {"torch": torch_run(batch, sizes=CONTEXT, optimizer="adam")}
    for device in backends:
        runs[f"{device:>5}, 1 step per call"] = model_run(
            model_of(CONTEXT, device, X, Y, "adam", 1e-4), batch)
    if old:
        with old_adam():
            runs["  cpu as before AdamUpdate"] = model_run(
                model_of(CONTEXT, "cpu", X, Y, "adam", 1e-4), batch)
    return median_rates({n: r for n, r in runs.items() if r})


@contextlib.contextmanager
def old_rmsprop():
    """Models made inside compile as before RMSpropUpdate: RMSprop as its plain
    expression (the one the JAX backends get), which PyTensor fuses into a strided loop."""
    saved = optimizers.rmsprop_update
    optimizers.rmsprop_update = lambda *inputs: RMSpropUpdate.reference(*inputs, sqrt=pt.sqrt)
    try:
        yield
    finally:
        optimizers.rmsprop_update = saved


def rmsprop_rates(old, batch=100):
    """Samples/s of RMSprop steps of `FFT2` on the C backend, against PyTorch's."""
    rng = np.random.default_rng(0)
    X = rng.random((N, FFT2[0]), dtype=np.float32)
    Y = rng.random((N, FFT2[-1]), dtype=np.float32)
    runs = {"torch": torch_run(batch, sizes=FFT2, optimizer="rmsprop"),
            "  cpu, 1 step per call": model_run(model_of(FFT2, "cpu", X, Y, "rmsprop"), batch)}
    if old:
        with old_rmsprop():
            runs["  cpu as before RMSpropUpdate"] = model_run(
                model_of(FFT2, "cpu", X, Y, "rmsprop"), batch)
    return median_rates({n: r for n, r in runs.items() if r})


def _print_against_torch(title, rates):
    print(title + (f"PyTorch CPU {rates['torch']:.0f}/s" if "torch" in rates else
                   "torch not importable"), flush=True)
    for name, rate in rates.items():
        if name != "torch":
            print(f"    {name}: {rate:6.0f} samples/s" + (
                f", {rate / rates['torch']:.2f} x PyTorch" if "torch" in rates else ""))


def rbm_rates(device, X, batch=32):
    """Samples/s of CD-1 steps of a 4096-1000 RBM, 1 and `K` per call (`RBM.cd_steps`)."""
    rbm = RBM(SIZES[1], batch_size=batch, device=device).compile(X, np.random.default_rng(0))
    rng = np.random.default_rng(1)
    rows = np.arange(N // batch * batch, dtype=np.int32).reshape(-1, batch)
    draws = [rbm.draws(rng, batch) for _ in rows]
    groups = [(rows[i:i + K], draws[i:i + K]) for i in range(0, len(rows) - K + 1, K)]
    one = (lambda i: float(rbm.cd_step(rows[i % len(rows)], *draws[i % len(rows)]))), batch
    many = (lambda i: np.asarray(rbm.cd_steps(*groups[i % len(groups)]))), batch * K
    return median_rates({1: one, K: many})


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
        runs = {"roofline": jax_gemm_run(batch), "torch": torch_run(batch, "cuda")}
        if batch <= 100:
            runs["cvm"] = model_run(model_of(SIZES, "cpu", X, Y), batch)
        model = model_of(SIZES, "gpu", X, Y)
        for k in (1, K):
            runs[f"gpu, {k:>2} step(s) per call"] = model_run(model, batch, k)
        rates = median_rates({n: r for n, r in runs.items() if r})
        print(f"batch {batch:>4}: GPU GEMM roofline {rates['roofline']:.0f} samples/s; "
              + (f"PyTorch CUDA {rates['torch']:.0f}/s" if "torch" in rates
                 else "no PyTorch CUDA"), flush=True)
        if "cvm" in rates:
            print(f"    CVM on the CPU, 1 step per call: {rates['cvm']:.0f} samples/s", flush=True)
        _print_rates(rates, {"torch": "PyTorch CUDA", "cvm": "CVM on the CPU"})


def profile_step(X, Y, batch=100, calls=40):
    """Where a C-backend NAG step's time goes, by PyTensor's profiler (``--profile``).

    Prints the share of the matrix products and of the elementwise loops, and for
    each weight matrix's update loop its time per step and the bandwidth it reaches:
    it reads p, g and v and writes p and v, five passes over the matrix.
    """
    with pytensor.config.change_flags(profile=True):
        model = model_of(SIZES, "cpu", X, Y)
    step, _ = model_run(model, batch)
    for i in range(5):  # the first calls touch fresh memory: left out, as median_rates does
        step(i)
    model.step.profile.reset()
    for i in range(calls):
        step(i)
    times = model.step.profile.apply_time
    total = sum(times.values())
    kinds = {}
    for (_, node), t in times.items():
        kinds[type(node.op).__name__] = kinds.get(type(node.op).__name__, 0.0) + t
    print(f"NAG step, 4096-1000-1000-1000-735, batch {batch}, C backend, {calls} steps: "
          + ", ".join(f"{name} {t / total:.0%}" for name, t in
                      sorted(kinds.items(), key=lambda kv: -kv[1])[:3]), flush=True)
    weights = {p.name: p.get_value(borrow=True) for p in model.params[::2]}
    add_rate = stream_bandwidth(weights["hid1.w"])  # a reference, not a bound
    for (_, node), t in times.items():
        name = next((v.name for v in node.inputs if v.name in weights), None)
        if type(node.op).__name__ == "Elemwise" and name:
            w = weights[name]
            seconds = t / calls
            print(f"    {name} update ({w.size / 1e6:.1f} M): {seconds * 1e3:.2f} ms, "
                  f"{5 * w.nbytes / seconds / 1e9:.0f} GB/s, {5 * w.nbytes / seconds / add_rate:.2f}"
                  " x numpy's a += b", flush=True)


def stream_bandwidth(like, rounds=20):
    """Bytes/s of numpy's ``a += b`` on arrays like ``like`` (three passes), the best round."""
    a, b = np.ones_like(like), np.ones_like(like)
    return 3 * a.nbytes / common.best_of(lambda: np.add(a, b, out=a), rounds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", choices=("cpu", "gpu"), default="cpu")
    parser.add_argument("--backends", nargs="+", default=["cpu", "jax"],
                        help="--device cpu: the PyTensor backends to time (cpu = CVM, jax)")
    parser.add_argument("--with-dot22scalar", action="store_true",
                        help="--device cpu: also time the C backend compiled as before the "
                             "Dot22Scalar fix")
    parser.add_argument("--with-old-adam", action="store_true",
                        help="--device cpu: also time the context network compiled as "
                             "before AdamUpdate")
    parser.add_argument("--with-old-rmsprop", action="store_true",
                        help="--device cpu: also time RMSprop compiled as before "
                             "RMSpropUpdate")
    parser.add_argument("--profile", action="store_true",
                        help="only profile one NAG step of the C backend at batch 100 "
                             "(where its time goes)")
    parser.add_argument("--no-epoch", action="store_true",
                        help="leave out the published-brain epochs (about a minute each on 2 "
                             "cores)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    rng = np.random.default_rng(0)
    X = rng.random((N, SIZES[0]), dtype=np.float32)
    Y = rng.random((N, SIZES[-1]), dtype=np.float32)
    if args.profile:
        return profile_step(X, Y)
    if args.device == "gpu":
        bench_gpu(X, Y)
    else:
        bench_cpu(X, Y, args.backends, args.with_dot22scalar)
    if args.device == "cpu":
        _print_against_torch(f"context recipe's network ({'-'.join(map(str, CONTEXT))}), Adam, "
                             "batch 32: ",
                             adam_rates(args.backends, args.with_old_adam))
        _print_against_torch("osborne-combined-stft-both-fft2's network "
                             "(4096-2050-2050-2050-2050), RMSprop, batch 100: ",
                             rmsprop_rates(args.with_old_rmsprop))
    for device in [args.device] if args.device == "gpu" else args.backends:
        rates = rbm_rates(device, X)
        print(f"RBM 4096-1000, CD-1, batch 32, --device {device}: " + ", ".join(
            f"{k} step(s) per call {rate:.0f} samples/s" for k, rate in rates.items())
            + f" ({rates[K] / rates[1]:.2f} x)", flush=True)
    for device in [] if args.no_epoch else [args.device] if args.device == "gpu" \
            else args.backends:
        seconds = published_epoch(device)
        print(f"KUNGFURY's network (4096-2000-1500-1000-735), 54,000 frames, batch 32, "
              f"--device {device}: one epoch {seconds:.1f} s ({1 / seconds:.3f} epochs/s)",
              flush=True)


if __name__ == "__main__":
    main()
