"""Loops against vectors, timed live: a dot product, the logistic-regression gradient, the cat training.

Every timing is the median of a few repeats with time.perf_counter, and every loop is capped so a page
view stays within a second or two of server time: the Python loop never runs on more than
LOOP_MAX_N elements (above that its time is scaled up from the capped run, and the page says so).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

import numpy as np

from core.dual_logistic import GramProblem, train as train_dual
from core.logistic import initialize_with_zeros, log_loss_from_logits, optimize, propagate, sigmoid

LOOP_MAX_N = 1_000_000  # a Python loop of a million multiply-adds takes about a tenth of a second
NUMPY_MAX_N = 10_000_000
REPEATS = 3
REPEAT_BUDGET = 0.3  # seconds: once the repeats of one measurement have taken this long, stop repeating
LOOP_BUDGET = 1.0  # seconds the cat race's loop may take; beyond it the race runs on fewer images


def median_seconds(function, repeats: int = REPEATS, budget: float = REPEAT_BUDGET) -> tuple[float, object]:
    """(median wall time of up to `repeats` calls, the last call's result). Calls stop early once their
    total passes `budget` seconds (on a busy server a slow call is then timed once, not three times)."""
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
        if sum(times) > budget:
            break
    return statistics.median(times), result


# ---- dot product ----

def dot_loop(a: list, b: list) -> float:
    total = 0.0
    for a_i, b_i in zip(a, b):
        total += a_i * b_i
    return total


def dot_vectorized(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))


@dataclass(frozen=True)
class DotTiming:
    n: int
    loop_n: int  # elements the loop actually ran on (at most LOOP_MAX_N)
    loop_seconds: float  # for loop_n elements
    numpy_seconds: float  # for all n elements
    loop_value: float  # a · b over the first loop_n elements, both ways, to show they agree
    numpy_value_on_loop_n: float

    @property
    def loop_seconds_for_n(self) -> float:
        """The loop's time for n elements: measured if it ran on all of them, else scaled linearly."""
        return self.loop_seconds * self.n / self.loop_n

    @property
    def extrapolated(self) -> bool:
        return self.loop_n < self.n

    @property
    def speedup(self) -> float:
        return self.loop_seconds_for_n / max(self.numpy_seconds, 1e-9)


def time_dot(n: int, seed: int = 0, repeats: int = REPEATS) -> DotTiming:
    n = int(min(n, NUMPY_MAX_N))
    rng = np.random.default_rng(seed)
    a, b = rng.random(n), rng.random(n)
    loop_n = min(n, LOOP_MAX_N)
    a_list, b_list = a[:loop_n].tolist(), b[:loop_n].tolist()  # plain floats: a fair Python loop
    loop_seconds, loop_value = median_seconds(lambda: dot_loop(a_list, b_list), repeats)
    numpy_seconds, _ = median_seconds(lambda: dot_vectorized(a, b), repeats)
    return DotTiming(n, loop_n, loop_seconds, numpy_seconds, loop_value, dot_vectorized(a[:loop_n], b[:loop_n]))


# ---- the logistic-regression gradient over m examples ----

def gradient_loop(w, b, X, Y, examples=None):
    """dw, db and the cost one example at a time (the text's first version, before vectorizing).

    `examples`: X's columns as contiguous rows (X.T copied), if the caller has them; a column of a
    C-ordered X is scattered through memory, which would make the loop slower for a reason beside the point.
    """
    n, m = X.shape
    examples = np.ascontiguousarray(X.T) if examples is None else examples
    w_row = np.ascontiguousarray(w[:, 0])
    dw, db, cost = np.zeros(n), 0.0, 0.0
    for x_i, y_i in zip(examples, Y[0].tolist()):
        z_i = float(np.sum(w_row * x_i)) + b  # not w @ x: a BLAS call may wait on threads of a busy server
        a_i = float(sigmoid(z_i))
        cost += log_loss_from_logits(z_i, y_i)
        dz_i = a_i - y_i
        dw += x_i * dz_i
        db += dz_i
    return {"dw": (dw / m).reshape(n, 1), "db": db / m}, cost / m


def synthetic_problem(n: int, m: int, seed: int = 0):
    """Random inputs X (n, m), labels Y (1, m) and a small w (n, 1), b for timing the gradient."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, m))
    Y = (rng.random((1, m)) < 0.5).astype(float)
    return rng.normal(0, 0.1, (n, 1)), 0.1, X, Y


@dataclass(frozen=True)
class GradientTiming:
    n: int
    m: int
    loop_seconds: float
    vectorized_seconds: float
    max_difference: float  # largest |dw_loop - dw_vectorized|: the same numbers

    @property
    def speedup(self) -> float:
        return self.loop_seconds / max(self.vectorized_seconds, 1e-9)


def time_gradient(n: int, m: int, seed: int = 0, repeats: int = REPEATS) -> GradientTiming:
    w, b, X, Y = synthetic_problem(n, m, seed)
    examples = np.ascontiguousarray(X.T)
    loop_seconds, (loop_grads, _) = median_seconds(lambda: gradient_loop(w, b, X, Y, examples), repeats)
    vector_seconds, (vector_grads, _) = median_seconds(lambda: propagate(w, b, X, Y), repeats)
    difference = float(np.max(np.abs(loop_grads["dw"] - vector_grads["dw"])))
    return GradientTiming(n, m, loop_seconds, vector_seconds, difference)


# ---- the cat classifier trained three ways ----

def optimize_loop(w, b, X, Y, num_iterations: int, learning_rate: float):
    """Gradient descent with the per-example gradient: the same steps as core.logistic.optimize."""
    examples = np.ascontiguousarray(X.T)
    for _ in range(num_iterations):
        grads, _ = gradient_loop(w, b, X, Y, examples)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
    return w, b


@dataclass(frozen=True)
class WayTiming:
    way: str  # "loop", "vectorized", "gram"
    seconds: float  # median time of the whole training run
    final_cost: float  # cost of the parameters after the last step
    examples: int  # examples used (the loop may use a subset; then the others do too, for a fair race)


def _cost(w, b, X, Y) -> float:
    return log_loss_from_logits(w.T @ X + b, Y)


def loop_examples_within(problem: GramProblem, iterations: int, budget: float = LOOP_BUDGET) -> int:
    """How many training images the loop can take through `iterations` steps in about `budget` seconds,
    judged from one timed gradient over all of them (the server may be busy): all of them if it fits."""
    w0, b0 = initialize_with_zeros(problem.X_train.shape[0])
    examples = np.ascontiguousarray(problem.X_train.T)
    one, _ = median_seconds(lambda: gradient_loop(w0, b0, problem.X_train, problem.Y_train, examples), 1)
    if one * iterations <= budget:
        return problem.m
    return max(10, int(problem.m * budget / (one * iterations)))


def time_cat_training(problem: GramProblem, iterations: int = 20, learning_rate: float = 0.005,
                      examples: int | None = None, repeats: int = REPEATS) -> tuple[list[WayTiming], float]:
    """Train from zeros three ways on the first `examples` training images (all by default), timing each.

    Returns the three timings and the time to build the Gram matrix K = XᵀX once (the cat page does it
    when the data loads, so its training pays only O(m²) per step). The final costs agree.
    """
    m = problem.m if examples is None else min(examples, problem.m)
    X, Y = np.ascontiguousarray(problem.X_train[:, :m]), problem.Y_train[:, :m]  # as the full set is laid out
    if m == problem.m:
        gram = problem
        k_seconds, _ = median_seconds(lambda: X.T @ X, 1)
    else:
        k_seconds, gram = median_seconds(lambda: GramProblem.build(X.copy(), Y.copy(), X[:, :1].copy(), Y[:, :1].copy()), 1)
    w0, b0 = initialize_with_zeros(X.shape[0])

    loop_seconds, (w_loop, b_loop) = median_seconds(
        lambda: optimize_loop(w0, b0, X, Y, iterations, learning_rate), repeats)
    vector_seconds, (params, _, _) = median_seconds(
        lambda: optimize(w0, b0, X, Y, iterations, learning_rate), repeats)
    gram_seconds, snapshot = median_seconds(lambda: train_dual(gram, learning_rate, iterations), repeats)
    timings = [
        WayTiming("loop", loop_seconds, _cost(w_loop, b_loop, X, Y), m),
        WayTiming("vectorized", vector_seconds, _cost(params["w"], params["b"], X, Y), m),
        WayTiming("gram", gram_seconds, float(snapshot.costs[-1]), m),
    ]
    return timings, k_seconds


def broadcast_steps(w: np.ndarray, X: np.ndarray, b: float) -> list[tuple[str, str]]:
    """Each step of z = wᵀX + b with the shape numpy actually produced: (expression, shape)."""
    wT = w.T
    product = wT @ X
    z = product + b
    a = sigmoid(z)
    return [
        ("w", str(w.shape)),
        ("X", str(X.shape)),
        ("w.T", str(wT.shape)),
        ("w.T @ X", str(product.shape)),
        ("b", "()"),
        ("w.T @ X + b", str(z.shape)),
        ("sigmoid(w.T @ X + b)", str(a.shape)),
    ]
