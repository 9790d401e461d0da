"""Parameter updates as PyTensor expressions (LEGACY-FORMAT.md 6.4, 6.6).

- `OPTIMIZERS`: name -> function(params, grads, lr, mu) -> (updates, state).

Each function returns the list of (shared, new value) updates and the
shared variables holding its state (velocities, averages), which start at
zero and go into checkpoints so that --resume continues exactly.
"""
import numpy as np
import pytensor
import pytensor.tensor as pt

from .update_ops import BETA1, BETA2, adam_update, rmsprop_update


def _zeros_like(p, name):
    value = p.get_value()
    return pytensor.shared(np.zeros_like(value), name=f"{p.name}.{name}")


def nag(params, grads, lr, mu):
    """Nesterov momentum in downhill's (Bengio 2013) form.

    v' = mu v - lr g;  p' = p + mu v' - lr g, with g taken at p.
    """
    vs = [_zeros_like(p, "v") for p in params]
    updates = []
    for p, g, v in zip(params, grads, vs):
        delta = -lr * g
        v_new = mu * v + delta
        updates += [(v, v_new), (p, p + mu * v_new + delta)]
    return updates, vs


def sgd(params, grads, lr, mu):
    """Classical momentum: v' = mu v - lr g;  p' = p + v'."""
    vs = [_zeros_like(p, "v") for p in params]
    updates = []
    for p, g, v in zip(params, grads, vs):
        v_new = mu * v - lr * g
        updates += [(v, v_new), (p, p + v_new)]
    return updates, vs


def rmsprop(params, grads, lr, mu):
    """downhill 0.2.2 RMSProp (Graves 2013), then classical momentum.

    f' = c f + (1-c) g;  s' = c s + (1-c) g^2;  step = -lr g / sqrt(s' - f'^2 + eps);
    v' = mu v + step;  p' = p + v', with c = exp(-ln 2 / 14) and eps = 1e-8
    (one C loop, `dbn.training.update_ops.RMSpropUpdate`).
    """
    state, updates = [], []
    for p, g in zip(params, grads):
        f, s, v = (_zeros_like(p, n) for n in ("g1", "g2", "v"))
        p_new, f_new, s_new, v_new = rmsprop_update(p, f, s, v, g, lr, mu)
        updates += [(f, f_new), (s, s_new), (v, v_new), (p, p_new)]
        state += [f, s, v]
    return updates, state


def adam(params, grads, lr, mu):
    """Adam (Kingma & Ba 2015) with bias correction; ``mu`` is unused."""
    dtype = params[0].dtype
    t = pytensor.shared(np.zeros((), dtype), name="adam.t")
    t_new = t + 1
    scale = pt.cast(lr * pt.sqrt(1 - BETA2 ** t_new) / (1 - BETA1 ** t_new), dtype)
    state, updates = [t], [(t, t_new)]
    for p, g in zip(params, grads):
        m, v = _zeros_like(p, "m"), _zeros_like(p, "v")
        p_new, m_new, v_new = adam_update(p, m, v, g, scale)  # one C loop (update_ops.py)
        updates += [(m, m_new), (v, v_new), (p, p_new)]
        state += [m, v]
    return updates, state


OPTIMIZERS = {"nag": nag, "sgd": sgd, "rmsprop": rmsprop, "adam": adam}  # settings.OPTIMIZERS
