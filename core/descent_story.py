"""What the gradient-descent page says about a path, chosen from the path itself: the sentence under the
descent and the rows of the learning-rate and optimizer tables. tests/test_descent_story.py checks over many
learning rates, iteration counts and starts (diverging ones too) that no sentence contradicts the numbers."""

from __future__ import annotations

import numpy as np

from core.chart_words import ChartWords
from core.optimizers import NOT_FINITE, Path, outcome
from core.run_story import CAPTION, Sentence
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


def path_rows(path: Path, rows: int = 11) -> tuple[tuple, ...]:
    """A path's numbers at a few evenly spaced steps, the start and the last: (step, w, b, J)."""
    at = sorted(set(np.linspace(0, path.steps, min(rows, path.steps + 1)).round().astype(int).tolist()))
    return tuple((k, number(path.w[k] + 0.0), number(path.b[k] + 0.0), number(path.cost[k])) for k in at)  # never -0


PATH_COLUMNS = ("gradient_descent.col_step", "gradient_descent.col_w", "gradient_descent.col_b", "gradient_descent.col_cost")


def cost_words(path: Path) -> ChartWords:
    """The cost chart in one sentence, from the path: J at the start and at the last step drawn, and the
    lowest J with its step (a diverged path says where it left); its numbers at a few steps."""
    low = int(np.nanargmin(path.cost))
    fields = dict(first=number(path.cost[0]), last=number(path.cost[-1]), steps=path.steps,
                  low=number(path.cost[low]), at=low)
    if path.diverged:
        key, fields = "gradient_descent.cost_text_diverged", dict(fields, step=path.escape[0] if path.escape else path.steps + 1)
    else:
        key = "gradient_descent.cost_text"
    return ChartWords(Sentence(key, fields, CAPTION), PATH_COLUMNS, path_rows(path))


def compare_words(surface: Surface, labels, paths) -> ChartWords:
    """A comparison figure in one sentence: how many paths, the lowest final J and whose, how many diverged
    (the same rows as the table beside it: `row`)."""
    labels, paths = list(labels), list(paths)
    finite = [(label, p) for label, p in zip(labels, paths) if not p.diverged]
    diverged = [label for label, p in zip(labels, paths) if p.diverged]
    fields = dict(count=len(paths), diverged=len(diverged), names=", ".join(diverged) or "—")
    if not finite:
        return ChartWords(Sentence("gradient_descent.compare_text_none", fields, CAPTION))
    best_label, best = min(finite, key=lambda item: item[1].cost[-1])
    return ChartWords(Sentence("gradient_descent.compare_text", dict(fields, best=best_label, cost=number(best.cost[-1]),
                                                                     steps=best.steps), CAPTION))


def descent_words(path: Path) -> dict:
    """Where the path in the picture starts and how many steps it takes (the sentence under the picture,
    `message`, says where it ends)."""
    return dict(w0=number(path.w[0]), b0=number(path.b[0]), first=number(path.cost[0]), steps=path.steps)
