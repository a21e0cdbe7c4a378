"""Logistic regression trained in the span of the examples: the text's gradient descent, step for step,
in the span form of core/span.py (w = X·β, so z = βᵀ(XᵀX) + b with the Gram matrix computed once).

For the cats (m = 209 images of n = 12288 numbers) an iteration costs m² multiplications instead of n·m.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.logistic import accuracy, sigmoid, sigmoid_and_log_loss
from core.snapshot import TrainingSnapshot
from core.span import SpanLayer, gram


@dataclass(frozen=True)
class GramProblem:
    """A training set and a test set, prepared once for dual-form training."""

    X_train: np.ndarray  # (n, m) floats
    Y_train: np.ndarray  # (1, m)
    X_test: np.ndarray  # (n, m_test)
    Y_test: np.ndarray  # (1, m_test)
    K_train: np.ndarray = field(repr=False)  # (m, m) = X_train.T X_train
    K_test: np.ndarray = field(repr=False)  # (m, m_test) = X_train.T X_test

    @classmethod
    def build(cls, X_train, Y_train, X_test, Y_test) -> "GramProblem":
        arrays = dict(
            X_train=X_train,
            Y_train=np.asarray(Y_train, dtype=float),
            X_test=X_test,
            Y_test=np.asarray(Y_test, dtype=float),
            K_train=gram(X_train),
            K_test=gram(X_train, X_test),
        )
        for array in arrays.values():
            array.setflags(write=False)  # shared by every session of the server
        return cls(**arrays)

    @property
    def m(self) -> int:
        return self.X_train.shape[1]

    def weights(self, alpha: np.ndarray) -> np.ndarray:
        """w = X·alpha, shape (n, 1)."""
        return self.X_train @ alpha.reshape(-1, 1)


@dataclass(frozen=True, kw_only=True)
class Snapshot(TrainingSnapshot):
    """A logistic-regression run: the parameters in dual form."""

    learning_rate: float
    alpha: np.ndarray  # (m,) span coefficients β: w = X_train @ alpha
    b: float


def _accuracy(z: np.ndarray, Y: np.ndarray) -> float:
    return accuracy((sigmoid(z) > 0.5).astype(float), Y)


def _accuracies(Z: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """`_accuracy` of every row of Z (one row per iteration), at once."""
    return 100.0 - np.mean(np.abs((sigmoid(Z) > 0.5) - Y), axis=1) * 100.0


def train_steps(problem: GramProblem, learning_rate: float, num_iterations: int, snapshot_every: int = 100):
    """Gradient descent from zeros, yielding a Snapshot every `snapshot_every` iterations and at the end.

    The k-th recorded cost is the cost of the parameters after k steps, before step k+1: the
    textbook's `costs[::100]`. A non-finite cost or parameter stops the run with `diverged=True`.
    """
    layer = SpanLayer(None, problem.X_train, problem.K_train, units=1, X_test=problem.X_test,
                      K_test=problem.K_test)  # w = 0 at the start
    b = 0.0
    costs, test_costs = np.empty(num_iterations + 1), np.empty(num_iterations + 1)
    accuracies = np.empty((num_iterations + 1, 2))
    Y = problem.Y_train
    i, pending = 0, None  # pending: dz of the last evaluated iteration, not yet applied
    while True:
        # The test set's record is computed for a whole stretch at once, from the parameters kept on the
        # way: one matrix product instead of one small product per iteration.
        first, stretch_B, stretch_b, stretch_z = i + (pending is not None), [], [], []
        # Past the stability limit numbers overflow; that is reported as divergence, not warned about.
        # (The error state is set per stretch between snapshots, never across a yield.)
        with np.errstate(over="ignore", invalid="ignore"):
            while True:
                if pending is not None:
                    layer.step(pending, learning_rate)
                    b = b - learning_rate * float(np.mean(pending))
                    i += 1
                z = layer.Z() + b
                a, costs[i] = sigmoid_and_log_loss(z, Y)
                stretch_B.append(layer.B[0].copy())
                stretch_b.append(b)
                stretch_z.append(z[0])
                pending = a - Y
                diverged = not (np.isfinite(costs[i]) and np.isfinite(b))
                if diverged or i == num_iterations or (i > 0 and i % snapshot_every == 0):
                    break
            Z_test = np.array(stretch_B) @ problem.K_test + np.array(stretch_b)[:, None]
            test_costs[first: i + 1] = np.mean(np.logaddexp(0.0, Z_test) - problem.Y_test * Z_test, axis=1)
            accuracies[first: i + 1, 0] = _accuracies(np.array(stretch_z), Y)
            accuracies[first: i + 1, 1] = _accuracies(Z_test, problem.Y_test)
            snapshot = Snapshot(
                iteration=i,
                num_iterations=num_iterations,
                learning_rate=learning_rate,
                costs=costs[: i + 1].copy(),
                train_accuracy=_accuracy(z, Y),
                test_accuracy=_accuracy(layer.Z_test() + b, problem.Y_test),
                alpha=layer.B[0].copy(),
                b=float(b),
                diverged=diverged,
                test_costs=test_costs[: i + 1].copy(),
                accuracies=accuracies[: i + 1].copy(),
            )
        yield snapshot
        if snapshot.done:
            return


def train(problem: GramProblem, learning_rate: float, num_iterations: int) -> Snapshot:
    """Run to the end; the final snapshot."""
    snapshot = None
    for snapshot in train_steps(problem, learning_rate, num_iterations, snapshot_every=num_iterations or 1):
        pass
    return snapshot


def predict_proba(problem: GramProblem, snapshot: Snapshot, X: np.ndarray) -> np.ndarray:
    """Probability of "cat" for the columns of X (n, k), shape (k,)."""
    w = problem.weights(snapshot.alpha)
    return sigmoid(w.T @ X + snapshot.b)[0]
