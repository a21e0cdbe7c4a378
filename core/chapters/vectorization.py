"""Vectorization: the sizes the loops and numpy race on; the chapter's checks (never about a timing: those are
noisy, so no answer may depend on one)."""

import numpy as np

from core import checks
from core.dual_logistic import train as train_dual
from core.logistic import initialize_with_zeros, log_loss_from_logits, optimize
from core.settings import CHOICE, Setting
from core.vectorize import broadcast_steps, optimize_loop

GRADIENT_FEATURES = 100
CAT_LEARNING_RATE = 0.005

LENGTH = Setting("vec_n", "vectorization.n", CHOICE, 1_000_000, help="vectorization.n_help",
                 options=(1_000, 10_000, 100_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000))
EXAMPLES = Setting("vec_m", "vectorization.m", CHOICE, 2_000, options=(500, 1_000, 2_000, 5_000, 10_000))
ITERATIONS = Setting("vec_iters", "vectorization.iters", CHOICE, 20, options=(5, 10, 20), help="vectorization.iters_help")

SETTINGS = (LENGTH, EXAMPLES, ITERATIONS)


# ---- checks: each answer read off what the page shows on the cat images ----


def _three_ways(values) -> dict:
    """The race's final costs, three ways, from w = 0 (the page times them; here only their results count)."""
    problem = checks.cat_problem()
    X, Y, iterations = problem.X_train, problem.Y_train, values[ITERATIONS.key]
    w0, b0 = initialize_with_zeros(X.shape[0])
    w_loop, b_loop = optimize_loop(w0, b0, X, Y, iterations, CAT_LEARNING_RATE)
    params, _, _ = optimize(w0, b0, X, Y, iterations, CAT_LEARNING_RATE)
    costs = (log_loss_from_logits(w_loop.T @ X + b_loop, Y), log_loss_from_logits(params["w"].T @ X + params["b"], Y),
             float(train_dual(problem, CAT_LEARNING_RATE, iterations).costs[-1]))
    spread = max(costs) - min(costs)
    answer = "same" if spread < 1e-9 else "close" if spread < 1e-3 else "different"
    return {"answer": answer, "loop": costs[0], "vectorized": costs[1], "gram": costs[2], "spread": spread}


def _gram_saving(values) -> dict:
    n, m = checks.cat_problem().X_train.shape
    return {"answer": (n * m) / m**2, "n": n, "m": m, "nm": n * m, "m2": m**2}


def _shape_of_z(values) -> dict:
    X = checks.cat_problem().X_train
    n, m = X.shape
    shape = dict(broadcast_steps(np.zeros((n, 1)), X, 0.0))["w.T @ X + b"]  # as numpy produced it on the page
    shapes = {str((1, m)): "row", str((n, m)): "matrix", str((m, 1)): "column", str((m, m)): "square"}
    return {"answer": shapes.get(shape, shape), "shape": shape, "n": n, "m": m}


def _check(name, kind, observe, settings, **fields):
    return checks.run_check(f"vectorization.{name}", kind, observe, chapter_settings=SETTINGS, settings=settings,
                            needs_cat_data=True, **fields)


CHECKS = (
    _check("same_cost", checks.CHOICE, _three_ways, {ITERATIONS.key: 5}, options=("same", "close", "different")),
    # The shapes and the Gram matrix's size depend on no setting: "Run it" shows them as they always are.
    _check("shape_of_z", checks.CHOICE, _shape_of_z, {}, options=("row", "matrix", "column", "square")),
    _check("gram_saving", checks.NUMBER, _gram_saving, {}, tolerance=1.0, min_value=0, max_value=1e9),
)
