"""The span (Gram) form of a linear layer trained on fixed inputs: the same gradient descent, cheaper.

A layer Z = W·X (X of shape (n, m), one example per column) learns by dW = dZ·Xᵀ / m, so every step adds
something times Xᵀ and, from a start W₀,

    W = W₀ + B·Xᵀ        with B of shape (units, m).

Then Z = W₀·X + B·(XᵀX) = C + B·K, where C = W₀·X and the Gram matrix K = XᵀX are computed once. A step
costs units·m² multiplications instead of units·n·m: for the cats (n = 12288 numbers per image, m = 209
images) about sixty times fewer, and the iterates are the same numbers up to rounding. W itself is formed
only to show it or to classify a new example.

Logistic regression is this form with W₀ = 0 and one unit (w = X·α), written out flat in core/dual_logistic.py
(a vector α, no layer object: it is the loop a class runs forty times); the first layer of a network is this
layer with the course's random W₀.
"""

from __future__ import annotations

import numpy as np


def gram(X: np.ndarray, X_other: np.ndarray | None = None) -> np.ndarray:
    """K = Xᵀ·X_other (m, m_other): every pair of examples' dot product; X_other defaults to X."""
    return X.T @ (X if X_other is None else X_other)


class SpanLayer:
    """A linear layer's W = W₀ + B·Xᵀ, with Z on the training inputs (and optionally test inputs) as C + B·K."""

    def __init__(self, W0: np.ndarray | None, X: np.ndarray, K: np.ndarray | None = None, units: int | None = None,
                 X_test: np.ndarray | None = None, K_test: np.ndarray | None = None):
        """`W0` None means W₀ = 0 (then `units` says how many); `K`, `K_test` may be given already computed."""
        self.X = X
        self.m = X.shape[1]
        self.W0 = W0
        units = W0.shape[0] if W0 is not None else units
        self.B = np.zeros((units, self.m))
        self.K = gram(X) if K is None else K
        self.C = W0 @ X if W0 is not None else None
        if X_test is not None:
            self.K_test = gram(X, X_test) if K_test is None else K_test
            self.C_test = W0 @ X_test if W0 is not None else None

    def Z(self) -> np.ndarray:
        """W·X on the training inputs, (units, m)."""
        return self.B @ self.K if self.C is None else self.C + self.B @ self.K

    def Z_test(self) -> np.ndarray:
        """W·X_test, (units, m_test)."""
        return self.B @ self.K_test if self.C_test is None else self.C_test + self.B @ self.K_test

    def step(self, dZ: np.ndarray, learning_rate: float) -> None:
        """W := W − α·dZ·Xᵀ/m, done as B := B − α·dZ/m."""
        self.B -= learning_rate * dZ / self.m

    def weights(self) -> np.ndarray:
        """W itself, (units, n)."""
        W = self.B @ self.X.T
        return W if self.W0 is None else self.W0 + W
