"""Mini-batches as downhill 0.2.2's Dataset made them (LEGACY-FORMAT.md 6.1).

- `Batches`: rows cut once into consecutive batches; the order of the
  batches is reshuffled each time the list is used up.
- `consecutive_batches`: the batches in order (for validation).
"""
import numpy as np

from ..errors import FormatError


def consecutive_batches(n_rows, batch_size):
    """list of np.ndarray [dtype=int32]: row indices of consecutive batches."""
    return [np.arange(i, min(i + batch_size, n_rows), dtype=np.int32)
            for i in range(0, n_rows, batch_size)]


class Batches:
    """Fixed consecutive mini-batches in a reshuffled order.

    Parameters
    ----------
    n_rows : int > 0
    batch_size : int > 0
        the last batch may be smaller.
    rng : np.random.RandomState
        shuffles the batch order; its state goes into checkpoints.
    per_epoch : int or None
        batches per epoch; None: all of them (downhill's default).
    """

    def __init__(self, n_rows, batch_size, rng, per_epoch=None):
        self.batches = consecutive_batches(n_rows, batch_size)
        self.rng = rng
        self.per_epoch = per_epoch or len(self.batches)
        self.order = rng.permutation(len(self.batches))
        self.position = 0

    def __len__(self):
        return len(self.batches)

    def epoch(self):
        """The row-index vectors of the next epoch's batches, in order.

        Returns
        -------
        batches : list of np.ndarray [shape=(batch,), dtype=int32]
        """
        out = []
        for _ in range(self.per_epoch):
            if self.position == len(self.order):
                self.order = self.rng.permutation(len(self.batches))
                self.position = 0
            out.append(self.batches[self.order[self.position]])
            self.position += 1
        return out

    def state(self):
        """dict: RNG state, order and position (plain data, for checkpoints)."""
        return {"rng": self.rng.get_state(), "order": self.order.copy(),
                "position": self.position}

    def set_state(self, state):
        """Continue from `state` (a checkpoint's); refuse one of other batches.

        Raises
        ------
        FormatError
            the order is not a permutation of these batches, the position is
            out of range, or the random state is not numpy's MT19937.
        """
        try:
            order, position = np.asarray(state["order"]), int(state["position"])
            rng = tuple(state["rng"])
        except (KeyError, TypeError, ValueError) as e:
            raise FormatError(f"a checkpoint's batch state is incomplete ({e})") from None
        if sorted(order.tolist()) != list(range(len(self.batches))):
            raise FormatError(f"the checkpoint's batch order is not one of these "
                              f"{len(self.batches)} batches")
        if not 0 <= position <= len(order):
            raise FormatError(f"the checkpoint's batch position {position} is out of range")
        try:
            self.rng.set_state(rng)
        except (TypeError, ValueError) as e:
            raise FormatError(f"the checkpoint's random state is not readable ({e})") from None
        self.order, self.position = order, position
