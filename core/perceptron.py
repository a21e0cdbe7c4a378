"""Rosenblatt's perceptron on points in the plane, its limit (XOR), and the fix: one hidden layer.

Points are rows of X (m, 2); labels y are 0 or 1. The perceptron predicts 1 where w·x + b > 0 and,
after each wrong answer, moves the line: w += lr (y - ŷ) x, b += lr (y - ŷ). On data a line can
separate it stops making mistakes after at most (R / γ)² updates (Novikoff); on XOR it never does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.nn import Parameters, final_snapshot, predict_proba
from core.planar import plane_grid

BOX = (-0.5, 1.5, -0.5, 1.5)  # x_min, x_max, y_min, y_max of the logic-gate pictures
CORNERS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


# ---- data sets: pure functions of their arguments ----

def and_points():
    return CORNERS.copy(), np.array([0, 0, 0, 1])


def or_points():
    return CORNERS.copy(), np.array([0, 1, 1, 1])


def xor_points():
    return CORNERS.copy(), np.array([0, 1, 1, 0])


def separable_cloud(m: int = 40, noise: float = 0.3, seed: int = 0):
    """Two round clouds of m // 2 points each, around (0.25, 0.25) (label 0) and (0.75, 0.75) (label 1).

    `noise` is the spread of each cloud: small spreads leave a clear gap, large ones make them overlap.
    """
    rng = np.random.default_rng(seed)
    half = m // 2
    centres = np.repeat(np.array([[0.25, 0.25], [0.75, 0.75]]), [half, m - half], axis=0)
    X = centres + noise * rng.standard_normal((m, 2))
    y = np.repeat([0, 1], [half, m - half])
    return X, y


def data_box(X, pad: float = 0.3):
    """A view box around the points, never smaller than the logic-gate box."""
    x_min, x_max = min(X[:, 0].min() - pad, BOX[0]), max(X[:, 0].max() + pad, BOX[1])
    y_min, y_max = min(X[:, 1].min() - pad, BOX[2]), max(X[:, 1].max() + pad, BOX[3])
    return float(x_min), float(x_max), float(y_min), float(y_max)


# ---- the perceptron ----

def predict(w, b, X):
    """Step activation: 1 where w·x + b > 0, else 0."""
    return (X @ w + b > 0).astype(int)


@dataclass(frozen=True)
class Epoch:
    number: int  # 0 is the starting line, before any pass over the data
    w: np.ndarray  # (2,)
    b: float
    errors: int  # points the line misclassifies at the end of this epoch
    updates: int  # updates made so far, all epochs together


@dataclass(frozen=True)
class PerceptronRun:
    epochs: tuple[Epoch, ...]

    @property
    def converged(self) -> bool:
        return self.epochs[-1].errors == 0

    @property
    def errors(self) -> list[int]:
        return [epoch.errors for epoch in self.epochs]


def perceptron_update(w, b, x, y, learning_rate: float = 1.0):
    """Rosenblatt's rule for one point: if the line puts x on the wrong side, move it towards x's side.
    Returns (w, b, whether it moved)."""
    error = y - int(x @ w + b > 0)  # 0 when right; +1 or -1 says which way the line must move
    if error:
        w = w + learning_rate * error * x
        b = b + learning_rate * error
    return w, b, bool(error)


def train_perceptron(X, y, learning_rate: float = 1.0, max_epochs: int = 50) -> PerceptronRun:
    """Rosenblatt's rule from w = 0, b = 0, visiting the points in order; stops at zero errors."""
    X = np.asarray(X, dtype=float)
    w, b, updates = np.zeros(2), 0.0, 0
    epochs = [Epoch(0, w.copy(), b, int(np.sum(predict(w, b, X) != y)), 0)]
    for number in range(1, max_epochs + 1):
        for x_i, y_i in zip(X, y):
            w, b, moved = perceptron_update(w, b, x_i, y_i, learning_rate)
            updates += moved
        errors = int(np.sum(predict(w, b, X) != y))
        epochs.append(Epoch(number, w.copy(), float(b), errors, updates))
        if errors == 0:
            break
    return PerceptronRun(tuple(epochs))


