"""Where training runs: the PyTensor backend for each ``--device``.

- `compile_mode`: "cpu" | "gpu" | "jax" -> a PyTensor mode.
- `compiled`: ``pytensor.function`` in such a mode, leaving no files behind.
- `BACKENDS`: each device's backend, in words.

cpu: the CVM linker (C thunks, numpy's BLAS for the products), the fastest
backend measured here (benchmarks/README.md). gpu: PyTensor's JAX backend,
refused unless JAX sees a CUDA device. jax: the JAX backend on whatever
device JAX has (the CPU in the tests), so the GPU path differs only there.
"""
import functools
import logging
import tempfile
import warnings

import pytensor

from ..errors import ParameterError
from ..settings import DEVICES

# Without a system BLAS, PyTensor's C code calls numpy's, which is what we
# measured fastest; its two warnings about that would only alarm users.
warnings.filterwarnings("ignore", message="PyTensor could not link to a BLAS")
logging.getLogger("pytensor.tensor.blas").setLevel(logging.ERROR)


BACKENDS = {"cpu": "PyTensor's C backend", "gpu": "PyTensor's JAX backend on the GPU",
            "jax": "PyTensor's JAX backend"}


@functools.lru_cache(maxsize=None)
def compile_mode(device):
    """The PyTensor compilation mode for ``device``.

    Parameters
    ----------
    device : {"cpu", "gpu", "jax"}

    Returns
    -------
    mode : pytensor.compile.mode.Mode or str
    """
    if device not in DEVICES:
        raise ParameterError(f"unknown device {device!r}; choose from {', '.join(DEVICES)}")
    if device == "cpu":
        from pytensor.compile.mode import Mode
        # Dot22Scalar computes scalar * np.dot(x, y): a second pass over, and a
        # second copy of, each weight gradient (16 MB for 4096 x 1000). Left as a
        # product and a multiply, the scale joins the update's fused loop instead.
        # Gemm (z b + a x y) runs PyTensor's own C loops with no BLAS linked: 12 ms
        # where numpy's product takes 1 (a weight_l2 gradient, 4608 x 256). Both
        # measured in benchmarks/README.md (bench_train.py).
        return Mode(linker="cvm", optimizer="fast_run").excluding(
            "local_dot22_to_dot22scalar", "gemm_optimizer")
    # JAX runs in 32 bits and says so for each 64-bit index PyTensor hands it; and
    # PyTensor says for each shape check it leaves to JAX's tracing that it does
    warnings.filterwarnings("ignore", message="Explicitly requested dtype")
    warnings.filterwarnings("ignore", message="Skipping Assert")
    try:
        import jax
    except ImportError:
        raise ParameterError("the gpu and jax devices need jax: pip install '.[jax]' (on "
                             "the CPU) or '.[gpu]' (CUDA)") from None
    if device == "gpu":
        try:
            gpus = jax.devices("gpu")
        except RuntimeError:
            gpus = []
        if not gpus:
            raise ParameterError("--device gpu: JAX sees no GPU (install jax[cuda12] via "
                                 "pip install '.[gpu]' on a machine with an NVIDIA GPU)")
    return "JAX"


def compiled(inputs, outputs, *, mode, **kwargs):
    """``pytensor.function(inputs, outputs, mode=mode, **kwargs)``, leaving no files behind.

    PyTensor's JAX backend writes each function's Python source to a file in
    the temporary folder and never deletes it (``compile_function_src``,
    ``delete=False``): about 90 files a ``dbn train --device jax`` run. They
    only give tracebacks their source lines, so here they go to a private
    folder, removed once the function is compiled.

    Parameters
    ----------
    inputs, outputs, kwargs
        as ``pytensor.function``'s.
    mode : pytensor.compile.mode.Mode or str
        a `compile_mode`.

    Returns
    -------
    function : pytensor.compile.function.types.Function
    """
    if mode != "JAX":
        return pytensor.function(inputs, outputs, mode=mode, **kwargs)
    saved = tempfile.tempdir
    with tempfile.TemporaryDirectory(prefix="dbn-jax-") as folder:
        tempfile.tempdir = folder  # where NamedTemporaryFile puts the sources
        try:
            return pytensor.function(inputs, outputs, mode=mode, **kwargs)
        finally:
            tempfile.tempdir = saved
