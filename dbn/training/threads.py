"""How many CPU threads the C backend's matrix products get.

- `blas_threads`: the count for a network's layer sizes and batch here.
- `limited`: numpy's BLAS (which PyTensor's C code calls) held to a count.

A thread is worth its wake-up only with enough work: the context recipe's
products (32 x 4608 x 256) ran no faster on 2 threads than on 1, and
2015's (10-100 x 4096 x 1000) 1.5x faster (benchmarks/README.md).
"""
import contextlib
import os

from threadpoolctl import threadpool_limits

WORK_PER_THREAD = 8_000_000  # multiply-adds of the largest product that make a thread pay


def cores():
    """int: the CPU cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def blas_threads(sizes, batch, setting=0):
    """The BLAS threads for training a network of ``sizes`` on batches of ``batch``.

    Parameters
    ----------
    sizes : list of int
        layer sizes, input first.
    batch : int
    setting : int >= 0
        the user's count (``--threads``); 0 chooses: one thread per
        `WORK_PER_THREAD` multiply-adds of the largest product, from 1 to
        the cores there are.

    Returns
    -------
    threads : int >= 1
    """
    if setting:
        return setting
    work = batch * max(a * b for a, b in zip(sizes, sizes[1:]))
    return max(1, min(cores(), work // WORK_PER_THREAD))


@contextlib.contextmanager
def limited(threads):
    """Hold numpy's BLAS to ``threads`` threads inside the block."""
    with threadpool_limits(limits=threads, user_api="blas"):
        yield
