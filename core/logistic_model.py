"""Binary classification and the logistic model: the hypothesis function ŷ = σ(wᵀx + b) on a small labelled set.

The text's framing: binary classification is supervised learning with labels y ∈ {0, 1} ("is there a cat in
this picture?"); logistic regression is an algorithm for it, and its hypothesis function (假设函数) is
ŷ = σ(wᵀx + b). It keeps the perceptron's line wᵀx + b = 0 and replaces the hard step by the sigmoid, so the
output is a probability that y = 1; the threshold 0.5 (where z = 0) is the decision boundary, the very line.

Shapes are the course's: w (n, 1), b a number, X (n, m) with one example per column, Y (1, m) of 0 and 1.
Training (finding w and b) is the subject of the next chapters; here w and b are set by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.logistic import sigmoid

THRESHOLD = 0.5  # ŷ above it: the model says 1; at or below it: 0 (as the course's `predict`)

# One feature: twelve examples on a line, labelled 0 or 1. Two of them sit among the other label's examples
# (x = -1.2 labelled 1 and x = 3.1 labelled 0), so no single threshold gets all twelve right: ten at best.
ONE_FEATURE_X = (-3.5, -2.5, -1.8, -1.2, -0.6, 0.3, 0.9, 1.4, 2.0, 2.6, 3.1, 3.8)
ONE_FEATURE_Y = (0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1)

# Two features: twelve examples in the plane that a line can separate (x₁ + x₂ = 0 does).
TWO_FEATURES_X = ((-1.5, -1.5), (-0.5, -2.0), (-2.0, 0.0), (-1.0, -0.5), (0.5, -1.5), (0.0, -0.5),
                  (1.0, 0.0), (0.0, 1.0), (1.5, -1.0), (0.5, 0.5), (-1.0, 1.5), (1.5, 1.0))
TWO_FEATURES_Y = (0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1)


def one_feature():
    """(X (1, 12), Y (1, 12)): the one-feature examples, in the course's shapes."""
    return np.array([ONE_FEATURE_X], dtype=float), np.array([ONE_FEATURE_Y], dtype=float)


def two_features():
    """(X (2, 12), Y (1, 12)): the two-feature examples, in the course's shapes."""
    return np.array(TWO_FEATURES_X, dtype=float).T, np.array([TWO_FEATURES_Y], dtype=float)


DATA_SETS = {"one": one_feature, "two": two_features}


def parameters(*weights: float) -> np.ndarray:
    """w as the course shapes it, (n, 1), from the sliders' numbers."""
    return np.array(weights, dtype=float).reshape(-1, 1)


def hypothesis(w, b, X):
    """The hypothesis function ŷ = σ(wᵀx + b) for every example (a column of X): shape (1, m), each in (0, 1)."""
    z = w.T @ X + b
    return sigmoid(z)


@dataclass(frozen=True)
class Sides:
    """How the threshold 0.5 splits the examples, and how many on each side are right."""

    said_one: int  # examples with ŷ > 0.5: the model says 1
    right_one: int  # ... of which labelled 1
    said_zero: int  # examples with ŷ ≤ 0.5: the model says 0
    right_zero: int  # ... of which labelled 0

    @property
    def total(self) -> int:
        return self.said_one + self.said_zero

    @property
    def right(self) -> int:
        return self.right_one + self.right_zero

    @property
    def wrong(self) -> int:
        return self.total - self.right


def sides(y_hat, Y, threshold: float = THRESHOLD) -> Sides:
    """Count each side of the threshold and the examples right on it."""
    y_hat, Y = np.ravel(y_hat), np.ravel(Y)
    one = y_hat > threshold
    return Sides(said_one=int(one.sum()), right_one=int(np.sum(one & (Y == 1))),
                 said_zero=int((~one).sum()), right_zero=int(np.sum(~one & (Y == 0))))


def boundary_x(w: float, b: float) -> float | None:
    """With one feature, where the decision boundary sits: wx + b = 0 at x = -b / w (None when w = 0: then
    ŷ = σ(b) for every x, and the model says the same for every example)."""
    return None if w == 0 else -b / w + 0.0  # + 0.0: never -0.0


def _best_on_a_line(p, Y) -> int:
    """The most examples right when the model says 1 exactly for projections p above some threshold."""
    order = np.argsort(p, kind="stable")
    p, Y = p[order], Y[order]
    right = int(np.sum(Y == 1))  # threshold below every example: all say 1
    best = right
    for i in range(len(p)):  # raise the threshold past p[i] (and past any example tied with it)
        right += 1 if Y[i] == 0 else -1
        if i + 1 == len(p) or p[i + 1] > p[i]:
            best = max(best, right)
    return best


def best_right(X, Y) -> int:
    """The most examples any w and b put on the right side of 0.5 (w = 0 included: one answer for all).

    The side of an example depends on w only through the order of the projections wᵀx, and that order
    changes only where wᵀ(x_i − x_j) = 0; so one direction inside each stretch of angles between those
    (two directions, ±1, with one feature), each with every threshold, tries every split a line can make.
    """
    X, Y = np.asarray(X, dtype=float), np.ravel(Y)
    best = max(int(np.sum(Y == 0)), int(np.sum(Y == 1)))  # w = 0: the same answer for every example
    if X.shape[0] == 1:
        directions = [np.array([1.0]), np.array([-1.0])]
    elif X.shape[0] == 2:
        m = X.shape[1]
        critical = sorted({(math.atan2(d[1], d[0]) + turn) % (2 * math.pi)
                           for i in range(m) for j in range(i + 1, m) if np.any(d := X[:, i] - X[:, j])
                           for turn in (math.pi / 2, -math.pi / 2)} | {0.0})
        ends = critical[1:] + [critical[0] + 2 * math.pi]
        directions = [np.array([math.cos((a + e) / 2), math.sin((a + e) / 2)]) for a, e in zip(critical, ends)]
    else:
        raise ValueError("one or two features")
    for direction in directions:
        # Elementwise, not `direction @ X`: a matrix product may round two copies of one example differently
        # (SIMD for some columns, a scalar tail for others), which split a tie no line can split (hypothesis).
        best = max(best, _best_on_a_line((direction[:, None] * X).sum(axis=0), Y))
    return best


def sigmoid_curve(w: float, b: float, xs):
    """ŷ = σ(wx + b) along the x values `xs` (one feature), for drawing the curve."""
    return hypothesis(parameters(w), b, np.asarray(xs, dtype=float)[None, :])[0]


def probability_grid(w, b: float, box, steps: int = 61):
    """(xs, ys, P): ŷ on a grid over `box` (x₁ min, x₁ max, x₂ min, x₂ max), P[j, i] at (xs[i], ys[j])."""
    xs = np.linspace(box[0], box[1], steps)
    ys = np.linspace(box[2], box[3], steps)
    g1, g2 = np.meshgrid(xs, ys)
    P = hypothesis(w, b, np.vstack([g1.ravel(), g2.ravel()]))
    return xs, ys, P.reshape(len(ys), len(xs))
