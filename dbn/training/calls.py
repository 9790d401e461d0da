"""How many training steps go in one compiled call.

- `Calls`: run an epoch's batches through a `graph.Model`, one step per call
  or many (a scan), and yield each batch's loss in order.

Many steps per call spare the per-call cost (PyTensor's checks around a
jitted JAX function, a host round trip for the loss), which is most of a
small batch's time on the JAX backends; on the C backend a scan is slower
than its own loop of calls (benchmarks/README.md), so "auto" keeps one
step per call there. The results are those of one step per call: the same
updates in the same order.
"""
import time

import numpy as np

SECONDS = 0.5  # the work of one call under "auto": Ctrl-C is seen between calls
MOST = 256  # steps in one call at most
TIMED = 4  # single steps timed before "auto" sizes its calls (the first one compiles)


class Calls:
    """An epoch's batches as compiled calls of one or many steps.

    Parameters
    ----------
    model : graph.Model
    steps_per_call : int >= 0
        steps in one call; 0 ("auto"): as many as take about `SECONDS` on the
        JAX backends (timed on the first single steps), 1 on the C backend.
    device : str
        the model's ``--device``.
    """

    def __init__(self, model, steps_per_call, device):
        self.model = model
        self.auto = steps_per_call == 0 and device != "cpu"
        self.most = steps_per_call or 1
        self._times = []

    def losses(self, batches):
        """Run ``batches`` in order; yield each one's loss as its call ends.

        Parameters
        ----------
        batches : list of np.ndarray [shape=(batch,), dtype=int32]

        Yields
        ------
        loss : np.floating
            the batch's loss before its update, in the model's dtype.
        """
        for run in self._runs(batches):
            t = time.perf_counter()
            if len(run) == 1:
                out = np.atleast_1d(np.asarray(self.model.step(run[0])))
            else:
                out = np.asarray(self.model.steps(np.stack(run)))  # waits for the device
            self._timed(len(run), time.perf_counter() - t)
            yield from out

    def _runs(self, batches):
        """Consecutive batches of one size, cut into powers of two up to ``most``.

        Powers of two keep the shapes a JAX backend compiles for to a few.
        """
        i = 0
        while i < len(batches):
            j = i + 1
            while j < len(batches) and len(batches[j]) == len(batches[i]):
                j += 1
            while i < j:
                n = 1 << (min(j - i, self.most).bit_length() - 1)
                yield batches[i:i + n]
                i += n

    def _timed(self, n, seconds):
        if not self.auto or n != 1 or len(self._times) == TIMED:
            return
        self._times.append(seconds)
        if len(self._times) == TIMED:  # the first single step compiled: leave it out
            self.most = int(np.clip(SECONDS / min(self._times[1:]), 1, MOST))
