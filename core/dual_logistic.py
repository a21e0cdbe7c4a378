"""Logistic regression trained in the span of the examples: the text's gradient descent, step for step,
in the span form of core/span.py (w = X·β, so z = βᵀ(XᵀX) + b with the Gram matrix computed once).

For the cats (m = 209 images of n = 12288 numbers) an iteration costs m² multiplications instead of n·m.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.logistic import sigmoid
from core.snapshot import TrainingSnapshot
from core.span import gram


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


def _accuracies(Z: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """The course's accuracy (%) of the predictions sigmoid(z) > 0.5, for every row of Z (one row per
    iteration), at once."""
    return 100.0 - np.mean(np.abs((sigmoid(Z) > 0.5) - Y), axis=1) * 100.0


def _log_losses(Z: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """`sigmoid_and_log_loss`'s cost of every row of Z (one row per iteration), at once: the same formula."""
    return np.mean(np.maximum(Z, 0.0) + np.log1p(np.exp(-np.abs(Z))) - Y * Z, axis=1)


def train_steps(problem: GramProblem, learning_rate: float, num_iterations: int, snapshot_every: int = 100):
    """Gradient descent from zeros, yielding a Snapshot every `snapshot_every` iterations and at the end.

    The k-th recorded cost is the cost of the parameters after k steps, before step k+1: the
    textbook's `costs[::100]`. A non-finite cost or parameter stops the run with `diverged=True`.

    An iteration does only what the next one needs (z, its sigmoid, the step); its record (both costs and
    both accuracies) is computed for a whole stretch between two snapshots at once, from the z and the
    parameters kept on the way: a few array operations per stretch instead of a dozen small ones per
    iteration (a class trains forty runs on one core). A run that diverges inside a stretch is cut back to
    its first non-finite iteration, so it ends exactly where the step-by-step loop would.
    """
    K, Y, Y_test = problem.K_train, problem.Y_train, problem.Y_test
    y = Y[0]
    m = problem.m
    step = learning_rate / m
    alpha, b = np.zeros(m), 0.0  # w = X_train @ alpha = 0 at the start
    costs, test_costs = np.empty(num_iterations + 1), np.empty(num_iterations + 1)
    accuracies = np.empty((num_iterations + 1, 2))
    i = 0  # the next iteration to record
    while True:
        # the stretch ends at the next snapshot: the first multiple of snapshot_every from i on (not 0), or the end
        last = min(num_iterations, max(snapshot_every, -(-i // snapshot_every) * snapshot_every))
        rows = last - i + 1
        Z, alphas, bs = np.empty((rows, m)), np.empty((rows, m)), np.empty(rows)
        # Past the stability limit numbers overflow; that is reported as divergence, not warned about.
        # (The error state is set per stretch between snapshots, never across a yield.)
        with np.errstate(over="ignore", invalid="ignore"):
            for row in range(rows):
                if i + row > 0:  # the step from the previous iteration's dz
                    alpha -= step * dz
                    b -= learning_rate * (dz.sum() / m)
                z = Z[row] = alpha @ K + b
                alphas[row], bs[row] = alpha, b
                dz = sigmoid(z) - y
            stretch_costs = _log_losses(Z, Y)
            bad = np.flatnonzero(~(np.isfinite(stretch_costs) & np.isfinite(bs)))
            if bad.size:  # diverged: the run ends at its first non-finite iteration
                rows = int(bad[0]) + 1
                Z, alphas, bs, stretch_costs = Z[:rows], alphas[:rows], bs[:rows], stretch_costs[:rows]
            Z_test = alphas @ problem.K_test + bs[:, None]
            end = i + rows
            costs[i:end] = stretch_costs
            test_costs[i:end] = np.mean(np.logaddexp(0.0, Z_test) - Y_test * Z_test, axis=1)
            accuracies[i:end, 0] = _accuracies(Z, Y)
            accuracies[i:end, 1] = _accuracies(Z_test, Y_test)
            i = end - 1  # the iteration the snapshot shows
            snapshot = Snapshot(
                iteration=i,
                num_iterations=num_iterations,
                learning_rate=learning_rate,
                costs=costs[: i + 1].copy(),
                train_accuracy=float(accuracies[i, 0]),
                test_accuracy=float(accuracies[i, 1]),
                alpha=alphas[-1].copy(),
                b=float(bs[-1]),
                diverged=bool(bad.size),
                test_costs=test_costs[: i + 1].copy(),
                accuracies=accuracies[: i + 1].copy(),
            )
        yield snapshot
        if snapshot.done:
            return
        i += 1  # alpha, b and dz are the last iteration's: the next stretch starts with its step


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