def mistake_bound(X, y, w_star, b_star) -> float:
    """Novikoff's bound (R / γ)² on the number of updates, for a separator (w_star, b_star) of the data.

    With the bias folded in as a constant input 1: R = max |(x, 1)|, γ = min signed distance of (x, 1)
    to the plane of the unit vector (w_star, b_star). Infinite if that separator misses a point.
    """
    augmented = np.hstack([np.asarray(X, dtype=float), np.ones((len(X), 1))])
    direction = np.append(np.asarray(w_star, dtype=float), b_star)
    direction = direction / np.linalg.norm(direction)
    signs = np.where(np.asarray(y) == 1, 1.0, -1.0)
    gamma = float(np.min(signs * (augmented @ direction)))
    if gamma <= 0:
        return float("inf")
    return float(np.max(np.linalg.norm(augmented, axis=1)) / gamma) ** 2


def line_segment(w, b, box=BOX):
    """The part of the line w·x + b = 0 inside `box`, as ([x0, x1], [y0, y1]); None if it misses or w = 0."""
    x_min, x_max, y_min, y_max = box
    w1, w2 = float(w[0]), float(w[1])
    points = []
    if w2 != 0:
        for x in (x_min, x_max):
            y = -(w1 * x + b) / w2
            if y_min <= y <= y_max:
                points.append((x, y))
    if w1 != 0:
        for y in (y_min, y_max):
            x = -(w2 * y + b) / w1
            if x_min <= x <= x_max:
                points.append((x, y))
    points = sorted(set((round(x, 12), round(y, 12)) for x, y in points))
    if len(points) < 2:
        return None
    (x0, y0), (x1, y1) = points[0], points[-1]
    return [x0, x1], [y0, y1]


# ---- the fix: a 2-2-1 network (tanh hidden units, sigmoid output), on the one network engine ----

XOR_SEED = 2  # seeds 0 and 1 stall with one input pair undecided (probability 0.5): the page lets you try them
XOR_DIMS = (2, 2, 1)


@dataclass(frozen=True)
class XorNetwork:
    """A trained 2-2-1 network; points are rows here (as the perceptron's), columns for core/nn."""

    params: Parameters
    costs: tuple[float, ...] = ()

    def hidden(self, X):
        return np.tanh(self.params["W1"] @ np.asarray(X, dtype=float).T + self.params["b1"]).T

    def probability(self, X):
        return predict_proba(self.params, np.asarray(X, dtype=float).T)

    def predict(self, X):
        return (self.probability(X) > 0.5).astype(int)

    def hidden_line(self, unit: int, box=BOX):
        """Hidden unit `unit`'s line w·x + b = 0 inside `box` (see `line_segment`)."""
        return line_segment(self.params["W1"][unit], float(self.params["b1"][unit, 0]), box)


def train_xor_network(seed: int = XOR_SEED, learning_rate: float = 1.0, iterations: int = 2000) -> XorNetwork:
    """Full-batch gradient descent on XOR from the course's "he" start (randn · 1 for two inputs) drawn from `seed`."""
    X, y = xor_points()
    final = final_snapshot(X.T.astype(float), y[None, :].astype(float), XOR_DIMS, hidden="tanh", init="he",
                           seed=seed, learning_rate=learning_rate, num_iterations=iterations)
    return XorNetwork(final.params, tuple(float(c) for c in final.costs[:iterations]))


def probability_grid(network: XorNetwork, box=BOX, steps: int = 41):
    """(xs, ys, P) with P[j, i] the network's probability of class 1 at (xs[i], ys[j])."""
    xs, ys, points = plane_grid(box, steps)
    return xs, ys, predict_proba(network.params, points).reshape(len(ys), len(xs))
