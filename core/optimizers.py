"""Gradient descent and three of its descendants, as pure step functions, and the path they trace.

A step function takes the point (w, b), the gradient there, the optimizer's state and the learning
rate, and returns the next point and state; it changes nothing in place. `walk` applies one to a
surface step by step, and stops where the path leaves the arena around the map (twice its size) or stops being finite: that is
divergence, and the path is cut there so nothing past it is ever drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.surfaces import Surface

OPTIMIZERS = ("gd", "momentum", "rmsprop", "adam")
BETA = 0.9  # momentum's average of gradients, RMSProp's average of squared gradients
BETA2 = 0.999  # Adam's average of squared gradients
EPSILON = 1e-8
CONVERGED_GRADIENT = 1e-6  # |gradient| below this: the point no longer moves visibly
ZIGZAG_SHARE = 0.5  # a path whose steps turn back more often than this zigzags across its valley

LEFT_VIEW, NOT_FINITE, CONVERGED = "left_view", "not_finite", "converged"


# ---- step functions: (point, gradient, state, rate) -> (point, state) ----

def gd_step(point, grad, state, rate):
    """The text's rule: w := w - alpha dJ/dw, b := b - alpha dJ/db."""
    return point - rate * grad, state


def momentum_step(point, grad, state, rate, beta=BETA):
    """v := beta v + (1 - beta) grad; point := point - alpha v (a ball that keeps its speed)."""
    velocity = beta * state["v"] + (1 - beta) * grad
    return point - rate * velocity, {"v": velocity}


def rmsprop_step(point, grad, state, rate, beta=BETA):
    """s := beta s + (1 - beta) grad^2; point := point - alpha grad / (sqrt(s) + eps): each parameter
    gets its own step size, small where the slope has been steep."""
    square = beta * state["s"] + (1 - beta) * grad**2
    return point - rate * grad / (np.sqrt(square) + EPSILON), {"s": square}


def adam_step(point, grad, state, rate, beta1=BETA, beta2=BETA2):
    """Momentum and RMSProp together, with both averages corrected for starting at zero."""
    t = state["t"] + 1
    velocity = beta1 * state["v"] + (1 - beta1) * grad
    square = beta2 * state["s"] + (1 - beta2) * grad**2
    v_hat, s_hat = velocity / (1 - beta1**t), square / (1 - beta2**t)
    return point - rate * v_hat / (np.sqrt(s_hat) + EPSILON), {"v": velocity, "s": square, "t": t}


STEPS = {"gd": gd_step, "momentum": momentum_step, "rmsprop": rmsprop_step, "adam": adam_step}


def initial_state(optimizer: str) -> dict:
    zero = np.zeros(2)
    return {"gd": {}, "momentum": {"v": zero}, "rmsprop": {"s": zero},
            "adam": {"v": zero, "s": zero, "t": 0}}[optimizer]


# ---- the path ----

@dataclass(frozen=True)
class Step:
    k: int  # 0 is the starting point
    w: float
    b: float
    cost: float
    dw: float  # dJ/dw at (w, b)
    db: float


@dataclass(frozen=True)
class Path:
    optimizer: str
    rate: float
    w: np.ndarray  # every point visited, the start first
    b: np.ndarray
    cost: np.ndarray
    dw: np.ndarray  # the gradient at each point
    db: np.ndarray
    stop: str | None  # None (ran every step), CONVERGED, LEFT_VIEW or NOT_FINITE
    escape: tuple | None = None  # (step, w, b) of the first point outside the arena, when it left

    @property
    def steps(self) -> int:
        return len(self.w) - 1

    @property
    def diverged(self) -> bool:
        return self.stop in (LEFT_VIEW, NOT_FINITE)


def walk(surface: Surface, start, rate: float, iterations: int, optimizer: str = "gd"):
    """Yield the Step at the start and after each update. A final `str` is yielded instead of a Step
    if the walk stops early: CONVERGED, LEFT_VIEW (then the escaping point follows as a tuple) or
    NOT_FINITE."""
    point = np.array(start, dtype=float)
    state, update = initial_state(optimizer), STEPS[optimizer]
    for k in range(iterations + 1):
        grad = np.array(surface.gradient(*point), dtype=float)
        cost = surface.cost(*point)
        if not (np.all(np.isfinite(grad)) and np.isfinite(cost)):
            yield NOT_FINITE
            return
        yield Step(k, float(point[0]), float(point[1]), float(cost), float(grad[0]), float(grad[1]))
        if k == iterations:
            return
        if np.hypot(*grad) < CONVERGED_GRADIENT and optimizer == "gd":
            yield CONVERGED  # plain descent would stand still from here on
            return
        with np.errstate(over="ignore", invalid="ignore"):  # a huge step is caught just below
            point, state = update(point, grad, state, rate)
        if not np.all(np.isfinite(point)):
            yield NOT_FINITE
            return
        if not surface.inside(*point):
            yield LEFT_VIEW
            yield (k + 1, float(point[0]), float(point[1]))
            return


def descend(surface: Surface, start, rate: float, iterations: int, optimizer: str = "gd") -> Path:
    """Run `walk` to the end and keep the whole path as arrays."""
    steps, stop, escape = [], None, None
    for item in walk(surface, start, rate, iterations, optimizer):
        if isinstance(item, Step):
            steps.append(item)
        elif isinstance(item, str):
            stop = item
        else:
            escape = item
    columns = {name: np.array([getattr(s, name) for s in steps]) for name in ("w", "b", "cost", "dw", "db")}
    return Path(optimizer, rate, stop=stop, escape=escape, **columns)


# ---- what happened ----

def nearest_minimum(surface: Surface, w: float, b: float) -> tuple[int, float]:
    """(index in surface.minima, distance) of the known minimum closest to (w, b)."""
    distances = [np.hypot(w - mw, b - mb) for mw, mb in surface.minima]
    index = int(np.argmin(distances))
    return index, float(distances[index])


def outcome(surface: Surface, path: Path, tolerance: float = 0.05) -> str:
    """One word for the end of a path: "diverged", "global_minimum", "local_minimum", "stationary"
    (gradient zero but no minimum: a saddle point) or "moving" (not there yet)."""
    if path.diverged:
        return "diverged"
    w, b = path.w[-1], path.b[-1]
    index, distance = nearest_minimum(surface, w, b)
    if distance < tolerance and index > 0:
        return "local_minimum"
    # The lowest minimum reached: near it, and no higher than where the path started (from beside a narrow
    # valley's floor a path can end nearer the minimum but higher up its wall: found by the property test).
    if distance < tolerance and path.cost[-1] <= path.cost[0] + 1e-9:
        return "global_minimum"
    if np.hypot(path.dw[-1], path.db[-1]) < 1e-3:
        return "stationary"
    return "moving"


def zigzag_fraction(path: Path) -> float:
    """Share of consecutive steps that turn back (negative dot product): near 1 when the learning rate
    is so large that each step jumps across the valley."""
    moves = np.stack([np.diff(path.w), np.diff(path.b)], axis=1)
    if len(moves) < 3:
        return 0.0
    turns = np.sum(moves[1:] * moves[:-1], axis=1)
    return float(np.mean(turns < 0))
