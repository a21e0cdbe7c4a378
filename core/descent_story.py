"""What the gradient-descent page says about a path, chosen from the path itself: the sentence under the
descent and the rows of the learning-rate and optimizer tables. tests/test_descent_story.py checks over many
learning rates, iteration counts and starts (diverging ones too) that no sentence contradicts the numbers."""

from __future__ import annotations

import numpy as np

from core.optimizers import NOT_FINITE, Path, outcome
from core.surfaces import Surface

NO_NUMBER = "—"  # a table cell with no number worth showing (not a word: the same in every language)
SHORT_OUTCOME = {"global_minimum": "gradient_descent.short_global_minimum",
                 "local_minimum": "gradient_descent.short_local_minimum",
                 "stationary": "gradient_descent.short_stationary", "moving": "gradient_descent.short_moving",
                 "diverged": "gradient_descent.short_diverged"}


def number(value: float) -> str:
    return f"{value:.4g}"


def message(surface: Surface, path: Path, lr_text: str) -> tuple[str, str, dict]:
    """(kind, catalogue key, fields) of the sentence under the descent; kind is the box: error, success,
    warning or info."""
    result = outcome(surface, path)
    end = dict(w=number(path.w[-1]), b=number(path.b[-1]), cost=number(path.cost[-1]), steps=path.steps)
    if result == "diverged":
        step, w_out, b_out = path.escape if path.escape else (path.steps + 1, float("nan"), float("nan"))
        key = "gradient_descent.outcome_not_finite" if path.stop == NOT_FINITE else "gradient_descent.outcome_diverged"
        return "error", key, dict(step=step, w=number(w_out), b=number(b_out), lr=lr_text)
    if result == "global_minimum":
        return "success", "gradient_descent.outcome_global_minimum", end
    if result == "local_minimum":
        return "warning", "gradient_descent.outcome_local_minimum", dict(
            end, best=number(surface.cost(*surface.minima[0])))
    if result == "stationary":
        return "warning", "gradient_descent.outcome_stationary", end
    return "info", "gradient_descent.outcome_moving", dict(end, slope=number(np.hypot(path.dw[-1], path.db[-1])))


def row(surface: Surface, path: Path) -> tuple[tuple[str, dict], int, str]:
    """A table row: (outcome key, its fields), steps taken, final J. A path that flew off says at which step
    and shows no final J: its last finite cost is where it started, which would read as a success."""
    if path.diverged and path.escape:
        return ("gradient_descent.short_diverged_at", {"step": path.escape[0]}), path.steps, NO_NUMBER
    return (SHORT_OUTCOME[outcome(surface, path)], {}), path.steps, (
        NO_NUMBER if path.diverged else number(path.cost[-1]))
