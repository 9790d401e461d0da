"""The BLAS threads training gets: the rule worked out by hand, and the limit in force."""
import numpy as np
import pytest
from threadpoolctl import threadpool_info

from conftest import Lines

from dbn import Network
from dbn.training import fit as fit_module
from dbn.training import threads
from dbn.training.fit import train


@pytest.mark.parametrize("sizes,batch,setting,expect", [
    ([4608, 256, 256, 42], 32, 0, 4),  # 32 x 4608 x 256 = 37.7 M multiply-adds: 4 threads
    ([4096, 1000, 1000, 1000, 735], 10, 0, 5),  # 41.0 M: 5
    ([4096, 1000, 1000, 1000, 735], 100, 0, 16),  # 410 M: all 16 cores
    ([16, 8, 4], 10, 0, 1),  # 1280: one
    ([16, 8, 4], 10, 3, 3),  # the user's count
])
def test_one_thread_per_8_million_multiply_adds_up_to_the_cores(monkeypatch, sizes, batch,
                                                                 setting, expect):
    monkeypatch.setattr(threads, "cores", lambda: 16)
    assert threads.blas_threads(sizes, batch, setting) == expect


def test_training_runs_under_the_limit_and_says_it(rng, monkeypatch):
    seen, real = [], fit_module._fit

    def spy(*args):
        seen.append({i["user_api"]: i["num_threads"] for i in threadpool_info()}["blas"])
        return real(*args)
    monkeypatch.setattr(fit_module, "_fit", spy)
    X = rng.random((40, 16)).astype(np.float32)
    report = Lines()
    train(Network([16, 8, 4], seed=0), X, X[:, :4], max_epochs=1, threads=1, report=report)
    assert seen == [1]
    assert report.lines[0] == (f"device cpu: PyTensor's C backend; 1 of {threads.cores()} "
                               "cores for the matrix products; 1 step per call (auto)")
