"""Cost surfaces J(w, b) over two parameters: each a value and its analytic gradient, as pure functions.

Two are real costs of generated data sets (logistic regression's cross-entropy, convex; linear
regression's squared error, a quadratic bowl), three are made to show where gradient descent struggles
(a long curved valley, a saddle, several minima). Every surface lives on the same view, w and b in
[-4, 4], so one starting point means the same place on all of them.

`cost(w, b)` and `gradient(w, b)` accept scalars or arrays of the same shape (a whole grid at once).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from core.logistic import log_loss_from_logits, sigmoid
from core.planar import plane_grid

VIEW = (-4.0, 4.0, -4.0, 4.0)  # w_min, w_max, b_min, b_max: the map that is drawn
# A path is cut (divergence) only when it leaves the map enlarged twice about its centre: a converging
# path may overshoot the drawn map for a step or two (it is clipped there) and come back.
ARENA_SCALE = 2.0
SURFACES = ("logistic", "bowl", "valley", "saddle", "minima")
DATA_SURFACES = ("logistic", "bowl")  # the ones built from a data set (noise and seed matter)


@dataclass(frozen=True)
class Surface:
    key: str  # one of SURFACES
    cost: Callable  # (w, b) -> J
    gradient: Callable  # (w, b) -> (dJ/dw, dJ/db)
    minima: tuple  # ((w, b), ...) every local minimum in the view, the global one first
    convex: bool
    curvature: float | None = None  # largest Hessian eigenvalue L, where it is constant (the bowl)
    data: tuple | None = None  # (x, y) of the data set behind the cost
    view: tuple = VIEW

    @property
    def arena(self) -> tuple:
        w_min, w_max, b_min, b_max = self.view
        w_mid, w_half = (w_min + w_max) / 2, ARENA_SCALE * (w_max - w_min) / 2
        b_mid, b_half = (b_min + b_max) / 2, ARENA_SCALE * (b_max - b_min) / 2
        return w_mid - w_half, w_mid + w_half, b_mid - b_half, b_mid + b_half

    def inside(self, w: float, b: float) -> bool:
        """Whether (w, b) is still in the arena, where a path may go before it counts as diverged."""
        w_min, w_max, b_min, b_max = self.arena
        return w_min <= w <= w_max and b_min <= b <= b_max


# ---- data sets ----

def classification_data(noise: float, seed: int, m: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """One feature, two classes: x ~ N(0, noise) for y = 0 and N(1.5, noise) for y = 1, half each.
    The classes overlap, so the cost has a finite minimum (separable data would send w to infinity)."""
    rng = np.random.default_rng(seed)
    y = np.repeat([0.0, 1.0], m // 2)
    x = 1.5 * y + noise * rng.standard_normal(y.size)
    return x, y


def regression_data(noise: float, seed: int, m: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """y = 1.5 x - 1 plus noise, with x ~ N(1.5, 1): the off-centre x makes a tilted, elongated bowl.

    The noise is made uncorrelated with x and with 1 (its least-squares line is removed), so it lifts the
    bowl without moving its bottom: the minimum is (1.5, -1) at every noise level and seed, always on the
    map, and the cost there is the noise's mean square.
    """
    rng = np.random.default_rng(seed)
    x = 1.5 + rng.standard_normal(m)
    residual = noise * rng.standard_normal(m)
    features = np.column_stack([x, np.ones(m)])
    residual -= features @ np.linalg.lstsq(features, residual, rcond=None)[0]
    return x, 1.5 * x - 1.0 + residual


# ---- the two costs of real models ----

def logistic_surface(noise: float = 1.0, seed: int = 0) -> Surface:
    """J(w, b) = mean(-y log a - (1 - y) log(1 - a)), a = sigmoid(w x + b): convex, as the text says."""
    x, y = classification_data(noise, seed)
    cost = np.vectorize(lambda w, b: log_loss_from_logits(w * x + b, y), otypes=[float])

    def gradient(w, b):
        error = sigmoid(np.multiply.outer(w, x) + np.expand_dims(b, -1)) - y  # a - y, per example
        return np.mean(error * x, axis=-1), np.mean(error, axis=-1)

    return Surface("logistic", _scalar(cost), _scalar(gradient), (_newton_minimum(x, y),), convex=True, data=(x, y))


def _newton_minimum(x, y, iterations: int = 50) -> tuple[float, float]:
    """The minimum of the logistic cost by Newton's method (convex, two unknowns: exact to rounding)."""
    X = np.stack([x, np.ones_like(x)])
    theta = np.zeros(2)
    for _ in range(iterations):
        a = sigmoid(theta @ X)
        gradient = X @ (a - y) / x.size
        hessian = (X * (a * (1 - a))) @ X.T / x.size
        theta = theta - np.linalg.solve(hessian, gradient)
        if np.max(np.abs(gradient)) < 1e-14:
            break
    return float(theta[0]), float(theta[1])


