"""Activation functions g(z) and their slopes g'(z): sigmoid, tanh, ReLU and leaky ReLU.

Where g'(z) is nearly zero the unit is saturated: a gradient passing back through it is multiplied by
almost nothing, so the weights before it barely learn (the vanishing gradient).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from core.logistic import sigmoid
from core.planar import plane_grid

LEAKY_SLOPE = 0.1  # often 0.01; 0.1 here so the slope left of zero is visible on a chart
SATURATED_FRACTION = 0.05  # "near zero": a slope below 5 % of the function's steepest slope


def sigmoid_derivative(z):
    a = sigmoid(z)
    return a * (1 - a)


def tanh(z):
    return np.tanh(np.asarray(z, dtype=float))


def tanh_derivative(z):
    return 1 - np.tanh(np.asarray(z, dtype=float)) ** 2


def relu(z):
    return np.maximum(0.0, np.asarray(z, dtype=float))


def relu_derivative(z):
    """0 for z < 0, 1 for z > 0; at z = 0 (where there is no slope) we take 0, as most libraries do."""
    return (np.asarray(z, dtype=float) > 0).astype(float)


def leaky_relu(z, slope: float = LEAKY_SLOPE):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, slope * z)


def leaky_relu_derivative(z, slope: float = LEAKY_SLOPE):
    return np.where(np.asarray(z, dtype=float) > 0, 1.0, slope)


@dataclass(frozen=True)
class Activation:
    key: str
    function: Callable
    derivative: Callable
    peak_slope: float  # the steepest slope anywhere


ACTIVATIONS = {
    "sigmoid": Activation("sigmoid", sigmoid, sigmoid_derivative, 0.25),
    "tanh": Activation("tanh", tanh, tanh_derivative, 1.0),
    "relu": Activation("relu", relu, relu_derivative, 1.0),
    "leaky_relu": Activation("leaky_relu", leaky_relu, leaky_relu_derivative, 1.0),
}


def saturated_intervals(activation: Activation, z_min: float, z_max: float, steps: int = 1201,
                        fraction: float = SATURATED_FRACTION) -> list[tuple[float, float]]:
    """The stretches of [z_min, z_max] where g'(z) < fraction × the steepest slope, as (start, end)."""
    z = np.linspace(z_min, z_max, steps)
    flat = activation.derivative(z) < fraction * activation.peak_slope
    intervals, start = [], None
    for value, is_flat in zip(z, flat):
        if is_flat and start is None:
            start = value
        if not is_flat and start is not None:
            intervals.append((float(start), float(previous)))
            start = None
        previous = value
    if start is not None:
        intervals.append((float(start), float(z[-1])))
    return intervals


# ---- why non-linearity: two layers, with and without an activation between them ----

@dataclass(frozen=True)
class TwoLayerNet:
    """x (2,) -> W1 x + b1 (hidden, `width` units) -> g -> w2 · h + b2 (one output)."""

    W1: np.ndarray  # (width, 2)
    b1: np.ndarray  # (width,)
    w2: np.ndarray  # (width,)
    b2: float

    @classmethod
    def random(cls, seed: int, width: int = 8) -> "TwoLayerNet":
        rng = np.random.default_rng(seed)
        return cls(rng.normal(0, 2, (width, 2)), rng.normal(0, 1, width), rng.normal(0, 1, width),
                   float(rng.normal(0, 0.5)))

    def output(self, X, g=lambda z: z):
        """The output for the rows of X, with activation g in the hidden layer (identity by default)."""
        return g(X @ self.W1.T + self.b1) @ self.w2 + self.b2

    def collapsed(self):
        """With no activation the two layers are one: (w2ᵀW1) x + (w2·b1 + b2). Returns (w, b)."""
        return self.w2 @ self.W1, float(self.w2 @ self.b1 + self.b2)


def output_grid(net: TwoLayerNet, g, box=(-2.0, 2.0, -2.0, 2.0), steps: int = 61):
    """(xs, ys, Z) with Z[j, i] the network's output at (xs[i], ys[j])."""
    xs, ys, points = plane_grid(box, steps)
    return xs, ys, net.output(points.T, g).reshape(len(ys), len(xs))


def centred(net: TwoLayerNet, g, box=(-2.0, 2.0, -2.0, 2.0)) -> TwoLayerNet:
    """The same network with b2 moved so that its boundary (output 0) crosses the middle of the box."""
    _, _, Z = output_grid(net, g, box, steps=41)
    return TwoLayerNet(net.W1, net.b1, net.w2, net.b2 - float(np.median(Z)))
