"""Loss is one example, cost is the average: the log loss, and why not squared error.

L(a, y) = -(y log a + (1 - y) log(1 - a)) for a prediction a in (0, 1) and a label y in {0, 1};
J = (1/m) Σ L(a⁽ⁱ⁾, y⁽ⁱ⁾). With a = σ(z), L = log(1 + e^z) - y z, computed from z so that it is
finite everywhere (core.logistic.log_loss_from_logits).
"""

from __future__ import annotations

import numpy as np

from core.logistic import log_loss_from_logits, sigmoid


def log_loss(a, y):
    """L(a, y) elementwise, for 0 < a < 1."""
    a = np.asarray(a, dtype=float)
    return -(y * np.log(a) + (1 - y) * np.log1p(-a))


def cost(a, y) -> float:
    """J: the mean of the losses over the m examples."""
    return float(np.mean(log_loss(a, y)))


def sample_predictions(m: int, seed: int):
    """m labels (about half 1) and a model's predictions a: mostly right, a few confidently wrong."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, m)
    z = rng.normal(1.5, 1.5, m) * np.where(y == 1, 1.0, -1.0)  # positive z for y = 1, with mistakes
    return np.round(sigmoid(z), 3).clip(0.001, 0.999), y


# A small one-feature data set (x, y) for the cost over one weight w, with a = σ(w x), no bias.
ONE_WEIGHT_X = np.array([-3.0, -2.0, -1.0, 0.5, 1.0, 2.0, 3.0, 4.0])
ONE_WEIGHT_Y = np.array([0, 0, 1, 0, 1, 1, 1, 1])


def squared_error_cost(w, x=ONE_WEIGHT_X, y=ONE_WEIGHT_Y) -> np.ndarray:
    """J(w) = (1/m) Σ (σ(w x) - y)², for every w in the array `w`."""
    a = sigmoid(np.outer(np.asarray(w, dtype=float), x))
    return np.mean((a - y) ** 2, axis=1)


def log_loss_cost(w, x=ONE_WEIGHT_X, y=ONE_WEIGHT_Y) -> np.ndarray:
    """J(w) = (1/m) Σ L(σ(w x), y), for every w in the array `w`."""
    return np.array([log_loss_from_logits(w_k * x, y) for w_k in np.atleast_1d(np.asarray(w, dtype=float))])


def concave_stretches(w, J, tolerance: float = 1e-12) -> list[tuple[float, float]]:
    """Where the curve J over the evenly spaced w bends down (second difference < 0): no convex function
    has any. Returned as (start, end) intervals of w."""
    second = np.diff(J, 2)
    bends_down = second < -tolerance
    stretches, start = [], None
    for k, down in enumerate(bends_down):
        if down and start is None:
            start = w[k + 1]
        if not down and start is not None:
            stretches.append((float(start), float(w[k])))
            start = None
    if start is not None:
        stretches.append((float(start), float(w[len(bends_down)])))
    return stretches