def bowl_surface(noise: float = 1.0, seed: int = 0) -> Surface:
    """J(w, b) = mean((w x + b - y)^2) / 2, linear regression's cost: a quadratic bowl with constant
    Hessian H = [[mean x^2, mean x], [mean x, 1]]. Plain gradient descent is stable iff alpha < 2 / L,
    L the largest eigenvalue of H."""
    x, y = regression_data(noise, seed)

    def cost(w, b):
        residual = np.multiply.outer(w, x) + np.expand_dims(b, -1) - y
        return np.mean(residual**2, axis=-1) / 2

    def gradient(w, b):
        residual = np.multiply.outer(w, x) + np.expand_dims(b, -1) - y
        return np.mean(residual * x, axis=-1), np.mean(residual, axis=-1)

    design = np.stack([x, np.ones_like(x)], axis=1)
    w_star, b_star = np.linalg.lstsq(design, y, rcond=None)[0]
    curvature = float(np.linalg.eigvalsh(design.T @ design / x.size)[-1])
    return Surface("bowl", _scalar(cost), _scalar(gradient), ((float(w_star), float(b_star)),), convex=True,
                   curvature=curvature, data=(x, y))


# ---- three surfaces where gradient descent struggles ----

def _valley_cost(w, b):
    """Rosenbrock's banana, scaled to the view: (1 - u)^2 + 5 (v - u^2)^2 with u = w/2, v = b/2.
    The minimum (2, 2) sits at the end of a long, curved, nearly flat valley b = w^2 / 2."""
    return (1 - w / 2) ** 2 + 5 * (b / 2 - w**2 / 4) ** 2


def _valley_gradient(w, b):
    across = b / 2 - w**2 / 4
    return -(1 - w / 2) - 5 * w * across, 5 * across


def _saddle_cost(w, b):
    """w^2 / 2 + (b^2 - 4)^2 / 8: two valleys (b = +-2) and a saddle point at the origin between them,
    where the gradient is zero but J curves up along w and down along b."""
    return w**2 / 2 + (b**2 - 4) ** 2 / 8


def _saddle_gradient(w, b):
    return w * 1.0, b * (b**2 - 4) / 2


# Several minima: a gentle bowl with three Gaussian wells of different depths (depth, w, b, width^2).
WELLS = ((2.0, 2.0, 1.5, 2.0), (1.4, -2.0, -1.5, 1.5), (1.0, -1.5, 2.5, 1.0))


def _minima_cost(w, b):
    value = 2.0 + 0.1 * (w**2 + b**2)
    for depth, cw, cb, spread in WELLS:
        value = value - depth * np.exp(-((w - cw) ** 2 + (b - cb) ** 2) / spread)
    return value


def _minima_gradient(w, b):
    dw, db = 0.2 * w, 0.2 * b
    for depth, cw, cb, spread in WELLS:
        pull = depth * np.exp(-((w - cw) ** 2 + (b - cb) ** 2) / spread) * 2 / spread
        dw, db = dw + pull * (w - cw), db + pull * (b - cb)
    return dw, db


def _polish(gradient, w: float, b: float, rate: float = 0.2, steps: int = 4000) -> tuple[float, float]:
    """Slide to the bottom of the well that holds (w, b): the exact place of a minimum with no formula."""
    for _ in range(steps):
        dw, db = gradient(w, b)
        w, b = w - rate * dw, b - rate * db
    return float(w), float(b)


def _minima_of_wells() -> tuple:
    found = [_polish(_minima_gradient, cw, cb) for _, cw, cb, _ in WELLS]
    return tuple(sorted(found, key=lambda point: _minima_cost(*point)))


def _scalar(function):
    """Return a Python float for scalar input, an array for array input."""
    def wrapped(w, b):
        value = function(np.asarray(w, dtype=float), np.asarray(b, dtype=float))
        if isinstance(value, tuple):
            return tuple(float(v) if np.ndim(v) == 0 else v for v in value)
        return float(value) if np.ndim(value) == 0 else value
    return wrapped


VALLEY = Surface("valley", _scalar(_valley_cost), _scalar(_valley_gradient), ((2.0, 2.0),), convex=False)
SADDLE = Surface("saddle", _scalar(_saddle_cost), _scalar(_saddle_gradient), ((0.0, 2.0), (0.0, -2.0)),
                 convex=False)
MINIMA = Surface("minima", _scalar(_minima_cost), _scalar(_minima_gradient), _minima_of_wells(), convex=False)


def make_surface(key: str, noise: float = 1.0, seed: int = 0) -> Surface:
    """The surface named `key`; `noise` and `seed` shape the data of the two data-set surfaces."""
    if key == "logistic":
        return logistic_surface(noise, seed)
    if key == "bowl":
        return bowl_surface(noise, seed)
    return {"valley": VALLEY, "saddle": SADDLE, "minima": MINIMA}[key]


def grid(surface: Surface, points: int = 41) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ws, bs, J) on a points x points grid over the view; J[i, j] = J(ws[j], bs[i]) as plotly wants."""
    ws, bs, plane = plane_grid(surface.view, points)
    return ws, bs, np.asarray(surface.cost(plane[0], plane[1]), dtype=float).reshape(len(bs), len(ws))
